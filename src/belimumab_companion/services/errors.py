"""Errors the GUI must know about before the database layer is imported (keeps first paint fast).

No SQLAlchemy and no Qt here: this module is imported before the window first paints.
"""

from __future__ import annotations

from typing import Literal, get_args

from belimumab_companion.user_text import QT_TRANSLATE_NOOP


class DataUnavailableError(RuntimeError):
    """The data file cannot be opened as it is; the message is for the user."""


StorageFailure = Literal["full", "busy", "read-only", "io"]

STORAGE_FAILURES: tuple[StorageFailure, ...] = get_args(StorageFailure)

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


class StorageWriteError(RuntimeError):
    """The environment refused a write (disk full, file locked, read-only, I/O error).

    Not a bug: the user is told in plain words (``str(error)``), what they typed stays in the
    form, and the same action can simply be tried again. ``kind`` is one of
    :data:`STORAGE_FAILURES`; ``code`` is SQLite's (extended) result code name when known, for
    the log (it never contains any of the user's data).
    """

    def __init__(self, kind: StorageFailure, code: str = "") -> None:
        if kind not in STORAGE_MESSAGES:
            raise ValueError(f"unknown storage failure {kind!r}")
        self.kind: StorageFailure = kind
        self.code = code
        super().__init__(STORAGE_MESSAGES[kind])

    @property
    def user_message(self) -> str:
        return STORAGE_MESSAGES[self.kind]


def storage_write_error_in(error: BaseException | None) -> StorageWriteError | None:
    """``error`` itself or the first StorageWriteError it was raised from (or during)."""
    seen: set[int] = set()
    while error is not None and id(error) not in seen:
        if isinstance(error, StorageWriteError):
            return error
        seen.add(id(error))
        error = error.__cause__ or error.__context__
    return None


class StoredValueError(ValueError):
    """A value in the data file is not in the form the app writes (a damaged or hand-edited
    file, or one written by an old bug: a year below 1000 stored without its leading zeros).
    Raised on reading, with the value, instead of a parser's own error; the window and the
    command line say so in plain words (run a check, or restore a backup)."""

    def __init__(self, value: str) -> None:
        self.value = value
        super().__init__(
            f"a stored date and time is not in the app's form (YYYY-MM-DDTHH:MM:SS.ffffffZ): "
            f"{value[:40]!r}"
        )


def stored_value_error_in(error: BaseException | None) -> StoredValueError | None:
    """``error`` itself or the first StoredValueError it was raised from (or during)."""
    seen: set[int] = set()
    while error is not None and id(error) not in seen:
        if isinstance(error, StoredValueError):
            return error
        seen.add(id(error))
        error = error.__cause__ or error.__context__
    return None
