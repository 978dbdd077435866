"""Small dialog helpers shared by pages."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget


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
