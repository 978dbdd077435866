"""Errors the storage layer raises, as codes and values, never as sentences.

Shared by every layer above (services, the window, the command line), which word them: the
English sentences and their translations live in ``services.errors`` (``STORAGE_MESSAGES``).
No SQLAlchemy and no Qt here: the window imports this (through ``services.errors``) before the
database layer, so that its first paint stays fast.
"""

from __future__ import annotations

from typing import Literal, get_args

StorageFailure = Literal["full", "busy", "read-only", "io"]

STORAGE_FAILURES: tuple[StorageFailure, ...] = get_args(StorageFailure)

DATE_TIME_FORM = "YYYY-MM-DDTHH:MM:SS.ffffffZ"


class StorageWriteError(RuntimeError):
    """The environment refused a write (disk full, file locked, read-only, I/O error).

    Not a bug: the user is told in plain words (``services.errors.STORAGE_MESSAGES[kind]``),
    what they typed stays in the form, and the same action can simply be tried again. ``kind``
    is one of :data:`STORAGE_FAILURES`; ``code`` is SQLite's (extended) result code name when
    known, for the log (it never contains any of the user's data).
    """

    def __init__(self, kind: StorageFailure, code: str = "") -> None:
        if kind not in STORAGE_FAILURES:
            raise ValueError(f"unknown storage failure {kind!r}")
        self.kind: StorageFailure = kind
        self.code = code
        super().__init__(
            f"the data file could not be written: {kind}" + (f" ({code})" if code else "")
        )


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
    command line say so in plain words (run a check, or restore a backup). ``form`` names what
    was expected (for the log and the command line): an instant, a time of day, one of a set of
    codes, JSON, the settings."""

    def __init__(self, value: str, form: str = DATE_TIME_FORM) -> None:
        self.value = value
        self.form = form
        super().__init__(f"a stored value is not in the app's form ({form}): {value[:40]!r}")


def stored_value_error_in(error: BaseException | None) -> StoredValueError | None:
    """``error`` itself or the first StoredValueError it was raised from (or during)."""
    seen: set[int] = set()
    while error is not None and id(error) not in seen:
        if isinstance(error, StoredValueError):
            return error
        seen.add(id(error))
        error = error.__cause__ or error.__context__
    return None
