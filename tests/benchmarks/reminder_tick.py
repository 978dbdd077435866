"""Reminder tick benchmark (issue 19, item 5): what one tick costs the data file.

A temporary data folder gets 10 years of a user's data (``generate_history.populate``); then the
reminder service ticks every 30 seconds of a clock that starts at its last day.
Printed per tick kind: the statements sent (by a ``before_cursor_execute`` listener), how many
transactions began and how (``BEGIN`` is a read without the write lock, ``BEGIN IMMEDIATE`` a
write), and the time per tick (median of ``--runs``):

a. a tick with nothing to deliver (the usual one, every 30 seconds);
b. a tick that fires a reminder (one read, one write: the log row and the mark).

Run: uv run python tests/benchmarks/reminder_tick.py [--runs N] [--keep]
It only prints; it asserts nothing, and pytest never collects it.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import event

from belimumab_companion.paths import app_paths
from belimumab_companion.services.app_services import build_services
from generate_history import NOW, populate

ZONE = "Europe/Berlin"


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--keep", action="store_true", help="keep the data folder")
    args = parser.parse_args()

    folder = Path(tempfile.mkdtemp(prefix="belimumab-tick-"))
    try:
        paths = app_paths(folder / "data").ensure()
        populate(paths.data_dir)
        clock = Clock(NOW)
        services = build_services(paths, clock=clock)
        services.reminders.tick(ZONE)  # the first run stores the mark

        seen: list[str] = []

        def record(conn: Any, cursor: Any, statement: str, *rest: Any) -> None:
            seen.append(" ".join(statement.split()[:2]).upper())

        event.listen(services.database.engine, "before_cursor_execute", record)

        quiet: list[float] = []
        fired: list[float] = []
        quiet_counts: Counter[str] = Counter()
        fired_counts: Counter[str] = Counter()
        quiet_ticks = fired_ticks = 0
        for _ in range(args.runs):
            clock.now += timedelta(seconds=30)
            seen.clear()
            began = time.perf_counter()
            outcome = services.reminders.tick(ZONE)
            took = time.perf_counter() - began
            kinds = Counter(
                "BEGIN IMMEDIATE" if s == "BEGIN IMMEDIATE" else s.split()[0] for s in seen
            )
            if outcome.fire:
                fired.append(took)
                fired_counts += kinds
                fired_ticks += 1
            else:
                quiet.append(took)
                quiet_counts += kinds
                quiet_ticks += 1
        services.close()

        def report(label: str, times: list[float], counts: Counter[str], ticks: int) -> None:
            if not ticks:
                print(f"{label}: none in {args.runs} ticks")
                return
            per_tick = ", ".join(f"{kind} {count / ticks:.1f}" for kind, count in counts.items())
            print(
                f"{label}: {ticks} ticks, median {statistics.median(times) * 1000:.2f} ms; "
                f"per tick: {sum(counts.values()) / ticks:.1f} statements ({per_tick})"
            )

        report("a. nothing to deliver", quiet, quiet_counts, quiet_ticks)
        report("b. a reminder fires", fired, fired_counts, fired_ticks)
    finally:
        if args.keep:
            print(f"kept {folder}")
        else:
            shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
