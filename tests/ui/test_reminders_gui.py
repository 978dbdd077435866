"""Reminders in the GUI with no tray and no notification server (offscreen): the "dose due"
window appears and every answer works; the missed-dose choice flow shows both dates (R-17)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, time
from typing import Any

import pytest
from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from belimumab_companion.domain.dose_log import Site
from belimumab_companion.domain.make_up import MakeUpKind
from belimumab_companion.domain.regimens import Indication, Route
from belimumab_companion.domain.reminders import ReminderSettings, SnoozeChoice
from belimumab_companion.domain.schedule import DoseStatus
from belimumab_companion.paths import AppPaths
from belimumab_companion.services.app_services import AppServices
from belimumab_companion.services.plan_service import PlanInputs
from belimumab_companion.ui.dialogs.log_dose_dialog import LogDoseDialog
from belimumab_companion.ui.dialogs.make_up_dialog import MakeUpDialog
from belimumab_companion.ui.pages.today_page import TodayPage
from belimumab_companion.ui.shell.main_window import MainWindow
from belimumab_companion.ui.shell.operations import Change, operations
from belimumab_companion.ui.shell.reminder_centre import ReminderCentre
from qtsupport import MovableClock, open_window


@pytest.fixture
def clock() -> MovableClock:
    return MovableClock(datetime(2026, 11, 23, 8, 0, tzinfo=UTC))


@pytest.fixture
def reminder_window(
    qtbot: QtBot, migrated_paths: AppPaths, clock: MovableClock
) -> Iterator[MainWindow]:
    with open_window(qtbot, migrated_paths, clock) as main:
        yield main


def _monday_plan(window: MainWindow, first: date = date(2026, 11, 16)) -> AppServices:
    services = window.services
    assert services is not None
    services.plans.set_plan(
        PlanInputs(
            indication=Indication.SLE,
            route=Route.SUBQ,
            birth_date=date(1984, 3, 2),
            first_dose=first,
            time_of_day=time(10, 0),
            zone="Europe/Madrid",
        )
    )
    services.reminders.save_settings(ReminderSettings(check_ins=False))
    operations().announce(Change.EVERYTHING)
    return services


def _centre(window: MainWindow) -> ReminderCentre:
    centre = window.start_reminders(
        notifier_factory=lambda _parent: None, zone=lambda: "Europe/Madrid"
    )
    assert isinstance(centre, ReminderCentre)
    assert centre.tray is None  # offscreen: no tray, the window is the channel
    return centre


def test_the_dose_due_window_appears_and_logging_answers_it(
    qtbot: QtBot, reminder_window: MainWindow, clock: MovableClock
) -> None:
    services = _monday_plan(reminder_window)
    services.plans.log_dose(
        sequence=1,
        given_at=datetime(2026, 11, 16, 9, 5, tzinfo=UTC),
        sites=[Site.THIGH_LEFT],
        given_by="clinic",
    )
    centre = _centre(reminder_window)
    assert not centre.due_window.isVisible()
    clock.now = datetime(2026, 11, 23, 9, 5, tzinfo=UTC)  # 10:05 in Madrid: prep and dose due
    with qtbot.waitSignal(centre.delivered) as delivered:
        centre.tick()
    reminders, consolidated = delivered.args
    assert len(reminders) == 2 and consolidated  # the app was "away" since 09:00: one prompt
    assert centre.due_window.isVisible()
    items = centre.due_window.reminders()
    assert len(items) == 1 and items[0].sequence == 2  # one line per dose
    assert "Time for your injection" in centre.due_window.items.item(0).text()

    centre.due_window.log_button.click()
    dialog = reminder_window.page("today").findChild(LogDoseDialog)
    assert isinstance(dialog, LogDoseDialog)
    dialog.when.setDateTime(QDateTime(2026, 11, 23, 10, 4, 0))
    dialog.save_button.click()
    assert centre.due_window.reminders() == []
    assert not centre.due_window.isVisible()
    assert services.reminders.pending("Europe/Madrid") == []
    clock.now = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)
    assert centre.tick() is not None and centre.due_window.reminders() == []  # never twice


def test_snooze_missed_and_skipped_answers(
    qtbot: QtBot, reminder_window: MainWindow, clock: MovableClock
) -> None:
    # the first dose (16 Nov) was given at the clinic; home prompts are from dose #2.
    services = _monday_plan(reminder_window)
    services.plans.log_dose(
        sequence=1,
        given_at=datetime(2026, 11, 16, 9, 5, tzinfo=UTC),
        sites=[Site.THIGH_LEFT],
        given_by="clinic",
    )
    centre = _centre(reminder_window)
    clock.now = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
    centre.tick()
    window = centre.due_window
    assert [r.sequence for r in window.reminders()] == [2]
    window.snooze(SnoozeChoice.TEN_MINUTES)
    assert window.reminders() == [] and not window.isVisible()
    clock.now = datetime(2026, 11, 23, 9, 10, tzinfo=UTC)
    centre.tick()
    assert [r.sequence for r in window.reminders()] == [2] and window.isVisible()
    window.mark_missed()
    assert "Inject as soon as you remember" in window.message.text()
    assert services.reminders.pending("Europe/Madrid") == []
    # Next week's dose: skipped on the care team's advice is recorded as such.
    clock.now = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
    centre.tick()
    assert [r.sequence for r in window.reminders()] == [3]
    window.mark_skipped()
    statuses = {d.sequence: d.status for d in services.plans.schedule(clock.now, date(2026, 12, 1))}
    assert statuses[3] is DoseStatus.SKIPPED


def test_unanswered_prompts_come_back_at_the_next_start(
    qtbot: QtBot, reminder_window: MainWindow, clock: MovableClock
) -> None:
    _monday_plan(reminder_window, first=date(2026, 11, 23))
    centre = _centre(reminder_window)
    clock.now = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
    centre.tick()
    centre.due_window.close()  # closed without answering
    centre.stop()
    reminder_window.reminder_centre = None
    again = _centre(reminder_window)
    assert [r.sequence for r in again.due_window.reminders()] == [1]
    assert again.due_window.isVisible()


def test_r17_the_make_up_flow_shows_both_dates_and_records_the_choice(
    qtbot: QtBot, reminder_window: MainWindow, clock: MovableClock
) -> None:
    # Wednesday 18th, 19:05 in Madrid: dose #1 (Monday 9th, at the clinic) was given, dose #2
    # (Monday 16th) was not logged: it is the open dose, still to give.
    clock.now = datetime(2026, 11, 18, 18, 5, tzinfo=UTC)
    services = _monday_plan(reminder_window, first=date(2026, 11, 9))
    services.plans.log_dose(
        sequence=1,
        given_at=datetime(2026, 11, 9, 9, 5, tzinfo=UTC),
        sites=[Site.THIGH_LEFT],
        given_by="clinic",
    )
    operations().announce(Change.EVERYTHING)
    today = reminder_window.page("today")
    assert isinstance(today, TodayPage)
    assert today.missed_dose_button.isVisibleTo(today)
    today.missed_dose_button.click()
    dialog = today.findChild(LogDoseDialog)
    assert isinstance(dialog, LogDoseDialog)
    assert dialog._dose.sequence == 2
    dialog.when.setDateTime(QDateTime(2026, 11, 18, 19, 0, 0))  # made up on Wednesday
    dialog.save_button.click()
    assert dialog.logged is not None and dialog.logged.make_up is MakeUpKind.WEEKLY_CHOICE
    make_up = today.findChild(MakeUpDialog)
    assert isinstance(make_up, MakeUpDialog)
    assert "23 November 2026" in make_up.keep.text()
    assert "25 November 2026" in make_up.new.text() and "Wednesday" in make_up.new.text()
    make_up.save_button.click()
    assert make_up.message.text()  # nothing chosen yet: asked to choose, nothing saved
    assert services.plans.pending_make_up(clock.now)
    make_up.new.setChecked(True)
    with qtbot.waitSignal(operations().changed):
        make_up.save_button.click()
    assert make_up.next_dose == date(2026, 11, 25)
    assert services.plans.pending_make_up(clock.now) == []
    assert "25 November 2026" in today.next_when.text() or "Wednesday" in today.next_when.text()
    assert not today.make_up_button.isVisible()


def test_a_late_dose_left_without_a_choice_is_asked_again_on_today(
    qtbot: QtBot, reminder_window: MainWindow, clock: MovableClock
) -> None:
    # Dose #1 (Monday 9th) given at the clinic; dose #2 (Monday 16th) made up on Wednesday 18th.
    services = _monday_plan(reminder_window, first=date(2026, 11, 9))
    services.plans.log_dose(
        sequence=1,
        given_at=datetime(2026, 11, 9, 9, 5, tzinfo=UTC),
        sites=[Site.THIGH_LEFT],
        given_by="clinic",
    )
    services.plans.log_dose(
        sequence=2, given_at=datetime(2026, 11, 18, 18, 0, tzinfo=UTC), sites=[Site.THIGH_LEFT]
    )
    operations().announce(Change.EVERYTHING)
    today = reminder_window.page("today")
    assert isinstance(today, TodayPage)
    assert today.make_up_button.isVisibleTo(today)
    dialog = today.open_make_up_dialog()
    assert isinstance(dialog, MakeUpDialog)
    qtbot.addWidget(dialog)
    dialog.keep.setChecked(True)
    dialog.save_button.click()
    assert dialog.next_dose == date(2026, 11, 23)
    assert not today.make_up_button.isVisibleTo(today)


def test_a_contraception_reminder_comes_to_today_not_to_the_dose_window(
    qtbot: QtBot, reminder_window: MainWindow, clock: MovableClock
) -> None:
    from belimumab_companion.domain.contraception import Method, default_setup
    from belimumab_companion.domain.reminders import ReminderKind
    from belimumab_companion.ui.text.reminder_text import summary

    services = _monday_plan(reminder_window)
    services.reminders.save_settings(ReminderSettings(check_ins=False, lead_times=(), prep=False))
    services.contraception.set_method(
        default_setup(Method.PROGESTIN_PILL, date(2026, 11, 1), time(21), "Europe/Madrid")
    )
    centre = _centre(reminder_window)
    today = reminder_window.page("today")
    assert isinstance(today, TodayPage)
    clock.now = datetime(2026, 11, 23, 19, 59, tzinfo=UTC)
    centre.tick()
    assert "23 Nov" not in " ".join(i.due.strftime("%d %b") for i in _today_items(today))
    clock.now = datetime(2026, 11, 23, 20, 1, tzinfo=UTC)  # 21:01 in Madrid
    with qtbot.waitSignal(centre.delivered) as delivered:
        centre.tick()
    [reminder] = delivered.args[0]
    assert reminder.kind is ReminderKind.CONTRACEPTION
    assert summary([reminder]) == ("Contraception reminder", "Take your pill")
    assert not centre.due_window.isVisible()  # not a dose
    assert next(i.due.day for i in _today_items(today)) == 23  # on Today, to mark done or missed


def _today_items(today: TodayPage) -> list[Any]:
    items = today.contraception_items
    return [] if items is None or items.isHidden() else items.items


def test_r10_check_ins_for_a_young_child_speak_to_the_caregiver(qapp: QApplication) -> None:
    from datetime import UTC, datetime

    from belimumab_companion.domain.reminders import Audience, Reminder, ReminderKind
    from belimumab_companion.ui.text.reminder_text import reminder_body, reminder_title

    at = datetime(2026, 11, 24, 18, tzinfo=UTC)

    def check_in(audience: Audience) -> Reminder:
        return Reminder(
            at, "check-in:1:3:2", ReminderKind.CHECK_IN, at, 1, 3, at, audience, None, False, "2"
        )

    child = check_in(Audience.CAREGIVER)
    assert reminder_title(child) == "How is your child since the dose?"
    assert reminder_body(child) == (
        "Day 2 after the dose: note any new or worse symptoms in your child's diary."
    )
    own = check_in(Audience.PATIENT)
    assert reminder_title(own) == "How are you since your dose?"
    assert "your dose" in reminder_body(own)
