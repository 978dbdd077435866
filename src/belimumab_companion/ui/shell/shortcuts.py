"""The window-wide shortcuts (the main window's Actions and Go menus), and how they are written
on this platform. A module of its own so the window names them without importing the pages."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence

LOG_DOSE_SHORTCUT = "Ctrl+D"  # Today's "Log this dose…"
LOG_SYMPTOM_SHORTCUT = "Ctrl+L"  # Today's "Log a symptom…" (a new diary entry)


def shortcut_text(keys: str) -> str:
    """A shortcut as this platform writes it ("Ctrl+D", "⌘D")."""
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)
