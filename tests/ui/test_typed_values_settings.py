"""Red team, part two (issue 20, item 7): the fields of Settings and the first-start guide's
numbers, every bounded editor (spin boxes, dates, times) of the dialogs, and the find fields.
The inventory is in ``test_typed_values.py``."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
import shiboken6
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractSpinBox, QDialog, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from belimumab_companion.domain.free_text import one_line
from belimumab_companion.domain.regimens import Route
from belimumab_companion.services.app_services import AppServices
from belimumab_companion.services.diary_types import DiaryInputs
from belimumab_companion.ui.dialogs.delivery_dialog import DeliveryDialog
from belimumab_companion.ui.shell.main_window import MainWindow
from belimumab_companion.ui.shell.operations import Change, operations
from belimumab_companion.ui.widgets.health_settings import HealthSettingsBox
from belimumab_companion.ui.widgets.help_numbers_settings import HelpNumbersBox
from testsupport import FIXED_NOW
from typed_values_support import (
    HOSTILE,
    LONG,
    TODAY,
    ZONE,
    log_dose,
    paste_into,
    plan,
    plan_setup,
    text_of,
    type_into,
)

ALL = [*HOSTILE.values(), LONG]
ALL_IDS = [*HOSTILE, "10,000 characters"]


def _host(box: QWidget) -> QDialog:
    dialog = QDialog()
    QVBoxLayout(dialog).addWidget(box)
    return dialog


def _enter(field: QWidget) -> None:
    QTest.keyClick(field, Qt.Key.Key_Return)


# --- the name on the report (Settings, health) --------------------------------------------------


@pytest.mark.parametrize("paste", [False, True], ids=["typed", "pasted"])
@pytest.mark.parametrize("value", ALL, ids=ALL_IDS)
def test_the_report_name_takes_any_text_or_says_why(
    qtbot: QtBot, services: AppServices, value: str, paste: bool
) -> None:
    box = HealthSettingsBox(services.settings, False)
    host = _host(box)
    qtbot.addWidget(host)
    host.show()
    with qtbot.captureExceptions() as raised:
        (paste_into if paste else type_into)(box.name, value)
        typed = box.name.text()
        _enter(box.name)
    assert not raised, raised
    stored = services.settings.patient_name()
    if box.name_message.text().startswith(("Saved", "Name removed")) or not typed.strip():
        assert stored == one_line(typed)  # controls as spaces, trimmed: nothing else lost
    else:
        assert box.name.text() == typed and box.name_message.text()  # kept, and why


# --- the emergency and crisis numbers (Settings; the first-start guide's numbers step) -----------

NOT_NUMBERS = {"nul", "bell", "right-to-left override", "emoji", "right-to-left text", "Europe"}
NOT_NUMBERS |= {"NaN", "SQL"}


@pytest.mark.parametrize("paste", [False, True], ids=["typed", "pasted"])
@pytest.mark.parametrize("which", ["emergency", "crisis"])
@pytest.mark.parametrize("name", list(HOSTILE))
def test_a_number_that_is_not_one_is_refused_beside_the_field_and_kept(
    qtbot: QtBot, services: AppServices, name: str, which: str, paste: bool
) -> None:
    services.settings.set_own_numbers("112", "024")
    box = HelpNumbersBox(services.settings)
    host = _host(box)
    qtbot.addWidget(host)
    host.show()
    field = box.emergency if which == "emergency" else box.crisis
    problem = box.emergency_problem if which == "emergency" else box.crisis_problem

    def stored() -> str:
        own = services.settings.load().help
        return own.emergency if which == "emergency" else own.crisis

    before = stored()
    with qtbot.captureExceptions() as raised:
        (paste_into if paste else type_into)(field, HOSTILE[name])
        typed = field.text()
        shown_as_typed = problem.isVisibleTo(host) and problem.text()
        _enter(field)
    assert not raised, raised
    if name in NOT_NUMBERS and (paste or name != "bell"):  # a bell key types nothing
        assert shown_as_typed, "the reason is shown while typing, before Enter"
        assert problem.isVisibleTo(host) and "not saved" in problem.text()
        assert field.text() == typed  # kept, to correct
        assert stored() == before  # the number stored stays
    else:
        assert not problem.isVisibleTo(host)
        assert stored() == " ".join(typed.split())


def test_the_guide_does_not_go_on_with_a_number_that_is_not_one(
    qtbot: QtBot, services: AppServices
) -> None:
    from belimumab_companion.ui.dialogs.first_start_guide import FirstStartGuide

    guide = FirstStartGuide(services, real_autostart=False)
    qtbot.addWidget(guide)
    guide.setStartId(2)
    guide.restart()
    guide.show()
    box = guide.numbers.box
    type_into(box.crisis, "call me")
    guide.next()
    assert guide.currentId() == 2 and box.crisis.text() == "call me"
    assert box.crisis_problem.isVisibleTo(guide) and "digit" in box.crisis_problem.text()
    assert guide.focusWidget() is box.crisis  # the field to correct
    type_into(box.crisis, "+34 024")
    assert not box.crisis_problem.isVisibleTo(guide)
    guide.next()
    assert guide.currentId() == 3
    assert services.settings.load().help.crisis == "+34 024"


@settings(max_examples=20, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=25))
def test_any_text_as_a_number_is_saved_as_a_number_or_refused_with_a_reason(
    qtbot: QtBot, services: AppServices, text: str
) -> None:
    from belimumab_companion.domain.bounds import phone_number_problem

    box = HelpNumbersBox(services.settings)
    host = _host(box)
    qtbot.addWidget(host)
    host.show()
    with qtbot.captureExceptions() as raised:
        paste_into(box.emergency, text)
        typed = box.emergency.text()
        _enter(box.emergency)
    assert not raised, raised
    stored = services.settings.load().help.emergency
    if box.emergency_problem.isVisibleTo(host):
        assert box.emergency.text() == typed and box.emergency_problem.text()
    else:
        assert phone_number_problem(stored) is None


# --- the supplies: a control character in the lot, pharmacy or phone is refused, never a crash --


def _delivery(services: AppServices) -> DeliveryDialog:
    plan(services)
    return DeliveryDialog(services.supplies, TODAY, None)


@pytest.mark.parametrize("field", ["lot", "pharmacy"])
def test_a_delivery_with_a_bell_in_a_field_is_refused_with_a_reason(
    qtbot: QtBot, services: AppServices, field: str
) -> None:
    dialog = _delivery(services)
    qtbot.addWidget(dialog)
    dialog.show()
    type_into(dialog.lot, "AB123")
    with qtbot.captureExceptions() as raised:
        paste_into(getattr(dialog, field), "AB\x07123")
        dialog.save()
    assert not raised, f"the supplies dialog raised {raised[0][1]!r}"
    assert dialog.message.text()


def test_a_pharmacy_phone_with_a_bell_is_refused_with_a_reason(
    qtbot: QtBot, services: AppServices
) -> None:
    from belimumab_companion.ui.widgets.supplies_settings import SuppliesBox

    box = SuppliesBox(services.supplies, TODAY, None)
    host = _host(box)
    qtbot.addWidget(host)
    host.show()
    try:
        with qtbot.captureExceptions() as raised:
            paste_into(box.phone, "555\x07 1234")
            box.save_refill.click()
        assert not raised, f"the supplies box raised {raised[0][1]!r}"
        assert box.message.text() and box.phone.text() == "555\x07 1234"
    finally:
        # The box follows every change the app makes (operations().changed): left alive, it
        # would read these closed services when a later test in this process changes something.
        shiboken6.delete(host)


# --- every bounded editor: typed garbage is refused key by key or clamped, never a crash -------


def _weight(services: AppServices) -> QWidget:
    from belimumab_companion.ui.dialogs.weight_dialog import WeightDialog

    plan(services, Route.IV)
    return WeightDialog(services.plans, TODAY)


def _contraception(services: AppServices) -> QWidget:
    from belimumab_companion.ui.dialogs.contraception_setup_dialog import ContraceptionSetupDialog

    return ContraceptionSetupDialog(services.contraception, TODAY, ZONE)


def _appointment(services: AppServices) -> QWidget:
    from belimumab_companion.ui.dialogs.appointment_dialog import AppointmentDialog

    plan(services, Route.IV)
    return AppointmentDialog(services.plans, services.plans.upcoming(FIXED_NOW, 1)[0])


def _prepare(services: AppServices) -> QWidget:
    from belimumab_companion.ui.widgets.prepare_panel import PreparePanel

    return _host(PreparePanel())


EDITORS: dict[str, tuple[Callable[[AppServices], QWidget], str | None]] = {
    "plan set-up": (plan_setup, "save_button"),
    "log dose": (log_dose, "save_button"),
    "weight": (_weight, "buttons"),
    "contraception set-up": (_contraception, "buttons"),
    "appointment": (_appointment, "buttons"),
    "prepare panel": (_prepare, None),
}


@pytest.mark.parametrize("name", list(EDITORS))
def test_typed_garbage_in_a_bounded_editor_never_crashes(
    qtbot: QtBot, services: AppServices, name: str
) -> None:
    build, save = EDITORS[name]
    dialog = build(services)
    qtbot.addWidget(dialog)
    dialog.show()
    editors = [e for e in dialog.findChildren(QAbstractSpinBox) if e.isVisibleTo(dialog)]
    assert editors, "no editor found: the test would prove nothing"
    for editor in editors:
        for value in HOSTILE.values():
            with qtbot.captureExceptions() as raised:
                type_into(editor, value)
                _enter(editor)
                editor.clearFocus()  # a spin box fixes its text up when focus leaves
                if save == "save_button":
                    getattr(dialog, save).click()
                elif save == "buttons":
                    getattr(dialog, save).accepted.emit()
            assert not raised, f"{editor.objectName()}: {value!r} raised {raised[0][1]!r}"
            assert text_of(editor)  # never left empty: a bounded editor always shows a value
            if isinstance(dialog, QDialog) and dialog.result() == QDialog.DialogCode.Accepted:
                return  # saved: a value it took is a valid one


# --- the find fields (nothing is saved: a search) ---------------------------------------------


def test_the_find_fields_take_anything(qtbot: QtBot, services: AppServices) -> None:
    from belimumab_companion.ui.dialogs.user_guide import UserGuideDialog

    guide = UserGuideDialog(language="en")
    qtbot.addWidget(guide)
    guide.show()
    for value in ALL:
        with qtbot.captureExceptions() as raised:
            paste_into(guide.find_edit, value)
            _enter(guide.find_edit)
        assert not raised, f"{value[:20]!r} raised {raised[0][1]!r}"
        assert guide.find_edit.text() == value


def test_dates_typed_far_away_stay_in_range(qtbot: QtBot, services: AppServices) -> None:
    """A bounded date clamps: the year 9999 typed into the first dose stays a date in range."""
    dialog = plan_setup(services)
    qtbot.addWidget(dialog)
    dialog.show()
    edit = dialog.first_dose  # type: ignore[attr-defined]
    type_into(edit, "31/12/9999")
    edit.clearFocus()
    assert date(2000, 1, 1) <= edit.date().toPython() <= date(2100, 12, 31)


def test_the_diary_search_and_the_drug_information_find_take_anything(
    qtbot: QtBot, window: MainWindow
) -> None:
    assert window.services is not None
    window.services.diary.add(
        DiaryInputs(symptom="Headache", onset_at=FIXED_NOW, zone=ZONE, severity=1)
    )
    operations().announce(Change.EVERYTHING)
    window.show_page("diary")
    diary = window.page("diary")
    search = diary.search_edit  # type: ignore[attr-defined]
    drug_info = window.page("drug_info")
    drug_info.find_bar.open_bar()  # type: ignore[attr-defined]
    find = drug_info.find_bar.field  # type: ignore[attr-defined]
    for value in [*ALL, "%", "_", "\\", "[a-"]:
        for field in (search, find):
            with qtbot.captureExceptions() as raised:
                paste_into(field, value)
                _enter(field)
            assert not raised, f"{field.objectName()}: {value[:20]!r} raised {raised[0][1]!r}"
            assert field.text() == value
    rows = diary.model.rowCount  # type: ignore[attr-defined]
    paste_into(search, "migraine")  # after all that, the search still works
    qtbot.waitUntil(lambda: rows() == 0)
    paste_into(search, "head")
    qtbot.waitUntil(lambda: rows() == 1)
