"""Diary: every symptom logged, filtered, searched and sorted in SQLite, with a chart of one
symptom's severity over time.

The page only asks for dialogs (``log_requested``, ``edit_requested``, ``delete_requested``);
the main window opens them, does the delete with its undo and calls ``refresh()``.
The constructor builds widgets only: no database, no SQLAlchemy, no pyqtgraph before ``load``
(the chart imports it when first shown with something to draw).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from datetime import date, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QToolButton,
    QWidget,
)

from belimumab_companion.ui.dialogs.common import date_edit_format
from belimumab_companion.ui.models.diary_model import CONTEXT as DIARY_CONTEXT
from belimumab_companion.ui.models.diary_model import (
    WHEN,
    DiaryModel,
)
from belimumab_companion.ui.pages.diary_columns import column_samples
from belimumab_companion.ui.pages.diary_layout import lay_out_diary
from belimumab_companion.ui.shell.operations import Change
from belimumab_companion.ui.shell.style import TYPE, scaled_font
from belimumab_companion.ui.text.i18n import marked
from belimumab_companion.ui.text.locale_format import integer_text
from belimumab_companion.ui.text.symptom_text import symptom_text
from belimumab_companion.ui.widgets.diary_chart import DiaryChart
from belimumab_companion.ui.widgets.fitted_columns import FittedColumns
from belimumab_companion.ui.widgets.symptom_filter import SymptomCombo
from belimumab_companion.ui.widgets.undo_bar import UndoBar
from belimumab_companion.user_text import fill

if TYPE_CHECKING:
    from belimumab_companion.services.app_services import AppServices
    from belimumab_companion.services.diary_service import DiaryEntry, DiaryFilter

SEARCH_DELAY_MS = 250
ADDED_AT_ONCE = 20  # more entries added at once (an import): read everything again instead
SYMPTOM_CHARACTERS = 18  # the symptom filter's width; longer names show whole in its list


def _label(text: str, object_name: str, buddy: QWidget) -> QLabel:
    label = QLabel(text)
    label.setObjectName(object_name)
    label.setBuddy(buddy)
    return label


class DiaryPage(QWidget):
    # made by diary_layout.lay_out_diary
    undo_bar: UndoBar
    undo_button: QPushButton
    splitter: QSplitter
    chart_box: QWidget
    chart_toggle: QToolButton
    log_requested = Signal()
    edit_requested = Signal(int)  # entry id
    delete_requested = Signal(int)  # entry id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("diaryPage")
        self._services: AppServices | None = None
        self._revision = 0  # the diary's revision when the page last read it all
        self._zone = "UTC"
        self._dates_set = False

        heading = QLabel(self.tr("Diary"))
        heading.setObjectName("diaryHeading")
        heading.setTextFormat(Qt.TextFormat.PlainText)
        font = heading.font()
        font = scaled_font(font, TYPE.TITLE, bold=True)
        heading.setFont(font)
        self.summary = QLabel(self.tr("Opening your diary…"))
        self.summary.setObjectName("diarySummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)

        # --- filters -----------------------------------------------------------------------------
        self.symptom_combo = SymptomCombo(self.tr("All symptoms"))
        self.symptom_combo.setObjectName("diarySymptomFilter")
        self.symptom_combo.setAccessibleName(self.tr("Show symptom"))
        self.symptom_combo.setAccessibleDescription(
            self.tr("Show only the entries of one symptom, or all symptoms")
        )
        self.symptom_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.symptom_combo.setMinimumContentsLength(SYMPTOM_CHARACTERS)
        self.severity_combo = QComboBox()
        self.severity_combo.setObjectName("diarySeverityFilter")
        self.severity_combo.setAccessibleName(self.tr("Minimum severity"))
        self.severity_combo.setAccessibleDescription(
            self.tr("Show only the entries at least this severe")
        )
        for text, level in (
            (self.tr("Any"), None),
            (self.tr("Mild or worse"), 1),
            (self.tr("Moderate or worse"), 2),
            (self.tr("Severe or worse"), 3),
            (self.tr("Very severe"), 4),
        ):
            self.severity_combo.addItem(text, level)
        self.dates_check = QCheckBox(self.tr("&Dates"))
        self.dates_check.setObjectName("diaryDatesCheck")
        self.dates_check.setAccessibleName(self.tr("Only show entries between two dates"))
        self.dates_check.setAccessibleDescription(
            self.tr("When ticked, the From and Until dates limit the entries shown")
        )
        self.since_edit = QDateEdit()
        self.since_edit.setObjectName("diarySince")
        self.since_edit.setAccessibleName(self.tr("From date"))
        self.since_edit.setAccessibleDescription(self.tr("The first day of entries to show"))
        self.until_edit = QDateEdit()
        self.until_edit.setObjectName("diaryUntil")
        self.until_edit.setAccessibleName(self.tr("Until date"))
        self.until_edit.setAccessibleDescription(self.tr("The last day of entries to show"))
        for edit in (self.since_edit, self.until_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(date_edit_format())
            edit.setEnabled(False)
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("diarySearch")
        self.search_edit.setAccessibleName(self.tr("Search symptoms and notes"))
        self.search_edit.setAccessibleDescription(
            self.tr("Show only the entries whose symptom or notes contain these words")
        )
        self.search_edit.setPlaceholderText(self.tr("Words in the symptom or notes"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_timer = QTimer(self)
        self.search_timer.setObjectName("diarySearchTimer")
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)

        # --- actions -----------------------------------------------------------------------------
        self.log_button = QPushButton(self.tr("&Log a symptom…"))
        self.log_button.setObjectName("diaryLogButton")
        self.log_button.setAccessibleName(self.tr("Log a symptom or side effect"))
        self.log_button.setAccessibleDescription(
            self.tr("Write down a new symptom: what it was, when it started and how bad it was")
        )
        self.log_button.setEnabled(False)
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.setObjectName("diaryEditButton")
        self.edit_button.setAccessibleName(self.tr("Edit the selected entry"))
        self.edit_button.setAccessibleDescription(self.tr("Change the entry selected in the table"))
        self.edit_button.setEnabled(False)
        self.delete_button = QPushButton(self.tr("Dele&te"))
        self.delete_button.setObjectName("diaryDeleteButton")
        self.delete_button.setAccessibleName(self.tr("Delete the selected entry"))
        self.delete_button.setAccessibleDescription(
            self.tr("Delete the entry selected in the table; you can undo it")
        )
        self.delete_button.setEnabled(False)

        # --- table and chart ---------------------------------------------------------------------
        self.model = DiaryModel()
        self.table = QTableView()
        self.table.setObjectName("diaryTable")
        self.table.setAccessibleName(self.tr("Diary entries"))
        self.table.setAccessibleDescription(
            self.tr(
                "One row per entry: when, symptom, severity, how much it gets in the way, "
                "triage, action and notes. Enter edits the selected entry."
            )
        )
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside it
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setObjectName("diaryTableHeader")
        self.columns = FittedColumns(  # Notes stretches; nothing scrolls sideways at 1024 px
            self.table, self._column_samples, self._header_texts, self._header_lines
        )
        self._entry_zones: set[str] = set()  # the zones entries were logged in (the When cell)
        self.columns.measure()
        self._columns_sized = False
        header.setSortIndicator(WHEN, Qt.SortOrder.DescendingOrder)
        header.setSortIndicatorShown(True)
        self.table.setSortingEnabled(True)  # header clicks → model.sort → ORDER BY in SQLite
        header.sortIndicatorChanged.connect(self._sort_indicator_changed)
        self.empty = QLabel()
        self.empty.setObjectName("diaryEmpty")
        self.empty.setTextFormat(Qt.TextFormat.PlainText)
        self.empty.setWordWrap(True)
        self.empty.hide()
        self.chart = DiaryChart()
        self.chart.setObjectName("diaryChart")

        self.heading = heading
        lay_out_diary(self)

        # --- wiring ------------------------------------------------------------------------------
        self.symptom_combo.currentIndexChanged.connect(self._apply_filter)
        self.severity_combo.currentIndexChanged.connect(self._apply_filter)
        self.dates_check.toggled.connect(self._dates_toggled)
        self.since_edit.dateChanged.connect(self._dates_changed)
        self.until_edit.dateChanged.connect(self._dates_changed)
        self.search_edit.textChanged.connect(self._search_typed)
        self.search_edit.returnPressed.connect(self._search_now)
        self.search_timer.timeout.connect(self._apply_filter)
        self.model.searched.connect(self._after_query)  # a search's rows came (off the thread)
        self.log_button.clicked.connect(self.log_requested.emit)
        self.edit_button.clicked.connect(self._edit_selected)
        self.delete_button.clicked.connect(self._delete_selected)
        self.table.activated.connect(self._edit_selected)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.modelReset.connect(self._selection_changed)
        self.model.modelReset.connect(self._rows_in)  # before the count: the summary waits

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._columns_sized:  # the header's font and style are final once it is shown
            self._columns_sized = True
            self.columns.measure()

    def _column_samples(self) -> dict[int, list[str]]:
        return column_samples(self._entry_zones)

    def _make_room_for_zones(self, zones: Iterable[str]) -> None:
        new = set(zones) - self._entry_zones
        if new:
            self._entry_zones |= new
            self.columns.measure()

    def _header_texts(self) -> list[str]:
        return [marked(DIARY_CONTEXT, title) for title in self.model.HEADERS]

    def _header_lines(self, lines: int) -> None:
        self.model.set_header_lines(
            lines, self.table.horizontalHeader().fontMetrics().horizontalAdvance
        )

    # --- loading ---------------------------------------------------------------------------------
    def load(self, services: AppServices) -> None:
        """Show ``services``' diary (called by the main window, again after every change)."""
        from belimumab_companion.system.local_zone import local_zone_name

        if services is self._services:
            self.refresh()
            return
        # A first load, or another data folder: everything from the start.
        self._services = services
        self._revision = services.diary.revision()
        self._zone = local_zone_name()
        self._make_room_for_zones(services.diary.zones())
        self.log_button.setEnabled(True)
        self._set_default_dates()
        self.chart.load(services)
        self.symptom_combo.set_loader(services.diary.symptom_choices)
        self.model.set_service(services.diary, self.current_filter())
        self._after_query()

    def apply_changes(self, services: AppServices, changes: Change) -> None:
        """After a change (the main window calls this, not ``load``): entries only added go
        into the table and the chart as they are (issue 21 item 7); anything else reads all."""
        if services is not self._services or changes != Change.DIARY:
            self.load(services)
            return
        added = services.diary.added_since(self._revision)
        if not added or len(added) > ADDED_AT_ONCE or not self.model.insert_saved(added):
            self.refresh()
            return
        self._revision = services.diary.revision()
        self._make_room_for_zones(entry.zone for entry in added)
        self.symptom_combo.mark_stale()  # a new symptom joins the list when it is next opened
        self.chart.add_entries(added)
        self._after_query()

    def refresh(self) -> None:
        """Read everything again (after an entry was logged, edited or deleted), keeping the
        filters, the chosen symptom, the loaded rows and the selection where possible."""
        if self._services is None:
            return
        self._revision = self._services.diary.revision()
        selected = self.selected_entry()
        self.symptom_combo.mark_stale()
        where = self.current_filter()
        if where == self.model.current_filter():
            self.model.reload()
        else:
            self.model.set_filter(where)
        self.chart.refresh()
        if selected is not None:
            self.select_entry(selected.id)
        self._after_query()

    def _set_default_dates(self) -> None:
        if self._dates_set or self._services is None:
            return
        self._dates_set = True
        today = self._services.clock().astimezone(ZoneInfo(self._zone)).date()
        for edit, day in ((self.since_edit, today - timedelta(days=30)), (self.until_edit, today)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)

    # --- filters ---------------------------------------------------------------------------------
    def current_filter(self) -> DiaryFilter:
        from belimumab_companion.services.diary_service import DiaryFilter

        since = until = None
        if self.dates_check.isChecked():
            first: date = self.since_edit.date().toPython()  # type: ignore[assignment]
            second: date = self.until_edit.date().toPython()  # type: ignore[assignment]
            since, until = min(first, second), max(first, second)
        symptom = self.symptom_combo.currentData()
        return DiaryFilter(
            symptom_key=symptom or None,
            min_severity=self.severity_combo.currentData(),
            since=since,
            until=until,
            search=self.search_edit.text().strip(),
            zone=self._zone,
        )

    def filtering(self) -> bool:
        where = self.current_filter()
        return bool(
            where.symptom_key
            or where.min_severity is not None
            or where.since is not None
            or where.search
        )

    def _apply_filter(self) -> None:
        self.search_timer.stop()
        if self._services is None:
            return
        self.model.set_filter(self.current_filter())
        if not self.model.pending:
            self._after_query()

    def _search_typed(self) -> None:
        """A letter typed: the search waits for the next (``SEARCH_DELAY_MS``); until its rows
        come, the count of the earlier search is not shown as if it were this one's."""
        self.search_timer.start()
        if self._services is not None:
            self.summary.setText(self.tr("Searching…"))

    def _search_now(self) -> None:
        if self.search_timer.isActive():
            self._apply_filter()

    def _dates_toggled(self, on: bool) -> None:
        self.since_edit.setEnabled(on)
        self.until_edit.setEnabled(on)
        self._apply_filter()

    def _dates_changed(self) -> None:
        if self.dates_check.isChecked():
            self._apply_filter()

    def show_chart(self, shown: bool) -> None:
        """Open or close the chart pane; closed, the table takes the whole height."""
        self.chart_toggle.blockSignals(True)
        self.chart_toggle.setChecked(shown)
        self.chart_toggle.blockSignals(False)
        arrow = Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        self.chart_toggle.setArrowType(arrow)
        self.chart_box.setVisible(shown)

    def _sort_indicator_changed(self, column: int, _order: Qt.SortOrder) -> None:
        if DiaryModel.sortable(column):
            return
        # Triage, action and notes have no index to sort by: put the arrow back where it was.
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(self.model.sort_column(), self.model.sort_order())
        header.blockSignals(False)

    def _rows_in(self) -> None:  # "nothing matches" goes with the rows, before their count
        if self.model.rowCount():
            self.empty.hide()

    def _after_query(self) -> None:
        total = self.model.total()
        filtering = self.filtering()
        if total:
            self.empty.hide()
        else:
            assert self._services is not None
            if filtering and self._services.diary.count():
                self.empty.setText(self.tr("No entries match these filters."))
            else:
                self.empty.setText(
                    self.tr(
                        "Your diary is empty. Use “Log a symptom…” to write down a side effect "
                        "or symptom: what it was, when it started and how bad it was."
                    )
                )
            self.empty.show()
        if total == 1:
            count = self.tr("1 entry matches the filters.") if filtering else self.tr("1 entry")
        elif filtering:
            count = fill(self.tr("%1 entries match the filters."), (integer_text(total),))
        else:
            count = fill(self.tr("%1 entries"), (integer_text(total),))
        typed = self.search_edit.text().strip()
        if typed and not re.search(r"\w", typed):  # nothing to search for: say so (issue 20)
            count = fill(
                self.tr("%1 The search finds words and numbers; “%2” has none, so it is not used."),
                (count, typed[:40]),
            )
        if self.search_timer.isActive() or self.model.pending:
            count = self.tr("Searching…")  # a search still to come: its count comes with it
        self.summary.setText(count)
        self._update_chart()

    # --- selection -------------------------------------------------------------------------------
    def selected_entry(self) -> DiaryEntry | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.entry(rows[0].row()) if rows else None

    def select_entry(self, entry_id: int) -> bool:
        row = self.model.row_of(entry_id)
        if row is None:
            return False
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)
        return True

    def _selection_changed(self) -> None:
        has = self.selected_entry() is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)
        self._update_chart()

    def _update_chart(self) -> None:
        where = self.model.current_filter()
        if where is not None:
            self.chart.set_period(where.since, where.until, where.zone)
        symptom = self.symptom_combo.currentData()
        label = self.symptom_combo.currentText()
        if not symptom:
            entry = self.selected_entry()
            if entry is None:
                return  # keep what the chart shows
            symptom = entry.symptom
            label = symptom_text(entry.symptom, entry.symptom_code)
        self.chart.set_symptom(symptom, label)

    def _edit_selected(self) -> None:
        entry = self.selected_entry()
        if entry is not None:
            self.edit_requested.emit(entry.id)

    def _delete_selected(self) -> None:
        entry = self.selected_entry()
        if entry is not None:
            self.delete_requested.emit(entry.id)

    def offer_undo(
        self, text: str, undo: Callable[[], object], *, redo: Callable[[], object] | None = None
    ) -> None:
        """After a deletion or an edit: one click (or Ctrl+Z) brings it back; Ctrl+Shift+Z
        makes the change again."""

        self.undo_bar.offer(text, undo, Change.DIARY, redo=redo)

    def undo(self) -> None:
        self.undo_bar.undo()
