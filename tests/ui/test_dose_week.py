"""Issue 16, "done when": a scripted fortnight through the window. Two weekly doses are missed,
one is made up late with keep-day (R-17); at every step the window suggests at most one dose to
give (R-47), the missed dose has its own button, the save says what was filed, and the history
shows the time given, the site and the late mark; the closed missed dose reads "not to be made
up". Then the dose the user saw is the dose filed, or the window asks (R-47)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, time

import pytest
from PySide6.QtCore import QDate, QDateTime
from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from belimumab_companion.domain.dose_log import Site
from belimumab_companion.domain.dose_state import DoseStatus
from belimumab_companion.domain.regimens import Indication, Route
from belimumab_companion.paths import AppPaths
from belimumab_companion.services.app_services import AppServices
from belimumab_companion.services.plan_service import PlanInputs
from belimumab_companion.ui.dialogs.log_dose_dialog import LogDoseDialog
from belimumab_companion.ui.dialogs.make_up_dialog import MakeUpDialog
from belimumab_companion.ui.pages.schedule_page import SchedulePage
from belimumab_companion.ui.pages.today_page import TodayPage
from belimumab_companion.ui.shell.main_window import MainWindow
from belimumab_companion.ui.shell.operations import Change, operations
from qtsupport import MovableClock, open_window


@pytest.fixture
def clock() -> MovableClock:
    return MovableClock(datetime(2026, 11, 1, 12, 0, tzinfo=UTC))  # the day before dose 1


@pytest.fixture
def main(qtbot: QtBot, migrated_paths: AppPaths, clock: MovableClock) -> Iterator[MainWindow]:
    with open_window(qtbot, migrated_paths, clock) as main:
        yield main


def _setup(main: MainWindow) -> AppServices:
    services = main.services
    assert services is not None
    services.plans.set_plan(  # every Monday at 10:00 in Madrid, from Mon 2 Nov
        PlanInputs(
            indication=Indication.SLE,
            route=Route.SUBQ,
            birth_date=date(1984, 3, 2),
            first_dose=date(2026, 11, 2),
            time_of_day=time(10, 0),
            zone="Europe/Madrid",
        )
    )
    return services


def _today(main: MainWindow) -> TodayPage:
    page = main.page("today")
    assert isinstance(page, TodayPage)
    return page


def _at(main: MainWindow, clock: MovableClock, when: datetime) -> TodayPage:
    clock.now = when
    operations().announce(Change.EVERYTHING)
    return _today(main)


def _suggested(services: AppServices, clock: MovableClock) -> list[int]:
    return [d.sequence for d in services.plans.schedule(clock.now) if d.suggested]


def test_r47_a_fortnight_with_two_missed_doses_and_a_make_up(
    qtbot: QtBot, main: MainWindow, clock: MovableClock
) -> None:
    services = _setup(main)
    clock.now = datetime(2026, 11, 2, 9, 30, tzinfo=UTC)  # 10:30 in Madrid, dose 1's day
    today = _at(main, clock, clock.now)
    dialog = today.open_log_dialog()  # the dose shown: #1 at the clinic
    assert isinstance(dialog, LogDoseDialog)
    dialog.body_map.select([Site.THIGH_LEFT])
    dialog.save_button.click()
    assert services.plans.dose_record(1, 1) is not None
    assert "#1" in today.saved_note.text()

    # Wed 11 Nov: dose #2 (Mon 9 Nov) missed: one open dose, with its own button.
    today = _at(main, clock, datetime(2026, 11, 11, 11, 0, tzinfo=UTC))
    assert _suggested(services, clock) == [2]
    assert today.missed_dose_button.isVisibleTo(today)
    assert today.attention_body.text().count("Inject as soon as you remember") == 1

    # Thu 19 Nov: #2 and #3 (Mon 16 Nov) both missed; only #3 is to give.
    today = _at(main, clock, datetime(2026, 11, 19, 11, 0, tzinfo=UTC))
    assert _suggested(services, clock) == [3]
    assert today.attention_body.text().count("Inject as soon as you remember") == 1
    assert today.missed_dose_button.isVisibleTo(today)

    today.missed_dose_button.click()
    dialogs = [d for d in today.findChildren(LogDoseDialog) if d.isVisible()]
    assert len(dialogs) == 1
    dialog = dialogs[0]
    assert dialog._dose.sequence == 3  # the missed dose, not the next one
    dialog.when.setDateTime(QDateTime(2026, 11, 19, 11, 40, 0))
    dialog.body_map.select([Site.THIGH_RIGHT])
    dialog.save_button.click()
    record = services.plans.dose_record(1, 3)
    assert record is not None and record.sites == (Site.THIGH_RIGHT,)
    assert services.plans.dose_record(1, 2) is None  # never re-filed as the older dose
    assert "#3" in today.saved_note.text()

    # a late weekly dose asks what comes next; keep the usual day.
    make_up = next(d for d in today.findChildren(MakeUpDialog) if d.isVisible())
    make_up.keep.setChecked(True)
    make_up.save_button.click()
    assert not make_up.isVisible()
    today = _at(main, clock, clock.now)
    assert _suggested(services, clock) == []  # that day has its dose
    assert not today.missed_dose_button.isVisibleTo(today)
    assert "Inject as soon as you remember" not in today.attention_body.text()

    # The history: #3 given late with when and where; #2 missed, not to be made up.
    schedule = main.page("schedule")
    assert isinstance(schedule, SchedulePage)
    model = schedule.history_model
    rows = {model.dose(r).sequence: r for r in range(model.rowCount())}
    late = model.data(model.index(rows[3], 2))
    given = model.data(model.index(rows[3], model.GIVEN_COLUMN))
    assert late == "given late"
    assert "Right thigh" in str(given) and "19" in str(given)
    assert model.data(model.index(rows[2], 2)) == "missed — not to be made up"
    # The calendar marks the planned day as late and the day it was given.
    assert schedule.calendar.marker(date(2026, 11, 16)) == "◐"
    assert schedule.calendar.marker(date(2026, 11, 19)) == "✓"

    # Mon 23 Nov (keep-day): #4 due, and it is the only suggestion.
    _at(main, clock, datetime(2026, 11, 23, 9, 30, tzinfo=UTC))
    assert _suggested(services, clock) == [4]
    statuses = {d.sequence: d.status for d in services.plans.schedule(clock.now)}
    assert statuses[2] is DoseStatus.MISSED_CLOSED
    assert statuses[3] is DoseStatus.GIVEN_LATE


def test_r47_a_time_that_fits_another_dose_is_asked_about(
    qtbot: QtBot, main: MainWindow, clock: MovableClock
) -> None:
    services = _setup(main)
    clock.now = datetime(2026, 11, 16, 8, 0, tzinfo=UTC)  # Mon 16 Nov, 09:00 in Madrid
    services.plans.log_dose(
        segment_id=1,
        sequence=1,
        given_at=datetime(2026, 11, 2, 9, 30, tzinfo=UTC),
        sites=[Site.THIGH_LEFT],
    )
    today = _at(main, clock, datetime(2026, 11, 16, 8, 0, tzinfo=UTC))  # Mon 16, 09:00 Madrid
    shown = today._next
    assert shown is not None and shown.sequence == 3  # #2 (9 Nov) closed, #3 due today
    dialog = today.open_log_dialog()
    assert isinstance(dialog, LogDoseDialog)
    dialog.when.setDateTime(QDateTime(2026, 11, 10, 8, 0, 0))  # the day after #2's day
    dialog.body_map.select([Site.ABDOMEN_LEFT])
    dialog.save_button.click()
    question = dialog.refile_question
    assert isinstance(question, QMessageBox) and question.isVisible()
    assert "#3" in question.text() and "#2" in question.text()
    assert services.plans.dose_record(1, 2) is None and services.plans.dose_record(1, 3) is None
    # "Change the time" keeps the form as typed; nothing is saved.
    back = question.findChild(QPushButton, "changeTimeButton")
    assert back is not None
    back.click()
    assert dialog.isVisible() and dialog.body_map.selected == [Site.ABDOMEN_LEFT]
    assert services.plans.dose_record(1, 2) is None
    # Asked again and answered "log it as dose #2": filed there, as the user chose.
    dialog.save_button.click()
    question = dialog.refile_question
    assert question is not None
    refile = question.findChild(QPushButton, "refileDoseButton")
    assert refile is not None
    refile.click()
    assert services.plans.dose_record(1, 2) is not None
    assert services.plans.dose_record(1, 3) is None
    assert not dialog.isVisible()


def test_r48_already_on_treatment_in_the_setup_dialog(
    qtbot: QtBot, main: MainWindow, clock: MovableClock
) -> None:
    from belimumab_companion.ui.dialogs.plan_setup_dialog import PlanSetupDialog

    clock.now = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
    services = main.services
    assert services is not None
    dialog = PlanSetupDialog(services.plans, main)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.doses_given.isVisibleTo(dialog)
    dialog.start.setCurrentIndex(dialog.start.findData(True))
    assert dialog.doses_given.isVisibleTo(dialog)
    assert "Last dose" in dialog._first_dose_label.text()
    dialog.indication.setCurrentIndex(dialog.indication.findData(Indication.SLE))
    dialog.route.setCurrentIndex(dialog.route.findData(Route.SUBQ))
    dialog.birth_date.setDate(QDate(1984, 3, 2))
    dialog.first_dose.setDate(QDate(2026, 11, 17))
    dialog.doses_given.setValue(12)
    dialog.zone.setCurrentText("Europe/Madrid")
    assert "nothing before your last dose counts as missed" in dialog.preview.text()
    dialog.save_button.click()
    doses = services.plans.schedule(clock.now)
    assert doses[0].sequence == 12 and doses[0].status is DoseStatus.GIVEN
    assert not any(d.status in (DoseStatus.OPEN, DoseStatus.MISSED_CLOSED) for d in doses)
    assert [d.local_date for d in doses[1:3]] == [date(2026, 11, 24), date(2026, 12, 1)]
