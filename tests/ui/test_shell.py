"""The app shell: crash dialog, theme, logging, and whole-process starts."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from belimumab_companion.logging_setup import setup_logging
from belimumab_companion.storage.database import head_revision, schema_revision
from belimumab_companion.ui.shell.crash import CrashHandler
from belimumab_companion.ui.shell.main_window import MainWindow
from belimumab_companion.ui.shell.single_instance import server_name
from belimumab_companion.ui.shell.theme import apply_scheme, is_dark
from processes import wait_until


def _app_env(**extra: str) -> dict[str, str]:
    return dict(os.environ, QT_QPA_PLATFORM="offscreen", **extra)


@pytest.mark.expect_log_errors(match="^Uncaught exception")
def test_crash_is_logged_then_shown_with_the_traceback(qtbot: QtBot, tmp_path: Path) -> None:
    handler_log = setup_logging(tmp_path / "logs" / "app.log")
    crash = CrashHandler()
    seen: list[str] = []

    def close_dialog() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):  # not shown yet: look again on the next turn
            QTimer.singleShot(20, close_dialog)
            return
        seen.append(box.detailedText())
        box.close()

    QTimer.singleShot(0, close_dialog)
    try:
        raise ValueError("boom from a test")
    except ValueError as exc:
        crash.handle(ValueError, exc, exc.__traceback__)
    logging.getLogger("belimumab_companion").removeHandler(handler_log)
    handler_log.close()
    assert seen and "ValueError: boom from a test" in seen[0]
    assert crash.last_dialog is not None and crash.last_dialog.objectName() == "crashDialog"
    log_text = (tmp_path / "logs" / "app.log").read_text()
    assert "Uncaught exception" in log_text and "ValueError: boom from a test" in log_text


def test_dark_scheme_switches_the_palette_and_back(qtbot: QtBot, window: MainWindow) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    original = app.palette()
    try:
        apply_scheme(app, Qt.ColorScheme.Dark)
        assert is_dark(app.palette())
        qtbot.waitUntil(lambda: is_dark(window.drug_info.browser.palette()), timeout=2000)
        apply_scheme(app, Qt.ColorScheme.Light)
        assert not is_dark(app.palette())
    finally:
        app.setPalette(original)


def test_a_fresh_start_opens_migrates_and_logs_no_health_data(tmp_path: Path) -> None:
    data = tmp_path / "fresh"
    result = subprocess.run(
        [sys.executable, "-m", "belimumab_companion", "--data-dir", str(data)],
        env=_app_env(BELIMUMAB_COMPANION_STARTUP_PROBE="1"),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    markers = [line.split()[0] for line in result.stdout.splitlines()]
    assert markers == ["FIRSTPAINT", "DATASHOWN"]
    assert schema_revision(data / "companion.sqlite3") == head_revision()
    log_file = data / "logs" / "belimumab-companion.log"
    assert log_file.stat().st_mode & 0o777 == 0o600
    text = log_file.read_text()
    assert "start 0.1.0" in text and "quit" in text
    messages = text.lower().replace("belimumab_companion", "")
    for health_word in ("belimumab", "benlysta", "lupus", "dose", " mg", "inject"):
        assert health_word not in messages
    assert not (data / "instance.lock").exists()


def test_a_second_start_raises_the_running_window_and_exits(tmp_path: Path) -> None:
    data = tmp_path / "shared"
    first = subprocess.Popen(
        [sys.executable, "-m", "belimumab_companion", "--data-dir", str(data)],
        env=_app_env(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        log_file = data / "logs" / "belimumab-companion.log"
        # The first instance listens for a second start just after it logs "start".
        socket = Path(server_name(data / "instance.lock"))
        wait_until(
            lambda: (
                first.poll() is not None
                or (log_file.exists() and "start" in log_file.read_text() and socket.exists())
            ),
            60,
            "the first instance to start and listen",
        )
        assert first.poll() is None, "the first instance ended"
        second = subprocess.run(
            [sys.executable, "-m", "belimumab_companion", "--data-dir", str(data)],
            env=_app_env(),
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert second.returncode == 0, second.stderr
        wait_until(
            lambda: "raised the window for a second start" in log_file.read_text(),
            30,
            "the first instance to log that it raised its window",
        )
        assert first.poll() is None, "the first instance must keep running"
    finally:
        first.terminate()
        first.wait(timeout=30)


@pytest.mark.parametrize("argv", [["--page", "nowhere"], ["--bogus"]])
def test_bad_arguments_exit_2_without_opening_a_window(argv: list[str], tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "belimumab_companion", "--data-dir", str(tmp_path / "d"), *argv],
        env=_app_env(),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert "usage:" in result.stderr
    assert not (tmp_path / "d").exists()


def test_demo_starts_shows_data_and_leaves_nothing_behind(tmp_path: Path) -> None:
    # A temporary folder of its own: another test run (another xdist worker, another checkout
    # on the machine) may start a demo in the shared one meanwhile.
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    result = subprocess.run(
        [sys.executable, "-m", "belimumab_companion", "--demo"],
        env=_app_env(BELIMUMAB_COMPANION_STARTUP_PROBE="1", TMPDIR=str(scratch)),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert [line.split()[0] for line in result.stdout.splitlines()] == ["FIRSTPAINT", "DATASHOWN"]
    assert list(scratch.glob("belimumab-companion-demo-*")) == []
