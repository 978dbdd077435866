"""Uncaught exceptions: logged first, then shown with the traceback so a bug can be reported."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

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
        text = "".join(traceback.format_exception(kind, value, tb))
        log.error("Uncaught exception\n%s", text)
        if QCoreApplication.instance() is None or self._showing:
            sys.__excepthook__(kind, value, tb)
            return
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QMessageBox

        self._showing = True
        try:
            box = QMessageBox(QMessageBox.Icon.Critical, "Something went wrong", "")
            box.setObjectName("crashDialog")
            box.setTextFormat(Qt.TextFormat.PlainText)
            box.setText(
                "Belimumab Companion hit an error it did not expect. What you saved before is safe. "
                "The details below were written to the log; please include them if you report the problem."
            )
            box.setDetailedText(text)
            self.last_dialog = box
            box.exec()
        finally:
            self._showing = False
