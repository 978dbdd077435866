"""Errors the GUI must know about before the database layer is imported (keeps first paint fast)."""

from __future__ import annotations


class DataUnavailableError(RuntimeError):
    """The data file cannot be opened as it is; the message is for the user."""
