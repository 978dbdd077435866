"""`settings country | numbers`: the country of the help numbers and the user's own (R-31)."""

from __future__ import annotations

from belimumab_companion.cli.common import EXIT_OK, CliError
from belimumab_companion.cli.context import CliContext
from belimumab_companion.cli.diary import numbers_row


def run_settings(context: CliContext) -> int:
    import json

    from belimumab_companion.domain.bounds import phone_number_problem
    from belimumab_companion.domain.help_numbers import is_country, listed, suggested

    args, out = context.args, context.out
    code = getattr(args, "code", None)
    if code is not None and not is_country(code):  # "ZZ": never a country without numbers
        hint = " (the United Kingdom is GB)" if code == "UK" else ""
        raise CliError(
            f"{code} is not a country code (ISO 3166-1, e.g. US, MX, ES){hint}; nothing was changed"
        )
    services = context.services
    settings = services.settings
    if args.settings_command == "numbers":
        typed: dict[str, str] = {}
        for which, value in (("emergency", args.emergency), ("crisis", args.crisis)):
            if value is not None:
                text = " ".join(value.split())
                if phone_number_problem(text) is not None:  # the window's rule (issue 20)
                    raise CliError(f"not a phone number: {value!r}")
                typed[which] = text
        settings.set_own_numbers(typed.get("emergency"), typed.get("crisis"))
    elif args.code is not None:
        settings.confirm_country(args.code, numbers_confirmed=args.confirm_numbers)
    country = settings.country()
    numbers = settings.help_numbers()
    to_confirm: dict[str, str | None] = {
        which: getattr(suggested(country), which) for which in numbers.to_confirm
    }
    row: dict[str, object] = {
        "country": country or None,
        "confirmed": settings.country_confirmed(),
        "detected": settings.detected_country(),
        "numbers": numbers_row(numbers),
        "to_confirm": to_confirm,
    }
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
    for which, number in to_confirm.items():
        print(
            f"Partly verified {which} number {number}: is this right for you? If so: "
            f"settings country {country} --confirm-numbers",
            file=out,
        )
    if none_known:
        print(f"{none_known}.", file=out)
    return EXIT_OK
