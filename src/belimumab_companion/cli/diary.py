"""`log-symptom` and `diary`: the symptom diary, its triage and the help lines (R-29..R-32,
R-44..R-46)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, TextIO
from zoneinfo import ZoneInfo

from belimumab_companion.cli.common import EXIT_OK, CliError
from belimumab_companion.cli.context import CliContext
from belimumab_companion.cli.parser import parse_as_of
from belimumab_companion.cli.words import english_date_time
from belimumab_companion.domain.bounds import printable
from belimumab_companion.text.diary import LEVEL_WORDS, TRIAGE_WORDS

if TYPE_CHECKING:
    from belimumab_companion.domain.help_numbers import HelpNumbers


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


def numbers_row(numbers: HelpNumbers) -> dict[str, str | None]:
    return {"emergency": numbers.emergency, "crisis": numbers.crisis}


# The label before each line of guidance (the safety-net line has none): words, never a code.
GUIDANCE_LABELS = {
    "emergency": "EMERGENCY",
    "crisis": "CRISIS",
    "care-team-today": "CARE TEAM TODAY",
    "routine": "ROUTINE",
    "advice": "ADVICE",
}


def print_guidance(lines: list[tuple[str, str]], out: TextIO) -> None:
    for kind, text in lines:
        label = f"{GUIDANCE_LABELS[kind]}: " if kind in GUIDANCE_LABELS else ""
        print(f"{label}{text}", file=out)


def run_log_symptom(context: CliContext) -> int:
    import json

    from belimumab_companion.domain.triage import Triage
    from belimumab_companion.services.diary_service import (
        DiaryInputError,
        DiaryInputs,
        triage_typed,
    )
    from belimumab_companion.system.local_zone import local_zone_name

    args, out = context.args, context.out

    def refuse(reason: str, known: HelpNumbers | None = None) -> CliError:
        """R-29, R-31, R-46: what was typed is read even when it cannot be saved; the
        emergency and crisis lines come first (stdout), then the one-line refusal (stderr)."""
        typed = triage_typed(args.text, args.notes, args.severity)
        if typed.emergency or typed.crisis:
            numbers = known or context.services.settings.help_numbers(args.country)
            lines = guidance(numbers, emergency=typed.emergency, crisis=typed.crisis)
            lines = [line for line in lines if line[0] in ("emergency", "crisis", "safety-net")]
            if args.json:
                row = {
                    "saved": False,
                    "triage": typed.triage.value,
                    "matched": list(typed.matched),
                    "rules": list(typed.rules),
                    "numbers": numbers_row(numbers),
                    "guidance": [text for _kind, text in lines],
                    "refused": reason,
                }
                print(json.dumps(row, indent=2), file=out)
            else:
                print_guidance(lines, out)
        return CliError(f"nothing was saved: {reason}")

    try:
        at = parse_as_of(args.at) if args.at is not None else context.now()
    except argparse.ArgumentTypeError as exc:  # a typo year: never stored (issue 18)
        raise refuse(f"--at: {exc}") from None
    services = context.services
    try:
        saved = services.diary.add(
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
        "numbers": numbers_row(numbers),
        "guidance": [text for _kind, text in lines],
        "dose": None
        if saved.dose is None
        else {"sequence": saved.dose.sequence, "given_at": saved.dose.given_at.isoformat()},
    }
    if args.json:
        print(json.dumps(row, indent=2), file=out)
    else:
        print_guidance(lines, out)
        print(
            f"Saved #{entry.id}: {printable(entry.symptom)} "
            f"(severity {entry.severity}, {level_words(entry.severity)}).",
            file=out,
        )
    return EXIT_OK


def run_diary(context: CliContext) -> int:
    import json

    from belimumab_companion.services.diary_service import DiaryFilter
    from belimumab_companion.system.local_zone import local_zone_name

    args, out = context.args, context.out
    services = context.services
    where = DiaryFilter(since=args.since, zone=local_zone_name())
    entries = services.diary.page(where, limit=100_000)
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
        for e in entries:  # typed text never reaches the terminal raw (escape sequences)
            onset = english_date_time(e.onset_at.astimezone(ZoneInfo(e.zone)))
            print(
                f"#{e.id:<5} {onset:<24} {level_words(e.severity):<11} "
                f"{TRIAGE_WORDS.get(e.triage.value, e.triage.value):<23} "
                f"{printable(e.symptom).replace(chr(10), ' ')}",
                file=out,
            )
    return EXIT_OK


def level_words(level: int) -> str:
    """ "mild": the diary's word for a level 0-4 (as the window's diary shows it)."""
    return LEVEL_WORDS[level] if 0 <= level < len(LEVEL_WORDS) else str(level)
