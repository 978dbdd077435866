"""The command line's argument tree (argparse) and the types of its arguments.

The GUI parses these arguments too (``app.main``), before anything else is imported: nothing here
imports the domain, the services or Qt at module level.
"""

from __future__ import annotations

import argparse
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any

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


def build_parser(with_commands: bool = True) -> argparse.ArgumentParser:
    """The whole command line; ``with_commands=False``: only the options the window takes (a start
    with no command parses those alone, without building every command's parser)."""
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
    if not with_commands:
        return parser
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
    _supplies_parser(commands)

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


def _supplies_parser(commands: Any) -> None:
    from belimumab_companion.cli.supplies import DEVICES, DISCARD_REASONS

    supplies = commands.add_parser(
        "supplies", help="pens and syringes on hand, their expiry, refills (injection plans)"
    ).add_subparsers(dest="supplies_command", metavar="ACTION", required=True)
    add = supplies.add_parser("add", help="record a delivery")
    add.add_argument("--count", type=_count, required=True, metavar="N", help="how many (1-1000)")
    add.add_argument("--device", choices=DEVICES, required=True)
    add.add_argument("--lot", required=True, metavar="LOT", help="the lot number on the box")
    add.add_argument("--expires", type=_iso_date, required=True, metavar="YYYY-MM-DD")
    add.add_argument("--received", type=_iso_date, metavar="YYYY-MM-DD", help="default: today")
    add.add_argument("--pharmacy", metavar="NAME", help="where it came from (optional)")
    add_as_of(add)
    status = supplies.add_parser("status", help="on hand, covered until, next expiry, refill")
    status.add_argument("--json", action="store_true")
    add_as_of(status)
    discard = supplies.add_parser(
        "discard", help="set a pen aside that must not be used (R-26, R-27), with the reason"
    )
    discard.add_argument("--lot", required=True, metavar="LOT")
    discard.add_argument("--reason", choices=DISCARD_REASONS, required=True)
    discard.add_argument("--count", type=_count, default=1, metavar="N", help="default 1")
    add_as_of(discard)


def _count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if not 1 <= value <= 1000:
        raise argparse.ArgumentTypeError(f"give a number from 1 to 1000, not {value}")
    return value


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date YYYY-MM-DD: {text!r}") from None


def _time_of_day(text: str) -> time:
    from belimumab_companion.domain.time_of_day import parse_time_of_day

    try:
        return parse_time_of_day(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a time HH:MM: {text!r}") from None
