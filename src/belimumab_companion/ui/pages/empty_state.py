"""A page that says plainly what will be here, until the feature that fills it lands."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class EmptyStatePage(QWidget):
    def __init__(
        self, object_name: str, title: str, explanation: str, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.setObjectName(object_name)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 32, 32, 32)
        heading = QLabel(title)
        heading.setObjectName(f"{object_name}Title")
        heading.setTextFormat(Qt.TextFormat.PlainText)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        heading.setFont(font)
        body = QLabel(explanation)
        body.setObjectName(f"{object_name}Explanation")
        body.setTextFormat(Qt.TextFormat.PlainText)
        body.setWordWrap(True)
        body.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        body.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        body.setAccessibleName(title)
        body.setAccessibleDescription(explanation)
        layout.addWidget(heading)
        layout.addWidget(body)
        layout.addStretch(1)
