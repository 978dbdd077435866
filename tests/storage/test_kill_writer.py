"""Scenario 1: ``kill -9`` after an acknowledged commit (POSIX: fork and SIGKILL).

A writer process opens the app's database the app's way (``open_database``) and adds diary
entries through the DiaryService in a loop, writing each id out only after ``add`` (its commit)
returned. The test kills it with SIGKILL at a random moment, 100 times against the same file.
Afterwards every acknowledged id is there exactly once with its own text, nothing is duplicated,
each writer's entries have no gaps, and SQLite's and the full-text index's checks pass.

A fresh interpreter per writer costs ~1 s of imports (SQLAlchemy), which would make 100 kills
take minutes and let most kills land during the import. So one helper process imports the app
once, opens nothing, and forks a writer per turn; the writer is a separate process that opens
the database itself, and the SIGKILL goes to it, at a random moment 0–300 ms after its start. The moments come from the run's seed
(``--seed`` / ``BC_TEST_SEED``, printed in the header and with a failure).
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import IO

import pytest

from belimumab_companion.paths import app_paths
from belimumab_companion.services.clock import system_clock
from belimumab_companion.services.diary_service import DiaryService
from belimumab_companion.storage.database import open_database

KILLS = 100
MAX_DELAY = 0.300  # seconds between a writer's start and its SIGKILL

# stdin: one line per turn; stdout: "writer PID" when forked, "ended PID SIGNAL EXIT" once reaped.
FORK_SERVER = r"""
import os, sys
from datetime import timedelta

from sqlalchemy.orm import configure_mappers

from belimumab_companion.domain.triage import triage
from belimumab_companion.paths import app_paths
from belimumab_companion.services.clock import system_clock
from belimumab_companion.services.diary_service import DiaryInputs, DiaryService
from belimumab_companion.storage.database import open_database

configure_mappers()  # warm up without touching the database: nothing is open when we fork
triage("warm up")
data, acks_dir = sys.argv[1], sys.argv[2]


def write(turn):
    acks = os.open(os.path.join(acks_dir, f"{turn}.txt"), os.O_WRONLY | os.O_CREAT | os.O_APPEND)
    database = open_database(app_paths(data))
    diary = DiaryService(database.sessions, system_clock)
    i = 0
    while True:
        token = f"w{turn}-{i}"
        saved = diary.add(
            DiaryInputs(
                symptom="Headache",
                onset_at=system_clock() - timedelta(minutes=1),
                zone="UTC",
                severity=1,
                notes=token,
            )
        )
        os.write(acks, f"{saved.entry.id} {token}\n".encode())  # only after the commit returned
        i += 1


print("ready", flush=True)
for line in sys.stdin:
    turn = int(line)
    pid = os.fork()
    if pid == 0:
        try:
            write(turn)
        finally:
            os._exit(1)  # never back into the loop
    print("writer", pid, flush=True)
    _, status = os.waitpid(pid, 0)
    print("ended", pid, os.WTERMSIG(status) if os.WIFSIGNALED(status) else 0,
          os.WEXITSTATUS(status) if os.WIFEXITED(status) else -1, flush=True)
"""


def _line(stream: IO[str], server: subprocess.Popen[str], errors: Path) -> list[str]:
    line = stream.readline()
    if not line:
        server.wait(timeout=30)
        raise AssertionError(f"the fork server stopped: {errors.read_text()}")
    return line.split()


def _acknowledged(path: Path) -> list[tuple[int, str]]:
    """The (id, token) lines written in full; a line cut by the kill is not an acknowledgement."""
    if not path.exists():
        return []  # killed before it could open its file
    acked = []
    for line in path.read_bytes().split(b"\n")[:-1]:  # complete lines only
        entry_id, token = line.decode().split()
        acked.append((int(entry_id), token))
    return acked


@pytest.mark.slow
@pytest.mark.timeout(600)
def test_every_acknowledged_entry_survives_100_kills(tmp_path: Path, test_seed: int) -> None:
    data = tmp_path / "data"
    acks = tmp_path / "acks"
    acks.mkdir()
    open_database(app_paths(data)).close()  # migrated once, before the first writer
    seed = test_seed  # --seed / BC_TEST_SEED replays a run's kill moments
    rng = random.Random(seed)
    errors = tmp_path / "server-stderr.txt"
    started = time.monotonic()  # for the figure printed at the end, never asserted on
    with errors.open("w") as stderr:
        server = subprocess.Popen(
            [sys.executable, "-c", FORK_SERVER, str(data), str(acks)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=stderr,
            text=True,
        )
    assert server.stdin is not None and server.stdout is not None
    printed: list[tuple[int, str]] = []
    interrupted = 0  # kills that came after at least one acknowledged commit
    try:
        assert _line(server.stdout, server, errors) == ["ready"]
        for turn in range(KILLS):
            server.stdin.write(f"{turn}\n")
            server.stdin.flush()
            kind, pid = _line(server.stdout, server, errors)
            assert kind == "writer"
            # Not a wait: the random moment of the kill is what the test varies (from the seed).
            time.sleep(rng.uniform(0, MAX_DELAY))
            os.kill(int(pid), signal.SIGKILL)
            ended = _line(server.stdout, server, errors)
            assert ended == ["ended", pid, str(int(signal.SIGKILL)), "-1"], (
                f"seed {seed}, turn {turn}: the writer ended by itself: {errors.read_text()}"
            )
            acked = _acknowledged(acks / f"{turn}.txt")
            interrupted += bool(acked)
            printed += acked
    finally:
        server.stdin.close()
        server.wait(timeout=30)
        server.stdout.close()
    elapsed = time.monotonic() - started

    path = app_paths(data).database
    check = sqlite3.connect(path)
    try:
        assert check.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        # The full-text index (written in the same transaction) matches its content table.
        check.execute("INSERT INTO diary_fts(diary_fts, rank) VALUES('integrity-check', 1)")
        rows = check.execute("SELECT id, notes FROM diary_entry").fetchall()
        duplicated = check.execute(
            "SELECT notes, count(*) FROM diary_entry GROUP BY notes HAVING count(*) > 1"
        ).fetchall()
    finally:
        check.close()
    stored = dict(rows)
    assert duplicated == [], f"seed {seed}: duplicate rows {duplicated[:5]}"
    missing = [(i, t) for i, t in printed if stored.get(i) != t]
    assert missing == [], f"seed {seed}: acknowledged but lost or changed: {missing[:5]}"
    assert len({i for i, _ in printed}) == len(printed)  # each id acknowledged once
    # Per writer: its entries without gaps, and at most one more than it acknowledged (the one
    # whose commit had returned when the kill came, before the acknowledgement).
    kept: dict[str, set[int]] = defaultdict(set)
    for token in stored.values():
        writer, index = token.split("-")
        kept[writer].add(int(index))
    acked_per_writer = Counter(token.split("-")[0] for _, token in printed)
    for writer, indices in kept.items():
        assert indices == set(range(len(indices))), f"seed {seed}: a gap in {writer}"
        assert len(indices) - acked_per_writer[writer] in (0, 1), f"seed {seed}: {writer}"

    reopened = open_database(app_paths(data))  # and the app opens it normally
    try:
        assert DiaryService(reopened.sessions, system_clock).count() == len(stored)
    finally:
        reopened.close()
    # Not vacuous: most kills came while the writer was committing.
    assert len(printed) >= KILLS and interrupted >= KILLS // 4, (seed, len(printed), interrupted)
    print(
        f"{KILLS} kills in {elapsed:.1f} s: {len(printed)} acknowledged, "
        f"{len(stored) - len(printed)} committed but not acknowledged, "
        f"{interrupted} kills mid-stream, seed {seed}"
    )
