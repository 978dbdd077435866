"""The Schedule page's actions: the plan's dialogs (set up, switch, stop, weight, vaccinations,
an infusion appointment) and the dose history's correct, delete (with its undo) and versions.
A mixin of :class:`SchedulePage`; every change goes through the change gateway."""

from __future__ import annotations

from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from belimumab_companion.ui.shell.operations import Change, Failed, operations
from belimumab_companion.ui.text.messages import error_sentence

if TYPE_CHECKING:
    from belimumab_companion.domain.regimens import Regimen
    from belimumab_companion.domain.schedule import PlannedDose
    from belimumab_companion.services.app_services import AppServices
    from belimumab_companion.services.plan_service import DoseChange
    from belimumab_companion.ui.widgets.undo_bar import UndoBar

    _Page = QWidget
else:
    _Page = object


class ScheduleActions(_Page):
    _services: AppServices | None
    _regimens: dict[int, Regimen]
    undo_bar: UndoBar

    if TYPE_CHECKING:

        def selected_upcoming(self) -> PlannedDose | None: ...
        def selected_history(self) -> PlannedDose | None: ...

    def open_setup(self):  # type: ignore[no-untyped-def]
        from belimumab_companion.ui.dialogs.plan_setup_dialog import PlanSetupDialog

        assert self._services is not None
        dialog = PlanSetupDialog(self._services.plans, self)
        dialog.accepted.connect(self._ask_about_contraception)
        dialog.open()
        return dialog

    def _ask_about_contraception(self):  # type: ignore[no-untyped-def]
        """Part of the set-up: asked once (skipping leaves it unanswered, for Settings)."""
        from belimumab_companion.system.local_zone import local_zone_name
        from belimumab_companion.ui.dialogs.contraception_question import (
            ContraceptionQuestionDialog,
        )

        if self._services is None or self._services.contraception.enabled() is not None:
            return None
        zone = local_zone_name()
        today = self._services.clock().astimezone(ZoneInfo(zone)).date()
        self.contraception_question = ContraceptionQuestionDialog(
            self._services.contraception, today, zone, self
        )
        self.contraception_question.open()
        return self.contraception_question

    def open_switch(self):  # type: ignore[no-untyped-def]
        from belimumab_companion.ui.dialogs.plan_change_dialogs import SwitchDialog

        assert self._services is not None
        dialog = SwitchDialog(self._services.plans, self)
        dialog.open()
        return dialog

    def open_stop(self):  # type: ignore[no-untyped-def]
        from belimumab_companion.ui.dialogs.plan_change_dialogs import StopDialog

        assert self._services is not None
        dialog = StopDialog(self._services.plans, self)
        dialog.open()
        return dialog

    def open_vaccinations(self):  # type: ignore[no-untyped-def]
        from belimumab_companion.ui.dialogs.vaccinations_dialog import VaccinationsDialog

        assert self._services is not None
        dialog = VaccinationsDialog(self._services.vaccinations, self)
        dialog.open()
        return dialog

    def open_appointment(self):  # type: ignore[no-untyped-def]
        from belimumab_companion.ui.dialogs.appointment_dialog import AppointmentDialog

        dose = self.selected_upcoming()
        if self._services is None or dose is None:
            return None
        dialog = AppointmentDialog(self._services.plans, dose, self)
        dialog.open()
        return dialog

    def open_weight(self):  # type: ignore[no-untyped-def]
        from belimumab_companion.ui.dialogs.weight_dialog import WeightDialog

        if self._services is None:
            return None
        dialog = WeightDialog(self._services.plans, self._services.clock().date(), self)
        dialog.open()
        return dialog

    def open_correct(self):  # type: ignore[no-untyped-def]
        from belimumab_companion.ui.dialogs.log_dose_dialog import LogDoseDialog

        dose = self.selected_history()
        if self._services is None or dose is None:
            return None
        record = self._services.plans.dose_record(dose.segment_id, dose.sequence)
        if record is None:
            return None
        dialog = LogDoseDialog(
            self._services.plans,
            dose,
            self._services.clock(),
            self,
            record=record,
            regimen=self._regimens.get(dose.segment_id),
        )

        def corrected() -> None:
            if dialog.change is not None:
                self._offer_undo(
                    dialog.change, QCoreApplication.translate("SchedulePage", "Dose corrected.")
                )

        dialog.accepted.connect(corrected)
        dialog.open()
        return dialog

    def delete_selected(self) -> None:
        # Deleted at once, with an undo: the deleted version stays in the audit trail.
        from belimumab_companion.services.plan_service import PlanInputError

        dose = self.selected_history()
        if self._services is None or dose is None:
            return
        record = self._services.plans.dose_record(dose.segment_id, dose.sequence)
        if record is None:
            return
        plans = self._services.plans
        try:
            change = operations().run(
                lambda: plans.delete_dose(record.id), Change.DOSES, expect=(PlanInputError,)
            )
        except PlanInputError as exc:
            self.undo_bar.say(error_sentence(exc))
            return
        if isinstance(change, Failed):
            return
        self._offer_undo(change, QCoreApplication.translate("SchedulePage", "Dose deleted."))

    def undo(self) -> None:
        self.undo_bar.undo()

    def open_versions(self):  # type: ignore[no-untyped-def]
        from belimumab_companion.ui.dialogs.dose_versions_dialog import DoseVersionsDialog

        dose = self.selected_history()
        if self._services is None or dose is None:
            return None
        dialog = DoseVersionsDialog(
            self._services.plans.dose_versions(dose.segment_id, dose.sequence), self
        )
        dialog.open()
        return dialog

    def _offer_undo(self, change: DoseChange, text: str) -> None:
        from belimumab_companion.services.plan_service import PlanInputError

        latest = [change]  # the change the next undo takes back (a redo makes a new one)

        def undo() -> str | None:
            assert self._services is not None
            try:
                latest[0] = self._services.plans.undo(latest[0])
            except PlanInputError as exc:
                return error_sentence(exc)
            return None

        def redo() -> str | None:
            assert self._services is not None
            plans, undone = self._services.plans, latest[0]
            try:
                if undone.previous_id is None:  # the undo brought a deleted dose back
                    assert undone.current_id is not None
                    latest[0] = plans.delete_dose(undone.current_id)
                else:
                    latest[0] = plans.undo(undone)
            except PlanInputError as exc:
                return error_sentence(exc)
            return None

        self.undo_bar.offer(text, undo, Change.DOSES, redo=redo)
