"""The drug information's find bar: find in page, next and previous, the matches highlighted."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import (
    QColor,
    QKeySequence,
    QShortcut,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QTextEdit,
    QWidget,
)

from belimumab_companion.ui.shell.style import SPACE
from belimumab_companion.ui.text.locale_format import integer_text
from belimumab_companion.user_text import fill


class FindBar(QFrame):
    """Find-in-page: every match highlighted, Enter/F3 for next, Shift+Enter/Shift+F3 for previous."""

    closed = Signal()

    def __init__(self, browser: QTextBrowser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self._browser = browser
        self._matches: list[QTextCursor] = []
        self._current = -1
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, SPACE.XS, 0, SPACE.XS)
        label = QLabel(self.tr("&Find:"))
        label.setObjectName("findLabel")
        self.field = QLineEdit()
        self.field.setObjectName("findField")
        self.field.setAccessibleName(self.tr("Find in drug information"))
        self.field.setAccessibleDescription(
            self.tr("Every match is highlighted; Enter goes to the next one, Shift+Enter back")
        )
        self.field.setPlaceholderText(self.tr("Type a word, e.g. fridge"))
        self.field.setClearButtonEnabled(True)
        label.setBuddy(self.field)
        self.previous_button = QPushButton(self.tr("&Previous"))
        self.previous_button.setObjectName("findPrevious")
        self.previous_button.setAccessibleName(self.tr("Previous match"))
        self.previous_button.setAccessibleDescription(
            self.tr("Go to the previous match (Shift+F3)")
        )
        self.next_button = QPushButton(self.tr("&Next"))
        self.next_button.setObjectName("findNext")
        self.next_button.setAccessibleName(self.tr("Next match"))
        self.next_button.setAccessibleDescription(self.tr("Go to the next match (F3)"))
        self.count_label = QLabel()
        self.count_label.setObjectName("findCount")
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setObjectName("findClose")
        self.close_button.setAccessibleName(self.tr("Close find bar"))
        self.close_button.setAccessibleDescription(
            self.tr("Hide the find bar and its highlights (Escape)")
        )
        for widget in (label, self.field, self.previous_button, self.next_button, self.count_label):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(self.close_button)
        self.field.textChanged.connect(self.search)
        self.field.returnPressed.connect(self.next_match)
        self.next_button.clicked.connect(self.next_match)
        self.previous_button.clicked.connect(self.previous_match)
        self.close_button.clicked.connect(self.close_bar)
        QShortcut(QKeySequence(QKeySequence.StandardKey.FindNext), self, self.next_match)
        QShortcut(QKeySequence(QKeySequence.StandardKey.FindPrevious), self, self.previous_match)
        QShortcut(QKeySequence("Shift+Return"), self.field, self.previous_match)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close_bar)
        self._update_count()

    @property
    def match_count(self) -> int:
        return len(self._matches)

    @property
    def current_index(self) -> int:
        return self._current

    def open_bar(self) -> None:
        self.show()
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self._matches, self._current = [], -1
        self._browser.setExtraSelections([])
        self._browser.setFocus()
        self.closed.emit()

    def search(self) -> None:
        text = self.field.text()
        self._matches = []
        document = self._browser.document()
        if text.strip():
            cursor = QTextCursor(document)
            while True:
                cursor = document.find(text, cursor, QTextDocument.FindFlag(0))
                if cursor.isNull():
                    break
                self._matches.append(QTextCursor(cursor))
        self._current = 0 if self._matches else -1
        self._paint()

    def next_match(self) -> None:
        if self._matches:
            self._current = (self._current + 1) % len(self._matches)
            self._paint()

    def previous_match(self) -> None:
        if self._matches:
            self._current = (self._current - 1) % len(self._matches)
            self._paint()

    def _paint(self) -> None:
        palette = self._browser.palette()
        every = QTextCharFormat()
        tint = QColor(palette.color(palette.ColorRole.Highlight))
        tint.setAlpha(70)
        every.setBackground(tint)
        current = QTextCharFormat()
        current.setBackground(palette.color(palette.ColorRole.Highlight))
        current.setForeground(palette.color(palette.ColorRole.HighlightedText))
        selections = []
        for index, cursor in enumerate(self._matches):
            selection = QTextEdit.ExtraSelection()
            selection.cursor = cursor
            selection.format = current if index == self._current else every
            selections.append(selection)
        self._browser.setExtraSelections(selections)
        if self._current >= 0:
            cursor = QTextCursor(self._matches[self._current])
            cursor.clearSelection()
            self._browser.setTextCursor(cursor)
            self._browser.ensureCursorVisible()
        self._update_count()

    def _update_count(self) -> None:
        if not self.field.text().strip():
            self.count_label.setText("")
        elif not self._matches:
            self.count_label.setText(self.tr("No matches"))
        else:
            self.count_label.setText(
                fill(
                    self.tr("%1 of %2"),
                    (integer_text(self._current + 1), integer_text(len(self._matches))),
                )
            )
