"""Uncaught exceptions: logged first, then shown with the traceback so a bug can be reported.

An environment failure (disk full, data file locked, read-only, I/O error: a
:class:`StorageWriteError`) is not a bug: it is logged as a warning without a traceback and
shown as a plain "Not saved" message. The dialog that was saving stays open with what the user
typed, because the exception aborted its slot before ``accept()``; saving again retries.
"""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from belimumab_companion.services.errors import (
    STORAGE_MESSAGES,
    StorageWriteError,
    StoredValueError,
    storage_write_error_in,
    stored_value_error_in,
)

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

log = logging.getLogger("belimumab_companion.crash")


class CrashHandler:
    def __init__(self) -> None:
        self._showing = False
        self.last_dialog: QMessageBox | None = None

    def install(self) -> None:
        sys.excepthook = self.handle

    def handle(
        self, kind: type[BaseException], value: BaseException, tb: TracebackType | None
    ) -> None:
        storage = storage_write_error_in(value)
        if storage is not None:
            self._storage_failed(storage)
            return
        stored = stored_value_error_in(value)
        if stored is not None:
            self._unreadable_value(stored)
            return
        text = "".join(traceback.format_exception(kind, value, tb))
        log.error("Uncaught exception\n%s", text)
        if QCoreApplication.instance() is None or self._showing:
            sys.__excepthook__(kind, value, tb)
            return
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QMessageBox

        self._showing = True
        try:
            box = QMessageBox(
                QMessageBox.Icon.Critical,
                QCoreApplication.translate("crash", "Something went wrong"),
                "",
            )
            box.setObjectName("crashDialog")
            box.setTextFormat(Qt.TextFormat.PlainText)
            box.setText(
                QCoreApplication.translate(
                    "crash",
                    "Belimumab Companion hit an error it did not expect. What you saved before is "
                    "safe. The details below were written to the log; please include them if you "
                    "report the problem.",
                )
            )
            box.setDetailedText(text)
            self.last_dialog = box
            box.exec()
        finally:
            self._showing = False

    def _storage_failed(self, error: StorageWriteError) -> None:
        # The code (e.g. SQLITE_FULL) only: never the statement or its parameters (health data).
        log.warning("Not saved: storage %s (%s)", error.kind, error.code or "no code")
        if QCoreApplication.instance() is None or self._showing:
            print(f"Not saved: {STORAGE_MESSAGES[error.kind]}", file=sys.stderr)
            return
        from belimumab_companion.ui.shell.operations import not_saved_box

        self._showing = True
        try:
            box = not_saved_box(error)
            self.last_dialog = box
            box.exec()
        finally:
            self._showing = False

    def _unreadable_value(self, error: StoredValueError) -> None:
        """Issue 18: a value in the data file the app cannot read is not a bug to report with a
        traceback but a damaged file: say so, and what to do."""
        log.warning("a stored value could not be read")  # never the value (health data)
        if QCoreApplication.instance() is None or self._showing:
            print(f"Belimumab Companion: {error}", file=sys.stderr)
            return
        from belimumab_companion.ui.shell.operations import unreadable_value_box

        self._showing = True
        try:
            box = unreadable_value_box(error)
            self.last_dialog = box
            box.exec()
        finally:
            self._showing = False
