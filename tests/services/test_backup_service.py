"""Backups, restore and the start-up check on real SQLite files, through the real services."""

from __future__ import annotations

import hashlib
import random
import re
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Hashable, Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from belimumab_companion.paths import AppPaths
from belimumab_companion.services.app_services import AppServices, build_services
from belimumab_companion.services.backup_service import (
    BackupRefused,
    BackupService,
    DatabaseInUseError,
    StartStatus,
)
from belimumab_companion.services.diary_service import DiaryInputs
from belimumab_companion.services.settings_model import AppSettings
from belimumab_companion.storage.backup import integrity_problems
from belimumab_companion.storage.database import head_revision, schema_revision
from belimumab_companion.storage.sqlite_connection import connect
from belimumab_companion.user_text import UserText
from testsupport import marker, set_marker, stored_marker

DATA = Path(__file__).resolve().parent.parent / "data"
START = datetime(2026, 1, 1, 8, 0, tzinfo=UTC)  # a Thursday


class SteppingClock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


class App:
    """Opens and reopens the real services the way the app does, and closes them at the end."""

    def __init__(self, paths: AppPaths, clock: SteppingClock) -> None:
        self.paths = paths
        self.clock = clock
        self.services: AppServices | None = None

    def open(self) -> AppServices:
        self.close()
        self.services = build_services(self.paths, clock=self.clock)
        return self.services

    def close(self) -> None:
        if self.services is not None:
            self.services.close()
            self.services = None


@pytest.fixture
def clock() -> SteppingClock:
    return SteppingClock(START)


@pytest.fixture
def app(data_paths: AppPaths, clock: SteppingClock) -> Iterator[App]:
    holder = App(data_paths, clock)
    yield holder
    holder.close()


def _symptom(services: AppServices, name: str) -> None:
    services.diary.add(
        DiaryInputs(
            symptom=name,
            onset_at=services.clock() - timedelta(hours=1),
            zone="Europe/Madrid",
            severity=1,
        )
    )


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _tree(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): _digest(p) for p in folder.rglob("*") if p.is_file()}


# --- making backups ------------------------------------------------------------------------------


def test_back_up_now_writes_a_private_checked_file_and_lists_it(
    app: App, data_paths: AppPaths, clock: SteppingClock
) -> None:
    services = app.open()
    _symptom(services, "Headache")
    backups = BackupService(data_paths, clock)
    first = backups.back_up_now()
    second = backups.back_up_now()  # the same second: a second name, nothing overwritten
    assert first.path.name == "manual-20260101T080000Z.sqlite3"
    assert second.path.name == "manual-20260101T080000Z-1.sqlite3"
    assert first.path.parent == data_paths.backups_dir
    assert first.path.stat().st_mode & 0o777 == 0o600
    assert integrity_problems(first.path) == []
    assert not list(data_paths.backups_dir.glob("*.partial"))
    listed = backups.backups()
    assert [b.path for b in listed] == [second.path, first.path]
    assert all(b.ok and b.reason == "manual" and b.created_at == START for b in listed)
    assert listed[0].size == second.path.stat().st_size > 0
    preview = backups.inspect(first.path)
    assert preview.counts["diary_entry"] == 1
    assert preview.created_at == START


def test_automatic_backups_need_a_day_and_a_change(
    app: App, data_paths: AppPaths, clock: SteppingClock
) -> None:
    services = app.open()
    backups = BackupService(data_paths, clock)
    first = backups.back_up_if_due()
    assert first is not None and first.reason == "start"
    _symptom(services, "Nausea")
    clock.now = START + timedelta(hours=23)
    assert backups.back_up_if_due() is None  # changed, but not a day old yet
    clock.now = START + timedelta(hours=24)
    second = backups.back_up_if_due()
    assert second is not None
    clock.now = START + timedelta(days=5)
    assert backups.back_up_if_due() is None  # old, but nothing changed
    assert backups.back_up_at_quit() is None
    set_marker(services.settings, "dark")
    quit_backup = backups.back_up_at_quit()
    assert quit_backup is not None and quit_backup.reason == "quit"
    assert backups.back_up_at_quit() is None
    assert [b.reason for b in backups.backups()] == ["quit", "start", "start"]


def _expected_routine_keep(good: dict[str, datetime]) -> set[str]:
    """The policy, restated: the newest good backup, and the newest of each of the 7 most recent
    days, 4 most recent ISO weeks and 12 most recent months that have one."""
    newest_first = sorted(good, key=lambda name: good[name], reverse=True)
    keep = set(newest_first[:1])
    rules: list[tuple[int, Callable[[datetime], Hashable]]] = [
        (7, lambda at: at.date()),
        (4, lambda at: at.isocalendar()[:2]),
        (12, lambda at: (at.year, at.month)),
    ]
    for count, bucket_of in rules:
        chosen: dict[Hashable, str] = {}
        for name in newest_first:
            bucket = bucket_of(good[name])
            if bucket not in chosen:
                if len(chosen) == count:
                    break
                chosen[bucket] = name
        keep |= set(chosen.values())
    return keep


def test_120_days_of_automatic_backups_follow_the_policy(
    app: App, data_paths: AppPaths, clock: SteppingClock
) -> None:
    """Scenario 11: one change a day (none on every 9th day), a backup at each start; the newest
    backup is truncated on day 60."""
    services = app.open()
    backups = BackupService(data_paths, clock)
    expected: dict[str, datetime] = {}  # the good backups the policy should still keep
    damaged: str | None = None
    for day in range(1, 121):
        clock.now = START + timedelta(days=day - 1)
        changed = day % 9 != 0
        if changed:
            set_marker(services.settings, f"day {day}")
        files_before = sorted(p.name for p in data_paths.backups_dir.iterdir())
        made = backups.back_up_if_due()
        if not changed:
            assert made is None, day
            assert sorted(p.name for p in data_paths.backups_dir.iterdir()) == files_before
        else:
            assert made is not None and made.ok and made.created_at == clock.now, day
            expected[made.name] = made.created_at
        expected = {name: expected[name] for name in _expected_routine_keep(expected)}
        if day == 60:  # damaged after that day's rotation, as a disk error would
            assert made is not None
            data = made.path.read_bytes()
            made.path.write_bytes(data[: len(data) // 2])
            damaged = made.name
            del expected[made.name]
        listed = {b.name: b for b in backups.backups()}
        assert {name for name, b in listed.items() if b.ok} == set(expected), day
        if damaged is not None:
            assert not listed[damaged].ok  # listed as damaged, never deleted
    kept_days = sorted(b.created_at.date() for b in backups.backups() if b.ok)
    assert kept_days == [
        date(2026, 1, 31),  # monthly
        date(2026, 2, 28),  # monthly
        date(2026, 3, 30),  # monthly (nothing changed on Mar 31)
        date(2026, 4, 12),  # weekly
        date(2026, 4, 19),  # weekly
        date(2026, 4, 23),  # daily from here (nothing changed on Apr 27)
        date(2026, 4, 24),
        date(2026, 4, 25),
        date(2026, 4, 26),
        date(2026, 4, 28),
        date(2026, 4, 29),
        date(2026, 4, 30),
    ]
    assert [b.created_at.date() for b in backups.backups() if not b.ok] == [date(2026, 3, 1)]


# --- restore -------------------------------------------------------------------------------------


def _leave_a_hot_wal(database: Path, state: str) -> None:
    """Another process commits into the WAL and dies without closing: -wal/-shm stay behind."""
    script = (
        "import os, sys; from pathlib import Path; "
        "from belimumab_companion.storage.sqlite_connection import connect; "
        "c = connect(Path(sys.argv[1])); c.execute('PRAGMA wal_autocheckpoint=0'); "
        "c.execute(\"UPDATE setting SET value_json = json_set(value_json, '$.guide.child_name', ?) "
        "WHERE key = 'app'\", (sys.argv[2],)); "
        "os._exit(0)"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, str(database), state],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr


def test_restore_round_trip_with_sidecars_and_undo(
    app: App, data_paths: AppPaths, clock: SteppingClock
) -> None:
    """Scenario 12: S1 -> backup -> S2 (partly only in a hot WAL) -> restore -> S1 -> undo -> S2."""
    services = app.open()
    set_marker(services.settings, "S1")
    _symptom(services, "Headache")
    backups = BackupService(data_paths, clock, release_database=app.close)
    s1_backup = backups.back_up_now()
    clock.now += timedelta(hours=2)
    set_marker(services.settings, "S2")
    _symptom(services, "Rash")
    app.close()
    _leave_a_hot_wal(data_paths.database, "S2-wal")
    wal = Path(f"{data_paths.database}-wal")
    assert wal.stat().st_size > 0 and Path(f"{data_paths.database}-shm").exists()

    preview = backups.inspect(s1_backup.path)
    assert preview.counts["diary_entry"] == 1
    assert preview.revision == head_revision() and not preview.needs_upgrade
    clock.now += timedelta(hours=1)
    result = backups.restore(s1_backup.path)

    assert result.preview == preview
    assert result.replaced is not None
    assert result.replaced.parent == data_paths.quarantine_dir
    assert re.fullmatch(r"companion\.sqlite3\.replaced-\d{8}T\d{6}Z", result.replaced.name)
    assert stored_marker(result.replaced) == "S2-wal"  # kept aside with what was in its WAL
    assert result.safety_backup is not None and result.safety_backup.reason == "before-restore"
    assert stored_marker(result.safety_backup.path) == "S2-wal"
    assert schema_revision(data_paths.database) == head_revision()
    reopened = app.open()
    assert marker(reopened.settings) == "S1"
    assert reopened.diary.count() == 1
    assert integrity_problems(data_paths.database) == []

    assert backups.automatic_paused and result.automatic_backups_paused
    reopened.mood.set_every_days(21)  # a change after the restore, not the marker
    clock.now += timedelta(days=3)
    before = sorted(p.name for p in data_paths.backups_dir.iterdir())
    assert backups.back_up_if_due() is None
    assert backups.back_up_at_quit() is None
    assert sorted(p.name for p in data_paths.backups_dir.iterdir()) == before
    assert BackupService(data_paths, clock).automatic_paused is False  # the next launch

    undone = backups.undo_restore(result)
    assert not result.replaced.exists()
    assert undone.replaced is not None and stored_marker(undone.replaced) == "S1"
    reopened = app.open()
    assert marker(reopened.settings) == "S2-wal"
    assert reopened.diary.count() == 2
    app.close()
    again = backups.undo_restore(undone)  # the undo can be undone too
    assert stored_marker(data_paths.database) == "S1"
    assert again.replaced is not None and again.replaced.exists()


def test_restore_refuses_while_the_database_is_still_open(
    app: App, data_paths: AppPaths, clock: SteppingClock
) -> None:
    services = app.open()
    set_marker(services.settings, "S1")
    backups = BackupService(data_paths, clock)  # no way to close the database itself
    backup = backups.back_up_now()
    set_marker(services.settings, "S2")
    with pytest.raises(DatabaseInUseError) as caught:
        backups.restore(backup.path)
    # storage's code, worded by the service for the window (translatable) and the log-free CLI
    assert caught.value.code == "still-open"
    text = getattr(caught.value, "text", None)
    assert isinstance(text, UserText) and text.args == (str(data_paths.database),)
    assert str(caught.value) == (
        f"the data file {data_paths.database} is still open, in this app or in another program"
    )
    assert not data_paths.quarantine_dir.exists()
    assert marker(services.settings) == "S2"
    assert not backups.automatic_paused


@pytest.mark.parametrize("failing", ["migrate_file", "swap_in"])
def test_a_restore_that_fails_half_way_leaves_the_old_data_in_place(
    app: App,
    data_paths: AppPaths,
    clock: SteppingClock,
    monkeypatch: pytest.MonkeyPatch,
    failing: str,
) -> None:
    """The old data is never moved away before the restored copy is ready: a failure while the
    copy is brought up to date, or at the very rename, leaves the data file as it was, and the
    restore's work folder is gone."""
    import belimumab_companion.services.backup_service as module

    services = app.open()
    set_marker(services.settings, "S1")
    backups = BackupService(data_paths, clock, release_database=app.close)
    backup = backups.back_up_now()
    set_marker(services.settings, "S2")

    def broken(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(module, failing, broken)
    with pytest.raises(OSError, match="No space left"):
        backups.restore(backup.path)
    assert stored_marker(data_paths.database) == "S2"
    assert not list(data_paths.data_dir.glob(".restore-work-*"))
    assert not list(data_paths.data_dir.glob(".tmp-*"))
    assert not backups.automatic_paused


def test_the_data_file_in_use_is_not_a_backup(data_paths: AppPaths, app: App) -> None:
    set_marker(app.open().settings, "S1")
    with pytest.raises(BackupRefused) as caught:
        BackupService(data_paths).inspect(data_paths.database)
    assert caught.value.code == "current-data"


def test_restoring_an_old_schema_migrates_it_to_head(
    app: App, data_paths: AppPaths, clock: SteppingClock, tmp_path: Path
) -> None:
    services = app.open()
    set_marker(services.settings, "current")
    app.close()
    old = tmp_path / "schema-0001_foundation.sqlite3"
    shutil.copy(DATA / old.name, old)
    backups = BackupService(data_paths, clock)
    preview = backups.inspect(old)
    assert preview.revision == "0001_foundation" and preview.needs_upgrade
    assert preview.created_at is None
    result = backups.restore(old)
    assert schema_revision(data_paths.database) == head_revision()
    reopened = app.open()
    # Its settings were string keys none of which the app reads: the model's defaults (but the
    # FHIR namespace the restore's read-through check made).
    assert replace(reopened.settings.load(), fhir_namespace="") == AppSettings()
    assert marker(reopened.settings) is None
    assert result.replaced is not None and stored_marker(result.replaced) == "current"
    # The copy is brought up to date before it is put in place; the file restored from is the
    # copy at its old version, so no "before-upgrade" backup of it is made (issue 18).
    assert not any(b.reason == "before-upgrade" for b in backups.backups())
    assert old.exists()


def test_inspect_reports_counts_and_the_newest_activity(
    app: App, data_paths: AppPaths, clock: SteppingClock
) -> None:
    services = app.open()
    for day in range(3):
        clock.now = START + timedelta(days=day)
        _symptom(services, f"Symptom {day}")
    clock.now = START + timedelta(days=10)
    backups = BackupService(data_paths, clock)
    preview = backups.inspect(backups.back_up_now().path)
    assert preview.counts == {
        "administration": 0,
        "diary_entry": 3,
        "mood_check_in": 0,
        "vaccination": 0,
        "contraception_log": 0,
        "pregnancy_event": 0,
        "plan_segment": 0,
        "supply_lot": 0,
    }
    assert preview.newest_activity == START + timedelta(days=2)
    assert preview.created_at == START + timedelta(days=10)


# --- hostile files -------------------------------------------------------------------------------


def _crafted(kind: str, backup: Path, folder: Path) -> Path:
    target = folder / f"{kind}.sqlite3"
    if kind == "not-sqlite":
        target.write_bytes(random.Random(13).randbytes(32 * 1024))
        return target
    if kind == "empty":
        target.write_bytes(b"")
        return target
    if kind == "truncated":
        data = backup.read_bytes()
        target.write_bytes(data[: len(data) // 2])
        return target
    if kind in ("zip-slip", "zip-bomb"):  # we never unzip: an archive is not a backup
        import zipfile

        with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
            if kind == "zip-slip":
                archive.writestr("../../escaped.sqlite3", backup.read_bytes())
            else:
                archive.writestr("companion.sqlite3", b"\0" * (64 * 1024 * 1024))
        return target
    if kind == "foreign":
        connection = sqlite3.connect(target)
        connection.execute("CREATE TABLE notes(body TEXT)")
        connection.execute("INSERT INTO notes VALUES ('hello')")
        connection.commit()
        connection.close()
        return target
    shutil.copy(backup, target)
    statement = {
        "trigger": "CREATE TRIGGER evil AFTER INSERT ON setting "
        "BEGIN SELECT load_extension('/tmp/evil.so'); END",
        "view": "CREATE VIEW evil AS SELECT load_extension('/tmp/evil.so') AS x",
        "too-new": "UPDATE alembic_version SET version_num = '9999_from_the_future'",
        "application-id": "PRAGMA application_id = 1234",
        "oversized": "SELECT 1",
    }[kind]
    connection = sqlite3.connect(target)
    connection.execute(statement)
    connection.commit()
    connection.close()
    return target


@pytest.mark.parametrize(
    ("kind", "code", "words"),
    [
        ("trigger", "unsafe-schema", "trigger evil"),
        ("view", "unsafe-schema", "view evil"),
        ("too-new", "too-new", "newer version"),
        ("not-sqlite", "not-sqlite", "not a Belimumab Companion backup"),
        ("empty", "not-sqlite", "not a Belimumab Companion backup"),
        ("oversized", "too-large", "too large"),
        ("foreign", "not-ours", "not made by Belimumab Companion"),
        ("application-id", "not-ours", "not made by Belimumab Companion"),
        ("truncated", "corrupt", "damaged"),
        ("zip-slip", "not-sqlite", "not a Belimumab Companion backup"),
        ("zip-bomb", "not-sqlite", "not a Belimumab Companion backup"),
    ],
)
def test_a_hostile_file_is_refused_and_nothing_changes(
    app: App,
    data_paths: AppPaths,
    clock: SteppingClock,
    tmp_path: Path,
    kind: str,
    code: str,
    words: str,
) -> None:
    """Scenario 13: each refused with its own code; the data folder is byte-identical."""
    services = app.open()
    set_marker(services.settings, "mine")
    _symptom(services, "Headache")
    good = BackupService(data_paths, clock).back_up_now()
    outside = tmp_path / "from-a-stranger"
    outside.mkdir()
    hostile = _crafted(kind, good.path, outside)
    app.close()
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    released: list[bool] = []
    limit = 4096 if kind == "oversized" else 10 * 1024 * 1024
    assert kind != "oversized" or hostile.stat().st_size > limit
    backups = BackupService(
        data_paths,
        clock,
        release_database=lambda: released.append(True),
        max_restore_bytes=limit,
        temp_root=scratch,
    )
    before = _tree(data_paths.data_dir)
    hostile_before = _digest(hostile) if hostile.stat().st_size else ""
    with pytest.raises(BackupRefused) as inspected:
        backups.inspect(hostile)
    with pytest.raises(BackupRefused) as restored:
        backups.restore(hostile)
    assert inspected.value.code == restored.value.code == code
    assert words in inspected.value.message
    assert _tree(data_paths.data_dir) == before
    assert released == []  # refused before the live database was even closed
    assert list(scratch.iterdir()) == []
    assert (_digest(hostile) if hostile.stat().st_size else "") == hostile_before
    assert not backups.automatic_paused
    assert marker(app.open().settings) == "mine"
    assert not list(tmp_path.rglob("escaped.sqlite3"))  # nothing written outside the temp dir


# --- start-up check ------------------------------------------------------------------------------


def _fill(database: Path) -> None:
    connection = connect(database)
    connection.execute("BEGIN IMMEDIATE")
    for index in range(300):
        connection.execute(
            "INSERT INTO setting(key, value_json, updated_at) VALUES (?, ?, ?)",
            (f"filler-{index:04d}", '"' + "z" * 300 + '"', "2026-01-01T00:00:00.000000Z"),
        )
    connection.execute("COMMIT")
    connection.close()


def _corrupt(kind: str, database: Path) -> None:
    if kind == "zero-bytes":
        database.write_bytes(b"")
    elif kind == "random-bytes":
        database.write_bytes(random.Random(99).randbytes(96 * 1024))
    else:
        connection = sqlite3.connect(f"{database.as_uri()}?immutable=1", uri=True)  # no sidecars
        (root,) = connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'setting'"
        ).fetchone()
        (page_size,) = connection.execute("PRAGMA page_size").fetchone()
        connection.close()
        raw = bytearray(database.read_bytes())
        offset = (root - 1) * page_size
        assert raw[offset] == 0x05  # an interior table b-tree page
        raw[offset : offset + page_size] = random.Random(5).randbytes(page_size)
        database.write_bytes(bytes(raw))


@pytest.mark.parametrize("kind", ["zero-bytes", "random-bytes", "interior-page"])
def test_a_corrupt_data_file_is_set_aside_and_the_newest_good_backup_offered(
    app: App, data_paths: AppPaths, clock: SteppingClock, kind: str
) -> None:
    """Scenario 9."""
    services = app.open()
    set_marker(services.settings, "in-the-good-backup")
    app.close()
    _fill(data_paths.database)
    backups = BackupService(data_paths, clock)
    good = backups.back_up_now()
    clock.now += timedelta(days=1)
    services = app.open()
    set_marker(services.settings, "in-the-damaged-backup")
    newer = backups.back_up_now()
    data = newer.path.read_bytes()
    newer.path.write_bytes(data[: len(data) // 2])
    clock.now += timedelta(days=1)
    set_marker(services.settings, "lost")
    app.close()
    _corrupt(kind, data_paths.database)
    damaged = _digest(data_paths.database)
    backups_before = _tree(data_paths.backups_dir)

    clock.now = datetime(2026, 1, 5, 6, 7, 8, tzinfo=UTC)
    check = BackupService(data_paths, clock).check_at_start()

    assert check.status is StartStatus.CORRUPT and check.problems
    assert not data_paths.database.exists()
    (moved,) = check.set_aside
    assert moved == data_paths.quarantine_dir / "companion.sqlite3.corrupt-20260105T060708Z"
    assert _digest(moved) == damaged  # moved, never rewritten
    assert _tree(data_paths.backups_dir) == backups_before
    assert check.offer is not None and check.offer.path == good.path

    result = BackupService(data_paths, clock).restore_newest_good(check)
    assert result is not None and result.replaced is None and result.safety_backup is None
    assert _digest(moved) == damaged
    reopened = app.open()
    assert marker(reopened.settings) == "in-the-good-backup"
    assert integrity_problems(data_paths.database) == []


def test_a_sound_file_passes_the_start_check_untouched(
    app: App, data_paths: AppPaths, clock: SteppingClock
) -> None:
    backups = BackupService(data_paths, clock)
    assert backups.check_at_start().status is StartStatus.NEW
    set_marker(app.open().settings, "fine")
    app.close()
    before = _tree(data_paths.data_dir)
    assert backups.check_at_start().status is StartStatus.OK
    assert _tree(data_paths.data_dir) == before
    assert [p.name for p in data_paths.data_dir.iterdir() if p.is_file()] == ["companion.sqlite3"]


def test_a_wal_without_its_database_is_set_aside_at_start(
    data_paths: AppPaths, clock: SteppingClock
) -> None:
    wal = Path(f"{data_paths.database}-wal")
    wal.write_bytes(b"a WAL from some other database")
    check = BackupService(data_paths, clock).check_at_start()
    assert check.status is StartStatus.NEW
    assert not wal.exists()
    (moved,) = check.set_aside
    assert moved.read_bytes() == b"a WAL from some other database"
    assert moved.name.endswith("-wal") and moved.parent == data_paths.quarantine_dir


def test_with_no_good_backup_nothing_is_offered(data_paths: AppPaths, clock: SteppingClock) -> None:
    data_paths.database.write_bytes(b"garbage" * 1000)
    backups = BackupService(data_paths, clock)
    check = backups.check_at_start()
    assert check.status is StartStatus.CORRUPT and check.offer is None
    assert backups.restore_newest_good(check) is None
    assert len(check.set_aside) == 1 and check.set_aside[0].read_bytes() == b"garbage" * 1000
