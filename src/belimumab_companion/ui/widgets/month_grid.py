"""The dose calendar's month: a table of six weeks over a model of our own, so that a screen
reader hears the weekdays as column headers and each day as its full date with its doses (Qt's
calendar widget gives only "1".."7" and bare day numbers)."""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from typing import Protocol

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

Index = QModelIndex | QPersistentModelIndex
WEEKS = 6  # every month fits in six rows, whatever day it starts on


class DaySource(Protocol):
    """What the grid asks of its calendar about a day."""

    def spoken_day(self, day: date) -> str: ...
    def day_text(self, day: date) -> str: ...
    def marker(self, day: date) -> str: ...
    def paintCell(self, painter: QPainter, rect: QRect, qdate: date) -> None: ...


class MonthModel(QAbstractTableModel):
    def __init__(self, source: DaySource) -> None:
        super().__init__()
        self._source = source
        self.year, self.month = 1, 1
        self._first = date(1, 1, 1)  # the day in the top-left cell

    def show(self, year: int, month: int) -> None:
        self.beginResetModel()
        self.year, self.month = year, month
        start = date(year, month, 1)
        first_weekday = QLocale().firstDayOfWeek().value - 1  # Qt: Monday is 1; Python: 0
        self._first = start - timedelta(days=(start.weekday() - first_weekday) % 7)
        self.endResetModel()

    def refresh(self) -> None:
        self.dataChanged.emit(self.index(0, 0), self.index(WEEKS - 1, 6))

    def day(self, index: Index) -> date:
        return self._first + timedelta(days=index.row() * 7 + index.column())

    def index_of(self, day: date) -> QModelIndex:
        offset = (day - self._first).days
        if not 0 <= offset < WEEKS * 7:
            return QModelIndex()
        return self.index(offset // 7, offset % 7)

    def in_month(self, day: date) -> bool:
        return (day.year, day.month) == (self.year, self.month)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else WEEKS

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        day = self.day(index)
        if role == Qt.ItemDataRole.DisplayRole:
            return str(day.day)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._source.spoken_day(day)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._source.day_text(day) or None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < 7:
            return None
        weekday = (self._first + timedelta(days=section)).isoweekday()  # 1 = Monday
        if role == Qt.ItemDataRole.DisplayRole:
            return QLocale().dayName(weekday, QLocale.FormatType.ShortFormat)
        if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            return QLocale().dayName(weekday, QLocale.FormatType.LongFormat)
        return None


class _DayDelegate(QStyledItemDelegate):
    """A day's number (dimmed outside the month shown) and the calendar's dose symbols."""

    def __init__(self, grid: MonthGrid, source: DaySource) -> None:
        super().__init__(grid)
        self._grid = grid
        self._source = source

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:
        super().initStyleOption(option, index)
        model = self._grid.month_model
        if not model.in_month(model.day(index)):
            group = QPalette.ColorGroup.Disabled
            option.palette.setColor(
                QPalette.ColorRole.Text,
                option.palette.color(group, QPalette.ColorRole.Text),
            )

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        super().paint(painter, option, index)
        self._source.paintCell(painter, option.rect, self._grid.month_model.day(index))


class MonthGrid(QTableView):
    """Arrow keys move a day or a week, Page Up/Down a month, Home/End to the month's ends."""

    moved = Signal(int, int)  # days, months
    picked = Signal(object)  # a date clicked

    def __init__(self, model: MonthModel, source: DaySource, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.month_model = model
        self.setModel(model)
        self.setItemDelegate(_DayDelegate(self, source))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)
        self.setShowGrid(True)
        self.setCornerButtonEnabled(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionsClickable(False)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.clicked.connect(lambda index: self.picked.emit(model.day(index)))

    def select(self, index: QModelIndex) -> None:
        if index.isValid():
            self.setCurrentIndex(index)

    def sizeHint(self) -> QSize:
        line = self.fontMetrics().height()
        return QSize(7 * 5 * self.fontMetrics().averageCharWidth(), (WEEKS + 1) * (line + 12))

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        steps = {
            Qt.Key.Key_Left: (-1, 0),
            Qt.Key.Key_Right: (1, 0),
            Qt.Key.Key_Up: (-7, 0),
            Qt.Key.Key_Down: (7, 0),
            Qt.Key.Key_PageUp: (0, -1),
            Qt.Key.Key_PageDown: (0, 1),
        }
        key = Qt.Key(event.key())
        if self.layoutDirection() == Qt.LayoutDirection.RightToLeft and key in (
            Qt.Key.Key_Left,
            Qt.Key.Key_Right,
        ):
            key = Qt.Key.Key_Right if key == Qt.Key.Key_Left else Qt.Key.Key_Left
        if key in steps:
            self.moved.emit(*steps[key])
            return
        if key in (Qt.Key.Key_Home, Qt.Key.Key_End):
            model = self.month_model
            current = model.day(self.currentIndex()) if self.currentIndex().isValid() else None
            if current is not None:
                target = (
                    1 if key == Qt.Key.Key_Home else calendar.monthrange(model.year, model.month)[1]
                )
                self.moved.emit(target - current.day, 0)
            return
        super().keyPressEvent(event)
