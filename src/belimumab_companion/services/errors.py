"""Errors the GUI must know about before the database layer is imported (keeps first paint fast),
and the words for the storage layer's error codes.

No SQLAlchemy and no Qt here: this module is imported before the window first paints. The
storage errors themselves live in ``storage.errors`` (below both layers that use them); they are
re-exported here because the window never imports storage.
"""

from __future__ import annotations

from belimumab_companion.storage.errors import (
    STORAGE_FAILURES,
    StorageFailure,
    StorageWriteError,
    StoredValueError,
    storage_write_error_in,
    stored_value_error_in,
)
from belimumab_companion.user_text import QT_TRANSLATE_NOOP, UserText, message

__all__ = [
    "STORAGE_FAILURES",
    "STORAGE_MESSAGES",
    "DataUnavailableError",
    "StorageFailure",
    "StorageWriteError",
    "StoredValueError",
    "storage_write_error_in",
    "storage_write_text",
    "stored_value_error_in",
]


class DataUnavailableError(RuntimeError):
    """The data file cannot be opened as it is; the message is for the user."""


STORAGE_MESSAGES: dict[StorageFailure, str] = {
    "full": QT_TRANSLATE_NOOP(
        "Messages",
        "Your entry was not saved: the disk is full. What you typed is still here; "
        "free some space and try again.",
    ),
    "busy": QT_TRANSLATE_NOOP(
        "Messages",
        "Your entry was not saved: another program is using the data file right now. "
        "What you typed is still here; try again in a moment.",
    ),
    "read-only": QT_TRANSLATE_NOOP(
        "Messages",
        "Your entry was not saved: the data folder cannot be written to (it is read-only "
        "or you do not have permission). What you typed is still here; make the folder "
        "writable again, then try again.",
    ),
    "io": QT_TRANSLATE_NOOP(
        "Messages",
        "Your entry was not saved: the computer could not write to the disk. What you typed "
        "is still here; check that the disk is connected and working, then try again.",
    ),
}


def storage_write_text(error: StorageWriteError) -> UserText:
    """What to tell the user when the environment refused a write (translatable)."""
    return message(STORAGE_MESSAGES[error.kind])
