"""What the supplies service takes and gives: a delivery, its changes for undo, the refill
settings, the status shown on Today and in Settings, and its refusals (issue 22)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from belimumab_companion.domain import supplies as rules
from belimumab_companion.domain.regimens import Device
from belimumab_companion.domain.schedule import PlannedDose
from belimumab_companion.domain.supplies import (
    ExpiryFlag,
    Lot,
    Stop,
    SupplyProblem,
)
from belimumab_companion.user_text import QT_TRANSLATE_NOOP, UserFacingError, message

_PROBLEM_TEXT = {
    SupplyProblem.IV_PLAN: QT_TRANSLATE_NOOP(
        "Messages", "infusions are given with the infusion centre's supplies: nothing to record"
    ),
    SupplyProblem.NO_PLAN: QT_TRANSLATE_NOOP(
        "Messages", "set up the treatment plan before recording supplies"
    ),
    SupplyProblem.SYRINGE_FOR_CHILD: QT_TRANSLATE_NOOP(
        "Messages", "a child's injections are given with the autoinjector, not a prefilled syringe"
    ),
    SupplyProblem.NOT_A_PEN: QT_TRANSLATE_NOOP(
        "Messages", "supplies are autoinjectors or prefilled syringes"
    ),
    SupplyProblem.COUNT_OUT_OF_RANGE: QT_TRANSLATE_NOOP(
        "Messages", "the number of pens must be from 1 to 1000"
    ),
    SupplyProblem.MORE_THAN_ON_HAND: QT_TRANSLATE_NOOP(
        "Messages", "that lot has only %1 left on hand"
    ),
    SupplyProblem.LOT_EMPTY: QT_TRANSLATE_NOOP("Messages", "that lot has none left on hand"),
    SupplyProblem.LOT_MISSING: QT_TRANSLATE_NOOP(
        "Messages", "no delivery of that lot is recorded (it may have been deleted meanwhile)"
    ),
    SupplyProblem.EXPIRES_BEFORE_RECEIVED: QT_TRANSLATE_NOOP(
        "Messages", "the expiry date is before the day it was received"
    ),
    SupplyProblem.ALREADY_EXPIRED: QT_TRANSLATE_NOOP(
        "Messages",
        "these pens are already past their expiry date and must not be used: check the date "
        "on the box",
    ),
    SupplyProblem.LOT_TEXT: QT_TRANSLATE_NOOP("Messages", "enter the lot number from the box"),
    SupplyProblem.LEAD_DAYS_OUT_OF_RANGE: QT_TRANSLATE_NOOP(
        "Messages", "the refill reminder must be from 0 to 60 days before"
    ),
    SupplyProblem.REFILLS_OUT_OF_RANGE: QT_TRANSLATE_NOOP(
        "Messages", "the refills left must be from 0 to 99"
    ),
    SupplyProblem.FEWER_THAN_USED: QT_TRANSLATE_NOOP(
        "Messages", "this lot already gave %1 (doses and pens set aside): it cannot have fewer"
    ),
    SupplyProblem.CORRECTION_LOSES_PENS: QT_TRANSLATE_NOOP(
        "Messages",
        "with this date, pen type, expiry or lot number, a dose or a pen set aside that was "
        "counted from this delivery would lose its pen: correct that dose or pen set aside first",
    ),
}


class SupplyError(UserFacingError):
    """A refused supplies action; ``code`` is the :class:`SupplyProblem` value."""

    def __init__(self, problem: SupplyProblem, *args: str | int) -> None:
        self.problem = problem
        super().__init__(message(_PROBLEM_TEXT[problem], *args), problem.value)


@dataclass(frozen=True)
class Delivery:
    """What the user types for a delivery."""

    count: int
    device: Device
    lot: str
    expires: date
    received: date
    pharmacy: str = ""


@dataclass(frozen=True)
class DeliveryChange:
    """What an add, edit or delete changed, for undo: ``before`` None = it was added."""

    lot_id: int
    before: Delivery | None
    deleted: bool = False


@dataclass(frozen=True)
class DiscardChange:
    discard_id: int
    deleted: bool = False
    lot: str = ""  # the lot as stored ("BIG", whatever was typed)


@dataclass(frozen=True)
class DosePens:
    """The pens a logged dose took from stock (one per injection, R-22)."""

    lots: tuple[Lot, ...]  # one per pen taken, in order
    missing: int  # pens it needed and none of its device was on hand
    device: Device | None  # the device it was logged with (None: not said)
    named: str | None  # the lot typed when logging
    named_in_stock: bool  # False with a lot named: it was not on hand; ``lots`` were counted


@dataclass(frozen=True)
class RefillSettings:
    lead_days: int = rules.DEFAULT_REFILL_LEAD_DAYS
    refills_left: int | None = None  # None: not tracked
    pharmacy_phone: str = ""


@dataclass(frozen=True)
class LotStatus:
    lot: Lot
    on_hand: int
    expired: bool  # do not use; set them aside


@dataclass(frozen=True)
class SupplyStatus:
    applies: bool  # False: no plan, or an infusion plan (nothing else is filled in then)
    on_hand: int
    covered_until: date | None
    stop: Stop | None
    first_uncovered: PlannedDose | None
    next_expiry: Lot | None
    refill_reminder_at: datetime | None
    lots: tuple[LotStatus, ...]
    expiring_unused: tuple[ExpiryFlag, ...]  # pens that will expire before their dose (Today)
    refill: RefillSettings
    pharmacy: str  # the latest delivery's pharmacy, for the reminder text
    new_prescription_needed: bool  # refills left reached 0
