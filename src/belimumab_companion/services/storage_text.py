"""The words for the storage layer's codes: storage raises codes and values, this table turns them
into the sentences the window (translated: the ``Messages`` context) and the command line show.

No Qt and no SQLAlchemy here. The services raise the worded errors below (:class:`BackupRefused`,
:class:`BackupError`, ``DataUnusableError``) where a storage error crosses into a use case, so
the window and the command line keep reading ``text`` (translatable) and ``str()`` (English).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

from belimumab_companion.storage import backup as stored_backup
from belimumab_companion.storage.database import DatabaseOpenError
from belimumab_companion.user_text import QT_TRANSLATE_NOOP, UserText, message

# Why a file offered for a restore was refused (storage.backup.BackupRefused.reason), the
# sentence taking the refusal's values as %1, %2.
BACKUP_REFUSALS: dict[str, str] = {
    "file-unreadable": QT_TRANSLATE_NOOP("Messages", "The file %1 cannot be read (%2)."),
    "not-a-regular-file": QT_TRANSLATE_NOOP("Messages", "%1 is not a regular file."),
    "not-a-backup-file": QT_TRANSLATE_NOOP(
        "Messages", "%1 is not a Belimumab Companion backup file."
    ),
    "too-large": QT_TRANSLATE_NOOP(
        "Messages", "%1 is larger than %2 MB: too large to be a Belimumab Companion backup."
    ),
    "cannot-open": QT_TRANSLATE_NOOP("Messages", "The backup cannot be opened (%1)."),
    "damaged": QT_TRANSLATE_NOOP("Messages", "The backup is damaged and cannot be used (%1)."),
    "not-our-file": QT_TRANSLATE_NOOP(
        "Messages", "This SQLite file was not made by Belimumab Companion."
    ),
    "unsafe-schema": QT_TRANSLATE_NOOP(
        "Messages",
        "The backup contains things Belimumab Companion never makes (%1); it was "
        "refused for safety.",
    ),
    "no-single-version": QT_TRANSLATE_NOOP("Messages", "The backup has no single schema version."),
    "too-new": QT_TRANSLATE_NOOP(
        "Messages",
        "The backup was written by a newer version of Belimumab Companion (schema "
        "%1). Install the newer version to restore it.",
    ),
    "unknown-tables": QT_TRANSLATE_NOOP(
        "Messages", "The backup has tables Belimumab Companion does not know (%1)."
    ),
    "schema-mismatch": QT_TRANSLATE_NOOP(
        "Messages",
        "The backup's tables are not the ones Belimumab Companion makes (%1); it was refused.",
    ),
    "broken-links": QT_TRANSLATE_NOOP(
        "Messages", "The backup has entries that point at entries it does not hold (in %1)."
    ),
}

# Why a backup could not be made (storage.backup.BackupError.code); its values joined by "; ".
BACKUP_ERRORS: dict[str, str] = {
    "integrity": QT_TRANSLATE_NOOP(
        "Messages",
        "the copy failed its integrity check (%1), so it was not kept; your data is unchanged",
    ),
}

# Why the data file cannot be opened (storage.database.DatabaseOpenError.code and the read-only
# opening's codes), the sentence taking the error's values as %1, %2...
DATABASE_OPEN_MESSAGES: dict[str, str] = {
    "too-new": QT_TRANSLATE_NOOP(
        "Messages",
        "The data file %1 was written by a newer version of Belimumab Companion "
        "(schema %2). It has not been changed. Install the newer version to use it.",
    ),
    "not-ours": QT_TRANSLATE_NOOP(
        "Messages", "The file %1 is not a Belimumab Companion data file (%2)."
    ),
    # values: the failure, the data file, its revision (and the copy made before the attempt)
    "migration-failed": QT_TRANSLATE_NOOP(
        "Messages",
        "Your data could not be brought up to date for this version of Belimumab "
        "Companion (%1). Nothing was lost: the data file %2 is unchanged, still at its "
        "earlier version (%3). The app will not open it like this; please report the "
        "problem (the log has the details), or go back to the version you had before.",
    ),
    "migration-failed-with-copy": QT_TRANSLATE_NOOP(
        "Messages",
        "Your data could not be brought up to date for this version of Belimumab "
        "Companion (%1). Nothing was lost: the data file %2 is unchanged, still at its "
        "earlier version (%3). A copy made just before the attempt is in %4. The app "
        "will not open it like this; please report the problem (the log has the "
        "details), or go back to the version you had before.",
    ),
    "read-only-no-data": QT_TRANSLATE_NOOP(
        "Messages",
        "The data folder %1 cannot be written to, and there is no data in it yet. "
        "Choose a folder you can write to, or fix this one's permissions.",
    ),
    "read-only-needs-upgrade": QT_TRANSLATE_NOOP(
        "Messages",
        "Your data in %1 was saved by an earlier version and must be brought up to "
        "date, which needs to write to it; the folder cannot be written to. Nothing "
        "was changed. Fix the folder's permissions, then start again.",
    ),
}


# Why the data file cannot be replaced or removed now (storage.backup.DatabaseInUseError.code),
# %1 the file (or the data folder, for "locked").
DATA_IN_USE_MESSAGES: dict[str, str] = {
    "still-open": QT_TRANSLATE_NOOP(
        "Messages", "the data file %1 is still open, in this app or in another program"
    ),
    "wal-pending": QT_TRANSLATE_NOOP(
        "Messages",
        "the data file %1 still has changes not yet written into it: it is still open, in this "
        "app or in another program",
    ),
    "locked": QT_TRANSLATE_NOOP(
        "Messages",
        "the data in %1 is in use by another program (the app or a command): quit it, then try "
        "again",
    ),
}


class DataInUseError(stored_backup.DatabaseInUseError):
    """storage's DatabaseInUseError with its words: ``text`` translatable, ``str()`` English."""

    def __init__(self, code: str, path: Path) -> None:
        super().__init__(code, path)
        self.text = message(DATA_IN_USE_MESSAGES[code], str(path))
        self.args = (str(self.text),)


class BackupError(RuntimeError):
    """A backup that could not be made safely; ``text`` is translatable, ``str()`` English."""

    def __init__(self, text: UserText) -> None:
        super().__init__(str(text))
        self.text = text


class BackupRefused(Exception):
    """A file we were asked to restore from is not acceptable. ``code`` says why, for the UI:
    unreadable, too-large, not-sqlite, corrupt, not-ours, unsafe-schema, too-new,
    schema-mismatch, current-data, cannot-upgrade, bad-value. Raised before anything of the live
    data is touched; ``text`` is translatable, ``message`` and ``str()`` the English."""

    def __init__(self, code: str, text: UserText) -> None:
        self.code = code
        self.text = text
        self.message = str(text)
        super().__init__(self.message)


def database_open_text(error: DatabaseOpenError) -> UserText:
    code = error.code
    if code == "migration-failed" and len(error.values) == 4:
        code = "migration-failed-with-copy"
    return message(DATABASE_OPEN_MESSAGES[code], *error.values)


def backup_refusal_text(error: stored_backup.BackupRefused) -> UserText:
    return message(BACKUP_REFUSALS[error.reason], *error.values)


def backup_error_text(error: stored_backup.BackupError) -> UserText:
    return message(BACKUP_ERRORS[error.code], "; ".join(error.values))


def refused(error: stored_backup.BackupRefused) -> BackupRefused:
    """The worded refusal for storage's coded one (raise it ``from`` the original)."""
    return BackupRefused(error.code, backup_refusal_text(error))


@contextlib.contextmanager
def worded_backup_errors() -> Iterator[None]:
    """Storage's coded backup errors leave the block as the worded ones above."""
    try:
        yield
    except DataInUseError:
        raise
    except stored_backup.DatabaseInUseError as exc:
        raise DataInUseError(exc.code, exc.path) from exc
    except stored_backup.BackupRefused as exc:
        raise refused(exc) from exc
    except stored_backup.BackupError as exc:
        raise BackupError(backup_error_text(exc)) from exc
