"""The data file's health, for ``check``: sound, corrupt, or could not be checked (and why).

A file that is locked, unreadable, in a read-only folder or on a full disk is not a corrupt file:
reporting it as "FAILED" would send a person to restore a backup over sound data. Only SQLite's
own verdict on a file it could read (``integrity_check`` rows, "not a database", "malformed")
says corrupt.
"""

from __future__ import annotations

import enum
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from belimumab_companion.storage.backup import SQLITE_MAGIC
from belimumab_companion.storage.sqlite_connection import connect, connect_for_reading

# SQLite primary result codes that mean "the file is damaged or not a database".
_CORRUPT_CODES = {11, 26}  # SQLITE_CORRUPT, SQLITE_NOTADB
_WHY = {
    3: "permission denied",  # SQLITE_PERM
    5: "another program is using the data file",  # SQLITE_BUSY
    6: "another program is using the data file",  # SQLITE_LOCKED
    8: "the data file or its folder is read-only",  # SQLITE_READONLY
    10: "the disk could not be read",  # SQLITE_IOERR
    13: "the disk is full",  # SQLITE_FULL
    14: "the data file cannot be opened",  # SQLITE_CANTOPEN
}


class Verdict(enum.Enum):
    SOUND = "sound"
    CORRUPT = "corrupt"
    UNCHECKED = "could-not-be-checked"


@dataclass(frozen=True)
class IntegrityReport:
    path: Path
    exists: bool
    problems: tuple[str, ...]
    verdict: Verdict = Verdict.SOUND
    why_unchecked: str = ""  # with Verdict.UNCHECKED: the real cause, in plain words

    @property
    def ok(self) -> bool:
        return self.exists and self.verdict is Verdict.SOUND


def _unchecked(path: Path, why: str) -> IntegrityReport:
    return IntegrityReport(path, True, (), Verdict.UNCHECKED, why)


def check_data_file(path: Path) -> IntegrityReport:
    if not path.exists():
        return IntegrityReport(path, False, ())
    if not path.is_file():
        return _unchecked(path, "it is not a file")
    try:
        with path.open("rb") as stream:
            head = stream.read(len(SQLITE_MAGIC))
    except OSError as exc:
        return _unchecked(path, exc.strerror or str(exc))
    if head != SQLITE_MAGIC:
        reason = "the file is empty" if not head else "the file is not a SQLite database"
        return IntegrityReport(path, True, (reason,), Verdict.CORRUPT)
    try:
        rows = _integrity_rows(path)
    except sqlite3.Error as exc:
        code = getattr(exc, "sqlite_errorcode", None)
        primary = code & 0xFF if isinstance(code, int) else None
        if primary in _CORRUPT_CODES or (primary is None and "malformed" in str(exc)):
            return IntegrityReport(path, True, (str(exc),), Verdict.CORRUPT)
        return _unchecked(path, _WHY.get(primary or -1, str(exc)))
    except OSError as exc:
        return _unchecked(path, exc.strerror or str(exc))
    if rows == ["ok"]:
        return IntegrityReport(path, True, ())
    return IntegrityReport(path, True, tuple(rows), Verdict.CORRUPT)


def _integrity_rows(path: Path) -> list[str]:
    """``integrity_check`` through a read-only connection; where the folder cannot take the
    ``-shm`` a WAL reader needs (read-only), the file is read without it."""
    try:
        connection = connect(path, read_only=True)
    except sqlite3.OperationalError as exc:
        code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
        if code not in (8, 14):
            raise
        connection = connect_for_reading(path)
    try:
        try:
            return [str(row[0]) for row in connection.execute("PRAGMA integrity_check")]
        except sqlite3.OperationalError as exc:
            code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
            if code not in (8, 14):
                raise
        connection.close()
        connection = connect_for_reading(path)
        return [str(row[0]) for row in connection.execute("PRAGMA integrity_check")]
    finally:
        connection.close()
