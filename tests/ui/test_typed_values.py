"""Red team (issue 20, item 7): a typed value never crashes a field. Every field a person can
type into, in the window and its dialogs, is given hostile values (typed one key at a time, and
pasted), then Save is pressed: nothing raises, a refused save keeps what was typed and says why
in a label beside or below the field.

Inventory (``ui/``; "reason" is where a refusal is said; announced = ``show_form_error``: the
words are shown, announced to a screen reader, and focus goes to the field to correct):

============================  =========================  ===================================  ==========================================
field                         where                      what is valid                        how a refusal is shown
============================  =========================  ===================================  ==========================================
Lot number (QLineEdit)        Log / correct a dose       optional, up to 40 (controls as      the field stops at 40; never refused
                                                         spaces, one line)
Notes (QPlainTextEdit)        Log / correct a dose       anything (controls as spaces)        never refused
When (date and time)          Log a dose                 a date 2000..2100 (bounded editor)   clamps; R-18 etc. in the message, announced
Symptom (editable combo)      Symptom entry              not empty, up to 200 characters      message under the form, announced, focus
Notes (QPlainTextEdit)        Symptom entry              up to 10,000 characters (controls    a count beside the notes as typed; message,
                                                         stripped)                            announced, focus
Onset / ended (date & time)   Symptom entry              2000..2100, not in the future        message, announced, focus
Birth date, first dose,       Plan set-up                bounded editors (clamp)              the preview says why, Save disabled
time (date/time edits)
Weight, amount, interval,     Plan set-up                bounded spin boxes (clamp)           the preview says why, Save disabled
doses given (spin boxes)
Time zone (editable combo)    Plan set-up, guide         a zone of the list                   the preview says why as typed, Save off
Date of birth (QLineEdit)     First-start guide, plan    the locale's short date, 1900..today the preview says why as typed, Next refused
Child's name (QLineEdit)      First-start guide, who     optional, up to 60 (controls as      the field stops at 60; never refused
                                                         spaces, one line)
Reason (QLineEdit)            Stop treatment             not empty once control characters    message under the form
                                                         are spaces, up to 300
Vaccine name (QLineEdit)      Vaccinations               not empty, up to 120 (refused over,  message under the form, announced, focus
                                                         never cut; controls as spaces)
Note (QLineEdit)              Pregnancy                  optional (controls as spaces)        message under the form, announced
Confirmation word (QLineEdit) Erase all data             the word shown                       the Erase button stays off
Weight (QDoubleSpinBox)       Weight                     2..400 kg (bounded)                  clamps; message, announced
Date (QDateTimeEdit)          Appointment, make-up,      bounded editors                      clamps; message, announced
                              switch, stop, pregnancy,
                              vaccinations, contraception
Spin boxes, dates, times      Contraception set-up,      bounded (clamp)                      clamps
                              reminder times, prepare
                              panel, report dates, diary
                              filter dates
Name on the report            Settings (health)          optional, up to 120 (controls as     a label under the field
(QLineEdit)                                              spaces)
Emergency / crisis number     Settings, first-start      digits, letters, spaces, + * # ( ) - a label under each field, as typed, and
(QLineEdit)                   guide                      with a digit, up to 20 (as the CLI)  announced; not saved; the guide's Next
                                                                                              is refused with focus on the field
Find (QLineEdit)              User guide, drug           anything (a search)                  "not found" beside the field
                              information, diary
Supplies (lot, pharmacy,      Settings (supplies)        see ``test_typed_values_settings``   (another helper's files; reported)
phone, counts)
============================  =========================  ===================================  ==========================================
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, cast

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QDialog, QWidget, QWizard
from pytestqt.qtbot import QtBot

from belimumab_companion.domain.free_text import strip_controls
from belimumab_companion.services.app_services import AppServices
from belimumab_companion.ui.dialogs.common import date_edit_format
from typed_values_support import (
    HOSTILE,
    LONG,
    TODAY,
    ZONE,
    Case,
    log_dose,
    paste_into,
    plan,
    plan_setup,
    try_value,
    type_into,
)

if TYPE_CHECKING:
    from belimumab_companion.services.diary_types import DiaryEntry
    from belimumab_companion.storage.plan_repository import DoseRecord
    from belimumab_companion.ui.dialogs.diary_entry_dialog import DiaryEntryDialog
    from belimumab_companion.ui.dialogs.log_dose_dialog import LogDoseDialog

# --- the dialogs, each built as its page builds it, the other fields valid ---------------------


def _logged(dialog: QWidget, services: AppServices) -> DoseRecord:
    logged = cast("LogDoseDialog", dialog).logged
    assert logged is not None
    record = services.plans.dose_record(logged.occurrence.segment_id, logged.occurrence.sequence)
    assert record is not None
    return record


def _diary(services: AppServices) -> QWidget:
    from belimumab_companion.ui.dialogs.diary_entry_dialog import DiaryEntryDialog

    return DiaryEntryDialog(services, ZONE)


def _diary_with_symptom(services: AppServices) -> QWidget:
    dialog = cast("DiaryEntryDialog", _diary(services))
    dialog.symptom.setEditText("Headache")
    return dialog


def _entry(dialog: QWidget) -> DiaryEntry:
    saved = cast("DiaryEntryDialog", dialog).saved
    assert saved is not None
    return saved.entry


def _guide(step: int) -> Callable[[AppServices], QWidget]:
    def build(services: AppServices) -> QWidget:
        from belimumab_companion.ui.dialogs.first_start_guide import FirstStartGuide

        guide = FirstStartGuide(services, real_autostart=False)
        guide.setStartId(step)
        guide.restart()
        if step == 0:
            guide.who.child.setChecked(True)
        return guide

    return build


def _guide_next(guide: QWidget) -> None:
    cast(QWizard, guide).next()


def _guide_moved(step: int) -> Callable[[QWidget], bool]:
    return lambda guide: cast(QWizard, guide).currentId() != step


def _stop(services: AppServices) -> QWidget:
    from belimumab_companion.ui.dialogs.plan_change_dialogs import StopDialog

    plan(services)
    return StopDialog(services.plans)


def _vaccinations(services: AppServices) -> QWidget:
    from belimumab_companion.ui.dialogs.vaccinations_dialog import VaccinationsDialog

    return VaccinationsDialog(services.vaccinations)


def _pregnancy(services: AppServices) -> QWidget:
    from belimumab_companion.ui.dialogs.pregnancy_dialog import PregnancyDialog

    return PregnancyDialog(services.contraception, TODAY, ZONE)


def _accepted(dialog: QWidget) -> bool:
    return cast(QDialog, dialog).result() == QDialog.DialogCode.Accepted


def _get(path: str) -> Callable[[QWidget], Any]:
    """``dialog.a.b`` as a function of the dialog."""

    def get(dialog: QWidget) -> Any:
        target: Any = dialog
        for part in path.split("."):
            target = getattr(target, part)
        return target

    return get


def _click(path: str) -> Callable[[QWidget], None]:
    return lambda dialog: _get(path)(dialog).click()


def _notes(text: str) -> str:
    return strip_controls(text)


CASES: dict[str, Case] = {
    "log dose: lot number": Case(
        log_dose,
        _get("lot"),
        _click("save_button"),
        _get("message"),
        lambda d: _get("logged")(d) is not None,
        lambda d, services: _logged(d, services).lot_number or "",
    ),
    "log dose: notes": Case(
        log_dose,
        _get("notes"),
        _click("save_button"),
        _get("message"),
        lambda d: _get("logged")(d) is not None,
        lambda d, services: _logged(d, services).notes,
        _notes,
    ),
    "symptom: symptom": Case(
        _diary,
        _get("symptom"),
        _click("save_button"),
        _get("message"),
        lambda d: _get("saved")(d) is not None,
        lambda d, _services: _entry(d).symptom,
    ),
    "symptom: notes": Case(
        _diary_with_symptom,
        _get("notes"),
        _click("save_button"),
        _get("message"),
        lambda d: _get("saved")(d) is not None,
        lambda d, _services: _entry(d).notes,
        _notes,
    ),
    "plan set-up: time zone": Case(
        plan_setup,
        _get("zone"),
        _click("save_button"),
        _get("preview"),
        _accepted,
        lambda _d, services: services.plans.segments()[-1].zone,
    ),
    "guide: child's name": Case(
        _guide(0),
        _get("who.child_name"),
        _guide_next,
        _get("who.name_label"),
        _guide_moved(0),
        lambda _d, services: services.settings.guide_for()[1],
    ),
    "guide: date of birth": Case(
        _guide(1),
        _get("plan.form.birth_text"),
        _guide_next,
        _get("plan.form.preview"),
        _guide_moved(1),
    ),
    "stop: reason": Case(
        _stop,
        _get("reason"),
        _click("ok_button"),
        _get("message"),
        _accepted,
    ),
    "vaccinations: name": Case(
        _vaccinations,
        _get("name"),
        _click("add_button"),
        _get("message"),
        lambda d: bool(_get("list")(d).count()),
        lambda _d, services: services.vaccinations.all()[0].name,
    ),
    "pregnancy: note": Case(
        _pregnancy,
        _get("note"),
        _click("record_button"),
        _get("message"),
        lambda d: _get("recorded")(d) is not None,
        lambda d, _services: _get("recorded")(d).note,
        lambda text: strip_controls(text).strip(),
    ),
}


@pytest.mark.parametrize("value", list(HOSTILE.values()), ids=list(HOSTILE))
@pytest.mark.parametrize("case", list(CASES.values()), ids=list(CASES))
def test_a_hostile_value_typed_never_crashes_and_a_refusal_keeps_it(
    qtbot: QtBot, services: AppServices, case: Case, value: str
) -> None:
    try_value(qtbot, services, case, value, paste=False)


@pytest.mark.parametrize("value", [*HOSTILE.values(), LONG], ids=[*HOSTILE, "10,000 characters"])
@pytest.mark.parametrize("case", list(CASES.values()), ids=list(CASES))
def test_a_hostile_value_pasted_never_crashes_and_a_refusal_keeps_it(
    qtbot: QtBot, services: AppServices, case: Case, value: str
) -> None:
    try_value(qtbot, services, case, value, paste=True)


def test_the_erase_word_field_takes_anything_and_erases_nothing(
    qtbot: QtBot, services: AppServices
) -> None:
    from belimumab_companion.ui.dialogs.erase_data_dialog import EraseDataDialog

    dialog = EraseDataDialog(services.paths)
    qtbot.addWidget(dialog)
    dialog.show()
    for value in [*HOSTILE.values(), LONG[:500]]:
        with qtbot.captureExceptions() as raised:
            type_into(dialog.word_edit, value)
            dialog.confirm_button.click()
        assert not raised, value
        assert not dialog.confirm_button.isEnabled() and dialog.result() == 0
    assert services.paths.database.exists()


@settings(max_examples=15, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=60))
def test_any_text_in_the_dose_notes_and_lot_is_saved_or_refused_with_a_reason(
    qtbot: QtBot, services: AppServices, text: str
) -> None:
    for name in ("log dose: lot number", "log dose: notes"):
        try_value(qtbot, services, CASES[name], text, paste=True)


@settings(max_examples=15, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=60))
def test_any_text_as_a_symptom_or_its_notes_is_saved_or_refused_with_a_reason(
    qtbot: QtBot, services: AppServices, text: str
) -> None:
    for name in ("symptom: symptom", "symptom: notes"):
        try_value(qtbot, services, CASES[name], text, paste=True)


def test_a_reason_of_control_characters_alone_is_no_reason(
    qtbot: QtBot, services: AppServices
) -> None:
    from belimumab_companion.ui.dialogs.plan_change_dialogs import StopDialog

    dialog = cast(StopDialog, _stop(services))
    qtbot.addWidget(dialog)
    dialog.show()
    paste_into(dialog.reason, "\u202e\x07")
    dialog.ok_button.click()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "reason" in dialog.message.text() and dialog.reason.text() == "\u202e\x07"
    assert services.plans.segments()[-1].ends_before is None  # not stopped


def test_a_vaccine_name_too_long_is_refused_not_cut(services: AppServices) -> None:
    """The dialog's field holds 120 characters; the service (the command line's way in too)
    refuses a longer name instead of storing its first 120 characters."""
    from belimumab_companion.services.vaccination_service import VaccinationInputError

    with pytest.raises(VaccinationInputError) as refused:
        services.vaccinations.add("B" * 121, TODAY, "planned")
    assert refused.value.code == "name-too-long" and services.vaccinations.all() == []
    assert services.vaccinations.add(" Flu\x07 jab ", TODAY, "planned").name == "Flu jab"


def test_a_birth_date_before_1900_is_told_as_such_not_as_a_format(
    qtbot: QtBot, services: AppServices
) -> None:
    guide = cast(QWizard, _guide(1)(services))
    qtbot.addWidget(guide)
    guide.show()
    form = guide.plan.form  # type: ignore[attr-defined]
    typed = QLocale().toString(QDate(1850, 1, 1), date_edit_format())  # as the locale writes
    type_into(form.birth_text, typed)
    guide.next()
    assert guide.currentId() == 1 and form.birth_text.text() == typed
    assert form.preview.text() == "The date of birth must be from 1900 on."
    type_into(form.birth_text, "31/31/1990")
    assert "Write the date of birth as" in form.preview.text()
