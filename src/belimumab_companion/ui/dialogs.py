"""Small dialog helpers shared by pages."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget


def open_plain_message(
    parent: QWidget, icon: QMessageBox.Icon, title: str, text: str, object_name: str
) -> QMessageBox:
    """A window-modal message whose text is never read as markup (it may hold a file name)."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName(object_name)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def plain_label(object_name: str, text: str = "", accessible_name: str = "") -> QLabel:
    """A wrapping, selectable label that never reads its text as markup (paths, typed text)."""
    label = QLabel(text)
    label.setObjectName(object_name)
    if accessible_name:
        label.setAccessibleName(accessible_name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse
        | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    return label


def question_box(
    parent: QWidget, object_name: str, title: str, text: str, details: str = ""
) -> QMessageBox:
    """A window-modal question in plain text; the caller adds the buttons and calls open()."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton)
    box.setParent(parent, box.windowFlags())
    box.setObjectName(object_name)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setInformativeText(details)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    return box
