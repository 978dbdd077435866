"""Issue 22, the red team's findings on the supplies service, with its real SQLite file: a
delivery already past its expiry date is refused (R-27: such a pen cannot be used); a dose takes a
pen of its own device only; a lot named at logging that is not in stock is said, with the pen
counted instead; a pen set aside names the lot as stored; the pens a dose took can be read back."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, time

import pytest

from belimumab_companion.domain.dose_log import Site
from belimumab_companion.domain.regimens import Device, Indication, Route
from belimumab_companion.domain.reminders import ReminderSettings
from belimumab_companion.domain.supplies import DiscardReason
from belimumab_companion.paths import AppPaths
from belimumab_companion.services.app_services import AppServices, build_services
from belimumab_companion.services.plan_service import PlanInputs
from belimumab_companion.services.supplies_service import Delivery, SupplyError
from testsupport import MovableClock

START = date(2026, 11, 16)  # a Monday; doses at 18:00 Berlin (17:00 UTC)


@pytest.fixture
def clock() -> MovableClock:
    return MovableClock(datetime(2026, 11, 16, 17, 0, tzinfo=UTC))


@pytest.fixture
def services(data_paths: AppPaths, clock: MovableClock) -> Iterator[AppServices]:
    built = build_services(data_paths, clock=clock)
    built.plans.set_plan(
        PlanInputs(
            indication=Indication.SLE,
            route=Route.SUBQ,
            birth_date=date(1990, 1, 1),
            first_dose=START,
            time_of_day=time(18),
            zone="Europe/Berlin",
        )
    )
    built.reminders.save_settings(ReminderSettings(check_ins=False))
    yield built
    built.close()


def _deliver(services: AppServices, count: int, lot: str, device: Device, expires: date) -> int:
    return services.supplies.add_delivery(
        count=count, device=device, lot=lot, expires=expires, received=START
    ).lot_id


def test_a_delivery_already_past_its_expiry_date_is_refused(services: AppServices) -> None:
    with pytest.raises(SupplyError) as refused:  # received long ago, expired last week
        services.supplies.add_delivery(
            count=4, device=Device.AUTOINJECTOR, lot="OLD", expires=date(2026, 11, 9),
            received=date(2026, 6, 1),
        )  # fmt: skip
    assert refused.value.code == "already-expired"
    assert "already past" in str(refused.value)
    assert services.supplies.status().lots == ()
    # its last day is today: still usable (R-27: a pen is expired the day after)
    lot_id = _deliver(services, 2, "TODAY", Device.AUTOINJECTOR, START)
    assert services.supplies.status().on_hand == 2
    # an edit that moves the expiry date into the past is refused; one that leaves an expired
    # delivery's date as it was (a pharmacy name corrected later) is not
    with pytest.raises(SupplyError):
        services.supplies.edit_delivery(
            lot_id, Delivery(2, Device.AUTOINJECTOR, "TODAY", date(2026, 11, 15), START)
        )


def test_correcting_a_delivery_that_has_since_expired_is_allowed(
    services: AppServices, clock: MovableClock
) -> None:
    lot_id = _deliver(services, 2, "A1", Device.AUTOINJECTOR, date(2026, 11, 20))
    clock.now = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)  # A1 expired on 21 Nov
    services.supplies.edit_delivery(
        lot_id, Delivery(2, Device.AUTOINJECTOR, "A1", date(2026, 11, 20), START, "Farmacia Sol")
    )
    assert services.supplies.status().lots[0].lot.pharmacy == "Farmacia Sol"


def test_a_syringe_dose_never_takes_an_autoinjector(services: AppServices) -> None:
    _deliver(services, 3, "PEN1", Device.AUTOINJECTOR, date(2027, 1, 31))
    services.plans.log_dose(
        given_at=datetime(2026, 11, 16, 17, 0, tzinfo=UTC), sites=[Site.THIGH_LEFT],
        device="prefilled-syringe",
    )  # fmt: skip
    assert services.supplies.status().on_hand == 3  # nothing taken
    pens = services.supplies.pens_of_dose(1, 1)
    assert pens is not None and pens.lots == () and pens.missing == 1
    assert pens.device is Device.PREFILLED_SYRINGE
    syringe = _deliver(services, 1, "SYR1", Device.PREFILLED_SYRINGE, date(2027, 6, 30))
    pens = services.supplies.pens_of_dose(1, 1)
    assert pens is not None and [lot.id for lot in pens.lots] == [syringe] and pens.missing == 0
    assert services.supplies.status().on_hand == 3
    suggested = services.supplies.suggested_lot(START, Device.PREFILLED_SYRINGE)
    assert suggested is None  # the only syringe went to dose 1


def test_a_lot_named_that_is_not_in_stock_is_said_with_the_pen_counted(
    services: AppServices,
) -> None:
    _deliver(services, 3, "AB123", Device.AUTOINJECTOR, date(2027, 1, 31))
    services.plans.log_dose(
        given_at=datetime(2026, 11, 16, 17, 0, tzinfo=UTC), sites=[Site.THIGH_LEFT],
        lot_number="UNKNOWN",
    )  # fmt: skip
    pens = services.supplies.pens_of_dose(1, 1)
    assert pens is not None and pens.named == "UNKNOWN" and not pens.named_in_stock
    assert [lot.lot for lot in pens.lots] == ["AB123"]
    assert services.supplies.named_lot_in_stock("ab123", START, Device.AUTOINJECTOR)
    assert not services.supplies.named_lot_in_stock("UNKNOWN", START, None)


def test_the_pens_of_a_dose_say_nothing_before_any_delivery(services: AppServices) -> None:
    services.plans.log_dose(
        given_at=datetime(2026, 11, 16, 17, 0, tzinfo=UTC), sites=[Site.THIGH_LEFT]
    )
    assert services.supplies.pens_of_dose(1, 1) is None  # supplies not kept: nothing to say
    assert services.supplies.pens_of_dose(1, 2) is None  # not logged


def test_a_pen_set_aside_names_the_lot_as_stored(services: AppServices) -> None:
    _deliver(services, 2, "BIG", Device.AUTOINJECTOR, date(2027, 1, 31))
    change = services.supplies.discard(lot=" big ", reason=DiscardReason.DROPPED)
    assert change.lot == "BIG"


def test_the_pens_of_a_dose_in_words() -> None:
    from belimumab_companion.domain.supplies import Lot
    from belimumab_companion.services.supplies_types import DosePens
    from belimumab_companion.text.supplies import dose_pens_text

    a = Lot(1, Device.AUTOINJECTOR, "A1", date(2027, 1, 1), START, 4)
    b = Lot(2, Device.AUTOINJECTOR, "B2", date(2027, 2, 1), START, 4)

    def said(*args: object) -> str:
        return " ".join(str(t) for t in dose_pens_text(DosePens(*args)))  # type: ignore[arg-type]

    assert said((a, a), 0, None, None, False) == "Pens used: both from lot A1."
    assert said((a, b), 0, None, "a1", True) == "Pens used: lot A1 and lot B2."  # a1 was on hand
    assert said((a,), 1, Device.AUTOINJECTOR, None, False) == (
        "Pen used: lot A1. The second pen of this dose was not in stock."
    )
    assert said((), 1, None, "ZZ", False) == (
        "Lot ZZ is not among your pens on hand. No pen was in stock: none was counted."
    )
    assert said((a, b), 0, None, "ZZ", False) == (
        "Lot ZZ is not among your pens on hand: counted pens of lots A1 and B2."
    )
    assert dose_pens_text(None) == ()
