"""After a late (make-up) dose: choose what comes next, seeing the dates first (R-17..R-20)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from belimumab_companion.domain.make_up import AfterMakeUp, MakeUpKind
from belimumab_companion.services.plan_service import PlanInputError
from belimumab_companion.ui.dialogs.common import date_edit_format, describe, limit_to_event_dates
from belimumab_companion.ui.shell.operations import Change, Failed, operations
from belimumab_companion.ui.text.dose_text import short_when_text
from belimumab_companion.ui.text.locale_format import long_date
from belimumab_companion.ui.text.messages import error_sentence
from belimumab_companion.ui.widgets.announce import show_form_error

if TYPE_CHECKING:
    from belimumab_companion.services.plan_service import LoggedDose, PlanService


class MakeUpDialog(QDialog):
    def __init__(
        self, plans: PlanService, logged: LoggedDose, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("makeUpDialog")
        self.setWindowTitle(self.tr("Your next dose"))
        self._plans = plans
        self._logged = logged
        self.next_dose: date | None = None
        dose = logged.occurrence
        intro = QLabel(
            self.tr("You gave the dose planned for %1 late. Choose how to go on:").replace(
                "%1", short_when_text(dose.due)
            )
        )
        intro.setObjectName("makeUpIntro")
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        self.keep = QRadioButton()
        self.keep.setObjectName("makeUpKeepDay")
        self.keep.setAccessibleDescription(self.tr("Your next doses stay on your usual weekday."))
        self.new = QRadioButton()
        self.new.setObjectName("makeUpNewDay")
        self.new.setAccessibleDescription(
            self.tr("Your next doses move to the weekday of the dose you just gave.")
        )
        self.care_team_date = limit_to_event_dates(QDateEdit())
        describe(
            self.care_team_date,
            "makeUpCareTeamDate",
            self.tr("Next date from your care team"),
            self.tr("The date of your next dose, as your care team gave it."),
        )
        self.care_team_date.setDisplayFormat(date_edit_format())
        self.care_team_date.setCalendarPopup(True)
        self.group = QButtonGroup(self)
        options = logged.options
        if logged.make_up is MakeUpKind.WEEKLY_CHOICE and options is not None:
            self.keep.setText(
                self.tr("Keep my usual day — next dose %1").replace(
                    "%1", long_date(options.keep_day_next)
                )
            )
            self.new.setText(
                self.tr("Make %1 my new weekly day — next dose %2")
                .replace("%1", QLocale().dayName(options.make_up_day.isoweekday()))
                .replace("%2", long_date(options.new_day_next))
            )
            self.group.addButton(self.keep)
            self.group.addButton(self.new)
            layout.addWidget(self.keep)
            layout.addWidget(self.new)
            self.care_team_date.hide()
            note = self.tr("Never inject two doses on the same day.")
            if options.day_before_usual:  # both options, and this note; no invented gap
                note = self.tr(
                    "Never inject two doses on the same day. Your usual day is tomorrow: both are "
                    "possible. Ask your care team if unsure."
                )
        else:  # the care team gives the next date
            note = self.tr(
                "Contact your care team for the date of your next dose, then enter it here."
            )
            proposal = dose.local_date + timedelta(days=1)  # the user types the care team's date
            self.care_team_date.setDate(QDate(proposal.year, proposal.month, proposal.day))
            form = QFormLayout()
            form.addRow(self.tr("&Next dose on:"), self.care_team_date)
            layout.addLayout(form)
        self.note = QLabel(note)
        self.note.setObjectName("makeUpNote")
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.message = QLabel()
        self.message.setObjectName("makeUpMessage")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("makeUpSave")
        self.save_button.setAccessibleDescription(self.tr("Save your choice for the next dose."))
        later = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        later.setObjectName("makeUpLater")
        later.setText(self.tr("&Later"))
        later.setAccessibleDescription(self.tr("Decide later: you can choose from the Today page."))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def save(self) -> None:
        dose = self._logged.occurrence
        care_team_date = None
        if self._logged.make_up is MakeUpKind.WEEKLY_CHOICE:
            if self.keep.isChecked():
                choice = AfterMakeUp.KEEP_DAY
            elif self.new.isChecked():
                choice = AfterMakeUp.NEW_DAY
            else:
                self.message.setText(self.tr("Choose one of the two."))
                return
        else:
            choice = AfterMakeUp.CARE_TEAM_DATE
            d = self.care_team_date.date()
            care_team_date = date(d.year(), d.month(), d.day())
        plans = self._plans
        try:
            next_dose = operations().run(
                lambda: plans.choose_after_make_up(
                    dose.segment_id, dose.sequence, choice, care_team_date
                ),
                Change.DOSES | Change.PLAN,
                expect=(PlanInputError,),
            )
            if isinstance(next_dose, Failed):
                return
            self.next_dose = next_dose
        except PlanInputError as exc:
            show_form_error(self.message, error_sentence(exc))
            return
        self.accept()
