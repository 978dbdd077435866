"""Red team, issue 22 (after 565e210): a delivery has a day, not a time. One recorded on its
received day serves that day's doses given, or logged, after it was recorded; a dose logged
before it (told "not in stock") is never charged to it; one entered on a later day serves its
whole received day. Each figure below is checked against a count done by hand in the comments.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from belimumab_companion.domain.dose_log import Site
from belimumab_companion.domain.regimens import Device, Indication, Route
from belimumab_companion.domain.reminders import ReminderSettings
from belimumab_companion.domain.supplies import DiscardReason
from belimumab_companion.paths import AppPaths
from belimumab_companion.services.app_services import AppServices, build_services
from belimumab_companion.services.plan_service import PlanInputs
from belimumab_companion.services.supplies_service import Delivery
from testsupport import MovableClock

START = date(2026, 11, 16)  # a Monday
EXPIRES = date(2027, 6, 30)


def utc(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 11, day, hour, minute, tzinfo=UTC)


def _plan(
    services: AppServices,
    *,
    indication: Indication = Indication.SLE,
    zone: str = "UTC",
    first: date = START,
    at: time = time(18),
) -> None:
    services.plans.set_plan(
        PlanInputs(
            indication=indication,
            route=Route.SUBQ,
            birth_date=date(1990, 1, 1),
            first_dose=first,
            time_of_day=at,
            zone=zone,
        )
    )
    services.reminders.save_settings(ReminderSettings(check_ins=False))


def _deliver(services: AppServices, count: int, lot: str, received: date | None = None) -> int:
    return services.supplies.add_delivery(
        count=count, device=Device.AUTOINJECTOR, lot=lot, expires=EXPIRES, received=received
    ).lot_id


def _kept_but_empty(services: AppServices) -> None:
    """Supplies are kept (a delivery was recorded), but no pen is on hand: a dose logged now is
    told "The pen of this dose was not in stock"."""
    _deliver(services, 1, "OLD", START - timedelta(days=6))
    services.supplies.discard(lot="OLD", reason=DiscardReason.DROPPED)
    assert services.supplies.status().on_hand == 0


def _logged_then_delivered(services: AppServices, clock: MovableClock) -> int:
    """The scenario most breaks start from: supplies kept but none on hand, the 18:00 dose of
    Mon 16 Nov logged at 19:00 (told "not in stock"), 4 pens of lot B1 recorded at 20:00 the
    same evening. Returns the delivery's id."""
    _kept_but_empty(services)
    clock.now = utc(16, 19)
    services.plans.log_dose(given_at=utc(16, 18), sites=[Site.THIGH_LEFT])
    clock.now = utc(16, 20)
    return _deliver(services, 4, "B1")


def _on_hand(services: AppServices, lot_id: int) -> int:
    return next(s.on_hand for s in services.supplies.status().lots if s.lot.id == lot_id)


# --- attacks that hold ----------------------------------------------------------------------------


def test_two_deliveries_the_same_day_serve_only_the_doses_logged_after_each(
    data_paths: AppPaths,
) -> None:
    """LN 400 mg (two pens, R-22). A (1 pen) recorded 10:00, the dose given and logged 11:00,
    B (4 pens) recorded 12:00. By hand: the dose takes A's pen and is one short; B keeps 4."""
    clock = MovableClock(utc(16, 10))
    services = build_services(data_paths, clock=clock)
    try:
        _plan(services, indication=Indication.LN, at=time(11))
        a = _deliver(services, 1, "A1")
        clock.now = utc(16, 11)
        services.plans.log_dose(given_at=utc(16, 11), sites=[Site.THIGH_LEFT, Site.THIGH_RIGHT])
        clock.now = utc(16, 12)
        b = _deliver(services, 4, "B1")
        pens = services.supplies.pens_of_dose(services.plans.segments()[0].id, 1)
        assert pens is not None and pens.missing == 1 and [x.id for x in pens.lots] == [a]
        assert (_on_hand(services, a), _on_hand(services, b)) == (0, 4)
        status = services.supplies.status()
        # B's 4 pens: the 23 Nov and 30 Nov loading doses (2 + 2), nothing for 7 Dec
        assert status.on_hand == 4 and status.covered_until == date(2026, 11, 30)
    finally:
        services.close()


def test_a_discard_on_the_deliverys_day_before_it_was_recorded_takes_its_pen(
    data_paths: AppPaths,
) -> None:
    """A set-aside names its lot: its time of day does not matter. 4 delivered, one dropped
    (told at 09:00, recorded at 10:05), the 18:00 dose logged at 19:00: 2 left."""
    clock = MovableClock(utc(16, 10))
    services = build_services(data_paths, clock=clock)
    try:
        _plan(services)
        lot = _deliver(services, 4, "B1")
        clock.now = utc(16, 10, 5)
        services.supplies.discard(lot="B1", reason=DiscardReason.DROPPED, at=utc(16, 9))
        clock.now = utc(16, 19)
        services.plans.log_dose(given_at=utc(16, 18), sites=[Site.THIGH_LEFT])
        assert _on_hand(services, lot) == 2
        assert services.supplies.status().covered_until == date(2026, 11, 30)  # 23, 30 Nov
    finally:
        services.close()


def test_editing_the_count_of_a_delivery_not_charged_for_an_earlier_dose(
    data_paths: AppPaths,
) -> None:
    """The dose logged before the delivery did not take its pen, so the delivery gave none:
    its count may go down to 1. Moved to the day before, it serves the dose (entered late)."""
    clock = MovableClock(utc(16, 16))
    services = build_services(data_paths, clock=clock)
    try:
        _plan(services)
        lot = _logged_then_delivered(services, clock)
        services.supplies.edit_delivery(lot, Delivery(1, Device.AUTOINJECTOR, "B1", EXPIRES, START))
        assert _on_hand(services, lot) == 1
        services.supplies.edit_delivery(
            lot, Delivery(2, Device.AUTOINJECTOR, "B1", EXPIRES, START - timedelta(days=1))
        )
        assert _on_hand(services, lot) == 1  # 2, one to the 16 Nov dose
    finally:
        services.close()


def test_a_delivery_recorded_just_before_midnight_and_one_entered_just_after(
    data_paths: AppPaths,
) -> None:
    """23:50: recorded on its day, the 23:55 dose takes it. Next day 00:05, entered with
    yesterday as its day: it serves yesterday's 23:58 dose logged at 23:59 (entered late)."""
    clock = MovableClock(utc(16, 23, 50))
    services = build_services(data_paths, clock=clock)
    try:
        _plan(services, at=time(23, 30))
        _kept_but_empty(services)
        first = _deliver(services, 1, "B1")
        clock.now = utc(16, 23, 56)
        services.plans.log_dose(given_at=utc(16, 23, 55), sites=[Site.THIGH_LEFT])
        assert _on_hand(services, first) == 0
        clock.now = utc(23, 23, 59)
        services.plans.log_dose(given_at=utc(23, 23, 58), sites=[Site.THIGH_LEFT])
        clock.now = utc(24, 0, 5)
        late = _deliver(services, 3, "C1", date(2026, 11, 23))
        pens = services.supplies.pens_of_dose(services.plans.segments()[0].id, 2)
        assert pens is not None and pens.missing == 0
        assert _on_hand(services, late) == 2
    finally:
        services.close()


def test_undo_of_a_deleted_dose_logged_before_the_delivery_keeps_it_uncharged(
    data_paths: AppPaths,
) -> None:
    """Undo brings back the dose as it was (logged before the delivery): still not charged."""
    clock = MovableClock(utc(16, 16))
    services = build_services(data_paths, clock=clock)
    try:
        _plan(services)
        lot = _logged_then_delivered(services, clock)
        record = services.plans.dose_record(services.plans.segments()[0].id, 1)
        assert record is not None
        clock.now = utc(16, 21)
        change = services.plans.delete_dose(record.id)
        assert _on_hand(services, lot) == 4
        clock.now = utc(16, 22)
        services.plans.undo(change)
        assert _on_hand(services, lot) == 4
    finally:
        services.close()


# --- breaks ---------------------------------------------------------------------------------------


def test_a_dose_logged_before_the_first_delivery_ever_was_told_nothing_and_takes_its_pen(
    data_paths: AppPaths,
) -> None:
    """The first evening with the app: the 18:00 dose is logged at 19:00 (no supplies kept yet,
    the dialog says nothing of pens), then the box that came this morning is recorded: 4 pens,
    one of them just used. By hand: 3 in the fridge."""
    clock = MovableClock(utc(16, 19))
    services = build_services(data_paths, clock=clock)
    try:
        _plan(services)
        services.plans.log_dose(given_at=utc(16, 18), sites=[Site.THIGH_LEFT])
        assert services.supplies.pens_of_dose(services.plans.segments()[0].id, 1) is None
        clock.now = utc(16, 19, 30)
        _deliver(services, 4, "B1")
        assert services.supplies.status().on_hand == 3
        pens = services.supplies.pens_of_dose(services.plans.segments()[0].id, 1)
        assert pens is not None and pens.missing == 0
    finally:
        services.close()


def test_a_dose_deleted_and_logged_again_after_the_delivery_takes_the_pen_offered(
    data_paths: AppPaths,
) -> None:
    """Logged at 19:00 with no pen on hand (told "not in stock"), the delivery recorded at
    20:00, the dose deleted and logged afresh at 21:00: the dialog offered lot B1 then, so the
    new entry takes a B1 pen ("Pen used: lot B1"), and the stock says 3 of 4."""
    clock = MovableClock(utc(16, 16))
    services = build_services(data_paths, clock=clock)
    try:
        _plan(services)
        lot = _logged_then_delivered(services, clock)
        segment = services.plans.segments()[0].id
        record = services.plans.dose_record(segment, 1)
        assert record is not None
        clock.now = utc(16, 21)
        services.plans.delete_dose(record.id)
        offered = services.supplies.suggested_lot(START, Device.AUTOINJECTOR)
        assert offered is not None and offered.lot == "B1"
        assert services.supplies.named_lot_in_stock("B1", START, Device.AUTOINJECTOR)
        services.plans.log_dose(
            given_at=utc(16, 18), sites=[Site.THIGH_LEFT], device="autoinjector", lot_number="B1"
        )
        pens = services.supplies.pens_of_dose(segment, 1)
        assert pens is not None and pens.missing == 0 and pens.named_in_stock
        assert _on_hand(services, lot) == 3
    finally:
        services.close()


def test_a_new_plan_in_another_zone_does_not_rewrite_which_doses_a_delivery_served(
    data_paths: AppPaths,
) -> None:
    """Tokyo: the 07:30 dose of Mon 16 Nov logged at 07:35 with no pen on hand ("not in
    stock"), the delivery of 4 recorded at 08:00 the same morning. A week later the plan moves
    to London: in London's clock the delivery was recorded on Sun 15 Nov, but it was still
    recorded after that dose was logged: 4 on hand, before and after."""
    tokyo = ZoneInfo("Asia/Tokyo")
    clock = MovableClock(datetime(2026, 11, 16, 7, 0, tzinfo=tokyo))
    services = build_services(data_paths, clock=clock)
    try:
        _plan(services, zone="Asia/Tokyo", at=time(7, 30))
        _kept_but_empty(services)
        clock.now = datetime(2026, 11, 16, 7, 35, tzinfo=tokyo)
        services.plans.log_dose(
            given_at=datetime(2026, 11, 16, 7, 30, tzinfo=tokyo), sites=[Site.THIGH_LEFT]
        )
        clock.now = datetime(2026, 11, 16, 8, 0, tzinfo=tokyo)
        lot = _deliver(services, 4, "B1")
        assert _on_hand(services, lot) == 4
        clock.now = datetime(2026, 11, 18, 9, 0, tzinfo=tokyo)
        _plan(services, zone="Europe/London", first=date(2026, 11, 23), at=time(7, 30))
        assert _on_hand(services, lot) == 4
        pens = services.supplies.pens_of_dose(services.plans.segments()[0].id, 1)
        assert pens is not None and pens.missing == 1
    finally:
        services.close()


def test_correcting_a_dose_logged_before_the_delivery_is_not_offered_its_pens(
    data_paths: AppPaths,
) -> None:
    """The correction dialog agrees with the stock: the dose was logged before the delivery
    (told "not in stock"), so the delivery's lot is not offered for it; a correction that names
    the lot says the pen came from it (the user had it in hand), and then it is counted
    (3 on hand, by hand: 4 delivered, 1 used)."""
    clock = MovableClock(utc(16, 16))
    services = build_services(data_paths, clock=clock)
    try:
        _plan(services)
        lot = _logged_then_delivered(services, clock)
        segment = services.plans.segments()[0].id
        device = Device.AUTOINJECTOR
        assert services.supplies.suggested_lot(START, device, (segment, 1)) is None
        assert _on_hand(services, lot) == 4
        assert services.supplies.named_lot_in_stock("B1", START, device, (segment, 1))
        assert services.supplies.named_lot_in_stock("B1", START, device)  # a new dose: yes
        record = services.plans.dose_record(segment, 1)
        assert record is not None
        clock.now = utc(16, 21)
        services.plans.edit_dose(
            record.id, given_at=utc(16, 18), sites=[Site.THIGH_LEFT], amount_mg=200,
            given_by="self", device="autoinjector", lot_number="B1",
        )  # fmt: skip
        pens = services.supplies.pens_of_dose(segment, 1)
        assert pens is not None and pens.missing == 0 and pens.named_in_stock
        assert _on_hand(services, lot) == 3
    finally:
        services.close()


def test_a_backup_restored_keeps_which_doses_a_same_day_delivery_served(
    data_paths: AppPaths,
) -> None:
    """The times that decide it (when the delivery was recorded, when the dose was first
    logged) travel in the backup: restored on a later day, the dose told "not in stock" is
    still not charged (4 on hand), and the one logged after the delivery still is."""
    from belimumab_companion.services.backup_service import BackupService

    clock = MovableClock(utc(16, 16))
    services = build_services(data_paths, clock=clock)
    _plan(services, indication=Indication.LN)  # two pens a dose
    _kept_but_empty(services)
    clock.now = utc(16, 19)
    services.plans.log_dose(given_at=utc(16, 18), sites=[Site.THIGH_LEFT, Site.THIGH_RIGHT])
    clock.now = utc(16, 20)
    lot = _deliver(services, 6, "B1")
    clock.now = utc(23, 19)
    services.plans.log_dose(given_at=utc(23, 18), sites=[Site.THIGH_LEFT, Site.THIGH_RIGHT])
    assert _on_hand(services, lot) == 4  # 6, 2 to 23 Nov, none to 16 Nov
    backups = BackupService(data_paths, clock, release_database=services.close)
    backup = backups.back_up_now()
    services.supplies.delete_delivery(lot)
    services.close()
    clock.now = utc(25, 9)
    backups.restore(backup.path)
    services = build_services(data_paths, clock=clock)
    try:
        assert _on_hand(services, lot) == 4
        pens = services.supplies.pens_of_dose(services.plans.segments()[0].id, 1)
        assert pens is not None and pens.missing == 2
    finally:
        services.close()


def test_a_delivery_undone_and_redone_serves_a_dose_given_after_it_was_first_recorded(
    data_paths: AppPaths,
) -> None:
    """Recorded 10:00, undone by mistake 10:05, the 10:10 dose logged then ("not in stock": the
    delivery was out of the record), the delivery redone 10:15. Its box was there from 10:00,
    so the dose given at 10:10 took one of its pens: 3 of 4."""
    clock = MovableClock(utc(16, 9))
    services = build_services(data_paths, clock=clock)
    try:
        _plan(services, at=time(10))
        _kept_but_empty(services)
        clock.now = utc(16, 10)
        change = services.supplies.add_delivery(
            count=4, device=Device.AUTOINJECTOR, lot="B1", expires=EXPIRES
        )
        clock.now = utc(16, 10, 5)
        redo = services.supplies.undo_delivery(change)
        clock.now = utc(16, 10, 10)
        services.plans.log_dose(given_at=utc(16, 10, 10), sites=[Site.THIGH_LEFT])
        segment = services.plans.segments()[0].id
        told = services.supplies.pens_of_dose(segment, 1)
        assert told is not None and told.missing == 1
        clock.now = utc(16, 10, 15)
        services.supplies.undo_delivery(redo)
        pens = services.supplies.pens_of_dose(segment, 1)
        assert pens is not None and pens.missing == 0
        assert _on_hand(services, change.lot_id) == 3
    finally:
        services.close()


def test_a_dose_logged_with_the_clock_set_back_takes_the_lot_the_dialog_offered(
    data_paths: AppPaths,
) -> None:
    """The delivery recorded at 10:00, the clock then set back to 09:00 and the 09:00 dose
    logged naming the lot the dialog offered: by the clocks it was logged before the delivery,
    but it names the delivery's lot, so its pen was in hand and it is charged."""
    clock = MovableClock(utc(16, 8))
    services = build_services(data_paths, clock=clock)
    try:
        _plan(services, at=time(9))
        _kept_but_empty(services)
        clock.now = utc(16, 10)
        lot = _deliver(services, 4, "B1")
        clock.now = utc(16, 9)  # the computer's clock set back an hour
        offered = services.supplies.suggested_lot(START, Device.AUTOINJECTOR)
        assert offered is not None and offered.lot == "B1"
        services.plans.log_dose(
            given_at=utc(16, 9), sites=[Site.THIGH_LEFT], device="autoinjector", lot_number="B1"
        )
        pens = services.supplies.pens_of_dose(services.plans.segments()[0].id, 1)
        assert pens is not None and pens.missing == 0
        assert _on_hand(services, lot) == 3
    finally:
        services.close()


def test_a_dose_given_while_travelling_is_placed_by_the_plans_zone(
    data_paths: AppPaths,
) -> None:
    """A Madrid plan; the delivery recorded at 23:30 Madrid time on its day. In New York the
    dose is given at 17:40 (23:40 in Madrid, the same day, after the delivery): it takes a pen.
    The next week's dose, given at 17:10 New York time on the day of a delivery recorded at
    23:30 Madrid, and logged at 17:15 (23:15 in Madrid) before it: not charged to it."""
    madrid, new_york = ZoneInfo("Europe/Madrid"), ZoneInfo("America/New_York")
    clock = MovableClock(datetime(2026, 11, 16, 9, 0, tzinfo=madrid))
    services = build_services(data_paths, clock=clock)
    try:
        _plan(services, zone="Europe/Madrid", at=time(18))
        _kept_but_empty(services)
        clock.now = datetime(2026, 11, 16, 23, 30, tzinfo=madrid)
        first = _deliver(services, 1, "B1")
        clock.now = datetime(2026, 11, 16, 17, 41, tzinfo=new_york)
        services.plans.log_dose(
            given_at=datetime(2026, 11, 16, 17, 40, tzinfo=new_york), sites=[Site.THIGH_LEFT]
        )
        assert _on_hand(services, first) == 0
        clock.now = datetime(2026, 11, 23, 17, 15, tzinfo=new_york)
        services.plans.log_dose(
            given_at=datetime(2026, 11, 23, 17, 10, tzinfo=new_york), sites=[Site.THIGH_RIGHT]
        )
        clock.now = datetime(2026, 11, 23, 23, 30, tzinfo=madrid)
        second = _deliver(services, 4, "C1")
        pens = services.supplies.pens_of_dose(services.plans.segments()[0].id, 2)
        assert pens is not None and pens.missing == 1
        assert _on_hand(services, second) == 4
    finally:
        services.close()
