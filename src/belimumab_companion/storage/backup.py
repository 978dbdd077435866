"""Online backups through SQLite's backup API (never a raw copy of a WAL database)."""

from __future__ import annotations

import os
from pathlib import Path

from belimumab_companion.paths import make_file_private
from belimumab_companion.storage.sqlite_connection import connect


class BackupError(RuntimeError):
    pass


def integrity_problems(path: Path, *, quick: bool = False) -> list[str]:
    """The rows ``integrity_check`` reports, empty when the file is sound."""
    connection = connect(path, read_only=True)
    try:
        pragma = "quick_check" if quick else "integrity_check"
        rows = [str(row[0]) for row in connection.execute(f"PRAGMA {pragma}").fetchall()]
    finally:
        connection.close()
    return [] if rows == ["ok"] else rows


def backup_database(source: Path, destination: Path) -> Path:
    """Copy ``source`` to ``destination`` (0600), check it, and only then give it its name."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    partial = destination.with_name(destination.name + ".partial")
    partial.unlink(missing_ok=True)
    src = connect(source, read_only=True)
    try:
        dst = connect(partial)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        src.close()
    make_file_private(partial)
    problems = integrity_problems(partial)
    if problems:
        partial.unlink(missing_ok=True)
        raise BackupError(f"the backup failed its integrity check: {problems[:3]}")
    os.replace(partial, destination)
    return destination
