"""Issue 20, item 3: the window opens at a size that fits the screen (1024×700 and up) and
remembers its size and page between runs (window.ini in the data folder)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QSize
from pytestqt.qtbot import QtBot

from belimumab_companion.ui.shell.main_window import MainWindow
from belimumab_companion.ui.shell.window_state import PREFERRED, WindowStateFile, fitting_size


@pytest.mark.parametrize(
    ("screen", "expected"),
    [
        (QSize(1024, 700), QSize(1008, 660)),
        (QSize(1366, 768), QSize(1100, 728)),
        (QSize(1920, 1080), PREFERRED),
        (QSize(800, 600), QSize(800, 600)),  # never larger than the screen, whatever the floor
    ],
)
def test_the_window_size_fits_the_screen(screen: QSize, expected: QSize) -> None:
    size = fitting_size(screen)
    assert size == expected
    assert size.width() <= screen.width() and size.height() <= screen.height()


def test_size_and_page_come_back_on_the_next_start(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    screen = window.screen()
    assert screen is not None
    room = screen.availableGeometry().size()
    saved = QSize(room.width() - 120, room.height() - 100)
    state_file = tmp_path / "window.ini"
    window.resize(saved)
    window.show_page("diary")
    WindowStateFile(state_file).save(window)
    assert QSettings(str(state_file), QSettings.Format.IniFormat).value("page") == "diary"

    window.resize(room.width() - 60, room.height() - 50)
    window.show_page("today")
    WindowStateFile(state_file).restore(window)
    assert window.current_page_key() == "diary"
    assert window.size() == saved

    window.show_page("schedule")  # a page given on the command line wins
    WindowStateFile(state_file).restore(window, page=False)
    assert window.current_page_key() == "schedule"


def test_a_size_saved_on_a_bigger_screen_is_not_restored(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    screen = window.screen()
    assert screen is not None
    room = screen.availableGeometry().size()
    state_file = tmp_path / "window.ini"
    window.resize(room.width() + 400, room.height() + 400)
    WindowStateFile(state_file).save(window)
    window.resize(900, 600)
    WindowStateFile(state_file).restore(window)
    assert window.width() <= room.width() and window.height() <= room.height()
