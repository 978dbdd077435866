"""Scenario 5: a data folder that cannot be written. The app starts, says so plainly, shows the
data, saves nothing, and leaves every file exactly as it was (nothing deleted or recreated).

The folder is made read-only for real: ``chmod`` for an ordinary user; for root (whom permissions
do not stop) a read-only bind mount of the folder onto itself."""

from __future__ import annotations

import gc
import hashlib
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from belimumab_companion.gui_main import STARTUP_PROBE_ENV
from belimumab_companion.paths import AppPaths
from belimumab_companion.services.app_services import build_services, start_services
from belimumab_companion.services.backup_service import BackupService
from belimumab_companion.services.clock import fixed_clock
from belimumab_companion.services.diary_service import DiaryInputs
from belimumab_companion.services.errors import StorageWriteError
from belimumab_companion.ui.shell.main_window import MainWindow
from testsupport import FIXED_NOW, run_cli

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="posix permissions")
CLOCK = fixed_clock(FIXED_NOW)


def _snapshot(folder: Path) -> dict[str, str]:
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    } | {str(path.relative_to(folder)) + "/": "" for path in folder.rglob("*") if path.is_dir()}


@contextmanager
def _read_only(folder: Path) -> Iterator[None]:
    if os.geteuid() != 0:
        modes = {path: path.stat().st_mode for path in [folder, *folder.rglob("*")]}
        for path in modes:
            path.chmod(0o500 if path.is_dir() else 0o400)
        try:
            yield
        finally:
            for path, mode in modes.items():
                path.chmod(mode)
        return
    mount = shutil.which("mount")
    bound = mount is not None and (
        subprocess.run(
            [mount, "--bind", "-o", "ro", str(folder), str(folder)], capture_output=True
        ).returncode
        == 0
    )
    if not bound:
        pytest.skip("running as root without the right to make a read-only mount")
    try:
        yield
    finally:
        gc.collect()  # a connection SQLAlchemy invalidated is closed when collected
        if subprocess.run(["umount", str(folder)]).returncode != 0:
            subprocess.run(["umount", "-l", str(folder)])  # never leave a mount behind
            raise AssertionError(f"a file in {folder} was still open after the app closed it")


def _seed(paths: AppPaths) -> None:
    services = build_services(paths, clock=CLOCK)
    services.diary.add(
        DiaryInputs("Headache", FIXED_NOW - timedelta(hours=3), "UTC", severity=2, notes="mine")
    )
    services.backups.back_up_now()
    services.close()


def test_the_window_shows_the_data_read_only_and_changes_nothing(
    qtbot: QtBot,
    data_paths: AppPaths,
) -> None:
    _seed(data_paths)
    before = _snapshot(data_paths.data_dir)
    with _read_only(data_paths.data_dir):
        assert not data_paths.writable()
        backups = BackupService(data_paths, CLOCK)
        main = MainWindow(lambda: start_services(data_paths, backups, CLOCK), reminders=False)
        qtbot.addWidget(main)
        with qtbot.waitSignal(main.data_shown, timeout=10_000):
            main.show()
        services = main.services
        assert services is not None and services.read_only
        assert main.read_only_banner.isVisible()
        assert "Read-only" in main.read_only_banner.text()
        assert str(data_paths.data_dir) in main.read_only_banner.text()
        assert [entry.notes for entry in services.diary.page()] == ["mine"]
        assert services.backups.back_up_if_due(FIXED_NOW + timedelta(days=3)) is None
        with pytest.raises(StorageWriteError) as refused:
            services.diary.add(
                DiaryInputs("Rash", FIXED_NOW - timedelta(hours=1), "UTC", severity=1)
            )
        assert refused.value.kind == "read-only"
        del refused  # its traceback holds the failed connection, which holds the file open
        services.close()
        after = _snapshot(data_paths.data_dir)
    assert after == before


def test_the_app_process_starts_on_a_read_only_folder_and_exits_cleanly(
    data_paths: AppPaths,
) -> None:
    """The whole start (lock, log file, start-up check, automatic backup) in a real process."""
    _seed(data_paths)
    before = _snapshot(data_paths.data_dir)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **{STARTUP_PROBE_ENV: "1"})
    with _read_only(data_paths.data_dir):
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "belimumab_companion",
                "--data-dir",
                str(data_paths.data_dir),
            ],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        after = _snapshot(data_paths.data_dir)
    assert done.returncode == 0, done.stderr
    assert "DATASHOWN" in done.stdout
    assert "Traceback" not in done.stderr
    assert after == before


def test_the_cli_says_nothing_was_saved_on_a_read_only_folder(data_paths: AppPaths) -> None:
    _seed(data_paths)
    before = _snapshot(data_paths.data_dir)
    with _read_only(data_paths.data_dir):
        code, _out, err = run_cli(data_paths.data_dir, "log-symptom", "--text", "Rash")
        listed = run_cli(data_paths.data_dir, "diary", "--json")
        after = _snapshot(data_paths.data_dir)
    assert code == 1 and "nothing was saved: the data folder cannot be written to" in err
    assert "Traceback" not in err
    assert listed[0] == 0 and "mine" in listed[1]
    assert after == before
