"""Settings: the numbers the emergency and crisis screens show. Only the US numbers are verified
(911, 988); anywhere else the user enters their own, and the screens never invent one."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QLineEdit, QWidget

from belimumab_companion.domain.help_numbers import VERIFIED, help_numbers
from belimumab_companion.services.settings_service import HELP_COUNTRY, HELP_CRISIS, HELP_EMERGENCY
from belimumab_companion.ui.dialogs import describe
from belimumab_companion.ui.i18n import marked
from belimumab_companion.user_text import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from belimumab_companion.services.settings_service import SettingsService

COUNTRY_NAMES = {"US": QT_TRANSLATE_NOOP("HelpNumbersBox", "United States")}


class HelpNumbersBox(QGroupBox):
    def __init__(self, settings: SettingsService, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Emergency and crisis numbers"), parent)
        self.setObjectName("helpNumbersSettings")
        self._settings = settings
        self.country = QComboBox()
        describe(
            self.country,
            "helpCountry",
            self.tr("Country"),
            self.tr("Where you are; for another country, enter the numbers yourself."),
        )
        for code in VERIFIED:
            name = COUNTRY_NAMES.get(code)
            self.country.addItem(marked("HelpNumbersBox", name) if name else code, code)
        self.country.addItem(self.tr("Another country (enter the numbers)"), "OTHER")
        self.emergency = QLineEdit()
        describe(
            self.emergency,
            "helpEmergency",
            self.tr("Emergency number"),
            self.tr("The emergency number the emergency screen shows."),
        )
        self.emergency.setMaxLength(20)
        self.crisis = QLineEdit()
        describe(
            self.crisis,
            "helpCrisis",
            self.tr("Crisis line number"),
            self.tr("The crisis line number the crisis screen shows."),
        )
        self.crisis.setMaxLength(20)
        self.shown = QLabel()
        self.shown.setObjectName("helpShown")
        self.shown.setTextFormat(Qt.TextFormat.PlainText)
        self.shown.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("&Country:"), self.country)
        form.addRow(self.tr("&Emergency number:"), self.emergency)
        form.addRow(self.tr("C&risis line:"), self.crisis)
        form.addRow(self.shown)
        code = str(settings.get(HELP_COUNTRY, "US"))
        self.country.setCurrentIndex(
            max(0, self.country.findData(code if code in VERIFIED else "OTHER"))
        )
        self.emergency.setText(str(settings.get(HELP_EMERGENCY) or ""))
        self.crisis.setText(str(settings.get(HELP_CRISIS) or ""))
        self.country.currentIndexChanged.connect(self.save)
        self.emergency.editingFinished.connect(self.save)
        self.crisis.editingFinished.connect(self.save)
        self._describe()

    def save(self) -> None:
        self._settings.set(HELP_COUNTRY, str(self.country.currentData()))
        self._settings.set(HELP_EMERGENCY, self.emergency.text().strip() or None)
        self._settings.set(HELP_CRISIS, self.crisis.text().strip() or None)
        self._describe()

    def _describe(self) -> None:
        known = VERIFIED.get(str(self.country.currentData()))
        self.emergency.setPlaceholderText(
            known.emergency or "" if known else self.tr("Enter your number")
        )
        self.crisis.setPlaceholderText(
            known.crisis or "" if known else self.tr("Enter your number")
        )
        numbers = help_numbers(
            str(self.country.currentData()), self.emergency.text(), self.crisis.text()
        )
        self.shown.setText(
            self.tr("The screens show: emergency %1, crisis line %2.")
            .replace("%1", numbers.emergency or self.tr("not entered"))
            .replace("%2", numbers.crisis or self.tr("not entered"))
        )
