"""PHQ-9 and PHQ-2 totals over time (R-40, R-41), drawn with pyqtgraph (``ui/widgets/plotting``)
in the palette's colours. Circles are PHQ-9 totals, squares PHQ-2 totals (shape, not colour
alone). It is drawn once shown (the first draw imports pyqtgraph). A chart is invisible to
screen readers: the accessible description says what it shows in
words, and the latest check-ins are listed as text under it. The chart never says a score is
fine (R-32)."""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from typing import Any

from PySide6.QtCore import QDate, QEvent, QLocale, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from belimumab_companion.domain.phq import Questionnaire
from belimumab_companion.services.mood_service import MoodCheckIn
from belimumab_companion.ui.text.locale_format import integer_text, long_date
from belimumab_companion.ui.widgets.plotting import (
    ChartView,
    colours_for,
    local_midnight,
    pyqtgraph,
)
from belimumab_companion.user_text import fill

LISTED = 5  # the latest check-ins listed as text under the chart
MAX_DAY_LABELS = 6  # dates along the time axis, at most


class MoodChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("moodChart")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # reachable, so its description is read
        self.view: Any = None  # the pyqtgraph widget, built on the first check-in
        self.chart: ChartView | None = None
        self.series: dict[str, Any] = {}
        self._pending: tuple[list[MoodCheckIn], list[MoodCheckIn]] | None = None
        self.empty = QLabel(self.tr("No check-ins yet."))
        self.empty.setObjectName("moodChartEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.listing = QLabel()
        self.listing.setObjectName("moodChartText")
        self.listing.setTextFormat(Qt.TextFormat.PlainText)
        self.listing.setWordWrap(True)
        self.listing.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.listing.setAccessibleName(self.tr("Latest check-ins"))
        self.listing.hide()
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self.empty)
        self._layout.addWidget(self.listing)
        self.setMinimumHeight(max(180, self.fontMetrics().lineSpacing() * 10))
        self.setAccessibleName(self.tr("Mood check-in scores over time"))
        self.setAccessibleDescription(self.tr("No check-ins yet."))

    def _when(self, item: MoodCheckIn) -> str:
        return long_date(item.taken_at.astimezone().date())  # in sentences: words in full

    def _line(self, item: MoodCheckIn) -> str:
        if item.kind is Questionnaire.PHQ9:
            template = self.tr("%1: PHQ-9 total %2 of 27")
        else:
            template = self.tr("%1: PHQ-2 total %2 of 6")
        return fill(template, (self._when(item), integer_text(item.total)))

    def set_history(self, history: Sequence[MoodCheckIn]) -> None:
        nine = [h for h in history if h.kind is Questionnaire.PHQ9]
        two = [h for h in history if h.kind is Questionnaire.PHQ2]
        sentences = [
            fill(
                self.tr("%1 PHQ-9 and %2 PHQ-2 check-ins."),
                (integer_text(len(nine)), integer_text(len(two))),
            )
        ]
        if nine:
            sentences.append(
                fill(
                    self.tr("Latest PHQ-9 total: %1 of 27, on %2."),
                    (integer_text(nine[-1].total), self._when(nine[-1])),
                )
            )
        if two:
            sentences.append(
                fill(
                    self.tr("Latest PHQ-2 total: %1 of 6, on %2."),
                    (integer_text(two[-1].total), self._when(two[-1])),
                )
            )
        if history:
            sentences.append(self.tr("The latest check-ins are listed under the chart."))
        self.setAccessibleName(self.tr("Mood check-in scores over time"))
        self.setAccessibleDescription(" ".join(sentences))
        if not history:
            self.empty.show()
            self.listing.hide()
            return
        self.empty.hide()
        self._list(history)
        self._pending = (nine, two)
        if self.isVisible():
            QTimer.singleShot(0, self, self._draw_pending)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._pending is not None:  # the dialog shows first; the chart follows at once
            QTimer.singleShot(0, self, self._draw_pending)

    def _draw_pending(self) -> None:
        """Draw the latest history, once shown: the first draw imports pyqtgraph (about a
        second), which the dialog should not wait for."""
        if self._pending is None or not self.isVisible():
            return
        nine, two = self._pending
        self._pending = None
        self._draw(nine, two)

    def _list(self, history: Sequence[MoodCheckIn]) -> None:
        latest = sorted(history, key=lambda h: h.taken_at)[-LISTED:]
        lines = [self.tr("Latest check-ins, newest first:")]
        lines += ["• " + self._line(item) for item in reversed(latest)]
        earlier = len(history) - len(latest)
        if earlier:
            lines.append(
                self.tr("Earlier check-ins not listed: %1").replace("%1", integer_text(earlier))
            )
        self.listing.setText("\n".join(lines))
        self.listing.show()

    def _draw(self, nine: Sequence[MoodCheckIn], two: Sequence[MoodCheckIn]) -> None:
        pg = pyqtgraph()
        if self.chart is None:
            self.chart = ChartView.on_screen()
            self.view = self.chart.widget
            self.view.setObjectName("moodChartView")
            self.view.setMinimumHeight(max(160, self.fontMetrics().lineSpacing() * 14))
            self.chart.set_ticks("left", [(value, integer_text(value)) for value in (0, 9, 18, 27)])
            self.chart.plot.getViewBox().setYRange(0, 27, padding=0.04)
            for kind, symbol in (("phq9", "o"), ("phq2", "s")):
                self.series[kind] = pg.ScatterPlotItem(symbol=symbol, size=10)
                self.chart.plot.addItem(self.series[kind])
            self._layout.insertWidget(0, self.view, 1)
        self.view.setAccessibleName(self.accessibleName())
        self.view.setAccessibleDescription(self.accessibleDescription())
        moments = [h.taken_at for h in (*nine, *two)]
        ticks, low, high = day_axis(moments)
        self.chart.set_ticks("bottom", ticks)
        self.chart.set_x_range(low, high)
        for kind, items in (("phq9", nine), ("phq2", two)):
            self.series[kind].setData(
                [item.taken_at.timestamp() for item in items], [item.total for item in items]
            )
        self._apply_palette()

    def _apply_palette(self) -> None:
        if self.chart is None:
            return
        pg = pyqtgraph()
        colours = colours_for(self)
        for kind, colour in (("phq9", colours.series[0]), ("phq2", colours.series[1])):
            self.series[kind].setPen(pg.mkPen(colour))
            self.series[kind].setBrush(pg.mkBrush(colour))
        self.chart.set_legend(
            [
                (self.series["phq9"], self.tr("PHQ-9 total")),
                (self.series["phq2"], self.tr("PHQ-2 total")),
            ],
            columns=2,
        )
        self.chart.apply_colours(colours, self.font())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_palette()

    def time_labels(self) -> list[str]:
        return [] if self.chart is None else self.chart.tick_labels("bottom")


def day_ticks(first: date, last: date) -> list[date]:
    """The days labelled on the time axis, ``first`` to ``last``: evenly spaced in whole days,
    each day once (five evenly spaced ticks over two days printed one date three times)."""
    span = (last - first).days
    step = max(1, math.ceil(span / (MAX_DAY_LABELS - 1)))
    return [first + timedelta(days=offset) for offset in range(0, span + 1, step)]


def day_axis(moments: Sequence[datetime]) -> tuple[list[tuple[float, str]], float, float]:
    """The time axis' labels (at local midnights, in seconds since the epoch) and its range, from
    the day before the first check-in to the day after the last, on this computer's clock, one
    label per day labelled."""
    days = [moment.astimezone().date() for moment in moments]
    first, last = min(days) - timedelta(days=1), max(days) + timedelta(days=1)
    locale = QLocale()
    ticks = [
        (local_midnight(day), locale.toString(QDate(day.year, day.month, day.day), "d MMM yyyy"))
        for day in day_ticks(first, last)
    ]
    return ticks, local_midnight(first), local_midnight(last)
