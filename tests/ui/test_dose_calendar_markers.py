"""The dose calendar never says a status by colour alone: every status has its own symbol and
words, the symbols are painted on the days, each marked day has a tooltip, and the legend under
the calendar says what the symbols mean."""

from __future__ import annotations

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QEvent, QRect, Qt
from PySide6.QtGui import QHelpEvent, QPainter
from PySide6.QtWidgets import QApplication, QToolButton, QToolTip, QWidget
from pytestqt.qtbot import QtBot

from belimumab_companion.domain.regimens import Indication, Route
from belimumab_companion.domain.schedule import DoseStatus
from belimumab_companion.services.plan_service import PlanInputs
from belimumab_companion.ui.pages.schedule_page import SchedulePage
from belimumab_companion.ui.shell.main_window import MainWindow
from belimumab_companion.ui.text.locale_format import long_date
from belimumab_companion.ui.widgets.dose_calendar import DoseCalendar, legend_text, marker_for

# FIXED_NOW is 2026-11-23 09:30 UTC: 10 and 17 November were never logged (missed), 24 is next.
PLAN = PlanInputs(
    indication=Indication.LN,
    route=Route.SUBQ,
    birth_date=date(1984, 3, 2),
    first_dose=date(2026, 11, 10),
    time_of_day=time(18, 0),
    zone="Europe/Madrid",
)


def test_every_status_has_its_own_symbol_and_words() -> None:
    markers = {status: marker_for(status) for status in DoseStatus}
    assert all(symbol and text for symbol, text in markers.values())
    assert marker_for(DoseStatus.GIVEN) == ("✓", "Dose given")
    # statuses that mean different things to do look different (due and upcoming: both to come)
    symbols = {markers[s][0] for s in DoseStatus if s is not DoseStatus.DUE}
    assert len(symbols) == len(DoseStatus) - 1
    assert len({text for _symbol, text in markers.values()}) == len(DoseStatus)


def test_the_legend_names_every_symbol(qtbot: QtBot, window: MainWindow) -> None:
    schedule = window.page("schedule")
    assert isinstance(schedule, SchedulePage)
    window.show_page("schedule")
    legend = schedule.legend
    assert legend.isVisibleTo(schedule) and legend.text() == legend_text()
    words = legend.text().replace("\u00a0", " ")
    for expected in ("✓ given", "✗ missed", "! due now", "○ upcoming", "– skipped on advice"):
        assert expected in words
    for status in DoseStatus:
        assert marker_for(status)[0] in legend.text()


class RecordingCalendar(DoseCalendar):
    def __init__(self) -> None:
        super().__init__()
        self.painted: dict[date, QRect] = {}

    def paintCell(self, painter: QPainter, rect: QRect, qdate: QDate | date) -> None:
        super().paintCell(painter, rect, qdate)
        day = date(qdate.year(), qdate.month(), qdate.day()) if isinstance(qdate, QDate) else qdate
        self.painted[day] = QRect(rect)


def test_marked_days_get_a_symbol_a_tooltip_and_a_spoken_description(
    qtbot: QtBot, window: MainWindow
) -> None:
    assert window.services is not None
    window.services.plans.set_plan(PLAN)
    doses = window.services.plans.overview(window.services.clock()).history
    doses += window.services.plans.overview(window.services.clock()).upcoming
    calendar = RecordingCalendar()
    qtbot.addWidget(calendar)
    calendar.set_doses(doses)
    calendar.setSelectedDate(QDate(2026, 11, 10))
    calendar.resize(420, 300)
    calendar.show()
    qtbot.waitExposed(calendar)
    calendar.grab()  # paints every cell through the override

    assert calendar.marker(date(2026, 11, 10)) == "✗"
    assert calendar.marker(date(2026, 11, 24)) == "○"
    assert calendar.marker(date(2026, 11, 25)) == ""
    assert date(2026, 11, 10) in calendar.painted and date(2026, 11, 24) in calendar.painted

    # the selected day's doses are in what a screen reader says of the calendar
    description = calendar.accessibleDescription()
    assert "Dose missed" in description and "✗" in description and "Symbols:" in description

    # hovering a marked day shows what its dose is; a day without one shows nothing
    view = calendar.findChild(QWidget, "qt_calendar_calendarview")
    assert view is not None
    viewport = view.viewport()  # type: ignore[attr-defined]  # Qt's private calendar view, found by name
    tip_day = calendar.painted[date(2026, 11, 24)]
    event = QHelpEvent(
        QEvent.Type.ToolTip, tip_day.center(), viewport.mapToGlobal(tip_day.center())
    )
    QApplication.sendEvent(viewport, event)
    assert "Dose planned" in QToolTip.text() and "24" in QToolTip.text()
    QToolTip.hideText()
    empty = calendar.painted[date(2026, 11, 25)].center()
    QApplication.sendEvent(
        viewport, QHelpEvent(QEvent.Type.ToolTip, empty, viewport.mapToGlobal(empty))
    )
    qtbot.waitUntil(lambda: not QToolTip.isVisible())
    assert calendar.day_text(date(2026, 11, 25)) == ""
    assert calendar.day_text(date(2026, 11, 24)).endswith("Dose planned")


def test_the_schedule_page_calendar_is_marked_from_the_plan(window: MainWindow) -> None:
    assert window.services is not None
    window.services.plans.set_plan(PLAN)
    schedule = window.page("schedule")
    assert isinstance(schedule, SchedulePage)
    schedule.load(window.services)
    due = datetime(2026, 11, 24, 18, 0, tzinfo=ZoneInfo("Europe/Madrid"))
    assert schedule.calendar.marker(due.date()) == "○"
    assert "Dose planned" in schedule.calendar.day_text(due.date())


def test_a_screen_reader_hears_the_month_the_day_in_full_and_its_doses(
    qtbot: QtBot, window: MainWindow
) -> None:
    """Issue 20: the grid is named after the month shown (renamed when the month changes), the
    navigation bar's buttons are named Tab stops, and a day is spoken in full with its doses."""
    assert window.services is not None
    window.services.plans.set_plan(PLAN)
    overview = window.services.plans.overview(window.services.clock())
    calendar = DoseCalendar()
    qtbot.addWidget(calendar)
    calendar.set_doses([*overview.history, *overview.upcoming])
    calendar.setSelectedDate(QDate(2026, 11, 10))
    calendar.show()
    qtbot.waitExposed(calendar)
    view = calendar.findChild(QWidget, "qt_calendar_calendarview")
    assert view is not None
    assert view.accessibleName() == "Days of November 2026"
    buttons = {
        name: calendar.findChild(QToolButton, name)
        for name in (
            "qt_calendar_prevmonth",
            "qt_calendar_nextmonth",
            "qt_calendar_monthbutton",
            "qt_calendar_yearbutton",
        )
    }
    present = {name: button for name, button in buttons.items() if button is not None}
    assert present.keys() == buttons.keys()
    for name, button in present.items():
        assert button.focusPolicy() & Qt.FocusPolicy.TabFocus, name
        assert button.accessibleDescription(), name
    assert present["qt_calendar_prevmonth"].accessibleName() == "Previous month"
    assert present["qt_calendar_nextmonth"].accessibleName() == "Next month"
    assert present["qt_calendar_monthbutton"].accessibleName() == "Month: November 2026"
    assert present["qt_calendar_yearbutton"].accessibleName() == "Year: 2026"
    present["qt_calendar_nextmonth"].click()
    assert view.accessibleName() == "Days of December 2026"
    assert present["qt_calendar_monthbutton"].accessibleName() == "Month: December 2026"
    # a day in full, with its doses as words, not only a drawn symbol
    missed = date(2026, 11, 10)
    assert calendar.spoken_day(missed) == f"{long_date(missed)}: Dose missed, not to be made up"
    assert calendar.spoken_day(date(2026, 11, 25)) == long_date(date(2026, 11, 25))
