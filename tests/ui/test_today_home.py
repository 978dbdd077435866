"""Issue 20, item 2: Today as the daily home. "Taken now" logs the dose the page shows (its
segment and sequence, R-47) at the present minute with the suggested site(s) (R-28, R-22), and
Undo takes it out again; "Remind me in…" snoozes its reminder; nothing clinical before a plan."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from pytestqt.qtbot import QtBot

from belimumab_companion.domain.dose_log import Site
from belimumab_companion.domain.regimens import Indication, Route
from belimumab_companion.domain.reminders import SnoozeChoice
from belimumab_companion.paths import AppPaths
from belimumab_companion.services.plan_service import PlanInputs
from belimumab_companion.system.local_zone import local_zone_name
from belimumab_companion.ui.dialogs.log_dose_dialog import LogDoseDialog
from belimumab_companion.ui.pages.today_page import TodayPage
from belimumab_companion.ui.shell.main_window import MainWindow
from belimumab_companion.ui.shell.operations import Change, operations
from testsupport import FIXED_NOW

MADRID = ZoneInfo("Europe/Madrid")


def _today(window: MainWindow) -> TodayPage:
    today = window.page("today")
    assert isinstance(today, TodayPage)
    return today


def _plan(window: MainWindow, indication: Indication, first: date, at: time) -> None:
    assert window.services is not None
    window.services.plans.set_plan(
        PlanInputs(
            indication=indication,
            route=Route.SUBQ,
            birth_date=date(1984, 3, 2),
            first_dose=first,
            time_of_day=at,
            zone="Europe/Madrid",
        )
    )


def test_nothing_clinical_shows_before_a_plan(window: MainWindow) -> None:
    services = window.services
    assert services is not None
    assert services.mood.due()  # due, yet not said before a plan
    services.contraception.set_enabled(True)
    operations().announce(Change.EVERYTHING)
    today = _today(window)
    assert today.setup_notice.isVisibleTo(today)
    assert "Welcome" in today.setup_notice.title.text()
    assert today.setup_notice.button.isVisibleTo(today)
    assert not today.check_in.isVisibleTo(today) and today.check_in.text() == ""
    assert not today.contraception.isVisibleTo(today)
    assert not today.attention.isVisibleTo(today)
    assert not today.card.isVisibleTo(today)
    assert not today.dose_actions.taken_now.isVisibleTo(today)
    assert today.symptom_button.isVisibleTo(today)  # the diary stays
    _plan(window, Indication.SLE, date(2026, 11, 24), time(18))
    operations().announce(Change.EVERYTHING)
    assert today.contraception.isVisibleTo(today)  # with a plan, the window is shown
    assert "mood check-in is due" in today.check_in.text()


def test_taken_now_logs_the_dose_shown_with_the_suggested_site_and_undo_removes_it(
    qtbot: QtBot, window: MainWindow
) -> None:
    services = window.services
    assert services is not None
    _plan(window, Indication.SLE, date(2026, 11, 16), time(9))  # dose 2 due today 09:00
    services.plans.log_dose(
        given_at=datetime(2026, 11, 16, 9, 5, tzinfo=MADRID),
        sites=[Site.THIGH_LEFT],
        segment_id=services.plans.segments()[0].id,
        sequence=1,
    )
    operations().announce(Change.EVERYTHING)
    today = _today(window)
    actions = today.dose_actions
    assert actions.taken_now.isVisibleTo(today)
    assert actions.dose is not None and actions.dose.sequence == 2
    assert "dose #2" in actions.target.text()
    assert today.log_button.text() == "Taken at another &time…"
    today.log_button.click()  # the full form, for the same dose
    form = today.findChild(LogDoseDialog)
    assert isinstance(form, LogDoseDialog) and form._dose.sequence == 2
    form.reject()
    with qtbot.waitSignal(operations().changed):
        actions.taken_now.click()
    record = services.plans.dose_record(services.plans.segments()[0].id, 2)
    assert record is not None
    assert record.given_at == FIXED_NOW.replace(second=0, microsecond=0)
    assert len(record.sites) == 1 and Site.THIGH_LEFT not in record.sites
    assert actions.undo_bar.isVisibleTo(today)
    assert "Saved: dose #2" in actions.undo_bar.text.text()
    assert not actions.taken_now.isVisibleTo(today)  # dose 3 is next week: no one-click log
    with qtbot.waitSignal(operations().changed):
        actions.undo_bar.button.click()
    assert services.plans.dose_record(services.plans.segments()[0].id, 2) is None
    assert actions.undo_bar.text.text() == "Undone."
    assert actions.taken_now.isVisibleTo(today) and actions.dose.sequence == 2


def test_taken_now_for_a_400_mg_dose_picks_two_sites(qtbot: QtBot, window: MainWindow) -> None:
    services = window.services
    assert services is not None
    _plan(window, Indication.LN, date(2026, 11, 23), time(9))  # LN: 400 mg, two injections
    operations().announce(Change.EVERYTHING)
    today = _today(window)
    actions = today.dose_actions
    assert actions.dose is not None and actions.dose.injections == 2
    with qtbot.waitSignal(operations().changed):
        actions.taken_now.click()
    record = services.plans.dose_record(services.plans.segments()[0].id, 1)
    assert record is not None and len(set(record.sites)) == 2  # complete, two sites
    assert not record.not_fully_given


def test_remind_me_in_an_hour_snoozes_the_dose_reminder(
    qtbot: QtBot, window: MainWindow, data_paths: AppPaths
) -> None:
    _plan(window, Indication.SLE, date(2026, 11, 23), time(9))
    operations().announce(Change.EVERYTHING)
    actions = _today(window).dose_actions
    assert actions.remind.isVisibleTo(_today(window))
    with qtbot.waitSignal(operations().changed):
        actions.remind_actions[SnoozeChoice.ONE_HOUR].trigger()
    local = (FIXED_NOW + timedelta(hours=1)).astimezone(ZoneInfo(local_zone_name()))
    assert local.strftime("%H:%M") in actions.undo_bar.text.text()  # now plus an hour
    with sqlite3.connect(data_paths.database) as connection:
        (until,) = connection.execute("SELECT until FROM reminder_snooze").fetchone()
    assert "10:30" in str(until)  # stored in UTC
