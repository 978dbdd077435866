"""Log or edit a symptom: picked from the monograph's catalogue (searchable as you type) or
typed; when it started and ended; how bad (none … very severe) and how much it gets in the way;
the dose it followed ("3 days after your dose on …"); what was done. On save, the red-flag
triage runs (R-29..R-31) and the emergency or crisis screen comes before anything else; when the
most urgent outcome is "contact your care team today" (R-30), a message says so plainly, with
the symptom group that matched. A routine outcome gets no message: never a reassurance (R-32)."""

from __future__ import annotations

from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from belimumab_companion.domain.free_text import MAX_NOTES, strip_controls
from belimumab_companion.domain.triage import Triage, TriageResult
from belimumab_companion.services.diary_service import (
    Action,
    DiaryEntry,
    DiaryInputError,
    DiaryInputs,
    SavedEntry,
    triage_typed,
)
from belimumab_companion.ui.dialogs.common import date_time_edit_format, open_plain_message
from belimumab_companion.ui.dialogs.discard_guard import AsksBeforeDiscarding
from belimumab_companion.ui.shell.operations import Change, Failed, operations
from belimumab_companion.ui.text.i18n import error_text, marked
from belimumab_companion.ui.text.locale_format import integer_text, long_date_time_text
from belimumab_companion.ui.text.symptom_text import catalogue_terms, match_term, symptom_text
from belimumab_companion.ui.widgets.announce import show_form_error
from belimumab_companion.ui.widgets.wall_time import WallTimeEdit
from belimumab_companion.user_text import QT_TRANSLATE_NOOP, fill

if TYPE_CHECKING:
    from belimumab_companion.services.app_services import AppServices

CONTEXT = "DiaryEntryDialog"
LEVELS = (
    QT_TRANSLATE_NOOP("DiaryEntryDialog", "None"),
    QT_TRANSLATE_NOOP("DiaryEntryDialog", "Mild"),
    QT_TRANSLATE_NOOP("DiaryEntryDialog", "Moderate"),
    QT_TRANSLATE_NOOP("DiaryEntryDialog", "Severe"),
    QT_TRANSLATE_NOOP("DiaryEntryDialog", "Very severe"),
)
ACTIONS = {
    Action.NOTHING: QT_TRANSLATE_NOOP("DiaryEntryDialog", "Nothing yet"),
    Action.CALLED_CARE_TEAM: QT_TRANSLATE_NOOP("DiaryEntryDialog", "Called my care team"),
    Action.URGENT_CARE: QT_TRANSLATE_NOOP("DiaryEntryDialog", "Went to urgent care"),
    Action.EMERGENCY_DEPARTMENT: QT_TRANSLATE_NOOP(
        "DiaryEntryDialog", "Went to the emergency department"
    ),
}
# why the care team should hear about it today, by the triage code that matched
# (domain/triage.py); the groups and their signs are the rule's own.
CARE_TEAM_REASONS = {
    "allergy-signs": QT_TRANSLATE_NOOP(
        "DiaryEntryDialog",
        "possible signs of an allergic reaction (itching, rash, dizziness, headache, nausea, "
        "feeling anxious)",
    ),
    "infection-signs": QT_TRANSLATE_NOOP(
        "DiaryEntryDialog",
        "possible signs of an infection (fever, chills, burning or frequent urination, coughing "
        "up mucus, warm, red or painful skin or sores)",
    ),
    "neurological-signs": QT_TRANSLATE_NOOP(
        "DiaryEntryDialog",
        "new or worsening confusion, memory problems, trouble speaking, changes in vision, "
        "weakness, clumsiness, or trouble walking or with balance",
    ),
    "mood-and-sleep": QT_TRANSLATE_NOOP(
        "DiaryEntryDialog",
        "new or worse depression or anxiety, trouble sleeping, or changes in mood or behaviour",
    ),
    "very-severe": QT_TRANSLATE_NOOP(
        "DiaryEntryDialog", "you rated it very severe: any very severe symptom"
    ),
}


def input_error_text(exc: DiaryInputError) -> str:
    """What to say about a refused entry, in the user's language: the service's message is a
    lower-case fragment ("choose or type the symptom"), shown as a sentence."""
    text = error_text(exc)
    return text[:1].upper() + text[1:] + "."


def _levels(object_name: str, accessible: str, description: str) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(object_name)
    combo.setAccessibleName(accessible)
    combo.setAccessibleDescription(description)
    for value, label in enumerate(LEVELS):
        combo.addItem(marked(CONTEXT, label), value)
    return combo


class DiaryEntryDialog(AsksBeforeDiscarding, QDialog):
    def __init__(
        self,
        services: AppServices,
        zone: str,
        parent: QWidget | None = None,
        entry: DiaryEntry | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("diaryEntryDialog")
        self.setWindowTitle(
            self.tr("Log a symptom") if entry is None else self.tr("Edit a symptom")
        )
        self._services = services
        self._zone = entry.zone if entry else zone
        self._entry = entry
        self.saved: SavedEntry | None = None
        self.previous: DiaryEntry | None = None  # for the undo of an edit
        self.red_flag_dialogs: list[QDialog] = []
        self.care_team_message: QMessageBox | None = None  # R-30, after saving
        self.safety_net_message: QMessageBox | None = None  # R-45, after a routine result
        catalogue = services.monographs.current().loaded.monograph.side_effects.entries()
        # In the user's language; what is stored is the term's code and English name (issue 17).
        self._terms = catalogue_terms(catalogue)
        self.symptom = QComboBox()
        self.symptom.setObjectName("diarySymptom")
        self.symptom.setAccessibleName(self.tr("Symptom: pick from the list or type it"))
        self.symptom.setAccessibleDescription(
            self.tr(
                "Side effects from the drug information are listed; type to search them; "
                "Enter saves the entry"
            )
        )
        self.symptom.setEditable(True)
        self.symptom.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for term in sorted(self._terms, key=lambda t: (t.group.casefold(), t.shown.casefold())):
            self.symptom.addItem(term.shown, term.code)
            self.symptom.setItemData(
                self.symptom.count() - 1, term.group, Qt.ItemDataRole.ToolTipRole
            )
        completer = QCompleter(QStringListModel([t.shown for t in self._terms], self), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.symptom.setCompleter(completer)
        self.symptom.setCurrentIndex(-1)
        self.symptom.setEditText("")
        now = services.clock().replace(second=0, microsecond=0)
        # The fields show wall-clock time in the entry's zone; left unchanged, they give the
        # stored instant back exactly, the second 01:30 of fall-back day included (wall_time).
        self.onset = WallTimeEdit(self._zone, entry.onset_at if entry else now)
        self.onset.setObjectName("diaryOnset")
        self.onset.setAccessibleName(self.tr("When it started"))
        self.onset.setAccessibleDescription(self.tr("The day and time the symptom started"))
        self.onset.setDisplayFormat(date_time_edit_format())
        self.onset.setCalendarPopup(True)
        self.ended = QCheckBox(self.tr("It has &ended:"))
        self.ended.setObjectName("diaryEndedCheck")
        self.ended.setAccessibleDescription(
            self.tr("Tick when the symptom has stopped, then say when")
        )
        self.ended_at = WallTimeEdit(
            self._zone, entry.ended_at if entry and entry.ended_at else now
        )
        self.ended_at.setObjectName("diaryEndedAt")
        self.ended_at.setAccessibleName(self.tr("When it ended"))
        self.ended_at.setAccessibleDescription(self.tr("The day and time the symptom stopped"))
        self.ended_at.setDisplayFormat(date_time_edit_format())
        self.ended_at.setCalendarPopup(True)
        self.ended_at.setEnabled(False)
        self.ended.toggled.connect(self.ended_at.setEnabled)
        self.severity = _levels(
            "diarySeverity",
            self.tr("How bad it is"),
            self.tr("From none to very severe"),
        )
        self.severity.setCurrentIndex(1)
        self.interference = _levels(
            "diaryInterference",
            self.tr("How much it gets in the way"),
            self.tr("How much it gets in the way of what you do, from none to very severe"),
        )
        self.action = QComboBox()
        self.action.setObjectName("diaryAction")
        self.action.setAccessibleName(self.tr("What you did about it"))
        self.action.setAccessibleDescription(
            self.tr("Whether you called your care team or went for care")
        )
        for action, label in ACTIONS.items():
            self.action.addItem(marked(CONTEXT, label), action.value)
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("diaryNotes")
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setAccessibleDescription(
            self.tr("Anything else worth telling your care team; Tab moves on")
        )
        self.notes.setTabChangesFocus(True)
        self.notes.textChanged.connect(self._check_notes_length)
        self.notes.setMaximumHeight(self.notes.fontMetrics().lineSpacing() * 4 + 12)
        self.dose = QLabel()
        self.dose.setObjectName("diaryDose")
        self.dose.setTextFormat(Qt.TextFormat.PlainText)
        self.dose.setWordWrap(True)
        self.onset.dateTimeChanged.connect(self._describe_dose)
        self.message = QLabel()
        self.message.setObjectName("diaryMessage")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("diarySave")
        self.save_button.setAccessibleDescription(self.tr("Save this entry"))
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("diaryCancel")
        self.cancel_button.setAccessibleDescription(self.tr("Close without saving"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Symptom:"), self.symptom)
        form.addRow(self.tr("S&tarted:"), self.onset)
        form.addRow(self.ended, self.ended_at)
        form.addRow(self.tr("How &bad:"), self.severity)
        form.addRow(self.tr("Gets in the &way:"), self.interference)
        form.addRow(self.tr("What you &did:"), self.action)
        form.addRow(self.tr("N&otes:"), self.notes)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.dose)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        if entry is not None:
            self._fill(entry)
        self._describe_dose()
        self.resize(520, 460)

    def _fill(self, entry: DiaryEntry) -> None:
        self.symptom.setEditText(symptom_text(entry.symptom, entry.symptom_code))
        self.severity.setCurrentIndex(entry.severity)
        self.interference.setCurrentIndex(entry.interference)
        self.action.setCurrentIndex(max(0, self.action.findData(entry.action.value)))
        self.notes.setPlainText(entry.notes)
        self.ended.setChecked(entry.ended_at is not None)

    def _check_notes_length(self) -> None:
        """Issue 17: say so while typing when the notes pass the limit the service applies
        (the same in the CLI and the CSV import); nothing typed is cut."""
        length = len(strip_controls(self.notes.toPlainText()))
        over = length > MAX_NOTES
        if over:
            self.message.setText(
                fill(
                    self.tr(
                        "The notes are %1 characters long; the limit is %2. Shorten them before "
                        "saving."
                    ),
                    (integer_text(length), integer_text(MAX_NOTES)),
                )
            )
        elif self._notes_were_long:
            self.message.setText("")
        self._notes_were_long = over

    _notes_were_long = False

    def _describe_dose(self) -> None:
        onset = self.onset.instant()
        dose = self._services.diary.suggested_dose(onset)
        if dose is None:
            self.dose.setText(self.tr("No dose logged before this."))
            return
        days = dose.days_before(onset, self._zone)
        given = dose.given_at.astimezone(ZoneInfo(self._zone))
        when = long_date_time_text(given)  # in a sentence: the weekday in full
        if days == 0:
            template = self.tr("The same day as your dose on %2.")
        elif days == 1:
            template = self.tr("1 day after your dose on %2.")
        else:
            template = self.tr("%1 days after your dose on %2.")
        self.dose.setText(fill(template, (integer_text(days), when)))

    def inputs(self) -> DiaryInputs:
        text = self.symptom.currentText()
        term = match_term(text, self._terms)
        return DiaryInputs(
            symptom=term.english if term is not None else text,
            symptom_code=term.code if term is not None else None,
            onset_at=self.onset.instant(),
            zone=self._zone,
            severity=int(self.severity.currentData()),
            interference=int(self.interference.currentData()),
            from_catalogue=term is not None,
            ended_at=self.ended_at.instant() if self.ended.isChecked() else None,
            notes=self.notes.toPlainText(),
            action=Action(str(self.action.currentData())),
        )

    def save(self) -> None:
        inputs = self.inputs()
        entry = self._entry
        diary = self._services.diary
        try:
            if entry is None:
                added = operations().run(
                    lambda: diary.add(inputs), Change.DIARY, expect=(DiaryInputError,)
                )
                if isinstance(added, Failed):
                    return  # nothing saved (already said why); what was typed stays
                self.saved = added
            else:
                updated = operations().run(
                    lambda: diary.update(entry.id, inputs), Change.DIARY, expect=(DiaryInputError,)
                )
                if isinstance(updated, Failed):
                    return
                self.previous, self.saved = updated
        except DiaryInputError as exc:
            # a refused entry (notes too long, a start in the future, a date
            # out of range) is still read first: the emergency and crisis screens come before
            # the refusal, though nothing is saved. What was typed stays in the form.
            self.message.setText("")
            result = triage_typed(inputs.symptom, inputs.notes, inputs.severity)
            self._show_screens(result, self._typed_what(inputs))
            # said to a screen reader too, and focus on the field to correct (issue 20)
            show_form_error(self.message, input_error_text(exc), self._field_for(exc.code))
            return
        self.show_red_flags(self.saved)  # first
        self.accept()
        self.show_care_team_today(self.saved)
        self.show_safety_net(self.saved)  # a routine result carries the safety-net line

    def _field_for(self, code: str) -> QWidget | None:
        """The field a refusal (``DiaryInputError.code``) asks the user to correct."""
        fields: dict[str, QWidget] = {
            "no-symptom": self.symptom,
            "symptom-too-long": self.symptom,
            "notes-too-long": self.notes,
            "in-the-future": self.onset,
            "ends-before-start": self.ended_at,
            "bad-level": self.severity,
        }
        return fields.get(code)

    def show_red_flags(self, saved: SavedEntry) -> None:
        """Emergency first, then crisis; each waits for its acknowledgement (exec)."""
        self._show_screens(
            saved.triage, symptom_text(saved.entry.symptom, saved.entry.symptom_code)
        )

    @staticmethod
    def _typed_what(inputs: DiaryInputs) -> str:
        """What the screens say was reported when nothing was saved: the symptom as typed, else
        the start of the notes."""
        symptom = " ".join(strip_controls(inputs.symptom).split())
        if symptom:
            return symptom
        notes = " ".join(strip_controls(inputs.notes).split())
        return notes if len(notes) <= 80 else notes[:79] + "…"

    def _show_screens(self, result: TriageResult, what: str) -> None:
        from belimumab_companion.ui.dialogs.red_flag_dialog import RedFlagDialog

        numbers = self._services.settings.help_numbers()
        for kind, needed in (
            (Triage.EMERGENCY, result.emergency),
            (Triage.CRISIS, result.crisis),
        ):
            if needed:
                dialog = RedFlagDialog(kind, numbers, what, self.parentWidget())
                self.red_flag_dialogs.append(dialog)
                if self._modal_screens:
                    dialog.exec()
                else:
                    dialog.open()

    _modal_screens = True  # tests set False to inspect the screens without a nested event loop

    def show_care_team_today(self, saved: SavedEntry) -> None:
        """R-30: "Contact your care team today", and why (the symptom groups that matched), in a
        window-modal message after saving. Only when that is the most urgent outcome: the
        emergency and crisis screens (R-29, R-31) already say what to do now, and a second,
        milder message after them could read as an all-clear. Nothing for a routine outcome,
        and never a reassuring word (R-32)."""
        result = saved.triage
        if result.triage is not Triage.CARE_TEAM_TODAY:
            return
        headline = self.tr("Contact your care team today")
        reasons = [
            "• " + marked(CONTEXT, CARE_TEAM_REASONS[code])
            for code in result.matched
            if code in CARE_TEAM_REASONS
        ]
        reported = symptom_text(saved.entry.symptom, saved.entry.symptom_code)
        parts = [headline, fill(self.tr("You reported: %1."), (reported,))]
        if reasons:
            parts.append(self.tr("Why: what you reported matches") + "\n" + "\n".join(reasons))
        emergency = self._services.settings.help_numbers().emergency
        parts.append(
            self.tr("Do not wait for your next appointment.")
            + " "
            + (
                fill(
                    self.tr(
                        "If you have trouble breathing, swelling of the face, lips, mouth, "
                        "tongue or throat, or you faint, call %1 now."
                    ),
                    (emergency,),
                )
                if emergency
                else self.tr(
                    "If you have trouble breathing, swelling of the face, lips, mouth, tongue "
                    "or throat, or you faint, call your local emergency number now."
                )
            )
        )
        parts.append(self.safety_net_text())
        body = "\n\n".join(parts)
        self.care_team_message = open_plain_message(  # plain: the symptom is what was typed
            self.parentWidget(),
            QMessageBox.Icon.Warning,
            headline,
            body,
            "careTeamTodayMessage",
            ok_description=self.tr("Closes this message. The entry is saved."),
        )

    def safety_net_text(self) -> str:
        """R-45's safety-net line, with the user's emergency number."""
        emergency = self._services.settings.help_numbers().emergency
        if emergency:
            return fill(
                self.tr("If it gets worse, or you have trouble breathing, call %1."), (emergency,)
            )
        return self.tr(
            "If it gets worse, or you have trouble breathing, call your local emergency number."
        )

    def show_safety_net(self, saved: SavedEntry) -> None:
        """R-45: a routine result carries the safety-net line too; never a reassuring word
        (R-32): the entry is saved, and what to do if it gets worse."""
        if saved.triage.triage is not Triage.ROUTINE:
            return
        headline = self.tr("Saved in your diary")
        body = "\n\n".join(
            [
                fill(self.tr("You reported: %1."), (saved.entry.symptom,)),
                self.tr(
                    "Tell your care team about any side effect that bothers you or does not go "
                    "away."
                ),
                self.safety_net_text(),
            ]
        )
        self.safety_net_message = open_plain_message(
            self.parentWidget(),
            QMessageBox.Icon.Information,
            headline,
            body,
            "safetyNetMessage",
            ok_description=self.tr("Closes this message. The entry is saved."),
        )
