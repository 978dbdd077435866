"""Issue 18 through the real window: a start with no data file but earlier data set aside offers
it (never an empty profile in silence), and an unsafe data folder (network, cloud-synced) is named
in a plain warning with a local folder suggested (scenario 8)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from belimumab_companion.paths import AppPaths
from belimumab_companion.services.app_services import AppServices, build_services, start_services
from belimumab_companion.services.backup_service import BackupService
from belimumab_companion.services.clock import fixed_clock
from belimumab_companion.services.diary_service import DiaryInputs
from belimumab_companion.system.storage_location import (
    UnsafeLocation,
    unsafe_location,
    warning_line,
)
from belimumab_companion.ui.shell.main_window import MainWindow
from testsupport import FIXED_NOW, run_cli

CLOCK = fixed_clock(FIXED_NOW)


def _window(qtbot: QtBot, data_paths: AppPaths) -> MainWindow:
    backups = BackupService(data_paths, CLOCK)
    main = MainWindow(lambda: start_services(data_paths, backups, CLOCK), reminders=False)
    qtbot.addWidget(main)
    main.show()
    return main


def _box(qtbot: QtBot, window: MainWindow, name: str) -> QMessageBox:
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, name) is not None, timeout=5_000)
    box = window.findChild(QMessageBox, name)
    assert isinstance(box, QMessageBox)
    return box


def _notes(services: AppServices) -> set[str]:
    return {entry.notes for entry in services.diary.page()}


def _data_set_aside(data_paths: AppPaths) -> Path:
    """What a restore killed under the old code left: the data in set-aside/, no data file."""
    services = build_services(data_paths, CLOCK)
    services.diary.add(
        DiaryInputs(
            symptom="Headache",
            onset_at=FIXED_NOW - timedelta(hours=2),
            zone="UTC",
            severity=1,
            notes="my data",
        )
    )
    services.close()
    data_paths.quarantine_dir.mkdir(mode=0o700, exist_ok=True)
    aside = data_paths.quarantine_dir / "companion.sqlite3.replaced-20261201T000000Z"
    data_paths.database.rename(aside)
    return aside


@pytest.mark.parametrize("choice", ["restore", "start-empty"])
def test_a_start_with_no_data_file_but_earlier_data_offers_it(
    qtbot: QtBot,
    data_paths: AppPaths,
    choice: str,
) -> None:
    aside = _data_set_aside(data_paths)
    main = _window(qtbot, data_paths)
    box = _box(qtbot, main, "damagedDataQuestion")
    assert box.windowTitle() == "Your data file is missing" or "missing" in box.text()
    assert str(aside.parent) in box.text() and "Restore it?" in box.informativeText()
    assert main.services is None and not data_paths.database.exists()
    name = "restoreOfferedBackupButton" if choice == "restore" else "startWithNoDataButton"
    button = box.findChild(QPushButton, name)
    assert button is not None
    button.click()
    qtbot.waitUntil(lambda: main.services is not None, timeout=10_000)
    assert main.services is not None
    assert _notes(main.services) == ({"my data"} if choice == "restore" else set())
    assert aside.exists()  # the earlier data stays where it was, either way
    main.services.close()


def test_an_unsafe_data_folder_is_named_in_a_plain_warning(qtbot: QtBot, tmp_path: Path) -> None:
    main = MainWindow(lambda: None, reminders=False)  # type: ignore[arg-type, return-value]  # never shown, so the loader never runs
    qtbot.addWidget(main)
    location = UnsafeLocation("cloud", "Dropbox", tmp_path / "Dropbox" / "x", tmp_path / "local")
    main.warn_unsafe_location(location)
    box = _box(qtbot, main, "unsafeLocationDialog")
    assert "Dropbox" in box.text() and str(tmp_path / "local") in box.text()
    box.accept()


def _mounts(tmp_path: Path, point: Path, kind: str) -> Path:
    table = tmp_path / "mounts"
    table.write_text(
        f"/dev/sda1 / ext4 rw 0 0\nserver:/export {str(point).replace(' ', chr(92) + '040')} "
        f"{kind} rw 0 0\n"
    )
    return table


@pytest.mark.parametrize("kind", ["nfs4", "cifs", "fuse.sshfs"])
def test_a_network_mount_is_detected_from_the_mount_table(tmp_path: Path, kind: str) -> None:
    share = tmp_path / "the share"
    folder = share / "data"
    folder.mkdir(parents=True)
    found = unsafe_location(folder, _mounts(tmp_path, share, kind))
    assert found is not None and found.kind == "network" and found.detail == kind
    assert unsafe_location(folder, _mounts(tmp_path, share, "ext4")) is None


@pytest.mark.parametrize(
    "sync", ["Dropbox", "OneDrive - Contoso", "Google Drive", "iCloud Drive", "Nextcloud"]
)
def test_a_cloud_synced_folder_is_detected(tmp_path: Path, sync: str) -> None:
    folder = tmp_path / sync / "belimumab"
    found = unsafe_location(folder, tmp_path / "no-mounts")
    assert found is not None and found.kind == "cloud" and found.detail == sync
    assert "--data-dir" in warning_line(found)
    assert unsafe_location(tmp_path / "Documents" / "belimumab", tmp_path / "no-mounts") is None


def test_the_command_line_warns_in_one_line_and_still_runs(tmp_path: Path) -> None:
    code, _out, err = run_cli(tmp_path / "Dropbox" / "data", "log-symptom", "--text", "Headache")
    assert code == 0
    assert err.count("\n") == 1 and "cloud-synced folder (Dropbox)" in err


def _close_the_next_box(qtbot: QtBot, seen: list[str]) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def close() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, close)
            return
        seen.append(f"{box.objectName()}: {box.text()}")
        box.accept()

    QTimer.singleShot(0, close)


@pytest.mark.parametrize("case", ["empty", "not-a-folder", "database-not-a-file"])
def test_the_window_refuses_an_unusable_data_folder_in_plain_words(
    qtbot: QtBot,
    tmp_path: Path,
    case: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Issue 18, item 7: what the command line refuses in one line, the window says in a plain
    message (and one stderr line), then ends with status 2, changing nothing; `--data-dir ""`
    never opens the real profile."""
    from belimumab_companion.gui_main import run_gui
    from belimumab_companion.paths import default_data_dir

    if case == "empty":
        data_dir = ""
    elif case == "not-a-folder":
        (tmp_path / "a-file").write_text("x")
        data_dir = str(tmp_path / "a-file")
    else:
        (tmp_path / "data" / "companion.sqlite3").mkdir(parents=True)
        data_dir = str(tmp_path / "data")
    from PySide6.QtCore import QLocale

    from belimumab_companion.ui.text.i18n import install_language

    seen: list[str] = []
    _close_the_next_box(qtbot, seen)
    locale = QLocale()
    try:
        assert run_gui(data_dir) == 2
    finally:  # run_gui installs the system's language and locale: leave them as they were
        install_language("en")
        QLocale.setDefault(locale)
    assert len(seen) == 1 and seen[0].startswith("dataFolderProblemDialog: ")
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert not default_data_dir().exists()  # the real profile was never touched


def test_an_instance_that_does_not_answer_is_named_in_a_plain_message(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from belimumab_companion.paths import app_paths
    from belimumab_companion.ui.shell.start_problems import show_already_running

    seen: list[str] = []
    _close_the_next_box(qtbot, seen)
    show_already_running(app_paths(tmp_path / "data"))
    assert len(seen) == 1 and seen[0].startswith("alreadyRunningDialog: ")
    assert str(tmp_path / "data") in seen[0]


def test_a_value_the_app_cannot_read_is_a_plain_message_not_a_crash_dialog(qtbot: QtBot) -> None:
    """Issue 18: a stored date that is not in the app's form (an unpadded year from an old
    bug, a hand-edited file) reaches the window as a plain message, not a traceback."""
    from belimumab_companion.services.errors import StoredValueError
    from belimumab_companion.ui.shell.crash import CrashHandler

    handler = CrashHandler()
    seen: list[str] = []
    _close_the_next_box(qtbot, seen)
    try:
        raise ValueError("while loading the diary") from StoredValueError("26-12-01T09:00Z")
    except ValueError as exc:
        handler.handle(type(exc), exc, exc.__traceback__)
    assert len(seen) == 1 and seen[0].startswith("unreadableValueDialog: ")
    assert "26-12-01" in seen[0]
