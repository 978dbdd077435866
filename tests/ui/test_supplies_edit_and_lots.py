"""Issue 22 in the window, what was left: a delivery edited from Settings → Supplies (the same
form, pre-filled, saved through the change gateway with an undo; keyboard reachable, named for a
screen reader); a delivery already past its expiry date refused beside its field (R-27); the
dose dialog pre-fills the suggested lot of the plan's device (never an expired one, R-27), says
when a typed lot is not among the pens on hand, and Today says which lot the dose used."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

from PySide6.QtCore import QDate, QDateTime, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from belimumab_companion.domain.regimens import Device, Indication, Route
from belimumab_companion.services.app_services import AppServices
from belimumab_companion.services.plan_service import PlanInputs
from belimumab_companion.ui.dialogs.log_dose_dialog import LogDoseDialog
from belimumab_companion.ui.pages.settings_page import SettingsPage
from belimumab_companion.ui.pages.today_page import TodayPage
from belimumab_companion.ui.shell.main_window import MainWindow
from belimumab_companion.ui.shell.operations import Change, operations
from belimumab_companion.ui.widgets.supplies_settings import DeliveryDialog, SuppliesBox

# The window's clock: Mon 23 Nov 2026, 10:30 in Madrid; weekly doses on Mondays at 18:00.


def _plan(window: MainWindow) -> AppServices:
    services = window.services
    assert services is not None
    services.plans.set_plan(
        PlanInputs(
            indication=Indication.SLE,
            route=Route.SUBQ,
            birth_date=date(1984, 3, 2),
            first_dose=date(2026, 11, 16),
            time_of_day=time(18, 0),
            zone="Europe/Madrid",
        )
    )
    operations().announce(Change.EVERYTHING)
    return services


def _deliver(services: AppServices, lot: str, expires: date, count: int = 4) -> None:
    services.supplies.add_delivery(
        count=count, device=Device.AUTOINJECTOR, lot=lot, expires=expires,
        received=date(2026, 11, 20), pharmacy="Farmacia Sol",
    )  # fmt: skip
    operations().announce(Change.SUPPLIES)


def _box(window: MainWindow) -> SuppliesBox:
    page = window.page("settings")
    assert isinstance(page, SettingsPage) and page.supplies is not None
    return page.supplies


def test_a_delivery_is_edited_in_the_same_form_and_the_edit_undone(
    qtbot: QtBot, window: MainWindow
) -> None:
    services = _plan(window)
    _deliver(services, "AB123", date(2027, 6, 30))
    box = _box(window)
    assert box.edit_button.accessibleName() == "Edit this delivery"
    assert box.edit_button.accessibleDescription()
    assert box.edit_button.focusPolicy() & Qt.FocusPolicy.TabFocus
    box.deliveries.setCurrentRow(0)
    box.deliveries.setFocus()
    qtbot.keyClick(box.deliveries, Qt.Key.Key_Return)  # Enter on a delivery opens its form
    dialog = box.findChild(DeliveryDialog, "deliveryDialog")
    assert isinstance(dialog, DeliveryDialog) and dialog.isVisible()
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Correct a delivery"
    assert dialog.count.value() == 4 and dialog.lot.text() == "AB123"
    assert dialog.expires.date() == QDate(2027, 6, 30)
    assert dialog.received.date() == QDate(2026, 11, 20)
    assert dialog.pharmacy.text() == "Farmacia Sol"
    assert Device(dialog.device.currentData()) is Device.AUTOINJECTOR
    for field in (dialog.count, dialog.device, dialog.lot, dialog.expires, dialog.received,
                  dialog.pharmacy):  # fmt: skip
        assert field.accessibleName(), field.objectName()
    dialog.count.setValue(6)
    with qtbot.waitSignal(operations().changed):
        dialog.save()
    assert dialog.saved and not dialog.isVisible()
    assert "6 of 6 on hand" in box.deliveries.item(0).text()
    assert box.undo_bar.text.text() == "Delivery corrected."
    undo = window.findChild(QAction, "actionUndo")
    assert isinstance(undo, QAction) and "Delivery corrected" in undo.text()
    undo.trigger()
    assert box.deliveries.count() == 1 and "4 of 4 on hand" in box.deliveries.item(0).text()


def test_edit_with_nothing_chosen_says_so(window: MainWindow) -> None:
    services = _plan(window)
    _deliver(services, "AB123", date(2027, 6, 30))
    box = _box(window)
    box.deliveries.setCurrentRow(-1)
    assert box.open_edit_dialog() is None
    assert box.message.text() == "Choose a delivery in the list first."


def test_a_delivery_already_past_its_expiry_date_is_refused_beside_the_field(
    qtbot: QtBot, window: MainWindow
) -> None:
    _plan(window)
    box = _box(window)
    dialog = box.open_delivery_dialog()
    qtbot.addWidget(dialog)
    assert not dialog.expires_problem.isVisibleTo(dialog)
    dialog.lot.setText("OLD-1")
    dialog.received.setDate(QDate(2026, 6, 1))
    dialog.expires.setDate(QDate(2026, 11, 1))  # three weeks ago
    assert dialog.expires_problem.isVisibleTo(dialog)  # said as it is chosen
    assert "already past their expiry date" in dialog.expires_problem.text()
    dialog.save()
    assert not dialog.saved and dialog.isVisible() and dialog.lot.text() == "OLD-1"
    assert "already past their expiry date" in dialog.expires_problem.text()
    assert box.deliveries.count() == 0
    dialog.expires.setDate(QDate(2026, 11, 23))  # its last day is today: usable
    assert not dialog.expires_problem.isVisibleTo(dialog)


def test_the_dose_dialog_prefills_the_suggested_lot_never_an_expired_one(
    qtbot: QtBot, window: MainWindow
) -> None:
    services = _plan(window)
    _deliver(services, "OLD", date(2026, 11, 23))  # its last day is today
    _deliver(services, "NEW", date(2027, 6, 30))
    dose = services.plans.overview(services.clock(), upcoming_count=1).upcoming[0]
    regimen = services.plans.segments()[-1].regimen
    today = LogDoseDialog(
        services.plans, dose, services.clock(), window, regimen=regimen,
        supplies=services.supplies,
    )  # fmt: skip
    qtbot.addWidget(today)
    assert today.lot.text() == "OLD"  # the earliest-expiring lot, usable today
    tomorrow = LogDoseDialog(
        services.plans, dose, datetime(2026, 11, 24, 9, 0, tzinfo=UTC), window, regimen=regimen,
        supplies=services.supplies,
    )  # fmt: skip
    qtbot.addWidget(tomorrow)
    assert tomorrow.lot.text() == "NEW"  # OLD has expired by then: never suggested
    tomorrow.lot.setText("my own")  # the user can change it
    assert tomorrow.lot.text() == "my own"
    # a prefilled-syringe dose: no syringe on hand, so no lot offered, and it is said
    tomorrow.lot.clear()
    tomorrow.device.setCurrentIndex(tomorrow.device.findData(Device.PREFILLED_SYRINGE.value))
    assert tomorrow.lot.text() == ""
    assert "No prefilled syringe is in stock" in tomorrow.lot_note.text()


def test_a_lot_not_in_stock_is_said_before_and_after_saving(
    qtbot: QtBot, window: MainWindow
) -> None:
    services = _plan(window)
    _deliver(services, "AB123", date(2027, 6, 30))
    today = window.page("today")
    assert isinstance(today, TodayPage)
    dialog = today.open_log_dialog()
    assert isinstance(dialog, LogDoseDialog)
    qtbot.addWidget(dialog)
    assert dialog.lot.text() == "AB123" and dialog.lot_note.text() == ""
    dialog.lot.setText("UNKNOWN")
    assert dialog.lot_note.text() == (
        "Lot UNKNOWN is not among your pens on hand: a pen of lot AB123 will be counted instead."
    )
    dialog.when.setDateTime(QDateTime(2026, 11, 23, 10, 25, 0))
    with qtbot.waitSignal(operations().changed):
        dialog.save_button.click()
    QApplication.processEvents()
    assert dialog.logged is not None
    assert "Lot UNKNOWN is not among your pens on hand: counted a pen of lot AB123." in (
        today.saved_note.text()
    ), today.saved_note.text()
    assert services.supplies.status().on_hand == 3


def test_taken_now_says_which_lot_it_used(window: MainWindow) -> None:
    services = _plan(window)
    _deliver(services, "AB123", date(2027, 6, 30))
    today = window.page("today")
    assert isinstance(today, TodayPage)
    actions = today.dose_actions
    assert actions.taken_now.isVisibleTo(today)
    assert actions.take_now() is not None
    assert "Pen used: lot AB123." in actions.undo_bar.text.text(), actions.undo_bar.text.text()


def test_undoing_a_correction_that_would_leave_a_pen_uncounted_says_why(
    qtbot: QtBot, window: MainWindow
) -> None:
    """One pen delivered on 16 Nov, corrected to two; since then both were dropped. Undoing
    the correction (back to one pen) would leave one of the two uncounted: the undo bar says
    why, and the delivery keeps its two pens (no crash)."""
    from belimumab_companion.domain.supplies import DiscardReason

    services = _plan(window)
    services.supplies.add_delivery(
        count=1, device=Device.AUTOINJECTOR, lot="AB123", expires=date(2027, 6, 30),
        received=date(2026, 11, 16),
    )  # fmt: skip
    operations().announce(Change.SUPPLIES)
    box = _box(window)
    box.deliveries.setCurrentRow(0)
    dialog = box.open_edit_dialog()
    assert isinstance(dialog, DeliveryDialog)
    qtbot.addWidget(dialog)
    dialog.count.setValue(2)
    dialog.save()
    assert box.undo_bar.text.text() == "Delivery corrected."
    services.supplies.discard(lot="AB123", reason=DiscardReason.DROPPED, count=2)
    operations().announce(Change.SUPPLIES)
    assert not box.undo_bar.undo()
    assert "already gave 2" in box.undo_bar.text.text(), box.undo_bar.text.text()
    assert "0 of 2 on hand" in box.deliveries.item(0).text(), box.deliveries.item(0).text()
