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

if TYPE_CHECKING:
    from belimumab_companion.services.plan_service import PlanService


class WeightDialog(QDialog):
    def __init__(self, plans: PlanService, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("weightDialog")
        self.setWindowTitle(self.tr("Record weight"))
        self._plans = plans
        self.band_changed = False
        latest = plans.latest_weight()
        intro = QLabel(
            self.tr("Last recorded: %1 kg on %2.")
            .replace("%1", f"{latest.weight_kg:g}")
            .replace("%2", latest.measured_on.isoformat())
            if latest
            else self.tr("No weight recorded yet.")
        )
        intro.setObjectName("weightIntro")
        intro.setTextFormat(Qt.TextFormat.PlainText)
        self.weight = QDoubleSpinBox()
        self.weight.setObjectName("weightKg")
        self.weight.setAccessibleName(self.tr("Weight in kilograms"))
        self.weight.setRange(0.0, MAX_WEIGHT_KG)
        self.weight.setDecimals(1)
        self.weight.setSuffix(" kg")
        self.weight.setValue(latest.weight_kg if latest else 0.0)
        self.measured_on = QDateEdit(QDate(today.year, today.month, today.day))
        self.measured_on.setObjectName("weightDate")
        self.measured_on.setAccessibleName(self.tr("Date measured"))
        self.measured_on.setDisplayFormat("yyyy-MM-dd")
        self.measured_on.setCalendarPopup(True)
        self.message = QLabel()
        self.message.setObjectName("weightMessage")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setObjectName("weightSave")
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
        try:
            self.band_changed = self._plans.record_weight(
                self.weight.value(), date(d.year(), d.month(), d.day())
            )
        except PlanInputError as exc:
            self.message.setText(str(exc).capitalize() + ".")
            return
        self.accept()
