"""`supplies add | status | discard`: pens and syringes on hand, their expiry, and how far they
cover the schedule (issue 22; R-05, R-09, R-22, R-26, R-27). SubQ plans only."""

from __future__ import annotations

import json
from typing import Any

from belimumab_companion.cli.common import EXIT_OK, CliError, count_text
from belimumab_companion.cli.context import CliContext
from belimumab_companion.cli.words import english_date, english_date_time

DEVICES = ("autoinjector", "prefilled-syringe")
DISCARD_REASONS = (
    "out-of-fridge-too-long",
    "too-warm",
    "expired",
    "dropped",
    "cloudy-discoloured-particles",
    "was-frozen",
    "other",
)
DEVICE_WORDS = {"autoinjector": ("autoinjector", "autoinjectors"),
                "prefilled-syringe": ("prefilled syringe", "prefilled syringes")}  # fmt: skip


def run_supplies(context: CliContext) -> int:
    from belimumab_companion.domain.regimens import Device
    from belimumab_companion.domain.supplies import DiscardReason
    from belimumab_companion.services.supplies_service import SupplyError

    args, out = context.args, context.out
    supplies = context.services.supplies
    if args.supplies_command == "status":
        return _status(context)
    try:
        if args.supplies_command == "add":
            supplies.add_delivery(
                count=args.count,
                device=Device(args.device),
                lot=args.lot,
                expires=args.expires,
                received=args.received,
                pharmacy=args.pharmacy or "",
            )
            one, many = DEVICE_WORDS[args.device]
            print(
                f"Added {count_text(args.count, one, many)} of lot {' '.join(args.lot.split())}, "
                f"use by {english_date(args.expires)}.",
                file=out,
            )
        elif args.supplies_command == "discard":
            change = supplies.discard(
                lot=args.lot, reason=DiscardReason(args.reason), count=args.count
            )
            print(
                f"Set aside {count_text(args.count, 'pen', 'pens')} of lot {change.lot}: "
                "not to be used.",
                file=out,
            )
    except SupplyError as exc:
        raise CliError(str(exc)) from None
    return EXIT_OK


def _status(context: CliContext) -> int:
    args, out = context.args, context.out
    status = context.services.supplies.status(context.now())
    row: dict[str, Any] = {
        "applies": status.applies,
        "on_hand": status.on_hand,
        "covered_until": status.covered_until.isoformat() if status.covered_until else None,
        "stop": status.stop.value if status.stop else None,
        "next_expiry": status.next_expiry.expires.isoformat() if status.next_expiry else None,
        "refill_reminder_at": status.refill_reminder_at.isoformat()
        if status.refill_reminder_at
        else None,
        "new_prescription_needed": status.new_prescription_needed,
        "lots": [
            {
                "lot": item.lot.lot,
                "device": item.lot.device.value,
                "expires": item.lot.expires.isoformat(),
                "received": item.lot.received.isoformat(),
                "delivered": item.lot.count,
                "on_hand": item.on_hand,
                "expired": item.expired,
                "pharmacy": item.lot.pharmacy,
            }
            for item in status.lots
        ],
        "expiring_before_use": [
            {"lot_id": flag.lot_id, "pens": flag.pens, "dose_day": flag.dose_day.isoformat()}
            for flag in status.expiring_unused
        ],
    }
    if getattr(args, "json", False):
        print(json.dumps(row, indent=2), file=out)
        return EXIT_OK
    if not status.applies:
        print(
            "Supplies are kept for injections at home; there is no injection plan "
            "(infusions are the infusion centre's).",
            file=out,
        )
        return EXIT_OK
    print(f"On hand: {count_text(status.on_hand, 'pen', 'pens')}.", file=out)
    if status.covered_until is not None:
        print(f"Your pens cover your doses up to {english_date(status.covered_until)}.", file=out)
    elif status.on_hand == 0:
        print("No pen on hand for your next dose.", file=out)
    if status.next_expiry is not None:
        print(
            f"Next expiry: lot {status.next_expiry.lot}, use by "
            f"{english_date(status.next_expiry.expires)}.",
            file=out,
        )
    for flag in status.expiring_unused:
        one = flag.pens == 1
        print(
            f"{count_text(flag.pens, 'pen', 'pens')} will be past {'its' if one else 'their'} "
            f"expiry date before the dose of {english_date(flag.dose_day)}: do not use "
            f"{'it' if one else 'them'} then.",
            file=out,
        )
    if status.refill_reminder_at is not None:
        print(f"Refill reminder: {english_date_time(status.refill_reminder_at)}.", file=out)
    if status.new_prescription_needed:
        print("No refills left: ask your care team for a new prescription.", file=out)
    return EXIT_OK
