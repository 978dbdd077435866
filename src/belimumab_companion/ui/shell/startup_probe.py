"""The start-up benchmark's probe (``BELIMUMAB_COMPANION_STARTUP_PROBE=1``): print
``FIRSTPAINT <epoch>`` when the window first paints and ``DATASHOWN <epoch>`` at the first paint
after the data was put on the pages (the moment the user sees it), then quit."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

if TYPE_CHECKING:
    from belimumab_companion.ui.shell.main_window import MainWindow


class _PaintWithData(QObject):
    """Watches every paint in the application until one lands in ``window``."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and watched.window() is self._window
        ):
            app = QApplication.instance()
            if app is not None:
                app.removeEventFilter(self)
                print(f"DATASHOWN {time.time():.6f}", flush=True)
                app.quit()
        return False


def install_probe(app: QApplication, window: MainWindow) -> None:
    watcher = _PaintWithData(window)
    window.first_painted.connect(lambda: print(f"FIRSTPAINT {time.time():.6f}", flush=True))
    window.data_shown.connect(lambda: app.installEventFilter(watcher))
    window.load_failed.connect(lambda _message: app.exit(3))
