"""Column widths that fit a table in the width it has, without a sideways scroll.

A table sizes each column from samples of what it can hold (every fixed wording, the widest
date), not from its rows (sizing to contents reads every row). When one line per cell does not fit
the width the table has (a 1024-pixel screen, a long language), cells wrap onto two lines, then
three: each column then needs only the widest line of its longest sample cut at spaces, and every
row is that many lines tall (one fixed height, so 100,000 rows cost nothing more).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QHeaderView, QTableView

CELL_PADDING = (
    14  # the item delegate's text margins (2 × 3 px) and the grid line, with room to spare
)
LAST_COLUMN_MINIMUM = 120  # the stretching last column (notes) keeps room for a few words


def split_in_lines(text: str, advance: Callable[[str], int], lines: int) -> tuple[str, ...]:
    """``text`` on at most ``lines`` lines, cut at spaces so that the widest line is narrowest."""
    words = text.split(" ")
    best: tuple[str, ...] = (text,)
    best_width = advance(text)
    for count in range(1, min(lines, len(words))):
        for cuts in itertools.combinations(range(1, len(words)), count):
            bounds = (0, *cuts, len(words))
            parts = tuple(" ".join(words[a:b]) for a, b in itertools.pairwise(bounds))
            width = max(advance(part) for part in parts)
            if width < best_width:
                best, best_width = parts, width
    return best


def lines_width(text: str, advance: Callable[[str], int], lines: int) -> int:
    return max(advance(part) for part in split_in_lines(text, advance, lines))


MOST_LINES = 3


class FittedColumns(QObject):
    """Keeps ``table``'s column widths fitted to its viewport as it is resized.

    ``samples`` maps a column to the texts it must show whole; the last column stretches.
    ``set_lines`` is told how many lines the headers may take too (the model cuts them with
    :func:`split_in_lines`).
    """

    def __init__(
        self,
        table: QTableView,
        samples: Callable[[], Mapping[int, Sequence[str]]],
        headers: Callable[[], Sequence[str]],
        set_lines: Callable[[int], None],
    ) -> None:
        super().__init__(table)
        self._table = table
        self._samples = samples
        self._headers = headers
        self._set_lines = set_lines
        self._widths: dict[int, dict[int, int]] = {}  # lines → column → width
        self.lines = 1
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.viewport().installEventFilter(self)

    @property
    def wrapped(self) -> bool:
        return self.lines > 1

    def measure(self) -> None:
        """Widths from the font and the wordings shown now (again after a language change)."""
        cell = QFontMetrics(self._table.font()).horizontalAdvance
        header = self._table.horizontalHeader()
        head = QFontMetrics(header.font()).horizontalAdvance
        headers = self._headers()
        self._widths = {lines: {} for lines in range(1, MOST_LINES + 1)}
        for column, texts in self._samples().items():
            title = headers[column] if column < len(headers) else ""
            # what the header's style adds around its words (margins, the sort arrow's room)
            shown = str(self._table.model().headerData(column, Qt.Orientation.Horizontal) or "")
            around = header.sectionSizeHint(column) - max(
                (head(line) for line in shown.split("\n")), default=0
            )
            for lines, widths in self._widths.items():
                cells = max(lines_width(text, cell, lines) for text in texts)
                widths[column] = max(cells + CELL_PADDING, lines_width(title, head, lines) + around)
        self.fit()

    def fit(self) -> None:
        if not self._widths:
            return
        room = self._table.viewport().width()
        lines = next(
            (
                n
                for n, widths in self._widths.items()
                if sum(widths.values()) + LAST_COLUMN_MINIMUM <= room
            ),
            MOST_LINES,  # still too narrow: the table scrolls sideways rather than clip
        )
        for column, width in self._widths[lines].items():
            self._table.setColumnWidth(column, width)
        line = QFontMetrics(self._table.font()).lineSpacing()
        self._table.verticalHeader().setDefaultSectionSize(lines * line + 10)
        if lines != self.lines:
            self.lines = lines
            self._table.setWordWrap(lines > 1)
            self._set_lines(lines)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self._table.viewport():
            self.fit()
        return False
