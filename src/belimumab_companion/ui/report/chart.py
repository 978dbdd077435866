"""The severity chart drawn into the report: the severity of each symptom over the period, the
doses given, and the red flags, drawn with pyqtgraph (``ui/widgets/plotting``) offscreen: its
scene is painted with QPainter into a QImage (white, for paper).

* Symptoms differ by marker shape, not colour alone; doses given are squares along the bottom,
  as on the Diary page.
* Every red-flag entry (R-29 emergency, R-31 crisis, R-30 care team today) is circled with a
  thick ring and labelled "red flag" beside it, with its own legend entry: never a dot told
  apart by colour alone.
* The time axis has one label per date ("1 Sept 2026": no weekday, no room), each date once (a
  short period with five evenly spaced ticks used to print one date several times):
  ``time_ticks``; as many as fit, so no date is cut short (``fitting_ticks``).

pyqtgraph's items are QGraphicsWidgets, so **a QApplication (QtWidgets) must exist**; a
QGuiApplication is not enough. This module never creates one: the caller does.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QRectF
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter
from PySide6.QtWidgets import QApplication

from belimumab_companion.services.report_data import CareTeamReport
from belimumab_companion.ui.models.diary_model import level_text
from belimumab_companion.ui.report.sections.health import CHART_SIZE, MAX_CHART_SYMPTOMS
from belimumab_companion.ui.text.locale_format import qdate
from belimumab_companion.ui.text.symptom_text import symptom_text
from belimumab_companion.ui.widgets.plotting import ChartView, epoch, paper_colours, pyqtgraph

CHART_PIXEL_RATIO = 3  # drawn at three times its size, for print
DOSE_ROW = -0.45  # where the dose markers sit: under "none" (as on the Diary page)
MAX_TICKS = 5  # date labels on the time axis, at most
PLOT_WIDTH = 480  # about: the chart's width less the severity labels and the margins
WEEKDAY = re.compile(r"\s*[,.]?\s*dddd\s*[,.]?\s*")
RING_SIZE = 20  # the red flag's ring, in pixels: around a symptom's marker (9)
TEXT_MARGIN = 2  # pyqtgraph's TextItem pads its text by about this much
SHAPES = ("o", "t", "star", "p", "d")  # one per symptom; the square is the doses'


def require_widgets_application() -> None:
    """pyqtgraph draws with QGraphicsWidgets: a QGuiApplication is not enough."""
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


@dataclass
class SeverityChart:
    """The report's chart, laid out offscreen: ``view`` (the plot, its axes and its legend) and
    the red flags' rings and words (none without a red flag)."""

    view: ChartView
    red_flags: Any | None
    red_flag_words: list[Any] = field(default_factory=list)


def red_flag_anchor(word: str, font: QFont, left: bool) -> tuple[float, float]:
    """Where the word "red flag" hangs from its point: beside the ring (its radius and a gap),
    on its right, or on its ``left`` near the axis' end; as a fraction of the word's own width
    (pyqtgraph anchors text by its size)."""
    width = QFontMetricsF(font).horizontalAdvance(word) + 2 * TEXT_MARGIN
    beside = (RING_SIZE / 2 + 4 - TEXT_MARGIN) / width
    return (1 + beside if left else -beside, 0.5)


def severity_chart_widget(report: CareTeamReport) -> SeverityChart:
    """The chart, laid out at ``CHART_SIZE`` (not yet drawn). Needs a QApplication."""
    require_widgets_application()
    pg = pyqtgraph()
    tz = ZoneInfo(report.zone)
    colours = paper_colours()
    font = QFont()

    def midnight(day: date) -> float:
        return epoch(datetime(day.year, day.month, day.day, tzinfo=tz))

    view = ChartView.offscreen(*CHART_SIZE)
    first, last = midnight(report.start), midnight(report.end + timedelta(days=1))
    ticks = fitting_ticks(report.start, report.end, font)
    view.set_ticks("bottom", [(midnight(day), axis_date(day)) for day in ticks])
    # (the view leaves room for half a date beyond either end of the axis)
    view.set_ticks("left", [(level, level_text(level)) for level in range(5)])
    view.set_x_range(first, last)
    view.plot.getViewBox().setYRange(-0.7, 4.3, padding=0)
    legend: list[tuple[Any, str]] = []
    shown = report.symptom_series[:MAX_CHART_SYMPTOMS]
    for series_data, shape, colour in zip(shown, SHAPES, colours.series, strict=False):
        xs = [epoch(at) for at, _severity in series_data.points]
        ys = [float(severity) for _at, severity in series_data.points]
        view.plot.addItem(pg.PlotDataItem(xs, ys, pen=pg.mkPen(colour, width=1.5)))
        markers = pg.ScatterPlotItem(
            xs, ys, symbol=shape, size=9, pen=pg.mkPen(colour), brush=pg.mkBrush(colour)
        )
        view.plot.addItem(markers)
        legend.append((markers, symptom_text(series_data.symptom, series_data.symptom_code)))
    doses = pg.ScatterPlotItem(
        [epoch(at) for at in report.doses_given],
        [DOSE_ROW] * len(report.doses_given),
        symbol="s",
        size=8,
        pen=pg.mkPen(colours.dose),
        brush=pg.mkBrush(colours.dose),
    )
    view.plot.addItem(doses)
    legend.append((doses, QCoreApplication.translate("report_pdf", "Dose given")))
    chart = SeverityChart(view, None)
    red = report.side_effects[: report.red_flag_count]
    if red:  # a ring and a word, over whatever symptom marker is there
        word = QCoreApplication.translate("report_pdf", "red flag")
        ring_pen = pg.mkPen(colours.red_flag, width=2.5)
        flags = pg.ScatterPlotItem(
            [epoch(e.onset_at) for e in red],
            [float(e.severity) for e in red],
            symbol="o",
            size=RING_SIZE,
            pen=ring_pen,
            brush=pg.mkBrush(0, 0, 0, 0),  # hollow: the symptom's own marker shows inside
        )
        flags.setObjectName("redFlags")
        view.plot.addItem(flags)
        for entry in red:
            near_end = epoch(entry.onset_at) > first + (last - first) * 0.8
            label = pg.TextItem(
                word, color=colours.red_flag, anchor=red_flag_anchor(word, font, near_end)
            )
            label.setFont(font)
            label.setPos(epoch(entry.onset_at), float(entry.severity))
            view.plot.addItem(label)
            chart.red_flag_words.append(label)
        legend.append((flags, QCoreApplication.translate("report_pdf", "Red flag")))
        chart.red_flags = flags
    view.set_legend(legend, columns=4)
    view.apply_colours(colours, font)
    view.plot.showGrid(x=False, y=False)
    return chart


def severity_chart(report: CareTeamReport) -> QImage:
    """The chart as an image, ``CHART_SIZE`` at ``CHART_PIXEL_RATIO``. Needs a QApplication."""
    chart = severity_chart_widget(report)
    width, height = CHART_SIZE
    widget = chart.view.widget
    for _ in range(4):  # the nested layouts (plot, axes, legend) ask for layout one by one
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    image = QImage(
        width * CHART_PIXEL_RATIO, height * CHART_PIXEL_RATIO, QImage.Format.Format_RGB32
    )
    image.setDevicePixelRatio(CHART_PIXEL_RATIO)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    area = QRectF(0, 0, width, height)
    widget.scene().render(painter, area, widget.mapToScene(widget.rect()).boundingRect())
    painter.end()
    close(chart)
    return image


def close(chart: SeverityChart) -> None:
    """Let the chart's hidden window go."""
    chart.view.widget.close()
    chart.view.widget.deleteLater()
