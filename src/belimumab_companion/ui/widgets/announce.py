"""Saying a form's error to a screen reader as well as showing it (issue 20).

A refusal shown in a label under a form is silent to a screen reader while focus stays on Save.
:func:`show_form_error` shows it, moves focus to the field to correct (when there is one, so the
reader says that field's name next) and sends the words as an assertive accessibility
announcement (Qt's ``QAccessibleAnnouncementEvent``: AT-SPI's ``object:announcement``), so they
are heard at once, whatever has focus."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QLabel, QWidget


def announce(source: QWidget, text: str) -> None:
    """Have a screen reader say ``text`` now (assertive: it interrupts what is being read)."""
    if not text:
        return
    event = QAccessibleAnnouncementEvent(source, text)
    event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
    QAccessible.updateAccessibility(event)


def show_form_error(message: QLabel, text: str, field: QWidget | None = None) -> None:
    """Show ``text`` in the form's ``message`` label, move focus to ``field`` (the one to
    correct; nothing typed in it changes) and announce ``text``."""
    message.setText(text)
    if field is not None and field.isEnabled() and field.isVisible():
        field.setFocus(Qt.FocusReason.OtherFocusReason)
    announce(message, text)
