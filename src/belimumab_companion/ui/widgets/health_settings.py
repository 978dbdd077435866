"""Settings → Your health: facts about the person that change what the app tells them.

R-35: a past severe allergic reaction (anaphylaxis) to belimumab. Ticked, the Today page shows the
contraindication banner; the tick is saved at once in the database (it travels with backups), and
unticking it is the way back (no undo needed)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QGroupBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from belimumab_companion.ui.dialogs.common import WrappedCheck, message_label
from belimumab_companion.ui.shell.operations import Change, Failed, operations
from belimumab_companion.ui.text.i18n import error_text
from belimumab_companion.ui.widgets.length_limit import limited
from belimumab_companion.user_text import UserFacingError

if TYPE_CHECKING:
    from belimumab_companion.services.settings_service import SettingsService


class HealthSettingsBox(QGroupBox):
    def __init__(
        self, settings: SettingsService, read_only: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Your health"), parent)
        self.setObjectName("settingsHealthBox")
        self._settings = settings
        self.anaphylaxis = QCheckBox(
            self.tr(
                "I have had a severe allergic reaction (anaphylaxis) to belimumab (&Benlysta) in "
                "the past"
            )
        )
        self.anaphylaxis.setObjectName("belimumabAnaphylaxis")
        self.anaphylaxis.setAccessibleDescription(
            self.tr(
                "When ticked, the Today page warns you not to take Benlysta and to contact your "
                "care team"
            )
        )
        self.anaphylaxis.setEnabled(not read_only)  # nothing can be saved in a read-only folder
        note = QLabel(
            self.tr(
                "If this has ever happened to you, tick the box: the Today page then shows a "
                "warning at the top."
            )
        )
        note.setObjectName("settingsHealthNote")
        note.setWordWrap(True)
        note.setTextFormat(Qt.TextFormat.PlainText)
        # issue 20: the name on the care-team report and in the health-record export (optional)
        self.name = QLineEdit()
        self.name.setObjectName("patientName")
        from belimumab_companion.services.settings_service import PATIENT_NAME_MAX

        self.name.setAccessibleName(self.tr("Name on the care-team report"))
        self.name.setAccessibleDescription(
            self.tr("Optional. Shown on the report and in the health-record export; saved on Enter")
        )
        self.name.setPlaceholderText(self.tr("optional"))
        self.name.setEnabled(not read_only)
        self.name.editingFinished.connect(self._save_name)
        self.name_message = message_label("patientNameMessage")
        name_label = QLabel(self.tr("Name on the care-team report (optional):"))
        name_label.setBuddy(self.name)
        layout = QVBoxLayout(self)
        layout.addWidget(WrappedCheck(self.anaphylaxis))
        layout.addWidget(note)
        layout.addWidget(name_label)
        layout.addWidget(limited(self.name, PATIENT_NAME_MAX))
        layout.addWidget(self.name_message)
        self.load(settings)
        self.anaphylaxis.toggled.connect(self._toggled)

    def load(self, settings: SettingsService) -> None:
        """Show what is stored (``settings`` is new after a restore: the services are rebuilt)."""
        self._settings = settings
        self.anaphylaxis.blockSignals(True)
        self.anaphylaxis.setChecked(self._settings.belimumab_anaphylaxis())
        self.anaphylaxis.blockSignals(False)
        self.name.setText(self._settings.patient_name())

    def _save_name(self) -> None:
        settings, typed = self._settings, self.name.text()
        if typed.strip() == settings.patient_name():
            return
        try:
            stored = operations().run(
                lambda: settings.set_patient_name(typed), Change.SETTINGS, expect=(UserFacingError,)
            )
        except UserFacingError as exc:
            self.name_message.setText(error_text(exc))  # what was typed stays
            return
        if isinstance(stored, Failed):
            return
        self.name.setText(stored)
        self.name_message.setText(
            self.tr("Saved: the report shows this name.") if stored else self.tr("Name removed.")
        )

    def _toggled(self, on: bool) -> None:
        settings = self._settings
        saved = operations().run(
            lambda: settings.set_belimumab_anaphylaxis(on), Change.PLAN | Change.REMINDERS
        )
        if isinstance(saved, Failed):
            # Not saved (disk full, locked…; the gateway said so): the box must not claim what
            # the data does not hold.
            self.anaphylaxis.blockSignals(True)
            self.anaphylaxis.setChecked(not on)
            self.anaphylaxis.blockSignals(False)
