"""The plan step of the first-start guide: the set-up dialog's own fields, rules and six-dose
preview (one way to build :class:`PlanInputs`), shown inside the guide's page, with the date of
birth left empty until the user enters it: no pre-filled age ever picks the adult plan (R-01)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QWidget

from belimumab_companion.domain.regimens import RegimenRefusal
from belimumab_companion.services.plan_service import PlanInputError, PlanInputs
from belimumab_companion.ui.messages import error_sentence, refusal_text
from belimumab_companion.ui.operations import Change, Failed, operations
from belimumab_companion.ui.plan_setup_dialog import PlanSetupDialog

if TYPE_CHECKING:
    from belimumab_companion.services.plan_service import PlanService

# The date edit's "nothing entered" value, shown as words (a QDateEdit cannot be empty).
NOT_ENTERED = QDate(1899, 12, 31)


class GuidePlanForm(PlanSetupDialog):
    """The set-up dialog as a plain widget in the guide: no buttons of its own; the guide's
    Next saves (:meth:`save_plan`)."""

    def __init__(self, plans: PlanService, parent: QWidget | None = None) -> None:
        super().__init__(plans, parent)
        self.setObjectName("guidePlanForm")
        self.setWindowFlags(Qt.WindowType.Widget)
        self.buttons.hide()
        self.birth_date.setMinimumDate(NOT_ENTERED)
        self.birth_date.setSpecialValueText(self.tr("not entered yet"))
        self.birth_date.setDate(NOT_ENTERED)
        self.update_preview()

    def birth_date_entered(self) -> bool:
        return self.birth_date.date() != NOT_ENTERED

    def inputs(self) -> PlanInputs:
        inputs = super().inputs()
        return inputs if self.birth_date_entered() else replace(inputs, birth_date=None)

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
