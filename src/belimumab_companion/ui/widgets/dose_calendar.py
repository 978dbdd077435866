"""A month calendar with a marker per planned dose. Markers differ by shape, never by colour
alone: ✓ given, ✗ missed, ! due now, ○ upcoming or due later today, – skipped on advice.

Each marked day also has a tooltip saying what its dose is, the legend says what the symbols
mean (:func:`legend_text`, shown under the calendar), and the selected day's doses are part of
the calendar's accessible description, so a screen reader says them while the arrow keys move.

For a screen reader (issue 20) the grid is our own table over our own model (Qt's calendar
widget keeps its model private: its column headers read "1".."7" and its days bare numbers):
the grid is named after the month it shows ("Days of November 2026"), its column headers are the
weekdays in full, each day cell reads as the full date with its doses in words ("Monday,
23 November 2026: Dose given"), the previous and next month buttons are named Tab stops, and
moving to a day announces it.
"""

from __future__ import annotations

import calendar
from collections.abc import Sequence
from datetime import date, timedelta

from PySide6.QtCore import QDate, QLocale, QRect, Qt, Signal
from PySide6.QtGui import QFont, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from belimumab_companion.domain.schedule import DoseStatus, PlannedDose
from belimumab_companion.ui.text.i18n import marked
from belimumab_companion.ui.text.locale_format import long_date
from belimumab_companion.ui.widgets.announce import announce
from belimumab_companion.ui.widgets.month_grid import MonthGrid, MonthModel
from belimumab_companion.user_text import QT_TRANSLATE_NOOP, fill

# status -> (symbol, what a marked day's dose is, the legend's short word)
MARKERS: dict[DoseStatus, tuple[str, str, str]] = {
    DoseStatus.GIVEN: (
        "✓",
        QT_TRANSLATE_NOOP("DoseCalendar", "Dose given"),
        QT_TRANSLATE_NOOP("DoseCalendar", "given"),
    ),
    DoseStatus.GIVEN_LATE: (
        "◐",
        QT_TRANSLATE_NOOP("DoseCalendar", "Dose given late"),
        QT_TRANSLATE_NOOP("DoseCalendar", "given late"),
    ),
    DoseStatus.MISSED_CLOSED: (
        "✗",
        QT_TRANSLATE_NOOP("DoseCalendar", "Dose missed, not to be made up"),
        QT_TRANSLATE_NOOP("DoseCalendar", "missed"),
    ),
    DoseStatus.OPEN: (
        "‼",
        QT_TRANSLATE_NOOP("DoseCalendar", "Dose missed, still to give"),
        QT_TRANSLATE_NOOP("DoseCalendar", "still to give"),
    ),
    DoseStatus.AWAITING_CARE_TEAM: (
        "?",
        QT_TRANSLATE_NOOP("DoseCalendar", "Date to be given by your care team"),
        QT_TRANSLATE_NOOP("DoseCalendar", "date to confirm"),
    ),
    DoseStatus.OVERDUE: (
        "!",
        QT_TRANSLATE_NOOP("DoseCalendar", "Dose due now, not logged yet"),
        QT_TRANSLATE_NOOP("DoseCalendar", "due now"),
    ),
    DoseStatus.DUE: (
        "○",
        QT_TRANSLATE_NOOP("DoseCalendar", "Dose due later today"),
        QT_TRANSLATE_NOOP("DoseCalendar", "upcoming"),
    ),
    DoseStatus.UPCOMING: (
        "○",
        QT_TRANSLATE_NOOP("DoseCalendar", "Dose planned"),
        QT_TRANSLATE_NOOP("DoseCalendar", "upcoming"),
    ),
    DoseStatus.SKIPPED: (
        "–",
        QT_TRANSLATE_NOOP("DoseCalendar", "Dose skipped on the care team's advice"),
        QT_TRANSLATE_NOOP("DoseCalendar", "skipped on advice"),
    ),
}

# The legend's order: what is done, what went wrong, what is to come.
LEGEND_ORDER = (
    DoseStatus.GIVEN,
    DoseStatus.GIVEN_LATE,
    DoseStatus.OPEN,
    DoseStatus.MISSED_CLOSED,
    DoseStatus.OVERDUE,
    DoseStatus.UPCOMING,
    DoseStatus.AWAITING_CARE_TEAM,
    DoseStatus.SKIPPED,
)


def marker_for(status: DoseStatus) -> tuple[str, str]:
    """The symbol drawn on a day with a dose of ``status``, and what it means, translated."""
    symbol, meaning, _word = MARKERS[status]
    return symbol, marked("DoseCalendar", meaning)


def legend_text() -> str:
    """ "✓ given   ✗ missed   ! due now   ○ upcoming   – skipped on advice", translated (a symbol
    and its word joined by a no-break space)."""
    items = []
    for status in LEGEND_ORDER:
        symbol, _meaning, word = MARKERS[status]
        items.append(f"{symbol}\u00a0{marked('DoseCalendar', word)}")  # never split apart
    return "   ".join(items)


class DoseCalendar(QWidget):
    """The month grid, its month title and the previous and next month buttons."""

    selectionChanged = Signal()
    currentPageChanged = Signal(int, int)  # year, month

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("doseCalendar")
        self.setAccessibleName(self.tr("Dose calendar"))
        self._by_day: dict[date, list[tuple[str, str]]] = {}  # (symbol, what it means)
        today = QDate.currentDate()
        self._selected = date(today.year(), today.month(), today.day())
        self.model = MonthModel(self)
        self.grid = MonthGrid(self.model, self, self)
        self.grid.setObjectName("calendarDays")
        self.grid.setAccessibleDescription(
            self.tr("Arrow keys move between days; each day is read with its doses")
        )
        self.previous_button = self._month_button(
            "calendarPreviousMonth",
            Qt.ArrowType.LeftArrow,
            self.tr("Previous month"),
            self.tr("Shows the month before (Page Up in the days)"),
        )
        self.next_button = self._month_button(
            "calendarNextMonth",
            Qt.ArrowType.RightArrow,
            self.tr("Next month"),
            self.tr("Shows the month after (Page Down in the days)"),
        )
        self.month_title = QLabel()
        self.month_title.setObjectName("calendarMonth")
        self.month_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.month_title.setTextFormat(Qt.TextFormat.PlainText)
        title_font = QFont(self.month_title.font())
        title_font.setBold(True)
        self.month_title.setFont(title_font)
        bar = QHBoxLayout()
        bar.addWidget(self.previous_button)
        bar.addWidget(self.month_title, 1)
        bar.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.grid)
        self.setFocusProxy(self.grid)
        QWidget.setTabOrder(self.grid, self.previous_button)
        QWidget.setTabOrder(self.previous_button, self.next_button)
        self.previous_button.clicked.connect(lambda: self.show_month(-1))
        self.next_button.clicked.connect(lambda: self.show_month(1))
        self.grid.moved.connect(self._move_by)
        self.grid.picked.connect(self._pick)
        self.selectionChanged.connect(self._describe)
        self.selectionChanged.connect(self._announce_day)
        self._show(self._selected)

    def _month_button(
        self, name: str, arrow: Qt.ArrowType, label: str, description: str
    ) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName(name)
        button.setArrowType(arrow)
        button.setAccessibleName(label)
        button.setAccessibleDescription(description)
        button.setToolTip(label)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        return button

    # --- what QCalendarWidget offered, kept for the page and the tests --------------------------
    def selectedDate(self) -> QDate:
        return QDate(self._selected.year, self._selected.month, self._selected.day)

    def setSelectedDate(self, qdate: QDate | date) -> None:
        day = qdate if isinstance(qdate, date) else date(qdate.year(), qdate.month(), qdate.day())
        self._show(day)

    def monthShown(self) -> int:
        return self.model.month

    def yearShown(self) -> int:
        return self.model.year

    def updateCells(self) -> None:
        self.model.refresh()

    # --- moving ----------------------------------------------------------------------------------
    def show_month(self, step: int) -> None:
        """The month before (-1) or after (+1); the selected day moves with it."""
        self._show(_add_months(self._selected, step))

    def _move_by(self, days: int, months: int) -> None:
        day = _add_months(self._selected, months) if months else self._selected
        self._show(day + timedelta(days=days))

    def _pick(self, day: date) -> None:
        self._show(day)

    def _show(self, day: date) -> None:
        changed_day = day != self._selected
        page = (day.year, day.month)
        changed_page = page != (self.model.year, self.model.month)
        self._selected = day
        if changed_page:
            self.model.show(day.year, day.month)
            self._name_month()
            self.currentPageChanged.emit(day.year, day.month)
        self.grid.select(self.model.index_of(day))
        if changed_day or changed_page:
            self.selectionChanged.emit()
        self._describe()

    def month_text(self) -> str:
        """The month shown, as a screen reader says it ("November 2026")."""
        month = QDate(self.yearShown(), self.monthShown(), 1)
        return QLocale().toString(month, "MMMM yyyy")

    def _name_month(self) -> None:
        month = self.month_text()
        self.month_title.setText(month)
        self.grid.setAccessibleName(fill(self.tr("Days of %1"), (month,)))

    # --- what a day says ---------------------------------------------------------------------
    def spoken_day(self, day: date) -> str:
        """A day as a screen reader hears it: the full date, then its doses in words."""
        meanings = [meaning for _symbol, meaning in self._by_day.get(day, [])]
        if not meanings:
            return long_date(day)
        return fill(self.tr("%1: %2"), (long_date(day), "; ".join(meanings)))

    def _announce_day(self) -> None:
        """Said while the arrow keys move in the grid (not when a page sets the date)."""
        focus = QApplication.focusWidget()
        if focus is not None and (focus is self or self.isAncestorOf(focus)):
            announce(self, self.spoken_day(self._selected))

    def set_doses(self, doses: Sequence[PlannedDose]) -> None:
        """Each dose on its planned day; a dose given late also on the day it was given."""
        self._by_day = {}
        for dose in doses:
            self._by_day.setdefault(dose.local_date, []).append(marker_for(dose.status))
            given = dose.given_day
            if dose.status is DoseStatus.GIVEN_LATE and given is not None:
                meaning = fill(
                    self.tr("Dose #%1 given late (planned %2)"),
                    (str(dose.sequence), long_date(dose.local_date)),
                )
                self._by_day.setdefault(given, []).append((MARKERS[DoseStatus.GIVEN][0], meaning))
        self.model.refresh()
        self._describe()

    def marker(self, day: date) -> str:
        return "".join(symbol for symbol, _meaning in self._by_day.get(day, []))

    def day_text(self, day: date) -> str:
        """What the doses of ``day`` are, one line each ("" for a day without a dose)."""
        lines = []
        for symbol, meaning in self._by_day.get(day, []):
            lines.append(fill(self.tr("%1 %2: %3"), (symbol, long_date(day), meaning)))
        return "\n".join(lines)

    def selected_day(self) -> date:
        return self._selected

    def _describe(self) -> None:
        """The accessible description: the selected day's doses, then what the symbols mean."""
        day_doses = self.day_text(self._selected)
        legend = fill(self.tr("Symbols: %1. Arrow keys move between days."), (legend_text(),))
        self.setAccessibleDescription(f"{day_doses}\n{legend}" if day_doses else legend)

    def paintCell(self, painter: QPainter, rect: QRect, qdate: QDate | date) -> None:
        """Draws a day's dose symbols in the corner of its cell (the grid's delegate calls it)."""
        day = qdate if isinstance(qdate, date) else date(qdate.year(), qdate.month(), qdate.day())
        mark = self.marker(day)
        if not mark:
            return
        painter.save()
        font = QFont(painter.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 0.8)  # beside the day's number, not over it
        painter.setFont(font)
        # the symbol is the cue; the colour only sets it apart (and stays readable when selected)
        role = (
            QPalette.ColorRole.HighlightedText
            if day == self._selected
            else QPalette.ColorRole.Highlight
        )
        painter.setPen(self.palette().color(role))
        painter.drawText(
            rect.adjusted(2, 1, -3, -1),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
            mark,
        )
        painter.restore()


def _add_months(day: date, months: int) -> date:
    """The same day ``months`` later (the month's last day when it is shorter)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))
