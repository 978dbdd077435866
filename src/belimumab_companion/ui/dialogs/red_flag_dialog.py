"""The emergency (R-29, R-44) and crisis (R-31) screens. Shown before anything else; Escape, the
window's close button or a stray click do not dismiss them: only the acknowledgement button
does. Never a reassuring word (R-32).

They cannot be mistaken for an ordinary message (issue 17, part 6): a red band across the top
with white words and the style's critical icon, the number to call alone on its line in very large
type, and screen-reader names that say what the screen is and which number to call. The band's
colours are fixed (white on a dark red, contrast above 7:1), whatever the light or dark scheme.
Where no crisis line is known for the user's country, the crisis screen gives the emergency number
and asks the user to add a local line in Settings; where the listed line is only partly verified
and not yet confirmed (MX, AR), it says so and asks the user to confirm it in Settings.

For a screen reader (issue 20) the screen is an alert (``QAccessible.Role.AlertMessage``, AT-SPI's
"alert"), so Orca reads its words out as soon as it opens; those words are spoken once, from the
labels, never repeated in an accessible description."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface, QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAccessibleWidget,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from belimumab_companion.domain.help_numbers import HelpNumbers
from belimumab_companion.domain.triage import Triage
from belimumab_companion.ui.shell.style import SPACE, Status, show_status
from belimumab_companion.user_text import fill


def _alert_interface(_class_name: str, target: QObject) -> QAccessibleInterface | None:
    """The red-flag screens are alerts to assistive technology, not ordinary dialogs."""
    if isinstance(target, RedFlagDialog):
        return QAccessibleWidget(target, QAccessible.Role.AlertMessage)
    return None


_factory_installed = False


def _install_alert_role() -> None:
    global _factory_installed
    if not _factory_installed:
        QAccessible.installFactory(_alert_interface)
        _factory_installed = True


class RedFlagDialog(QDialog):
    def __init__(
        self,
        kind: Triage,
        numbers: HelpNumbers,
        what: str,
        parent: QWidget | None = None,
    ) -> None:
        _install_alert_role()
        super().__init__(parent)
        if kind not in (Triage.EMERGENCY, Triage.CRISIS):
            raise ValueError("only emergency and crisis have a screen")
        self.kind = kind
        self.acknowledged = False
        self.setModal(True)
        self.setObjectName("emergencyDialog" if kind is Triage.EMERGENCY else "crisisDialog")
        emergency = numbers.emergency
        hint: str | None = None
        if kind is Triage.EMERGENCY:
            self.setWindowTitle(self.tr("Emergency"))
            band_text = self.tr("Emergency")
            number = emergency
            title = (
                fill(self.tr("Call %1 now"), (emergency,))
                if emergency
                else self.tr("Call your local emergency number now")
            )
            number_name = fill(self.tr("Emergency number: %1"), (emergency,)) if emergency else ""
            body = fill(
                self.tr(
                    "You reported: %1.\n\nThis can be a medical emergency. Do not wait to see if "
                    "it gets better."
                ),
                (what,),
            )
            if not emergency:
                hint = self.tr("Enter your country's numbers in Settings so they show here.")
        else:
            self.setWindowTitle(self.tr("Help is available now"))
            band_text = self.tr("Help is available now")
            if numbers.crisis:
                number = numbers.crisis
                title = fill(
                    self.tr("Call or text %1 now")
                    if numbers.crisis_by_text
                    else self.tr("Call %1 now"),
                    (numbers.crisis,),
                )
                number_name = fill(self.tr("Crisis line number: %1"), (numbers.crisis,))
            elif emergency:  # no crisis line known: the emergency number, and ask for a line
                number = emergency
                title = fill(self.tr("Call %1 now"), (emergency,))
                number_name = fill(self.tr("Emergency number: %1"), (emergency,))
                hint = self.tr(
                    "No crisis line is known for your country. Please add a local crisis line "
                    "in Settings so it shows here."
                )
            else:
                number = None
                title = self.tr("Call a crisis line or your local emergency number now")
                number_name = ""
                hint = self.tr("Enter your country's numbers in Settings so they show here.")
            if not numbers.crisis and "crisis" in numbers.to_confirm:
                # MX, AR: a partly verified line is listed; it shows once the user confirms it
                hint = self.tr(
                    "A crisis line is listed for your country, but it is only partly verified. "
                    "Please check it and confirm it in Settings so it shows here."
                )
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

        # the red band: icon, what this screen is, and what to do
        self.band = QFrame()
        self.band.setObjectName("redFlagBand")
        show_status(self.band, Status.DANGER)  # the one look: red band, white text, an icon
        self.icon = QLabel()
        self.icon.setObjectName("redFlagIcon")
        size = self.fontMetrics().height() * 3
        self.icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(size)
        )
        self.icon.setAccessibleName(band_text)
        kind_label = QLabel(band_text.upper())
        kind_label.setObjectName("redFlagKind")
        kind_label.setTextFormat(Qt.TextFormat.PlainText)
        heading = QLabel(title)
        heading.setObjectName("redFlagTitle")
        heading.setTextFormat(Qt.TextFormat.PlainText)
        heading.setWordWrap(True)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        heading.setFont(font)
        kind_font = kind_label.font()
        kind_font.setBold(True)
        kind_label.setFont(kind_font)
        band_words = QVBoxLayout()
        band_words.addWidget(kind_label)
        band_words.addWidget(heading)
        band_words.addStretch(1)
        band_layout = QHBoxLayout(self.band)
        band_layout.setContentsMargins(SPACE.XL, SPACE.L, SPACE.XL, SPACE.L)
        band_layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        band_layout.addLayout(band_words, 1)

        # the number, alone and very large
        self.number = QLabel(number or "")
        self.number.setObjectName("redFlagNumber")
        self.number.setTextFormat(Qt.TextFormat.PlainText)
        self.number.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        number_font = self.number.font()
        number_font.setPointSizeF(number_font.pointSizeF() * 3.2)
        number_font.setBold(True)
        self.number.setFont(number_font)
        self.number.setAccessibleName(number_name)
        self.number.setVisible(bool(number))

        text = QLabel(body)
        text.setObjectName("redFlagBody")
        text.setTextFormat(Qt.TextFormat.PlainText)
        text.setWordWrap(True)
        self.hint: QLabel | None = None
        if hint is not None:
            self.hint = QLabel(hint)
            self.hint.setObjectName("redFlagHint")
            self.hint.setTextFormat(Qt.TextFormat.PlainText)
            self.hint.setWordWrap(True)
            hint_font = self.hint.font()
            hint_font.setBold(True)
            self.hint.setFont(hint_font)
        self.acknowledge = QPushButton(self.tr("I have read this"))
        self.acknowledge.setObjectName("redFlagAcknowledge")
        self.acknowledge.setAccessibleName(self.tr("I have read this; close"))
        self.acknowledge.setAccessibleDescription(
            self.tr("Closes this screen. Only this button closes it.")
        )
        self.acknowledge.setAutoDefault(False)  # Enter held down from the form does not close it
        self.acknowledge.setDefault(False)
        self.acknowledge.clicked.connect(self._acknowledge)
        content = QVBoxLayout()
        content.setContentsMargins(SPACE.XL, SPACE.L, SPACE.XL, SPACE.XL)
        content.addWidget(self.number)
        content.addWidget(text)
        if self.hint is not None:
            content.addWidget(self.hint)
        content.addSpacing(SPACE.M)
        content.addWidget(self.acknowledge, 0, Qt.AlignmentFlag.AlignRight)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.band)
        layout.addLayout(content)
        self.setAccessibleName(fill(self.tr("%1: %2"), (band_text, title)))
        # The body and the hint are labels, read out with the alert: no description repeating them.
        self.body = text
        self.resize(600, 400)

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
