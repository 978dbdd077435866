"""Reads without the write lock: a read session begins deferred (plain ``BEGIN``), a write
session ``BEGIN IMMEDIATE``; in WAL mode a read goes on while another connection holds the write
lock; a read session refuses to write; ``reading()`` makes many reads one transaction."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import UTC, date, datetime, time
from typing import Any

import pytest
from sqlalchemy import Engine, event, func, select

from belimumab_companion.domain.regimens import Indication, Route
from belimumab_companion.paths import AppPaths
from belimumab_companion.services.app_services import AppServices
from belimumab_companion.services.plan_service import PlanInputs
from belimumab_companion.storage.database import Database, open_database
from belimumab_companion.storage.engine import ReadSessionWriteError
from belimumab_companion.storage.models import Setting
from belimumab_companion.storage.sqlite_connection import connect

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


@pytest.fixture
def database(data_paths: AppPaths) -> Iterator[Database]:
    opened = open_database(data_paths)
    yield opened
    opened.close()


def statements(engine: Engine) -> list[str]:
    """Every statement the engine sends from now on (BEGINs included: they are driver SQL)."""
    seen: list[str] = []

    def record(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        seen.append(" ".join(statement.split()))

    event.listen(engine, "before_cursor_execute", record)
    return seen


def begins(seen: list[str]) -> list[str]:
    return [s for s in seen if s.upper().startswith("BEGIN")]


def add_setting(database: Database, key: str, value: str) -> None:
    with database.sessions.begin() as session:
        session.add(Setting(key=key, value=value, updated_at=NOW))


def setting_keys(database: Database) -> list[str]:
    with database.sessions.read() as session:
        return sorted(session.scalars(select(Setting.key)))


def test_reads_begin_deferred_and_writes_begin_immediate(database: Database) -> None:
    seen = statements(database.engine)
    add_setting(database, "a", "1")
    assert begins(seen) == ["BEGIN IMMEDIATE"]
    seen.clear()
    assert setting_keys(database) == ["a"]
    assert begins(seen) == ["BEGIN"]


def test_a_read_goes_on_while_another_connection_holds_the_write_lock(
    database: Database,
) -> None:
    add_setting(database, "committed", "1")
    writer = connect(database.path)
    try:
        writer.execute("PRAGMA busy_timeout=0")
        writer.execute("BEGIN IMMEDIATE")
        writer.execute(
            "INSERT INTO setting (key, value_json, updated_at) VALUES ('uncommitted', '1', ?)",
            (NOW.strftime("%Y-%m-%dT%H:%M:%S.%fZ"),),
        )
        # The read neither waits for the writer nor fails: it sees the last committed snapshot.
        assert setting_keys(database) == ["committed"]
        with database.sessions.reading():
            assert setting_keys(database) == ["committed"]
        # A write, by contrast, needs the lock the other connection holds.
        blocked = connect(database.path)
        try:
            blocked.execute("PRAGMA busy_timeout=0")
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                blocked.execute("BEGIN IMMEDIATE")
        finally:
            blocked.close()
        writer.execute("COMMIT")
    finally:
        writer.close()
    assert setting_keys(database) == ["committed", "uncommitted"]


def test_a_read_session_refuses_to_write(database: Database) -> None:
    with database.sessions.read() as session:
        session.add(Setting(key="sneaked", value="1", updated_at=NOW))
        with pytest.raises(ReadSessionWriteError):
            session.flush()
    assert setting_keys(database) == []


def test_reading_makes_every_read_in_it_one_transaction(database: Database) -> None:
    add_setting(database, "a", "1")
    seen = statements(database.engine)
    with database.sessions.reading() as outer:
        first = setting_keys(database)
        with database.sessions.read() as inner:
            assert inner is outer
            count = inner.scalar(select(func.count()).select_from(Setting))
        with database.sessions.reading() as nested:
            assert nested is outer
            second = setting_keys(database)
    assert first == second == ["a"] and count == 1
    assert begins(seen) == ["BEGIN"]
    seen.clear()
    setting_keys(database)  # after the block: a read session of its own again
    assert begins(seen) == ["BEGIN"]


def test_a_write_inside_reading_is_its_own_write_transaction(database: Database) -> None:
    seen = statements(database.engine)
    with database.sessions.reading():
        assert setting_keys(database) == []
        add_setting(database, "b", "2")
    assert begins(seen) == ["BEGIN", "BEGIN IMMEDIATE"]
    assert setting_keys(database) == ["b"]


def test_a_read_session_reads_the_plan_snapshot_once_and_a_write_session_every_time(
    services: AppServices,
) -> None:
    """Issue 21 item 6: Today asks for the plan and the dose log about ten times in one load; in
    one read transaction they are read once (the file cannot change under it), and a write
    session, which checks what it reads before it writes, reads them every time."""
    from belimumab_companion.storage.plan_repository import PlanRepository

    services.plans.set_plan(
        PlanInputs(
            indication=Indication.SLE,
            route=Route.SUBQ,
            birth_date=date(1984, 3, 2),
            first_dose=date(2026, 11, 2),
            time_of_day=time(9, 0),
            zone="Europe/Madrid",
        )
    )
    sessions = services.database.sessions
    seen = statements(services.database.engine)

    def reads(table: str) -> int:
        return sum(1 for sql in seen if sql.startswith("SELECT") and f"FROM {table}" in sql)

    def dose_log_reads() -> int:
        assert reads("plan_segment") == reads("administration")  # the whole snapshot, or none
        return reads("administration")

    with services.reading():
        first = services.plans.overview(NOW)
        services.plans.schedule(NOW)
        services.plans.overview(NOW).segments.clear()  # a caller's own copy
        again = services.plans.overview(NOW)
    assert dose_log_reads() == 1
    assert again.segments == first.segments and again.segments
    services.plans.overview(NOW)  # a new read session reads again
    assert dose_log_reads() == 2
    with sessions.begin() as session:
        PlanRepository(session).snapshot()
        PlanRepository(session).snapshot()
    assert dose_log_reads() == 4
