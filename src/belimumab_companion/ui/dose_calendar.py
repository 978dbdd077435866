"""A month calendar with a marker per planned dose. Markers differ by shape and letter, never by
colour alone: ✓ given, ✗ missed, ○ upcoming or due, – skipped on advice."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QDate, QRect, Qt
from PySide6.QtGui import QFont, QPainter
from PySide6.QtWidgets import QCalendarWidget, QWidget

from belimumab_companion.domain.schedule import DoseStatus, PlannedDose

MARKERS = {
    DoseStatus.GIVEN: "✓",
    DoseStatus.MISSED: "✗",
    DoseStatus.UPCOMING: "○",
    DoseStatus.DUE: "○",
    DoseStatus.OVERDUE: "!",
    DoseStatus.SKIPPED: "–",
}
LEGEND = "✓ given   ✗ missed   ! due now   ○ upcoming   – skipped on advice"


class DoseCalendar(QCalendarWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("doseCalendar")
        self.setAccessibleName(self.tr("Dose calendar"))
        self.setGridVisible(True)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self._by_day: dict[date, list[PlannedDose]] = {}

    def set_doses(self, doses: Sequence[PlannedDose]) -> None:
        self._by_day = {}
        for dose in doses:
            self._by_day.setdefault(dose.local_date, []).append(dose)
        self.updateCells()

    def marker(self, day: date) -> str:
        return "".join(MARKERS[d.status] for d in self._by_day.get(day, []))

    def paintCell(self, painter: QPainter, rect: QRect, qdate: QDate | date) -> None:
        if isinstance(qdate, QDate):
            day = date(qdate.year(), qdate.month(), qdate.day())
            super().paintCell(painter, rect, qdate)
        else:  # some PySide6 builds hand a datetime.date to the override
            day = qdate
            super().paintCell(painter, rect, QDate(day.year, day.month, day.day))
        mark = self.marker(day)
        if not mark:
            return
        painter.save()
        font = QFont(painter.font())
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(self.palette().color(self.palette().ColorRole.Highlight))
        painter.drawText(
            rect.adjusted(2, 1, -3, -1),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
            mark,
        )
        painter.restore()
