"""Severity of one symptom over time, with a marker at every dose given.

Drawn with pyqtgraph (``ui/widgets/plotting.py``), imported only when the chart is first shown
with something to draw: the Diary page (and the window) paint without it, and a closed chart pane
never pays for it. What the chart says in words (its accessible name and description) is kept up
to date whether it is shown or not. Markers differ by shape, never by colour alone: circles are
diary entries, squares along the bottom are doses. Colours follow the system palette (light or
dark, ``ui/shell/style.chart_colours``), on a transparent background. A chart is invisible to
screen readers, so the widget's accessible name and description say in words what it shows;
every point is also an entry in the Diary page's table, as text. Dates follow the user's locale
(axis included), each date labelled once.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from belimumab_companion.ui.models.diary_model import LEVEL_WORDS, level_text
from belimumab_companion.ui.text.locale_format import integer_text, long_date
from belimumab_companion.ui.widgets.plotting import (
    ChartView,
    colours_for,
    date_ticks,
    epoch,
    escaped,
    local_midnight,
    pyqtgraph,
)
from belimumab_companion.user_text import fill

if TYPE_CHECKING:
    from belimumab_companion.services.app_services import AppServices
    from belimumab_companion.services.diary_service import DiaryEntry

DOSE_ROW = -0.45  # where the dose markers sit: under "none"
LEVEL_MIN, LEVEL_MAX = -0.7, 4.3  # the level axis: room for the doses under "none"
PADDING = timedelta(days=1)
MANY_POINTS = 1000  # above this: small markers, no antialiasing (drawn in a third of the time)


def _key(symptom: str) -> str:
    return " ".join(symptom.casefold().split())


def _moment(point: tuple[datetime, int]) -> datetime:
    return point[0]


def _start(day: date, zone: ZoneInfo) -> datetime:
    return datetime.combine(day, time(0), zone)


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
        self._epochs: list[float] = []  # the timeline's x values (made once, not per redraw)
        self._palette_key: tuple[str, bool, str] | None = None  # the look last applied
        self._points: list[tuple[datetime, int]] = []  # those in the period: drawn
        self._xs: list[float] = []  # their x values
        self._added: list[tuple[float, int]] = []  # points just saved, not yet drawn
        self._scattered = -1  # the points the scatter series holds (-1: not drawn)
        self._period: tuple[date | None, date | None] = (None, None)
        self._zone = "UTC"
        self._dose_times: list[datetime] | None = None  # read once per load/refresh
        self._shown_doses = 0
        self._given: list[datetime] = []  # the doses in the drawn range
        self._drawn: dict[str, object] = {}  # what pyqtgraph was last given (unchanged: kept)
        self._unplotted = False  # drawn in words, not yet in pyqtgraph (the chart was hidden)
        self.view: Any = None  # the pyqtgraph widget, built when first shown with points
        self.chart: ChartView | None = None
        self.line_series: Any = None
        self.severity_series: Any = None
        self.dose_series: Any = None
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
        self._drawn = {}  # everything given to pyqtgraph again (the words may have changed)
        self._render()

    def add_entries(self, entries: Sequence[DiaryEntry]) -> None:
        """Entries just saved (nothing else changed): those of the symptom shown join its
        timeline, which is drawn again without reading it, nor the doses, again."""
        if self._timeline is None or not self._symptom:
            return  # read when next drawn
        key = _key(self._symptom)
        ours = [entry for entry in entries if _key(entry.symptom) == key]
        for entry in ours:
            point = (entry.onset_at.astimezone(UTC), entry.severity)
            index = bisect_right(self._timeline, point[0], key=_moment)
            self._timeline.insert(index, point)
            self._epochs.insert(index, epoch(point[0]))
            self._added.append((self._epochs[index], point[1]))
        if ours:
            self._render()
            self._added = []

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
            self._epochs = [epoch(at) for at, _severity in self._timeline]
        low, high = self._in_period(self._timeline)
        self._points = self._timeline[low:high]
        self._xs = self._epochs[low:high]
        if not self._points:
            if self._timeline and self._period != (None, None):
                text = self.tr("No entries for “%1” between these dates.")
            else:
                text = self.tr("No entries for “%1” yet, so there is nothing to draw.")
            self._show_empty(fill(text, (self._label,)))
            return
        self._draw(services)

    def _in_period(self, timeline: list[tuple[datetime, int]]) -> tuple[int, int]:
        """The slice of ``timeline`` (oldest first) in the period."""
        since, until = self._period
        zone = ZoneInfo(self._zone)
        low = 0 if since is None else bisect_left(timeline, _start(since, zone), key=_moment)
        high = (
            len(timeline)
            if until is None
            else bisect_left(timeline, _start(until + timedelta(days=1), zone), key=_moment)
        )
        return low, high

    def _show_empty(self, text: str) -> None:
        self.empty.setText(text)
        self.empty.show()
        if self.view is not None:
            self.view.hide()
        self.setAccessibleName(self.tr("Severity chart"))
        self.setAccessibleDescription(text)

    def _doses(self, services: AppServices) -> list[datetime]:
        if self._dose_times is None:
            self._dose_times = services.plans.given_times()
        return self._dose_times

    def _build(self) -> None:
        pg = pyqtgraph()
        view = ChartView.on_screen()
        assert view.widget is not None
        view.widget.setObjectName("diaryChartView")
        view.plot.getViewBox().setYRange(LEVEL_MIN, LEVEL_MAX, padding=0)
        view.set_ticks("left", [(level, level_text(level)) for level in range(len(LEVEL_WORDS))])
        self.line_series = pg.PlotDataItem()
        self.severity_series = pg.ScatterPlotItem(symbol="o")
        self.dose_series = pg.ScatterPlotItem(symbol="s", size=9)
        for item in (self.line_series, self.severity_series, self.dose_series):
            view.plot.addItem(item)
        self.chart = view
        self._drawn = {}
        self.view = view.widget
        self._layout.addWidget(view.widget)
        self._apply_palette()

    def _apply_palette(self) -> None:
        if self.chart is None:
            return
        colours = colours_for(self)
        many = len(self._points) > MANY_POINTS
        key = (repr(colours), many, self.font().key())
        if key == self._palette_key:
            return  # the same look: restyling takes ~20 ms, too long after every save (issue 21)
        self._palette_key = key
        pg = pyqtgraph()
        colour = colours.series[0]
        self.line_series.setPen(pg.mkPen(colour, width=1 if many else 2))
        self.severity_series.setPen(pg.mkPen(colour))
        self.severity_series.setBrush(pg.mkBrush(colour))
        self.dose_series.setPen(pg.mkPen(colours.dose))
        self.dose_series.setBrush(pg.mkBrush(colours.dose))
        self.chart.set_legend(
            [(self.severity_series, self.tr("Entry")), (self.dose_series, self.tr("Dose given"))],
            columns=2,
        )
        self.chart.apply_colours(colours, self.font())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (
            QEvent.Type.PaletteChange,
            QEvent.Type.FontChange,
            QEvent.Type.LanguageChange,
        ):
            self._palette_key = None
            self._drawn = {}  # the dates' and the title's words too, at the next redraw
            self._apply_palette()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._unplotted:
            self._plot()

    def _draw(self, services: AppServices) -> None:
        first, last = self._points[0][0], self._points[-1][0]
        start, end = first - PADDING, last + PADDING
        given = [at for at in self._doses(services) if start <= at <= end]
        self._shown_doses = len(given)
        self._given = given
        symptom = self._label
        self.empty.hide()
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
        if self.isVisible():
            self._plot()
        else:
            self._unplotted = True  # drawn when the pane is opened: pyqtgraph costs a second

    def _plot(self) -> None:
        """Draw what ``_draw`` chose: the points, the doses, the range, the title. What is the
        same as last time is not given to pyqtgraph again, and points just saved are added to
        the scatter as they are (issue 21 item 7: re-setting 3,000 points took 10 ms a save)."""
        self._unplotted = False
        added, self._added = self._added, []
        if not self._points:
            return
        if self.chart is None:
            self._build()
        first, last = self._points[0][0], self._points[-1][0]
        start, end = first - PADDING, last + PADDING
        view = self.chart
        assert view is not None
        if self._changed("range", (start, end)):
            view.set_x_range(epoch(start), epoch(end))
        days = (start.astimezone().date() + timedelta(days=1), end.astimezone().date())
        if self._changed("ticks", days):
            view.set_ticks(
                "bottom", [(local_midnight(day), label) for day, label in date_ticks(*days)]
            )
        xs = self._xs
        ys = [float(severity) for _at, severity in self._points]
        many = len(xs) > MANY_POINTS  # years of entries: small markers, no antialiasing
        self.line_series.setData(xs, ys, antialias=not many)
        new = [(x, float(y)) for x, y in added if xs[0] <= x <= xs[-1]]  # those in the period
        shown = (self._symptom and _key(self._symptom), self._period, self._zone)
        scattered = self._drawn.get("scattered")
        if new and scattered == (shown, len(xs) - len(new), many):
            self.severity_series.addPoints(
                x=[x for x, _y in new], y=[y for _x, y in new], size=4 if many else 8
            )
        elif scattered != (shown, len(xs), many) or not added:
            self.severity_series.setData(xs, ys, size=4 if many else 8, antialias=not many)
        self._drawn["scattered"] = (shown, len(xs), many)
        if self._changed("doses", self._given):
            self.dose_series.setData(
                [epoch(at) for at in self._given], [DOSE_ROW] * len(self._given)
            )
        self._apply_palette()
        # pyqtgraph titles are HTML: what the person typed is escaped (scenario 23).
        title = fill(self.tr("Severity of “%1” over time"), (escaped(self._label),))
        colour = colours_for(self).text.name()
        if self._changed("title", (title, colour)):
            view.plot.setTitle(title, color=colour)
        self.accessible_view()
        if self.view is not None:
            self.view.show()

    def _changed(self, what: str, value: object) -> bool:
        """Whether ``what`` differs from what pyqtgraph was last given (and remember it)."""
        if self._drawn.get(what) == value:
            return False
        self._drawn[what] = value
        return True

    def accessible_view(self) -> None:
        if self.view is not None:
            self.view.setAccessibleName(self.accessibleName())
            self.view.setAccessibleDescription(self.accessibleDescription())

    def title(self) -> str:
        """The chart's title as drawn (HTML), empty before it is drawn."""
        return "" if self.chart is None else str(self.chart.plot.titleLabel.text)
