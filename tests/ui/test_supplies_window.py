"""Issue 22 in the window: Settings → Supplies adds a delivery of 4, Today's card shows what is
on hand and how far it covers; a pen set aside moves "covered until"; a delivery deleted comes
back with Edit → Undo; the refill reminder is worded with the pharmacy."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

from PySide6.QtCore import QDate
from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot

from belimumab_companion.domain.regimens import Indication, Route
from belimumab_companion.domain.reminders import Reminder, ReminderKind
from belimumab_companion.domain.supplies import DiscardReason
from belimumab_companion.services.plan_service import PlanInputs
from belimumab_companion.ui.pages.settings_page import SettingsPage
from belimumab_companion.ui.shell.main_window import MainWindow
from belimumab_companion.ui.shell.operations import Change, operations
from belimumab_companion.ui.text.reminder_text import reminder_body, reminder_title
from belimumab_companion.ui.widgets.supplies_card import SuppliesCard
from belimumab_companion.ui.widgets.supplies_settings import DeliveryDialog, SuppliesBox


def _plan(window: MainWindow) -> None:
    assert window.services is not None
    window.services.plans.set_plan(
        PlanInputs(
            indication=Indication.SLE,
            route=Route.SUBQ,
            birth_date=date(1984, 3, 2),
            first_dose=date(2026, 11, 16),  # Mondays; "now" is Mon 23 Nov 2026, 10:30 Madrid
            time_of_day=time(18, 0),
            zone="Europe/Madrid",
        )
    )
    operations().announce(Change.EVERYTHING)


def _box(window: MainWindow) -> SuppliesBox:
    page = window.page("settings")
    assert isinstance(page, SettingsPage) and page.supplies is not None
    return page.supplies


def _card(window: MainWindow) -> SuppliesCard:
    card = window.findChild(SuppliesCard)
    assert isinstance(card, SuppliesCard)
    return card


def test_a_delivery_a_pen_set_aside_and_an_undone_delete(qtbot: QtBot, window: MainWindow) -> None:
    _plan(window)
    box = _box(window)
    dialog = box.open_delivery_dialog()
    assert isinstance(dialog, DeliveryDialog)
    qtbot.addWidget(dialog)
    dialog.count.setValue(4)
    dialog.lot.setText("AB123")
    dialog.expires.setDate(QDate(2027, 6, 30))
    dialog.pharmacy.setText("Farmacia Sol")
    with qtbot.waitSignal(operations().changed):
        dialog.save()
    assert dialog.saved and box.deliveries.count() == 1
    assert "AB123" in box.deliveries.item(0).text()
    card = _card(window)
    assert card.isVisibleTo(window.page("today"))
    assert "4" in card.on_hand.text()
    # Mon 23 Nov (today, 18:00), 30 Nov, 7 Dec, 14 Dec: four weekly doses
    assert "14 December 2026" in card.covered.text(), card.covered.text()

    box.deliveries.setCurrentRow(0)
    box.reason.setCurrentIndex(box.reason.findData(DiscardReason.OUT_OF_FRIDGE_TOO_LONG))
    box.discard_selected()
    assert "7 December 2026" in card.covered.text()  # one pen fewer: one dose fewer
    assert "3 of 4 on hand" in box.deliveries.item(0).text()

    box.deliveries.setCurrentRow(0)
    box.delete_selected()
    assert box.deliveries.count() == 0
    undo = window.findChild(QAction, "actionUndo")
    assert isinstance(undo, QAction) and "Delivery deleted" in undo.text()
    undo.trigger()
    assert box.deliveries.count() == 1 and "3 of 4 on hand" in box.deliveries.item(0).text()


def test_a_child_plan_refuses_a_syringe_and_keeps_what_was_typed(
    qtbot: QtBot, window: MainWindow
) -> None:
    assert window.services is not None
    window.services.plans.set_plan(
        PlanInputs(
            indication=Indication.SLE,
            route=Route.SUBQ,
            birth_date=date(2017, 3, 2),
            first_dose=date(2026, 11, 16),
            time_of_day=time(18, 0),
            zone="Europe/Madrid",
            weight_kg=31,
        )
    )
    operations().announce(Change.EVERYTHING)
    dialog = _box(window).open_delivery_dialog()
    qtbot.addWidget(dialog)
    dialog.device.setCurrentIndex(1)  # prefilled syringe: R-09, a child uses the autoinjector
    dialog.lot.setText("S-77")
    dialog.save()
    assert dialog.isVisible() and not dialog.saved
    assert dialog.message.text() and dialog.lot.text() == "S-77"


def test_the_refill_reminder_names_the_dose_and_the_pharmacy() -> None:
    due = datetime(2026, 12, 14, 17, 0, tzinfo=UTC)
    reminder = Reminder(
        fire_at=due,
        key="refill:1:5",
        kind=ReminderKind.REFILL,
        eligible_after_mark_at=due,
        due=due,
        detail="refill\nFarmacia Sol\n+34 600 000 000",
    )
    assert reminder_title(reminder) == "Time to order more pens"
    body = reminder_body(reminder)
    assert "do not cover your dose on" in body and "Farmacia Sol, +34 600 000 000" in body
    no_refills = Reminder(
        fire_at=due, key="refill:1:6", kind=ReminderKind.REFILL, eligible_after_mark_at=due,
        due=due, detail="new-prescription",
    )  # fmt: skip
    assert reminder_title(no_refills) == "Ask for a new prescription"
    assert "care team for a new one" in reminder_body(no_refills)


def test_the_report_names_the_doses_missed_while_out_of_supply(
    qtbot: QtBot, window: MainWindow
) -> None:
    from dataclasses import replace

    from belimumab_companion.services.report_data import build_report
    from belimumab_companion.ui.report.html import report_html

    _plan(window)
    assert window.services is not None
    now = window.services.clock()
    report = build_report(
        window.services, date(2026, 11, 1), date(2026, 11, 30), now, "Europe/Madrid"
    )
    assert "out of supply" not in report_html(report, chart=False)
    missed = replace(report, missed_out_of_supply=(date(2026, 11, 16),))
    html = report_html(missed, chart=False)
    assert "Doses missed while out of supply (no pen on hand)" in html and "16 Nov" in html
