"""Settings: where the data lives, how the app looks (it follows the system scheme), your health
(R-35), reminders."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from belimumab_companion.ui.dialogs.common import WrappedCheck, plain_label
from belimumab_companion.ui.shell.operations import Change, operations
from belimumab_companion.ui.shell.style import TYPE, scaled_font
from belimumab_companion.ui.widgets.page_layout import scrolling_page

if TYPE_CHECKING:
    from belimumab_companion.services.app_services import AppServices
    from belimumab_companion.ui.widgets.health_settings import HealthSettingsBox
    from belimumab_companion.ui.widgets.reminder_settings import ReminderSettingsBox
    from belimumab_companion.ui.widgets.supplies_settings import SuppliesBox


class SettingsPage(QWidget):
    erase_requested = Signal()  # the main window asks for the typed confirmation and erases

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsPage")
        self._services: AppServices | None = None
        heading = QLabel(self.tr("Settings"))
        heading.setObjectName("settingsTitle")
        heading.setWordWrap(True)
        font = heading.font()
        font = scaled_font(font, TYPE.TITLE, bold=True)
        heading.setFont(font)
        self.data_folder = plain_label("settingsDataFolder")
        self.backups_folder = plain_label("settingsBackupsFolder")
        self.logs_folder = plain_label("settingsLogsFolder")
        self.appearance = plain_label("settingsAppearance")
        self.appearance.setText(self.tr("The app follows your system's light or dark appearance."))
        self.open_folder = QPushButton(self.tr("Ope&n the data folder"))
        self.open_folder.setObjectName("openDataFolderButton")
        self.open_folder.setAccessibleName(self.tr("Open the data folder in the file manager"))
        self.open_folder.setAccessibleDescription(
            self.tr("Shows the folder that holds your data, backups and log files")
        )
        self.open_folder.setEnabled(False)
        self.open_folder.clicked.connect(self._open_folder)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # a large font: label above
        for text, label in (
            (self.tr("Your data:"), self.data_folder),
            (self.tr("Backups:"), self.backups_folder),
            (self.tr("Log files:"), self.logs_folder),
            (self.tr("Appearance:"), self.appearance),
        ):
            title = QLabel(text)
            title.setBuddy(label)  # a screen reader names the value by its title
            label.setAccessibleName(text.rstrip(":"))
            form.addRow(title, label)
        privacy = QLabel(
            self.tr(
                "Everything stays on this computer, in the folder above. The app never uses the "
                "network and sends nothing anywhere. Log files hold no health information."
            )
        )
        privacy.setObjectName("settingsPrivacy")
        privacy.setTextFormat(Qt.TextFormat.PlainText)
        privacy.setWordWrap(True)
        layout = scrolling_page(self, "settings", sideways=False)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(privacy)
        layout.addWidget(self.open_folder, 0, Qt.AlignmentFlag.AlignLeft)
        self._layout = layout
        self.reminders: ReminderSettingsBox | None = None  # built in load(), with the services
        self.health: HealthSettingsBox  # R-35, built in load() with the reminders
        self.supplies: SuppliesBox | None = None  # issue 22, built in load()
        layout.addStretch(1)
        # Always last, after the stretch, set apart at the bottom; _add_section() goes above both.
        layout.addWidget(self._build_danger_zone())
        for label in (self.data_folder, self.backups_folder, self.logs_folder):
            label.setText(self.tr("Opening…"))

    def load(self, services: AppServices) -> None:
        self._services = services
        self.data_folder.setText(str(services.paths.database))
        self.backups_folder.setText(str(services.paths.backups_dir))
        self.logs_folder.setText(str(services.paths.logs_dir))
        self.open_folder.setEnabled(True)
        self.erase_button.setEnabled(not services.read_only)  # nothing can be removed there
        if self.reminders is None:
            from belimumab_companion.ui.widgets.health_settings import HealthSettingsBox

            # R-35 first: a fact about the person that changes what Today tells them.
            self.health = HealthSettingsBox(services.settings, services.read_only, self)
            self._add_section(self.health)
            QWidget.setTabOrder(self.open_folder, self.health.anaphylaxis)  # as the page reads
            from belimumab_companion.system.autostart import Autostart
            from belimumab_companion.ui.widgets.reminder_settings import ReminderSettingsBox

            self.reminders = ReminderSettingsBox(services.reminders, Autostart(), self)
            self._add_section(self.reminders)
            from belimumab_companion.ui.widgets.help_numbers_settings import HelpNumbersBox

            self.help_numbers = HelpNumbersBox(services.settings, self)
            self._add_section(self.help_numbers)
            from belimumab_companion.ui.widgets.language_settings import LanguageBox

            self.language = LanguageBox(services.paths.language_file, services.read_only, self)
            self._add_section(self.language)
            self._build_modules()
        else:
            self.health.load(services.settings)  # what is stored now (also after a restore)
        self.contraception.blockSignals(True)
        self.contraception.setChecked(services.contraception.enabled() is True)
        self.contraception.blockSignals(False)
        self._show_supplies(services)

    def _show_supplies(self, services: AppServices) -> None:
        """Issue 22: made again for each data folder opened (a restore brings new services)."""
        from belimumab_companion.ui.widgets.supplies_settings import SuppliesBox

        if self.supplies is not None:
            self._layout.removeWidget(self.supplies)
            self.supplies.deleteLater()
        today = services.clock().date()
        self.supplies = SuppliesBox(services.supplies, today, self)
        self.supplies.setEnabled(not services.read_only)
        self._add_section(self.supplies)

    def _add_section(self, widget: QWidget) -> None:
        """Below what is there, above the stretch and the danger zone (the last two items)."""
        self._layout.insertWidget(self._layout.count() - 2, widget)

    def _build_modules(self) -> None:
        box = QGroupBox(self.tr("Contraception"))
        box.setObjectName("settingsContraceptionBox")
        self.contraception = QCheckBox(self.tr("Contraception reminders, t&ied to the treatment"))
        self.contraception.setObjectName("contraceptionEnabled")
        self.contraception.setAccessibleDescription(
            self.tr("Turns the contraception page and its reminders on or off")
        )
        note = QLabel(
            self.tr(
                "For anyone who could become pregnant: reminders in your method's rhythm during "
                "treatment and for at least 4 months after the last dose. When off, nothing of it "
                "shows; what you recorded is kept."
            )
        )
        note.setObjectName("settingsContraceptionNote")
        note.setWordWrap(True)
        note.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(box)
        layout.addWidget(WrappedCheck(self.contraception))
        layout.addWidget(note)
        self.contraception.toggled.connect(self._contraception_toggled)
        self._add_section(box)

    def _contraception_toggled(self, on: bool) -> None:
        if self._services is not None:
            contraception = self._services.contraception
            operations().run(
                lambda: contraception.set_enabled(on), Change.CONTRACEPTION | Change.SETTINGS
            )

    def _build_danger_zone(self) -> QGroupBox:
        box = QGroupBox(self.tr("Erase all data"))
        box.setObjectName("settingsDangerZone")
        note = QLabel(
            self.tr(
                "Removes your data file, every backup, the log files, set-aside files and the "
                "start-at-login entry from this computer, after you type a word to confirm. Files "
                "you exported and saved elsewhere are not touched. This cannot be undone."
            )
        )
        note.setObjectName("settingsEraseNote")
        note.setWordWrap(True)
        note.setTextFormat(Qt.TextFormat.PlainText)
        self.erase_button = QPushButton(self.tr("Erase all data…"))
        self.erase_button.setObjectName("eraseAllDataButton")
        self.erase_button.setAccessibleName(self.tr("Erase all data"))
        self.erase_button.setAccessibleDescription(
            self.tr("Opens a confirmation first; nothing is erased until you confirm")
        )
        self.erase_button.setEnabled(False)  # until the data is open
        self.erase_button.clicked.connect(self.erase_requested)
        layout = QVBoxLayout(box)
        layout.addWidget(note)
        layout.addWidget(self.erase_button, 0, Qt.AlignmentFlag.AlignLeft)
        return box

    def _open_folder(self) -> None:
        if self._services is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._services.paths.data_dir)))
