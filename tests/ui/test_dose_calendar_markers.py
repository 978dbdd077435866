"""The dose calendar never says a status by colour alone: every status has its own symbol and
words, the symbols are painted on the days, each marked day has a tooltip, and the legend under
the calendar says what the symbols mean."""

from __future__ import annotations

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QEvent, QRect, Qt
from PySide6.QtGui import QHelpEvent, QPainter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QToolTip
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
    grid = calendar.grid
    november_24 = grid.month_model.index_of(date(2026, 11, 24))
    assert "Dose planned" in str(november_24.data(Qt.ItemDataRole.ToolTipRole))
    assert "24" in str(november_24.data(Qt.ItemDataRole.ToolTipRole))
    assert grid.month_model.index_of(date(2026, 11, 25)).data(Qt.ItemDataRole.ToolTipRole) is None
    viewport = grid.viewport()
    tip_day = grid.visualRect(november_24)
    event = QHelpEvent(
        QEvent.Type.ToolTip, tip_day.center(), viewport.mapToGlobal(tip_day.center())
    )
    QApplication.sendEvent(viewport, event)
    assert "Dose planned" in QToolTip.text()
    QToolTip.hideText()
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
    grid = calendar.grid
    assert grid.accessibleName() == "Days of November 2026"
    assert calendar.month_title.text() == "November 2026"
    for button in (calendar.previous_button, calendar.next_button):
        assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
        assert button.accessibleDescription()
    assert calendar.previous_button.accessibleName() == "Previous month"
    assert calendar.next_button.accessibleName() == "Next month"
    # the column headers are the weekdays in full (Qt's calendar said "1".."7")
    model = grid.month_model
    heard = [
        model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.AccessibleTextRole)
        for c in range(7)
    ]
    assert heard == [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ]  # the test locale's week starts on Monday
    # a day cell reads as its full date with its doses, not a bare number
    cell = model.index_of(date(2026, 11, 10))
    assert cell.data(Qt.ItemDataRole.AccessibleTextRole) == calendar.spoken_day(date(2026, 11, 10))
    assert cell.data() == "10"
    calendar.next_button.click()
    assert grid.accessibleName() == "Days of December 2026"
    assert calendar.month_title.text() == "December 2026"
    assert calendar.selected_day() == date(2026, 12, 10)
    # a day in full, with its doses as words, not only a drawn symbol
    missed = date(2026, 11, 10)
    assert calendar.spoken_day(missed) == f"{long_date(missed)}: Dose missed, not to be made up"
    assert calendar.spoken_day(date(2026, 11, 25)) == long_date(date(2026, 11, 25))


def test_the_keyboard_moves_by_day_week_and_month_and_says_the_day(qtbot: QtBot) -> None:
    calendar = DoseCalendar()
    qtbot.addWidget(calendar)
    calendar.setSelectedDate(QDate(2026, 11, 30))
    calendar.show()
    qtbot.waitExposed(calendar)
    grid = calendar.grid
    grid.setFocus()
    pages: list[tuple[int, int]] = []
    calendar.currentPageChanged.connect(lambda year, month: pages.append((year, month)))

    QTest.keyClick(grid, Qt.Key.Key_Right)  # past the month's end: the next month shows
    assert calendar.selected_day() == date(2026, 12, 1) and pages == [(2026, 12)]
    assert grid.month_model.day(grid.currentIndex()) == date(2026, 12, 1)
    QTest.keyClick(grid, Qt.Key.Key_Up)
    assert calendar.selected_day() == date(2026, 11, 24)
    QTest.keyClick(grid, Qt.Key.Key_PageDown)
    assert calendar.selected_day() == date(2026, 12, 24)
    QTest.keyClick(grid, Qt.Key.Key_End)
    assert calendar.selected_day() == date(2026, 12, 31)
    QTest.keyClick(grid, Qt.Key.Key_PageDown)  # 31 January, then February has 28 days
    QTest.keyClick(grid, Qt.Key.Key_PageDown)
    assert calendar.selected_day() == date(2027, 2, 28)
    QTest.keyClick(grid, Qt.Key.Key_Home)
    assert calendar.selected_day() == date(2027, 2, 1)
    assert calendar.grid.accessibleName() == "Days of February 2027"
    # a click on a day of the next month's first week picks it and shows its month
    march_first = grid.month_model.index_of(date(2027, 3, 1))
    QTest.mouseClick(
        grid.viewport(), Qt.MouseButton.LeftButton, pos=grid.visualRect(march_first).center()
    )
    assert calendar.selected_day() == date(2027, 3, 1) and calendar.monthShown() == 3
