"""Severity of one symptom over time, with a marker at every dose given.

QtCharts is imported only when there is something to draw, so the Diary page (and the window)
paint without it. Markers differ by shape, never by colour alone: circles are diary entries,
squares along the bottom are doses. Colours come from the chart theme that matches the system
palette (light or dark), on a transparent background. A chart is invisible to screen readers, so
the widget's accessible name and description say in words what it shows; every point is also an
entry in the Diary page's table, as text. Dates follow the user's locale (axis included).
"""

from __future__ import annotations

import html
from bisect import bisect_left
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from belimumab_companion.ui.models.diary_model import LEVEL_WORDS, level_text
from belimumab_companion.ui.shell.theme import is_dark
from belimumab_companion.ui.text.locale_format import integer_text, long_date
from belimumab_companion.user_text import fill

if TYPE_CHECKING:
    from belimumab_companion.services.app_services import AppServices

DOSE_ROW = -0.45  # where the dose markers sit: under "none"
PADDING = timedelta(days=1)
MANY_POINTS = 1000  # above this: small markers, no antialiasing (drawn in a third of the time)


def _key(symptom: str) -> str:
    return " ".join(symptom.casefold().split())


def _msecs(moment: datetime) -> float:
    return moment.timestamp() * 1000.0


def _day_text(moment: datetime) -> str:
    """A day inside a sentence: the weekday and month in full ("martes", never "mar")."""
    return long_date(moment.astimezone().date())


class DiaryChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("diaryChart")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # reachable, so its description is read
        self._services: AppServices | None = None
        self._symptom: str | None = None
        self._label = ""  # the symptom as the user reads it (a catalogue term in their language)
        self._timeline: list[tuple[datetime, int]] | None = None  # the symptom's, all of it
        self._points: list[tuple[datetime, int]] = []  # those in the period: drawn
        self._period: tuple[date | None, date | None] = (None, None)
        self._zone = "UTC"
        self._dose_times: list[datetime] | None = None  # read once per load/refresh
        self._shown_doses = 0
        self.view: Any = None  # QChartView, built on first use
        self.chart: Any = None
        self.line_series: Any = None
        self.severity_series: Any = None
        self.dose_series: Any = None
        self._time_axis: Any = None
        self._level_axis: Any = None
        self.empty = QLabel()
        self.empty.setObjectName("diaryChartEmpty")
        self.empty.setTextFormat(Qt.TextFormat.PlainText)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self.empty)
        # Room for the five level names, the title, the dates and the legend at any font size.
        self.setMinimumHeight(max(180, self.fontMetrics().lineSpacing() * 20))
        self.setAccessibleName(self.tr("Severity chart"))
        self._render()

    # --- public ----------------------------------------------------------------------------------
    def load(self, services: AppServices) -> None:
        self._services = services
        self.refresh()

    def set_symptom(self, symptom: str | None, label: str | None = None) -> None:
        """Show ``symptom`` (None: nothing chosen), named ``label`` (default: as stored). Reads
        again only when the symptom changes."""
        symptom = symptom or None
        label = label or symptom or ""
        if (symptom and _key(symptom)) == (self._symptom and _key(self._symptom)):
            if label != self._label:
                self._label = label
                self._render()
            return
        self._symptom = symptom
        self._label = label
        self._timeline = None
        self._render()

    def set_period(self, since: date | None, until: date | None, zone: str = "UTC") -> None:
        """Only the entries between these local dates (inclusive; None: no limit)."""
        if (since, until, zone) == (*self._period, self._zone):
            return
        self._period = (since, until)
        self._zone = zone
        self._render()

    def symptom(self) -> str | None:
        return self._symptom

    def refresh(self) -> None:
        """Read the entries and the doses again (after a change)."""
        self._dose_times = None
        self._timeline = None
        self._render()

    def point_count(self) -> int:
        return len(self._points)

    def dose_marker_count(self) -> int:
        return self._shown_doses

    def text(self) -> str:
        """What the chart shows, in words (also its accessible description)."""
        return self.accessibleDescription()

    # --- drawing ---------------------------------------------------------------------------------
    def _render(self) -> None:
        services = self._services
        self._points = []
        self._shown_doses = 0
        if services is None or not self._symptom:
            self._show_empty(
                self.tr("Choose a symptom, or select an entry, to see its severity over time.")
            )
            return
        if self._timeline is None:
            self._timeline = services.diary.timeline(self._symptom)
        self._points = self._in_period(self._timeline)
        if not self._points:
            if self._timeline and self._period != (None, None):
                text = self.tr("No entries for “%1” between these dates.")
            else:
                text = self.tr("No entries for “%1” yet, so there is nothing to draw.")
            self._show_empty(fill(text, (self._label,)))
            return
        self._draw(services)

    def _in_period(self, timeline: list[tuple[datetime, int]]) -> list[tuple[datetime, int]]:
        since, until = self._period
        if since is None and until is None:
            return timeline
        zone = ZoneInfo(self._zone)
        moments = [at for at, _severity in timeline]  # oldest first: bisect
        low = 0 if since is None else bisect_left(moments, datetime.combine(since, time(0), zone))
        high = (
            len(moments)
            if until is None
            else bisect_left(moments, datetime.combine(until + timedelta(days=1), time(0), zone))
        )
        return timeline[low:high]

    def _show_empty(self, text: str) -> None:
        self.empty.setText(text)
        self.empty.show()
        if self.view is not None:
            self.view.hide()
        self.setAccessibleName(self.tr("Severity chart"))
        self.setAccessibleDescription(text)

    def _doses(self, services: AppServices) -> list[datetime]:
        if self._dose_times is None:
            doses = services.plans.schedule(services.clock())
            self._dose_times = sorted(
                d.administration.given_at
                for d in doses
                if d.administration is not None and not d.administration.skipped_on_advice
            )
        return self._dose_times

    def _build(self) -> None:
        from PySide6.QtCharts import (
            QCategoryAxis,
            QChart,
            QChartView,
            QDateTimeAxis,
            QLineSeries,
            QScatterSeries,
        )
        from PySide6.QtGui import QPainter

        chart = QChart()
        chart.setObjectName("diarySeverityChart")
        chart.setLocale(QLocale())  # month names on the time axis in the user's language
        chart.setLocalizeNumbers(True)
        line = QLineSeries()
        line.setName(self.tr("Severity"))
        severity = QScatterSeries()
        severity.setName(self.tr("Entry"))
        severity.setMarkerShape(QScatterSeries.MarkerShape.MarkerShapeCircle)
        doses = QScatterSeries()
        doses.setName(self.tr("Dose given"))
        doses.setMarkerShape(QScatterSeries.MarkerShape.MarkerShapeRectangle)
        doses.setMarkerSize(9)
        for series in (line, severity, doses):
            chart.addSeries(series)
        time_axis = QDateTimeAxis()
        time_axis.setObjectName("diaryTimeAxis")
        level_axis = QCategoryAxis()
        level_axis.setObjectName("diaryLevelAxis")
        level_axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        level_axis.setStartValue(-0.7)
        for level in range(len(LEVEL_WORDS)):
            level_axis.append(level_text(level), level)
        level_axis.setRange(-0.7, 4.3)
        chart.addAxis(time_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(level_axis, Qt.AlignmentFlag.AlignLeft)
        for series in (line, severity, doses):
            series.attachAxis(time_axis)
            series.attachAxis(level_axis)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        view = QChartView(chart)
        view.setObjectName("diaryChartView")
        view.setRenderHint(QPainter.RenderHint.Antialiasing)
        view.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the widget itself takes focus
        self.chart, self.view = chart, view
        self.line_series, self.severity_series, self.dose_series = line, severity, doses
        self._time_axis, self._level_axis = time_axis, level_axis
        self._apply_palette()
        self._layout.addWidget(view)

    def _apply_palette(self) -> None:
        if self.chart is None:
            return
        from PySide6.QtCharts import QChart

        palette = self.palette()
        theme = (
            QChart.ChartTheme.ChartThemeDark
            if is_dark(palette)
            else QChart.ChartTheme.ChartThemeLight
        )
        self.chart.setTheme(theme)
        self.chart.setBackgroundVisible(False)  # the window's own colour shows through
        self.chart.setPlotAreaBackgroundVisible(False)
        text = palette.color(palette.ColorRole.WindowText)
        for axis in (self._time_axis, self._level_axis):
            axis.setLabelsBrush(text)
            axis.setTitleBrush(text)
        self.chart.legend().setLabelColor(text)
        self.chart.legend().setBackgroundVisible(False)
        for marker in self.chart.legend().markers(self.line_series):
            marker.setVisible(False)  # the circles stand for entries; the line needs no entry

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_palette()

    def _draw(self, services: AppServices) -> None:
        from PySide6.QtCore import QDateTime, QPointF
        from PySide6.QtGui import QPainter

        if self.view is None:
            self._build()
        first, last = self._points[0][0], self._points[-1][0]
        start, end = first - PADDING, last + PADDING
        # The range first: replacing points under the old range lays them out twice.
        self._time_axis.setFormat("d MMM" if end - start <= timedelta(days=120) else "MMM yyyy")
        self._time_axis.setTickCount(6)
        self._time_axis.setRange(
            QDateTime.fromMSecsSinceEpoch(int(_msecs(start))),
            QDateTime.fromMSecsSinceEpoch(int(_msecs(end))),
        )
        points = [QPointF(_msecs(at), severity) for at, severity in self._points]
        many = len(points) > MANY_POINTS
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing, not many)  # years of entries
        self.severity_series.setMarkerSize(4 if many else 8)
        self.line_series.replace(points)
        self.severity_series.replace(points)
        given = [at for at in self._doses(services) if start <= at <= end]
        self.dose_series.replace([QPointF(_msecs(at), DOSE_ROW) for at in given])
        self._shown_doses = len(given)
        symptom = self._label
        # QChart titles are rich text: what the person typed is escaped (scenario 23).
        title = fill(self.tr("Severity of “%1” over time"), (html.escape(symptom),))
        self.chart.setTitle(title)
        self.empty.hide()
        self.view.show()
        latest_at, latest = self._points[-1]
        count = len(self._points)
        entries = (
            self.tr("1 entry")
            if count == 1
            else fill(self.tr("%1 entries"), (integer_text(count),))
        )
        description = fill(
            self.tr("%1 of “%2”, from %3 to %4. Latest severity: %5, on %6."),
            (
                entries,
                symptom,
                _day_text(first),
                _day_text(last),
                level_text(latest),
                _day_text(latest_at),
            ),
        )
        if given:
            description += " " + (
                self.tr("1 dose given in that time.")
                if len(given) == 1
                else fill(self.tr("%1 doses given in that time."), (integer_text(len(given)),))
            )
        description += " " + self.tr("The diary table lists every entry as text.")
        self.setAccessibleName(fill(self.tr("Severity of “%1” over time"), (symptom,)))
        self.setAccessibleDescription(description)
        self.view.setAccessibleName(self.accessibleName())
        self.view.setAccessibleDescription(description)
