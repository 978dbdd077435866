"""The one place where a SQLite connection gets its PRAGMAs.

Every connection the app opens (the SQLAlchemy pool, Alembic, backups, checks) goes through
:func:`configure_connection`, and a test asserts the settings on each of them.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

BUSY_TIMEOUT_MS = 5000

# journal_mode first: it must run outside a transaction.
_PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=FULL",
    "PRAGMA foreign_keys=ON",
    f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}",
    "PRAGMA trusted_schema=OFF",
)
_READ_ONLY_PRAGMAS = _PRAGMAS[2:]


def configure_connection(dbapi_connection: Any, *, read_only: bool = False) -> None:
    cursor = dbapi_connection.cursor()
    try:
        for pragma in _READ_ONLY_PRAGMAS if read_only else _PRAGMAS:
            cursor.execute(pragma)
    finally:
        cursor.close()


def connect(path: Path, *, read_only: bool = False) -> sqlite3.Connection:
    """A plain sqlite3 connection with the app's settings, in autocommit mode."""
    if read_only:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    else:
        connection = sqlite3.connect(path)
    connection.isolation_level = None
    configure_connection(connection, read_only=read_only)
    return connection


def connect_for_reading(path: Path) -> sqlite3.Connection:
    """A read-only connection that leaves no trace and works in a folder that cannot be written:
    with no WAL content to read, the file is opened ``immutable`` (no ``-wal``/``-shm`` created,
    no lock taken); with a WAL, its sidecars exist already and ``mode=ro`` reads through them."""
    wal = Path(f"{path}-wal")
    options = "mode=ro" if wal.exists() and wal.stat().st_size > 0 else "immutable=1"
    connection = sqlite3.connect(
        f"{path.resolve().as_uri()}?{options}", uri=True, check_same_thread=False
    )
    connection.isolation_level = None
    configure_connection(connection, read_only=True)
    return connection


def pragma_settings(connection: Any) -> dict[str, Any]:
    """What the connection has in force, for tests and ``check``."""
    cursor = connection.cursor()
    try:
        return {
            name: cursor.execute(f"PRAGMA {name}").fetchone()[0]
            for name in (
                "journal_mode",
                "synchronous",
                "foreign_keys",
                "busy_timeout",
                "trusted_schema",
            )
        }
    finally:
        cursor.close()
