"""Esc, Cancel or the close button on a form with typed text asks before discarding it (issue 20).

A mixin for the data-entry dialogs, put before ``QDialog`` in the bases. What the fields hold
when the dialog first shows is the starting point; only text typed since then counts (a date
picked from the calendar is typed into the date field too). The question is window-modal and
asynchronous (``open()``), its default answer "Keep editing".
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QLineEdit, QMessageBox, QPlainTextEdit, QTextEdit, QWidget


def _typed_fields(dialog: QWidget) -> list[QLineEdit | QPlainTextEdit | QTextEdit]:
    fields: list[QLineEdit | QPlainTextEdit | QTextEdit] = [
        *dialog.findChildren(QLineEdit),
        *dialog.findChildren(QPlainTextEdit),
        *dialog.findChildren(QTextEdit),
    ]
    return [field for field in fields if not field.isReadOnly()]


def _text(field: QLineEdit | QPlainTextEdit | QTextEdit) -> str:
    return field.text() if isinstance(field, QLineEdit) else field.toPlainText()


class AsksBeforeDiscarding:
    _typed_at_start: dict[int, str] | None = None
    _discard_confirmed = False
    discard_question: QMessageBox | None = None

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)  # type: ignore[misc]
        if self._typed_at_start is None:
            self._typed_at_start = {id(f): _text(f) for f in _typed_fields(self)}  # type: ignore[arg-type]

    def has_typed_text(self) -> bool:
        start = self._typed_at_start or {}
        return any(
            _text(field).strip() and _text(field) != start.get(id(field), "")
            for field in _typed_fields(self)  # type: ignore[arg-type]
        )

    def reject(self) -> None:
        if self._discard_confirmed or not self.has_typed_text():
            super().reject()  # type: ignore[misc]
            return
        assert isinstance(self, QDialog)
        box = QMessageBox(
            QMessageBox.Icon.Question,
            QCoreApplication.translate("AsksBeforeDiscarding", "Discard what you typed?"),
            QCoreApplication.translate(
                "AsksBeforeDiscarding",
                "What you typed in this form is not saved. Discard it and close?",
            ),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setObjectName("discardTypedText")
        discard = box.addButton(
            QCoreApplication.translate("AsksBeforeDiscarding", "&Discard"),
            QMessageBox.ButtonRole.DestructiveRole,
        )
        discard.setObjectName("discardTypedTextButton")
        keep = box.addButton(
            QCoreApplication.translate("AsksBeforeDiscarding", "&Keep editing"),
            QMessageBox.ButtonRole.RejectRole,
        )
        keep.setObjectName("keepEditingButton")
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        dialog = self

        def answered(button: object) -> None:
            if button is discard:
                self._discard_confirmed = True
                QDialog.reject(dialog)

        box.buttonClicked.connect(answered)
        self.discard_question = box
        box.open()
