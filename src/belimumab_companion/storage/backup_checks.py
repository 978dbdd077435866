"""A backup file handed to us is hostile until checked: copied privately with a size limit, opened read-only, its integrity, schema and tables checked, its search index rebuilt, its contents summed up (storage/backup.py)."""

from __future__ import annotations

import contextlib
import io
import os
import sqlite3
import stat
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from belimumab_companion.storage.backup import (
    _ACTIVITY_COLUMNS,
    _FTS_SHADOW_TABLES,
    _FTS_TABLE,
    _OUR_FTS,
    _SQLITE_INTERNAL_TABLES,
    _VIRTUAL,
    OUR_APPLICATION_IDS,
    PREVIEW_TABLES,
    SQLITE_MAGIC,
    BackupRefused,
    BackupSummary,
)
from belimumab_companion.storage.backup_schema import schema_differences
from belimumab_companion.storage.sqlite_connection import connect

# --- a file handed to us -------------------------------------------------------------------------


def copy_hostile_file(source: Path, destination: Path, *, max_bytes: int) -> None:
    """Copy a file someone chose into our private ``destination``, refusing what is not a regular
    file, is too large or does not start like SQLite. Reads at most ``max_bytes + 1`` bytes, so a
    file that grows while we read is still refused."""
    try:
        info = source.stat()
    except OSError as exc:
        raise BackupRefused("unreadable", "file-unreadable", str(source), str(exc)) from exc
    if not stat.S_ISREG(info.st_mode):
        raise BackupRefused("not-sqlite", "not-a-regular-file", str(source))
    if info.st_size > max_bytes:
        raise BackupRefused("too-large", "too-large", source.name, max_bytes // (1024 * 1024))
    try:
        with source.open("rb") as reader, _private_writer(destination) as writer:
            head = reader.read(len(SQLITE_MAGIC))
            if head != SQLITE_MAGIC:
                raise BackupRefused("not-sqlite", "not-a-backup-file", source.name)
            writer.write(head)
            total = len(head)
            while chunk := reader.read(1 << 20):
                total += len(chunk)
                if total > max_bytes:
                    raise BackupRefused(
                        "too-large", "too-large", source.name, max_bytes // (1024 * 1024)
                    )
                writer.write(chunk)
    except OSError as exc:
        raise BackupRefused("unreadable", "file-unreadable", str(source), str(exc)) from exc


@contextlib.contextmanager
def _private_writer(path: Path) -> Iterator[io.BufferedWriter]:
    handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(handle, "wb") as stream:
        yield stream


def check_backup_copy(copy: Path, known_revisions: set[str], known_tables: set[str]) -> str:
    """Check a private copy of a backup and return its schema revision; raise BackupRefused with a
    specific code otherwise. The copy is opened read-only with trusted_schema=OFF, and nothing in
    its schema is ever executed: we only read ``sqlite_master`` and run the integrity check."""
    try:
        connection = connect(copy, read_only=True)
    except sqlite3.DatabaseError as exc:
        raise BackupRefused("corrupt", "cannot-open", str(exc)) from exc
    try:
        connection.execute("PRAGMA cell_size_check=ON")
        rows = [str(row[0]) for row in connection.execute("PRAGMA integrity_check").fetchall()]
        if rows != ["ok"]:
            raise BackupRefused("corrupt", "damaged", "; ".join(rows[:3]))
        objects = connection.execute(
            "SELECT type, name, rootpage, sql FROM sqlite_master"
        ).fetchall()
        tables = {
            str(name): str(sql or "") for kind, name, _root, sql in objects if kind == "table"
        }
        virtual = {
            str(name)
            for kind, name, root, sql in objects
            if kind == "table" and (not root or _VIRTUAL.match(str(sql or "")))
        }
        application_id = int(connection.execute("PRAGMA application_id").fetchone()[0])
        if "alembic_version" not in tables or application_id not in OUR_APPLICATION_IDS:
            raise BackupRefused("not-ours", "not-our-file")
        unsafe = sorted(
            f"{kind} {name}" for kind, name, _root, _sql in objects if kind in ("trigger", "view")
        )
        unsafe += sorted(
            f"virtual table {name}"
            for name in virtual
            if not (name == _FTS_TABLE and _OUR_FTS.match(tables[name]))
        )
        if unsafe:
            raise BackupRefused("unsafe-schema", "unsafe-schema", ", ".join(unsafe[:3]))
        versions = connection.execute("SELECT version_num FROM alembic_version").fetchall()
        if len(versions) != 1:
            raise BackupRefused("not-ours", "no-single-version")
        revision = str(versions[0][0])
        if revision not in known_revisions:
            raise BackupRefused("too-new", "too-new", revision)
        allowed = known_tables | {"alembic_version", _FTS_TABLE} | _FTS_SHADOW_TABLES
        foreign = sorted(set(tables) - allowed - _SQLITE_INTERNAL_TABLES)
        if foreign:
            raise BackupRefused("not-ours", "unknown-tables", ", ".join(foreign[:3]))
        differences = schema_differences(connection, revision)
        if differences:
            raise BackupRefused("schema-mismatch", "schema-mismatch", "; ".join(differences[:3]))
        broken_links = connection.execute("PRAGMA foreign_key_check").fetchall()
        if broken_links:
            tables_with_broken_links = sorted({str(row[0]) for row in broken_links})
            raise BackupRefused("corrupt", "broken-links", ", ".join(tables_with_broken_links[:3]))
    except sqlite3.DatabaseError as exc:
        raise BackupRefused("corrupt", "damaged", str(exc)) from exc
    finally:
        connection.close()
    return revision


def rebuild_search_index(path: Path) -> None:
    """Rebuild the diary's full-text index from the diary itself, so that no index data from a
    restored file is ever trusted (it is derived data: nothing is lost)."""
    connection = connect(path)
    try:
        found = connection.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name=?", (_FTS_TABLE,)
        ).fetchone()
        if found:
            connection.execute(f"INSERT INTO {_FTS_TABLE}({_FTS_TABLE}) VALUES ('rebuild')")
    finally:
        connection.close()


def summarize_backup(copy: Path, revision: str) -> BackupSummary:
    """Row counts and the newest activity of a file that passed :func:`check_backup_copy`."""
    connection = connect(copy, read_only=True)
    try:
        present = {
            str(row[0])
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND sql NOT LIKE 'CREATE VIRTUAL%'"
            )
        }
        counts = {
            table: int(connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0])
            if table in present
            else 0
            for table in PREVIEW_TABLES
        }
        newest: str | None = None
        for table, columns in _ACTIVITY_COLUMNS.items():
            if table not in present:
                continue
            existing = {str(row[1]) for row in connection.execute(f'PRAGMA table_info("{table}")')}
            for column in columns:
                if column not in existing:
                    continue
                value = connection.execute(
                    f'SELECT max("{column}") FROM "{table}" '
                    f"WHERE typeof(\"{column}\") = 'text' AND \"{column}\" GLOB '[0-9][0-9][0-9][0-9]-*'"
                ).fetchone()[0]
                if value is not None and (newest is None or str(value) > newest):
                    newest = str(value)
    finally:
        connection.close()
    return BackupSummary(revision, _parse_utc(newest), counts)


def _parse_utc(text: str | None) -> datetime | None:
    if text is None:
        return None
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
