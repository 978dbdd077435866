"""The window's size, position and page, kept between runs (issue 20).

Kept in the data folder (``window.ini``), beside the language file: like it, it is read before
the database opens, and a second data folder (the demo, a test) has its own. A saved size that
no longer fits the screen (a smaller monitor, a lower resolution) is not restored: the window then
opens at a size that fits.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, QSize
from PySide6.QtGui import QGuiApplication

if TYPE_CHECKING:
    from belimumab_companion.ui.shell.main_window import MainWindow

# What the window asks for when there is room: every page fits at 1024×700 and up.
PREFERRED = QSize(1100, 760)
SMALLEST = QSize(960, 640)


def fitting_size(available: QSize) -> QSize:
    """The preferred size, shrunk to the screen's free area (minus the window frame's share)."""
    width = min(PREFERRED.width(), max(SMALLEST.width(), available.width() - 16))
    height = min(PREFERRED.height(), max(SMALLEST.height(), available.height() - 40))
    return QSize(min(width, available.width()), min(height, available.height()))


def fit_to_screen(window: MainWindow) -> None:
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        window.resize(PREFERRED)
        return
    window.resize(fitting_size(screen.availableGeometry().size()))


class WindowStateFile:
    def __init__(self, file: Path) -> None:
        self._settings = QSettings(str(file), QSettings.Format.IniFormat)

    def restore(self, window: MainWindow, *, page: bool = True) -> None:
        geometry = self._settings.value("geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            before = window.size()
            window.restoreGeometry(geometry)
            screen = window.screen() or QGuiApplication.primaryScreen()
            if screen is not None:
                room = screen.availableGeometry().size()
                if window.width() > room.width() or window.height() > room.height():
                    window.resize(before)  # saved on a larger screen: what fits instead
        key = self._settings.value("page")
        if page and isinstance(key, str) and key in window.page_keys:
            window.show_page(key)

    def save(self, window: MainWindow) -> None:
        self._settings.setValue("geometry", window.saveGeometry())
        self._settings.setValue("page", window.current_page_key())
        self._settings.sync()
