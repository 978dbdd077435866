"""The Diary's symptom filter: its list is read when the user reaches for it, not on paint."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QFocusEvent, QKeyEvent, QWheelEvent
from PySide6.QtWidgets import QComboBox, QWidget

from belimumab_companion.ui.text.symptom_text import symptom_text

if TYPE_CHECKING:
    from belimumab_companion.services.diary_service import SymptomChoice


def symptom_key(symptom: str) -> str:
    return " ".join(symptom.casefold().split())


class SymptomCombo(QComboBox):
    """The symptom filter. Its list is a GROUP BY over the whole diary (about 200 ms at 100,000
    entries), so it is read when the user reaches for the list (focus, popup, keys, wheel), not
    while the page paints nor after every save. The chosen symptom stays chosen, and listed,
    even when its last entry was deleted (the table then says that nothing matches)."""

    def __init__(self, all_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._all_text = all_text
        self._loader: Callable[[], list[SymptomChoice]] | None = None
        self._stale = False
        self.addItem(all_text, None)

    def set_loader(self, loader: Callable[[], list[SymptomChoice]]) -> None:
        self._loader = loader
        self._stale = True

    def mark_stale(self) -> None:
        self._stale = self._loader is not None

    def ensure_filled(self) -> None:
        if not self._stale or self._loader is None:
            return
        self._stale = False

        choices = self._loader()
        current = self.currentData()
        current_text = self.currentText()
        keys = {symptom_key(choice.name) for choice in choices}
        # each shown in the user's language (a catalogue term) or as written; the key stays
        shown = [(symptom_text(c.name, c.code), c.name) for c in choices]
        if current and symptom_key(current) not in keys:
            shown.append((current_text, current))
        shown.sort(key=lambda item: symptom_key(item[0]))
        self.blockSignals(True)  # the choice does not change: no new query
        try:
            self.clear()
            self.addItem(self._all_text, None)
            chosen = 0
            for index, (text, name) in enumerate(shown, start=1):
                self.addItem(text, name)
                if current and symptom_key(name) == symptom_key(current):
                    chosen = index
            self.setCurrentIndex(chosen)
        finally:
            self.blockSignals(False)

    def showPopup(self) -> None:
        self.ensure_filled()
        super().showPopup()

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.ensure_filled()
        super().focusInEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self.ensure_filled()
        super().keyPressEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        self.ensure_filled()
        super().wheelEvent(event)
