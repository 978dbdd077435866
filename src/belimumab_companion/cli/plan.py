"""`plan set | switch | stop | show`: the treatment plan (R-01, R-13..R-15, R-48)."""

from __future__ import annotations

from belimumab_companion.cli.common import EXIT_OK, CliError
from belimumab_companion.cli.context import CliContext
from belimumab_companion.cli.words import english_date, plan_words
from belimumab_companion.text.doses import ROUTE_NAME_TEXT

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


def run_plan(context: CliContext) -> int:
    import json

    from belimumab_companion.domain.regimens import Indication, Prescription, RegimenRefusal, Route
    from belimumab_companion.services.plan_service import PlanInputError, PlanInputs
    from belimumab_companion.system.local_zone import local_zone_name

    args, out = context.args, context.out
    services = context.services
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
            for segment in segments:
                ends = segment.ends_before
                until = f" until {english_date(ends)}" if ends else ""
                print(
                    f"{english_date(segment.first_dose)}{until}: {plan_words(segment.regimen)}, "
                    f"at {segment.time_of_day:%H:%M} {segment.zone}",
                    file=out,
                )
        return EXIT_OK
    if args.plan_command == "stop":
        try:
            services.plans.stop(args.date, args.reason)
        except PlanInputError as exc:
            raise CliError(str(exc)) from None
        print(f"Treatment stopped after {english_date(args.date)}. The history is kept.", file=out)
        return EXIT_OK
    if args.plan_command == "switch":
        try:
            decision = services.plans.switch(Route(args.route), args.first_dose, args.time)
        except PlanInputError as exc:
            raise CliError(str(exc)) from None
        if not decision.allowed:
            raise CliError(_switch_refusal(decision))
        print(
            f"Switched to {ROUTE_NAME_TEXT[args.route]} from {english_date(args.first_dose)}.",
            file=out,
        )
        return EXIT_OK
    if (args.interval_days is None) != (args.amount_mg is None):
        raise CliError("--interval-days and --amount-mg go together")
    if args.doses_given is not None and args.last_dose is None:
        raise CliError("--doses-given goes with --last-dose")
    already_on = args.last_dose is not None
    prescription = (
        Prescription(args.interval_days, args.amount_mg) if args.interval_days is not None else None
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
        f"Plan set: {plan_words(result)} from {english_date(inputs.first_dose)} at "
        f"{args.time:%H:%M} {inputs.zone}.",
        file=out,
    )
    if already_on:
        print(
            f"Continuing from your last dose on {english_date(inputs.first_dose)} "
            "(R-48): nothing before it counts as missed.",
            file=out,
        )
    return EXIT_OK


SWITCH_PROBLEM_TEXT = {  # a refused switch, worded for a terminal (R-13..R-15)
    "not-enough-iv-doses": "lupus nephritis can switch only after at least 2 infusions",
    "no-iv-dose": "no infusion is logged yet",
    "hcp-gated": "this switch is decided by the prescriber; set the new plan with 'plan set' as "
    "prescribed",
    "same-route": "the plan already uses that route",
}


def _switch_refusal(decision) -> str:  # type: ignore[no-untyped-def]
    rules = ", ".join(decision.rules)
    problem = decision.problem.value
    if problem in ("too-early", "too-late") and decision.window is not None:
        return (
            f"the first dose must be between {decision.window.earliest.isoformat()} and "
            f"{decision.window.latest.isoformat()} ({rules})"
        )
    return f"{SWITCH_PROBLEM_TEXT[problem]} ({rules})"
