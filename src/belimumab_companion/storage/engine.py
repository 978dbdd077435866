"""The SQLAlchemy engine: PRAGMAs on every connection, ``BEGIN IMMEDIATE`` for every write
transaction, a plain (deferred) ``BEGIN`` for reads, and environment failures translated into
:class:`StorageWriteError`.

pysqlite's own transaction handling is switched off (``isolation_level = None``) so that
SQLAlchemy's ``begin`` event can emit the ``BEGIN`` itself. A write (``Sessions.begin()``) takes
the write lock at the start, ``BEGIN IMMEDIATE``, so two writers wait on ``busy_timeout`` instead
of failing half-way with SQLITE_BUSY. A read (``Sessions.read()``) begins deferred: in WAL mode it
reads its own snapshot without the write lock, so it neither waits for a writer nor makes one
wait; it may not write (a flush in it is refused, as the upgrade of a deferred transaction to a
write can fail with SQLITE_BUSY_SNAPSHOT instead of waiting). ``Sessions.reading()`` keeps one
read transaction open for a whole unit of reads (the reminder tick), so that every read in it
sees the same snapshot and costs one ``BEGIN``.

Errors are sorted in one place, the engine's ``handle_error`` event, which SQLAlchemy calls for
every DBAPI error on this engine: at connect (the PRAGMAs), at ``BEGIN IMMEDIATE`` (run from the
``begin`` event as a statement), in statements, row fetches and at ``COMMIT``. What the
environment refused (disk full, locked past ``busy_timeout``, read-only, I/O error) becomes a
:class:`StorageWriteError` chained from the sqlite3 error; everything else (constraint
violations, SQL mistakes: bugs or validation) is left exactly as SQLAlchemy raises it.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from contextvars import ContextVar
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import ExceptionContext
from sqlalchemy.orm import Session, UOWTransaction, sessionmaker
from sqlalchemy.pool import ConnectionPoolEntry

from belimumab_companion.paths import make_file_private
from belimumab_companion.storage.errors import StorageFailure, StorageWriteError
from belimumab_companion.storage.sqlite_connection import configure_connection

# SQLite's primary result codes (the low byte of an extended code, e.g. SQLITE_IOERR_FSYNC,
# SQLITE_READONLY_DIRECTORY) that mean "the environment failed", not "the program is wrong".
_FAILURES: dict[int, StorageFailure] = {
    5: "busy",  # SQLITE_BUSY: another connection holds the lock past busy_timeout
    6: "busy",  # SQLITE_LOCKED
    8: "read-only",  # SQLITE_READONLY (file, directory, read-only mount, ...)
    10: "io",  # SQLITE_IOERR (and every extended SQLITE_IOERR_*)
    13: "full",  # SQLITE_FULL: disk full (or max_page_count reached)
    14: "io",  # SQLITE_CANTOPEN: the file or its -wal/-shm cannot be opened
}


def storage_failure(error: BaseException | None) -> StorageWriteError | None:
    """The StorageWriteError for a sqlite3 error the environment caused, else None."""
    if not isinstance(error, sqlite3.Error):
        return None
    code = getattr(error, "sqlite_errorcode", None)
    if not isinstance(code, int):
        return None
    kind = _FAILURES.get(code & 0xFF)
    if kind is None:
        return None
    return StorageWriteError(kind, str(getattr(error, "sqlite_errorname", "") or code))


def translate_error(context: ExceptionContext) -> BaseException | None:
    """``handle_error`` listener (retval): a new exception replaces SQLAlchemy's; None keeps it.

    SQLAlchemy raises the returned exception ``from`` the original sqlite3 error, so the cause
    (with its result code) stays in the chain, but not the statement or its parameters.

    After "read-only" or "io" the pooled connections are dropped (treated like a lost
    connection): one opened while the file was read-only stays read-only for its whole life, so
    without this a retry after the user fixed the permissions would fail again until a restart.
    "busy" and "full" leave the connections as they are: they work again once the cause is gone.
    """
    error = storage_failure(context.original_exception)
    if error is not None and error.kind in ("read-only", "io"):
        context.is_disconnect = True  # invalidates this connection and the rest of the pool
    return error


def make_engine(path: Path) -> Engine:
    # hide_parameters: error texts reach the log; what the person typed must not
    engine = create_engine(f"sqlite:///{path}", future=True, hide_parameters=True)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, record: ConnectionPoolEntry) -> None:
        dbapi_connection.isolation_level = None
        configure_connection(dbapi_connection)
        for suffix in ("", "-wal", "-shm"):
            make_file_private(Path(f"{path}{suffix}"))

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        reading = connection.get_execution_options().get(READING_OPTION, False)
        connection.exec_driver_sql("BEGIN" if reading else "BEGIN IMMEDIATE")

    event.listen(engine, "handle_error", translate_error, retval=True)
    return engine


# The execution option that marks a read session's connections (see ``_on_begin``).
READING_OPTION = "belimumab_reading"
# In a read session's ``info``: it sees one snapshot of the file and never writes, so what it
# read once can be kept for the rest of the session (``PlanRepository.snapshot`` does).
READ_SESSION = "belimumab_read_session"


class ReadSessionWriteError(RuntimeError):
    """A read session was asked to write: a bug (writes go through ``Sessions.begin()``)."""


def _refuse_writes(session: Session, flush_context: UOWTransaction, instances: Any) -> None:
    raise ReadSessionWriteError(
        "a read session cannot write: use Sessions.begin() for a write transaction"
    )


class Sessions:
    """The database's sessions: ``begin()`` for a write transaction (``BEGIN IMMEDIATE``,
    committed at the end of the ``with`` block, rolled back on an exception), ``read()`` for
    reads (a deferred ``BEGIN``: no write lock; ended when the block ends; refuses to flush).

    Inside ``with sessions.reading():`` every ``read()`` in this thread or task shares one read
    session, so one unit of reads (the reminder tick) is one transaction on one snapshot."""

    def __init__(self, engine: Engine) -> None:
        self.writes: sessionmaker[Session] = sessionmaker(engine, expire_on_commit=False)
        # No autoflush: a read never sends anything; an explicit flush or commit is refused.
        self.reads: sessionmaker[Session] = sessionmaker(
            engine.execution_options(**{READING_OPTION: True}),
            expire_on_commit=False,
            autoflush=False,
            info={READ_SESSION: True},
        )
        event.listen(self.reads, "before_flush", _refuse_writes)
        self._shared: ContextVar[Session | None] = ContextVar(
            f"belimumab_read_session_{id(self)}", default=None
        )

    def begin(self) -> contextlib.AbstractContextManager[Session]:
        """A write transaction: ``with sessions.begin() as session: ...``."""
        return self.writes.begin()

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        """A read session (the shared one inside :meth:`reading`)."""
        shared = self._shared.get()
        if shared is not None:
            yield shared
            return
        with self.reads() as session:
            yield session

    @contextlib.contextmanager
    def reading(self) -> Iterator[Session]:
        """One read transaction for every ``read()`` in the block (nested: the outer one)."""
        shared = self._shared.get()
        if shared is not None:
            yield shared
            return
        with self.reads() as session:
            token = self._shared.set(session)
            try:
                yield session
            finally:
                self._shared.reset(token)


def make_session_factory(engine: Engine) -> Sessions:
    return Sessions(engine)
