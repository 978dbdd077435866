"""Open the app's database: refuse what is newer than us, back up, migrate to head.

Order matters: the schema version is read on a read-only connection first, so a database written
by a newer app is refused without a single byte of it being written.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine

from belimumab_companion.paths import AppPaths, make_private
from belimumab_companion.storage.backup import backup_database
from belimumab_companion.storage.engine import Sessions, make_engine, make_session_factory
from belimumab_companion.storage.sqlite_connection import connect, connect_for_reading

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

# The newest migration. Kept here so that a normal start (database already at head) never imports
# Alembic (~150 ms); a test checks that it equals Alembic's own head.
HEAD_REVISION = "0012_settings_document"


class DatabaseOpenError(RuntimeError):
    """The data file cannot be used as it is. No sentence here: ``code`` says why and
    ``values`` hold its details (paths, revisions); ``services.storage_text`` words it for the
    window and the command line. ``str()`` is a technical line for the log."""

    def __init__(self, code: str, *values: str) -> None:
        self.code = code
        self.values = values
        super().__init__(f"{code}: {', '.join(values)}" if values else code)


class DatabaseTooNewError(DatabaseOpenError):
    """Written by a newer app (schema ``revision``): refused, never "upgraded"."""

    def __init__(self, path: Path, revision: str) -> None:
        self.path = path
        self.revision = revision
        super().__init__("too-new", str(path), revision)


class NotOurDatabaseError(DatabaseOpenError):
    """Not SQLite, or SQLite without our schema version (``reason`` says which)."""

    def __init__(self, path: Path, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__("not-ours", str(path), reason)


class MigrationFailedError(DatabaseOpenError):
    """Bringing the data up to date failed. The whole upgrade runs in one transaction, so the
    file is still at its earlier version; a checked copy was made before the attempt
    (``backup``, None when none could be made)."""

    def __init__(self, path: Path, revision: str, backup: Path | None, error: BaseException):
        self.path = path
        self.revision = revision
        self.backup = backup
        self.failure = f"{type(error).__name__}: {error}"
        values = (self.failure, str(path), revision)
        super().__init__("migration-failed", *values, *(() if backup is None else (str(backup),)))


@dataclass
class Database:
    path: Path
    engine: Engine
    sessions: Sessions

    def close(self) -> None:
        self.engine.dispose()


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(alembic_config())
    return {script.revision for script in scripts.walk_revisions()}


def head_revision() -> str:
    return HEAD_REVISION


def schema_revision(path: Path) -> str | None:
    """The Alembic revision stored in ``path``, None for an empty or new file. Never writes."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    try:
        connection = connect_for_reading(path)
        try:
            tables = {
                row[0]
                for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            if not tables:
                return None
            if "alembic_version" not in tables:
                raise NotOurDatabaseError(path, "it has no schema version")
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        raise NotOurDatabaseError(path, str(exc)) from exc
    return None if row is None else str(row[0])


def open_database(paths: AppPaths) -> Database:
    paths.ensure()
    path = paths.database
    current = schema_revision(path)
    head = head_revision()
    if current is not None and current != head and current not in known_revisions():
        raise DatabaseTooNewError(path, current)
    backup: Path | None = None
    if current is not None and current != head:
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        backup = backup_database(
            path, paths.backups_dir / f"before-upgrade-{current}-{stamp}.sqlite3"
        )
    engine = make_engine(path)
    if current != head:
        try:
            migrate(engine)
        except Exception as exc:
            engine.dispose()
            log.exception("the upgrade from %s failed", current)
            if current is None:
                raise  # a new, empty file: nothing of the person's to protect; a bug to see
            raise MigrationFailedError(path, current, backup, exc) from exc
    make_private(paths.data_dir)
    return Database(path, engine, make_session_factory(engine))


def migrate_file(path: Path) -> None:
    """Bring a file that is not (yet) the data file, such as a restore's checked copy, to head,
    in one transaction, and leave it in rollback-journal mode with no ``-wal`` beside it (so it
    can be renamed into place whole). Makes no backup: the file is a copy."""
    current = schema_revision(path)
    engine = make_engine(path)
    try:
        if current != head_revision():
            migrate(engine)
    finally:
        engine.dispose()
    settle_journal(path)


def settle_journal(path: Path) -> None:
    """Checkpoint ``path``'s ``-wal`` into it and switch it to rollback-journal mode, so that the
    file alone holds everything (the app switches it back to WAL when it opens it)."""
    connection = connect(path)
    try:
        connection.execute("PRAGMA journal_mode=DELETE")
    finally:
        connection.close()


def migrate(engine: Engine, revision: str = "head") -> None:
    from alembic import command

    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
