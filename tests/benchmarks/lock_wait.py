"""Lock-wait benchmark: how long a write waits for another program's SQLite write lock.

Run by hand (pytest does not collect it):

    uv run python tests/benchmarks/lock_wait.py [--rounds N]

The figures that tests/storage/test_write_errors.py used to assert on (tests never assert on wall
time): another process holds the write lock (``BEGIN IMMEDIATE``) on a migrated data file for
2 s, and a diary entry is added meanwhile (it waits the lock out: the printed wait is about 2 s,
below ``busy_timeout``); then the lock is held past ``busy_timeout`` and the write gives up with
a retryable "busy" error (the printed wait is about ``busy_timeout``). It prints medians; it never
asserts on time.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/: processes, testsupport

from belimumab_companion.paths import app_paths
from belimumab_companion.services.clock import fixed_clock
from belimumab_companion.services.diary_service import DiaryInputs, DiaryService
from belimumab_companion.services.errors import StorageWriteError
from belimumab_companion.storage.database import open_database
from belimumab_companion.storage.sqlite_connection import BUSY_TIMEOUT_MS
from processes import write_lock_held
from testsupport import FIXED_NOW


def _entry() -> DiaryInputs:
    return DiaryInputs(
        symptom="Headache",
        onset_at=FIXED_NOW - timedelta(hours=1),
        zone="Europe/Madrid",
        severity=1,
        notes="",
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=3)
    rounds = parser.parse_args().rounds
    waited_out: list[float] = []
    gave_up: list[float] = []
    with tempfile.TemporaryDirectory() as folder:
        database = open_database(app_paths(Path(folder) / "data"))
        try:
            diary = DiaryService(database.sessions, fixed_clock(FIXED_NOW))
            for _ in range(rounds):
                with write_lock_held(database.path, 2.0):
                    started = time.monotonic()
                    diary.add(_entry())
                    waited_out.append(time.monotonic() - started)
                with write_lock_held(database.path, BUSY_TIMEOUT_MS / 1000 + 10):
                    started = time.monotonic()
                    try:
                        diary.add(_entry())
                    except StorageWriteError as exc:
                        gave_up.append(time.monotonic() - started)
                        if exc.kind != "busy":
                            raise
                    else:
                        raise SystemExit("the write did not give up while the lock was held")
        finally:
            database.close()
    print(f"busy_timeout: {BUSY_TIMEOUT_MS} ms; {rounds} rounds")
    print(f"a lock held for 2 s, waited out in (median): {statistics.median(waited_out):.2f} s")
    print(
        f"a lock held past busy_timeout, gave up after (median): {statistics.median(gave_up):.2f} s"
    )


if __name__ == "__main__":
    main()
