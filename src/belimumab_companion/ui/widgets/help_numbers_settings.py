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

from belimumab_companion.domain.bounds import phone_number_problem
from belimumab_companion.domain.help_numbers import known_countries, listed, suggested
from belimumab_companion.ui.dialogs.common import describe
from belimumab_companion.ui.shell.operations import Change, operations
from belimumab_companion.ui.text.country_names import OTHER, country_name
from belimumab_companion.ui.widgets.announce import announce, show_form_error
from belimumab_companion.user_text import fill

if TYPE_CHECKING:
    from belimumab_companion.services.settings_service import SettingsService


def _typed_number(field: QLineEdit) -> str:
    """The number as stored: spaces collapsed (as the command line stores it)."""
    return " ".join(field.text().split())


def _problem_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.hide()
    return label


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
        # issue 20: each number checked as typed, the reason right under it
        self.emergency_problem = _problem_label("helpEmergencyProblem")
        self.crisis_problem = _problem_label("helpCrisisProblem")
        form.addRow(self.tr("&Emergency number:"), self.emergency)
        form.addRow("", self.emergency_problem)
        form.addRow(self.tr("C&risis line:"), self.crisis)
        form.addRow("", self.crisis_problem)
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
        self.emergency.textChanged.connect(self.check_numbers)
        self.crisis.textChanged.connect(self.check_numbers)
        self.check_numbers()
        self._describe()

    def _problems(self) -> list[tuple[QLineEdit, QLabel, str]]:
        """Each number that cannot be saved as typed: its field, its label, why."""
        found = []
        for field, label, texts in (
            (self.emergency, self.emergency_problem, self._emergency_texts()),
            (self.crisis, self.crisis_problem, self._crisis_texts()),
        ):
            problem = phone_number_problem(_typed_number(field))
            if problem is not None:
                found.append((field, label, texts[problem]))
        return found

    def _emergency_texts(self) -> dict[str, str]:
        return {
            "not-a-phone-number": self.tr(
                "The emergency number can have only digits, letters, spaces and + * # ( ) -. "
                "It is not saved until it is corrected."
            ),
            "no-digit": self.tr(
                "The emergency number needs at least one digit. It is not saved until it is "
                "corrected."
            ),
            "too-long": self.tr("The emergency number is too long: at most 20 characters."),
        }

    def _crisis_texts(self) -> dict[str, str]:
        return {
            "not-a-phone-number": self.tr(
                "The crisis line number can have only digits, letters, spaces and + * # ( ) -. "
                "It is not saved until it is corrected."
            ),
            "no-digit": self.tr(
                "The crisis line number needs at least one digit. It is not saved until it is "
                "corrected."
            ),
            "too-long": self.tr("The crisis line number is too long: at most 20 characters."),
        }

    def check_numbers(self) -> bool:
        """Show, as typed, why a number cannot be saved (the text typed stays); True when both
        numbers can be saved."""
        problems = {label: text for _field, label, text in self._problems()}
        for label in (self.emergency_problem, self.crisis_problem):
            label.setText(problems.get(label, ""))
            label.setVisible(label in problems)
        return not problems

    def refuse_numbers(self) -> bool:
        """For a Save or Next: False, with focus on the first number to correct and its reason
        announced, when one cannot be saved."""
        problems = self._problems()
        if problems:
            field, label, text = problems[0]
            self.check_numbers()
            show_form_error(label, text, field)
        return not problems

    def _country_changed(self) -> None:
        self.confirm.blockSignals(True)
        self.confirm.setChecked(False)  # another country's partly verified numbers: ask again
        self.confirm.blockSignals(False)
        self.save()

    def save(self) -> None:
        code = str(self.country.currentData())
        settings, confirmed = self._settings, self.confirm.isChecked()
        # A number that cannot be saved keeps the one stored (the field keeps what was typed
        # and says why below it); the other number and the country are saved.
        self.check_numbers()
        problems = self._problems()
        refused = {field for field, _label, _text in problems}
        if problems:  # said to a screen reader too; focus stays where the user moved it
            announce(problems[0][1], problems[0][2])
        # None leaves a stored number as it is; "" clears it
        emergency = None if self.emergency in refused else _typed_number(self.emergency)
        crisis = None if self.crisis in refused else _typed_number(self.crisis)

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
