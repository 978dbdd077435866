"""Issue 21 item 6: Python's cyclic garbage collector waits while the window starts (its
collections only scanned the objects start-up creates to live as long as the app: about 70 ms
before Today's data showed) and runs again once the data is on the screen."""

from __future__ import annotations

import gc
import os
import subprocess
import sys

from belimumab_companion.gui_main import StartUpCollector
from belimumab_companion.paths import AppPaths

# The real start (gui_main.run_gui) in a fresh interpreter; at the window's "data painted" it
# says whether the collector was paused until then and runs again after, then quits.
START = """
import gc, sys
from PySide6.QtWidgets import QApplication
from belimumab_companion import gui_main
from belimumab_companion.ui.shell.main_window import MainWindow

real = MainWindow._data_painted

def painted(self):
    before = gc.isenabled()
    real(self)
    print(f"before: {before} after: {gc.isenabled()}", flush=True)
    QApplication.quit()

MainWindow._data_painted = painted
MainWindow.start_reminders = lambda self: None  # no tray or notifications in this test
sys.exit(gui_main.run_gui(sys.argv[1]))
"""


def test_the_collector_waits_until_the_data_is_painted(migrated_paths: AppPaths) -> None:
    result = subprocess.run(
        [sys.executable, "-c", START, str(migrated_paths.data_dir)],
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "before: False after: True" in result.stdout.splitlines()


def test_a_paused_collector_resumes_once_and_one_that_was_off_stays_off() -> None:
    assert gc.isenabled()
    collector = StartUpCollector()
    try:
        assert not gc.isenabled()
        collector.resume()
        assert gc.isenabled()
        gc.disable()
        collector.resume()  # once only: it does not turn on what someone else turned off
        assert not gc.isenabled()
    finally:
        gc.enable()
    gc.disable()
    try:
        StartUpCollector().resume()
        assert not gc.isenabled()
    finally:
        gc.enable()
