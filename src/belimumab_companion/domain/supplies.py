"""Supplies: the pens and syringes on hand, their expiry, and when to ask for a refill (issue 22).

Pure: no clock, no I/O; ``now`` and the planned doses come in.

The stock is never stored as a running number: it is *replayed* from what happened, in order —
deliveries (on the day received), the pens of every dose currently in the dose log (a correction
or a deletion of a dose therefore gives its pens back by itself), and pens set aside as "do not
use". A dose with no pen left in stock is recorded as "no pen from stock" (``None`` in its
allocation), never as a negative count.

Rules:

* SubQ only: for an infusion plan the supplies are the infusion centre's (R-03); refused with
  :attr:`SupplyProblem.IV_PLAN`.
* R-09: a child's SubQ device is the autoinjector; a prefilled-syringe delivery for a child plan
  is refused (:attr:`SupplyProblem.SYRINGE_FOR_CHILD`).
* R-22 / R-05: a 400 mg dose is two 200 mg injections, so two pens; the loading doses of the LN
  plan count two in ``covered_until`` (the schedule engine says how many injections each dose
  has).
* R-26 (out of the fridge more than 12 h, or above 25 °C) and R-27 (expired, dropped, cloudy or
  discoloured or with particles, was frozen): the reasons a pen leaves the stock unused.
* R-27: an expired pen is never suggested. A lot's expiry date is the last day its pens may be
  used (a pen is expired on the day after it).
* R-18 / R-19: ``covered_until`` walks the schedule as it stands, so a make-up choice (keep the
  usual day, or a new weekly day) moves the dates it gives.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from belimumab_companion.domain.dose_state import MISSED_STATES, DoseStatus
from belimumab_companion.domain.regimens import Device, Regimen, Route
from belimumab_companion.domain.reminders import (
    Reminder,
    ReminderKind,
    ReminderSettings,
    after_quiet,
)
from belimumab_companion.domain.schedule import PlannedDose, wall_time

COUNT_MIN = 1
COUNT_MAX = 1000  # a delivery or a discard: more than this in one go is a typo
LOT_TEXT_MAX = 40  # as AdministrationRow.lot_number
PHARMACY_TEXT_MAX = 120
DEFAULT_REFILL_LEAD_DAYS = 10
REFILL_LEAD_DAYS_MAX = 60
REFILLS_LEFT_MAX = 99
SUPPLY_DEVICES = (Device.AUTOINJECTOR, Device.PREFILLED_SYRINGE)
# Doses still to give with a firm date, or open ("inject as soon as you remember"): they need pens.
TO_GIVE = frozenset({DoseStatus.UPCOMING, DoseStatus.DUE, DoseStatus.OVERDUE, DoseStatus.OPEN})


class DiscardReason(enum.Enum):
    """Why a pen left the stock without being used."""

    OUT_OF_FRIDGE_TOO_LONG = "out-of-fridge-too-long"  # more than 12 hours
    TOO_WARM = "too-warm"  # above 25 °C (77 °F)
    EXPIRED = "expired"
    DROPPED = "dropped"  # dropped on a hard surface
    CLOUDY_DISCOLOURED_PARTICLES = "cloudy-discoloured-particles"
    WAS_FROZEN = "was-frozen"  # R-27 (inferred from "do not freeze")
    OTHER = "other"  # lost, broken, given back to the pharmacy


class SupplyProblem(enum.Enum):
    IV_PLAN = "iv-plan"  # an infusion centre's supplies
    NO_PLAN = "no-plan"
    SYRINGE_FOR_CHILD = "syringe-for-child"
    NOT_A_PEN = "not-a-pen"  # the device is not an autoinjector or a prefilled syringe
    COUNT_OUT_OF_RANGE = "count-out-of-range"
    MORE_THAN_ON_HAND = "more-than-on-hand"
    LOT_EMPTY = "lot-empty"
    LOT_MISSING = "lot-missing"
    EXPIRES_BEFORE_RECEIVED = "expires-before-received"
    ALREADY_EXPIRED = "already-expired"  # a delivery already past its expiry date
    DATE_OUT_OF_RANGE = "date-out-of-range"
    LOT_TEXT = "lot-text"  # empty, too long or with control characters
    PHARMACY_TEXT = "pharmacy-text"
    LEAD_DAYS_OUT_OF_RANGE = "lead-days-out-of-range"
    REFILLS_OUT_OF_RANGE = "refills-out-of-range"
    FEWER_THAN_USED = "fewer-than-used"  # an edit would leave the lot with fewer than it gave
    # an edit of its date, device, expiry or lot number would leave a pen already counted
    # (given or set aside) without it, whatever the count
    CORRECTION_LOSES_PENS = "correction-loses-pens"


@dataclass(frozen=True)
class Lot:
    """One delivery: ``count`` pens (or syringes) of one lot."""

    id: int
    device: Device
    lot: str
    expires: date  # the last day its pens may be used
    received: date
    count: int
    pharmacy: str = ""
    # When it was recorded: which doses of its received day it served (see ``in_stock_for``).
    # ``None``: not known, all of them.
    recorded_at: datetime | None = None

    def expired_on(self, day: date) -> bool:
        return day > self.expires


@dataclass(frozen=True)
class DoseUse:
    """The pens a logged dose took: one per injection (R-22: two for 400 mg)."""

    segment_id: int
    sequence: int
    given_at: datetime  # aware
    day: date  # the local day it was given, in the plan's zone
    pens: int
    picked_lot: str | None = None  # the lot the user named in the dose dialog
    device: Device | None = None  # the device the dose was logged with: only its pens are taken
    # When it was first logged with supplies kept (``None``: not known, or logged before any
    # delivery was recorded: the dialog then said nothing of pens)
    logged_at: datetime | None = None
    zone: ZoneInfo | None = None  # the plan's zone that gives its ``day`` (None: given_at's)


@dataclass(frozen=True)
class Discard:
    id: int
    lot_id: int
    count: int
    reason: DiscardReason
    at: datetime  # aware
    day: date  # its local day


@dataclass(frozen=True)
class Stock:
    """The stock after every event, and which lot each dose's pens came from."""

    on_hand: Mapping[int, int]  # lot id -> pens left
    # (segment, sequence) -> the lot of each pen, ``None`` for "no pen from stock"
    allocations: Mapping[tuple[int, int], tuple[int | None, ...]]
    discarded: Mapping[int, int] = field(default_factory=dict)  # lot id -> pens set aside

    @property
    def total(self) -> int:
        return sum(self.on_hand.values())


def same_lot(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def supply_problem_for_plan(regimen: Regimen | None, device: Device) -> SupplyProblem | None:
    """R-03: no supplies for an infusion plan; R-09: a child's pens are autoinjectors."""
    if regimen is None:
        return SupplyProblem.NO_PLAN
    if regimen.route is Route.IV:
        return SupplyProblem.IV_PLAN
    if device not in SUPPLY_DEVICES:
        return SupplyProblem.NOT_A_PEN
    if regimen.pediatric and device is not Device.AUTOINJECTOR:
        return SupplyProblem.SYRINGE_FOR_CHILD
    return None


def lot_order(lot: Lot) -> tuple[date, date, int]:
    """Earliest expiring first; then the older delivery."""
    return (lot.expires, lot.received, lot.id)


def _fits(lot: Lot, device: Device | None) -> bool:
    """A dose logged with a device takes pens of that device only (an autoinjector is never
    counted for a prefilled-syringe dose); one logged with none, any."""
    return device is None or lot.device is device


def suggest_lot(
    lots: Iterable[Lot], on_hand: Mapping[int, int], day: date, device: Device | None = None
) -> Lot | None:
    """The lot to use on ``day``: the earliest-expiring lot (of ``device``, when given) with pens
    left that has not expired (R-27: never an expired one), received by then."""
    usable = [
        lot
        for lot in lots
        if on_hand.get(lot.id, 0) > 0
        and not lot.expired_on(day)
        and lot.received <= day
        and _fits(lot, device)
    ]
    return min(usable, key=lot_order, default=None)


def _picked(
    lots: Iterable[Lot], on_hand: Mapping[int, int], name: str, day: date, device: Device | None
) -> Lot | None:
    """The lot the user named, received by ``day`` and with pens left (the oldest delivery of it
    first). An expired lot the user says they used is honoured: it records what happened."""
    matching = [
        lot
        for lot in lots
        if same_lot(lot.lot, name)
        and on_hand.get(lot.id, 0) > 0
        and lot.received <= day
        and _fits(lot, device)
    ]
    return min(matching, key=lambda lot: (lot.received, lot.id), default=None)


def named_lot_in_stock(
    lots: Iterable[Lot], on_hand: Mapping[int, int], name: str, day: date, device: Device | None
) -> bool:
    """Whether a dose on ``day`` naming lot ``name`` would take its pen from that lot (else the
    earliest-expiring lot of its device is counted, and the dose dialog and the CLI say so)."""
    return _picked(lots, on_hand, name, day, device) is not None


def in_stock_for(lot: Lot, use: DoseUse) -> bool:
    """Whether a delivery's pens were there for a dose. A delivery has a day, not a time: one
    recorded on its received day serves that day's doses given after it was recorded, or logged
    after it was recorded (the dose dialog offered its pens then); a dose logged before it was
    told "not in stock", and the later delivery is never charged for it. One recorded on a later
    day (entered late) serves its whole received day, and one whose lot the dose names serves
    it (a clock set back can put the dose's logging before the delivery's). "Its day" is the
    dose's day, in the zone of the dose's plan (a plan moved to another zone later does not
    change what it served)."""
    if lot.received != use.day:
        return lot.received < use.day
    recorded, logged = lot.recorded_at, use.logged_at
    if recorded is None or logged is None:
        return True
    if use.picked_lot and same_lot(use.picked_lot, lot.lot):
        return True  # the dose names its lot: its pen was in hand (whatever the clocks say)
    zone = use.zone if use.zone is not None else use.given_at.tzinfo
    if recorded.astimezone(zone).date() > use.day:
        return True  # entered late: there all its received day
    return use.given_at >= recorded or logged >= recorded


def correction_loses_pens(
    lots: Iterable[Lot], uses: Iterable[DoseUse], discards: Iterable[Discard], edited: Lot
) -> bool:
    """Whether correcting a delivery to ``edited`` would leave something already counted
    without its pen: a pen set aside (any lot), or a dose's pen, unless that pen was the
    delivery's own and the delivery, as corrected, could not have served that dose (a received
    date moved after it, another device, expired then, another lot number than the one it
    named). Both stocks are replayed whole: a correction also moves which lot other doses take."""
    lots, uses = list(lots), list(uses)
    discards = list(discards)
    before = replay(lots, uses, discards)
    after = replay([edited if lot.id == edited.id else lot for lot in lots], uses, discards)
    if any(after.discarded.get(lot_id, 0) < n for lot_id, n in before.discarded.items()):
        return True
    for use in uses:
        key = (use.segment_id, use.sequence)
        had, has = before.allocations.get(key, ()), after.allocations.get(key, ())
        lost = sum(p is not None for p in had) - sum(p is not None for p in has)
        if lost <= 0:
            continue
        let_go = 0 if _could_have_taken(edited, use) else had.count(edited.id)
        if lost > let_go:
            return True
    return False


def pens_a_correction_needs(
    lots: Iterable[Lot],
    uses: Iterable[DoseUse],
    discards: Iterable[Discard],
    edited: Lot,
    most: int = 1000,
) -> int | None:
    """The fewest pens ``edited`` may hold and lose nothing (:func:`correction_loses_pens`);
    None when no count up to ``most`` would do (its date, device, expiry or lot number is what
    leaves a pen uncounted)."""
    lots, uses, discards = list(lots), list(uses), list(discards)

    def loses(count: int) -> bool:
        return correction_loses_pens(lots, uses, discards, replace(edited, count=count))

    if loses(most):
        return None
    low, high = 1, most  # the smallest count that loses nothing lies in [low, high]
    while low < high:
        middle = (low + high) // 2
        if loses(middle):
            low = middle + 1
        else:
            high = middle
    return low


def _could_have_taken(lot: Lot, use: DoseUse) -> bool:
    if not in_stock_for(lot, use) or not _fits(lot, use.device):
        return False
    named = use.picked_lot is not None and same_lot(use.picked_lot, lot.lot)
    return named or not lot.expired_on(use.day)


def replay(lots: Iterable[Lot], uses: Iterable[DoseUse], discards: Iterable[Discard]) -> Stock:
    """The stock after every delivery, dose and discard, in the order they happened: a day's
    deliveries first, then its doses and discards in time order; a dose takes pens only from
    the deliveries that were there for it (:func:`in_stock_for`)."""
    lots = sorted(lots, key=lambda lot: (lot.received, lot.id))
    on_hand = {lot.id: 0 for lot in lots}
    discarded = {lot.id: 0 for lot in lots}
    events: list[tuple[date, int, datetime | None, int, DoseUse | Discard | Lot]] = []
    for lot in lots:
        events.append((lot.received, 0, None, lot.id, lot))
    for use in uses:
        events.append((use.day, 1, use.given_at, use.sequence, use))
    for discard in discards:
        events.append((discard.day, 1, discard.at, discard.id, discard))
    events.sort(key=lambda e: (e[0], e[1], e[2].timestamp() if e[2] else 0.0, e[3]))
    allocations: dict[tuple[int, int], tuple[int | None, ...]] = {}
    for _day, _rank, _at, _tie, event in events:
        if isinstance(event, Lot):
            on_hand[event.id] += event.count
        elif isinstance(event, Discard):
            if event.lot_id in on_hand:
                taken = min(event.count, on_hand[event.lot_id])  # never below zero
                on_hand[event.lot_id] -= taken
                discarded[event.lot_id] += taken
        else:
            there = [lot for lot in lots if in_stock_for(lot, event)]
            pens: list[int | None] = []
            for _pen in range(event.pens):
                chosen: Lot | None = None
                if event.picked_lot:
                    chosen = _picked(there, on_hand, event.picked_lot, event.day, event.device)
                if chosen is None:
                    chosen = suggest_lot(there, on_hand, event.day, event.device)
                if chosen is None:
                    pens.append(None)  # no pen from stock: never a negative count
                    continue
                on_hand[chosen.id] -= 1
                pens.append(chosen.id)
            allocations[(event.segment_id, event.sequence)] = tuple(pens)
    return Stock(on_hand, allocations, discarded)


class Stop(enum.Enum):
    """Why ``covered_until`` stopped walking the schedule."""

    OUT_OF_PENS = "out-of-pens"  # the first dose not covered has a firm date
    CARE_TEAM_DATE = "care-team-date"  # the next dose's date is the care team's (not firm)
    END_OF_PLAN = "end-of-plan"  # no more planned doses in the range walked


@dataclass(frozen=True)
class ExpiryFlag:
    """Pens of ``lot_id`` that will have expired before the dose they would be used for."""

    lot_id: int
    pens: int
    dose_day: date
    segment_id: int
    sequence: int


@dataclass(frozen=True)
class Coverage:
    covered_until: date | None  # the day of the last dose the pens on hand cover
    doses_covered: int
    stop: Stop
    first_uncovered: PlannedDose | None  # OUT_OF_PENS: the first dose with no usable pen
    expiring_unused: tuple[ExpiryFlag, ...] = ()
    short_by: int = 0  # OUT_OF_PENS: pens missing for that dose (1 of 2 for a 400 mg dose)


def doses_to_cover(doses: Iterable[PlannedDose]) -> list[PlannedDose]:
    """The SubQ doses still to give, in date order, up to the first whose date is the care
    team's (kept, to stop there)."""
    result: list[PlannedDose] = []
    for dose in sorted(doses, key=lambda d: d.due):
        if dose.route is not Route.SUBQ:
            continue
        if dose.status is DoseStatus.AWAITING_CARE_TEAM or dose.status in TO_GIVE:
            result.append(dose)
    return result


def covered_until(
    doses: Iterable[PlannedDose], lots: Iterable[Lot], on_hand: Mapping[int, int]
) -> Coverage:
    """Walk the doses still to give (from the dose engine: loading doses take two pens, a late
    dose or a make-up choice has already moved the dates), taking pens in lot order (earliest
    expiry first). A pen whose lot will have expired by the dose's day is not used (R-27) and is
    flagged. The walk stops at the first dose with no usable pen, or at a date the care team
    gives (R-11, R-20: not firm, so nothing can be promised past it)."""
    left = {lot.id: on_hand.get(lot.id, 0) for lot in lots}
    ordered = sorted(lots, key=lot_order)
    flags: dict[int, ExpiryFlag] = {}
    last: date | None = None
    count = 0
    for dose in doses_to_cover(doses):
        if dose.status is DoseStatus.AWAITING_CARE_TEAM:
            return Coverage(last, count, Stop.CARE_TEAM_DATE, None, tuple(flags.values()))
        day = dose.local_date
        needed = dose.injections
        taken: list[int] = []
        for lot in ordered:
            if len(taken) == needed:
                break
            if left[lot.id] <= 0:
                continue
            if lot.expired_on(day):
                if lot.id not in flags:
                    flags[lot.id] = ExpiryFlag(
                        lot.id, left[lot.id], day, dose.segment_id, dose.sequence
                    )
                left[lot.id] = 0  # those pens can no longer be used
                continue
            while left[lot.id] > 0 and len(taken) < needed:
                left[lot.id] -= 1
                taken.append(lot.id)
        if len(taken) < needed:
            return Coverage(
                last,
                count,
                Stop.OUT_OF_PENS,
                dose,
                tuple(flags.values()),
                short_by=needed - len(taken),
            )
        last = day
        count += 1
    return Coverage(last, count, Stop.END_OF_PLAN, None, tuple(flags.values()))


def refill_day(coverage: Coverage, lead_days: int) -> date | None:
    """The day to be reminded: ``lead_days`` before the first dose not covered."""
    if coverage.stop is not Stop.OUT_OF_PENS or coverage.first_uncovered is None:
        return None
    return coverage.first_uncovered.local_date - timedelta(days=lead_days)


def next_expiry(lots: Iterable[Lot], on_hand: Mapping[int, int], day: date) -> Lot | None:
    """The lot with pens left that expires first and has not expired on ``day`` (one received
    later, dated ahead, counts too: it is on its way or already in the fridge)."""
    usable = [lot for lot in lots if on_hand.get(lot.id, 0) > 0 and not lot.expired_on(day)]
    return min(usable, key=lot_order, default=None)


def expired_lots(lots: Iterable[Lot], on_hand: Mapping[int, int], day: date) -> list[Lot]:
    """Lots with pens left that have expired by ``day`` (R-27: do not use; set them aside)."""
    return sorted(
        (lot for lot in lots if on_hand.get(lot.id, 0) > 0 and lot.expired_on(day)),
        key=lot_order,
    )


def usable_on_hand(
    lots: Sequence[Lot], uses: Sequence[DoseUse], discards: Sequence[Discard], day: date
) -> int:
    """Pens usable at the start of ``day``: delivered by then, not used or set aside before it,
    and not expired on it."""
    stock = replay(
        [lot for lot in lots if lot.received <= day],
        [use for use in uses if use.day < day],
        [discard for discard in discards if discard.day < day],
    )
    return sum(
        left for lot in lots if (left := stock.on_hand.get(lot.id, 0)) and not lot.expired_on(day)
    )


def missed_out_of_supply(
    doses: Iterable[PlannedDose],
    lots: Sequence[Lot],
    uses: Sequence[DoseUse],
    discards: Sequence[Discard],
) -> list[PlannedDose]:
    """Missed SubQ doses (R-16, R-47) whose day began with no usable pen on hand, for the care
    team's report ("doses missed while out of supply"). Only once supplies are recorded at all
    (before the first delivery nothing is known)."""
    if not lots:
        return []
    first = min(lot.received for lot in lots)
    return [
        dose
        for dose in doses
        if dose.route is Route.SUBQ
        and dose.status in MISSED_STATES
        and dose.local_date >= first
        and usable_on_hand(lots, uses, discards, dose.local_date) == 0
    ]


def dose_uses(
    doses: Iterable[PlannedDose], picked: Mapping[tuple[int, int], str | None]
) -> list[DoseUse]:
    """The pens each SubQ dose in the log took: one per injection logged (R-22: two for a full
    400 mg dose, one for an incomplete one; one when no site was recorded), none for a dose
    skipped on advice. ``picked`` maps a dose to the lot named when it was logged."""
    result = []
    for dose in doses:
        admin = dose.administration
        if dose.route is not Route.SUBQ or admin is None or admin.skipped_on_advice:
            continue
        pens = max(1, len(admin.sites))
        result.append(
            DoseUse(
                dose.segment_id,
                dose.sequence,
                admin.given_at,
                admin.given_at.astimezone(dose.due.tzinfo).date(),
                pens,
                picked.get((dose.segment_id, dose.sequence)),
            )
        )
    return result


REFILL_ASK = "refill"
REFILL_ASK_NEW_PRESCRIPTION = "new-prescription"  # no refills left on the prescription


def refill_reminder(
    coverage: Coverage,
    lead_days: int,
    refills_left: int | None,
    settings: ReminderSettings,
    not_before: datetime | None,
) -> Reminder | None:
    """The refill reminder, ``lead_days`` before the first dose not covered, at the reminders'
    morning time in the plan's zone (quiet hours respected). Its key names that dose, so it
    fires once (``domain/reminders.py``); a delivery that covers the dose removes it, and the
    next dose not covered gets its own. ``not_before`` (when the stock last changed): a shortfall
    found after its day fires at once rather than being lost behind the reminders' mark. With no
    refills left the reminder asks for a new prescription from the care team."""
    day = refill_day(coverage, lead_days)
    dose = coverage.first_uncovered
    if day is None or dose is None:
        return None
    zone = dose.due.tzinfo
    assert isinstance(zone, ZoneInfo)
    fire = after_quiet(wall_time(day, settings.morning, zone), settings)
    if not_before is not None and not_before > fire:
        fire = not_before
    return Reminder(
        fire_at=fire,
        key=f"refill:{dose.segment_id}:{dose.sequence}",
        kind=ReminderKind.REFILL,
        eligible_after_mark_at=fire,
        segment_id=dose.segment_id,
        sequence=dose.sequence,
        due=dose.due,
        detail=REFILL_ASK_NEW_PRESCRIPTION if refills_left == 0 else REFILL_ASK,
    )
