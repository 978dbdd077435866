"""The first paint that shows the data, and the start-up benchmark's probe.

``after_next_paint(window, action)`` runs ``action`` at the window's next paint (any of its
widgets): the window uses it to start the reminder engine and the automatic backup only once the
data the user waits for is on the screen. The probe (``BELIMUMAB_COMPANION_STARTUP_PROBE=1``)
prints ``FIRSTPAINT <epoch>`` at the first paint and ``DATASHOWN <epoch>`` at the first paint
after the data reached the pages, then quits.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

if TYPE_CHECKING:
    from belimumab_companion.ui.shell.main_window import MainWindow


class _NextPaint(QObject):
    """Watches every paint in the application until one lands in ``window``."""

    def __init__(self, window: QWidget, action: Callable[[], None]) -> None:
        super().__init__(window)
        self._window = window
        self._action: Callable[[], None] | None = action

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and watched.window() is self._window
        ):
            self.fire()
        return False

    def fire(self) -> None:
        action, self._action = self._action, None
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        if action is not None:
            action()


def after_next_paint(window: QWidget, action: Callable[[], None], limit_ms: int = 2000) -> None:
    """``action`` at ``window``'s next paint; at once if it is hidden, and after ``limit_ms``
    at the latest (a paint that never comes must not stop the reminders)."""
    app = QApplication.instance()
    watcher = _NextPaint(window, action)
    if app is None or not window.isVisible():
        QTimer.singleShot(0, watcher.fire)
        return
    app.installEventFilter(watcher)
    QTimer.singleShot(limit_ms, watcher, watcher.fire)


def install_probe(app: QApplication, window: MainWindow) -> None:
    def data_painted() -> None:
        print(f"DATASHOWN {time.time():.6f}", flush=True)
        app.quit()

    window.first_painted.connect(lambda: print(f"FIRSTPAINT {time.time():.6f}", flush=True))
    window.data_shown.connect(lambda: after_next_paint(window, data_painted))
    window.load_failed.connect(lambda _message: app.exit(3))
