"""The command line: the same services as the GUI, without Qt (it proves the core needs none).

Exit status: 0 success, 1 a check found a problem, 2 bad input (one line on stderr, no traceback).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TextIO

from belimumab_companion.paths import AppPaths, app_paths, shipped_monograph

EXIT_OK = 0
EXIT_PROBLEM = 1
EXIT_USAGE = 2


PAGE_KEYS = ("today", "schedule", "diary", "contraception", "drug_info", "reports", "settings")


class CliError(Exception):
    """A refusal the user can act on: printed as one line, exit status 2."""


def parse_as_of(text: str) -> datetime:
    """``--as-of`` takes ISO-8601; a value without an offset is local time on this machine."""
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"not an ISO-8601 date and time: {text!r} (e.g. 2026-11-23T09:00+01:00)"
        ) from None
    if value.tzinfo is None:
        value = value.astimezone()
    return value.astimezone(UTC)


def add_as_of(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--as-of",
        type=parse_as_of,
        default=None,
        metavar="ISO-8601",
        help="evaluate as if it were then (default: now)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="belimumab-companion",
        description="Belimumab Companion: dose schedule, diary and drug information for people "
        "on belimumab. Without a command it opens the app. Not medical advice; follow your "
        "care team.",
    )
    parser.add_argument(
        "--data-dir", metavar="DIR", help="use DIR for all data (default: the user data folder)"
    )
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    parser.add_argument(
        "--page",
        choices=PAGE_KEYS,
        help="open the app on this page (for demos and screenshots)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    info = commands.add_parser("info", help="print the drug information (monograph) as plain text")
    info.add_argument(
        "--monograph", metavar="FILE", type=Path, help="a monograph file instead of the shipped one"
    )
    info.add_argument(
        "--section", metavar="NAME", help="print only this section (e.g. 'Missed Doses')"
    )
    info.add_argument("--list-sections", action="store_true", help="list the section names")

    commands.add_parser("check", help="check the data file's integrity (exit 1 when it fails)")
    return parser


def run(argv: list[str], stdout: TextIO | None = None, stderr: TextIO | None = None) -> int:
    out = stdout or sys.stdout
    err = stderr or sys.stderr
    parser = build_parser()
    args = parser.parse_args(argv)
    handlers: dict[str, Callable[[argparse.Namespace, AppPaths, TextIO], int]] = {
        "info": _info,
        "check": _check,
    }
    try:
        return handlers[args.command](args, app_paths(args.data_dir), out)
    except CliError as exc:
        print(f"belimumab-companion: {exc}", file=err)
        return EXIT_USAGE


def _info(args: argparse.Namespace, paths: AppPaths, out: TextIO) -> int:
    from belimumab_companion.domain.monograph import MonographError, MonographProblem
    from belimumab_companion.services.monograph_files import MonographFileError, read_monograph_file

    problem_text = {
        MonographProblem.TOO_LARGE: "the file is larger than 1 MB",
        MonographProblem.BINARY: "the file is not text (it looks binary)",
        MonographProblem.NOT_UTF8: "the file is not UTF-8 text",
        MonographProblem.NO_TITLE: "the file has no '# ' title line",
        MonographProblem.NO_SECTIONS: "the file has no '### ' sections",
        MonographProblem.BAD_FRONT_MATTER: "the front matter between the '---' lines is malformed",
    }

    path = args.monograph or shipped_monograph()
    try:
        monograph = read_monograph_file(path).monograph
    except MonographFileError as exc:
        raise CliError(f"cannot read {exc.path}: {exc.reason}") from None
    except MonographError as exc:
        raise CliError(f"{path}: not a usable monograph: {problem_text[exc.problem]}") from None
    if args.list_sections:
        for section in monograph.sections:
            print(section.title, file=out)
        return EXIT_OK
    if args.section:
        chosen = monograph.section(args.section)
        if chosen is None:
            names = ", ".join(s.title for s in monograph.sections)
            raise CliError(f"no section {args.section!r}; sections are: {names}")
        print(chosen.title, file=out)
        print("-" * len(chosen.title), file=out)
        print(chosen.plain_text(), file=out)
        return EXIT_OK
    out.write(monograph.plain_text())
    return EXIT_OK


def _check(args: argparse.Namespace, paths: AppPaths, out: TextIO) -> int:
    from belimumab_companion.services.integrity import check_data_file

    report = check_data_file(paths.database)
    if not report.exists:
        print(f"No data file yet at {report.path}: nothing to check.", file=out)
        return EXIT_OK
    if report.ok:
        print(f"ok: {report.path} passed the integrity check.", file=out)
        return EXIT_OK
    print(f"FAILED: {report.path} did not pass the integrity check:", file=out)
    for problem in report.problems[:20]:
        print(f"  {problem}", file=out)
    return EXIT_PROBLEM
