"""PHQ-9 and PHQ-2 totals over time (R-40, R-41), drawn with QtCharts on the palette's theme.
Circles are PHQ-9 totals, squares PHQ-2 totals (shape, not colour alone). The accessible
description says the same in words; the chart never says a score is fine (R-32)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from belimumab_companion.services.mood_service import MoodCheckIn
from belimumab_companion.ui.theme import is_dark


class MoodChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("moodChart")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.view: Any = None
        self.series: dict[str, Any] = {}
        self.empty = QLabel(self.tr("No check-ins yet."))
        self.empty.setObjectName("moodChartEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self.empty)
        self.setMinimumHeight(180)

    def set_history(self, history: Sequence[MoodCheckIn]) -> None:
        nine = [h for h in history if h.kind == "phq9"]
        two = [h for h in history if h.kind == "phq2"]
        description = (
            self.tr("%1 PHQ-9 and %2 PHQ-2 check-ins.")
            .replace("%1", str(len(nine)))
            .replace("%2", str(len(two)))
        )
        if nine:
            description += " " + self.tr("Latest PHQ-9 total: %1 of 27.").replace(
                "%1", str(nine[-1].total)
            )
        self.setAccessibleName(self.tr("Mood check-in scores over time"))
        self.setAccessibleDescription(description)
        if not history:
            self.empty.show()
            return
        self.empty.hide()
        self._draw(nine, two)

    def _draw(self, nine: Sequence[MoodCheckIn], two: Sequence[MoodCheckIn]) -> None:
        from PySide6.QtCharts import (
            QChart,
            QChartView,
            QDateTimeAxis,
            QScatterSeries,
            QValueAxis,
        )

        if self.view is None:
            self.view = QChartView()
            self.view.setObjectName("moodChartView")
            self._layout.addWidget(self.view)
        chart = QChart()
        chart.setTheme(
            QChart.ChartTheme.ChartThemeDark
            if is_dark(self.palette())
            else QChart.ChartTheme.ChartThemeLight
        )
        chart.setBackgroundVisible(False)
        x_axis = QDateTimeAxis()
        x_axis.setFormat("d MMM yyyy")
        y_axis = QValueAxis()
        y_axis.setRange(0, 27)
        y_axis.setTickCount(4)
        y_axis.setLabelFormat("%d")
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        self.series = {}
        for kind, items, shape in (
            ("phq9", nine, QScatterSeries.MarkerShape.MarkerShapeCircle),
            ("phq2", two, QScatterSeries.MarkerShape.MarkerShapeRectangle),
        ):
            series = QScatterSeries()
            series.setName(self.tr("PHQ-9 total") if kind == "phq9" else self.tr("PHQ-2 total"))
            series.setMarkerShape(shape)
            series.setMarkerSize(10)
            for item in items:
                series.append(item.taken_at.timestamp() * 1000.0, item.total)
            chart.addSeries(series)
            series.attachAxis(x_axis)
            series.attachAxis(y_axis)
            self.series[kind] = series
        moments = [
            QDateTime.fromMSecsSinceEpoch(int(h.taken_at.timestamp() * 1000)) for h in (*nine, *two)
        ]
        first, last = min(moments), max(moments)
        x_axis.setRange(first.addDays(-1), last.addDays(1))
        self.view.setChart(chart)
