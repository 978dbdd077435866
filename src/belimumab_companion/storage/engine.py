"""The SQLAlchemy engine: PRAGMAs on every connection, ``BEGIN IMMEDIATE`` for every transaction.

pysqlite's own transaction handling is switched off (``isolation_level = None``) so that
SQLAlchemy's ``begin`` event can emit ``BEGIN IMMEDIATE``: a writer takes the write lock at the
start, so two writers wait on ``busy_timeout`` instead of failing half-way with SQLITE_BUSY.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import ConnectionPoolEntry

from belimumab_companion.paths import make_file_private
from belimumab_companion.storage.sqlite_connection import configure_connection


def make_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}", future=True)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, record: ConnectionPoolEntry) -> None:
        dbapi_connection.isolation_level = None
        configure_connection(dbapi_connection)
        for suffix in ("", "-wal", "-shm"):
            make_file_private(Path(f"{path}{suffix}"))

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)
