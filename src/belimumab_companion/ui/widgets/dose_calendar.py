"""A month calendar with a marker per planned dose. Markers differ by shape, never by colour
alone: ✓ given, ✗ missed, ! due now, ○ upcoming or due later today, – skipped on advice.

Each marked day also has a tooltip saying what its dose is, the legend says what the symbols
mean (:func:`legend_text`, shown under the calendar), and the selected day's doses are part of
the calendar's accessible description, so a screen reader says them while the arrow keys move.

For a screen reader (issue 20): the day grid is named after the month it shows ("Days of November
2026"), so the month is spoken on entering it and whenever it changes; the month and year buttons
and the previous/next arrows are Tab stops with names; and moving to a day announces the day in
full with its doses as words ("Monday, November 23, 2026: Dose given"). Qt's calendar grid gives
each cell only its day number and its hidden column headers only "1".."7" (its model is private,
with no accessible roles), so the spoken day comes from that announcement.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, QRect, Qt
from PySide6.QtGui import QFont, QHelpEvent, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QCalendarWidget, QToolButton, QToolTip, QWidget

from belimumab_companion.domain.schedule import DoseStatus, PlannedDose
from belimumab_companion.ui.text.i18n import marked
from belimumab_companion.ui.text.locale_format import long_date
from belimumab_companion.ui.widgets.announce import announce
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


class DoseCalendar(QCalendarWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("doseCalendar")
        self.setAccessibleName(self.tr("Dose calendar"))
        self.setGridVisible(True)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self._by_day: dict[date, list[tuple[str, str]]] = {}  # (symbol, what it means)
        self._cells: dict[tuple[int, int, int, int], date] = {}  # painted cell -> its day
        self._view = self.findChild(QWidget, "qt_calendar_calendarview")
        if self._view is not None:
            viewport = getattr(self._view, "viewport", lambda: None)()
            (viewport or self._view).installEventFilter(self)
        self._name_parts()
        self.selectionChanged.connect(self._describe)
        self.selectionChanged.connect(self._announce_day)
        self.currentPageChanged.connect(self._name_month)
        self._describe()
        self._name_month()

    def _name_parts(self) -> None:
        """Names for the grid and the navigation bar's buttons, which become Tab stops."""
        parts = (
            ("qt_calendar_prevmonth", self.tr("Previous month"), self.tr("Shows the month before")),
            ("qt_calendar_nextmonth", self.tr("Next month"), self.tr("Shows the month after")),
            ("qt_calendar_monthbutton", "", self.tr("Opens a list of the months")),
            ("qt_calendar_yearbutton", "", self.tr("Lets you type another year")),
        )
        for object_name, name, description in parts:
            button = self.findChild(QToolButton, object_name)
            if button is None:
                continue
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            if name:
                button.setAccessibleName(name)
            button.setAccessibleDescription(description)
        if self._view is not None:
            self._view.setAccessibleDescription(
                self.tr("Arrow keys move between days; each day is read with its doses")
            )

    def month_text(self) -> str:
        """The month shown, as a screen reader says it ("November 2026")."""
        month = QDate(self.yearShown(), self.monthShown(), 1)
        return QLocale().toString(month, "MMMM yyyy")

    def _name_month(self) -> None:
        month = self.month_text()
        if self._view is not None:
            self._view.setAccessibleName(fill(self.tr("Days of %1"), (month,)))
        month_button = self.findChild(QToolButton, "qt_calendar_monthbutton")
        if month_button is not None:
            month_button.setAccessibleName(fill(self.tr("Month: %1"), (month,)))
        year_button = self.findChild(QToolButton, "qt_calendar_yearbutton")
        if year_button is not None:
            year_button.setAccessibleName(fill(self.tr("Year: %1"), (str(self.yearShown()),)))

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
            announce(self, self.spoken_day(self._selected_day()))

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
        self.updateCells()
        self._describe()

    def marker(self, day: date) -> str:
        return "".join(symbol for symbol, _meaning in self._by_day.get(day, []))

    def day_text(self, day: date) -> str:
        """What the doses of ``day`` are, one line each ("" for a day without a dose)."""
        lines = []
        for symbol, meaning in self._by_day.get(day, []):
            lines.append(fill(self.tr("%1 %2: %3"), (symbol, long_date(day), meaning)))
        return "\n".join(lines)

    def _selected_day(self) -> date:
        selected = self.selectedDate()
        return date(selected.year(), selected.month(), selected.day())

    def _describe(self) -> None:
        """The accessible description: the selected day's doses, then what the symbols mean."""
        day_doses = self.day_text(self._selected_day())
        legend = fill(self.tr("Symbols: %1. Arrow keys move between days."), (legend_text(),))
        self.setAccessibleDescription(f"{day_doses}\n{legend}" if day_doses else legend)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            day = self._day_at(event.pos().x(), event.pos().y())
            text = self.day_text(day) if day is not None else ""
            if text and isinstance(watched, QWidget):
                QToolTip.showText(event.globalPos(), text, watched)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().eventFilter(watched, event)

    def _day_at(self, x: int, y: int) -> date | None:
        for (left, top, width, height), day in self._cells.items():
            if left <= x < left + width and top <= y < top + height:
                return day
        return None

    def paintCell(self, painter: QPainter, rect: QRect, qdate: QDate | date) -> None:
        if isinstance(qdate, QDate):
            day = date(qdate.year(), qdate.month(), qdate.day())
            super().paintCell(painter, rect, qdate)
        else:  # some PySide6 builds hand a datetime.date to the override
            day = qdate
            super().paintCell(painter, rect, QDate(day.year, day.month, day.day))
        self._cells[(rect.x(), rect.y(), rect.width(), rect.height())] = day
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
            if day == self._selected_day()
            else QPalette.ColorRole.Highlight
        )
        painter.setPen(self.palette().color(role))
        painter.drawText(
            rect.adjusted(2, 1, -3, -1),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
            mark,
        )
        painter.restore()
