"""The contraception reminders that have come, each to mark done or missed (keyboard: select a
row, then Alt+D or Alt+M). A missed pill, patch or ring points to the leaflet and the care team."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from belimumab_companion.domain.reminders import ReminderAnswer
from belimumab_companion.services.contraception_service import DONE, MISSED
from belimumab_companion.ui.shell.operations import Change, Failed, operations
from belimumab_companion.ui.text.contraception_text import action_text, missed_text
from belimumab_companion.ui.text.dose_text import short_when_text

if TYPE_CHECKING:
    from belimumab_companion.domain.contraception import Method
    from belimumab_companion.services.contraception_service import (
        ContraceptionItem,
        ContraceptionService,
    )


class ContraceptionItems(QWidget):
    answered = Signal(str)  # "done" or "missed"

    def __init__(self, prefix: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{prefix}ContraceptionItems")
        self._service: ContraceptionService | None = None
        self._zone = "UTC"
        self._method: Method | None = None
        self.items: list[ContraceptionItem] = []
        self.keep_key: str | None = None
        self.table = QTableWidget(0, 3)
        self.table.setObjectName(f"{prefix}ContraceptionTable")
        self.table.setAccessibleName(self.tr("Contraception reminders to mark"))
        self.table.setAccessibleDescription(
            self.tr("Select a reminder with the arrow keys, then mark it done or missed below")
        )
        self.table.setTabKeyNavigation(False)  # Tab moves on to the buttons
        self.table.setHorizontalHeaderLabels([self.tr("When"), self.tr("What"), self.tr("Marked")])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.done_button = QPushButton(self.tr("&Done"))
        self.done_button.setObjectName(f"{prefix}ContraceptionDone")
        self.done_button.setAccessibleName(self.tr("Mark the selected reminder done"))
        self.done_button.setAccessibleDescription(
            self.tr("Records that you did what the selected reminder asked")
        )
        self.done_button.clicked.connect(lambda: self.answer(DONE))
        self.missed_button = QPushButton(self.tr("M&issed"))
        self.missed_button.setObjectName(f"{prefix}ContraceptionMissed")
        self.missed_button.setAccessibleName(self.tr("Mark the selected reminder missed"))
        self.missed_button.setAccessibleDescription(
            self.tr("Records that it was missed and shows what to do next")
        )
        self.missed_button.clicked.connect(lambda: self.answer(MISSED))
        self.advice = QLabel()
        self.advice.setObjectName(f"{prefix}ContraceptionAdvice")
        self.advice.setWordWrap(True)
        self.advice.setTextFormat(Qt.TextFormat.PlainText)
        self.advice.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.done_button)
        buttons.addWidget(self.missed_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.advice)
        self.table.itemSelectionChanged.connect(self._selection_changed)

    def show_items(
        self,
        service: ContraceptionService,
        items: Sequence[ContraceptionItem],
        method: Method,
        zone: str,
    ) -> None:
        self._service, self._method, self._zone = service, method, zone
        self.items = list(items)
        self.table.setRowCount(len(self.items))
        marks = {DONE: self.tr("done"), MISSED: self.tr("missed")}
        for row, item in enumerate(self.items):
            cells = (
                short_when_text(item.due),
                action_text(item.action),
                marks[item.answer] if item.answer in marks else self.tr("not marked"),
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        height = self.table.horizontalHeader().height() + 4
        height += sum(self.table.rowHeight(r) for r in range(min(len(self.items), 6)))
        self.table.setFixedHeight(height)
        first_open = next((n for n, i in enumerate(self.items) if i.answer is None), 0)
        # after "missed", that row stays selected, so that its advice stays in view
        first_open = next(
            (n for n, i in enumerate(self.items) if i.key == self.keep_key), first_open
        )
        self.keep_key = None
        if self.items:
            self.table.selectRow(first_open)
        self._selection_changed()

    def selected(self) -> ContraceptionItem | None:
        rows = self.table.selectionModel().selectedRows()
        return self.items[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        item = self.selected()
        self.done_button.setEnabled(item is not None)
        self.missed_button.setEnabled(item is not None)
        if item is not None and item.answer == MISSED and self._method is not None:
            self.advice.setText(missed_text(self._method))
            self.advice.show()
        else:
            self.advice.hide()

    def answer(self, answer: ReminderAnswer) -> None:
        item = self.selected()
        if item is None or self._service is None:
            return
        self.keep_key = item.key if answer == MISSED else None
        service = self._service
        answered = operations().run(
            lambda: service.answer(item, answer, self._zone), Change.CONTRACEPTION
        )
        if isinstance(answered, Failed):
            return
        self.answered.emit(answer.value)
        if answer == MISSED and self._method is not None:
            self.advice.setText(missed_text(self._method))
            self.advice.show()
