"""What the three charts share (the Diary's, the mood check-ins', the care-team report's), drawn
with pyqtgraph (issue 21: Qt Charts is deprecated; the figures behind the choice are in the
README, "Charts").

pyqtgraph (with numpy) takes about a second to import, so it is imported on first use only
(:func:`pyqtgraph`): the window, and a page whose chart is never shown, never pay for it.

The charts are pictures: static (no pan, zoom, context menu or buttons), never focusable
themselves. Each chart's host widget takes the focus and says in words what it shows (its
accessible name and description), and the same data is listed as text beside it. Axis labels
are placed by hand, one per date or level, each date once (:func:`date_ticks`), in the user's
locale. Colours come from ``ui/shell/style.chart_colours`` (light or dark palette); series
differ by marker shape too.
"""

from __future__ import annotations

import html
import math
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from functools import cache
from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from belimumab_companion.ui.shell.style import ChartColours, chart_colours

MAX_DATE_LABELS = 6  # along a time axis, at most
MARGIN = 8  # pixels around a chart
AXIS_GAP = 12  # pixels beside the level names: the tick and a space
EDGE = 0.004  # of the time axis' span, added at each end (see ChartView.set_x_range)
DAYS_LABELLED = 120  # up to this span: days ("3 Nov"); beyond: months ("Nov 2026")


@cache
def pyqtgraph() -> Any:
    """The pyqtgraph module, imported and set up on first use."""
    import pyqtgraph as pg

    pg.setConfigOptions(antialias=True, background=None, foreground="k")
    return pg


def escaped(text: str) -> str:
    """pyqtgraph draws titles and legend labels as HTML: what the user typed is escaped."""
    return html.escape(text, quote=True)


def epoch(moment: datetime) -> float:
    """A moment as the charts' x value: seconds since the epoch."""
    return moment.timestamp()


def local_midnight(day: date) -> float:
    """The start of ``day`` on this computer's clock, as an x value."""
    return datetime(day.year, day.month, day.day).astimezone().timestamp()


def date_ticks(first: date, last: date, at_most: int = MAX_DATE_LABELS) -> list[tuple[date, str]]:
    """The dates labelled along a time axis from ``first`` to ``last`` and their labels: whole
    days evenly spaced ("3 Nov") up to ``DAYS_LABELLED`` days, else the first of the months
    ("Nov 2026"). Each label once (five evenly spaced ticks used to print one date twice)."""
    locale = QLocale()
    at_most = max(2, at_most)
    span = (last - first).days
    if span <= DAYS_LABELLED:
        step = max(1, math.ceil(span / (at_most - 1)))
        days = [first + timedelta(days=n) for n in range(0, span + 1, step)]
        return [
            (day, locale.toString(QDate(day.year, day.month, day.day), "d MMM")) for day in days
        ]
    months = (last.year - first.year) * 12 + last.month - first.month
    step = max(1, math.ceil(months / (at_most - 1)))
    ticks = []
    for n in range(1, months + 1, step):  # the first whole month on: never before ``first``
        index = first.month - 1 + n
        day = date(first.year + index // 12, index % 12 + 1, 1)
        ticks.append((day, locale.toString(QDate(day.year, day.month, 1), "MMM yyyy")))
    return ticks


class ChartView:
    """A plot and its legend under it, in one ``GraphicsLayoutWidget`` (``widget``)."""

    def __init__(self, widget: Any, layout: Any) -> None:
        pg = pyqtgraph()
        self.widget: Any = widget  # a pyqtgraph GraphicsLayoutWidget (a QGraphicsView)
        self.layout = layout
        self.plot: Any = pg.PlotItem()
        self.plot.setMouseEnabled(False, False)
        self.plot.hideButtons()
        self.plot.setMenuEnabled(False)
        self.plot.getViewBox().setDefaultPadding(0.0)
        self._ticks: dict[str, list[tuple[float, str]]] = {}
        self._font = QFont()
        for name in ("left", "bottom"):
            self.plot.getAxis(name).setStyle(hideOverlappingLabels=False, tickLength=-5)
        self.legend: Any = pg.LegendItem(
            horSpacing=8, labelTextSize=f"{QFont().pointSizeF():g}pt", frame=False
        )
        self.legend.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Maximum)
        layout.addItem(self.plot, row=0, col=0)
        layout.addItem(self.legend, row=1, col=0)
        layout.layout.setAlignment(self.legend, Qt.AlignmentFlag.AlignHCenter)

    @classmethod
    def on_screen(cls, parent: QWidget | None = None) -> ChartView:
        pg = pyqtgraph()
        widget = pg.GraphicsLayoutWidget(parent)
        widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the host widget takes focus
        widget.setFrameShape(widget.Shape.NoFrame)
        widget.setBackground(None)
        return cls(widget, widget.ci)

    @classmethod
    def offscreen(cls, width: int, height: int) -> ChartView:
        """A chart never put on screen (for the report): pyqtgraph places its axes through a
        view, so it still has one, laid out at ``width`` x ``height``, never mapped."""
        view = cls.on_screen()
        assert view.widget is not None
        view.widget.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
        view.widget.resize(width, height)
        view.widget.show()
        return view

    def set_x_range(self, low: float, high: float) -> None:
        """The time axis from ``low`` to ``high``, and a hair more: pyqtgraph drops a label
        that sits exactly on the axis' end (rounding), and the first and last date matter."""
        hair = (high - low) * EDGE
        self.plot.getViewBox().setXRange(low - hair, high + hair, padding=0)

    def set_ticks(self, side: str, ticks: Sequence[tuple[float, str]]) -> None:
        """Labels at these values only (``side``: "left" or "bottom")."""
        self._ticks[side] = list(ticks)
        self.plot.getAxis(side).setTicks([self._ticks[side], []])
        self._fit_axes()

    def _fit_axes(self) -> None:
        """Room for every label, drawn at once (pyqtgraph would widen an axis only at its next
        paint, and drops a label that overflows its axis: a date on the axis' end would go)."""
        metrics = QFontMetricsF(self._font)
        left = [metrics.horizontalAdvance(label) for label in self.tick_labels("left")]
        left_width = math.ceil(max(left, default=0)) + AXIS_GAP
        if left:
            self.plot.getAxis("left").setWidth(left_width)
        bottom = [metrics.horizontalAdvance(label) for label in self.tick_labels("bottom")]
        overflow = math.ceil(max(bottom, default=0) / 2) + 2  # half a date, beyond an end
        if bottom:
            self.plot.getAxis("bottom").setStyle(hideOverlappingLabels=overflow)
        # Room at the sides for a date on the axis' first or last day: never cut at the edge.
        self.layout.setContentsMargins(
            max(MARGIN, overflow - left_width + MARGIN), MARGIN, overflow + MARGIN, MARGIN
        )

    def tick_labels(self, side: str) -> list[str]:
        return [label for _value, label in self._ticks.get(side, [])]

    def set_legend(self, entries: Sequence[tuple[Any, str]], columns: int) -> None:
        """The legend's entries (item, name as the user reads it: escaped here)."""
        self.legend.clear()
        self.legend.setColumnCount(max(1, columns))
        for item, name in entries:
            self.legend.addItem(item, escaped(name))

    def legend_labels(self) -> list[str]:
        return [html.unescape(label.text) for _sample, label in self.legend.items]

    def apply_colours(self, colours: ChartColours, font: QFont | None = None) -> None:
        pg = pyqtgraph()
        font = self._font = font or QFont()
        for name in ("left", "bottom"):
            axis = self.plot.getAxis(name)
            axis.setPen(pg.mkPen(colours.text))
            axis.setTextPen(pg.mkPen(colours.text))
            axis.setStyle(tickFont=font)
        self.plot.showGrid(x=False, y=True, alpha=colours.grid.alphaF())
        self.plot.titleLabel.setAttr("color", colours.text.name())
        for _sample, label in self.legend.items:
            label.setAttr("color", colours.text.name())
            label.setText(label.text)
        self.legend.opts["labelTextColor"] = pg.mkColor(colours.text)
        self._fit_axes()


def colours_for(widget: QWidget) -> ChartColours:
    return chart_colours(widget.palette())


def paper_colours() -> ChartColours:
    """The report is printed: black on white whatever the screen's scheme."""
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor("white"))
    palette.setColor(QPalette.ColorRole.WindowText, QColor("black"))
    return chart_colours(palette)
