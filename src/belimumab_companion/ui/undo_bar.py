"""A bar that says what just changed and offers to undo it (button or Ctrl+Z on its page)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


class UndoBar(QFrame):
    def __init__(self, object_prefix: str, page: QWidget) -> None:
        super().__init__(page)
        prefix = object_prefix
        self.setObjectName(f"{prefix}UndoBar" if prefix else "undoBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.text = QLabel()
        self.text.setObjectName(f"{prefix}UndoText" if prefix else "undoText")
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setWordWrap(True)
        self.button = QPushButton(self.tr("&Undo"))
        self.button.setObjectName(f"{prefix}UndoButton" if prefix else "undoButton")
        keys = QKeySequence(QKeySequence.StandardKey.Undo).toString(
            QKeySequence.SequenceFormat.NativeText
        )
        self.button.setToolTip(self.tr("Undo (%1)").replace("%1", keys))
        self.button.setAccessibleDescription(
            self.tr("Undoes the change described beside it (%1)").replace("%1", keys)
        )
        self.button.clicked.connect(self.undo)
        layout = QHBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.button)
        self._action: Callable[[], str | None] | None = None
        shortcut = QShortcut(QKeySequence.StandardKey.Undo, page)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.undo)
        self.hide()

    def offer(self, text: str, action: Callable[[], str | None]) -> None:
        """``action`` undoes the change; it returns None, or a message when it could not."""
        self._action = action
        self.say(text, can_undo=True)

    def say(self, text: str, *, can_undo: bool = False) -> None:
        if not can_undo:
            self._action = None
        self.text.setText(text)
        self.button.setVisible(can_undo)
        self.show()

    def undo(self) -> bool:
        if self._action is None:
            return False
        action, self._action = self._action, None
        problem = action()
        self.say(problem or self.tr("Undone."))
        return problem is None
