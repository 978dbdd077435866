"""Confirm or move one infusion to the date and time the infusion centre gave (R-03, R-21)."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from belimumab_companion.services.plan_service import PlanInputError
from belimumab_companion.ui.dialogs.common import date_time_edit_format, describe, text_width
from belimumab_companion.ui.dialogs.discard_guard import AsksBeforeDiscarding
from belimumab_companion.ui.shell.operations import Change, Failed, operations
from belimumab_companion.ui.text.dose_text import when_text
from belimumab_companion.ui.text.messages import error_sentence
from belimumab_companion.ui.widgets.announce import show_form_error
from belimumab_companion.ui.widgets.tab_stops import one_tab_stop

if TYPE_CHECKING:
    from belimumab_companion.domain.schedule import PlannedDose
    from belimumab_companion.services.plan_service import PlanService


class AppointmentDialog(AsksBeforeDiscarding, QDialog):
    def __init__(
        self, plans: PlanService, dose: PlannedDose, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("appointmentDialog")
        self.setWindowTitle(self.tr("Infusion appointment"))
        self._plans = plans
        self._dose = dose
        self.saved: PlannedDose | None = None
        state = (
            self.tr("The infusion centre's date you entered: %1.")
            if dose.appointment_confirmed
            else self.tr("Proposed from the usual schedule: %1. Not yet confirmed.")
        ).replace("%1", when_text(dose.due))
        intro = QLabel(
            "\n\n".join(  # two paragraphs
                (
                    state,
                    self.tr(
                        "Enter the date and time your infusion centre gave you. Only this "
                        "infusion moves; the later ones keep their dates until you enter the "
                        "centre's dates for them."
                    ),
                )
            )
        )
        intro.setObjectName("appointmentIntro")
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        due = dose.due
        self.when = one_tab_stop(
            QDateTimeEdit(QDateTime(due.year, due.month, due.day, due.hour, due.minute, 0))
        )
        describe(
            self.when,
            "appointmentWhen",
            self.tr("Appointment date and time"),
            self.tr("The date and time of this infusion, as your infusion centre gave it."),
        )
        self.when.setDisplayFormat(date_time_edit_format())
        self.when.setCalendarPopup(True)
        self.message = QLabel()
        self.message.setObjectName("appointmentMessage")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setObjectName("appointmentSave")
        save.setText(self.tr("&Save this date"))
        save.setAccessibleDescription(self.tr("Save this date and time for this infusion."))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("appointmentCancel")
        cancel.setAccessibleDescription(self.tr("Close without saving."))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Date and time:"), self.when)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(text_width(self, 70), self.sizeHint().height())

    def chosen(self) -> datetime:
        d, t = self.when.date(), self.when.time()
        return datetime(
            d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=self._dose.due.tzinfo
        )

    def save(self) -> None:
        plans, dose = self._plans, self._dose
        try:
            saved = operations().run(
                lambda: plans.set_appointment(dose.segment_id, dose.sequence, self.chosen()),
                Change.DOSES | Change.PLAN,
                expect=(PlanInputError,),
            )
            if isinstance(saved, Failed):
                return
            self.saved = saved
        except PlanInputError as exc:
            show_form_error(self.message, error_sentence(exc))  # the date stays as typed
            return
        self.accept()
