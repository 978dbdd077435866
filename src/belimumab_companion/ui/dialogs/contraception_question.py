"""The set-up's one question about contraception (R-36): asked once, respectfully, and
skippable. "Skip" leaves it unanswered; Settings turns the module on or off at any time."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from belimumab_companion.ui.dialogs.common import text_width
from belimumab_companion.ui.shell.operations import Change, Failed, operations

if TYPE_CHECKING:
    from belimumab_companion.services.contraception_service import ContraceptionService
    from belimumab_companion.ui.dialogs.contraception_setup_dialog import ContraceptionSetupDialog


class ContraceptionQuestionDialog(QDialog):
    def __init__(
        self, service: ContraceptionService, today: date, zone: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("contraceptionQuestion")
        self.setWindowTitle(self.tr("Contraception reminders"))
        self._service = service
        self._today = today
        self._zone = zone
        self.setup_dialog: ContraceptionSetupDialog | None = None
        text = QLabel(
            self.tr(
                "Benlysta's label asks anyone who could become pregnant to use effective "
                "contraception during treatment and for at least 4 months after the last dose.\n\n"
                "Would you like reminders for your contraception, tied to your treatment? They "
                "keep going after treatment stops, until those 4 months are over.\n\n"
                "You can change this at any time in Settings."
            )
        )
        text.setObjectName("contraceptionQuestionText")
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.PlainText)
        self.buttons = QDialogButtonBox()
        self.yes = self.buttons.addButton(
            self.tr("&Yes, set them up"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.yes.setObjectName("contraceptionYes")
        self.yes.setAccessibleDescription(
            self.tr("Turn contraception reminders on and choose your method.")
        )
        self.no = self.buttons.addButton(
            self.tr("&No, this does not apply to me"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.no.setObjectName("contraceptionNo")
        self.no.setAccessibleDescription(
            self.tr("Turn contraception reminders off; you can turn them on in Settings.")
        )
        self.skip = self.buttons.addButton(
            self.tr("&Skip"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.skip.setObjectName("contraceptionSkip")
        self.skip.setAccessibleDescription(self.tr("Leave the question unanswered for now."))
        self.yes.clicked.connect(self.answer_yes)
        self.no.clicked.connect(self.answer_no)
        self.skip.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(text_width(self, 60))

    def answer_yes(self) -> None:
        from belimumab_companion.ui.dialogs.contraception_setup_dialog import (
            ContraceptionSetupDialog,
        )

        service = self._service
        if isinstance(
            operations().run(
                lambda: service.set_enabled(True), Change.CONTRACEPTION | Change.SETTINGS
            ),
            Failed,
        ):
            return
        self.setup_dialog = ContraceptionSetupDialog(
            self._service, self._today, self._zone, self.parentWidget()
        )
        self.accept()  # listeners of ``finished`` find the set-up dialog already made
        self.setup_dialog.open()

    def answer_no(self) -> None:
        service = self._service
        if isinstance(
            operations().run(
                lambda: service.set_enabled(False), Change.CONTRACEPTION | Change.SETTINGS
            ),
            Failed,
        ):
            return
        self.accept()
