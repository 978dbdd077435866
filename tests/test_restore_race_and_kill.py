"""Issue 18, break 1: a restore racing another command, and a restore killed at any point.

Real processes on a real data folder. The restore is stopped at a named pause point
(:mod:`belimumab_companion.system.pause_points`), then another command is started (the race) or
the restore is killed with SIGKILL (the kill). Which point, which command and how long to wait
come from the run's seed (``--seed`` / ``BC_TEST_SEED``, printed in the header and with a
failure): round N uses seed + N, and ``BELIMUMAB_RESTORE_ROUNDS`` widens the run. The default run
is a few rounds.

What must hold, whatever the seed:
- the data file is never missing and never an empty profile: it holds either the data as it was
  before the restore or the restored backup, and passes ``check``;
- a command that started during the restore and said it saved something saved it into data that
  is kept (the live file, or the replaced file kept in ``set-aside/``);
- nothing of a killed restore is left in the system's temporary folder, and the next command
  clears what it left in the data folder.
"""

from __future__ import annotations

import os
import random
import re
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from belimumab_companion.paths import app_paths

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL and flock are POSIX")

ROUNDS = int(os.environ.get("BELIMUMAB_RESTORE_ROUNDS", "3"))
POINTS = ("restore-staged", "restore-locked", "restore-before-swap", "restore-swapped")
RACERS = (
    ("log-symptom", "--text", "Racer"),
    ("due",),
    ("check",),
    ("diary",),
)


def _env(tmp: Path, point: str | None = None, gate: Path | None = None) -> dict[str, str]:
    env = dict(os.environ)
    env["TMPDIR"] = str(tmp)  # anything written to "the system's temporary folder" lands here
    env.pop("BELIMUMAB_COMPANION_PAUSE_AT", None)
    if point is not None and gate is not None:
        env["BELIMUMAB_COMPANION_PAUSE_AT"] = point
        env["BELIMUMAB_COMPANION_PAUSE_GATE"] = str(gate)
    return env


def _cli(data: Path, tmp: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "belimumab_companion", "--data-dir", str(data), *argv],
        env=_env(tmp),
        capture_output=True,
        text=True,
        timeout=120,
    )


def _spawn(data: Path, env: dict[str, str], *argv: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "belimumab_companion", "--data-dir", str(data), *argv],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _wait_for(path: Path, process: subprocess.Popen[str]) -> None:
    deadline = time.monotonic() + 120
    while not path.exists():
        if process.poll() is not None:
            _out, err = process.communicate()
            pytest.fail(f"the restore ended before its pause point: {err}")
        if time.monotonic() > deadline:
            process.kill()
            pytest.fail("the restore never reached its pause point")
        time.sleep(0.01)


def _symptoms(database: Path) -> set[str]:
    connection = sqlite3.connect(f"{database.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return {row[0] for row in connection.execute("SELECT symptom FROM diary_entry")}
    finally:
        connection.close()


def _profile(tmp_path: Path) -> tuple[Path, Path, Path]:
    """A data folder holding Headache and Nausea, and a backup holding only Headache."""
    data = tmp_path / "data"
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    assert _cli(data, scratch, "log-symptom", "--text", "Headache").returncode == 0
    made = _cli(data, scratch, "backup")
    assert made.returncode == 0, made.stderr
    found = re.search(r"Backed up to (\S+) \(", made.stdout)
    assert found is not None, made.stdout
    backup = Path(found.group(1))
    assert _cli(data, scratch, "log-symptom", "--text", "Nausea").returncode == 0
    return data, scratch, backup


def _kept_symptoms(data: Path) -> set[str]:
    """Everything in data that is kept: the live file and the replaced files set aside."""
    paths = app_paths(data)
    found = set(_symptoms(paths.database))
    if paths.quarantine_dir.is_dir():
        for kept in paths.quarantine_dir.glob("companion.sqlite3.replaced-*"):
            if not kept.name.endswith(("-wal", "-shm")):
                found |= _symptoms(kept)
    return found


@pytest.mark.parametrize("round_", range(ROUNDS))
@pytest.mark.timeout(300)
def test_a_command_racing_a_restore_never_empties_or_mixes_the_data(
    tmp_path: Path, round_: int, test_seed: int
) -> None:
    seed = test_seed + round_
    rng = random.Random(seed)
    point, racer = rng.choice(POINTS), rng.choice(RACERS)
    data, scratch, backup = _profile(tmp_path)
    gate = tmp_path / "gate"

    restore = _spawn(data, _env(scratch, point, gate), "restore", str(backup), "--yes")
    _wait_for(Path(f"{gate}.reached"), restore)
    other = _spawn(data, _env(scratch), *racer)
    # Not a wait: how far the racer gets ahead is what the test varies (from the seed).
    time.sleep(rng.uniform(0, 0.5))
    gate.touch()
    restore_out, restore_err = restore.communicate(timeout=120)
    _other_out, other_err = other.communicate(timeout=120)

    database = app_paths(data).database
    assert database.exists()
    symptoms = _symptoms(database)
    if restore.returncode == 0:
        assert "Restored." in restore_out
        assert "Headache" in symptoms and "Nausea" not in symptoms  # the backup, not a mix
    else:  # the racer held the data when the restore wanted it: refused, nothing changed
        assert restore.returncode == 2 and "in use" in restore_err, restore_err
        assert {"Headache", "Nausea"} <= symptoms
    assert other.returncode in (0, 1), other_err
    assert "Traceback" not in other_err + restore_err
    if racer[0] == "log-symptom":
        assert "Racer" in _kept_symptoms(data)
    checked = _cli(data, scratch, "check")
    assert checked.returncode == 0 and checked.stdout.startswith("ok:"), checked.stdout
    assert not list(data.glob(".restore-work-*"))
    assert not list(scratch.iterdir())  # nothing in the system's temporary folder


@pytest.mark.parametrize("round_", range(ROUNDS))
@pytest.mark.timeout(300)
def test_a_killed_restore_leaves_the_old_or_the_restored_data(
    tmp_path: Path, round_: int, test_seed: int
) -> None:
    seed = test_seed + 1000 + round_
    rng = random.Random(seed)
    point = rng.choice(POINTS)
    data, scratch, backup = _profile(tmp_path)
    gate = tmp_path / "gate"

    restore = _spawn(data, _env(scratch, point, gate), "restore", str(backup), "--yes")
    _wait_for(Path(f"{gate}.reached"), restore)
    # Not a wait: the moment of the kill after the pause point is what the test varies.
    time.sleep(rng.uniform(0, 0.05))
    os.kill(restore.pid, signal.SIGKILL)
    restore.communicate(timeout=60)

    database = app_paths(data).database
    assert database.exists()  # never a moment without a data file
    symptoms = _symptoms(database)
    if point == "restore-swapped":
        assert symptoms == {"Headache"}
    else:
        assert symptoms == {"Headache", "Nausea"}
    after = _cli(data, scratch, "diary")  # the next start: opens the data, clears leftovers
    assert after.returncode == 0, after.stderr
    assert "Headache" in after.stdout
    assert not list(data.glob(".restore-work-*")) and not list(data.glob(".tmp-*"))
    assert not list(scratch.iterdir())
    checked = _cli(data, scratch, "check")
    assert checked.returncode == 0, checked.stdout


def test_a_start_with_no_data_file_but_earlier_data_set_aside_says_so(tmp_path: Path) -> None:
    """What a restore killed under the old code left: the data moved to set-aside/ and no data
    file. The next command must not make an empty profile over it."""
    data, scratch, _backup = _profile(tmp_path)
    paths = app_paths(data)
    paths.quarantine_dir.mkdir(mode=0o700, exist_ok=True)
    aside = paths.quarantine_dir / "companion.sqlite3.replaced-20261201T000000Z"
    paths.database.rename(aside)

    for command in (("due",), ("log-symptom", "--text", "Lost?"), ("check",)):
        refused = _cli(data, scratch, *command)
        assert refused.returncode == 2, refused.stdout
        assert refused.stderr.count("\n") == 1 and str(aside) in refused.stderr
        assert not paths.database.exists()  # no empty profile made
    restored = _cli(data, scratch, "restore", str(aside), "--yes")
    assert restored.returncode == 0, restored.stderr
    assert _symptoms(paths.database) == {"Headache", "Nausea"}


_HOLDER = r"""
import sys
from pathlib import Path
from belimumab_companion.system import data_lock
hold = data_lock.Hold(Path(sys.argv[1]))
print("held", flush=True)
sys.stdin.read()
hold.release()
"""


def test_a_restore_while_another_process_uses_the_data_is_refused_in_plain_words(
    tmp_path: Path,
) -> None:
    """The window holds the data lock for its whole life: a restore from another process (or
    the window's own restore while a command runs) is "in use", never a half-done swap."""
    from belimumab_companion.services.backup_service import BackupService, DatabaseInUseError

    data, scratch, backup = _profile(tmp_path)
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(data)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdin is not None and holder.stdout is not None
    try:
        assert holder.stdout.readline().strip() == "held"
        refused = _cli(data, scratch, "restore", str(backup), "--yes")
        assert refused.returncode == 2 and "in use" in refused.stderr
        assert refused.stderr.count("\n") == 1
        with pytest.raises(DatabaseInUseError) as caught:
            BackupService(app_paths(data), exclusive_wait=0.2).restore(backup)
        assert caught.value.code == "locked" and "quit it, then try again" in str(caught.value)
        assert _symptoms(app_paths(data).database) == {"Headache", "Nausea"}
    finally:
        holder.stdin.close()
        holder.wait(timeout=30)
        holder.stdout.close()


def test_data_set_aside_with_its_wal_is_restored_whole(tmp_path: Path) -> None:
    """What an earlier version's killed restore left: the data file and its -wal moved aside
    together. Restoring it reads through the WAL (nothing committed only there is lost)."""
    from belimumab_companion.services.backup_service import BackupService
    from belimumab_companion.storage.backup import move_aside

    data, scratch, _backup = _profile(tmp_path)
    paths = app_paths(data)
    holder = sqlite3.connect(paths.database, isolation_level=None)
    holder.execute("PRAGMA wal_autocheckpoint=0")
    holder.execute("UPDATE diary_entry SET symptom='Only in the WAL' WHERE symptom='Nausea'")
    # Copy the files while the WAL still holds the change (as a kill would leave them).
    import shutil

    aside_dir = tmp_path / "aside-src"
    aside_dir.mkdir()
    for suffix in ("", "-wal"):
        shutil.copy(f"{paths.database}{suffix}", aside_dir / f"companion.sqlite3{suffix}")
    holder.close()
    from datetime import UTC, datetime

    moved = move_aside(aside_dir / "companion.sqlite3", paths.quarantine_dir, "replaced",
                       datetime(2026, 12, 1, tzinfo=UTC))  # fmt: skip
    assert moved.database is not None and Path(f"{moved.database}-wal").stat().st_size > 0
    paths.database.unlink()
    BackupService(paths).restore(moved.database)
    assert _symptoms(paths.database) == {"Headache", "Only in the WAL"}
    assert _cli(data, scratch, "check").returncode == 0
