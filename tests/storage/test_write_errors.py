"""Environment failures on write become a StorageWriteError with a plain message, never a raw
SQLAlchemy error; nothing half-written stays behind, and the same call succeeds once the cause is
gone. Real faults on the app's own engine: a full disk (``max_page_count``, scenario 4), another
process holding the write lock (scenario 7) and a read-only database."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from datetime import time as clock_time
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import Engine, event
from sqlalchemy.exc import IntegrityError

from belimumab_companion.domain.dose_log import Site
from belimumab_companion.domain.free_text import MAX_NOTES
from belimumab_companion.domain.regimens import Indication, Route
from belimumab_companion.paths import app_paths
from belimumab_companion.services.clock import fixed_clock
from belimumab_companion.services.diary_service import DiaryInputs, DiaryService
from belimumab_companion.services.errors import (
    STORAGE_FAILURES,
    STORAGE_MESSAGES,
    StorageWriteError,
    storage_write_error_in,
    storage_write_text,
)
from belimumab_companion.services.plan_service import PlanInputs, PlanService
from belimumab_companion.storage.database import Database, open_database
from belimumab_companion.storage.engine import storage_failure
from belimumab_companion.storage.sqlite_connection import BUSY_TIMEOUT_MS
from processes import write_lock_held
from testsupport import FIXED_NOW

MADRID = ZoneInfo("Europe/Madrid")
CLOCK = fixed_clock(FIXED_NOW)  # Monday 2026-11-23 09:30 UTC = 10:30 in Madrid


# Holds SQLite's write lock on a file from another process: ``BEGIN IMMEDIATE``, "locked", then
# wait until the parent closes stdin or the time is up, then give the lock back.
def row_counts(path: Path) -> dict[str, int]:
    """Rows per table, read by a separate plain connection."""
    connection = sqlite3.connect(path)
    try:
        tables = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        return {t: connection.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
    finally:
        connection.close()


def integrity(path: Path) -> str:
    connection = sqlite3.connect(path)
    try:
        return str(connection.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        connection.close()


def on_every_checkout(engine: Engine, pragma: Any) -> None:
    """Run ``pragma()``'s statement on every connection the app's pool hands out.

    ``max_page_count`` and ``query_only`` are per connection and the pool keeps connections
    open, so a "checkout" listener (added here, in the test) reaches each one the services use.
    """

    def _apply(dbapi_connection: Any, record: Any, proxy: Any) -> None:
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(pragma())
        finally:
            cursor.close()

    event.listen(engine, "checkout", _apply)


def failed_statements(engine: Engine) -> list[str | None]:
    """The statement each DBAPI error on ``engine`` came from (None: no statement, e.g. COMMIT)."""
    failed: list[str | None] = []
    event.listen(engine, "handle_error", lambda context: failed.append(context.statement))
    return failed


def note(words: int) -> str:
    return " ".join(f"word{i}" for i in range(words))


def symptom(notes: str = "", onset_hours_ago: int = 1) -> DiaryInputs:
    return DiaryInputs(
        symptom="Headache",
        onset_at=FIXED_NOW - timedelta(hours=onset_hours_ago),
        zone="Europe/Madrid",
        severity=1,
        notes=notes,
    )


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    opened = open_database(app_paths(tmp_path / "data"))  # migrated through Alembic
    yield opened
    opened.close()


def _plan(database: Database) -> PlanService:
    plans = PlanService(database.sessions, CLOCK)
    plans.set_plan(
        PlanInputs(
            indication=Indication.SLE,
            route=Route.SUBQ,
            birth_date=date(1984, 3, 2),
            first_dose=date(2026, 11, 16),
            time_of_day=clock_time(9, 0),
            zone="Europe/Madrid",
        )
    )
    return plans


def _log_todays_dose(plans: PlanService) -> int:
    logged = plans.log_dose(
        given_at=datetime(2026, 11, 23, 9, 5, tzinfo=MADRID), sites=[Site.ABDOMEN_LEFT]
    )
    return logged.occurrence.sequence


# --- the error itself ---------------------------------------------------------------------------


def test_every_kind_has_a_plain_message_that_keeps_the_input() -> None:
    assert set(STORAGE_FAILURES) == {"full", "busy", "read-only", "io"}
    for kind in STORAGE_FAILURES:
        error = StorageWriteError(kind, "SQLITE_X")
        # storage carries the code; the words are the services' (translated by the window)
        text = storage_write_text(error)
        assert error.kind == kind and text.source == STORAGE_MESSAGES[kind] == str(text)
        assert "not saved" in str(text) and "still here" in str(text)
        assert "sqlite" not in str(text).lower() and "SQLITE_X" not in str(text)
        assert kind in str(error) and "SQLITE_X" in str(error)  # the log's technical line
    assert "disk is full" in STORAGE_MESSAGES["full"]
    assert "another program" in STORAGE_MESSAGES["busy"]
    assert "cannot be written" in STORAGE_MESSAGES["read-only"]
    with pytest.raises(ValueError):
        StorageWriteError("melted")  # type: ignore[arg-type]  # an unknown kind, on purpose


def test_the_error_is_found_through_its_cause_or_context() -> None:
    inner = StorageWriteError("busy")
    caused = KeyError("raised from it")
    caused.__cause__ = inner
    during = KeyError("raised while handling it")
    during.__context__ = inner
    assert storage_write_error_in(inner) is inner
    assert storage_write_error_in(caused) is inner
    assert storage_write_error_in(during) is inner
    assert storage_write_error_in(ValueError("a bug")) is None
    assert storage_write_error_in(None) is None


@pytest.mark.parametrize(
    ("code", "name", "kind"),
    [
        (13, "SQLITE_FULL", "full"),
        (5, "SQLITE_BUSY", "busy"),
        (517, "SQLITE_BUSY_SNAPSHOT", "busy"),
        (6, "SQLITE_LOCKED", "busy"),
        (8, "SQLITE_READONLY", "read-only"),
        (1544, "SQLITE_READONLY_DIRECTORY", "read-only"),
        (10, "SQLITE_IOERR", "io"),
        (1034, "SQLITE_IOERR_FSYNC", "io"),
        (14, "SQLITE_CANTOPEN", "io"),
    ],
)
def test_environment_result_codes_map_to_a_kind(code: int, name: str, kind: str) -> None:
    error = sqlite3.OperationalError("from the test")
    error.sqlite_errorcode = code
    error.sqlite_errorname = name
    mapped = storage_failure(error)
    assert mapped is not None and mapped.kind == kind and mapped.code == name


@pytest.mark.parametrize(("code", "name"), [(19, "SQLITE_CONSTRAINT"), (1, "SQLITE_ERROR")])
def test_bugs_and_validation_are_not_mapped(code: int, name: str) -> None:
    error = sqlite3.IntegrityError("from the test")
    error.sqlite_errorcode = code
    error.sqlite_errorname = name
    assert storage_failure(error) is None
    assert storage_failure(ValueError("not sqlite")) is None


def test_a_constraint_violation_still_raises_sqlalchemys_error(database: Database) -> None:
    with pytest.raises(IntegrityError), database.engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO administration (id, segment_id, sequence) VALUES (1, 999, 0)"
        )


# --- scenario 4: disk full ----------------------------------------------------------------------


def test_a_full_disk_is_a_user_error_and_a_retry_succeeds_once_space_is_free(
    database: Database,
) -> None:
    diary = DiaryService(database.sessions, CLOCK)
    earlier = [diary.add(symptom(f"earlier {i}", onset_hours_ago=i + 1)).entry for i in range(3)]
    with database.engine.connect() as connection:
        pages = int(connection.exec_driver_sql("PRAGMA page_count").scalar_one())
        unlimited = int(connection.exec_driver_sql("PRAGMA max_page_count").scalar_one())
    limit = {"pages": pages}  # no room left: an entry of a few kB needs new pages
    on_every_checkout(database.engine, lambda: f"PRAGMA max_page_count={limit['pages']}")
    before = row_counts(database.path)
    big = note(1_100)  # ~8,800 characters (the notes' limit is 10,000), 1,100 words to index
    assert len(big) <= MAX_NOTES
    failed = failed_statements(database.engine)

    with pytest.raises(StorageWriteError) as caught:
        diary.add(symptom(big))

    assert caught.value.kind == "full" and caught.value.code == "SQLITE_FULL"
    assert [s.split()[0] for s in failed if s] == ["INSERT"] and None not in failed  # a statement
    assert "disk is full" in str(storage_write_text(caught.value))  # worded above storage
    cause = caught.value.__cause__
    assert isinstance(cause, sqlite3.OperationalError) and cause.sqlite_errorcode == 13
    assert row_counts(database.path) == before  # nothing half-written
    assert [diary.get(e.id) for e in earlier] == earlier  # earlier entries intact
    assert integrity(database.path) == "ok"

    limit["pages"] = unlimited  # space freed
    saved = diary.add(symptom(big))  # the same input, saved on the retry
    assert diary.get(saved.entry.id) == saved.entry and saved.entry.notes == big
    assert diary.count() == 4
    assert integrity(database.path) == "ok"


# A real write refused by the operating system, at COMMIT: in WAL mode the pages reach the file
# only when the transaction commits, so a file-size limit (RLIMIT_FSIZE, in a child process: the
# write fails with EFBIG) makes COMMIT itself fail, with SQLITE_IOERR_WRITE.
COMMIT_REFUSED = r"""
import json, os, resource, signal, sqlite3, sys
from datetime import UTC, datetime, timedelta

from sqlalchemy import event

from belimumab_companion.paths import app_paths
from belimumab_companion.services.clock import fixed_clock
from belimumab_companion.services.diary_service import DiaryInputs, DiaryService
from belimumab_companion.services.errors import StorageWriteError
from belimumab_companion.storage.database import open_database

signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # past the limit write() fails with EFBIG instead
now = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)
database = open_database(app_paths(sys.argv[1]))
state = {"committing": False}
failures = []
event.listen(database.engine, "begin", lambda conn: state.update(committing=False))
event.listen(database.engine, "commit", lambda conn: state.update(committing=True))
event.listen(
    database.engine,
    "handle_error",
    lambda ctx: failures.append([state["committing"], ctx.original_exception.sqlite_errorname]),
)
diary = DiaryService(database.sessions, fixed_clock(now))


def entry(notes):
    return DiaryInputs(
        symptom="Headache", onset_at=now - timedelta(hours=1), zone="UTC", severity=1, notes=notes
    )


first = diary.add(entry("small")).entry
biggest = max(os.path.getsize(p) for p in (database.path, f"{database.path}-wal"))
soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
resource.setrlimit(resource.RLIMIT_FSIZE, (biggest + 8192, hard))
big = " ".join(f"word{i}" for i in range(1100))  # ~8,800 characters: the notes' limit is 10,000
result = {}
try:
    diary.add(entry(big))
    result["error"] = None
except StorageWriteError as exc:
    result["error"] = [exc.kind, exc.code, type(exc.__cause__).__name__]
result["failures"] = failures
resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))  # the disk has room again
result["earlier_intact"] = diary.get(first.id) == first
result["count_after_failure"] = diary.count()
result["retry_saved"] = diary.add(entry(big)).entry.notes == big
result["count"] = diary.count()
database.close()
check = sqlite3.connect(database.path)
result["integrity"] = check.execute("PRAGMA integrity_check").fetchone()[0]
print(json.dumps(result))
"""


@pytest.mark.skipif(os.name != "posix", reason="RLIMIT_FSIZE is POSIX")
def test_a_write_the_os_refuses_at_commit_is_mapped_and_retryable(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-c", COMMIT_REFUSED, str(tmp_path / "data")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["error"] == ["io", "SQLITE_IOERR_WRITE", "OperationalError"], result
    assert result["failures"] == [[True, "SQLITE_IOERR_WRITE"]]  # it failed in COMMIT
    assert result["earlier_intact"] and result["count_after_failure"] == 1
    assert result["retry_saved"] and result["count"] == 2
    assert result["integrity"] == "ok"


# --- scenario 7: another program holds the write lock -------------------------------------------


def test_busy_timeout_is_at_least_five_seconds() -> None:
    assert BUSY_TIMEOUT_MS >= 5000


def test_a_lock_held_for_two_seconds_is_waited_out(database: Database) -> None:
    plans = _plan(database)
    diary = DiaryService(database.sessions, CLOCK)
    with write_lock_held(database.path, 2.0) as holder:
        assert holder.poll() is None  # the other program holds the write lock as the dose is logged
        sequence = _log_todays_dose(plans)  # without waiting it out: "database is locked"
        saved = diary.add(symptom("after the dose"))
        holder.wait(timeout=10)
    # How long it waited is a figure, not an assertion: tests/benchmarks/lock_wait.py prints it.
    assert sequence == 2 and diary.get(saved.entry.id) == saved.entry
    assert integrity(database.path) == "ok"


@pytest.mark.slow
def test_a_lock_held_past_busy_timeout_is_a_retryable_busy_error(database: Database) -> None:
    plans = _plan(database)
    before = row_counts(database.path)
    failed = failed_statements(database.engine)
    with write_lock_held(database.path, 15.0) as holder:  # 15 s, released early once the error came
        with pytest.raises(StorageWriteError) as caught:
            _log_todays_dose(plans)
        assert holder.poll() is None  # the other program still held the lock
    assert caught.value.kind == "busy" and "another program" in str(
        storage_write_text(caught.value)
    )
    assert failed == ["BEGIN IMMEDIATE"]  # refused at the start: nothing was written
    assert isinstance(caught.value.__cause__, sqlite3.OperationalError)
    assert row_counts(database.path) == before  # no partial row
    assert _log_todays_dose(plans) == 2  # the retry, once the lock is free
    assert row_counts(database.path)["administration"] == before["administration"] + 1
    assert integrity(database.path) == "ok"


# --- a read-only database -----------------------------------------------------------------------

ROOT = os.name == "posix" and os.geteuid() == 0


@pytest.mark.parametrize("how", ["chmod-file", "chmod-folder", "query-only"])
def test_a_read_only_database_is_a_read_only_error_and_a_retry_works_once_writable(
    database: Database, how: str
) -> None:
    diary = DiaryService(database.sessions, CLOCK)
    kept = diary.add(symptom("before")).entry
    before = row_counts(database.path)
    folder = database.path.parent
    read_only = {"on": True}
    if how.startswith("chmod"):
        if os.name != "posix" or ROOT:
            pytest.skip("permission bits do not restrict root (or non-POSIX): see query-only")
        database.engine.dispose()  # open connections keep their write access: reopen
        if how == "chmod-file":
            database.path.chmod(0o444)
        else:
            folder.chmod(0o500)
    else:  # SQLITE_READONLY from SQLite itself, on every pooled connection
        on_every_checkout(
            database.engine, lambda: f"PRAGMA query_only={1 if read_only['on'] else 0}"
        )
    try:
        with pytest.raises(StorageWriteError) as caught:
            diary.add(symptom("after"))
    finally:  # the user makes the folder writable again (SQLite made -wal/-shm like the file)
        read_only["on"] = False
        if how.startswith("chmod"):
            folder.chmod(0o700)
            for file in folder.glob("companion.sqlite3*"):
                file.chmod(0o600)
    assert caught.value.kind == "read-only", caught.value.code
    assert "cannot be written" in str(storage_write_text(caught.value))
    assert isinstance(caught.value.__cause__, sqlite3.OperationalError)
    assert row_counts(database.path) == before
    assert database.path.exists()  # nothing deleted or recreated
    # The retry on the same services works: no pooled connection stayed read-only.
    saved = diary.add(symptom("after")).entry
    assert diary.get(kept.id) == kept and diary.get(saved.id) == saved
    assert integrity(database.path) == "ok"


# --- migrations still run on the engine with the error listener --------------------------------


def test_alembic_migrations_run_through_the_translating_engine(tmp_path: Path) -> None:
    from belimumab_companion.storage.database import head_revision, schema_revision

    opened = open_database(app_paths(tmp_path / "fresh"))
    try:
        assert schema_revision(opened.path) == head_revision()
        assert integrity(opened.path) == "ok"
    finally:
        opened.close()
