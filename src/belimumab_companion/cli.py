"""The command line: the same services as the GUI, without Qt (it proves the core needs none).

Exit status: 0 success, 1 a check found a problem, 2 bad input (one line on stderr, no traceback).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from belimumab_companion.paths import AppPaths, app_paths, shipped_monograph

if TYPE_CHECKING:
    from belimumab_companion.domain.help_numbers import HelpNumbers

EXIT_OK = 0
EXIT_PROBLEM = 1
EXIT_USAGE = 2


# domain.contraception.Method's values (not imported here: the GUI parses these arguments first)
CONTRACEPTION_METHODS = (
    "combined-pill",
    "progestin-pill",
    "patch",
    "ring",
    "injection",
    "implant",
    "iud",
    "barrier",
    "other",
)
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
    from belimumab_companion.domain.bounds import (
        EVENT_DATE_MAX,
        EVENT_DATE_MIN,
        event_date_in_range,
    )

    if not event_date_in_range(value):  # "0026-12-01": a typo, never stored (issue 18)
        raise argparse.ArgumentTypeError(
            f"{text!r} is outside {EVENT_DATE_MIN.isoformat()} to {EVENT_DATE_MAX.isoformat()}"
        )
    return value.astimezone(UTC)


def _birth_date(text: str) -> date:
    from belimumab_companion.domain.bounds import birth_date_problem

    day = _iso_date(text)
    if birth_date_problem(day, date.today()) is not None:
        raise argparse.ArgumentTypeError(
            f"not a plausible date of birth (from 1900 until today): {text!r}"
        )
    return day


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
        "--demo",
        action="store_true",
        help="open a throwaway demo profile with about six months of history (nothing is kept)",
    )
    parser.add_argument(
        "--minimized",
        action="store_true",
        help="start in the tray with reminders running (the window shows when there is no tray)",
    )
    parser.add_argument(
        "--language",
        metavar="LANG",
        default="",
        help="show the app in this language (en, es) this time; by default the one chosen in "
        "Settings, else the system's",
    )
    parser.add_argument(
        "--page",
        choices=PAGE_KEYS,
        help="open the app on this page (for demos and screenshots)",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check that this installation works (migrate a data file, read the drug "
        "information, compute a dose schedule, build the window offscreen, load the "
        "translations), print one 'ok:' line per check and exit: 0 when all pass, 1 at the "
        "first failure. It uses a new temporary data folder; with --data-dir, DIR must not "
        "exist, be empty, or hold a data file (companion.sqlite3), which is then brought up to "
        "date as at a normal start",
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

    plan = commands.add_parser("plan", help="the treatment plan").add_subparsers(
        dest="plan_command", metavar="ACTION", required=True
    )
    plan_set = plan.add_parser("set", help="set the treatment plan (R-01: all of these are needed)")
    plan_set.add_argument("--indication", choices=("sle", "ln"), required=True)
    plan_set.add_argument("--route", choices=("iv", "subq"), required=True)
    plan_set.add_argument("--birth-date", type=_birth_date, required=True, metavar="YYYY-MM-DD")
    plan_set.add_argument(
        "--weight",
        type=float,
        metavar="KG",
        help="body weight (needed for SubQ under 18, and for the IV dose)",
    )
    start = plan_set.add_mutually_exclusive_group(required=True)
    start.add_argument(
        "--first-dose", type=_iso_date, metavar="YYYY-MM-DD", help="the first dose, for a new start"
    )
    start.add_argument(
        "--last-dose",
        type=_iso_date,
        metavar="YYYY-MM-DD",
        help="already on belimumab: the date of the last dose given (R-48)",
    )
    plan_set.add_argument(
        "--doses-given",
        type=int,
        metavar="N",
        help="with --last-dose: how many doses so far (LN SubQ and IV loading count them)",
    )
    plan_set.add_argument(
        "--time",
        type=_time_of_day,
        required=True,
        metavar="HH:MM",
        help="usual local time of the dose",
    )
    plan_set.add_argument(
        "--zone", metavar="IANA", help="time zone, e.g. Europe/Madrid (default: this computer's)"
    )
    plan_set.add_argument(
        "--interval-days",
        type=int,
        metavar="N",
        help="as prescribed (only where the rules need the prescriber)",
    )
    plan_set.add_argument(
        "--amount-mg", type=float, metavar="MG", help="as prescribed (with --interval-days)"
    )
    plan_switch = plan.add_parser(
        "switch", help="switch routes within the label's window (R-13..R-15)"
    )
    plan_switch.add_argument("--route", choices=("iv", "subq"), required=True)
    plan_switch.add_argument("--first-dose", type=_iso_date, required=True, metavar="YYYY-MM-DD")
    plan_switch.add_argument(
        "--time", type=_time_of_day, metavar="HH:MM", help="usual time (default: as before)"
    )
    plan_stop = plan.add_parser("stop", help="stop treatment; the history and the reason are kept")
    plan_stop.add_argument(
        "--date",
        type=_iso_date,
        required=True,
        metavar="YYYY-MM-DD",
        help="the last day of treatment",
    )
    plan_stop.add_argument("--reason", required=True, metavar="TEXT")
    plan_show = plan.add_parser("show", help="show the plan's segments")
    plan_show.add_argument("--json", action="store_true")

    log_dose = commands.add_parser(
        "log-dose", help="record a dose given (against the planned dose it answers)"
    )
    log_dose.add_argument(
        "--at", type=parse_as_of, required=True, metavar="ISO-8601", help="when it was given"
    )
    log_dose.add_argument(
        "--sequence",
        type=int,
        metavar="N",
        help="the planned dose it answers, as `due` or `upcoming` show it (default: the dose "
        "`due` suggests; refused when there is none or the time does not fit it)",
    )
    log_dose.add_argument(
        "--segment", type=int, metavar="ID", help="the plan segment of --sequence (R-47)"
    )
    log_dose.add_argument("--amount", type=float, metavar="MG", help="default: the planned amount")
    log_dose.add_argument(
        "--site",
        action="append",
        default=[],
        metavar="SITE",
        choices=("abdomen-left", "abdomen-right", "thigh-left", "thigh-right"),
        help="injection site (R-28); twice for a 400 mg dose (R-22)",
    )
    log_dose.add_argument(
        "--given-by",
        choices=("self", "caregiver", "clinic"),
        help="default: self; a caregiver under 10 (R-10); the clinic for an infusion",
    )
    log_dose.add_argument(
        "--device",
        choices=("autoinjector", "prefilled-syringe"),
        help="children: autoinjector only (R-09)",
    )
    log_dose.add_argument("--lot", metavar="TEXT")
    log_dose.add_argument("--notes", default="", metavar="TEXT")
    log_dose.add_argument(
        "--not-fully-given",
        action="store_true",
        help="the dose may not have been fully given (R-23)",
    )
    log_dose.add_argument(
        "--then",
        choices=("keep-day", "new-day"),
        help="after a late weekly dose: keep the usual weekday, or weekly from this day (R-17)",
    )
    add_as_of(log_dose)

    export = commands.add_parser("export", help="export data to a file")
    export_kinds = export.add_subparsers(dest="export_kind", metavar="KIND", required=True)
    export_ics = export_kinds.add_parser("ics", help="the upcoming doses as an iCalendar file")
    export_ics.add_argument("file", type=Path, metavar="FILE")
    export_ics.add_argument(
        "--discreet",
        action="store_true",
        help="titles say only 'Reminder' (no medicine or app name: for a shared or synced calendar)",
    )
    export_ics.add_argument(
        "--count", type=int, default=26, metavar="N", help="how many doses (default 26)"
    )
    add_as_of(export_ics)
    export_csv = export_kinds.add_parser(
        "csv", help="the dose log (or, with --what diary, the diary) as CSV (UTF-8)"
    )
    export_csv.add_argument("file", type=Path, metavar="FILE")
    export_csv.add_argument("--what", choices=("doses", "diary"), default="doses")
    add_as_of(export_csv)
    export_fhir = export_kinds.add_parser(
        "fhir", help="everything as a FHIR R4 Bundle (JSON), for health-record systems"
    )
    export_fhir.add_argument("file", type=Path, metavar="FILE")
    add_as_of(export_fhir)
    export_pdf = export_kinds.add_parser(
        "pdf", help="the care-team report (PDF) for a date range (default: the last 3 months)"
    )
    export_pdf.add_argument("file", type=Path, metavar="FILE")
    export_pdf.add_argument("--from", dest="start", type=date.fromisoformat, metavar="DATE")
    export_pdf.add_argument("--to", dest="end", type=date.fromisoformat, metavar="DATE")
    add_as_of(export_pdf)

    import_ = commands.add_parser("import", help="import data from a file")
    import_kinds = import_.add_subparsers(dest="import_kind", metavar="KIND", required=True)
    import_csv = import_kinds.add_parser(
        "csv", help="a side-effect diary exported as CSV: shows what it holds; --yes imports it"
    )
    import_csv.add_argument("file", type=Path, metavar="FILE")
    import_csv.add_argument("--yes", action="store_true", help="import after the preview")
    import_csv.add_argument(
        "--skip-errors", action="store_true", help="import the good rows, leaving rows with errors"
    )

    commands.add_parser("backup", help="back up the data now (checked, kept with the others)")
    restore = commands.add_parser(
        "restore", help="show what a backup holds; with --yes, restore it (undo: restore again)"
    )
    restore.add_argument("file", type=Path, metavar="FILE")
    restore.add_argument("--yes", action="store_true", help="restore after showing the contents")

    due = commands.add_parser(
        "due", help="what is due or overdue now (exit status 1 when something is, 0 when not)"
    )
    due.add_argument("--json", action="store_true")
    add_as_of(due)

    log_symptom = commands.add_parser(
        "log-symptom", help="add a symptom to the diary; prints its triage (R-29..R-31)"
    )
    log_symptom.add_argument("--text", required=True, metavar="TEXT", help="the symptom")
    log_symptom.add_argument(
        "--severity",
        type=int,
        choices=range(5),
        default=1,
        metavar="0-4",
        help="0 none, 1 mild, 2 moderate, 3 severe, 4 very severe (default 1)",
    )
    # parsed by the command, after the triage of what was typed
    log_symptom.add_argument("--at", metavar="ISO-8601", help="default: now")
    log_symptom.add_argument("--notes", default="", metavar="TEXT")
    add_country(log_symptom)
    log_symptom.add_argument("--json", action="store_true")
    add_as_of(log_symptom)

    diary = commands.add_parser("diary", help="the symptom diary, newest first")
    diary.add_argument("--since", type=_iso_date, metavar="YYYY-MM-DD")
    diary.add_argument("--json", action="store_true")

    mood = commands.add_parser("mood", help="score a PHQ-2 or PHQ-9 check-in and keep it")
    which = mood.add_mutually_exclusive_group(required=True)
    which.add_argument("--phq2", metavar="A,B", help="the two answers, 0-3 each")
    which.add_argument("--phq9", metavar="A,...,I", help="the nine answers, 0-3 each")
    add_country(mood)
    mood.add_argument("--json", action="store_true")

    settings = commands.add_parser(
        "settings", help="settings kept with the data (the country for the help numbers)"
    ).add_subparsers(dest="settings_command", metavar="SETTING", required=True)
    country = settings.add_parser(
        "country",
        help="show the country for the emergency and crisis numbers; with XX, store it",
    )
    country.add_argument("code", nargs="?", type=_country_code, metavar="XX")
    country.add_argument(
        "--confirm-numbers",
        action="store_true",
        help="also confirm the country's partly verified numbers (shown before storing)",
    )
    country.add_argument("--json", action="store_true")
    own = settings.add_parser(
        "numbers",
        help="your own emergency and crisis numbers (they win over the country's); '' clears one",
    )
    own.add_argument("--emergency", metavar="NUMBER")
    own.add_argument("--crisis", metavar="NUMBER")
    own.add_argument("--json", action="store_true")

    contraception = commands.add_parser(
        "contraception", help="contraception reminders tied to the treatment (R-36)"
    ).add_subparsers(dest="contraception_command", metavar="ACTION", required=True)
    c_set = contraception.add_parser(
        "set", help="set the method and its rhythm (turns the module on)"
    )
    c_set.add_argument("--method", choices=CONTRACEPTION_METHODS, required=True)
    c_set.add_argument(
        "--start",
        type=_iso_date,
        required=True,
        metavar="YYYY-MM-DD",
        help="day 1: first pill of a pack, first patch, ring in, last injection",
    )
    c_set.add_argument(
        "--time",
        type=_time_of_day,
        default=time(21),
        metavar="HH:MM",
        help="the reminders' time of day (default 21:00)",
    )
    c_set.add_argument(
        "--pack",
        choices=("21/7", "24/4", "continuous"),
        default="21/7",
        help="combined pill pack (default 21/7)",
    )
    c_set.add_argument("--days-on", type=int, metavar="N", help="pill, patch or ring days on")
    c_set.add_argument("--days-off", type=int, metavar="N", help="pill, patch or ring days off")
    c_set.add_argument(
        "--every-days",
        type=int,
        metavar="N",
        help="injection (default 91), barrier or other (default 7)",
    )
    c_set.add_argument(
        "--replace-by",
        type=_iso_date,
        metavar="YYYY-MM-DD",
        help="implant or IUD: the date it is to be replaced by",
    )
    c_set.add_argument("--zone", metavar="IANA", help="time zone (default: this computer's)")
    c_status = contraception.add_parser("status", help="the method, the next reminder, the window")
    c_status.add_argument("--json", action="store_true")
    add_as_of(c_status)
    contraception.add_parser("off", help="turn the module off (what was recorded is kept)")
    contraception.add_parser("on", help="turn the module on")

    upcoming = commands.add_parser("upcoming", help="the next doses still to give")
    upcoming.add_argument("--count", type=int, default=6, metavar="N")
    upcoming.add_argument("--json", action="store_true")
    add_as_of(upcoming)
    return parser


def _country_code(text: str) -> str:
    code = text.strip().upper()
    if len(code) != 2 or not code.isascii() or not code.isalpha():
        raise argparse.ArgumentTypeError(f"not a two-letter country code (ISO 3166): {text!r}")
    return code


def add_country(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--country",
        type=_country_code,
        metavar="XX",
        help="the country whose emergency and crisis numbers to print, this time only "
        "(default: the one in settings, else the system's)",
    )


def _count(number: int, one: str, many: str) -> str:
    """ "1 dose", "2 doses": the command line's English, with its singular."""
    return f"{number} {one if number == 1 else many}"


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date YYYY-MM-DD: {text!r}") from None


def _time_of_day(text: str) -> time:
    try:
        hours, minutes = text.split(":")
        return time(int(hours), int(minutes))
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a time HH:MM: {text!r}") from None


def run(argv: list[str], stdout: TextIO | None = None, stderr: TextIO | None = None) -> int:
    out = stdout or sys.stdout
    err = stderr or sys.stderr
    parser = build_parser()
    args = parser.parse_args(argv)
    handlers: dict[str, Callable[[argparse.Namespace, AppPaths, TextIO], int]] = {
        "info": _info,
        "check": _check,
        "plan": _plan,
        "upcoming": _upcoming,
        "due": _due,
        "log-symptom": _log_symptom,
        "diary": _diary,
        "mood": _mood,
        "settings": _settings,
        "log-dose": _log_dose,
        "export": _export,
        "import": _import,
        "contraception": _contraception,
        "backup": _backup,
        "restore": _restore,
    }
    import sqlite3

    from belimumab_companion.domain.bounds import printable
    from belimumab_companion.services.errors import StorageWriteError, StoredValueError
    from belimumab_companion.system import data_lock
    from belimumab_companion.user_text import UserFacingError

    try:
        paths = cli_paths(args.data_dir)
        _refuse_future_as_of(args)
        if args.command == "info":
            return handlers[args.command](args, paths, out)
        # Every command that touches the data holds the data lock (shared; restore: exclusive),
        # so none can open the data while a restore swaps it.
        restoring = args.command == "restore" and args.yes
        try:
            hold = (data_lock.exclusive if restoring else data_lock.shared)(paths.data_dir)
            with hold:
                _warn_if_unsafe(paths, err)
                if args.command != "restore":
                    _start_checks(paths)
                return handlers[args.command](args, paths, out)
        except data_lock.DataLockBusy:
            if restoring:
                raise CliError(
                    "the data is in use (the app or another command): quit it, then restore"
                ) from None
            raise CliError(
                "the data is being restored by another command; try again in a moment"
            ) from None
    except CliError as exc:
        print(f"belimumab-companion: {exc}", file=err)
        return EXIT_USAGE
    except UserFacingError as exc:  # a value the one validation layer refused (issue 18)
        print(f"belimumab-companion: {printable(str(exc))}", file=err)
        return EXIT_USAGE
    except StoredValueError as exc:
        print(
            f"belimumab-companion: the data file holds a value the app cannot read ({exc}); "
            "run `check`, or restore a backup",
            file=err,
        )
        return EXIT_USAGE
    except RecursionError:
        print("belimumab-companion: the file is nested too deeply to be read", file=err)
        return EXIT_USAGE
    except StorageWriteError as exc:  # disk full, locked, read-only: nothing half-written
        reason = {
            "full": "the disk is full",
            "busy": "another program is using the data file; try again in a moment",
            "read-only": "the data folder cannot be written to",
        }.get(exc.kind, "the computer could not write to the disk")
        print(f"belimumab-companion: nothing was saved: {reason}.", file=err)
        return EXIT_PROBLEM
    except sqlite3.DatabaseError as exc:  # not a StorageWriteError: the file itself
        print(f"belimumab-companion: the data file cannot be read: {exc}", file=err)
        return EXIT_USAGE
    except OSError as exc:  # a folder or file the system refused: say which, and why
        where = f" ({exc.filename})" if exc.filename else ""
        print(f"belimumab-companion: {exc.strerror or exc}{where}; nothing was changed", file=err)
        return EXIT_USAGE


FOLDER_PROBLEM_TEXT = {
    "empty": "--data-dir is empty: give a folder, or leave the option out for your own profile",
    "not-a-folder": "{folder} is a file, not a folder: give a folder for --data-dir",
    "database-not-a-file": "the data file {database} is not a file (a folder is in its place); "
    "move it away, then start again",
    "unreadable": "the data folder {folder} cannot be read (permission denied); nothing was "
    "changed",
    "not-yours": "the data folder {folder} belongs to another user; use a folder of your own",
}


def cli_paths(data_dir: str | None) -> AppPaths:
    """The paths for ``--data-dir``, or CliError when the folder cannot be the data folder."""
    from belimumab_companion.paths import data_folder_problem

    paths = app_paths(data_dir or None)
    problem = data_folder_problem(data_dir, paths)
    if problem is not None:
        raise CliError(
            FOLDER_PROBLEM_TEXT[problem].format(folder=paths.data_dir, database=paths.database)
        )
    return paths


# Commands that record something: ``--as-of`` may move them back in time (to replay a day), never
# past the real clock, or a dose could be stored in the future past "not in the future".
WRITE_COMMANDS = ("log-dose", "log-symptom")  # the ones with --as-of that record
AS_OF_FUTURE_TOLERANCE_SECONDS = 300


def _refuse_future_as_of(args: argparse.Namespace) -> None:
    as_of = getattr(args, "as_of", None)
    if args.command not in WRITE_COMMANDS or as_of is None:
        return
    if (as_of - datetime.now(UTC)).total_seconds() > AS_OF_FUTURE_TOLERANCE_SECONDS:
        raise CliError(
            f"--as-of {as_of.isoformat()} is in the future: a command that records something "
            "may replay the past, not the future"
        )


def _warn_if_unsafe(paths: AppPaths, err: TextIO) -> None:
    """A data folder on a network file system or in a cloud-synced folder: one warning line
    (scenario 8); the command still runs."""
    from belimumab_companion.system.storage_location import unsafe_location, warning_line

    location = unsafe_location(paths.data_dir)
    if location is not None:
        print(f"belimumab-companion: {warning_line(location)}", file=err)


def _start_checks(paths: AppPaths) -> None:
    """What the window's start does before it opens the data, for a command: clear what a killed
    backup or restore left, and never make a new, empty data file where earlier data is waiting
    (a restore or a move that did not finish)."""
    import contextlib

    from belimumab_companion.services.backup_service import BackupService

    if not paths.data_dir.is_dir():
        return
    backups = BackupService(paths)
    with contextlib.suppress(OSError):
        backups.clear_leftovers()
    if not paths.database.exists():
        earlier = backups.earlier_data()
        if earlier is not None:
            raise CliError(
                f"there is no data file at {paths.database}, but earlier data was found in "
                f"{earlier.path}: restore it with `restore {earlier.path} --yes` (or move it "
                "away to start with no data)"
            )


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
    if not report.problems:  # locked, unreadable, read-only, full: not a verdict on the file
        raise CliError(f"{report.path} could not be checked: {report.why_unchecked}")
    print(f"FAILED: {report.path} did not pass the integrity check:", file=out)
    for problem in report.problems[:20]:
        print(f"  {problem}", file=out)
    return EXIT_PROBLEM


REFUSAL_TEXT = {
    "missing-indication": "the indication (SLE or lupus nephritis) is needed (R-01)",
    "missing-route": "the route (IV or SubQ) is needed (R-01)",
    "missing-birth-date": "the date of birth is needed (R-01)",
    "missing-weight": "for injections under 18, the weight in kg is needed (R-01, R-06)",
    "birth-date-in-future": "the date of birth is after the first dose",
    "under-five": "no labelled regimen below 5 years: give the prescriber's --interval-days and --amount-mg",
    "under-15-kg": "no injection schedule under 15 kg (R-06): give the prescriber's --interval-days and --amount-mg",
    "prescription-needed": "this plan is set by the prescriber (R-07): give --interval-days and --amount-mg as prescribed",
    "bad-prescription": "--interval-days must be 1 to 366 and --amount-mg above 0",
    "bad-weight": "the weight must be between 2 and 400 kg",
    "syringe-for-child": "children use the autoinjector only (R-09)",
    "switch-needs-prescription": "this changes the route after doses on the other one, outside the "
    "label's switching window, or it is a switch the prescriber decides (R-13..R-15): give "
    "--interval-days and --amount-mg as prescribed",
}


def _open_services(paths: AppPaths):  # type: ignore[no-untyped-def]
    from belimumab_companion.services.app_services import DataUnavailableError, build_services

    try:  # a folder that cannot be written opens read-only: reading works, a write says why
        return build_services(paths, read_only=paths.data_dir.is_dir() and not paths.writable())
    except DataUnavailableError as exc:
        raise CliError(str(exc)) from None


def _plan(args: argparse.Namespace, paths: AppPaths, out: TextIO) -> int:
    import json

    from belimumab_companion.domain.regimens import Indication, Prescription, RegimenRefusal, Route
    from belimumab_companion.services.plan_service import PlanInputError, PlanInputs
    from belimumab_companion.system.local_zone import local_zone_name

    services = _open_services(paths)
    try:
        if args.plan_command == "show":
            segments = services.plans.segments()
            rows = [
                {
                    "segment": s.id,
                    "regimen": s.regimen.code,
                    "indication": s.regimen.indication.value,
                    "route": s.regimen.route.value,
                    "first_dose": s.first_dose.isoformat(),
                    "time": s.time_of_day.strftime("%H:%M"),
                    "zone": s.zone,
                    "interval_days": s.regimen.interval_days,
                    "as_prescribed": s.regimen.as_prescribed,
                    "ends_before": s.ends_before.isoformat() if s.ends_before else None,
                    "rules": list(s.regimen.rules),
                }
                for s in segments
            ]
            if args.json:
                print(json.dumps(rows, indent=2), file=out)
            elif not rows:
                print(
                    "No treatment plan yet. Set one with: belimumab-companion plan set ...",
                    file=out,
                )
            else:
                for row in rows:
                    until = f" until {row['ends_before']}" if row["ends_before"] else ""
                    print(
                        f"{row['first_dose']}{until}: {row['regimen']} every {row['interval_days']} days at {row['time']} {row['zone']}",
                        file=out,
                    )
            return EXIT_OK
        if args.plan_command == "stop":
            try:
                services.plans.stop(args.date, args.reason)
            except PlanInputError as exc:
                raise CliError(str(exc)) from None
            print(
                f"Treatment stopped after {args.date.isoformat()}. The history is kept.", file=out
            )
            return EXIT_OK
        if args.plan_command == "switch":
            try:
                decision = services.plans.switch(Route(args.route), args.first_dose, args.time)
            except PlanInputError as exc:
                raise CliError(str(exc)) from None
            if not decision.allowed:
                raise CliError(_switch_refusal(decision))
            print(f"Switched to {args.route} from {args.first_dose.isoformat()}.", file=out)
            return EXIT_OK
        if (args.interval_days is None) != (args.amount_mg is None):
            raise CliError("--interval-days and --amount-mg go together")
        if args.doses_given is not None and args.last_dose is None:
            raise CliError("--doses-given goes with --last-dose")
        already_on = args.last_dose is not None
        prescription = (
            Prescription(args.interval_days, args.amount_mg)
            if args.interval_days is not None
            else None
        )
        inputs = PlanInputs(
            indication=Indication(args.indication),
            route=Route(args.route),
            birth_date=args.birth_date,
            first_dose=args.last_dose if already_on else args.first_dose,
            time_of_day=args.time,
            zone=args.zone or local_zone_name(),
            weight_kg=args.weight,
            prescription=prescription,
            already_on_treatment=already_on,
            doses_given=args.doses_given or 1,
        )
        try:
            result = services.plans.set_plan(inputs)
        except PlanInputError as exc:
            raise CliError(str(exc)) from None
        if isinstance(result, RegimenRefusal):
            raise CliError(f"no schedule: {REFUSAL_TEXT[result.code.value]}")
        print(
            f"Plan set: {result.code} from {inputs.first_dose.isoformat()} at {args.time.strftime('%H:%M')} {inputs.zone}.",
            file=out,
        )
        if already_on:
            print(
                f"Continuing from your last dose on {inputs.first_dose.isoformat()} "
                "(R-48): nothing before it counts as missed.",
                file=out,
            )
        return EXIT_OK
    finally:
        services.close()


def _read_upcoming(args: argparse.Namespace, paths: AppPaths):  # type: ignore[no-untyped-def]
    """(now, the next --count doses still to give), for `upcoming` and `export ics`."""
    if not 1 <= args.count <= MAX_COUNT:
        raise CliError(f"--count must be 1 to {MAX_COUNT}")
    services = _open_services(paths)
    try:
        now = args.as_of or datetime.now(UTC)
        return now, services.plans.upcoming(now, args.count)
    finally:
        services.close()


def _upcoming(args: argparse.Namespace, paths: AppPaths, out: TextIO) -> int:
    import json

    _now, doses = _read_upcoming(args, paths)
    rows = [
        {
            "sequence": d.sequence,
            "segment": d.segment_id,
            "due": d.due.isoformat(),
            "amount_mg": d.amount_mg,
            "mg_per_kg": d.mg_per_kg,
            "injections": d.injections,
            "route": d.route.value,
            "phase": d.phase.value,
            "status": d.status.value,
            # False: a date the care team gives, never a firm one
            "firm": d.firm,
            # IV only: true once the infusion centre's date was entered
            "appointment_confirmed": d.appointment_confirmed if d.route.value == "iv" else None,
        }
        for d in doses
    ]
    if args.json:
        print(json.dumps(rows, indent=2), file=out)
    elif not rows:
        print("Nothing scheduled. Set a plan with: belimumab-companion plan set ...", file=out)
    else:
        for row in rows:
            amount = (
                f"{row['amount_mg']:g} mg"
                if row["amount_mg"] is not None
                else f"{row['mg_per_kg']:g} mg/kg"
            )
            print(
                f"#{row['sequence']:<4} {row['due']}  {amount:>10}  {row['route']:<4} {row['phase']:<11} {row['status']}",
                file=out,
            )
    return EXIT_OK


LOG_PROBLEM_TEXT = {
    "in-the-future": "a dose cannot be logged more than 5 minutes in the future",
    "naive-time": "give the time with its UTC offset",
    "no-occurrence": "there is no planned dose for that time (set a plan first)",
    "already-logged": "that planned dose is already logged",
    "same-day-as-another": "another weekly dose is already logged that day: never two doses on the same day (R-18)",
    "two-sites-needed": "a 400 mg dose is two injections: give --site twice (R-22)",
    "same-site-twice": "use two different sites at least 5 cm apart (R-22)",
    "sites-for-iv": "an infusion has no injection site",
    "syringe-for-child": "children use the autoinjector only (R-09)",
    "wrong-device": "that device is not used for this plan",
    "child-self-injection": "under 10 a caregiver or the clinic gives the injection: use --given-by caregiver or clinic (R-10)",
    "infusion-not-by-clinic": "an infusion is given by the clinic (R-03)",
    "does-not-fit": "that time does not fit the planned dose named",
    "nothing-to-log": "no dose is suggested now: name the planned dose with --sequence "
    "(see `upcoming` or `due`)",
}


def _log_refusal(exc: Exception) -> str:
    """One line for a refused dose; for a time that fits another dose, which one (R-47)."""
    problem = exc.problem.value  # type: ignore[attr-defined]
    text = LOG_PROBLEM_TEXT[problem]
    if problem != "does-not-fit":
        return text
    named, other = exc.occurrence, exc.alternative  # type: ignore[attr-defined]
    text = f"that time does not fit dose #{named.sequence} (planned {named.local_date.isoformat()})"
    if other is not None:
        return (
            f"{text}: it fits dose #{other.sequence} (planned {other.local_date.isoformat()}); "
            f"to file it there, give --sequence {other.sequence} --segment {other.segment_id}"
        )
    return f"{text}; check the date and time"


MAX_COUNT = 1000  # upcoming doses asked for at once (twenty years of weekly doses)


def _log_dose(args: argparse.Namespace, paths: AppPaths, out: TextIO) -> int:
    from belimumab_companion.domain.dose_log import Site
    from belimumab_companion.services.clock import fixed_clock
    from belimumab_companion.services.plan_service import (
        DoseLogError,
        PlanInputError,
        PlanService,
    )

    if args.segment is not None and args.sequence is None:
        raise CliError("--segment goes with --sequence (the planned dose's number)")
    services = _open_services(paths)
    try:
        plans = (
            services.plans
            if args.as_of is None
            else PlanService(services.database.sessions, fixed_clock(args.as_of))
        )
        try:
            _ask_after_make_up(plans, args)
            logged = plans.log_dose(
                given_at=args.at,
                sites=[Site(name) for name in args.site],
                sequence=args.sequence,
                segment_id=args.segment,
                amount_mg=args.amount,
                given_by=args.given_by,
                device=args.device,
                lot_number=args.lot,
                notes=args.notes,
                not_fully_given=args.not_fully_given,
            )
        except DoseLogError as exc:
            raise CliError(_log_refusal(exc)) from None
        except PlanInputError as exc:
            raise CliError(str(exc)) from None
        next_day = None
        if args.then is not None:
            from belimumab_companion.domain.make_up import AfterMakeUp

            next_day = plans.choose_after_make_up(
                logged.occurrence.segment_id, logged.occurrence.sequence, AfterMakeUp(args.then)
            )
    finally:
        services.close()
    dose = logged.occurrence
    print(f"Logged dose #{dose.sequence} (planned {dose.due.isoformat()}).", file=out)
    if next_day is not None:
        print(f"Next dose: {next_day.isoformat()} ({args.then}, R-17).", file=out)
    elif logged.make_up.value == "ask-care-team":
        print("Contact your care team for the date of the next dose (R-20).", file=out)
    if logged.incomplete:
        print(
            "Incomplete dose: do not inject another dose on your own; contact your care team (R-22, R-23).",
            file=out,
        )
    return EXIT_OK


def _ask_after_make_up(plans, args: argparse.Namespace) -> None:  # type: ignore[no-untyped-def]
    """R-17: a late weekly dose needs --then; refused before anything is saved."""
    from belimumab_companion.domain.dose_log import Site

    check = plans.check_dose(
        given_at=args.at,
        sites=[Site(name) for name in args.site],
        sequence=args.sequence,
        segment_id=args.segment,
        given_by=args.given_by,
        device=args.device,
        not_fully_given=args.not_fully_given,
    )
    kind = check.make_up.value
    if kind == "weekly-choice" and args.then is None:
        options = check.options
        day_before = " (it is the day before your usual day: ask your care team if unsure, R-19)"
        raise CliError(
            f"this dose is late (planned {check.occurrence.local_date.isoformat()}): add "
            f"--then keep-day (next dose {options.keep_day_next.isoformat()}) or --then new-day "
            f"(next dose {options.new_day_next.isoformat()}) (R-17)"
            + (day_before if options.day_before_usual else "")
        )
    if kind == "none" and args.then is not None:
        raise CliError("--then applies only to a late weekly dose")
    if kind == "ask-care-team" and args.then is not None:
        raise CliError(
            "for this schedule the care team gives the next date: log without --then (R-20)"
        )


def _due(args: argparse.Namespace, paths: AppPaths, out: TextIO) -> int:
    """Overdue now, or missed in the last two weeks and not logged: exit status 1 if any."""
    import json

    services = _open_services(paths)
    try:
        now = args.as_of or datetime.now(UTC)
        overview = services.plans.overview(now, upcoming_count=1)
    finally:
        services.close()
    # from the one dose-state model; at most one is "suggested" (the dose to give now).
    rows = [
        {
            "sequence": d.sequence,
            "segment": d.segment_id,
            "due": d.due.isoformat(),
            "amount_mg": d.amount_mg,
            "route": d.route.value,
            "status": d.status.value,
            "advice": advice.value,
            "suggested": d.suggested,
        }
        for d, advice in overview.needs_attention
    ]
    if args.json:
        print(json.dumps(rows, indent=2), file=out)
    elif not rows:
        print("Nothing due.", file=out)
    else:
        for row in rows:
            print(
                f"#{row['sequence']:<4} {row['due']}  {row['status']:<8} {row['advice']}"
                + ("  (suggested)" if row["suggested"] else ""),
                file=out,
            )
    return 1 if rows else EXIT_OK


def guidance(
    numbers: HelpNumbers,
    *,
    emergency: bool = False,
    crisis: bool = False,
    care_team_today: bool = False,
) -> list[tuple[str, str]]:
    """Every line that applies, most urgent first, as (kind, text): the emergency line (R-29,
    R-44), the crisis line (R-31), the care-team line (R-30, R-45), the general advice, and
    always the safety-net line (R-45). Never a reassurance (R-32)."""
    number = numbers.emergency or "your local emergency number"
    lines: list[tuple[str, str]] = []
    if emergency:
        lines.append(("emergency", f"Call {number} now. Do not wait to see if it gets better."))
    if crisis:
        if numbers.crisis:
            verb = "Call or text" if numbers.crisis_by_text else "Call"
            first = f"{verb} {numbers.crisis} now (crisis line)"
            danger = f"; if you are in immediate danger call {number}"
        elif "crisis" in numbers.to_confirm:  # a P line (MX, AR): listed, not confirmed yet
            country = numbers.country
            first = (
                f"Call {number} now (the crisis line listed for {country} is only partly "
                "verified and needs your confirmation: check it with 'settings country', then "
                f"confirm it with 'settings country {country} --confirm-numbers' or in the "
                "app's Settings)"
            )
            danger = ""
        else:
            first = (
                f"Call {number} now (no crisis line is known for your country: add a local one "
                "with 'settings numbers --crisis NUMBER' or in the app's Settings)"
            )
            danger = ""
        lines.append(("crisis", f"{first}{danger}. Tell your care team."))
    if care_team_today:
        lines.append(
            (
                "care-team-today",
                "Contact your care team today; do not wait for your next appointment.",
            )
        )
    if not (emergency or crisis or care_team_today):
        lines.append(
            (
                "routine",
                "Tell your care team about any side effect that bothers you or does not go away.",
            )
        )
    lines.append(("safety-net", f"If it gets worse, or you have trouble breathing, call {number}."))
    return lines


def _numbers_row(numbers: HelpNumbers) -> dict[str, str | None]:
    return {"emergency": numbers.emergency, "crisis": numbers.crisis}


def _print_guidance(lines: list[tuple[str, str]], out: TextIO) -> None:
    for kind, text in lines:
        label = "" if kind == "safety-net" else f"{kind.upper()}: "
        print(f"{label}{text}", file=out)


def _log_symptom(args: argparse.Namespace, paths: AppPaths, out: TextIO) -> int:
    import json

    from belimumab_companion.domain.triage import Triage
    from belimumab_companion.services.clock import fixed_clock
    from belimumab_companion.services.diary_service import (
        DiaryInputError,
        DiaryInputs,
        DiaryService,
        triage_typed,
    )
    from belimumab_companion.system.local_zone import local_zone_name

    def refuse(reason: str, known: HelpNumbers | None = None) -> CliError:
        """R-29, R-31, R-46: what was typed is read even when it cannot be saved; the
        emergency and crisis lines come first (stdout), then the one-line refusal (stderr)."""
        typed = triage_typed(args.text, args.notes, args.severity)
        if typed.emergency or typed.crisis:
            numbers = known
            if numbers is None:
                opened = _open_services(paths)
                try:
                    numbers = opened.settings.help_numbers(args.country)
                finally:
                    opened.close()
            lines = guidance(numbers, emergency=typed.emergency, crisis=typed.crisis)
            lines = [line for line in lines if line[0] in ("emergency", "crisis", "safety-net")]
            if args.json:
                row = {
                    "saved": False,
                    "triage": typed.triage.value,
                    "matched": list(typed.matched),
                    "rules": list(typed.rules),
                    "numbers": _numbers_row(numbers),
                    "guidance": [text for _kind, text in lines],
                    "refused": reason,
                }
                print(json.dumps(row, indent=2), file=out)
            else:
                _print_guidance(lines, out)
        return CliError(f"nothing was saved: {reason}")

    try:
        at = parse_as_of(args.at) if args.at is not None else args.as_of or datetime.now(UTC)
    except argparse.ArgumentTypeError as exc:  # a typo year: never stored (issue 18)
        raise refuse(f"--at: {exc}") from None
    services = _open_services(paths)
    try:
        diary = (
            services.diary
            if args.as_of is None
            else DiaryService(services.database.sessions, fixed_clock(args.as_of))
        )
        try:
            saved = diary.add(
                DiaryInputs(
                    symptom=args.text,
                    onset_at=at,
                    zone=local_zone_name(),
                    severity=args.severity,
                    notes=args.notes,
                )
            )
        except DiaryInputError as exc:
            raise refuse(str(exc), services.settings.help_numbers(args.country)) from None
        numbers = services.settings.help_numbers(args.country)
    finally:
        services.close()
    entry = saved.entry
    result = saved.triage
    lines = guidance(
        numbers,
        emergency=result.emergency,
        crisis=result.crisis,
        care_team_today=result.triage is Triage.CARE_TEAM_TODAY,
    )
    row = {
        "id": entry.id,
        "symptom": entry.symptom,
        "onset": entry.onset_at.isoformat(),
        "severity": entry.severity,
        "triage": entry.triage.value,
        "matched": list(entry.triage_codes),
        "rules": list(result.rules),
        "numbers": _numbers_row(numbers),
        "guidance": [text for _kind, text in lines],
        "dose": None
        if saved.dose is None
        else {"sequence": saved.dose.sequence, "given_at": saved.dose.given_at.isoformat()},
    }
    if args.json:
        print(json.dumps(row, indent=2), file=out)
    else:
        _print_guidance(lines, out)
        print(f"Saved #{entry.id}: {entry.symptom} (severity {entry.severity}).", file=out)
    return EXIT_OK


def _diary(args: argparse.Namespace, paths: AppPaths, out: TextIO) -> int:
    import json

    from belimumab_companion.services.diary_service import DiaryFilter
    from belimumab_companion.system.local_zone import local_zone_name

    services = _open_services(paths)
    try:
        where = DiaryFilter(since=args.since, zone=local_zone_name())
        entries = services.diary.page(where, limit=100_000)
    finally:
        services.close()
    rows = [
        {
            "id": e.id,
            "symptom": e.symptom,
            "onset": e.onset_at.isoformat(),
            "severity": e.severity,
            "interference": e.interference,
            "triage": e.triage.value,
            "action": e.action.value,
            "notes": e.notes,
        }
        for e in entries
    ]
    if args.json:
        print(json.dumps(rows, indent=2), file=out)
    else:
        from belimumab_companion.domain.bounds import printable

        for row in rows:  # typed text never reaches the terminal raw (escape sequences)
            print(
                f"#{row['id']:<5} {row['onset']}  {row['severity']}  {row['triage']:<15} "
                f"{printable(str(row['symptom'])).replace(chr(10), ' ')}",
                file=out,
            )
    return EXIT_OK


def _answers(text: str, count: int) -> list[int]:
    try:
        answers = [int(part) for part in text.split(",")]
    except ValueError:
        raise CliError(f"give {count} answers 0-3 separated by commas") from None
    return answers


def _mood(args: argparse.Namespace, paths: AppPaths, out: TextIO) -> int:
    import json

    services = _open_services(paths)
    try:
        try:
            numbers = services.settings.help_numbers(args.country)
            lines: list[tuple[str, str]]
            if args.phq2 is not None:
                two = services.mood.record_phq2(_answers(args.phq2, 2))
                row: dict[str, object] = {
                    "kind": "phq2",
                    "total": two.total,
                    "offer_phq9": two.offer_phq9,
                }
                lines = [
                    (
                        "advice",
                        "Take the full PHQ-9 and talk with your care team (R-41)."
                        if two.offer_phq9
                        else "The PHQ-2 does not ask about thoughts of self-harm: if you have "
                        "any, answer the PHQ-9 (R-41).",
                    )
                ]
            else:
                nine = services.mood.record_phq9(_answers(args.phq9, 9))
                row = {
                    "kind": "phq9",
                    "total": nine.total,
                    "band": nine.band.value,
                    "crisis": nine.crisis,
                }
                lines = (
                    guidance(numbers, crisis=True)[:1]  # R-31, whatever the total
                    if nine.crisis
                    else [("advice", "Share your score with your care team.")]
                )
        except ValueError as exc:
            raise CliError(str(exc)) from None
    finally:
        services.close()
    number = numbers.emergency or "your local emergency number"
    lines.append(("safety-net", f"If you are in immediate danger, call {number}."))
    row["numbers"] = _numbers_row(numbers)
    row["guidance"] = [text for _kind, text in lines]
    if args.json:
        print(json.dumps(row, indent=2), file=out)
    else:
        print(
            " ".join(f"{k}={v}" for k, v in row.items() if k not in ("guidance", "numbers")),
            file=out,
        )
        _print_guidance(lines, out)
    return EXIT_OK


def _settings(args: argparse.Namespace, paths: AppPaths, out: TextIO) -> int:
    import json

    from belimumab_companion.domain.help_numbers import is_country, listed, suggested
    from belimumab_companion.services.settings_service import HELP_CRISIS, HELP_EMERGENCY

    code = getattr(args, "code", None)
    if code is not None and not is_country(code):  # "ZZ": never a country without numbers
        hint = " (the United Kingdom is GB)" if code == "UK" else ""
        raise CliError(
            f"{code} is not a country code (ISO 3166-1, e.g. US, MX, ES){hint}; nothing was changed"
        )
    services = _open_services(paths)
    try:
        settings = services.settings
        if args.settings_command == "numbers":
            for key, value in ((HELP_EMERGENCY, args.emergency), (HELP_CRISIS, args.crisis)):
                if value is not None:
                    text = " ".join(value.split())
                    if len(text) > 20 or any(not (c.isalnum() or c in " +*#()-") for c in text):
                        raise CliError(f"not a phone number: {value!r}")
                    settings.set(key, text or None)
        elif args.code is not None:
            settings.confirm_country(args.code, numbers_confirmed=args.confirm_numbers)
        country = settings.country()
        numbers = settings.help_numbers()
        row = {
            "country": country or None,
            "confirmed": settings.country_confirmed(),
            "detected": settings.detected_country(),
            "numbers": _numbers_row(numbers),
            "to_confirm": {
                which: getattr(suggested(country), which) for which in numbers.to_confirm
            },
        }
    finally:
        services.close()
    # A real country the table has no numbers for: stored, and said plainly (never silent).
    none_known = (
        f"No emergency or crisis number is known for {country}: enter your own with "
        "'settings numbers --emergency NUMBER --crisis NUMBER' or in the app's Settings"
        if country and country != "OTHER" and listed(country) is None and not numbers.emergency
        else None
    )
    row["note"] = none_known
    if args.json:
        print(json.dumps(row, indent=2), file=out)
        return EXIT_OK
    shown = country or "not known"
    print(f"Country: {shown}{'' if row['confirmed'] else ' (not confirmed yet)'}", file=out)
    print(f"Emergency number: {numbers.emergency or 'not known: enter your own'}", file=out)
    if numbers.crisis:
        crisis_text = numbers.crisis
    elif "crisis" in numbers.to_confirm:  # MX, AR: a partly verified line, not confirmed yet
        crisis_text = (
            "not confirmed yet: the emergency number is shown until you confirm the listed line"
        )
    else:
        crisis_text = "not known: the emergency number is shown; add a local line"
    print(f"Crisis line: {crisis_text}", file=out)
    for which, number in row["to_confirm"].items():
        print(
            f"Partly verified {which} number {number}: is this right for you? If so: "
            f"settings country {country} --confirm-numbers",
            file=out,
        )
    if none_known:
        print(f"{none_known}.", file=out)
    return EXIT_OK


def _switch_refusal(decision) -> str:  # type: ignore[no-untyped-def]
    rules = ", ".join(decision.rules)
    problem = decision.problem.value
    if problem in ("too-early", "too-late") and decision.window is not None:
        return (
            f"the first dose must be between {decision.window.earliest.isoformat()} and "
            f"{decision.window.latest.isoformat()} ({rules})"
        )
    texts = {
        "not-enough-iv-doses": "lupus nephritis can switch only after at least 2 infusions",
        "no-iv-dose": "no infusion is logged yet",
        "hcp-gated": "this switch is decided by the prescriber; set the new plan with 'plan set' as prescribed",
        "same-route": "the plan already uses that route",
    }
    return f"{texts[problem]} ({rules})"


def _export(args: argparse.Namespace, paths: AppPaths, out: TextIO) -> int:
    """Every export is written atomically (a temporary file, then a rename), mode 0600."""
    if args.export_kind == "ics":
        from belimumab_companion.services.ics_export import export_ics

        now, doses = _read_upcoming(args, paths)
        try:
            written = export_ics(args.file, doses, now, discreet=args.discreet)
        except OSError as exc:
            raise CliError(f"cannot write {args.file}: {exc.strerror or exc}") from None
        print(f"Wrote {_count(written, 'dose', 'doses')} to {args.file}.", file=out)
        return EXIT_OK
    if args.export_kind == "pdf":
        return _export_pdf(args, paths, out)
    from belimumab_companion.services.csv_export import export_diary_csv, export_doses_csv
    from belimumab_companion.services.fhir_export import export_fhir

    services = _open_services(paths)
    now = args.as_of or datetime.now(UTC)
    try:
        if args.export_kind == "fhir":
            written, what = export_fhir(args.file, services, now), ("entry", "entries")
        elif args.what == "diary":
            written = export_diary_csv(args.file, services.diary, services.plans)
            what = ("entry", "entries")
        else:
            written, what = export_doses_csv(args.file, services.plans, now), ("dose", "doses")
    except OSError as exc:
        raise CliError(f"cannot write {args.file}: {exc.strerror or exc}") from None
    finally:
        services.close()
    print(f"Wrote {_count(written, *what)} to {args.file}.", file=out)
    return EXIT_OK


def _contraception(args: argparse.Namespace, paths: AppPaths, out: TextIO) -> int:
    import json

    from belimumab_companion.domain.contraception import (
        CombinedPillVariant,
        Method,
        default_setup,
    )
    from belimumab_companion.services.contraception_service import (
        ContraceptionInputError,
        ContraceptionService,
    )
    from belimumab_companion.system.local_zone import local_zone_name

    services = _open_services(paths)
    try:
        if args.contraception_command in ("on", "off"):
            services.contraception.set_enabled(args.contraception_command == "on")
            print(f"Contraception reminders are {args.contraception_command}.", file=out)
            return EXIT_OK
        if args.contraception_command == "set":
            method = Method(args.method)
            setup = default_setup(
                method,
                args.start,
                args.time,
                args.zone or local_zone_name(),
                CombinedPillVariant(args.pack),
                args.replace_by,
            )
            changes = {
                "active_days": args.days_on,
                "free_days": args.days_off,
                "every_days": args.every_days,
            }
            setup = replace(setup, **{k: v for k, v in changes.items() if v is not None})
            try:
                services.contraception.set_method(setup)
            except ContraceptionInputError as exc:
                raise CliError(CONTRACEPTION_PROBLEMS[exc.problem.value]) from None
            except ValueError as exc:
                raise CliError(str(exc)) from None
            print(
                f"Contraception method set: {method.value} from {args.start.isoformat()}.", file=out
            )
        service = services.contraception
        if getattr(args, "as_of", None) is not None:
            from belimumab_companion.services.clock import fixed_clock
            from belimumab_companion.services.plan_service import PlanService

            clock = fixed_clock(args.as_of)
            sessions = services.database.sessions
            service = ContraceptionService(
                sessions,
                clock,
                PlanService(sessions, clock),
                services.settings,
                services.reminders.settings,
            )
        status = service.status(local_zone_name())
    finally:
        services.close()
    stored = status.setup.setup if status.setup else None
    window = status.window
    row = {
        "enabled": status.enabled,
        "method": stored.method.value if stored else None,
        "start": stored.start.isoformat() if stored else None,
        "time": stored.at.strftime("%H:%M") if stored else None,
        "zone": stored.zone if stored else None,
        "days_on": stored.active_days if stored and stored.active_days else None,
        "days_off": stored.free_days if stored and stored.active_days else None,
        "every_days": stored.every_days if stored and stored.every_days else None,
        "replace_by": stored.replace_by.isoformat() if stored and stored.replace_by else None,
        "on_treatment": window.state.value == "on-treatment",
        "last_dose": window.last_dose.isoformat() if window.last_dose else None,
        "needed_until": window.needed_until.isoformat() if window.needed_until else None,
        "window": window.state.value,
        "next_reminder": status.next_item.due.isoformat() if status.next_item else None,
        "next_action": status.next_item.action.value if status.next_item else None,
    }
    if getattr(args, "json", False):
        print(json.dumps(row, indent=2), file=out)
        return EXIT_OK
    if status.enabled is not True:
        print("Contraception reminders are off (turn them on with 'contraception on').", file=out)
        return EXIT_OK
    print(f"Method: {row['method'] or 'not set'}", file=out)
    if row["on_treatment"]:
        print(
            "Contraception needed during treatment and for at least 4 months after the last "
            f"dose (R-36): at present until {row['needed_until']}.",
            file=out,
        )
    elif row["needed_until"]:
        ended = " (that time is over)" if row["window"] == "ended" else ""
        print(
            f"Contraception needed until {row['needed_until']}{ended}: 4 months after the last "
            f"dose on {row['last_dose']} (R-36).",
            file=out,
        )
    if row["next_reminder"]:
        print(f"Next reminder: {row['next_reminder']} ({row['next_action']})", file=out)
    return EXIT_OK


CONTRACEPTION_PROBLEMS = {
    "replace-by-needed": "give --replace-by YYYY-MM-DD for an implant or IUD",
    "replace-by-before-start": "the --replace-by date is before --start",
    "bad-cycle": "check --days-on (1-365) and --days-off (0-28; a patch or ring has days off)",
    "bad-interval": "check --every-days (1-366)",
}


def _export_pdf(args: argparse.Namespace, paths: AppPaths, out: TextIO) -> int:
    """Qt lays the report out and writes the PDF: an offscreen QApplication, never a window."""
    from zoneinfo import ZoneInfo

    from dateutil.relativedelta import relativedelta
    from PySide6.QtWidgets import QApplication

    from belimumab_companion.services.report_data import default_zone
    from belimumab_companion.ui.report.export import export_pdf

    services = _open_services(paths)
    try:
        now = args.as_of or datetime.now(UTC)
        zone = default_zone(services)
        end = args.end or now.astimezone(ZoneInfo(zone)).date()
        start = args.start or end - relativedelta(months=3)
        if start > end:
            raise CliError("--from is after --to")
        app = QApplication.instance() or QApplication(
            ["belimumab-companion", "-platform", "offscreen"]
        )
        assert app is not None
        try:
            export_pdf(args.file, services, start, end, now, zone)
        except OSError as exc:
            raise CliError(f"cannot write {args.file}: {exc.strerror or exc}") from None
    finally:
        services.close()
    print(f"Wrote the care-team report for {start} to {end} to {args.file}.", file=out)
    return EXIT_OK


def _import(args: argparse.Namespace, paths: AppPaths, out: TextIO) -> int:
    """All or nothing, in one transaction; the file is only read, and checked row by row first."""
    from belimumab_companion.services.csv_import import (
        CsvImportRefused,
        import_diary_csv,
        preview_diary_csv,
    )
    from belimumab_companion.system.local_zone import local_zone_name

    services = _open_services(paths)
    try:
        try:
            preview = preview_diary_csv(args.file, services, local_zone_name())
        except CsvImportRefused as exc:
            raise CliError(str(exc)) from None
        print(
            f"{args.file}: {_count(preview.new_count, 'new entry', 'new entries')}, "
            f"{preview.duplicate_count} already in your diary, "
            f"{_count(preview.error_count, 'row', 'rows')} with errors.",
            file=out,
        )
        for error in preview.errors[:20]:
            print(f"  {error}", file=out)
        if preview.error_count > 20:
            print(f"  … and {preview.error_count - 20} more", file=out)
        if not args.yes:
            print("Nothing changed. Add --yes to import it.", file=out)
            return EXIT_OK
        if preview.error_count and not args.skip_errors:
            raise CliError("rows have errors: nothing imported (fix them, or add --skip-errors)")
        try:
            result = import_diary_csv(services, preview, skip_errors=args.skip_errors)
        except CsvImportRefused as exc:
            raise CliError(f"{exc} Nothing was imported.") from None
    finally:
        services.close()
    print(f"Imported {_count(result.count, 'entry', 'entries')}.", file=out)
    if result.red_flags:
        print(
            f"{result.red_flags} of them were symptoms that need urgent attention when they "
            "happen: they are marked in the diary.",
            file=out,
        )
    return EXIT_OK


def _backup(args: argparse.Namespace, paths: AppPaths, out: TextIO) -> int:
    from belimumab_companion.services.backup_service import BackupError, BackupService

    if not paths.database.exists():
        raise CliError(f"no data yet at {paths.database}: nothing to back up")
    import sqlite3

    try:
        made = BackupService(paths).back_up_now()
    except (BackupError, OSError, sqlite3.Error) as exc:  # full or read-only disk, say
        raise CliError(f"the backup failed, your data is unchanged: {exc}") from None
    print(f"Backed up to {made.path} ({made.size:,} bytes, integrity checked).", file=out)
    return EXIT_OK


def _restore(args: argparse.Namespace, paths: AppPaths, out: TextIO) -> int:
    """The file is treated as hostile (size, schema, integrity checked on a private copy); the
    current data is backed up and kept aside, never deleted."""
    from belimumab_companion.services.backup_service import (
        BackupError,
        BackupRefused,
        BackupService,
        DatabaseInUseError,
    )

    service = BackupService(paths)
    try:
        preview = service.inspect(args.file)
    except BackupRefused as exc:
        raise CliError(f"{args.file} cannot be restored: {exc}") from None
    made = preview.created_at.isoformat() if preview.created_at else "unknown"
    newest = preview.newest_activity.isoformat() if preview.newest_activity else "none"
    print(f"{args.file}: made {made}; newest entry {newest}; schema {preview.revision}", file=out)
    for table, count in preview.counts.items():
        print(f"  {table}: {count}", file=out)
    if not args.yes:
        print("Nothing changed. Add --yes to restore it.", file=out)
        return EXIT_OK
    try:
        result = service.restore(args.file)
    except BackupRefused as exc:
        raise CliError(f"{args.file} cannot be restored: {exc}") from None
    except DatabaseInUseError:
        raise CliError("the app is running: quit it, then restore") from None
    except (BackupError, OSError) as exc:
        raise CliError(f"the restore failed, your data is unchanged: {exc}") from None
    kept = result.replaced or (result.safety_backup.path if result.safety_backup else None)
    print(f"Restored. Your previous data is kept in {kept}.", file=out)
    return EXIT_OK
