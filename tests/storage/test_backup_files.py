"""The file work behind backups and restore, on real SQLite files."""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
import sys
import threading
from datetime import UTC, datetime
from pathlib import Path

import pytest

from belimumab_companion.paths import AppPaths
from belimumab_companion.storage.backup import (
    BackupRefused,
    DatabaseInUseError,
    backup_database,
    backup_file_ok,
    content_fingerprint,
    ensure_closed,
    integrity_problems,
    move_aside,
    put_back,
)
from belimumab_companion.storage.backup_checks import (
    check_backup_copy,
    copy_hostile_file,
    summarize_backup,
)
from belimumab_companion.storage.database import known_revisions, open_database
from belimumab_companion.storage.models import Base
from belimumab_companion.storage.sqlite_connection import connect

DATA = Path(__file__).resolve().parent.parent / "data"
SCHEMA_FILES = sorted(DATA.glob("schema-*.sqlite3"))
STAMP = "2026-01-01T00:00:00.000000Z"


def _insert(connection: sqlite3.Connection, key: str, value: str) -> None:
    connection.execute(
        "INSERT INTO setting(key, value_json, updated_at) VALUES (?, ?, ?)", (key, value, STAMP)
    )


def _state(path: Path) -> str | None:
    connection = connect(path, read_only=True)
    try:
        row = connection.execute("SELECT value_json FROM setting WHERE key='state'").fetchone()
    finally:
        connection.close()
    return None if row is None else str(row[0])


@pytest.fixture
def database_file(data_paths: AppPaths) -> Path:
    open_database(data_paths).close()
    return data_paths.database


def test_an_online_backup_during_writes_is_a_consistent_prefix(
    database_file: Path, tmp_path: Path
) -> None:
    """Scenario 10: a writer thread commits pairs of rows without pause while the backup runs."""
    seed = connect(database_file)
    seed.execute("BEGIN IMMEDIATE")
    for index in range(400):  # some bulk, so the copy spans many pages
        _insert(seed, f"filler-{index:04d}", '"' + "x" * 400 + '"')
    seed.execute("COMMIT")
    seed.close()

    progress = threading.Condition()
    committed = 0
    stop = threading.Event()
    errors: list[BaseException] = []

    def writer() -> None:
        nonlocal committed
        connection = connect(database_file)
        try:
            number = 0
            while not stop.is_set():
                number += 1
                connection.execute("BEGIN IMMEDIATE")
                _insert(connection, f"seq-{number:06d}-a", str(number))
                _insert(connection, f"seq-{number:06d}-b", str(number))
                connection.execute("COMMIT")
                with progress:
                    committed = number
                    progress.notify_all()
        except BaseException as exc:  # reported by the main thread
            errors.append(exc)
            with progress:
                progress.notify_all()
        finally:
            connection.close()

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        with progress:
            assert progress.wait_for(lambda: committed >= 100 or errors, timeout=60)
            before = committed
        target = backup_database(database_file, tmp_path / "online.sqlite3")
        with progress:
            after = committed
            assert progress.wait_for(lambda: committed >= after + 100 or errors, timeout=60)
    finally:
        stop.set()
        thread.join(timeout=60)
    assert errors == []
    final = committed

    assert integrity_problems(target) == []
    assert target.stat().st_mode & 0o777 == 0o600
    copy = connect(target, read_only=True)
    rows = copy.execute("SELECT key, value_json FROM setting WHERE key LIKE 'seq-%'").fetchall()
    fillers = copy.execute("SELECT count(*) FROM setting WHERE key LIKE 'filler-%'").fetchone()
    copy.close()
    numbers = sorted({int(value) for _key, value in rows})
    assert numbers == list(range(1, len(numbers) + 1))  # a prefix of the writer's sequence
    assert len(rows) == 2 * len(numbers)  # no torn pair
    assert all(key.startswith(f"seq-{int(value):06d}-") for key, value in rows)
    assert before <= len(numbers) <= final
    assert fillers == (400,)

    assert integrity_problems(database_file) == []
    live = connect(database_file, read_only=True)
    assert live.execute("SELECT count(*) FROM setting WHERE key LIKE 'seq-%'").fetchone() == (
        2 * final,
    )
    live.close()


def test_a_backup_has_the_same_fingerprint_and_a_commit_changes_it(
    database_file: Path, tmp_path: Path
) -> None:
    connection = connect(database_file)
    _insert(connection, "state", '"one"')
    connection.close()
    copy = backup_database(database_file, tmp_path / "copy.sqlite3")
    assert content_fingerprint(copy) == content_fingerprint(database_file)
    connection = connect(database_file)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    assert content_fingerprint(copy) == content_fingerprint(database_file)
    connection = connect(database_file)
    connection.execute("UPDATE setting SET value_json='\"two\"' WHERE key='state'")
    connection.close()
    assert content_fingerprint(copy) != content_fingerprint(database_file)


def test_a_backup_check_rejects_empty_random_and_truncated_files(
    database_file: Path, tmp_path: Path
) -> None:
    connection = connect(database_file)
    connection.execute("BEGIN IMMEDIATE")
    for index in range(300):
        _insert(connection, f"k{index}", '"' + "y" * 300 + '"')
    connection.execute("COMMIT")
    connection.close()
    good = backup_database(database_file, tmp_path / "good.sqlite3")
    assert backup_file_ok(good) and backup_file_ok(good, quick=False)
    empty = tmp_path / "empty.sqlite3"
    empty.write_bytes(b"")
    noise = tmp_path / "noise.sqlite3"
    noise.write_bytes(random.Random(7).randbytes(64 * 1024))
    truncated = tmp_path / "truncated.sqlite3"
    data = good.read_bytes()
    truncated.write_bytes(data[: len(data) // 2])
    for bad in (empty, noise, truncated, tmp_path / "missing.sqlite3"):
        assert not backup_file_ok(bad), bad.name
        assert not backup_file_ok(bad, quick=False), bad.name


def _leave_a_hot_wal(database: Path, state: str) -> None:
    """A separate process commits into the WAL and dies without closing: -wal/-shm stay."""
    import subprocess

    script = (
        "import os, sys; from pathlib import Path; "
        "from belimumab_companion.storage.sqlite_connection import connect; "
        "c = connect(Path(sys.argv[1])); c.execute('PRAGMA wal_autocheckpoint=0'); "
        "c.execute('BEGIN IMMEDIATE'); "
        "c.execute(\"INSERT OR REPLACE INTO setting VALUES ('state', ?, "
        "'2026-01-01T00:00:00.000000Z')\", (sys.argv[2],)); "
        "c.execute('COMMIT'); os._exit(0)"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, str(database), state],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert Path(f"{database}-wal").stat().st_size > 0


def test_moving_aside_keeps_the_wal_with_its_database(database_file: Path, tmp_path: Path) -> None:
    _leave_a_hot_wal(database_file, '"in-the-wal"')
    main_before = database_file.read_bytes()
    wal_before = Path(f"{database_file}-wal").read_bytes()
    folder = tmp_path / "aside"
    moment = datetime(2026, 5, 1, 12, 0, tzinfo=UTC)
    aside = move_aside(database_file, folder, "replaced", moment)
    assert aside.database == folder / "companion.sqlite3.replaced-20260501T120000Z"
    assert {p.name for p in aside.files} == {
        "companion.sqlite3.replaced-20260501T120000Z",
        "companion.sqlite3.replaced-20260501T120000Z-wal",
        "companion.sqlite3.replaced-20260501T120000Z-shm",
    }
    assert not database_file.exists()
    assert not Path(f"{database_file}-wal").exists()
    assert aside.database.read_bytes() == main_before  # moved, not rewritten
    assert Path(f"{aside.database}-wal").read_bytes() == wal_before
    assert _state(aside.database) == '"in-the-wal"'  # SQLite pairs the moved WAL by its name

    # The same instant again: a new name, nothing overwritten.
    database_file.write_bytes(b"second")
    again = move_aside(database_file, folder, "replaced", moment)
    assert again.database == folder / "companion.sqlite3.replaced-20260501T120000Z-1"
    assert again.database.read_bytes() == b"second"
    assert aside.database.read_bytes() == main_before

    database_file.write_bytes(b"in the way")
    with pytest.raises(FileExistsError):
        put_back(aside.database, database_file)
    assert database_file.read_bytes() == b"in the way"
    database_file.unlink()
    placed = put_back(aside.database, database_file)
    assert [p.name for p in placed] == [
        "companion.sqlite3",
        "companion.sqlite3-wal",
        "companion.sqlite3-shm",
    ]
    assert _state(database_file) == '"in-the-wal"'


def test_the_closed_probe_sees_an_idle_connection(database_file: Path) -> None:
    idle = connect(database_file)
    idle.execute("SELECT count(*) FROM setting").fetchone()
    with pytest.raises(DatabaseInUseError) as caught:
        ensure_closed(database_file)
    assert (caught.value.code, caught.value.path) == ("still-open", database_file)
    idle.close()
    ensure_closed(database_file)


def test_the_closed_probe_keeps_what_a_crashed_writer_left_in_the_wal(database_file: Path) -> None:
    _leave_a_hot_wal(database_file, '"kept"')
    ensure_closed(database_file)
    assert _state(database_file) == '"kept"'
    assert integrity_problems(database_file) == []


def test_a_hostile_copy_is_bounded_private_and_must_look_like_sqlite(
    database_file: Path, tmp_path: Path
) -> None:
    work = tmp_path / "work"
    work.mkdir(mode=0o700)
    copy_hostile_file(database_file, work / "ok.sqlite3", max_bytes=10 * 1024 * 1024)
    assert (work / "ok.sqlite3").read_bytes() == database_file.read_bytes()
    assert (work / "ok.sqlite3").stat().st_mode & 0o777 == 0o600

    size = database_file.stat().st_size
    with pytest.raises(BackupRefused) as caught:
        copy_hostile_file(database_file, work / "big.sqlite3", max_bytes=size - 1)
    assert caught.value.code == "too-large"

    text = tmp_path / "notes.txt"
    text.write_text("not a database\n" * 100)
    with pytest.raises(BackupRefused) as caught:
        copy_hostile_file(text, work / "text.sqlite3", max_bytes=size)
    assert caught.value.code == "not-sqlite"

    with pytest.raises(BackupRefused) as caught:
        copy_hostile_file(tmp_path, work / "folder.sqlite3", max_bytes=size)
    assert caught.value.code == "not-sqlite"

    with pytest.raises(BackupRefused) as caught:
        copy_hostile_file(tmp_path / "nowhere", work / "gone.sqlite3", max_bytes=size)
    assert caught.value.code == "unreadable"


@pytest.mark.skipif(sys.platform == "win32", reason="named pipes")
def test_a_named_pipe_is_refused_without_blocking(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe.sqlite3"
    os.mkfifo(pipe)
    with pytest.raises(BackupRefused) as caught:
        copy_hostile_file(pipe, tmp_path / "copy.sqlite3", max_bytes=1024)
    assert caught.value.code == "not-sqlite"


def _check(path: Path) -> str:
    return check_backup_copy(path, known_revisions(), set(Base.metadata.tables))


@pytest.mark.parametrize("fixture", SCHEMA_FILES, ids=lambda p: p.stem)
def test_every_released_schema_passes_the_backup_check(fixture: Path, tmp_path: Path) -> None:
    copy = tmp_path / fixture.name
    shutil.copy(fixture, copy)
    revision = _check(copy)
    assert revision == fixture.stem.removeprefix("schema-")
    summary = summarize_backup(copy, revision)
    assert set(summary.counts) == {
        "administration",
        "diary_entry",
        "mood_check_in",
        "vaccination",
        "contraception_log",
        "pregnancy_event",
        "plan_segment",
        "supply_lot",
    }
    if revision >= "0002":
        assert summary.counts["administration"] == 1
        assert summary.counts["plan_segment"] >= 1
    assert summary.counts["supply_lot"] == (1 if revision >= "0011" else 0)
    assert summary.newest_activity is not None
    assert summary.newest_activity.tzinfo is not None


@pytest.mark.parametrize(
    ("statement", "code"),
    [
        ("CREATE TRIGGER t AFTER INSERT ON setting BEGIN SELECT abs(1); END", "unsafe-schema"),
        ("CREATE VIEW v AS SELECT key FROM setting", "unsafe-schema"),
        ("CREATE VIRTUAL TABLE notes USING fts4(body)", "unsafe-schema"),
        ("CREATE TABLE stranger(x)", "not-ours"),
        ("PRAGMA application_id = 1234", "not-ours"),
        ("UPDATE alembic_version SET version_num = '9999_future'", "too-new"),
        ("DELETE FROM alembic_version", "not-ours"),
        ("DROP TABLE alembic_version", "not-ours"),
    ],
)
def test_the_backup_check_refuses_what_we_never_make(
    database_file: Path, tmp_path: Path, statement: str, code: str
) -> None:
    copy = backup_database(database_file, tmp_path / "crafted.sqlite3")
    connection = sqlite3.connect(copy)
    connection.execute(statement)
    connection.commit()
    connection.close()
    with pytest.raises(BackupRefused) as caught:
        _check(copy)
    assert caught.value.code == code
