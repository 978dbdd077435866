"""First-run plan setup: only what R-01 needs, and the first six dates shown before saving."""

from __future__ import annotations

from datetime import date, time
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QSizePolicy,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from belimumab_companion.domain.regimens import (
    Indication,
    Prescription,
    RefusalCode,
    RegimenRefusal,
    Route,
)
from belimumab_companion.services.plan_service import PlanInputError, PlanInputs
from belimumab_companion.system.local_zone import available_timezones, local_zone_name
from belimumab_companion.ui.dialogs.common import (
    date_edit_format,
    limit_to_event_dates,
    text_width,
    time_edit_format,
)
from belimumab_companion.ui.dialogs.discard_guard import AsksBeforeDiscarding
from belimumab_companion.ui.shell.operations import Change, Failed, operations
from belimumab_companion.ui.text.dose_text import amount_text, when_text
from belimumab_companion.ui.text.messages import error_sentence, refusal_text
from belimumab_companion.ui.widgets.tab_stops import one_tab_stop
from belimumab_companion.user_text import fill

if TYPE_CHECKING:
    from belimumab_companion.services.plan_service import PlanService

# Where the rules leave the dose to the prescriber, the form asks for it.
PRESCRIBER_CODES = (
    RefusalCode.PRESCRIPTION_NEEDED,
    RefusalCode.UNDER_15_KG,
    RefusalCode.UNDER_FIVE,
    RefusalCode.SWITCH_NEEDS_PRESCRIPTION,  # R-13..R-15
)


def _date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class PlanSetupDialog(AsksBeforeDiscarding, QDialog):
    def __init__(self, plans: PlanService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("planSetupDialog")
        self.setWindowTitle(self.tr("Set up your treatment plan"))
        self._plans = plans
        today = QDate.currentDate()

        self.indication = QComboBox()
        self.indication.setObjectName("setupIndication")
        self.indication.addItem(self.tr("Lupus (SLE)"), Indication.SLE)
        self.indication.addItem(self.tr("Lupus nephritis (kidneys)"), Indication.LN)
        self.route = QComboBox()
        self.route.setObjectName("setupRoute")
        self.route.addItem(self.tr("Injection under the skin (pen or syringe)"), Route.SUBQ)
        self.route.addItem(self.tr("Infusion into a vein, at a clinic"), Route.IV)
        self.birth_date = QDateEdit()
        self.birth_date.setObjectName("setupBirthDate")
        self.birth_date.setCalendarPopup(True)
        self.birth_date.setDisplayFormat(date_edit_format())
        self.birth_date.setDateRange(QDate(1900, 1, 1), today)
        self.birth_date.setDate(today.addYears(-30))
        self.weight = QDoubleSpinBox()
        self.weight.setObjectName("setupWeight")
        self.weight.setRange(0.0, 400.0)
        self.weight.setDecimals(1)
        self.weight.setSuffix(" kg")
        self.weight.setSpecialValueText(self.tr("not given"))
        # a person already on belimumab gives the last dose, not the first.
        self.start = QComboBox()
        self.start.setObjectName("setupStart")
        self.start.addItem(self.tr("This is my first dose of belimumab"), False)
        self.start.addItem(self.tr("I am already on belimumab"), True)
        self.doses_given = QSpinBox()
        self.doses_given.setObjectName("setupDosesGiven")
        self.doses_given.setRange(1, 1000)
        self.first_dose = limit_to_event_dates(QDateEdit())
        self.first_dose.setObjectName("setupFirstDose")
        self.first_dose.setCalendarPopup(True)
        self.first_dose.setDisplayFormat(date_edit_format())
        self.first_dose.setDate(today)
        self.time = one_tab_stop(QTimeEdit())
        self.time.setObjectName("setupTime")
        self.time.setDisplayFormat(time_edit_format())
        self.time.setTime(QTime(18, 0))
        self.zone = QComboBox()
        self.zone.setObjectName("setupZone")
        self.zone.setEditable(True)
        self.zone.addItems(sorted(z for z in available_timezones() if "/" in z))
        self.zone.setCurrentText(local_zone_name())
        self.interval = QSpinBox()
        self.interval.setObjectName("setupPrescribedInterval")
        self.interval.setRange(0, 366)
        self.interval.setSpecialValueText(self.tr("from your prescriber"))
        self.interval.setSuffix(self.tr(" days"))
        self.amount = QDoubleSpinBox()
        self.amount.setObjectName("setupPrescribedAmount")
        self.amount.setRange(0.0, 5000.0)
        self.amount.setDecimals(0)
        self.amount.setSuffix(" mg")
        self.amount.setSpecialValueText(self.tr("from your prescriber"))

        # (input, accessible name, form label with its accelerator, what to enter)
        rows: list[tuple[QWidget, str, str, str]] = [
            (
                self.indication,
                self.tr("Condition"),
                self.tr("&Condition:"),
                self.tr("The condition belimumab is prescribed for."),
            ),
            (
                self.route,
                self.tr("How you get belimumab"),
                self.tr("&How you get belimumab:"),
                self.tr("Injections under the skin, or infusions into a vein at a clinic."),
            ),
            (
                self.birth_date,
                self.tr("Date of birth"),
                self.tr("Date of &birth:"),
                self.tr("The date of birth of the person treated."),
            ),
            (
                self.weight,
                self.tr("Weight"),
                self.tr("&Weight:"),
                self.tr(
                    "The weight your care team measured, in kilograms. Leave it at “not given” "
                    "if it is not needed."
                ),
            ),
            (
                self.start,
                self.tr("First dose or already on it"),
                self.tr("Is this your first d&ose?"),
                self.tr(
                    "Choose whether you are starting belimumab, or are already on it and are "
                    "setting up the app now."
                ),
            ),
            (
                self.first_dose,
                self.tr("First dose date"),
                self.tr("&First dose date:"),
                self.tr("The date of the first dose, as your care team planned it."),
            ),
            (
                self.doses_given,
                self.tr("Doses given so far"),
                self.tr("&Doses given so far:"),
                self.tr(
                    "How many doses you have had, the last one included. It matters for the "
                    "starting doses of some plans."
                ),
            ),
            (
                self.time,
                self.tr("Usual time"),
                self.tr("Usual &time:"),
                self.tr("The time of day you usually have your dose; reminders use it."),
            ),
            (
                self.zone,
                self.tr("Time zone"),
                self.tr("Time &zone:"),
                self.tr(
                    "The time zone your doses follow, for example Europe/Madrid. Choose it from "
                    "the list or type it."
                ),
            ),
            (
                self.interval,
                self.tr("Prescribed interval"),
                self.tr("Prescribed &interval:"),
                self.tr("The number of days between doses, as your prescriber wrote it."),
            ),
            (
                self.amount,
                self.tr("Prescribed amount"),
                self.tr("Prescribed &amount:"),
                self.tr("The amount of each dose in milligrams, as your prescriber wrote it."),
            ),
        ]
        form = QFormLayout()
        self._prescription_labels: list[QLabel] = []
        for widget, name, label_text, description in rows:
            widget.setAccessibleName(name)
            widget.setAccessibleDescription(description)
            label = QLabel(label_text)
            label.setBuddy(widget)
            label.setWordWrap(True)
            form.addRow(label, widget)
            if widget in (self.interval, self.amount):
                self._prescription_labels.append(label)
            if widget is self.first_dose:
                self._first_dose_label = label
            if widget is self.doses_given:
                self._doses_given_label = label

        self.preview = QLabel()
        self.preview.setObjectName("setupPreview")
        self.preview.setTextFormat(Qt.TextFormat.PlainText)
        self.preview.setWordWrap(True)
        self.preview.setMinimumHeight(self.preview.fontMetrics().lineSpacing() * 8)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("setupSave")
        self.save_button.setAccessibleDescription(self.tr("Save this treatment plan."))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("setupCancel")
        cancel.setAccessibleDescription(self.tr("Close without saving."))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr("Enter what your care team told you. Nothing is saved until you press Save.")
        )
        intro.setWordWrap(True)
        intro.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.preview)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.start.currentIndexChanged.connect(self._show_start)
        self._show_start()
        for signal in (
            self.start.currentIndexChanged,
            self.doses_given.valueChanged,
            self.indication.currentIndexChanged,
            self.route.currentIndexChanged,
            self.birth_date.dateChanged,
            self.weight.valueChanged,
            self.first_dose.dateChanged,
            self.time.timeChanged,
            self.zone.currentTextChanged,
            self.interval.valueChanged,
            self.amount.valueChanged,
        ):
            signal.connect(self.update_preview)
        self._show_prescription(False)
        self.update_preview()
        self.resize(text_width(self, 90), self.sizeHint().height())

    def inputs(self) -> PlanInputs:
        prescription = None
        if self.interval.isVisible() and self.interval.value() > 0 and self.amount.value() > 0:
            prescription = Prescription(self.interval.value(), self.amount.value())
        return PlanInputs(
            indication=self.indication.currentData(),
            route=self.route.currentData(),
            birth_date=_date(self.birth_date.date()),
            first_dose=_date(self.first_dose.date()),
            time_of_day=time(self.time.time().hour(), self.time.time().minute()),
            zone=self.zone.currentText().strip(),
            weight_kg=self.weight.value() or None,
            prescription=prescription,
            already_on_treatment=self.already_on(),
            doses_given=self.doses_given.value(),
        )

    def already_on(self) -> bool:
        return bool(self.start.currentData())

    def _show_start(self) -> None:
        """R-48: already on belimumab, the date asked is the last dose's, and the count."""
        already = self.already_on()
        self._first_dose_label.setText(
            self.tr("&Last dose given on:") if already else self.tr("&First dose date:")
        )
        self.first_dose.setAccessibleName(
            self.tr("Date of the last dose given") if already else self.tr("First dose date")
        )
        self.first_dose.setAccessibleDescription(
            self.tr("The date of your most recent dose; the schedule continues from it.")
            if already
            else self.tr("The date of the first dose, as your care team planned it.")
        )
        for widget in (self.doses_given, self._doses_given_label):
            widget.setVisible(already)

    def update_preview(self) -> None:
        try:
            result = self._plans.preview_doses(self.inputs())
        except PlanInputError as exc:
            self.preview.setText(
                self.tr("Choose a time zone from the list, e.g. Europe/Madrid or America/New_York.")
                if exc.code == "bad-zone"
                else error_sentence(exc)
            )
            self.save_button.setEnabled(False)
            return
        if isinstance(result, RegimenRefusal):
            self._show_prescription(result.code in PRESCRIBER_CODES)
            self.preview.setText(refusal_text(result.code))
            self.save_button.setEnabled(False)
            return
        self._show_prescription(self.interval.isVisible())
        lines = [
            self.tr("Your next doses (nothing before your last dose counts as missed):")
            if self.already_on()
            else self.tr("Your first six doses:")
        ]
        dose_line = self.tr("  %1 — %2")  # one dose of the preview: when, how much
        lines += [fill(dose_line, (when_text(d.due), amount_text(d))) for d in result]
        regimen = self._plans.preview(self.inputs())
        assert not isinstance(regimen, RegimenRefusal)
        if regimen.route is Route.SUBQ and regimen.first_dose_in_clinic and not self.already_on():
            lines.append(
                self.tr(
                    "Your first injection is given at the clinic, where you are shown how."
                )
            )
        if not regimen.self_injection_allowed and regimen.route is Route.SUBQ:
            lines.append(
                self.tr(
                    "Under 10 years: a trained caregiver or a nurse gives the injections."
                )
            )
        if regimen.pediatric and regimen.route is Route.SUBQ:
            lines.append(self.tr("Children use the autoinjector (pen) only."))
        if regimen.as_prescribed:
            lines.append(self.tr("As prescribed by your care team."))
        self.preview.setText("\n".join(lines))
        self.save_button.setEnabled(True)

    def _show_prescription(self, visible: bool) -> None:
        for widget in (self.interval, self.amount, *self._prescription_labels):
            widget.setVisible(visible)

    def save(self) -> None:
        plans = self._plans
        try:
            result = operations().run(
                lambda: plans.set_plan(self.inputs()),
                Change.PLAN | Change.DOSES | Change.CONTRACEPTION,
                expect=(PlanInputError,),
            )
            if isinstance(result, Failed):
                return
        except PlanInputError as exc:
            self.preview.setText(error_sentence(exc))
            return
        if isinstance(result, RegimenRefusal):
            self.preview.setText(refusal_text(result.code))
            return
        self.accept()
