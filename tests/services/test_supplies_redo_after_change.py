"""Red team, issue 22: a redo must not rewrite what happened in between. A pen set aside, the
set-aside undone, the pen then used for a dose (another process, the CLI), and the set-aside
redone: the redo would take the pen back from the dose already logged with it (the dose would
then say "no pen from stock"). It is refused instead, and nothing changes."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import pytest

from belimumab_companion.domain.dose_log import Site
from belimumab_companion.domain.regimens import Device, Indication, Route
from belimumab_companion.domain.reminders import ReminderSettings
from belimumab_companion.domain.supplies import DiscardReason
from belimumab_companion.paths import AppPaths
from belimumab_companion.services.app_services import AppServices, build_services
from belimumab_companion.services.plan_service import PlanInputs
from belimumab_companion.services.supplies_service import SupplyError
from testsupport import MovableClock

START = date(2026, 11, 16)  # a Monday


def utc(day: int, hour: int) -> datetime:
    return datetime(2026, 11, day, hour, 0, tzinfo=UTC)


def open_services(paths: AppPaths, clock: MovableClock) -> AppServices:
    return build_services(paths, clock=clock)


def plan(services: AppServices) -> None:
    services.plans.set_plan(
        PlanInputs(
            indication=Indication.SLE,
            route=Route.SUBQ,
            birth_date=date(1990, 1, 1),
            first_dose=START,
            time_of_day=time(18),
            zone="UTC",
        )
    )
    services.reminders.save_settings(ReminderSettings(check_ins=False))


def deliver(services: AppServices, count: int, lot: str, expires: date, received: date) -> int:
    return services.supplies.add_delivery(
        count=count, device=Device.AUTOINJECTOR, lot=lot, expires=expires, received=received
    ).lot_id


def test_redo_of_a_set_aside_is_refused_when_its_pen_was_used_meanwhile(
    data_paths: AppPaths,
) -> None:
    clock = MovableClock(utc(16, 16))
    window = open_services(data_paths, clock)
    plan(window)
    lot = deliver(window, 1, "L1", date(2027, 6, 30), START)
    discard = window.supplies.discard(lot="L1", reason=DiscardReason.DROPPED)
    redo = window.supplies.undo_discard(discard)  # Ctrl+Z: the pen is back
    assert window.supplies.status().on_hand == 1
    # Another process (the CLI) logs the dose with that pen.
    clock.now = utc(16, 18)
    cli = open_services(data_paths, clock)
    cli.plans.log_dose(given_at=utc(16, 17), sites=[Site.THIGH_LEFT], lot_number="L1")
    pens = cli.supplies.pens_of_dose(1, 1)
    assert pens is not None and pens.missing == 0
    cli.close()
    # Ctrl+Shift+Z in the window: the pen is gone; setting it aside again is refused.
    with pytest.raises(SupplyError) as refused:
        window.supplies.undo_discard(redo)
    assert refused.value.code == "lot-empty"
    pens = window.supplies.pens_of_dose(1, 1)
    assert pens is not None and pens.missing == 0, "the dose lost its pen to the redone set-aside"
    status = {s.lot.id: s for s in window.supplies.status().lots}
    assert status[lot].on_hand == 0
    window.close()


def test_on_hand_leaves_out_a_delivery_not_received_yet(data_paths: AppPaths) -> None:
    clock = MovableClock(utc(16, 16))
    services = open_services(data_paths, clock)
    plan(services)
    deliver(services, 1, "A1", date(2027, 6, 30), START)
    deliver(services, 1, "F1", date(2029, 12, 31), date(2028, 1, 1))  # `--received 2028-01-01`
    try:
        assert services.supplies.status().on_hand == 1  # an independent count: only A1 is here
    finally:
        services.close()


def test_a_delivery_recorded_after_a_dose_short_of_a_pen_is_not_charged_for_it(
    data_paths: AppPaths,
) -> None:
    clock = MovableClock(utc(16, 16))
    services = open_services(data_paths, clock)
    _ln_plan_with_one_pen(services)
    clock.now = utc(16, 18)
    services.plans.log_dose(given_at=utc(16, 17), sites=[Site.THIGH_LEFT, Site.THIGH_RIGHT])
    pens = services.supplies.pens_of_dose(1, 1)
    assert pens is not None and pens.missing == 1  # said: "The second pen ... was not in stock."
    clock.now = utc(16, 20)
    deliver(services, 4, "B1", date(2027, 6, 30), START)  # arrives that evening
    try:
        assert services.supplies.status().on_hand == 4
    finally:
        services.close()


def _ln_plan_with_one_pen(services: AppServices) -> None:
    services.plans.set_plan(
        PlanInputs(
            indication=Indication.LN,  # the 400 mg loading doses take two pens
            route=Route.SUBQ,
            birth_date=date(1990, 1, 1),
            first_dose=START,
            time_of_day=time(18),
            zone="UTC",
        )
    )
    deliver(services, 1, "A1", date(2027, 6, 30), START)


def test_a_dose_logged_after_the_days_delivery_was_recorded_takes_its_pens(
    data_paths: AppPaths,
) -> None:
    """The evening's usual order: the delivery recorded first, then the dose given at noon
    from it. The dose dialog offered the delivery's pens, so the dose takes them."""
    clock = MovableClock(utc(16, 8))
    services = open_services(data_paths, clock)
    try:
        _ln_plan_with_one_pen(services)
        clock.now = utc(16, 20)
        deliver(services, 4, "B1", date(2027, 6, 30), START)
        clock.now = utc(16, 21)
        services.plans.log_dose(
            given_at=utc(16, 12), sites=[Site.THIGH_LEFT, Site.THIGH_RIGHT], lot_number="B1"
        )
        pens = services.supplies.pens_of_dose(1, 1)
        assert pens is not None and pens.missing == 0
        assert services.supplies.status().on_hand == 3  # 1 + 4 delivered, 2 used
    finally:
        services.close()


def test_correcting_a_dose_short_of_a_pen_after_the_delivery_keeps_it_short(
    data_paths: AppPaths,
) -> None:
    """A correction does not re-log the dose: it was logged before the delivery, so the
    delivery is still not charged for the pen it was told was not in stock."""
    clock = MovableClock(utc(16, 16))
    services = open_services(data_paths, clock)
    try:
        _ln_plan_with_one_pen(services)
        clock.now = utc(16, 18)
        services.plans.log_dose(given_at=utc(16, 17), sites=[Site.THIGH_LEFT, Site.THIGH_RIGHT])
        clock.now = utc(16, 20)
        deliver(services, 4, "B1", date(2027, 6, 30), START)
        segment_id = services.plans.segments()[0].id
        record = services.plans.dose_record(segment_id, 1)
        assert record is not None
        clock.now = utc(16, 21)
        services.plans.edit_dose(
            record.id,
            given_at=utc(16, 17),
            sites=[Site.THIGH_LEFT, Site.THIGH_RIGHT],
            amount_mg=400,
            given_by="self",
            notes="second pen came in the evening",
        )
        assert services.supplies.status().on_hand == 4
    finally:
        services.close()


def test_a_delivery_entered_a_day_late_counts_from_the_start_of_its_day(
    data_paths: AppPaths,
) -> None:
    """Recorded the next day with yesterday as its received day: its pens were there all of
    yesterday, so yesterday's dose, logged before it was entered, took them."""
    clock = MovableClock(utc(16, 16))
    services = open_services(data_paths, clock)
    try:
        _ln_plan_with_one_pen(services)
        clock.now = utc(16, 18)
        services.plans.log_dose(given_at=utc(16, 17), sites=[Site.THIGH_LEFT, Site.THIGH_RIGHT])
        clock.now = utc(17, 9)
        deliver(services, 4, "B1", date(2027, 6, 30), START)
        pens = services.supplies.pens_of_dose(1, 1)
        assert pens is not None and pens.missing == 0
        assert services.supplies.status().on_hand == 3
    finally:
        services.close()
