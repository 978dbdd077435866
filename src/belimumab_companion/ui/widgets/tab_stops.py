"""A date or time field is one Tab stop (issue 20).

Qt's QDateEdit, QTimeEdit and QDateTimeEdit spend a Tab on each of their sections (day, month,
year, hours, minutes), so a screen-reader user pressed Tab 2 to 5 times to leave one. With
:func:`one_tab_stop`, Tab and Shift+Tab leave the field; the arrow keys, or typing, move between its
sections. (``wall_time.WallTimeEdit`` does the same itself.) Kept apart from ``wall_time`` so
that the plain fields do not import the schedule's time rules (and dateutil) before first paint.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractSpinBox, QDateTimeEdit


def _tab_direction(event: QEvent) -> bool | None:
    """True for Tab, False for Shift+Tab (Backtab), None for any other event."""
    if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
        return None
    others = event.modifiers() & ~(
        Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier
    )
    if others != Qt.KeyboardModifier.NoModifier:
        return None  # Ctrl+Tab and the like are not ours
    if event.key() == Qt.Key.Key_Backtab:
        return False
    if event.key() == Qt.Key.Key_Tab:
        return not event.modifiers() & Qt.KeyboardModifier.ShiftModifier
    return None


class _OneTabStop(QObject):
    """Tab and Shift+Tab leave a date/time field at once instead of walking its sections."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        forward = _tab_direction(event)
        if forward is None or not isinstance(watched, QDateTimeEdit):
            return False
        QAbstractSpinBox.focusNextPrevChild(watched, forward)
        return True


_one_tab_stop = _OneTabStop()
Edit = TypeVar("Edit", bound=QDateTimeEdit)


def one_tab_stop(edit: Edit) -> Edit:
    """Make ``edit`` (a QDateEdit, QTimeEdit or QDateTimeEdit) one Tab stop; returns it."""
    edit.installEventFilter(_one_tab_stop)
    return edit
