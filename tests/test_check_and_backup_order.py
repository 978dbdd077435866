"""Issue 18, item 4: backups ordered by what is inside them, and ``check`` telling "sound",
"corrupt" and "could not be checked: <why>" apart (a locked or unreadable file is not corrupt)."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from belimumab_companion.paths import app_paths
from belimumab_companion.services.app_services import build_services
from belimumab_companion.services.backup_service import BackupService
from belimumab_companion.services.clock import fixed_clock
from belimumab_companion.services.integrity import Verdict, check_data_file
from testsupport import run_cli, set_marker

NOW = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)


def test_a_backup_stamped_by_a_wrong_clock_is_not_newest_forever(tmp_path: Path) -> None:
    paths = app_paths(tmp_path / "data").ensure()
    services = build_services(paths, fixed_clock(NOW))
    set_marker(services.settings, "S1")
    services.close()
    wrong = BackupService(paths, fixed_clock(datetime(2150, 1, 1, tzinfo=UTC))).back_up_now()
    later = NOW + timedelta(minutes=5)
    services = build_services(paths, fixed_clock(later))
    set_marker(services.settings, "S2")  # a change made minutes later
    services.close()
    right = BackupService(paths, fixed_clock(later)).back_up_now()

    backups = BackupService(paths, fixed_clock(later))
    listed = backups.backups()
    assert [b.path for b in listed[:2]] == [right.path, wrong.path]
    assert listed[0].newest_change is not None and listed[0].newest_change >= later
    newest = backups.newest_good_backup()
    assert newest is not None and newest.path == right.path  # what corruption recovery offers


def test_check_says_sound_for_a_sound_file(tmp_path: Path) -> None:
    assert run_cli(tmp_path, "log-symptom", "--text", "Headache")[0] == 0
    code, out, _ = run_cli(tmp_path, "check")
    assert code == 0 and out.startswith("ok:")


def test_check_says_corrupt_for_a_damaged_file(tmp_path: Path) -> None:
    paths = app_paths(tmp_path).ensure()
    paths.database.write_bytes(b"SQLite format 3\x00" + os.urandom(4096))
    report = check_data_file(paths.database)
    assert report.verdict is Verdict.CORRUPT
    code, out, _ = run_cli(tmp_path, "check")
    assert code == 1 and out.startswith("FAILED")


_EXCLUSIVE_HOLDER = r"""
import select, sqlite3, sys
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("PRAGMA locking_mode=EXCLUSIVE")
connection.execute("BEGIN EXCLUSIVE")
connection.execute("UPDATE setting SET key=key")
print("locked", flush=True)
select.select([sys.stdin], [], [], 60)
connection.execute("ROLLBACK")
"""


def test_check_says_could_not_be_checked_for_a_locked_file_not_corrupt(tmp_path: Path) -> None:
    assert run_cli(tmp_path, "log-symptom", "--text", "Headache")[0] == 0
    database = app_paths(tmp_path).database
    holder = subprocess.Popen(
        [sys.executable, "-c", _EXCLUSIVE_HOLDER, str(database)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdin is not None and holder.stdout is not None
    try:
        assert holder.stdout.readline().strip() == "locked"
        report = check_data_file(database)
        assert report.verdict is Verdict.UNCHECKED, report
        assert "another program" in report.why_unchecked
    finally:
        holder.stdin.close()
        holder.wait(timeout=30)
        holder.stdout.close()
    assert check_data_file(database).verdict is Verdict.SOUND


@pytest.mark.skipif(
    os.name != "posix" or os.geteuid() == 0, reason="permission bits do not restrict root"
)
def test_check_says_could_not_be_checked_for_an_unreadable_file(tmp_path: Path) -> None:
    assert run_cli(tmp_path, "log-symptom", "--text", "Headache")[0] == 0
    database = app_paths(tmp_path).database
    database.chmod(0)
    try:
        code, _out, err = run_cli(tmp_path, "check")
        assert code == 2 and "could not be checked" in err and err.count("\n") == 1
    finally:
        database.chmod(0o600)


def test_check_of_a_folder_in_place_of_the_data_file_is_not_corrupt(tmp_path: Path) -> None:
    paths = app_paths(tmp_path).ensure()
    paths.database.mkdir()
    assert check_data_file(paths.database).verdict is Verdict.UNCHECKED


def test_the_start_clears_what_killed_backups_exports_and_restores_left(tmp_path: Path) -> None:
    paths = app_paths(tmp_path / "data").ensure()
    build_services(paths, fixed_clock(NOW)).close()
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    stale = [
        paths.data_dir / ".tmp-abc123",
        paths.backups_dir / ".tmp-def456",
        paths.data_dir / "companion.sqlite3.partial",
    ]
    for path in stale:
        path.write_bytes(b"health data")
    dead_work = paths.data_dir / f".restore-work-{dead.pid}-xyz"
    live_work = paths.data_dir / f".restore-work-{os.getpid()}-xyz"
    for folder in (dead_work, live_work):
        folder.mkdir()
        (folder / "companion.sqlite3").write_bytes(b"a copy")
    BackupService(paths, fixed_clock(NOW)).check_at_start()
    assert not any(path.exists() for path in (*stale, dead_work))
    assert live_work.exists()  # a restore still running in a live process is left alone
