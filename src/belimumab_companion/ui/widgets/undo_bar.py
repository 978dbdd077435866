"""A bar that says what just changed and offers to undo it.

It is a view of the application's one undo stack (issue 19): offering an undo pushes the
change onto that stack, so Edit → Undo (Ctrl+Z) anywhere in the window undoes the same thing,
and the bar's button undoes it only while it is still the latest change.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QUndoCommand
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from belimumab_companion.ui.shell.operations import Change, operations


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
        self._command: QUndoCommand | None = None
        self._problem: str | None = None
        self.hide()

    def offer(
        self,
        text: str,
        action: Callable[[], object],
        changes: Change = Change.NONE,
        *,
        redo: Callable[[], object] | None = None,
    ) -> None:
        """``action`` undoes the change (it returns None, or a message when it could not);
        ``changes`` names the kinds of data the undo changes back; ``redo``, when given, makes
        the change again after an undo (Edit → Redo, Ctrl+Shift+Z), returning the same way."""
        command = operations().push_undo(
            text,
            changes,
            action,
            redo=redo,
            on_undone=self._undone,
            on_redone=lambda problem: self._redone(command, text, problem),
        )
        self._command = command
        self.say(text, can_undo=True)

    def say(self, text: str, *, can_undo: bool = False) -> None:
        if not can_undo:
            self._command = None
        self.text.setText(text)
        self.button.setVisible(can_undo)
        self.show()

    def undo(self) -> bool:
        command = self._command
        if command is None:
            return False
        gateway = operations()
        if not gateway.is_latest(command):
            self.say(self.tr("A later change comes first: use Edit → Undo to undo it."))
            return False
        self._problem = None
        gateway.undo_stack.undo()  # calls _undone
        return self._problem is None

    def _undone(self, problem: str | None) -> None:
        self._problem = problem
        self.say(problem or self.tr("Undone."))

    def _redone(self, command: QUndoCommand, text: str, problem: str | None) -> None:
        """Edit → Redo made the change again: the bar says so and offers its undo again."""
        if problem is not None:
            self.say(problem)
            return
        self._command = command
        self.say(text, can_undo=True)
