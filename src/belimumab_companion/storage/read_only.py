"""Opening the data when its folder or file cannot be written: everything shows, nothing is saved.

Nothing beside the file is created (see :func:`connect_for_reading`). Reads use plain ``BEGIN`` (``BEGIN IMMEDIATE``
would ask for the write lock); a write fails with SQLITE_READONLY, which the engine's error
mapping turns into the "read-only" error the GUI shows while keeping the form.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event

from belimumab_companion.paths import AppPaths
from belimumab_companion.storage.database import (
    Database,
    DatabaseOpenError,
    DatabaseTooNewError,
    head_revision,
    known_revisions,
    schema_revision,
)
from belimumab_companion.storage.engine import make_session_factory, translate_error
from belimumab_companion.storage.sqlite_connection import connect_for_reading


class ReadOnlyUnusableError(DatabaseOpenError):
    """The data cannot be shown read-only: ``code`` "read-only-no-data" (none yet) or
    "read-only-needs-upgrade" (an upgrade must write); ``values``: the data folder."""


def open_database_read_only(paths: AppPaths) -> Database:
    path = paths.database
    current = schema_revision(path)
    if current is None:
        raise ReadOnlyUnusableError("read-only-no-data", str(paths.data_dir))
    head = head_revision()
    if current != head and current not in known_revisions():
        raise DatabaseTooNewError(path, current)
    if current != head:
        raise ReadOnlyUnusableError("read-only-needs-upgrade", str(paths.data_dir))
    engine = make_read_only_engine(path)
    return Database(path, engine, make_session_factory(engine))


def make_read_only_engine(path: Path) -> Engine:
    engine = create_engine(
        f"sqlite:///{path}", creator=lambda: connect_for_reading(path), hide_parameters=True
    )

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN")

    event.listen(engine, "handle_error", translate_error, retval=True)  # writes: "read-only"

    return engine
