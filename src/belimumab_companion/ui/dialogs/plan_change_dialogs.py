"""Switching route (R-13..R-15) and stopping treatment: each refuses with its reason, nothing lost."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from belimumab_companion.domain.regimens import Route
from belimumab_companion.domain.switching import SwitchDecision, SwitchProblem
from belimumab_companion.services.plan_service import PlanInputError
from belimumab_companion.ui.dialogs.common import date_edit_format, describe, limit_to_event_dates
from belimumab_companion.ui.dialogs.discard_guard import AsksBeforeDiscarding
from belimumab_companion.ui.shell.operations import Change, Failed, operations
from belimumab_companion.ui.text.locale_format import date_text
from belimumab_companion.ui.text.messages import error_sentence
from belimumab_companion.ui.widgets.announce import show_form_error
from belimumab_companion.ui.widgets.length_limit import limited
from belimumab_companion.user_text import fill

if TYPE_CHECKING:
    from belimumab_companion.services.plan_service import PlanService


def _date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _date_edit(object_name: str, accessible: str, description: str) -> QDateEdit:
    edit = limit_to_event_dates(QDateEdit(QDate.currentDate()))
    describe(edit, object_name, accessible, description)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(date_edit_format())
    return edit


def _message(object_name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(object_name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


class SwitchDialog(AsksBeforeDiscarding, QDialog):
    """From infusions to injections, within the label's window; other switches are the prescriber's."""

    def __init__(self, plans: PlanService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("switchDialog")
        self.setWindowTitle(self.tr("Switch from infusions to injections"))
        self._plans = plans
        self.decision: SwitchDecision | None = None
        intro = QLabel(
            self.tr(
                "Enter the date of your first injection, as your care team planned it. "
                "Your infusion history is kept."
            )
        )
        intro.setWordWrap(True)
        self.first_dose = _date_edit(
            "switchFirstDose",
            self.tr("First injection date"),
            self.tr("The date of your first injection, as your care team planned it."),
        )
        self.message = _message("switchMessage")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("switchOk")
        self.ok_button.setText(self.tr("Switch"))
        self.ok_button.setAccessibleDescription(
            self.tr("Change your plan from infusions to injections from this date.")
        )
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("switchCancel")
        cancel.setAccessibleDescription(self.tr("Close without changing your plan."))
        buttons.accepted.connect(self.switch)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&First injection:"), self.first_dose)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def switch(self) -> None:
        plans = self._plans
        try:
            decision = operations().run(
                lambda: plans.switch(Route.SUBQ, _date(self.first_dose.date())),
                Change.PLAN | Change.DOSES,
                expect=(PlanInputError,),
            )
            if isinstance(decision, Failed):
                return
        except PlanInputError as exc:
            show_form_error(self.message, error_sentence(exc))
            return
        self.decision = decision
        if decision.allowed:
            self.accept()
            return
        self.message.setText(self._refusal(decision))  # the date stays as entered

    def _refusal(self, decision: SwitchDecision) -> str:
        window = decision.window
        if (
            decision.problem in (SwitchProblem.TOO_EARLY, SwitchProblem.TOO_LATE)
            and window is not None
        ):
            weeks = self.tr("1 to 4 weeks") if window.rule == "R-13" else self.tr("1 to 2 weeks")
            return fill(
                self.tr(
                    "The first injection must be %1 after your last infusion: between %2 and %3. "
                    "If your care team chose another date, ask them to confirm it."
                ),
                (weeks, date_text(window.earliest), date_text(window.latest)),
            )
        texts = {
            SwitchProblem.NOT_ENOUGH_IV_DOSES: self.tr(
                "With lupus nephritis, the switch comes after at least 2 infusions. Log your infusions first."
            ),
            SwitchProblem.NO_IV_DOSE: self.tr(
                "No infusion is logged yet. Log your infusions first."
            ),
            SwitchProblem.HCP_GATED: self.tr(
                "This switch is decided by your prescriber: set up the new plan with the dates and doses they give you."
            ),
            SwitchProblem.SAME_ROUTE: self.tr("Your plan already uses injections."),
        }
        assert decision.problem is not None
        return texts[decision.problem]


class StopDialog(AsksBeforeDiscarding, QDialog):
    def __init__(self, plans: PlanService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stopDialog")
        self.setWindowTitle(self.tr("Stop treatment"))
        self._plans = plans
        intro = QLabel(
            self.tr(
                "Record that treatment stopped, as decided with your care team. Your history is kept. "
                "If you use contraception, it is still needed for at least 4 months after the last dose."
            )
        )
        intro.setWordWrap(True)
        self.last_day = _date_edit(
            "stopLastDay",
            self.tr("Last day of treatment"),
            self.tr("The day treatment stopped: the day of your last dose or later."),
        )
        self.reason = QLineEdit()
        describe(
            self.reason,
            "stopReason",
            self.tr("Reason"),
            self.tr("Why treatment stopped, for example: decided with my rheumatologist."),
        )
        self.message = _message("stopMessage")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("stopOk")
        self.ok_button.setText(self.tr("Stop treatment"))
        self.ok_button.setAccessibleDescription(
            self.tr("Record that treatment stopped on this day; your history is kept.")
        )
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("stopCancel")
        cancel.setAccessibleDescription(self.tr("Close without changing your plan."))
        buttons.accepted.connect(self.stop)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Last day:"), self.last_day)
        form.addRow(self.tr("&Reason:"), limited(self.reason, 300))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def stop(self) -> None:
        plans = self._plans
        try:
            stopped = operations().run(
                lambda: plans.stop(_date(self.last_day.date()), self.reason.text()),
                Change.PLAN | Change.DOSES | Change.CONTRACEPTION,
                expect=(PlanInputError,),
            )
            if isinstance(stopped, Failed):
                return
        except PlanInputError as exc:
            texts = {
                "reason-needed": self.tr(
                    "Please give the reason (for example: decided with my rheumatologist)."
                ),
                "stop-before-logged-dose": self.tr(
                    "A dose is logged after that day. Choose the day of your last dose or later."
                ),
                "no-plan": self.tr("There is no current treatment plan."),
            }
            self.message.setText(texts.get(exc.code) or error_sentence(exc))
            return
        self.accept()
