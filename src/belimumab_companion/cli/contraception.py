"""`contraception set | status | on | off`: the method's reminders and the window after the last
dose (R-36)."""

from __future__ import annotations

from dataclasses import replace

from belimumab_companion.cli.common import EXIT_OK, CliError
from belimumab_companion.cli.context import CliContext
from belimumab_companion.cli.words import english_date, english_date_time
from belimumab_companion.domain.contraception import end_date_known
from belimumab_companion.text.contraception import ACTION_TEXT, METHOD_NAMES

CONTRACEPTION_PROBLEMS = {
    "replace-by-needed": "give --replace-by YYYY-MM-DD for an implant or IUD",
    "replace-by-before-start": "the --replace-by date is before --start",
    "bad-cycle": "check --days-on (1-365) and --days-off (0-28; a patch or ring has days off)",
    "bad-interval": "check --every-days (1-366)",
}


def run_contraception(context: CliContext) -> int:
    import json

    from belimumab_companion.domain.contraception import (
        CombinedPillVariant,
        Method,
        default_setup,
    )
    from belimumab_companion.services.contraception_service import ContraceptionInputError
    from belimumab_companion.system.local_zone import local_zone_name

    args, out = context.args, context.out
    services = context.services
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
            f"Contraception method set: {METHOD_NAMES[method]} from {english_date(args.start)}.",
            file=out,
        )
    status = services.contraception.status(local_zone_name())
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
        # no dose logged yet, no end date (a date before the first dose reads "you may stop")
        "needed_until": window.needed_until.isoformat()
        if window.needed_until and end_date_known(window)
        else None,
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
    print(f"Method: {METHOD_NAMES[stored.method] if stored else 'not set'}", file=out)
    until = english_date(window.needed_until) if window.needed_until else ""
    if not end_date_known(window):
        print(
            "Contraception is needed during treatment and for at least 4 months after your last "
            "dose. No dose is logged yet, so there is no end date.",
            file=out,
        )
    elif row["on_treatment"]:
        print(
            "Contraception needed during treatment and for at least 4 months after the last "
            f"dose (R-36): at present until {until}.",
            file=out,
        )
    elif window.needed_until:
        ended = " (that time is over)" if row["window"] == "ended" else ""
        last = english_date(window.last_dose) if window.last_dose else ""
        print(
            f"Contraception needed until {until}{ended}: 4 months after the last "
            f"dose on {last} (R-36).",
            file=out,
        )
    if status.next_item:
        item = status.next_item
        print(f"Next reminder: {english_date_time(item.due)}: {ACTION_TEXT[item.action]}", file=out)
    return EXIT_OK
