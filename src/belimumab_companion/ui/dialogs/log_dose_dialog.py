"""Log a dose: when, where (body map, R-28; two sites for 400 mg, R-22), who gave it, lot, notes.

A dose saved as not fully given (R-22: one injection of a 400 mg dose; R-23: "may not have been
fully given" ticked) is said plainly right after saving, in a window-modal message that never
blocks the save and never tells the user to inject again."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from belimumab_companion.domain.dose_log import LogProblem, Site, suggest_sites
from belimumab_companion.domain.free_text import MAX_NOTES
from belimumab_companion.domain.regimens import Device, GivenBy, Regimen, Route
from belimumab_companion.domain.schedule import PlannedDose
from belimumab_companion.services.plan_service import (
    DoseChange,
    DoseLogError,
    DoseRecord,
    LoggedDose,
    PlanInputError,
)
from belimumab_companion.ui.dialogs.common import (
    date_time_edit_format,
    describe,
    open_plain_message,
    question_box,
    text_width,
)
from belimumab_companion.ui.dialogs.discard_guard import AsksBeforeDiscarding
from belimumab_companion.ui.shell.operations import Change, Failed, operations
from belimumab_companion.ui.text.dose_text import amount_text, when_text
from belimumab_companion.ui.text.messages import error_sentence, log_problem_text
from belimumab_companion.ui.widgets.announce import show_form_error
from belimumab_companion.ui.widgets.body_map import ORDER, BodyMap
from belimumab_companion.ui.widgets.length_limit import limited, limited_notes
from belimumab_companion.ui.widgets.wall_time import WallTimeEdit
from belimumab_companion.user_text import fill

if TYPE_CHECKING:
    from belimumab_companion.services.plan_service import PlanService
    from belimumab_companion.services.supplies_service import SuppliesService


class _NotesEdit(QPlainTextEdit):
    """A few lines high in its own font, whatever the font size (never a height in pixels)."""

    def __init__(self) -> None:
        super().__init__()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def sizeHint(self) -> QSize:
        frame = 2 * self.frameWidth() + int(self.document().documentMargin()) * 2
        return QSize(super().sizeHint().width(), self.fontMetrics().lineSpacing() * 4 + frame)


class LogDoseDialog(AsksBeforeDiscarding, QDialog):
    """Log a dose, or correct one already logged (``record``): a correction keeps the old
    version in the audit trail and can be undone from the Schedule page."""

    def __init__(
        self,
        plans: PlanService,
        dose: PlannedDose,
        now: datetime,
        parent: QWidget | None = None,
        record: DoseRecord | None = None,
        regimen: Regimen | None = None,
        supplies: SuppliesService | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("logDoseDialog")
        self.setWindowTitle(self.tr("Log a dose") if record is None else self.tr("Correct a dose"))
        self._plans = plans
        self._dose = dose
        self._record = record
        self.logged: LoggedDose | None = None
        self.change: DoseChange | None = None
        # asked when the time entered fits another planned dose; nothing is re-filed
        # unless the user says so.
        self.refile_question: QMessageBox | None = None
        self.incomplete_message: QMessageBox | None = None  # after saving
        injection = dose.route is Route.SUBQ

        planned = QLabel(
            fill(self.tr("Planned: %1 — %2"), (when_text(dose.due), amount_text(dose)))
        )
        planned.setObjectName("logDosePlanned")
        planned.setTextFormat(Qt.TextFormat.PlainText)
        planned.setWordWrap(True)
        # Wall-clock time in the plan's zone; left unchanged, a correction keeps the instant
        # logged exactly, the second 01:30 of fall-back day included (ui/wall_time.py).
        assert dose.due.tzinfo is not None
        self.when = WallTimeEdit(
            dose.due.tzinfo,
            record.given_at if record else now.replace(second=0, microsecond=0),
        )
        describe(
            self.when,
            "logDoseWhen",
            self.tr("When it was given"),
            self.tr("The date and time the dose was given, in the plan's time zone."),
        )
        self.when.setDisplayFormat(date_time_edit_format())
        self.when.setCalendarPopup(True)
        self.given_by = QComboBox()
        describe(
            self.given_by,
            "logDoseGivenBy",
            self.tr("Who gave it"),
            self.tr("Choose who gave the dose: yourself, a caregiver or the clinic."),
        )
        for label, value in (
            (self.tr("Myself"), GivenBy.SELF),
            (self.tr("A caregiver"), GivenBy.CAREGIVER),
            (self.tr("The clinic"), GivenBy.CLINIC),
        ):
            if not injection and value is not GivenBy.CLINIC:
                continue  # an infusion is given at the clinic
            if value is GivenBy.SELF and regimen is not None and not regimen.self_injection_allowed:
                continue  # no self-injection under 10
            self.given_by.addItem(label, value.value)
        default_by = GivenBy.CLINIC if dose.in_clinic else None
        if default_by is None and regimen is not None:
            default_by = regimen.default_given_by
        if default_by is not None:
            self.given_by.setCurrentIndex(max(0, self.given_by.findData(default_by.value)))
        self.device = QComboBox()
        describe(
            self.device,
            "logDoseDevice",
            self.tr("Device"),
            self.tr("Choose what the injection was given with: the pen or the prefilled syringe."),
        )
        self.device.addItem(self.tr("Autoinjector (pen)"), Device.AUTOINJECTOR.value)
        if regimen is None or Device.PREFILLED_SYRINGE in regimen.allowed_devices:
            self.device.addItem(self.tr("Prefilled syringe"), Device.PREFILLED_SYRINGE.value)
        # for a child the autoinjector is the only choice offered.
        self.lot = QLineEdit()
        describe(
            self.lot,
            "logDoseLot",
            self.tr("Lot number"),
            self.tr("Optional: the lot number printed on the pack or the pen."),
        )
        self.lot_note = QLabel()  # which pen the supplies will count (issue 22)
        self.lot_note.setObjectName("logDoseLotNote")
        self.lot_note.setTextFormat(Qt.TextFormat.PlainText)
        self.lot_note.setWordWrap(True)
        self.lot_note.hide()
        self.notes = _NotesEdit()
        describe(
            self.notes,
            "logDoseNotes",
            self.tr("Notes"),
            self.tr("Optional: anything you want to remember about this dose."),
        )
        self.notes.setTabChangesFocus(True)
        self.not_fully = QCheckBox(self.tr("The dose may not have been fully given"))
        self.not_fully.setObjectName("logDoseNotFully")
        self.not_fully.setAccessibleDescription(
            self.tr("Tick this if you are not sure that the whole dose was given.")
        )
        self.not_fully_help = QLabel(self._r23_advice())
        self.not_fully_help.setObjectName("logDoseNotFullyHelp")
        self.not_fully_help.setWordWrap(True)
        self.not_fully_help.setVisible(False)
        self.not_fully.toggled.connect(self.not_fully_help.setVisible)

        self.body_map = BodyMap()
        self.sites_text = QLabel()
        self.sites_text.setObjectName("logDoseSites")
        self.sites_text.setTextFormat(Qt.TextFormat.PlainText)
        self.sites_text.setWordWrap(True)
        if injection:
            last_used = plans.site_history()
            suggested = suggest_sites(last_used, dose.injections)
            self.body_map.configure(last_used, suggested, dose.injections)
            if record is not None:
                self.body_map.select(list(record.sites))
            self.body_map.selection_changed.connect(self._describe_sites)
            self._describe_sites()

        self.message = QLabel()
        self.message.setObjectName("logDoseMessage")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        if record is not None:
            self._fill(record)
        if supplies is not None and injection:  # an infusion takes no pen
            from belimumab_companion.ui.dialogs.dose_lot import DoseLot

            self.dose_lot = DoseLot(
                supplies, self.lot, self.lot_note, self.device, self.when,
                lambda: self.given_at().astimezone(dose.due.tzinfo).date(),
                prefill=record is None,
                correcting=None if record is None else (dose.segment_id, dose.sequence),
            )  # fmt: skip
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("logDoseSave")
        self.save_button.setAccessibleDescription(self.tr("Save this dose in your log."))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("logDoseCancel")
        cancel.setAccessibleDescription(self.tr("Close without saving."))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("&When:"), self.when)
        form.addRow(self.tr("Given &by:"), self.given_by)
        if injection:
            form.addRow(self.tr("De&vice:"), self.device)
        else:
            self.device.hide()
        form.addRow(self.tr("&Lot number:"), limited(self.lot, 40))
        form.addRow("", self.lot_note)
        form.addRow(self.tr("N&otes:"), limited_notes(self.notes, MAX_NOTES))
        left = QVBoxLayout()
        left.addWidget(planned)
        left.addLayout(form)
        left.addWidget(self.not_fully)
        left.addWidget(self.not_fully_help)
        left.addWidget(self.sites_text)
        left.addStretch(1)
        row = QHBoxLayout()
        row.addLayout(left, 1)
        if injection:
            row.addWidget(self.body_map)
        else:
            self.body_map.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self._fit_height(text_width(self, 100))

    def _fit_height(self, width: int) -> None:
        """Tall enough for the wrapped text at ``width`` (the site list, the advice): a window's
        size hint ignores how much a word-wrapped label needs at a given width."""
        layout = self.layout()
        wraps = layout is not None and layout.hasHeightForWidth()
        needed = layout.totalHeightForWidth(width) if layout is not None and wraps else 0
        self.resize(width, max(self.sizeHint().height(), needed))

    def _fill(self, record: DoseRecord) -> None:
        index = self.given_by.findData(record.given_by)
        if index >= 0:
            self.given_by.setCurrentIndex(index)
        if record.device is not None and self.device.findData(record.device) >= 0:
            self.device.setCurrentIndex(self.device.findData(record.device))
        self.lot.setText(record.lot_number or "")
        self.notes.setPlainText(record.notes)
        self.not_fully.setChecked(record.not_fully_given)

    def _describe_sites(self) -> None:
        chosen = self.body_map.selected
        need = self._dose.injections
        lines = [
            self.tr(
                "Click the body to choose where you injected (★ suggested: used least recently)."
            ),
            self.tr("Do not inject where the skin is tender, bruised, red or hard."),
        ]
        if need == 2:
            lines.append(self.tr("400 mg is two injections: choose two sites at least 5 cm apart."))
            if len(chosen) == 1:  # allowed, but saved as an incomplete dose
                lines.append(
                    self.tr(
                        "With one site only, the dose is saved as incomplete (not fully given)."
                    )
                )
        lines += [("✓ " if s in chosen else "   ") + self.body_map.site_summary(s) for s in ORDER]
        self.sites_text.setText("\n".join(lines))

    def _device(self) -> str | None:
        return str(self.device.currentData()) if self._dose.route is Route.SUBQ else None

    def given_at(self) -> datetime:
        """The time in the field, read as wall-clock time in the plan's zone: unchanged, the
        instant shown (its DST fold kept); typed, the first of a repeated hour, and a time in
        the spring-forward gap moved forward by the gap (ui/wall_time.py)."""
        return self.when.instant()

    def _r23_advice(self) -> str:
        """R-23, for any dose that may not have been fully given."""
        return self.tr(
            "Do not inject another dose on your own. Contact your care team or pharmacist "
            "and ask what to do."
        )

    def save(self) -> None:
        sites: list[Site] = self.body_map.selected if self._dose.route is Route.SUBQ else []
        if self._record is not None:
            self._save_correction(sites)
            return
        self._log_as(self._dose, sites)

    def _log_as(self, dose: PlannedDose, sites: list[Site]) -> None:
        """Log against ``dose``: the planned dose shown, or the one the user chose when asked
        (R-47). The service checks and writes in one transaction."""
        plans = self._plans
        try:
            logged = operations().run(
                lambda: plans.log_dose(
                    given_at=self.given_at(),
                    sites=sites,
                    segment_id=dose.segment_id,
                    sequence=dose.sequence,
                    given_by=str(self.given_by.currentData()),
                    device=self._device(),
                    lot_number=self.lot.text().strip() or None,
                    notes=self.notes.toPlainText(),
                    not_fully_given=self.not_fully.isChecked(),
                ),
                Change.DOSES,
                expect=(DoseLogError, PlanInputError),
            )
            if isinstance(logged, Failed):
                return  # not saved (already said why); the form keeps what was typed
            self.logged = logged
        except DoseLogError as exc:
            if exc.problem is LogProblem.DOES_NOT_FIT and exc.alternative is not None:
                self._ask_refile(exc.alternative, sites)
                return
            self.message.setText(log_problem_text(exc.problem))  # input stays as typed
            return
        except PlanInputError as exc:
            show_form_error(self.message, error_sentence(exc))
            return
        self.accept()
        if self.logged.incomplete:
            self._tell_incomplete(sites)

    def _ask_refile(self, other: PlannedDose, sites: list[Site]) -> None:
        """R-47: the time fits another planned dose. Say which, and file it there only if the
        user chooses to; otherwise they change the time (what they typed stays)."""
        text = fill(
            self.tr(
                "The time you entered does not fit dose #%1 (planned %2). It fits dose #%3 "
                "(planned %4)."
            ),
            (
                str(self._dose.sequence),
                when_text(self._dose.due),
                str(other.sequence),
                when_text(other.due),
            ),
        )
        box = question_box(
            self,
            "refileDoseQuestion",
            self.tr("Which dose was this?"),
            text,
            self.tr("Nothing has been saved yet."),
        )
        refile = box.addButton(
            fill(self.tr("Log it as dose #%1"), (str(other.sequence),)),
            QMessageBox.ButtonRole.AcceptRole,
        )
        refile.setObjectName("refileDoseButton")
        back = box.addButton(self.tr("Change the time"), QMessageBox.ButtonRole.RejectRole)
        back.setObjectName("changeTimeButton")
        box.setDefaultButton(back)

        def answered(button: object) -> None:
            if button is refile:
                self._log_as(other, sites)
            else:
                self.when.setFocus()

        box.buttonClicked.connect(answered)
        self.refile_question = box
        box.open()

    def _save_correction(self, sites: list[Site]) -> None:
        assert self._record is not None
        record = self._record
        plans = self._plans
        try:
            change = operations().run(
                lambda: plans.edit_dose(
                    record.id,
                    given_at=self.given_at(),
                    sites=sites,
                    amount_mg=record.amount_mg,
                    given_by=str(self.given_by.currentData()),
                    device=self._device(),
                    lot_number=self.lot.text().strip() or None,
                    notes=self.notes.toPlainText(),
                    not_fully_given=self.not_fully.isChecked(),
                ),
                Change.DOSES,
                expect=(DoseLogError, PlanInputError),
            )
            if isinstance(change, Failed):
                return
            self.change = change
        except DoseLogError as exc:
            self.message.setText(log_problem_text(exc.problem))
            return
        except PlanInputError as exc:
            show_form_error(self.message, error_sentence(exc))
            return
        self.accept()
        current = self._plans.dose_record(self._record.segment_id, self._record.sequence)
        if current is not None and current.not_fully_given and not self._record.not_fully_given:
            self._tell_incomplete(sites)  # the correction made it incomplete

    def _tell_incomplete(self, sites: list[Site]) -> None:
        """R-22 / R-23: the dose was saved as not fully given; say so plainly, with what to do.
        Window-modal and shown after the save (it never blocks it); it never tells the user to
        inject again."""
        headline = self.tr("Incomplete dose — contact your care team")
        if self._dose.injections == 2 and len(sites) == 1:
            why = self.tr(
                "Only one of the two injections of this dose was logged, so it is saved as "
                "incomplete (not fully given)."
            )
        else:
            why = self.tr("This dose is saved as incomplete (not fully given).")
        body = f"{headline}\n\n{why}\n\n{self._r23_advice()}"
        self.incomplete_message = open_plain_message(
            self.parentWidget(),
            QMessageBox.Icon.Warning,
            self.tr("Incomplete dose"),
            body,
            "incompleteDoseMessage",
            headline=headline,
            ok_description=self.tr("Closes this message. The dose is saved."),
        )
