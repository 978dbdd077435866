"""Issue 20, item 6: Esc on a dialog with typed text asks first; with nothing typed it closes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from belimumab_companion.ui.dialogs.diary_entry_dialog import DiaryEntryDialog
from belimumab_companion.ui.shell.main_window import MainWindow


def _dialog(qtbot: QtBot, window: MainWindow) -> DiaryEntryDialog:
    assert window.services is not None
    dialog = DiaryEntryDialog(window.services, "Europe/Madrid", window)
    dialog._modal_screens = False
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def test_esc_with_nothing_typed_closes_at_once(qtbot: QtBot, window: MainWindow) -> None:
    dialog = _dialog(qtbot, window)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialog.discard_question is None


def test_esc_with_typed_notes_asks_and_keep_editing_keeps_them(
    qtbot: QtBot, window: MainWindow
) -> None:
    dialog = _dialog(qtbot, window)
    dialog.notes.setPlainText("swollen left knee since this morning")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    question = dialog.discard_question
    assert isinstance(question, QMessageBox) and question.isVisible()
    assert dialog.isVisible()
    keep = question.findChild(QPushButton, "keepEditingButton")
    assert keep is not None
    assert question.defaultButton() is keep and question.escapeButton() is keep
    keep.click()
    assert dialog.isVisible()
    assert dialog.notes.toPlainText() == "swollen left knee since this morning"

    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    question = dialog.discard_question
    assert question is not None
    discard = question.findChild(QPushButton, "discardTypedTextButton")
    assert discard is not None
    discard.click()
    assert not dialog.isVisible()
    assert dialog.result() == DiaryEntryDialog.DialogCode.Rejected
    assert window.services is not None and window.services.diary.count() == 0  # nothing saved
