"""`info` (the drug information as plain text) and `check` (the data file's integrity)."""

from __future__ import annotations

from belimumab_companion.cli.common import EXIT_OK, EXIT_PROBLEM, CliError
from belimumab_companion.cli.context import CliContext
from belimumab_companion.paths import shipped_monograph

# domain.monograph.MonographProblem's values, worded for a terminal (the window's sentences, in
# text.messages, speak of a file chosen in a dialog)
PROBLEM_TEXT = {
    "too-large": "the file is larger than 1 MB",
    "binary": "the file is not text (it looks binary)",
    "not-utf8": "the file is not UTF-8 text",
    "no-title": "the file has no '# ' title line",
    "no-sections": "the file has no '### ' sections",
    "bad-front-matter": "the front matter between the '---' lines is malformed",
}


def run_info(context: CliContext) -> int:
    from belimumab_companion.domain.monograph import MonographError
    from belimumab_companion.services.monograph_files import MonographFileError, read_monograph_file

    args, out = context.args, context.out
    path = args.monograph or shipped_monograph()
    try:
        monograph = read_monograph_file(path).monograph
    except MonographFileError as exc:
        raise CliError(f"cannot read {exc.path}: {exc.reason}") from None
    except MonographError as exc:
        raise CliError(
            f"{path}: not a usable monograph: {PROBLEM_TEXT[exc.problem.value]}"
        ) from None
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


def run_check(context: CliContext) -> int:
    from belimumab_companion.services.integrity import check_data_file

    paths, out = context.paths, context.out
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
