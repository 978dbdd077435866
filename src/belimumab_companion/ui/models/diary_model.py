"""The diary as a table. Sorting, filtering and search run in SQLite (through ``DiaryService``),
never in a proxy over Python rows: a proxy sort takes seconds at 100,000 entries, an indexed
``ORDER BY … LIMIT`` well under a millisecond.

Rows arrive in pages of 200 (lazy fetch, ``canFetchMore``/``fetchMore``); ``rowCount`` is what is
loaded, ``total()`` what the filter matches. Each row is turned into text once, on first display.

A full-text search runs off the window's thread (issue 21 item 7: a short prefix at 100,000
entries takes 100–200 ms here): ``set_filter`` with words returns at once, ``pending`` is True
until the answer is in. The first page of rows comes first and is shown at once (the model
resets); the count of every match follows (it looks up all of them: 40 ms for a one-letter
prefix), then ``searched`` is emitted. A newer query makes an older one's answer void; typing
never waits for SQLite.

After a save, ``insert_saved`` puts the entries just added where the sort order puts them
(``beginInsertRows``) and adds them to the total, without counting or reading the rest again.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from belimumab_companion.text.diary import ACTION_WORDS as ACTION_WORDS
from belimumab_companion.text.diary import LEVEL_WORDS as LEVEL_WORDS
from belimumab_companion.text.diary import TRIAGE_WORDS as TRIAGE_WORDS
from belimumab_companion.ui.text.i18n import marked
from belimumab_companion.ui.text.locale_format import medium_date_time_text
from belimumab_companion.ui.text.symptom_text import symptom_text
from belimumab_companion.ui.text.zone_text import with_zone
from belimumab_companion.ui.widgets.fitted_columns import split_in_lines
from belimumab_companion.user_text import QT_TRANSLATE_NOOP

if TYPE_CHECKING:  # the service module imports SQLAlchemy: only when data is really needed
    from belimumab_companion.domain.triage import Triage
    from belimumab_companion.services.diary_service import (
        Action,
        DiaryEntry,
        DiaryFilter,
        DiaryService,
        SortKey,
    )

Index = QModelIndex | QPersistentModelIndex
PAGE = 200
ENTRY_ID_ROLE = Qt.ItemDataRole.UserRole

WHEN, SYMPTOM, SEVERITY, INTERFERENCE, TRIAGE, ACTION, NOTES = range(7)
_TEXT_ROLES = frozenset(
    {int(Qt.ItemDataRole.DisplayRole.value), int(Qt.ItemDataRole.AccessibleTextRole.value)}
)
_ROLES = _TEXT_ROLES | {int(Qt.ItemDataRole.ToolTipRole.value), int(ENTRY_ID_ROLE.value)}

CONTEXT = "DiaryModel"  # the translation context of the words (text.diary)


def level_text(level: int) -> str:
    return marked(CONTEXT, LEVEL_WORDS[level]) if 0 <= level < len(LEVEL_WORDS) else str(level)


def triage_text(value: Triage) -> str:
    """What the entry called for, in words (never by colour alone)."""
    return marked(CONTEXT, TRIAGE_WORDS.get(value.value, value.value))


def action_text(value: Action) -> str:
    return marked(CONTEXT, ACTION_WORDS.get(value.value, value.value))


def when_text(entry: DiaryEntry) -> str:
    """The onset as the clock on the wall showed it, in the entry's own time zone, as the
    user's locale writes it ("Tue, 10 Nov 2026, 12:00")."""
    local = entry.onset_at.astimezone(ZoneInfo(entry.zone))
    return with_zone(medium_date_time_text(local), local)


def first_line(notes: str) -> str:
    for line in notes.splitlines():
        if line.strip():
            return line.strip()
    return ""


class DiaryModel(QAbstractTableModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("DiaryModel", "When"),
        QT_TRANSLATE_NOOP("DiaryModel", "Symptom"),
        QT_TRANSLATE_NOOP("DiaryModel", "Severity"),
        QT_TRANSLATE_NOOP("DiaryModel", "Gets in the way"),
        QT_TRANSLATE_NOOP("DiaryModel", "Triage"),
        QT_TRANSLATE_NOOP("DiaryModel", "Action"),
        QT_TRANSLATE_NOOP("DiaryModel", "Notes"),
    )

    searched = Signal()  # an off-thread search is in: its rows and their count
    _answered = Signal(int, int, object, object)  # generation, total (-1: counting), rows, error
    _counted = Signal(int, int, object)  # generation, total, error

    def __init__(self, diary: DiaryService | None = None) -> None:
        super().__init__()
        self._wrapped_headers: list[str] = []  # the headers cut onto lines (none: one line)
        self._generation = 0  # the newest query; an older search's answer is dropped
        self.pending = False  # a search is running off the window's thread
        self._answered.connect(self._take_answer)
        self._counted.connect(self._take_count)
        self._diary: DiaryService | None = diary
        self._filter: DiaryFilter | None = None  # None: everything (built lazily)
        self._sort_column = WHEN
        self._descending = True
        self._entries: list[DiaryEntry] = []
        self._texts: list[tuple[str, ...] | None] = []
        self._total = 0
        if diary is not None:
            self.reload()

    # --- what is shown ---------------------------------------------------------------------------
    def set_service(self, diary: DiaryService, where: DiaryFilter | None = None) -> None:
        """Read from ``diary`` (with ``where``, if given): one query, not two."""
        self._diary = diary
        if where is not None:
            self._filter = where
        self._requery(PAGE)

    def set_filter(self, where: DiaryFilter) -> None:
        """Show only what ``where`` matches, from the first page."""
        self._filter = where
        self._requery(PAGE)

    def current_filter(self) -> DiaryFilter | None:
        return self._filter

    def reload(self) -> None:
        """Read again (after a change), keeping as many rows loaded as before."""
        self._requery(max(PAGE, len(self._entries)))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in SQLite. Columns without a SortKey (triage, action, notes…) are ignored."""
        if not self.sortable(column):
            return
        self._sort_column = column
        self._descending = order == Qt.SortOrder.DescendingOrder
        self._requery(PAGE)

    @staticmethod
    def sortable(column: int) -> bool:
        return column in (WHEN, SYMPTOM, SEVERITY)

    @staticmethod
    def sort_key(column: int) -> SortKey | None:
        if not DiaryModel.sortable(column):
            return None
        from belimumab_companion.services.diary_service import SortKey

        return {WHEN: SortKey.ONSET, SYMPTOM: SortKey.SYMPTOM, SEVERITY: SortKey.SEVERITY}[column]

    def sort_column(self) -> int:
        return self._sort_column

    def sort_order(self) -> Qt.SortOrder:
        return Qt.SortOrder.DescendingOrder if self._descending else Qt.SortOrder.AscendingOrder

    def total(self) -> int:
        """How many entries the current filter matches (loaded or not)."""
        return self._total

    def entry(self, row: int) -> DiaryEntry:
        return self._entries[row]

    def row_of(self, entry_id: int) -> int | None:
        for row, entry in enumerate(self._entries):
            if entry.id == entry_id:
                return row
        return None

    # --- reading ---------------------------------------------------------------------------------
    def _where(self) -> DiaryFilter:
        if self._filter is None:
            from belimumab_companion.services.diary_service import DiaryFilter

            self._filter = DiaryFilter()
        return self._filter

    def _fetch(self, offset: int, limit: int) -> list[DiaryEntry]:
        assert self._diary is not None
        key = self.sort_key(self._sort_column)
        assert key is not None
        return self._diary.page(self._where(), key, self._descending, offset, limit)

    def _requery(self, limit: int) -> None:
        self._generation += 1
        self.pending = False
        if self._diary is not None and self._where().search:
            self._search(self._diary, self._where(), limit)
            return
        self.beginResetModel()
        if self._diary is None:
            self._entries, self._total = [], 0
        else:
            self._total = self._diary.count(self._where())
            self._entries = self._fetch(0, min(limit, self._total)) if self._total else []
            if len(self._entries) < min(limit, self._total):  # changed in between: trust the rows
                self._total = len(self._entries)
        self._texts = [None] * len(self._entries)
        self.endResetModel()

    def _search(self, diary: DiaryService, where: DiaryFilter, limit: int) -> None:
        generation = self._generation
        key = self.sort_key(self._sort_column)
        assert key is not None
        descending = self._descending
        self.pending = True

        def cancelled() -> bool:  # typed on since: a newer search is queued behind this one
            return generation != self._generation

        def run() -> None:
            from belimumab_companion.services.diary_service import SearchCancelled

            if cancelled():
                return
            try:
                rows = diary.page(where, key, descending, 0, limit, cancelled=cancelled)
            except SearchCancelled:
                return
            except Exception as exc:  # raised again on the window's thread
                self._answered.emit(generation, 0, [], exc)
                return
            if len(rows) < limit:  # every match is in the page: counted already
                self._answered.emit(generation, len(rows), rows, None)
                return
            self._answered.emit(generation, -1, rows, None)  # shown while the rest is counted
            if cancelled():
                return
            try:
                total = diary.count(where, cancelled=cancelled)
            except SearchCancelled:
                return  # a newer search does not wait for this count
            except Exception as exc:
                self._counted.emit(generation, 0, exc)
                return
            self._counted.emit(generation, total, None)

        _searches().submit(run)

    def _take_answer(self, generation: int, total: int, rows: object, error: object) -> None:
        if generation != self._generation:
            return
        if isinstance(error, BaseException):
            self.pending = False
            raise error
        assert isinstance(rows, list)
        self.beginResetModel()
        self._total, self._entries = max(total, len(rows)), rows
        self._texts = [None] * len(rows)
        self.endResetModel()
        if total >= 0:
            self.pending = False
            self.searched.emit()

    def _take_count(self, generation: int, total: int, error: object) -> None:
        if generation != self._generation:
            return
        self.pending = False
        if isinstance(error, BaseException):
            raise error
        self._total = max(total, len(self._entries))  # changed in between: trust the rows
        self.searched.emit()

    def insert_saved(self, entries: list[DiaryEntry]) -> bool:
        """Show the entries just added (nothing else changed) without reading the rest again:
        those the filter matches go where the sort order puts them, and the total grows by as
        many. False when it cannot (a search is still coming): then read again instead."""
        if self._diary is None or self.pending:
            return False
        where = self._where()
        if (
            where.symptom_key
            or where.min_severity is not None
            or where.since
            or where.until
            or where.search  # FTS5 decides what a word matches, not Python
        ):
            shown = self._diary.matching(where, [entry.id for entry in entries])
        else:
            shown = {entry.id for entry in entries}
        for entry in entries:
            if entry.id not in shown or self.row_of(entry.id) is not None:
                continue
            row = self._row_for(entry)
            if row == len(self._entries) < self._total:
                self._total += 1  # after the rows loaded: it comes with the next page fetched
                continue
            # the total grows with the row, never before it (a view asked to fetch more in
            # between would read the new entry's neighbour twice)
            self.beginInsertRows(QModelIndex(), row, row)
            self._entries.insert(row, entry)
            self._texts.insert(row, None)
            self._total += 1
            self.endInsertRows()
        return True

    def _row_for(self, entry: DiaryEntry) -> int:
        """Where ``entry`` goes in the loaded rows, in SQLite's order (the sort key, then id)."""
        from belimumab_companion.services.diary_queries import symptom_key

        def key(one: DiaryEntry) -> tuple[object, int]:
            if self._sort_column == SYMPTOM:
                return symptom_key(one.symptom), one.id
            if self._sort_column == SEVERITY:
                return one.severity, one.id
            return one.onset_at, one.id

        new = key(entry)
        low, high = 0, len(self._entries)
        while low < high:  # the first row that comes after the new one
            middle = (low + high) // 2
            here = key(self._entries[middle])
            if (here > new) if self._descending else (here < new):
                low = middle + 1
            else:
                high = middle
        return low

    def canFetchMore(self, parent: Index) -> bool:
        return (
            not parent.isValid()
            and self._diary is not None
            and not self.pending
            and len(self._entries) < self._total
        )

    def fetchMore(self, parent: Index) -> None:
        if not self.canFetchMore(parent):
            return
        loaded = len(self._entries)
        more = self._fetch(loaded, min(PAGE, self._total - loaded))
        if len(more) < min(PAGE, self._total - loaded):  # rows went away since count(): stop there
            self._total = loaded + len(more)
        if not more:
            return
        self.beginInsertRows(QModelIndex(), loaded, loaded + len(more) - 1)
        self._entries.extend(more)
        self._texts.extend([None] * len(more))
        self.endInsertRows()

    # --- Qt's side -------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def _row_texts(self, row: int) -> tuple[str, ...]:
        texts = self._texts[row]
        if texts is None:
            entry = self._entries[row]
            texts = (
                when_text(entry),
                symptom_text(entry.symptom, entry.symptom_code),
                level_text(entry.severity),
                level_text(entry.interference),
                triage_text(entry.triage),
                action_text(entry.action),
                first_line(entry.notes),
            )
            self._texts[row] = texts
        return texts

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        # Called for every role of every visible cell: unknown roles leave first, cheaply.
        if role not in _ROLES or not index.isValid():
            return None
        row, column = index.row(), index.column()
        if not 0 <= row < len(self._entries) or not 0 <= column < len(self.HEADERS):
            return None
        if role in _TEXT_ROLES:
            return self._row_texts(row)[column]
        if role == ENTRY_ID_ROLE:
            return self._entries[row].id
        if role == Qt.ItemDataRole.ToolTipRole:
            entry = self._entries[row]
            if column == WHEN:
                return f"{self._row_texts(row)[WHEN]} ({entry.zone})"
            if column == NOTES and entry.notes.strip():
                return entry.notes
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.HEADERS)
        ):
            if self._wrapped_headers:  # cut once when the width changed, not at every paint
                return self._wrapped_headers[section]
            return marked(CONTEXT, self.HEADERS[section])
        return None

    def set_header_lines(self, lines: int, advance: Callable[[str], int] = len) -> None:
        """Headers on up to ``lines`` lines (the table's cells wrap too: the page is narrow)."""
        titles = [marked(CONTEXT, header) for header in self.HEADERS]
        self._wrapped_headers = (
            ["\n".join(split_in_lines(title, advance, lines)) for title in titles]
            if lines > 1
            else []
        )
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.HEADERS) - 1)


_POOL: ThreadPoolExecutor | None = None


def _searches() -> ThreadPoolExecutor:
    """One thread for the diary's searches, in order (SQLite reads on its own connection)."""
    global _POOL
    if _POOL is None:
        _POOL = ThreadPoolExecutor(max_workers=1, thread_name_prefix="diary-search")
    return _POOL
