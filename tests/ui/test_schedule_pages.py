"""Today and Schedule pages over a real plan in a real data folder."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

from PySide6.QtCore import QDate, Qt
from pytestqt.modeltest import ModelTester

from belimumab_companion.domain.regimens import Indication, Route
from belimumab_companion.services.clock import fixed_clock
from belimumab_companion.services.plan_service import PlanInputs, PlanService
from belimumab_companion.ui.models.doses_model import DosesModel
from belimumab_companion.ui.pages.schedule_page import SchedulePage
from belimumab_companion.ui.pages.today_page import TodayPage
from belimumab_companion.ui.shell.main_window import MainWindow

# FIXED_NOW is 2026-11-23 09:30 UTC (a Monday).
LN_PLAN = PlanInputs(
    indication=Indication.LN,
    route=Route.SUBQ,
    birth_date=date(1984, 3, 2),
    first_dose=date(2026, 11, 10),
    time_of_day=time(18, 0),
    zone="Europe/Madrid",
)


def test_without_a_plan_both_pages_say_so(window: MainWindow) -> None:
    today = window.page("today")
    assert isinstance(today, TodayPage)
    assert today.empty.isVisibleTo(today) and "No treatment plan yet" in today.empty.text()
    assert not today.card.isVisibleTo(today)
    schedule = window.page("schedule")
    assert isinstance(schedule, SchedulePage)
    assert "No treatment plan yet" in schedule.plan_summary.text()
    assert schedule.upcoming_model.rowCount() == 0


def test_today_shows_the_next_dose_and_what_needs_attention(window: MainWindow) -> None:
    assert window.services is not None
    window.services.plans.set_plan(LN_PLAN)
    today = window.page("today")
    assert isinstance(today, TodayPage)
    today.load(window.services)
    assert today.card.isVisibleTo(today)
    # 11-10 and 11-17 were never logged: missed, so the R-05 starting phase is not used up.
    # R-47: only 11-17 is still to give (open); 11-10 closed when 11-17's day began.
    assert "18:00" in today.next_when.text() and "in 1 day" in today.next_when.text()
    assert (
        "400 mg" in today.next_details.text()
        and "two 200 mg injections" in today.next_details.text()
    )
    assert (
        "30 minutes" in today.next_prepare.text()
        and "never the upper arm" in today.next_prepare.text()
    )
    assert today.attention.isVisibleTo(today)
    body = today.attention_body.text()
    assert body.count("missed") == 1 and "Inject as soon as you remember" in body
    assert "17 November" in body and "10 November" not in body  # one open dose at a time
    assert today.missed_dose_button.isVisibleTo(today)


def test_schedule_lists_upcoming_and_history(window: MainWindow) -> None:
    assert window.services is not None
    window.services.plans.set_plan(LN_PLAN)
    schedule = window.page("schedule")
    assert isinstance(schedule, SchedulePage)
    schedule.load(window.services)
    assert (
        "lupus nephritis by injection, every 7 days, at 18:00 (Europe/Madrid)"
        in schedule.plan_summary.text()
    )
    model = schedule.upcoming_model
    assert model.rowCount() == 12
    first = [model.data(model.index(0, c)) for c in range(model.columnCount())]
    assert first[0] == "3" and first[3] == "400 mg, 2 injections" and first[2] == "upcoming"
    assert first[1] == "Tue, 24 Nov 2026, 18:00"  # the locale's (here C) medium date and time
    assert "two 200 mg injections" in str(
        model.data(model.index(0, 3), Qt.ItemDataRole.ToolTipRole)
    )
    assert (
        model.data(model.index(0, 1), Qt.ItemDataRole.ToolTipRole)
        == "Tuesday, 24 November 2026, 18:00"
    )
    assert schedule.history_model.rowCount() == 2
    history = schedule.history_model
    # newest first: 11-17 still to give (R-16), 11-10 closed once 11-17's day began (R-47)
    assert history.data(history.index(0, 2)) == "missed, still to give"
    assert history.data(history.index(1, 2)) == "missed — not to be made up"


def test_doses_model_passes_qtmodeltester(qtmodeltester: ModelTester, window: MainWindow) -> None:
    assert window.services is not None
    window.services.plans.set_plan(LN_PLAN)
    model = DosesModel(window.services.plans.upcoming(window.services.clock(), 10))
    qtmodeltester.check(model, force_py=True)
    assert model.headerData(1, Qt.Orientation.Horizontal) == "When"


def test_calendar_markers_have_shapes_and_a_legend(window: MainWindow) -> None:
    from datetime import date as _date

    assert window.services is not None
    # The app was set up before the first dose: adherence counts both missed doses.
    PlanService(
        window.services.database.sessions, fixed_clock(datetime(2026, 11, 9, 12, 0, tzinfo=UTC))
    ).set_plan(LN_PLAN)
    schedule = window.page("schedule")
    assert isinstance(schedule, SchedulePage)
    schedule.load(window.services)
    assert schedule.calendar.marker(_date(2026, 11, 10)) == "✗"  # missed
    assert schedule.calendar.marker(_date(2026, 11, 17)) == "‼"  # missed, still to give
    assert schedule.calendar.marker(_date(2026, 11, 24)) == "○"  # upcoming
    assert schedule.calendar.marker(_date(2026, 11, 25)) == ""
    legend = schedule.legend.text().replace("\u00a0", " ")  # a symbol and its word never part
    assert "✓ given" in legend and "✗ missed" in legend
    assert "Starting doses: 0 on time, 0 late, 0 early, 2 missed" in schedule.adherence.text()
    schedule.calendar.setSelectedDate(QDate(2026, 11, 24))
    schedule.calendar.grab()  # paints every cell through the override


def test_long_history_is_fetched_in_batches(qtmodeltester: ModelTester, window: MainWindow) -> None:
    assert window.services is not None
    window.services.plans.set_plan(
        PlanInputs(
            indication=Indication.SLE,
            route=Route.SUBQ,
            birth_date=date(1984, 3, 2),
            first_dose=date(2022, 11, 22),
            time_of_day=time(18, 0),
            zone="Europe/Madrid",
        )
    )
    history = window.services.plans.overview(window.services.clock()).history
    assert len(history) > 200
    model = DosesModel(history)
    assert model.rowCount() == 100
    assert model.canFetchMore(model.index(-1, -1))
    while model.canFetchMore(model.index(-1, -1)):
        model.fetchMore(model.index(-1, -1))
    assert model.rowCount() == len(history)
    assert model.data(model.index(len(history) - 1, 0)) == "1"
    qtmodeltester.check(model, force_py=True)
