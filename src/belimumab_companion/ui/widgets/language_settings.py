"""Settings → Language: follow the system's language, or choose one (used from the next start)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from belimumab_companion.ui.text.i18n import (
    LANGUAGE_NAMES,
    available_languages,
    current_language,
    error_text,
    read_language_choice,
    write_language_choice,
)


class LanguageBox(QGroupBox):
    def __init__(self, language_file: Path, read_only: bool, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Language"), parent)
        self.setObjectName("settingsLanguageBox")
        self._file = language_file
        self.choice = QComboBox()
        self.choice.setObjectName("languageChoice")
        self.choice.addItem(self.tr("The system's language"), "")
        for code in available_languages():
            self.choice.addItem(LANGUAGE_NAMES.get(code, code), code)
        self.choice.setAccessibleName(self.tr("Language of the app"))
        self.choice.setAccessibleDescription(
            self.tr("The language of the app's text, dates and numbers, used from the next start")
        )
        chosen = read_language_choice(language_file)
        self.choice.setCurrentIndex(max(0, self.choice.findData(chosen)))
        self.choice.setEnabled(not read_only)
        self.note = QLabel()
        self.note.setObjectName("languageNote")
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self._show_note()
        label = QLabel(self.tr("&Language:"))
        label.setObjectName("languageLabel")
        label.setBuddy(self.choice)
        form = QFormLayout()
        form.addRow(label, self.choice)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        self.choice.currentIndexChanged.connect(self._changed)

    def _changed(self) -> None:
        try:
            write_language_choice(self._file, str(self.choice.currentData()))
        except (OSError, ValueError) as exc:
            self.note.setText(
                self.tr("The choice could not be saved: %1").replace("%1", error_text(exc))
            )
            return
        self._show_note()

    def _show_note(self) -> None:
        wanted = str(self.choice.currentData())
        if wanted and wanted != current_language():
            self.note.setText(self.tr("The app will use this language the next time it starts."))
        else:
            self.note.setText(
                self.tr("Dates and numbers are written the way this language writes them.")
            )
