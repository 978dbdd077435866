"""Red team (s5): corrections of a delivery a first check (the pens it gave, counted before the
edit) accepted, and what they left behind: a pen set aside uncounted, a dose's pen taken by
another dose, a redo written unchecked. Each must now be refused or leave every pen counted
(``rules.correction_loses_pens``); real SQLite through the services."""

from __future__ import annotations

import contextlib
from datetime import date

from belimumab_companion.domain.dose_log import Site
from belimumab_companion.domain.regimens import Device
from belimumab_companion.domain.supplies import DiscardReason
from belimumab_companion.paths import AppPaths
from belimumab_companion.services.supplies_service import Delivery, SupplyError
from services.test_supplies_service import START, deliver, open_services, plan, utc
from testsupport import MovableClock


def test_an_accepted_edit_keeps_every_recorded_discard_counted(data_paths: AppPaths) -> None:
    """Lot A (2 pens) arrives on 20 Nov and both are set aside on 21 Nov; the 16 Nov dose took
    a pen of lot B. Correcting A's received date to 16 Nov and its expiry to before B's is
    accepted (A "keeps" its 2 set-aside pens), but the replay then gives the 16 Nov dose a pen of
    A, and only 1 of the 2 recorded set-aside pens is counted: the fridge holds 4, status 5."""
    clock = MovableClock(utc(2026, 11, 16, 18, 0))
    services = open_services(data_paths, clock)
    plan(services)
    b = deliver(services, 5, "B2", date(2027, 6, 30), START)
    services.plans.log_dose(given_at=utc(2026, 11, 16, 17, 30), sites=[Site.THIGH_LEFT])
    clock.now = utc(2026, 11, 20, 10, 0)
    a = deliver(services, 2, "A1", date(2027, 6, 30), date(2026, 11, 20))
    clock.now = utc(2026, 11, 21, 10, 0)
    services.supplies.discard(lot=a, reason=DiscardReason.DROPPED, count=2)
    rows = {lot.id: (on_hand, aside) for lot, on_hand, aside in services.supplies.stock_rows()}
    assert rows == {b: (4, 0), a: (0, 2)}
    assert services.supplies.status().on_hand == 4
    clock.now = utc(2026, 11, 22, 10, 0)
    with contextlib.suppress(SupplyError):  # refused is right too (actual: accepted)
        services.supplies.edit_delivery(
            a, Delivery(2, Device.AUTOINJECTOR, "A1", date(2027, 1, 31), START, "")
        )
    rows = {lot.id: (on_hand, aside) for lot, on_hand, aside in services.supplies.stock_rows()}
    # 7 pens delivered, 1 used, 2 set aside: 4 in the fridge, whatever lot the dose is put on.
    assert sum(on_hand for on_hand, _ in rows.values()) == 4, rows
    assert sum(aside for _, aside in rows.values()) == 2, rows
    services.close()


def test_a_received_date_moved_past_a_discard_keeps_it_counted(data_paths: AppPaths) -> None:
    """Lot A (3 pens, received 16 Nov), 1 set aside on 18 Nov. Correcting its received date to
    20 Nov is accepted (no dose took from it), but the set-aside pen then happens "before" the
    delivery and is no longer counted: on hand 3, while 1 of the 3 pens was thrown away."""
    clock = MovableClock(utc(2026, 11, 16, 18, 0))
    services = open_services(data_paths, clock)
    plan(services)
    services.plans.log_dose(given_at=utc(2026, 11, 16, 17, 30), sites=[Site.THIGH_LEFT])
    clock.now = utc(2026, 11, 18, 10, 0)
    a = deliver(services, 3, "A1", date(2027, 6, 30), date(2026, 11, 17))
    services.supplies.discard(lot=a, reason=DiscardReason.DROPPED)
    assert services.supplies.status().on_hand == 2
    clock.now = utc(2026, 11, 21, 10, 0)
    with contextlib.suppress(SupplyError):  # refused is right too (actual: accepted)
        services.supplies.edit_delivery(
            a, Delivery(3, Device.AUTOINJECTOR, "A1", date(2027, 6, 30), date(2026, 11, 20), "")
        )
    rows = {lot.id: (on_hand, aside) for lot, on_hand, aside in services.supplies.stock_rows()}
    assert rows == {a: (2, 1)}
    services.close()


def test_an_accepted_edit_does_not_take_the_pen_of_a_dose_it_kept(data_paths: AppPaths) -> None:
    """Prefilled syringes A (1, expires June) and autoinjectors B (1, expires January). The
    16 Nov dose logged with no device takes B (earliest expiry); the 23 Nov dose logged with a
    prefilled syringe takes A. Correcting A's expiry to 31 Dec is accepted: A "keeps" its pen
    for the 23 Nov dose (not expired then). But the replay then gives that pen to the 16 Nov
    dose, and the 23 Nov syringe dose is left with no pen from stock."""
    clock = MovableClock(utc(2026, 11, 16, 18, 0))
    services = open_services(data_paths, clock)
    plan(services)
    a = services.supplies.add_delivery(
        count=1, device=Device.PREFILLED_SYRINGE, lot="A1", expires=date(2027, 6, 30),
        received=START,
    ).lot_id  # fmt: skip
    deliver(services, 1, "B2", date(2027, 1, 31), START)
    services.plans.log_dose(given_at=utc(2026, 11, 16, 17, 30), sites=[Site.THIGH_LEFT])
    clock.now = utc(2026, 11, 23, 18, 0)
    services.plans.log_dose(
        given_at=utc(2026, 11, 23, 17, 30),
        sites=[Site.THIGH_RIGHT],
        device=Device.PREFILLED_SYRINGE.value,
    )
    second = services.supplies.pens_of_dose(1, 2)
    assert second is not None and [lot.id for lot in second.lots] == [a]
    with contextlib.suppress(SupplyError):  # refused (it would need 2 pens) is right too
        services.supplies.edit_delivery(
            a, Delivery(1, Device.PREFILLED_SYRINGE, "A1", date(2026, 12, 31), START, "")
        )
    second = services.supplies.pens_of_dose(1, 2)
    assert second is not None
    assert (second.missing, [lot.id for lot in second.lots]) == (0, [a])  # actual: (1, [])
    services.close()


def test_redo_of_an_edit_is_checked_as_the_edit_was(data_paths: AppPaths) -> None:
    """Lot A 3 pens; edit to 1 (nothing used yet: accepted); undo (3 again); two doses then take
    2 pens of A; redo writes 1 back with no check: the edit itself is refused now (fewer than
    used: 2), the redo goes through and the second dose is left with no pen from stock."""
    clock = MovableClock(utc(2026, 11, 16, 10, 0))
    services = open_services(data_paths, clock)
    plan(services)
    a = deliver(services, 3, "A1", date(2027, 6, 30), START)
    edit = services.supplies.edit_delivery(
        a, Delivery(1, Device.AUTOINJECTOR, "A1", date(2027, 6, 30), START, "")
    )
    redo = services.supplies.undo_delivery(edit)
    clock.now = utc(2026, 11, 16, 18, 0)
    services.plans.log_dose(given_at=utc(2026, 11, 16, 17, 30), sites=[Site.THIGH_LEFT])
    clock.now = utc(2026, 11, 23, 18, 0)
    services.plans.log_dose(given_at=utc(2026, 11, 23, 17, 30), sites=[Site.THIGH_RIGHT])
    with contextlib.suppress(SupplyError):  # a refusal is a right outcome
        services.supplies.undo_delivery(redo)
    second = services.supplies.pens_of_dose(1, 2)
    assert second is not None and second.missing == 0
    services.close()


def test_renaming_a_lot_to_the_name_a_dose_typed_keeps_the_later_dose_covered(
    data_paths: AppPaths,
) -> None:
    """Autoinjectors only. A1 (1 pen, expires June) and B2 (1 pen, expires 20 Nov). The 16 Nov
    dose was logged naming lot "X7" (no such delivery: it took B2, earliest expiry); the 23 Nov
    dose took A1 (B2 expired by then). Correcting A1's lot number to "X7" (what the box says) is
    accepted: A1 keeps its pen for the 23 Nov dose. The replay then gives that pen to the 16 Nov
    dose (it names X7), and the 23 Nov dose is left with no pen from stock."""
    clock = MovableClock(utc(2026, 11, 16, 18, 0))
    services = open_services(data_paths, clock)
    plan(services)
    a = deliver(services, 1, "A1", date(2027, 6, 30), START)
    deliver(services, 1, "B2", date(2026, 11, 20), START)
    services.plans.log_dose(
        given_at=utc(2026, 11, 16, 17, 30), sites=[Site.THIGH_LEFT], lot_number="X7"
    )
    clock.now = utc(2026, 11, 23, 18, 0)
    services.plans.log_dose(given_at=utc(2026, 11, 23, 17, 30), sites=[Site.THIGH_RIGHT])
    second = services.supplies.pens_of_dose(1, 2)
    assert second is not None and [lot.id for lot in second.lots] == [a]
    with contextlib.suppress(SupplyError):  # refused (it would need 2 pens) is right too
        services.supplies.edit_delivery(
            a, Delivery(1, Device.AUTOINJECTOR, "X7", date(2027, 6, 30), START, "")
        )
    second = services.supplies.pens_of_dose(1, 2)
    assert second is not None
    assert (second.missing, [lot.id for lot in second.lots]) == (0, [a])  # actual: (1, [])
    services.close()
