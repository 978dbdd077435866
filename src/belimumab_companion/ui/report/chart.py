"""The severity chart drawn into the report: the severity of each symptom over the period, the
doses given, and the red flags, drawn with QtCharts offscreen into a QImage (white, for paper).

* Symptoms differ by marker shape, not colour alone; doses given are squares along the bottom,
  as on the Diary page.
* Every red-flag entry (R-29 emergency, R-31 crisis, R-30 care team today) is circled with a
  thick ring and labelled "red flag" beside it, with its own legend entry: never a dot told
  apart by colour alone.
* The time axis has one label per date ("1 Sept 2026": no weekday, no room), each date once (a
  short period with five evenly spaced ticks used to print one date several times):
  ``time_ticks``; as many as fit, so no date is cut short (``fitting_ticks``).

QtCharts' ``QChart`` is a QGraphicsWidget, so **a QApplication (QtWidgets) must exist**; a
QGuiApplication is not enough. This module never creates one: the caller does.
"""

from __future__ import annotations

import html
import math
import re
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QLocale, QMargins, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPen
from PySide6.QtWidgets import QApplication

from belimumab_companion.services.report_data import CareTeamReport
from belimumab_companion.ui.models.diary_model import level_text
from belimumab_companion.ui.report.sections.health import CHART_SIZE, MAX_CHART_SYMPTOMS
from belimumab_companion.ui.text.locale_format import qdate
from belimumab_companion.ui.text.symptom_text import symptom_text

CHART_PIXEL_RATIO = 3  # drawn at three times its size, for print
DOSE_ROW = -0.45  # where the dose markers sit: under "none" (as on the Diary page)
MAX_TICKS = 5  # date labels on the time axis, at most
PLOT_WIDTH = 480  # about: the chart's width less the severity labels and the margins
WEEKDAY = re.compile(r"\s*[,.]?\s*dddd\s*[,.]?\s*")
RED_FLAG_COLOUR = "#b00020"


def require_widgets_application() -> None:
    """QtCharts draws with QGraphicsWidgets: a QGuiApplication is not enough."""
    if not isinstance(QCoreApplication.instance(), QApplication):
        raise RuntimeError(
            "the care-team report's chart needs a QApplication (QtWidgets); create one first"
        )


def time_ticks(start: date, end: date, at_most: int = MAX_TICKS) -> list[date]:
    """The dates labelled on the time axis (at their midnight): from ``start`` to the day after
    ``end`` (the axis ends there), evenly spaced in whole days, each date once, at most
    ``at_most`` (at least 2)."""
    span = (end - start).days + 1  # the axis covers start 00:00 .. (end + 1) 00:00
    step = max(1, math.ceil(span / (max(2, at_most) - 1)))
    return [start + timedelta(days=offset) for offset in range(0, span + 1, step)]


def fitting_ticks(start: date, end: date, font: QFont) -> list[date]:
    """``time_ticks``, as many as fit without a label cut short: a label has the width of the
    plot divided between the ticks ("1 de sept de 2026" needs more room than "1 Sept 2026")."""
    metrics = QFontMetricsF(font)
    for at_most in range(MAX_TICKS, 2, -1):
        ticks = time_ticks(start, end, at_most)
        widest = max(metrics.horizontalAdvance(axis_date(day)) for day in ticks)
        if widest * 1.2 * (len(ticks) - 1) <= PLOT_WIDTH:
            return ticks
    return time_ticks(start, end, 2)


def axis_date(day: date) -> str:
    """A date on the time axis: day, month in words and year as the locale orders them, without
    the weekday, which leaves no room ("1 Sept 2026", "Sep 1, 2026", "1 de sept de 2026")."""
    locale = QLocale()
    pattern = locale.dateFormat(QLocale.FormatType.LongFormat).replace("MMMM", "MMM")
    return locale.toString(qdate(day), WEEKDAY.sub(" ", pattern).strip())


def _escaped(text: str) -> str:
    """The legend draws series names as rich text: the user's symptom is escaped."""
    return html.escape(text, quote=True)


def severity_chart_widget(report: CareTeamReport) -> Any:
    """The chart (a ``QChart``, not yet in a scene). Needs a QApplication."""
    from PySide6.QtCharts import QCategoryAxis, QChart, QLegend, QLineSeries, QScatterSeries

    require_widgets_application()
    tz = ZoneInfo(report.zone)

    def moment(value: datetime) -> float:
        return value.timestamp() * 1000.0

    def midnight(day: date) -> float:
        return moment(datetime(day.year, day.month, day.day, tzinfo=tz))

    chart = QChart()
    chart.setTheme(QChart.ChartTheme.ChartThemeLight)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setBackgroundBrush(QColor("white"))
    chart.setLocale(QLocale())
    chart.setLocalizeNumbers(True)
    time_axis = QCategoryAxis()
    time_axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    time_axis.setTruncateLabels(False)  # a date cut short is no date: fitting_ticks makes room
    first, last = midnight(report.start), midnight(report.end + timedelta(days=1))
    time_axis.setStartValue(first)
    ticks = fitting_ticks(report.start, report.end, time_axis.labelsFont())
    for day in ticks:
        time_axis.append(axis_date(day), midnight(day))
    # room for half the last date, which may sit at the axis' end
    half = QFontMetricsF(time_axis.labelsFont()).horizontalAdvance(axis_date(ticks[-1])) / 2
    chart.setMargins(QMargins(8, 8, math.ceil(half) + 8, 8))
    time_axis.setRange(first, last)
    level_axis = QCategoryAxis()
    level_axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    level_axis.setStartValue(-0.7)
    for level in range(5):
        level_axis.append(level_text(level), level)
    level_axis.setRange(-0.7, 4.3)
    chart.addAxis(time_axis, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(level_axis, Qt.AlignmentFlag.AlignLeft)

    def add(series: Any) -> None:
        chart.addSeries(series)
        series.attachAxis(time_axis)
        series.attachAxis(level_axis)

    shapes = (
        QScatterSeries.MarkerShape.MarkerShapeCircle,
        QScatterSeries.MarkerShape.MarkerShapeTriangle,
        QScatterSeries.MarkerShape.MarkerShapeStar,
        QScatterSeries.MarkerShape.MarkerShapePentagon,
        QScatterSeries.MarkerShape.MarkerShapeRotatedRectangle,
    )
    lines = []
    for series_data, shape in zip(report.symptom_series[:MAX_CHART_SYMPTOMS], shapes, strict=False):
        points = [QPointF(moment(at), severity) for at, severity in series_data.points]
        line = QLineSeries()
        line.append(points)
        markers = QScatterSeries()
        markers.setName(_escaped(symptom_text(series_data.symptom, series_data.symptom_code)))
        markers.setMarkerShape(shape)
        markers.setMarkerSize(9)
        markers.append(points)
        add(line)
        add(markers)
        line.setColor(markers.color())
        lines.append(line)
    doses = QScatterSeries()
    doses.setName(_escaped(QCoreApplication.translate("report_pdf", "Dose given")))
    doses.setMarkerShape(QScatterSeries.MarkerShape.MarkerShapeRectangle)
    doses.setMarkerSize(8)
    doses.append([QPointF(moment(at), DOSE_ROW) for at in report.doses_given])
    add(doses)
    red = report.side_effects[: report.red_flag_count]
    if red:  # a ring and a word, over whatever symptom marker is there
        label = QCoreApplication.translate("report_pdf", "red flag")
        flags = QScatterSeries()
        flags.setObjectName("redFlags")
        flags.setName(_escaped(QCoreApplication.translate("report_pdf", "Red flag")))
        flags.setMarkerShape(QScatterSeries.MarkerShape.MarkerShapeCircle)
        flags.setMarkerSize(20)
        flags.setColor(QColor(0, 0, 0, 0))  # hollow: the symptom's own marker shows inside
        flags.setBorderColor(QColor(RED_FLAG_COLOUR))
        flags.setPen(QPen(QColor(RED_FLAG_COLOUR), 2.5))
        flags.append([QPointF(moment(e.onset_at), e.severity) for e in red])
        flags.setPointLabelsFormat(label)  # no placeholder: the same word beside each ring
        flags.setPointLabelsVisible(True)
        flags.setPointLabelsClipping(False)
        flags.setPointLabelsColor(QColor(RED_FLAG_COLOUR))
        add(flags)
    legend = chart.legend()
    legend.setAlignment(Qt.AlignmentFlag.AlignBottom)
    legend.setMarkerShape(QLegend.MarkerShape.MarkerShapeFromSeries)
    for line in lines:
        for marker in legend.markers(line):
            marker.setVisible(False)  # the shapes stand for the symptoms
    return chart


def severity_chart(report: CareTeamReport) -> QImage:
    """The chart as an image, ``CHART_SIZE`` at ``CHART_PIXEL_RATIO``. Needs a QApplication."""
    from PySide6.QtWidgets import QGraphicsScene

    chart = severity_chart_widget(report)
    width, height = CHART_SIZE
    scene = QGraphicsScene()
    scene.addItem(chart)
    chart.setGeometry(QRectF(0, 0, width, height))
    image = QImage(
        width * CHART_PIXEL_RATIO, height * CHART_PIXEL_RATIO, QImage.Format.Format_RGB32
    )
    image.setDevicePixelRatio(CHART_PIXEL_RATIO)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    scene.render(painter, QRectF(0, 0, width, height), QRectF(0, 0, width, height))
    painter.end()
    scene.removeItem(chart)
    chart.deleteLater()
    return image
