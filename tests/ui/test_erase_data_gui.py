"""Erase all data through the window: Settings -> the danger zone -> type the word -> erased, the
app closes, and nothing (no backup at quit, no page timer) brings a file back."""

from __future__ import annotations

import logging
import os
import sqlite3
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from belimumab_companion.logging_setup import setup_logging
from belimumab_companion.paths import AppPaths
from belimumab_companion.services.csv_export import export_diary_csv
from belimumab_companion.services.diary_service import DiaryInputs
from belimumab_companion.services.erase_data import ERASE_CONFIRMATION_WORD, EraseResult
from belimumab_companion.system.autostart import Autostart
from belimumab_companion.ui.dialogs.erase_data_dialog import EraseDataDialog, erased_message
from belimumab_companion.ui.pages.settings_page import SettingsPage
from belimumab_companion.ui.shell.main_window import MainWindow
from belimumab_companion.user_text import message
from testsupport import FIXED_NOW


def every_file(root: Path) -> set[Path]:
    return {Path(dirpath, name) for dirpath, _dirs, files in os.walk(root) for name in files}


def fill(window: MainWindow, tmp_path: Path) -> tuple[Autostart, Path, bytes, Path]:
    """Diary entry, backup, log, set-aside file, login entry, an export outside and a user file
    inside the data folder."""
    services = window.services
    assert services is not None
    services.diary.add(
        DiaryInputs(
            symptom="Headache",
            onset_at=FIXED_NOW - timedelta(hours=2),
            zone="UTC",
            severity=1,
            notes="a note",
        )
    )
    services.backups.back_up_now()
    paths = services.paths
    handler = setup_logging(paths.log_file)
    logging.getLogger("belimumab_companion.test").info("start")
    logging.getLogger("belimumab_companion").removeHandler(handler)
    handler.close()
    paths.quarantine_dir.mkdir(mode=0o700)
    (paths.quarantine_dir / "companion.sqlite3.corrupt-20240101T000000Z").write_bytes(b"x")
    autostart = Autostart()  # HOME and XDG_CONFIG_HOME point into a temporary folder (conftest)
    autostart.enable()
    exports = tmp_path / "exports"
    exports.mkdir()
    outside = exports / "diary.csv"
    export_diary_csv(outside, services.diary, services.plans)
    inside = paths.data_dir / "saved here by me.csv"
    inside.write_text("mine\n", encoding="utf-8")
    return autostart, outside, outside.read_bytes(), inside


def open_dialog(qtbot: QtBot, window: MainWindow) -> EraseDataDialog:
    window.show_page("settings")
    page = window.settings_page
    assert isinstance(page, SettingsPage)
    assert page.erase_button.objectName() == "eraseAllDataButton"
    assert page.erase_button.isEnabled()
    page.erase_button.click()
    qtbot.waitUntil(lambda: window.findChild(EraseDataDialog) is not None, timeout=5_000)
    dialog = window.findChild(EraseDataDialog)
    assert isinstance(dialog, EraseDataDialog) and dialog.isVisible()
    return dialog


def test_the_dialog_says_what_goes_and_the_button_waits_for_the_word(
    qtbot: QtBot, window: MainWindow, data_paths: AppPaths
) -> None:
    dialog = open_dialog(qtbot, window)
    text = dialog.removed_text.text()
    for path in (data_paths.database, data_paths.backups_dir, data_paths.logs_dir):
        assert str(path) in text
    assert str(data_paths.quarantine_dir) in text
    assert dialog.removed_text.textFormat() == Qt.TextFormat.PlainText
    assert "not securely wiped" in " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert dialog.cancel_button.isDefault() and not dialog.confirm_button.isDefault()
    for widget in dialog.findChildren(QWidget):
        if widget.objectName().startswith("qt_") or not widget.isVisibleTo(dialog):
            continue
        assert widget.objectName(), widget
        assert widget.accessibleName(), widget.objectName()

    confirm = dialog.confirm_button
    assert confirm.objectName() == "eraseConfirmButton" and not confirm.isEnabled()
    for typed, enabled in [
        ("ERAS", False),
        (ERASE_CONFIRMATION_WORD, True),
        (ERASE_CONFIRMATION_WORD + "D", False),
        ("erase", True),
        ("", False),
    ]:
        dialog.word_edit.setText(typed)
        assert confirm.isEnabled() is enabled, typed
    dialog.reject()


def test_cancel_escape_and_enter_erase_nothing(
    qtbot: QtBot, window: MainWindow, data_paths: AppPaths, tmp_path: Path
) -> None:
    autostart, _outside, _data, _inside = fill(window, tmp_path)
    before = {p: p.read_bytes() for p in every_file(data_paths.data_dir)}

    dialog = open_dialog(qtbot, window)
    dialog.word_edit.setText(ERASE_CONFIRMATION_WORD)
    qtbot.keyClick(dialog.word_edit, Qt.Key.Key_Return)  # Enter in the field does nothing
    assert dialog.isVisible()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected
    qtbot.waitUntil(lambda: window.findChild(EraseDataDialog) is None, timeout=5_000)

    dialog = open_dialog(qtbot, window)
    dialog.word_edit.setText(ERASE_CONFIRMATION_WORD)
    dialog.cancel_button.click()
    qtbot.waitUntil(lambda: window.findChild(EraseDataDialog) is None, timeout=5_000)

    assert window.services is not None and window.services.diary.page()
    assert {p: p.read_bytes() for p in every_file(data_paths.data_dir)} == before
    assert autostart.is_enabled()
    assert window.findChild(QMessageBox, "dataErasedDialog") is None


def test_confirming_erases_everything_says_so_and_closes(
    qtbot: QtBot, window: MainWindow, data_paths: AppPaths, tmp_path: Path
) -> None:
    autostart, outside, outside_bytes, inside = fill(window, tmp_path)
    centre = window.start_reminders(notifier_factory=lambda _parent: None, zone=lambda: "UTC")
    assert centre is not None and centre.timer.isActive()
    dialog = open_dialog(qtbot, window)
    qtbot.keyClicks(dialog.word_edit, ERASE_CONFIRMATION_WORD)
    assert dialog.confirm_button.isEnabled()
    dialog.confirm_button.click()

    qtbot.waitUntil(
        lambda: window.findChild(QMessageBox, "dataErasedDialog") is not None, timeout=5_000
    )
    box = window.findChild(QMessageBox, "dataErasedDialog")
    assert isinstance(box, QMessageBox)
    assert window.services is None
    assert not data_paths.database.exists()
    for folder in (data_paths.backups_dir, data_paths.logs_dir, data_paths.quarantine_dir):
        assert not folder.exists()
    assert not autostart.is_enabled()
    assert outside.read_bytes() == outside_bytes
    assert every_file(data_paths.data_dir) == {inside}
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert str(inside) in box.text() and "not securely wiped" in box.text()
    assert "will now close" in box.text()
    central = window.centralWidget()
    assert central is not None and not central.isEnabled()
    assert not centre.timer.isActive() and not centre.due_window.isVisible()

    box.accept()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5_000)
    assert window.services is None
    assert every_file(data_paths.data_dir) == {inside}  # nothing came back


def test_erasing_refused_while_another_program_has_the_file_open_keeps_the_data(
    qtbot: QtBot, window: MainWindow, data_paths: AppPaths, tmp_path: Path
) -> None:
    fill(window, tmp_path)
    centre = window.start_reminders(notifier_factory=lambda _parent: None, zone=lambda: "UTC")
    assert centre is not None
    other = sqlite3.connect(data_paths.database)  # another program (a WAL reader holds a lock)
    try:
        other.execute("SELECT count(*) FROM sqlite_master").fetchone()
        dialog = open_dialog(qtbot, window)
        dialog.word_edit.setText(ERASE_CONFIRMATION_WORD)
        dialog.confirm_button.click()
        qtbot.waitUntil(
            lambda: window.findChild(QMessageBox, "eraseRefusedDialog") is not None,
            timeout=5_000,
        )
    finally:
        other.close()
    box = window.findChild(QMessageBox, "eraseRefusedDialog")
    assert isinstance(box, QMessageBox) and "nothing was erased" in box.text()
    assert window.services is not None and window.services.diary.page()  # the data is back
    assert centre.timer.isActive()
    assert data_paths.database.exists() and any(data_paths.backups_dir.iterdir())
    assert window.findChild(QMessageBox, "dataErasedDialog") is None
    box.accept()


def test_the_message_lists_failures_and_leftovers(tmp_path: Path) -> None:
    many = tuple(tmp_path / f"mine-{n}.txt" for n in range(25))
    result = EraseResult(
        removed_files=(tmp_path / "companion.sqlite3",),
        removed_folders=(),
        left=many,
        failed=((tmp_path / "logs" / "x.log", message("permission denied")),),
        autostart_error="HOME is not set",
        lock_kept=None,
    )
    warning, title, text = erased_message(result)
    assert warning and title == "Not everything was erased"
    assert f"{tmp_path / 'logs' / 'x.log'} (permission denied)" in text
    assert "HOME is not set" in text
    assert str(many[0]) in text and str(many[-1]) not in text and "and 5 more" in text
