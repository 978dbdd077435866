from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import text

from belimumab_companion.paths import AppPaths
from belimumab_companion.storage.backup import backup_database, integrity_problems
from belimumab_companion.storage.database import open_database
from belimumab_companion.storage.models import Setting
from belimumab_companion.storage.sqlite_connection import connect, pragma_settings
from belimumab_companion.storage.types import NaiveDatetimeError

EXPECTED = {
    "journal_mode": "wal",
    "synchronous": 2,
    "foreign_keys": 1,
    "busy_timeout": 5000,
    "trusted_schema": 0,
}


def test_every_pooled_connection_has_the_pragmas(data_paths: AppPaths) -> None:
    database = open_database(data_paths)
    seen: list[dict[str, object]] = []

    def grab() -> None:
        with database.engine.connect() as connection:
            seen.append(pragma_settings(connection.connection.dbapi_connection))

    threads = [threading.Thread(target=grab) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    grab()
    database.close()
    assert len(seen) == 5
    assert all(settings == EXPECTED for settings in seen)


def test_raw_connections_for_backups_and_checks_have_the_pragmas(data_paths: AppPaths) -> None:
    open_database(data_paths).close()
    connection = connect(data_paths.database)
    assert pragma_settings(connection) == EXPECTED
    connection.close()
    read_only = connect(data_paths.database, read_only=True)
    settings = pragma_settings(read_only)
    read_only.close()
    assert {k: settings[k] for k in ("foreign_keys", "busy_timeout", "trusted_schema")} == {
        "foreign_keys": 1,
        "busy_timeout": 5000,
        "trusted_schema": 0,
    }


def test_transactions_begin_immediate(data_paths: AppPaths) -> None:
    """A second writer cannot start while the first holds its transaction: the lock is taken at BEGIN."""
    database = open_database(data_paths)
    with database.engine.connect() as first:
        first.begin()
        other = connect(data_paths.database)
        other.execute("PRAGMA busy_timeout=0")
        with pytest.raises(Exception, match="locked"):
            other.execute("BEGIN IMMEDIATE")
        other.close()
        first.rollback()
    database.close()


def test_utc_column_refuses_naive_and_round_trips_aware(data_paths: AppPaths) -> None:
    database = open_database(data_paths)
    berlin_time = datetime(2026, 3, 29, 3, 30, tzinfo=timezone(timedelta(hours=2)))
    with database.sessions.begin() as session:
        session.add(Setting(key="a", value="1", updated_at=berlin_time))
    with database.sessions.read() as session:
        stored = session.get(Setting, "a")
        assert stored is not None
        assert stored.updated_at == berlin_time
        assert stored.updated_at.tzinfo == UTC
        raw = session.execute(text("SELECT updated_at FROM setting")).scalar_one()
        assert raw == "2026-03-29T01:30:00.000000Z"
    with pytest.raises(Exception) as caught, database.sessions.begin() as session:
        session.add(Setting(key="b", value="1", updated_at=datetime(2026, 1, 1, 9, 0)))
    assert isinstance(caught.value.__cause__ or caught.value, NaiveDatetimeError) or "naive" in str(
        caught.value
    )
    with database.sessions.read() as session:
        assert session.get(Setting, "b") is None
    database.close()


def test_files_are_private(data_paths: AppPaths) -> None:
    database = open_database(data_paths)
    with database.sessions.begin() as session:
        session.add(Setting(key="k", value="1", updated_at=datetime.now(UTC)))
    backup_database(data_paths.database, data_paths.backups_dir / "b.sqlite3")
    for path in data_paths.data_dir.rglob("*"):
        mode = path.stat().st_mode & 0o777
        assert mode == (0o700 if path.is_dir() else 0o600), (path, oct(mode))
    assert data_paths.data_dir.stat().st_mode & 0o777 == 0o700
    database.close()


def test_backup_is_complete_and_checked(data_paths: AppPaths, tmp_path: Path) -> None:
    database = open_database(data_paths)
    with database.sessions.begin() as session:
        for index in range(50):
            session.add(Setting(key=f"k{index}", value=str(index), updated_at=datetime.now(UTC)))
    target = backup_database(data_paths.database, tmp_path / "copy.sqlite3")
    database.close()
    assert integrity_problems(target) == []
    copy = connect(target, read_only=True)
    assert copy.execute("SELECT count(*) FROM setting").fetchone()[0] == 50
    copy.close()
    assert not (tmp_path / "copy.sqlite3.partial").exists()


@given(
    st.datetimes(
        timezones=st.timezones(),
        min_value=datetime(1900, 1, 1),
        max_value=datetime(2200, 1, 1),
        allow_imaginary=False,  # a wall time that never existed has no one instant to keep
    )
)
def test_utc_text_round_trips_every_aware_instant(moment: datetime) -> None:
    from belimumab_companion.storage.types import UtcDateTime

    column = UtcDateTime()
    stored = column.process_bind_param(moment, None)  # type: ignore[arg-type]  # no dialect needed: the decorator ignores it
    assert stored is not None and len(stored) == 27
    back = column.process_result_value(stored, None)  # type: ignore[arg-type]  # no dialect needed
    # Compared in UTC: PEP 495 makes inter-zone == False for times in a DST fold.
    assert back == moment.astimezone(UTC) and back.tzinfo is UTC


def test_database_errors_never_carry_what_the_person_typed(data_paths: AppPaths) -> None:
    """Error texts reach the log (the crash handler logs tracebacks): no bound values in them."""
    from sqlalchemy.exc import IntegrityError

    database = open_database(data_paths)
    insert = text("INSERT INTO setting (key, value_json, updated_at) VALUES (:key, :value, 0)")
    with database.engine.begin() as connection:
        connection.execute(insert, {"key": "ZZTESTDRUG", "value": '"x"'})
    with pytest.raises(IntegrityError) as raised, database.engine.begin() as connection:
        connection.execute(insert, {"key": "ZZTESTDRUG", "value": '"ZZTESTDRUG notes"'})
    assert "ZZTESTDRUG" not in str(raised.value)
    database.close()


def test_no_connection_is_opened_outside_the_storage_modules_that_set_the_pragmas() -> None:
    """Scenario 3: every connection gets the durability PRAGMAs because only these places open
    one (``sqlite_connection`` sets them; the engines open through it or set them per
    connection; ``backup.ensure_closed``'s probe only takes and drops a lock). A new
    ``sqlite3.connect`` or ``create_engine`` elsewhere fails here: route it through
    ``storage/sqlite_connection.py``."""
    import ast
    from pathlib import Path

    import belimumab_companion

    allowed = {
        ("storage/sqlite_connection.py", "connect"),
        ("storage/engine.py", "create_engine"),
        ("storage/read_only.py", "create_engine"),
        ("storage/backup.py", "connect"),  # ensure_closed's lock probe
    }
    root = Path(belimumab_companion.__file__).parent
    found = set()
    for path in root.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            owner = (
                func.value.id
                if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name)
                else ""
            )
            if (owner == "sqlite3" and name == "connect") or name == "create_engine":
                found.add((path.relative_to(root).as_posix(), name))
    assert found == allowed
