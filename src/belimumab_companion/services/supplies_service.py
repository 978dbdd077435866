"""Supplies (issue 22): deliveries, pens set aside, what is on hand, how far it goes, and the
refill reminder. One short session per action; the rules are in ``domain/supplies.py``.

The pens a dose takes are not written anywhere: the stock is replayed from the dose log (its
current versions, with the lot the user named when logging, ``lot_number``), so correcting or
deleting a dose, and undoing either, gives the pens back with no extra bookkeeping.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from belimumab_companion.domain import supplies as rules
from belimumab_companion.domain.regimens import Device, Regimen, Route
from belimumab_companion.domain.reminders import Reminder, ReminderKind, ReminderSettings
from belimumab_companion.domain.schedule import PlannedDose
from belimumab_companion.domain.supplies import (
    Coverage,
    DiscardReason,
    Lot,
    SupplyProblem,
)
from belimumab_companion.services.clock import Clock
from belimumab_companion.services.plan_service import PlanService
from belimumab_companion.services.settings_service import SettingsService
from belimumab_companion.services.supplies_facts import Facts, facts_in, last_change_in
from belimumab_companion.services.supplies_types import (
    Delivery,
    DeliveryChange,
    DiscardChange,
    DosePens,
    LotStatus,
    RefillSettings,
    SupplyError,
    SupplyStatus,
)
from belimumab_companion.services.value_checks import check_event, check_text
from belimumab_companion.storage.engine import Sessions
from belimumab_companion.storage.models import ReminderLogRow, SupplyDiscardRow, SupplyLotRow
from belimumab_companion.storage.supply_repository import SupplyRepository, lot_from_row
from belimumab_companion.user_text import QT_TRANSLATE_NOOP

__all__ = [
    "Delivery",
    "DeliveryChange",
    "DiscardChange",
    "DosePens",
    "LotStatus",
    "RefillSettings",
    "SuppliesService",
    "SupplyError",
    "SupplyStatus",
]


class SuppliesService:
    def __init__(
        self,
        sessions: Sessions,
        clock: Clock,
        plans: PlanService,
        settings: SettingsService,
        reminder_settings: Callable[[], ReminderSettings] = ReminderSettings,
    ) -> None:
        self._sessions = sessions
        self._clock = clock
        self._plans = plans
        self._settings = settings
        self._reminder_settings = reminder_settings

    # --- settings --------------------------------------------------------------------------------
    def refill_settings(self) -> RefillSettings:
        return self._settings.load().refills

    def save_refill_settings(self, value: RefillSettings) -> None:
        if not 0 <= value.lead_days <= rules.REFILL_LEAD_DAYS_MAX:
            raise SupplyError(SupplyProblem.LEAD_DAYS_OUT_OF_RANGE)
        if value.refills_left is not None and not 0 <= value.refills_left <= rules.REFILLS_LEFT_MAX:
            raise SupplyError(SupplyProblem.REFILLS_OUT_OF_RANGE)
        check_text(value.pharmacy_phone, QT_TRANSLATE_NOOP("Messages", "the pharmacy's phone"), 40)
        kept = replace(value, pharmacy_phone=" ".join(value.pharmacy_phone.split()))
        self._settings.update(lambda stored: replace(stored, refills=kept))

    # --- deliveries ------------------------------------------------------------------------------
    def _regimen(self) -> tuple[Regimen | None, ZoneInfo]:
        segments = self._plans.segments()
        if not segments:
            return None, ZoneInfo("UTC")
        current = max(segments, key=lambda s: (s.first_dose, s.id))
        return current.regimen, ZoneInfo(current.zone)

    def _today(self) -> date:
        return self._clock().astimezone(self._regimen()[1]).date()

    def _check_delivery(self, delivery: Delivery) -> Delivery:
        regimen, _zone = self._regimen()
        problem = rules.supply_problem_for_plan(regimen, delivery.device)
        if problem is not None:
            raise SupplyError(problem)  # R-03 (IV), R-09 (a child's autoinjector)
        if not rules.COUNT_MIN <= delivery.count <= rules.COUNT_MAX:
            raise SupplyError(SupplyProblem.COUNT_OUT_OF_RANGE)
        lot = " ".join(delivery.lot.split())
        if not lot:
            raise SupplyError(SupplyProblem.LOT_TEXT)
        check_text(lot, QT_TRANSLATE_NOOP("Messages", "the lot number"), rules.LOT_TEXT_MAX)
        check_text(
            delivery.pharmacy,
            QT_TRANSLATE_NOOP("Messages", "the pharmacy's name"),
            rules.PHARMACY_TEXT_MAX,
        )
        check_event(delivery.expires)  # 2000..2100 (domain/bounds.py)
        check_event(delivery.received)
        if delivery.expires < delivery.received:
            raise SupplyError(SupplyProblem.EXPIRES_BEFORE_RECEIVED)
        return Delivery(
            delivery.count,
            delivery.device,
            lot,
            delivery.expires,
            delivery.received,
            " ".join(
                delivery.pharmacy.split()
            ),  # one line, as the window's field (a CLI line break)
        )

    def add_delivery(
        self,
        *,
        count: int,
        device: Device,
        lot: str,
        expires: date,
        received: date | None = None,
        pharmacy: str = "",
    ) -> DeliveryChange:
        """Record a delivery (``received``: today in the plan's zone when not given). Pens already
        past their expiry date are refused (R-27: they must not be used; most often a mistyped
        year)."""
        today = self._today()
        delivery = self._check_delivery(
            Delivery(count, device, lot, expires, received or today, pharmacy)
        )
        if delivery.expires < today:
            raise SupplyError(SupplyProblem.ALREADY_EXPIRED)
        now = self._clock()
        with self._sessions.begin() as session:
            row = SupplyRepository(session).add_lot(
                SupplyLotRow(
                    device=delivery.device,
                    lot=delivery.lot,
                    expires=delivery.expires,
                    received=delivery.received,
                    count=delivery.count,
                    pharmacy=delivery.pharmacy,
                    created_at=now,
                    updated_at=now,
                )
            )
            return DeliveryChange(row.id, None)

    def edit_delivery(self, lot_id: int, delivery: Delivery) -> DeliveryChange:
        """Correct a delivery. Refused when a dose or a pen set aside already counted would lose
        its pen (a received date moved later lets go of the doses before it: they were not from
        it), or when its expiry date is moved into the past (R-27; a delivery that has since
        expired keeps its date through an edit). The change returned carries the earlier values
        (undo)."""
        delivery = self._check_delivery(delivery)
        today = self._today()
        now = self._clock()
        with self._sessions.begin() as session:
            repository = SupplyRepository(session)
            row = repository.lot_row(lot_id)
            if row is None or row.deleted_at is not None:
                raise SupplyError(SupplyProblem.LOT_MISSING)
            before = _delivery(row)
            if delivery.expires < today and delivery.expires != before.expires:
                raise SupplyError(SupplyProblem.ALREADY_EXPIRED)
            self._check_correction(session, lot_id, delivery)
            _write(row, delivery, now)
            return DeliveryChange(lot_id, before)

    def _check_correction(self, session: Session, lot_id: int, delivery: Delivery) -> None:
        """Refuse a correction (an edit, or its undo or redo) that would leave a dose or a pen
        set aside already counted without its pen (``rules.correction_loses_pens``)."""
        lots, uses, discards = self._facts_in(session)
        edited = replace(
            next(lot for lot in lots if lot.id == lot_id),
            count=delivery.count,
            device=delivery.device,
            lot=delivery.lot,
            expires=delivery.expires,
            received=delivery.received,
        )
        if not rules.correction_loses_pens(lots, uses, discards, edited):
            return
        needed = rules.pens_a_correction_needs(lots, uses, discards, edited)
        if needed is None:
            raise SupplyError(SupplyProblem.CORRECTION_LOSES_PENS)
        raise SupplyError(SupplyProblem.FEWER_THAN_USED, needed)

    def delete_delivery(self, lot_id: int) -> DeliveryChange:
        """Take a delivery out (its doses then take pens from other lots, or none); undoable."""
        now = self._clock()
        with self._sessions.begin() as session:
            row = SupplyRepository(session).lot_row(lot_id)
            if row is None or row.deleted_at is not None:
                raise SupplyError(SupplyProblem.LOT_MISSING)
            row.deleted_at = now
            row.updated_at = now
            return DeliveryChange(lot_id, _delivery(row), deleted=True)

    def undo_delivery(self, change: DeliveryChange) -> DeliveryChange:
        """Undo an add (delete it), an edit (the earlier values back) or a delete (restore it).
        Returns the change that would redo it."""
        if change.before is None:
            return self.delete_delivery(change.lot_id)
        now = self._clock()
        with self._sessions.begin() as session:
            row = SupplyRepository(session).lot_row(change.lot_id)
            if row is None:
                raise SupplyError(SupplyProblem.LOT_MISSING)
            if change.deleted:
                row.deleted_at = None
                row.updated_at = now
                return DeliveryChange(change.lot_id, None)
            current = _delivery(row)
            self._check_correction(session, change.lot_id, change.before)
            _write(row, change.before, now)
            return DeliveryChange(change.lot_id, current)

    # --- discards (R-26, R-27) -------------------------------------------------------------------
    def discard(
        self, *, lot: str | int, reason: DiscardReason, count: int = 1, at: datetime | None = None
    ) -> DiscardChange:
        """Set pens of a lot aside as "do not use" (R-26: out of the fridge more than 12 h or
        above 25 °C; R-27: expired, dropped, cloudy, frozen). ``lot``: its id or its number (the
        delivery of that number with pens left, oldest first)."""
        moment = at or self._clock()
        check_event(moment)
        if not rules.COUNT_MIN <= count <= rules.COUNT_MAX:
            raise SupplyError(SupplyProblem.COUNT_OUT_OF_RANGE)
        zone = self._regimen()[1]
        now = self._clock()
        with self._sessions.begin() as session:
            stock = self._stock_in(session)
            lots = SupplyRepository(session).lots()
            if isinstance(lot, int):
                matching = [x for x in lots if x.id == lot]
            else:
                matching = sorted(
                    (x for x in lots if rules.same_lot(x.lot, lot)),
                    key=lambda x: (stock.on_hand.get(x.id, 0) == 0, x.received, x.id),
                )
            if not matching:
                raise SupplyError(SupplyProblem.LOT_MISSING)
            target = matching[0]
            left = stock.on_hand.get(target.id, 0)
            if left == 0:
                raise SupplyError(SupplyProblem.LOT_EMPTY)
            if count > left:
                raise SupplyError(SupplyProblem.MORE_THAN_ON_HAND, left)
            row = SupplyRepository(session).add_discard(
                SupplyDiscardRow(
                    lot_id=target.id,
                    count=count,
                    reason=reason,
                    at=moment,
                    zone=str(zone),
                    created_at=now,
                )
            )
            return DiscardChange(row.id, lot=target.lot)

    def undo_discard(self, change: DiscardChange) -> DiscardChange:
        """Undo setting pens aside (or redo it, for a change that undid one)."""
        now = self._clock()
        with self._sessions.begin() as session:
            row = SupplyRepository(session).discard_row(change.discard_id)
            if row is None:
                raise SupplyError(SupplyProblem.LOT_MISSING)
            before = self._stock_in(session) if change.deleted else None
            row.deleted_at = None if change.deleted else now
            if before is not None:
                # Redo: refused when its pens were used or set aside meanwhile (another process):
                # it would take them back from what was logged since (nothing is changed).
                session.flush()
                after = self._stock_in(session)
                taken = after.discarded.get(row.lot_id, 0) - before.discarded.get(row.lot_id, 0)
                if taken < row.count or after.allocations != before.allocations:
                    raise SupplyError(SupplyProblem.LOT_EMPTY)
            return DiscardChange(change.discard_id, deleted=not change.deleted, lot=change.lot)

    # --- reading ---------------------------------------------------------------------------------
    def _stock_in(self, session: Session) -> rules.Stock:
        lots, uses, discards = self._facts_in(session)
        return rules.replay(lots, uses, discards)

    @staticmethod
    def _facts_in(session: Session) -> Facts:
        return facts_in(session)

    def _offered(
        self, day: date, correcting: tuple[int, int] | None, named: str | None = None
    ) -> tuple[list[Lot], dict[int, int]]:
        """The lots and pens on hand a dose on ``day`` may take. ``correcting``: the logged dose
        being corrected, whose own pens are its to keep, and which takes only the deliveries
        that were there for it (``rules.in_stock_for``)."""
        with self._sessions.read() as session:
            lots, uses, discards = self._facts_in(session)
        stock = rules.replay(lots, uses, discards)
        on_hand = dict(stock.on_hand)
        use = next((u for u in uses if (u.segment_id, u.sequence) == correcting), None)
        if correcting is None or use is None:
            return lots, on_hand
        for lot_id in stock.allocations.get(correcting, ()):
            if lot_id is not None:
                on_hand[lot_id] += 1
        moved = replace(use, day=day, picked_lot=named)
        return [lot for lot in lots if rules.in_stock_for(lot, moved)], on_hand

    def suggested_lot(
        self,
        day: date | None = None,
        device: Device | None = None,
        correcting: tuple[int, int] | None = None,
    ) -> Lot | None:
        """The lot to offer in the dose dialog: the earliest-expiring one (of ``device``, when
        given) with pens left that has not expired (R-27: never an expired one)."""
        day = day or self._today()
        lots, on_hand = self._offered(day, correcting)
        return rules.suggest_lot(lots, on_hand, day, device)

    def named_lot_in_stock(
        self,
        lot: str,
        day: date,
        device: Device | None,
        correcting: tuple[int, int] | None = None,
    ) -> bool:
        """Whether a dose on ``day`` naming ``lot`` would take its pen from it (the dose dialog
        says so as the lot is typed)."""
        lots, on_hand = self._offered(day, correcting, lot)
        return rules.named_lot_in_stock(lots, on_hand, lot, day, device)

    def pens_of_dose(self, segment_id: int, sequence: int) -> DosePens | None:
        """Which pens a logged SubQ dose took, to say after logging it: None when it is not
        logged, took no pen (an infusion, skipped on advice) or no delivery was ever recorded
        (supplies not kept: nothing to say)."""
        with self._sessions.read() as session:
            lots, uses, discards = self._facts_in(session)
        use = next((u for u in uses if (u.segment_id, u.sequence) == (segment_id, sequence)), None)
        if use is None or not lots:
            return None
        stock = rules.replay(lots, uses, discards)
        by_id = {lot.id: lot for lot in lots}
        taken = stock.allocations.get((segment_id, sequence), ())
        chosen = tuple(by_id[i] for i in taken if i is not None)
        named = " ".join(use.picked_lot.split()) if use.picked_lot else None
        return DosePens(
            lots=chosen,
            missing=sum(1 for i in taken if i is None),
            device=use.device,
            named=named or None,
            named_in_stock=any(rules.same_lot(lot.lot, named or "") for lot in chosen),
        )

    def lot_expired(self, lot: str, day: date | None = None) -> bool | None:
        """For the pre-use checklist (R-27): whether the named lot is past its expiry date on
        ``day`` (today in the plan's zone); None when no delivery of that lot is recorded. With
        several deliveries of the same lot number, the one the pens would come from (pens left,
        the oldest first) decides."""
        day = day or self._today()
        with self._sessions.read() as session:
            lots, uses, discards = self._facts_in(session)
        stock = rules.replay(lots, uses, discards)
        matching = sorted(
            (x for x in lots if rules.same_lot(x.lot, lot)),
            key=lambda x: (stock.on_hand.get(x.id, 0) == 0, x.received, x.id),
        )
        return matching[0].expired_on(day) if matching else None

    def status(self, now: datetime | None = None) -> SupplyStatus:
        """On hand, covered until, the next expiry, when the refill reminder fires, each lot."""
        now = now or self._clock()
        refill = self.refill_settings()
        regimen, zone = self._regimen()
        with self._sessions.read() as session:
            lots, uses, discards = self._facts_in(session)
            last_change = self._last_change_in(session)
        stock = rules.replay(lots, uses, discards)
        today = now.astimezone(zone).date()
        lot_states = tuple(
            LotStatus(lot, stock.on_hand.get(lot.id, 0), lot.expired_on(today))
            for lot in sorted(lots, key=rules.lot_order)
        )
        pharmacy = max(lots, key=lambda x: (x.received, x.id)).pharmacy if lots else ""
        new_prescription = refill.refills_left == 0
        if regimen is None or regimen.route is not Route.SUBQ:
            return SupplyStatus(
                False, stock.total, None, None, None, None, None, lot_states, (), refill,
                pharmacy, new_prescription,
            )  # fmt: skip
        coverage = self._coverage(now, lots, stock)
        reminder = rules.refill_reminder(
            coverage, refill.lead_days, refill.refills_left, self._reminder_settings(), last_change
        )
        return SupplyStatus(
            applies=True,
            # in the fridge today: not expired, and received (a delivery dated ahead counts
            # for 'covered until' from its day, not as on hand now)
            on_hand=sum(s.on_hand for s in lot_states if not s.expired and s.lot.received <= today),
            covered_until=coverage.covered_until,
            stop=coverage.stop,
            first_uncovered=coverage.first_uncovered,
            next_expiry=rules.next_expiry(lots, stock.on_hand, today),
            refill_reminder_at=reminder.fire_at if reminder else None,
            lots=lot_states,
            expiring_unused=coverage.expiring_unused,
            refill=refill,
            pharmacy=pharmacy,
            new_prescription_needed=new_prescription,
        )

    def _coverage(self, now: datetime, lots: list[Lot], stock: rules.Stock) -> Coverage:
        """Walk enough of the schedule: every dose takes at least one pen, so the pens on hand
        plus one more dose, at the longest interval, is always far enough."""
        longest = max(
            max(s.regimen.initial_offsets_days[-1], s.regimen.interval_days)
            for s in self._plans.segments()
        )
        through = now.date() + timedelta(days=longest * (stock.total + 2) + 1)
        doses = self._plans.schedule(now, through)
        return rules.covered_until(doses, lots, stock.on_hand)

    def missed_out_of_supply(self, now: datetime | None = None) -> list[PlannedDose]:
        """Missed doses whose day began with no usable pen on hand (the care-team report)."""
        now = now or self._clock()
        with self._sessions.read() as session:
            lots, uses, discards = self._facts_in(session)
        return rules.missed_out_of_supply(
            self._plans.schedule(now, now.date()), lots, uses, discards
        )

    def lots(self) -> list[LotStatus]:
        return list(self.status().lots)

    # --- the refill reminder ---------------------------------------------------------------------
    def reminders(self, now: datetime) -> list[Reminder]:
        """The reminder engine's source (``ReminderService.sources``): the refill reminder, once.
        A refill key that ever fired is not offered again, whatever the clock does."""
        regimen, _zone = self._regimen()
        if regimen is None or regimen.route is not Route.SUBQ:
            return []
        refill = self.refill_settings()
        with self._sessions.read() as session:
            lots, uses, discards = self._facts_in(session)
            last_change = self._last_change_in(session)
            fired = set(
                session.scalars(
                    select(ReminderLogRow.key).where(ReminderLogRow.kind == ReminderKind.REFILL)
                )
            )
        stock = rules.replay(lots, uses, discards)
        reminder = rules.refill_reminder(
            self._coverage(now, lots, stock),
            refill.lead_days,
            refill.refills_left,
            self._reminder_settings(),
            last_change,
        )
        if reminder is None or reminder.key in fired:
            return []
        # where to order from, for the reminder's text: the latest delivery's pharmacy and the
        # phone number from Settings ("\n"-separated after the ask; neither may hold a newline)
        latest = sorted(
            (lot for lot in lots if lot.pharmacy), key=lambda lot: (lot.received, lot.id)
        )
        pharmacy = latest[-1].pharmacy if latest else ""
        detail = "\n".join((reminder.detail, pharmacy, refill.pharmacy_phone)).rstrip("\n")
        return [replace(reminder, detail=detail)]

    @staticmethod
    def _last_change_in(session: Session) -> datetime | None:
        return last_change_in(session)

    # --- export ----------------------------------------------------------------------------------
    def stock_rows(self) -> list[tuple[Lot, int, int]]:
        """Each delivery with its pens on hand and set aside, for the CSV export."""
        with self._sessions.read() as session:
            lots, uses, discards = self._facts_in(session)
        stock = rules.replay(lots, uses, discards)
        return [
            (lot, stock.on_hand.get(lot.id, 0), stock.discarded.get(lot.id, 0))
            for lot in sorted(lots, key=lambda x: (x.received, x.id))
        ]


def _delivery(row: SupplyLotRow) -> Delivery:
    lot = lot_from_row(row)
    return Delivery(lot.count, lot.device, lot.lot, lot.expires, lot.received, lot.pharmacy)


def _write(row: SupplyLotRow, delivery: Delivery, now: datetime) -> None:
    row.count = delivery.count
    row.device = delivery.device
    row.lot = delivery.lot
    row.expires = delivery.expires
    row.received = delivery.received
    row.pharmacy = delivery.pharmacy
    row.updated_at = now
