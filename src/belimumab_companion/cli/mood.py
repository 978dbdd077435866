"""`mood`: a PHQ-2 or PHQ-9 check-in, scored and kept (R-31, R-32, R-41)."""

from __future__ import annotations

from belimumab_companion.cli.common import EXIT_OK, CliError
from belimumab_companion.cli.context import CliContext
from belimumab_companion.cli.diary import guidance, numbers_row, print_guidance
from belimumab_companion.domain.phq import Band
from belimumab_companion.text.mood import BAND_TEXT


def _answers(text: str, count: int) -> list[int]:
    try:
        answers = [int(part) for part in text.split(",")]
    except ValueError:
        raise CliError(f"give {count} answers 0-3 separated by commas") from None
    return answers


def run_mood(context: CliContext) -> int:
    import json

    args, out = context.args, context.out
    services = context.services
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
    number = numbers.emergency or "your local emergency number"
    lines.append(("safety-net", f"If you are in immediate danger, call {number}."))
    row["numbers"] = numbers_row(numbers)
    row["guidance"] = [text for _kind, text in lines]
    if args.json:
        print(json.dumps(row, indent=2), file=out)
    else:
        if row["kind"] == "phq2":
            print(f"PHQ-2 score {row['total']} of 6.", file=out)
        else:  # the band in the window's words, never its code
            print(f"PHQ-9 score {row['total']} of 27 ({BAND_TEXT[Band(row['band'])]}).", file=out)
        print_guidance(lines, out)
    return EXIT_OK
