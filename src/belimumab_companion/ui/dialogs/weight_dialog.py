"""Record a new weight. For an infusion it sets the 10 mg/kg dose shown (R-02); for a child on
injections a 40 kg crossing is flagged, never applied to the schedule (R-08)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from belimumab_companion.services.plan_service import MAX_WEIGHT_KG, PlanInputError
from belimumab_companion.ui.dialogs.common import date_edit_format, describe, limit_to_event_dates
from belimumab_companion.ui.dialogs.discard_guard import AsksBeforeDiscarding
from belimumab_companion.ui.shell.operations import Change, Failed, operations
from belimumab_companion.ui.text.locale_format import date_text, number_text
from belimumab_companion.ui.text.messages import error_sentence
from belimumab_companion.ui.widgets.announce import show_form_error
from belimumab_companion.user_text import fill

if TYPE_CHECKING:
    from belimumab_companion.services.plan_service import PlanService


class WeightDialog(AsksBeforeDiscarding, QDialog):
    def __init__(self, plans: PlanService, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("weightDialog")
        self.setWindowTitle(self.tr("Record weight"))
        self._plans = plans
        self.band_changed = False
        latest = plans.latest_weight()
        intro = QLabel(
            fill(
                self.tr("Last recorded: %1 kg on %2."),
                (_kilograms(latest.weight_kg), date_text(latest.measured_on)),
            )
            if latest
            else self.tr("No weight recorded yet.")
        )
        intro.setObjectName("weightIntro")
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        self.weight = QDoubleSpinBox()  # reads and writes the locale's decimal comma or point
        describe(
            self.weight,
            "weightKg",
            self.tr("Weight in kilograms"),
            self.tr("Your weight in kilograms, with one decimal if you know it."),
        )
        self.weight.setRange(0.0, MAX_WEIGHT_KG)
        self.weight.setDecimals(1)
        self.weight.setSuffix(" kg")
        self.weight.setValue(latest.weight_kg if latest else 0.0)
        self.measured_on = limit_to_event_dates(
            QDateEdit(QDate(today.year, today.month, today.day))
        )
        describe(
            self.measured_on,
            "weightDate",
            self.tr("Date measured"),
            self.tr("The day the weight was measured."),
        )
        self.measured_on.setDisplayFormat(date_edit_format())
        self.measured_on.setCalendarPopup(True)
        self.message = QLabel()
        self.message.setObjectName("weightMessage")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setObjectName("weightSave")
        save.setAccessibleDescription(self.tr("Save this weight."))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("weightCancel")
        cancel.setAccessibleDescription(self.tr("Close without saving."))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Weight:"), self.weight)
        form.addRow(self.tr("&Measured on:"), self.measured_on)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def save(self) -> None:
        d = self.measured_on.date()
        plans = self._plans
        try:
            band_changed = operations().run(
                lambda: plans.record_weight(
                    self.weight.value(), date(d.year(), d.month(), d.day())
                ),
                Change.PLAN | Change.DOSES,
                expect=(PlanInputError,),
            )
            if isinstance(band_changed, Failed):
                return
            self.band_changed = band_changed
        except PlanInputError as exc:
            show_form_error(self.message, error_sentence(exc))
            return
        self.accept()


def _kilograms(value: float) -> str:
    """A weight as the locale writes it: "62", "62.5" or "62,5" (one decimal at most)."""
    return number_text(value, 0 if value == int(value) else 1)
