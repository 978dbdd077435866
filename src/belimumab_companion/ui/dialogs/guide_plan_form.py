"""The plan step of the first-start guide: the set-up dialog's own fields, rules and six-dose
preview (one way to build :class:`PlanInputs`), shown inside the guide's page, with the date of
birth left empty until the user enters it: no pre-filled age ever picks the adult plan (R-01)."""

from __future__ import annotations

import itertools
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from belimumab_companion.domain.regimens import RegimenRefusal
from belimumab_companion.services.plan_service import PlanInputError, PlanInputs
from belimumab_companion.ui.dialogs.common import date_edit_format
from belimumab_companion.ui.dialogs.plan_setup_dialog import PlanSetupDialog
from belimumab_companion.ui.shell.operations import Change, Failed, operations
from belimumab_companion.ui.text.messages import error_sentence, refusal_text
from belimumab_companion.user_text import fill

if TYPE_CHECKING:
    from belimumab_companion.services.plan_service import PlanService


class GuidePlanForm(PlanSetupDialog):
    """The set-up dialog as a plain widget in the guide: no buttons of its own; the guide's
    Next saves (:meth:`save_plan`). The date of birth is typed into an empty field (a date
    edit cannot be empty, and one showing "not entered" traps Tab in its sections)."""

    def __init__(self, plans: PlanService, parent: QWidget | None = None) -> None:
        super().__init__(plans, parent)
        self.setObjectName("guidePlanForm")
        self.setWindowFlags(Qt.WindowType.Widget)
        self.buttons.hide()
        layout = self.layout()
        item = layout.itemAt(0) if layout is not None else None
        intro = item.widget() if item is not None else None
        if isinstance(intro, QLabel):  # "… until you press Save": here the guide's Next saves
            intro.hide()
        self.birth_text = QLineEdit()
        self.birth_text.setObjectName("guideBirthDate")
        pattern = self.pattern_words()
        self.birth_text.setPlaceholderText(pattern)
        self.birth_text.setAccessibleName(self.birth_date.accessibleName())
        self.birth_text.setAccessibleDescription(
            fill(
                self.tr("The date of birth of the person treated, written as %1."),
                (pattern,),
            )
        )
        form = next(f for f in self.findChildren(QFormLayout) if f.indexOf(self.birth_date) >= 0)
        label = form.labelForField(self.birth_date)
        form.replaceWidget(self.birth_date, self.birth_text)
        self.birth_date.hide()
        if isinstance(label, QLabel):
            label.setBuddy(self.birth_text)
        self.birth_text.textChanged.connect(self.update_preview)
        self.update_preview()
        # Made as a dialog, now a widget of the guide's window: Tab follows the form again.
        chain: list[QWidget] = [
            self.indication,
            self.route,
            self.birth_text,
            self.weight,
            self.start,
            self.first_dose,
            self.doses_given,
            self.time,
            self.zone,
            self.interval,
            self.amount,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def pattern_words(self) -> str:
        """The locale's date pattern as a reader writes it: "dd/mm/yyyy" ("dd/mm/aaaa")."""
        return date_edit_format().lower().replace("yyyy", self.tr("yyyy"))

    def _typed_day(self) -> QDate:
        text = self.birth_text.text().strip() if hasattr(self, "birth_text") else ""
        return QLocale().toDate(text, date_edit_format()) if text else QDate()

    def entered_birth_date(self) -> date | None:
        """The date typed, in the locale's short format; None while empty or not a date."""
        day = self._typed_day()
        if not day.isValid() or day.year() < 1900:
            return None
        return date(day.year(), day.month(), day.day())

    def update_preview(self) -> None:
        super().update_preview()
        typed = hasattr(self, "birth_text") and bool(self.birth_text.text().strip())
        if typed and self.entered_birth_date() is None:  # typed, but not a date in this format
            self.preview.setText(
                self.tr("The date of birth must be from 1900 on.")  # issue 20: the real reason
                if self._typed_day().isValid()
                else fill(self.tr("Write the date of birth as %1."), (self.pattern_words(),))
            )
            self.save_button.setEnabled(False)

    def inputs(self) -> PlanInputs:
        return replace(super().inputs(), birth_date=self.entered_birth_date())

    def save_plan(self) -> bool:
        """Save the plan the preview shows; False (the preview saying why) when it cannot be."""
        self.update_preview()
        if not self.save_button.isEnabled():
            return False
        plans, inputs = self._plans, self.inputs()
        try:
            result = operations().run(
                lambda: plans.set_plan(inputs),
                Change.PLAN | Change.DOSES | Change.CONTRACEPTION,
                expect=(PlanInputError,),
            )
        except PlanInputError as exc:
            self.preview.setText(error_sentence(exc))
            return False
        if isinstance(result, Failed):
            return False
        if isinstance(result, RegimenRefusal):
            self.preview.setText(refusal_text(result.code))
            return False
        return True
