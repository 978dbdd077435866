"""Typing hostile values into a real field, the way a person does (issue 20, item 7).

Shared by ``test_typed_values.py`` and ``test_typed_values_settings.py``: the values, typing
one key at a time (``QTest.keyClicks``) or pasting (Ctrl+V: the only way a control character
or a 10,000-character text reaches a line edit), and the checks every field must pass."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from belimumab_companion.domain.free_text import one_line
from belimumab_companion.domain.regimens import Indication, Route
from belimumab_companion.services.plan_service import PlanInputs
from testsupport import FIXED_NOW

if TYPE_CHECKING:
    from collections.abc import Callable

    from pytestqt.qtbot import QtBot

    from belimumab_companion.services.app_services import AppServices

# The red team's values (a lone surrogate cannot exist in a QString: not tried).
HOSTILE: dict[str, str] = {
    "empty": "",
    "spaces only": "     ",
    "nul": "a\x00b",
    "bell": "\x07",
    "right-to-left override": "\u202eevil",
    "emoji": "💉🙂🏳️‍🌈",
    "right-to-left text": "مرحبا بالعالم",
    "Europe": "Europe",
    "-1": "-1",
    "1e309": "1e309",
    "NaN": "NaN",
    "Arabic-Indic digit": "٣",
    "full-width digit": "２",
    "SQL": "'); DROP TABLE x;--",
}
LONG = "x" * 10_000  # pasted: 10,000 key presses per field would make the run minutes long


def editor_of(field: QWidget) -> QWidget:
    """The widget that takes the keys: an editable combo box's line edit, else the field."""
    if isinstance(field, QComboBox):
        line = field.lineEdit()
        assert line is not None
        return line
    return field


def text_of(field: QWidget) -> str:
    editor = editor_of(field)
    if isinstance(editor, QLineEdit):
        return editor.text()
    if isinstance(editor, QPlainTextEdit):
        return editor.toPlainText()
    if isinstance(editor, QAbstractSpinBox):
        return editor.text()
    raise TypeError(type(editor))


def clear(field: QWidget) -> None:
    editor = editor_of(field)
    editor.setFocus()
    if isinstance(editor, QLineEdit | QPlainTextEdit):
        editor.clear()
    else:  # a spin box or a date: select what is there, then delete it as a person would
        QTest.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        QTest.keyClick(editor, Qt.Key.Key_Delete)


def type_key(editor: QWidget, char: str) -> None:
    """One key press and release giving ``char``. ``QTest.keyClicks`` takes ASCII only (it
    asserts on anything else), so other characters arrive as a keyboard layout or an input
    method sends them: a key event whose text is the character."""
    if " " <= char <= "~":
        QTest.keyClicks(editor, char)  # one printable ASCII key
        return
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
        QApplication.sendEvent(editor, event)


def type_into(field: QWidget, text: str) -> None:
    """Clear ``field`` and type ``text`` one key at a time."""
    clear(field)
    editor = editor_of(field)
    for char in text:
        type_key(editor, char)


def paste_into(field: QWidget, text: str) -> None:
    """Clear ``field`` and paste ``text`` with Ctrl+V."""
    clear(field)
    clipboard = QApplication.clipboard()
    clipboard.setText(text)
    QTest.keyClick(editor_of(field), Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


@dataclass(frozen=True)
class Case:
    """A field in its dialog: how to build the dialog (other fields valid, so that the outcome
    depends on the value typed), the field, how to press Save, the label that says why a save
    is refused, and whether a save went through."""

    build: Callable[[AppServices], QWidget]
    field: Callable[[QWidget], QWidget]
    save: Callable[[QWidget], None]
    reason: Callable[[QWidget], QLabel]
    saved: Callable[[QWidget], bool]
    # what was stored, and what it must be for the text the field held (nothing else lost)
    stored: Callable[[QWidget, AppServices], str] | None = None
    clean: Callable[[str], str] = one_line


def try_value(qtbot: QtBot, services: AppServices, case: Case, text: str, *, paste: bool) -> str:
    """Type (or paste) ``text`` into a fresh dialog's field and press Save; check that nothing
    raised, and that a refused save kept the text and said why. Returns the field's text."""
    dialog = case.build(services)
    qtbot.addWidget(dialog)
    dialog.show()
    field = case.field(dialog)
    with qtbot.captureExceptions() as raised:
        (paste_into if paste else type_into)(field, text)
        typed = text_of(field)
        case.save(dialog)
    assert not raised, f"{text[:40]!r} raised {raised[0][1]!r}"
    if not case.saved(dialog):
        assert text_of(field) == typed, "a refused save lost what was typed"
        reason = case.reason(dialog)
        assert reason.text().strip(), "a refused save said nothing"
        assert reason.isVisibleTo(dialog), "the reason is not shown"
    elif case.stored is not None:
        assert case.stored(dialog, services) == case.clean(typed), "saved, but not as typed"
    return typed


# --- dialogs built as their pages build them, shared by the two test modules ---

ZONE = "Europe/Madrid"
TODAY = date(2026, 11, 23)


def plan(services: AppServices, route: Route = Route.SUBQ) -> None:
    services.plans.set_plan(
        PlanInputs(
            indication=Indication.SLE,
            route=route,
            birth_date=date(1984, 3, 2),
            first_dose=date(2026, 11, 16),
            time_of_day=time(10, 0),
            zone=ZONE,
            weight_kg=62.5,
        )
    )


def log_dose(services: AppServices) -> QWidget:
    from belimumab_companion.ui.dialogs.log_dose_dialog import LogDoseDialog

    if not services.plans.segments():
        plan(services)
    dose = services.plans.upcoming(FIXED_NOW, 1)[0]
    return LogDoseDialog(services.plans, dose, FIXED_NOW)


def plan_setup(services: AppServices) -> QWidget:
    from belimumab_companion.ui.dialogs.plan_setup_dialog import PlanSetupDialog

    return PlanSetupDialog(services.plans)
