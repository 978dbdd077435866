"""Settings: the country and the numbers the emergency and crisis screens show (issue 17, part 5;
help-numbers.md). Verified numbers are used as they are; partly verified ones only after the
user ticks "these numbers are right for me"; unverified ones never (the user enters their own).
The user's own numbers always win. Choosing a country here confirms it (the first-start question
on Today goes away)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from belimumab_companion.domain.help_numbers import known_countries, listed, suggested
from belimumab_companion.ui.dialogs.common import describe
from belimumab_companion.ui.shell.operations import Change, operations
from belimumab_companion.ui.text.country_names import OTHER, country_name
from belimumab_companion.user_text import fill

if TYPE_CHECKING:
    from belimumab_companion.services.settings_service import SettingsService


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
            self.tr("Where you are: the emergency and crisis screens show its numbers."),
        )
        names = sorted((country_name(code), code) for code in known_countries())
        for name, code in names:
            self.country.addItem(name, code)
        self.country.addItem(self.tr("Another country (enter the numbers)"), OTHER)
        self.confirm = QCheckBox()
        self.confirm.setObjectName("helpConfirmNumbers")
        self.confirm.setAccessibleName(self.tr("These numbers are right for me"))
        self.confirm.setAccessibleDescription(
            self.tr(
                "These numbers are only partly verified: tick if they are right for you, or "
                "enter your own below."
            )
        )
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
        form.addRow(self.confirm)
        form.addRow(self.tr("&Emergency number:"), self.emergency)
        form.addRow(self.tr("C&risis line:"), self.crisis)
        form.addRow(self.shown)
        code = settings.country() or OTHER
        index = self.country.findData(code)
        self.country.setCurrentIndex(index if index >= 0 else self.country.findData(OTHER))
        self.confirm.setChecked(settings.help_numbers().to_confirm == () and bool(code))
        own = settings.load().help
        self.emergency.setText(own.emergency)
        self.crisis.setText(own.crisis)
        self.country.currentIndexChanged.connect(self._country_changed)
        self.confirm.toggled.connect(self.save)
        self.emergency.editingFinished.connect(self.save)
        self.crisis.editingFinished.connect(self.save)
        self._describe()

    def _country_changed(self) -> None:
        self.confirm.blockSignals(True)
        self.confirm.setChecked(False)  # another country's partly verified numbers: ask again
        self.confirm.blockSignals(False)
        self.save()

    def save(self) -> None:
        code = str(self.country.currentData())
        settings, confirmed = self._settings, self.confirm.isChecked()
        emergency = self.emergency.text().strip()
        crisis = self.crisis.text().strip()

        def store() -> None:
            settings.confirm_country(code, numbers_confirmed=confirmed)
            settings.set_own_numbers(emergency, crisis)

        operations().run(store, Change.SETTINGS)  # Today and the red-flag screens say them
        self._describe()

    def _describe(self) -> None:
        code = str(self.country.currentData())
        offered = suggested(code)
        row = listed(code)
        self.emergency.setPlaceholderText(offered.emergency or self.tr("Enter your number"))
        self.crisis.setPlaceholderText(offered.crisis or self.tr("Enter your number"))
        unconfirmed = self._settings.help_numbers()
        partly = [
            which
            for which in ("emergency", "crisis")
            if row is not None
            and getattr(row, f"{which}_confidence").value == "P"
            and getattr(offered, which)
        ]
        if partly:
            listing = ", ".join(str(getattr(offered, which)) for which in partly)
            self.confirm.setText(
                fill(self.tr("These numbers are right for me: %1 (partly verified)"), (listing,))
            )
        self.confirm.setVisible(bool(partly))
        numbers = unconfirmed
        parts = [
            fill(
                self.tr("The screens show: emergency %1, crisis line %2."),
                (
                    numbers.emergency or self.tr("not entered"),
                    numbers.crisis or self.tr("not entered"),
                ),
            )
        ]
        if not numbers.crisis and "crisis" in numbers.to_confirm:
            parts.append(
                self.tr(
                    "The crisis line listed for this country is only partly verified and needs "
                    "your confirmation; until then the crisis screen shows the emergency number."
                )
            )
        elif not numbers.crisis:
            parts.append(
                self.tr(
                    "No crisis line is known here: the crisis screen shows the emergency number. "
                    "Please add a local crisis line."
                )
            )
        self.shown.setText(" ".join(parts))
