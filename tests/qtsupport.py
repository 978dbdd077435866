"""Qt helpers shared by GUI tests."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget

from testsupport import MovableClock as MovableClock  # where the window tests have always found it

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from belimumab_companion.paths import AppPaths
    from belimumab_companion.ui.dialogs.diary_entry_dialog import DiaryEntryDialog
    from belimumab_companion.ui.dialogs.red_flag_dialog import RedFlagDialog
    from belimumab_companion.ui.shell.main_window import MainWindow


class MessageCloser:
    """Accepts the application-modal message box the crash handler shows (``exec()``: a nested
    event loop inside the failing click) and remembers (name, title, text, whether ``form`` was
    still visible)."""

    def __init__(self) -> None:
        self.seen: list[tuple[str, str, str, bool]] = []
        self.form: Any = None
        self._tries = 0

    def arm(self, form: Any = None) -> None:
        self.form = form
        self._tries = 400  # 20 s of event-loop time, then give up (the test then fails)
        QTimer.singleShot(50, self._close)

    def _close(self) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            self._tries -= 1
            if self._tries > 0:
                QTimer.singleShot(50, self._close)  # not shown yet: look again
            return
        visible = self.form is not None and bool(self.form.isVisible())
        self.seen.append((box.objectName(), box.windowTitle(), box.text(), visible))
        box.accept()


@contextmanager
def speaking(language: str) -> Iterator[None]:
    """The app's translation for ``language`` installed, and English again afterwards, the
    default locale as it was."""
    from PySide6.QtCore import QLocale

    from belimumab_companion.ui.text import i18n

    before = QLocale()
    i18n.install_language(language)
    try:
        yield
    finally:
        i18n.install_language("en")
        QLocale.setDefault(before)


def child_label(widget: QWidget, name: str) -> QLabel:
    """The QLabel named ``name`` inside ``widget`` (the test fails when there is none)."""
    label = widget.findChild(QLabel, name)
    assert label is not None, f"no QLabel {name!r}"
    return label


def red_flag_screens(dialog: DiaryEntryDialog) -> list[RedFlagDialog]:
    """The red-flag screens a diary dialog opened, in order (the test fails on any other kind)."""
    from belimumab_companion.ui.dialogs.red_flag_dialog import RedFlagDialog

    screens = [s for s in dialog.red_flag_dialogs if isinstance(s, RedFlagDialog)]
    assert len(screens) == len(dialog.red_flag_dialogs), dialog.red_flag_dialogs
    return screens


@contextmanager
def open_window(
    qtbot: QtBot, paths: AppPaths, clock: Callable[[], datetime]
) -> Iterator[MainWindow]:
    """The main window over ``paths`` with ``clock``, shown and its data painted; reminders are
    started by the tests that want them. Stopped, nothing left to undo and every data file closed afterwards."""
    from belimumab_companion.services.app_services import AppServices, build_services
    from belimumab_companion.ui.shell.main_window import MainWindow

    built: list[AppServices] = []

    def loader() -> AppServices:
        built.append(build_services(paths, clock=clock))
        return built[-1]

    main = MainWindow(loader, reminders=False)
    qtbot.addWidget(main)
    with qtbot.waitSignal(main.data_shown, timeout=10_000):
        main.show()
    try:
        yield main
    finally:
        if main.reminder_centre is not None:
            main.reminder_centre.stop()
        # its changes reach data files closed below; left on the application's stack, the
        # last test's would be cleared only as Python exits, after the application is gone
        main.operations.undo_stack.clear()
        for services in built:
            services.close()
