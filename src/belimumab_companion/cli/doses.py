"""`upcoming`, `due` and `log-dose`: the planned doses and the doses given (R-17..R-23, R-47)."""

from __future__ import annotations

import argparse
from datetime import datetime
from typing import TYPE_CHECKING

from belimumab_companion.cli.common import EXIT_OK, CliError
from belimumab_companion.cli.context import CliContext
from belimumab_companion.cli.words import (
    advice_words,
    dose_words,
    english_date,
    english_date_time,
    status_words,
)

if TYPE_CHECKING:
    from belimumab_companion.domain.schedule import PlannedDose

MAX_COUNT = 1000  # upcoming doses asked for at once (twenty years of weekly doses)

# what --then chose after a late weekly dose
THEN_WORDS = {"keep-day": "on your usual weekday", "new-day": "weekly from the day you gave it"}


def read_upcoming(context: CliContext) -> tuple[datetime, list[PlannedDose]]:
    """(now, the next --count doses still to give), for `upcoming` and `export ics`."""
    count = context.args.count
    if not 1 <= count <= MAX_COUNT:
        raise CliError(f"--count must be 1 to {MAX_COUNT}")
    now = context.now()
    return now, context.services.plans.upcoming(now, count)


def run_upcoming(context: CliContext) -> int:
    import json

    args, out = context.args, context.out
    _now, doses = read_upcoming(context)
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
        for dose in doses:
            print(
                f"#{dose.sequence:<4} {english_date_time(dose.due):<24} {dose_words(dose)}: "
                f"{status_words(dose)}",
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


def run_log_dose(context: CliContext) -> int:
    from belimumab_companion.domain.dose_log import Site
    from belimumab_companion.services.plan_service import DoseLogError, PlanInputError

    args, out = context.args, context.out
    if args.segment is not None and args.sequence is None:
        raise CliError("--segment goes with --sequence (the planned dose's number)")
    plans = context.services.plans
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
    dose = logged.occurrence
    print(f"Logged dose #{dose.sequence} (planned {english_date_time(dose.due)}).", file=out)
    _say_pens(context, dose.segment_id, dose.sequence)
    if next_day is not None:
        print(f"Next dose: {english_date(next_day)} ({THEN_WORDS[args.then]}, R-17).", file=out)
    elif logged.make_up.value == "ask-care-team":
        print("Contact your care team for the date of the next dose (R-20).", file=out)
    if logged.incomplete:
        print(
            "Incomplete dose: do not inject another dose on your own; contact your care team (R-22, R-23).",
            file=out,
        )
    return EXIT_OK


def _say_pens(context: CliContext, segment_id: int, sequence: int) -> None:
    """Which pen the dose took from the supplies (issue 22): the lot, a lot named that was not on
    hand and the pen counted instead, or none of its device in stock."""
    from belimumab_companion.text.supplies import dose_pens_text

    pens = context.services.supplies.pens_of_dose(segment_id, sequence)
    said = dose_pens_text(pens)
    if said:
        print(" ".join(str(text) for text in said), file=context.out)


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


def run_due(context: CliContext) -> int:
    """Overdue now, or missed in the last two weeks and not logged: exit status 1 if any."""
    import json

    args, out = context.args, context.out
    overview = context.services.plans.overview(context.now(), upcoming_count=1)
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
        for dose, advice in overview.needs_attention:
            suggested = " (the dose to give now)" if dose.suggested else ""
            # a dose due today has no missed-dose advice: never "nothing to do" beside "due now"
            said = "" if advice.value == "none" else f" {advice_words(advice.value)}"
            print(
                f"#{dose.sequence:<4} {english_date_time(dose.due):<24} {status_words(dose)}"
                f"{suggested}.{said}",
                file=out,
            )
    return 1 if rows else EXIT_OK
