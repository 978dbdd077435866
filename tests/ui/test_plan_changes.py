"""Switching IV -> SubQ (R-13) and stopping treatment from the Schedule page."""

from __future__ import annotations

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from belimumab_companion.domain.regimens import Indication, Route
from belimumab_companion.services.clock import fixed_clock
from belimumab_companion.services.plan_service import PlanInputs, PlanService
from belimumab_companion.ui.dialogs.plan_change_dialogs import StopDialog, SwitchDialog
from belimumab_companion.ui.pages.schedule_page import SchedulePage
from belimumab_companion.ui.shell.main_window import MainWindow
from belimumab_companion.ui.shell.operations import Change, operations
from belimumab_companion.ui.text.locale_format import date_text

MADRID = ZoneInfo("Europe/Madrid")


def _iv_history(window: MainWindow) -> SchedulePage:
    assert window.services is not None
    plans = window.services.plans
    plans.set_plan(
        PlanInputs(
            indication=Indication.SLE,
            route=Route.IV,
            birth_date=date(1990, 5, 17),
            first_dose=date(2026, 8, 3),
            time_of_day=time(9, 0),
            zone="Europe/Madrid",
            weight_kg=60,
        )
    )
    logger = PlanService(
        window.services.database.sessions, fixed_clock(datetime(2026, 11, 1, tzinfo=MADRID))
    )
    days = (
        date(2026, 8, 3),
        date(2026, 8, 17),
        date(2026, 8, 31),
        date(2026, 9, 28),
        date(2026, 10, 26),
    )
    for sequence, day in enumerate(days, start=1):
        logger.log_dose(
            sequence=sequence, given_at=datetime.combine(day, time(9, 30), MADRID), sites=[]
        )
    operations().announce(Change.EVERYTHING)
    window.show_page("schedule")  # in view: a hidden page reloads only when it is next shown
    page = window.page("schedule")
    assert isinstance(page, SchedulePage)
    return page


def test_r13_switch_outside_the_window_is_refused_then_accepted_inside(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = _iv_history(window)
    assert page.switch_button.isVisibleTo(page)
    dialog = page.open_switch()  # type: ignore[no-untyped-call]  # untyped in ui
    assert isinstance(dialog, SwitchDialog)
    qtbot.addWidget(dialog)
    dialog.first_dose.setDate(QDate(2026, 11, 30))  # last infusion 10-26: window 11-02 .. 11-23
    dialog.ok_button.click()
    assert dialog.decision is not None and not dialog.decision.allowed
    between = f"between {date_text(date(2026, 11, 2))} and {date_text(date(2026, 11, 23))}"
    assert between in dialog.message.text()  # the locale's dates
    assert dialog.first_dose.date() == QDate(2026, 11, 30)  # kept as typed
    assert window.services is not None and len(window.services.plans.segments()) == 1
    dialog.first_dose.setDate(QDate(2026, 11, 23))
    with qtbot.waitSignal(operations().changed):
        dialog.ok_button.click()
    segments = window.services.plans.segments()
    assert [(s.regimen.route, s.ends_before) for s in segments] == [
        (Route.IV, date(2026, 11, 23)),
        (Route.SUBQ, None),
    ]
    assert not page.switch_button.isVisibleTo(page)  # now on injections


def test_stop_needs_a_reason_and_keeps_history(qtbot: QtBot, window: MainWindow) -> None:
    page = _iv_history(window)
    dialog = page.open_stop()  # type: ignore[no-untyped-call]  # untyped in ui
    assert isinstance(dialog, StopDialog)
    qtbot.addWidget(dialog)
    dialog.last_day.setDate(QDate(2026, 10, 26))
    dialog.ok_button.click()
    assert "reason" in dialog.message.text()
    dialog.reason.setText("decided with my rheumatologist")
    with qtbot.waitSignal(operations().changed):
        dialog.ok_button.click()
    assert "Treatment stopped" in page.plan_summary.text()
    assert not page.stop_button.isVisibleTo(page)
    assert page.history_model.rowCount() == 5
    assert page.upcoming_model.rowCount() == 0


def test_r13_a_new_injection_plan_after_the_window_asks_for_the_prescribers_entry(
    qtbot: QtBot, window: MainWindow
) -> None:
    """Setting up a new plan is no way round a refused switch (R-13..R-15)."""
    from belimumab_companion.ui.dialogs.plan_setup_dialog import PlanSetupDialog

    page = _iv_history(window)  # last infusion 2026-10-26: R-13's window ends 11-23
    dialog = page.open_setup()  # type: ignore[no-untyped-call]  # untyped in ui
    assert isinstance(dialog, PlanSetupDialog)
    qtbot.addWidget(dialog)
    dialog.indication.setCurrentIndex(dialog.indication.findData(Indication.SLE))
    dialog.route.setCurrentIndex(dialog.route.findData(Route.SUBQ))
    dialog.birth_date.setDate(QDate(1990, 5, 17))
    dialog.first_dose.setDate(QDate(2026, 12, 7))
    dialog.zone.setCurrentText("Europe/Madrid")
    assert "decided by your prescriber" in dialog.preview.text()
    assert dialog.interval.isVisibleTo(dialog) and not dialog.save_button.isEnabled()
    dialog.interval.setValue(7)
    dialog.amount.setValue(200)
    assert dialog.save_button.isEnabled()
    with qtbot.waitSignal(operations().changed):
        dialog.save_button.click()
    assert window.services is not None
    current = window.services.plans.segments()[-1].regimen
    assert (current.route, current.as_prescribed, current.interval_days) == (Route.SUBQ, True, 7)
