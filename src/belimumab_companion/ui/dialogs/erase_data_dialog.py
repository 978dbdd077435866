"""The "Erase all data" confirmation: what goes, what stays, and a word to type.

The Erase button is enabled only while the field holds the confirmation word (any case, spaces
around it ignored: :func:`~belimumab_companion.services.erase_data.confirmation_matches`). Cancel
is the default button and Escape cancels; Enter in the word field does nothing at all, so that
neither a habit (typing the word, pressing Enter) nor a slip erases anything or silently closes
the dialog: erasing takes a click on (or Space/Enter with the focus on) "Erase everything".
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from belimumab_companion.paths import AppPaths
from belimumab_companion.services.erase_data import (
    ERASE_CONFIRMATION_WORD,
    EraseResult,
    confirmation_matches,
)
from belimumab_companion.ui.dialogs.common import plain_label
from belimumab_companion.ui.text.i18n import counted, user_text
from belimumab_companion.ui.text.locale_format import integer_text
from belimumab_companion.user_text import QT_TRANSLATE_NOOP, fill


def _plain_label(text: str, object_name: str, accessible_name: str) -> QLabel:
    return plain_label(object_name, text, accessible_name)  # paths shown as they are


class EraseDataDialog(QDialog):
    def __init__(
        self, paths: AppPaths, parent: QWidget | None = None, word: str = ERASE_CONFIRMATION_WORD
    ) -> None:
        super().__init__(parent)
        self.setObjectName("eraseDataDialog")
        self.setWindowTitle(self.tr("Erase all data"))
        self.setAccessibleName(self.tr("Erase all data"))
        self.word = word
        heading = _plain_label(
            self.tr(
                "This removes everything Belimumab Companion keeps on this computer. It cannot be "
                "undone: no backup is left afterwards."
            ),
            "eraseHeading",
            self.tr("Warning"),
        )
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        removed = "\n".join(
            (
                self.tr("What will be removed:"),
                "• "
                + fill(
                    self.tr("Your data file: %1 (with its -wal and -shm files)"),
                    (str(paths.database),),
                ),
                "• " + fill(self.tr("Every backup, in %1"), (str(paths.backups_dir),)),
                "• " + fill(self.tr("The log files, in %1"), (str(paths.logs_dir),)),
                "• "
                + fill(
                    self.tr("Data files set aside after damage or a restore, in %1"),
                    (str(paths.quarantine_dir),),
                ),
                "• " + self.tr("The start-at-login entry, if you turned it on"),
            )
        )
        self.removed_text = _plain_label(removed, "eraseWhatGoes", self.tr("What will be removed"))
        kept = "\n".join(
            (
                self.tr("What stays:"),
                "• "
                + self.tr(
                    "Files you exported and saved elsewhere (CSV, calendar, FHIR, PDF reports)."
                ),
                "• "
                + self.tr(
                    "Files in the data folder that the app did not make; the app lists them "
                    "afterwards."
                ),
            )
        )
        self.kept_text = _plain_label(kept, "eraseWhatStays", self.tr("What stays"))
        honesty = _plain_label(
            self.tr(
                "The files are deleted the ordinary way, from this computer's folder; they are "
                "not securely wiped. If you may want your data later, export it or copy a backup "
                "somewhere else first. The app closes when it is done."
            ),
            "eraseHowItIsDone",
            self.tr("How the files are removed"),
        )
        prompt = QLabel(fill(self.tr("To confirm, type %1 here:"), (word,)))
        prompt.setObjectName("eraseWordPrompt")
        prompt.setAccessibleName(self.tr("Confirmation prompt"))
        prompt.setTextFormat(Qt.TextFormat.PlainText)
        prompt.setWordWrap(True)
        self.word_edit = QLineEdit()
        self.word_edit.setObjectName("eraseConfirmWord")
        self.word_edit.setAccessibleName(fill(self.tr("Type %1 to confirm"), (word,)))
        self.word_edit.setAccessibleDescription(
            self.tr("The Erase everything button works only once the word is typed here")
        )
        self.word_edit.setClearButtonEnabled(False)
        prompt.setBuddy(self.word_edit)
        self.word_edit.installEventFilter(self)
        self.word_edit.textChanged.connect(self._word_changed)

        buttons = QDialogButtonBox()
        buttons.setObjectName("eraseButtons")
        buttons.setAccessibleName(self.tr("Erase or cancel"))
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        assert self.cancel_button is not None
        self.cancel_button.setObjectName("eraseCancelButton")
        self.cancel_button.setAccessibleName(self.tr("Cancel: erase nothing"))
        self.cancel_button.setAccessibleDescription(self.tr("Close this window and keep your data"))
        self.confirm_button = QPushButton(self.tr("Erase everything"))
        self.confirm_button.setObjectName("eraseConfirmButton")
        self.confirm_button.setAccessibleName(self.tr("Erase everything"))
        self.confirm_button.setAccessibleDescription(
            self.tr(
                "Delete all the data listed above now, then close the app. It cannot be undone."
            )
        )
        self.confirm_button.setEnabled(False)
        self.confirm_button.setAutoDefault(False)
        buttons.addButton(self.confirm_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.cancel_button.setDefault(True)
        self.confirm_button.clicked.connect(self._confirm)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.removed_text)
        layout.addWidget(self.kept_text)
        layout.addWidget(honesty)
        layout.addWidget(prompt)
        layout.addWidget(self.word_edit)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
        self.word_edit.setFocus()

    def _word_changed(self, text: str) -> None:
        self.confirm_button.setEnabled(confirmation_matches(text, self.word))

    def _confirm(self) -> None:
        if confirmation_matches(self.word_edit.text(), self.word):
            self.accept()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.word_edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            return True  # neither erase nor cancel: see the module docstring
        return super().eventFilter(watched, event)


MAX_LISTED = 20  # a data folder pointed at a busy folder could hold thousands of other files


def _listed(items: Sequence[str]) -> list[str]:
    lines = [f"• {item}" for item in items[:MAX_LISTED]]
    if len(items) > MAX_LISTED:
        lines.append(
            "• "
            + fill(
                QCoreApplication.translate("EraseDataDialog", "and %1 more"),
                (integer_text(len(items) - MAX_LISTED),),
            )
        )
    return lines


def erased_message(result: EraseResult) -> tuple[bool, str, str]:
    """(a warning?, title, plain text) for the message after an erase."""
    lines = [
        counted(
            "EraseDataDialog",
            QT_TRANSLATE_NOOP(
                "EraseDataDialog",
                "Removed from this computer's folder (%n files in all): your data file, its "
                "backups, the log files and any set-aside files. They were deleted, not securely "
                "wiped.",
            ),
            len(result.removed_files),
        )
        if result.removed_files
        else QCoreApplication.translate("EraseDataDialog", "There was no data to remove."),
    ]
    if result.autostart_error is None:
        lines.append(
            QCoreApplication.translate("EraseDataDialog", "The app will no longer start at login.")
        )
    else:
        lines.append(
            fill(
                QCoreApplication.translate(
                    "EraseDataDialog", "The start-at-login entry could not be removed: %1"
                ),
                (
                    user_text(result.autostart_error_text)
                    if result.autostart_error_text is not None
                    else result.autostart_error,
                ),
            )
        )
    if result.failed:
        lines += [
            "",
            QCoreApplication.translate(
                "EraseDataDialog", "These files could not be removed; please delete them yourself:"
            ),
        ]
        lines += _listed([f"{path} ({user_text(reason)})" for path, reason in result.failed])
    if result.left:
        lines += [
            "",
            QCoreApplication.translate(
                "EraseDataDialog", "These files were not made by the app and were left as they are:"
            ),
        ]
        lines += _listed([str(path) for path in result.left])
    lines += [
        "",
        QCoreApplication.translate(
            "EraseDataDialog",
            "Files you exported elsewhere were not touched. The app will now close.",
        ),
    ]
    title = (
        QCoreApplication.translate("EraseDataDialog", "Your data was erased")
        if result.complete
        else QCoreApplication.translate("EraseDataDialog", "Not everything was erased")
    )
    return (not result.complete, title, "\n".join(lines))
