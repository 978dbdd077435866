"""R-35, the contraindication banner: when the user records a past anaphylaxis to belimumab,
"Do not take Benlysta; contact your care team", unmissable on the Today page but never blocking
(no dialog, nothing to dismiss: it goes only when the user unticks the box in Settings).

No colours of its own (the app follows the system's light or dark scheme): a thick frame in the
text colour, the style's warning icon and large bold words. Every label wraps, so it holds at twice
the font size; a screen reader gets the warning as the frame's name and the words as its
description, and the words themselves are selectable, focusable plain-text labels."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QStyle, QVBoxLayout, QWidget

from belimumab_companion.ui.dialogs.common import page_label, plain_label
from belimumab_companion.ui.shell.style import SPACE
from belimumab_companion.user_text import fill


def contraindication_text() -> str:
    """R-35's words exactly (one source string, for the banner and the dose card)."""
    return QCoreApplication.translate(
        "ContraindicationBanner", "Do not take Benlysta; contact your care team."
    )


class ContraindicationBanner(QFrame):
    """R-35 at the top of a page; hidden until :meth:`show_for` is told the user recorded it."""

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setFrameStyle(QFrame.Shape.Box | QFrame.Shadow.Plain)  # drawn in the text colour
        self.setLineWidth(3)
        self.icon = QLabel()
        self.icon.setObjectName(f"{object_name}Icon")
        size = self.fontMetrics().height() * 2
        self.icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size)
        )
        self.icon.setAccessibleName(self.tr("Warning"))
        self.text = page_label(
            f"{object_name}Text", bold=True, scale=1.4, text=contraindication_text()
        )
        self.reason = plain_label(
            f"{object_name}Reason",
            self.tr(
                "You recorded in Settings a past severe allergic reaction (anaphylaxis) to "
                "belimumab."
            ),
        )
        self.setAccessibleName(fill(self.tr("Warning: %1"), (contraindication_text(),)))
        self.setAccessibleDescription(self.reason.text())
        words = QVBoxLayout()
        words.addWidget(self.text)
        words.addWidget(self.reason)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(SPACE.M, SPACE.M, SPACE.M, SPACE.M)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(words, 1)
        self.hide()

    def show_for(self, recorded: bool) -> None:
        self.setVisible(recorded)
