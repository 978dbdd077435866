"""Red team, issue 22: the note beside the lot field of the dialog that corrects a logged dose
agrees with what the stock then counts. The dose's own pens are its to keep: correcting a dose
that took the last pen of lot AB123 does not say "Lot AB123 is not among your pens on hand: no
pen will be counted" (saving it keeps that pen, and the stock says 0 left, as counted by hand:
1 delivered, 1 used)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

from pytestqt.qtbot import QtBot

from belimumab_companion.domain.dose_log import Site
from belimumab_companion.domain.regimens import Device, Indication, Route
from belimumab_companion.services.plan_service import PlanInputs
from belimumab_companion.ui.dialogs.log_dose_dialog import LogDoseDialog
from belimumab_companion.ui.shell.main_window import MainWindow
from belimumab_companion.ui.shell.operations import Change, operations

# The window's clock: Mon 23 Nov 2026, 10:30 in Madrid; weekly doses on Mondays at 18:00.


def test_correcting_a_dose_that_took_the_last_pen_says_its_pen_is_still_counted(
    qtbot: QtBot, window: MainWindow
) -> None:
    services = window.services
    assert services is not None
    services.plans.set_plan(
        PlanInputs(
            indication=Indication.SLE, route=Route.SUBQ, birth_date=date(1984, 3, 2),
            first_dose=date(2026, 11, 16), time_of_day=time(18, 0), zone="Europe/Madrid",
        )
    )  # fmt: skip
    services.plans.log_dose(  # the first dose, at the clinic, before any delivery
        sequence=1, given_at=datetime(2026, 11, 16, 17, 5, tzinfo=UTC), sites=[Site.THIGH_LEFT],
        given_by="clinic",
    )  # fmt: skip
    lot = services.supplies.add_delivery(
        count=1, device=Device.AUTOINJECTOR, lot="AB123", expires=date(2027, 6, 30),
        received=date(2026, 11, 20),
    ).lot_id  # fmt: skip
    services.plans.log_dose(
        sequence=2, given_at=datetime(2026, 11, 23, 9, 0, tzinfo=UTC), sites=[Site.THIGH_RIGHT],
        device="autoinjector", lot_number="AB123",
    )  # fmt: skip
    operations().announce(Change.EVERYTHING)
    segment = services.plans.segments()[0].id
    record = services.plans.dose_record(segment, 2)
    assert record is not None
    dose = next(
        d for d in services.plans.schedule(services.clock(), date(2026, 11, 23)) if d.sequence == 2
    )
    dialog = LogDoseDialog(
        services.plans, dose, services.clock(), window, record=record,
        regimen=services.plans.segments()[0].regimen, supplies=services.supplies,
    )  # fmt: skip
    qtbot.addWidget(dialog)
    assert dialog.lot.text() == "AB123"
    assert dialog.lot_note.text() == "", dialog.lot_note.text()
    dialog.lot.setText("OTHER")  # a lot never delivered: its own pen of AB123 is counted
    assert dialog.lot_note.text() == (
        "Lot OTHER is not among your pens on hand: a pen of lot AB123 will be counted instead."
    )
    status = {s.lot.id: s.on_hand for s in services.supplies.status().lots}
    assert status[lot] == 0
