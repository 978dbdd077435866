"""The emergency (R-29) and crisis (R-31) screens. Shown before anything else; Escape, the
window's close button or a stray click do not dismiss them: only the acknowledgement button
does. Never a reassuring word (R-32)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from belimumab_companion.domain.help_numbers import HelpNumbers
from belimumab_companion.domain.triage import Triage
from belimumab_companion.user_text import fill


class RedFlagDialog(QDialog):
    def __init__(
        self,
        kind: Triage,
        numbers: HelpNumbers,
        what: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        if kind not in (Triage.EMERGENCY, Triage.CRISIS):
            raise ValueError("only emergency and crisis have a screen")
        self.kind = kind
        self.acknowledged = False
        self.setModal(True)
        self.setObjectName("emergencyDialog" if kind is Triage.EMERGENCY else "crisisDialog")
        emergency = numbers.emergency
        if kind is Triage.EMERGENCY:
            self.setWindowTitle(self.tr("Emergency"))
            title = (
                fill(self.tr("Call %1 now"), (emergency,))
                if emergency
                else self.tr("Call your local emergency number now")
            )
            body = fill(
                self.tr(
                    "You reported: %1.\n\nTrouble breathing, swelling of the face, lips, mouth, "
                    "tongue or throat, and fainting can be signs of a severe allergic reaction, "
                    "which can cause death. Do not wait to see if it gets better."
                ),
                (what,),
            )
        else:
            self.setWindowTitle(self.tr("Help is available now"))
            if numbers.crisis:
                title = fill(
                    self.tr("Call or text %1 now")
                    if numbers.crisis_by_text
                    else self.tr("Call %1 now"),
                    (numbers.crisis,),
                )
            else:
                title = self.tr("Call a crisis line or your local emergency number now")
            danger = (
                fill(self.tr("If you are in immediate danger, call %1."), (emergency,))
                if emergency
                else self.tr("If you are in immediate danger, call your local emergency number.")
            )
            body = (
                fill(self.tr("You reported: %1."), (what,))
                + "\n\n"
                + danger
                + "\n"
                + self.tr("Tell your care team as well.")
            )
        heading = QLabel(title)
        heading.setObjectName("redFlagTitle")
        heading.setTextFormat(Qt.TextFormat.PlainText)
        heading.setWordWrap(True)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        heading.setFont(font)
        text = QLabel(body)
        text.setObjectName("redFlagBody")
        text.setTextFormat(Qt.TextFormat.PlainText)
        text.setWordWrap(True)
        if not (emergency if kind is Triage.EMERGENCY else numbers.crisis):
            hint = QLabel(self.tr("Enter your country's numbers in Settings so they show here."))
            hint.setObjectName("redFlagHint")
            hint.setWordWrap(True)
        else:
            hint = None
        self.acknowledge = QPushButton(self.tr("I have read this"))
        self.acknowledge.setObjectName("redFlagAcknowledge")
        self.acknowledge.setAccessibleName(self.tr("I have read this; close"))
        self.acknowledge.setAccessibleDescription(
            self.tr("Closes this screen. Only this button closes it.")
        )
        self.acknowledge.setAutoDefault(False)  # Enter held down from the form does not close it
        self.acknowledge.setDefault(False)
        self.acknowledge.clicked.connect(self._acknowledge)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 28, 28, 28)
        layout.addWidget(heading)
        layout.addWidget(text)
        if hint is not None:
            layout.addWidget(hint)
        layout.addSpacing(12)
        layout.addWidget(self.acknowledge, 0, Qt.AlignmentFlag.AlignRight)
        self.setAccessibleName(title)
        self.setAccessibleDescription(body)
        self.resize(560, 320)

    def _acknowledge(self) -> None:
        self.acknowledged = True
        self.accept()

    def reject(self) -> None:  # Escape
        if self.acknowledged:
            super().reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.ignore()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.acknowledged:
            event.accept()
        else:
            event.ignore()
