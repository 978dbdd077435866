"""Settings → Your health: facts about the person that change what the app tells them.

R-35: a past severe allergic reaction (anaphylaxis) to belimumab. Ticked, the Today page shows the
contraindication banner; the tick is saved at once in the database (it travels with backups), and
unticking it is the way back (no undo needed)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QGroupBox, QLabel, QVBoxLayout, QWidget

from belimumab_companion.ui.dialogs.common import WrappedCheck
from belimumab_companion.ui.shell.operations import Change, Failed, operations

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
        layout = QVBoxLayout(self)
        layout.addWidget(WrappedCheck(self.anaphylaxis))
        layout.addWidget(note)
        self.load(settings)
        self.anaphylaxis.toggled.connect(self._toggled)

    def load(self, settings: SettingsService) -> None:
        """Show what is stored (``settings`` is new after a restore: the services are rebuilt)."""
        self._settings = settings
        self.anaphylaxis.blockSignals(True)
        self.anaphylaxis.setChecked(self._settings.belimumab_anaphylaxis())
        self.anaphylaxis.blockSignals(False)

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
