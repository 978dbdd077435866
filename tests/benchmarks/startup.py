"""Start-up benchmark: the app against the floor that Qt (and Qt + SQLAlchemy) sets.

Run by hand (pytest does not collect it):

    uv run python tests/benchmarks/startup.py [--rounds N] [--warmup K]
    uv run python tests/benchmarks/startup.py --xvfb [--rounds 7] [--diary-entries 3000]

``--xvfb`` (``startup_xvfb.py``): real windows on one Xvfb with one session bus, floor A, floor B
and the app on the populated folder (with diary entries), each on Xvfb and offscreen, the order
rotated each round; the window mapped is seen from outside (MapNotify), memory is VmHWM when the
data is painted. Needs the Debian packages xvfb and dbus (``.ci/run`` installs both).

Every run is a whole new process, launched with ``QT_QPA_PLATFORM=offscreen`` and timed from just
before launch to its exit; peak RSS comes from ``os.wait4``. Each round runs every configuration
once, in a freshly shuffled order (``random.Random(0)``), so drift on the machine (thermal, caches,
other load) spreads over all of them instead of biasing one. Warm-up rounds are run and discarded.

Configurations:

* ``floor_a``: a bare PySide6 QMainWindow (800x600) that prints ``FIRSTPAINT`` on its first paint
  and quits: the least any Qt window can cost.
* ``floor_a_themed``: floor A that reads the system's colour scheme and wraps the style in a
  ``QProxyStyle`` with a Python override, as the app does (no goal; printed beside floor A).
* ``floor_b``: floor A that, before show(), imports SQLAlchemy and runs ``SELECT count(*) FROM
  setting`` on the populated data folder's database; it prints ``FIRSTPAINT`` and ``DATASHOWN`` on
  its first paint (the data was read before the window was shown).
* ``app_empty``: the app on a fresh empty data folder per run (the first launch: the database is
  created and migrated).
* ``app_populated``: the app on one folder filled once by ``generate_history.populate``.

The app runs with ``BELIMUMAB_COMPANION_STARTUP_PROBE=1``: it prints ``FIRSTPAINT <epoch>`` at its
first paint and ``DATASHOWN <epoch>`` at the first paint after the pages were given the data from
the database, then quits.

It prints medians and the ratios against the goals; it never asserts on time.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import selectors
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

TESTS_DIR = Path(__file__).resolve().parent.parent
if str(TESTS_DIR) not in sys.path:
    sys.path.insert(0, str(TESTS_DIR))  # generate_history, benchmarks.*
RUN_TIMEOUT_S = 120.0

FLOOR_A = """\
import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


class Window(QMainWindow):
    painted = False

    def paintEvent(self, event):
        super().paintEvent(event)
        if not self.painted:
            self.painted = True
            print(f"FIRSTPAINT {time.time():.6f}", flush=True)
            QTimer.singleShot(0, app.quit)


app = QApplication(sys.argv)
window = Window()
window.resize(800, 600)
window.show()
sys.exit(app.exec())
"""

# Floor A as a window that follows the system's light or dark scheme and wraps the style with a
# Python override, as the app does (and any app that sets its own spacing): reading the scheme
# makes PySide6 create the whole ``Qt`` namespace's enums, the override the ``QStyle`` types.
# Not a goal's floor: printed beside floor A so the two costs can be told from the app's own.
FLOOR_A_THEMED = FLOOR_A.replace(
    "app = QApplication(sys.argv)\n",
    """app = QApplication(sys.argv)
from PySide6.QtWidgets import QProxyStyle, QStyleFactory


class Style(QProxyStyle):
    def pixelMetric(self, metric, option=None, widget=None):
        return super().pixelMetric(metric, option, widget)


app.styleHints().colorScheme()
app.setStyle(Style(QStyleFactory.create(app.style().name())))
""",
)

FLOOR_B = """\
import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


class Window(QMainWindow):
    painted = False

    def paintEvent(self, event):
        super().paintEvent(event)
        if not self.painted:
            self.painted = True
            print(f"FIRSTPAINT {time.time():.6f}", flush=True)
            print(f"DATASHOWN {time.time():.6f}", flush=True)
            QTimer.singleShot(0, app.quit)


app = QApplication(sys.argv)
window = Window()
window.resize(800, 600)

import sqlalchemy
import sqlalchemy.orm
from sqlalchemy import create_engine, text

db = sys.argv[1]
engine = create_engine(f"sqlite:///{db}")
with engine.connect() as connection:
    count = connection.execute(text("SELECT count(*) FROM setting")).scalar_one()
label = QLabel(f"{count} settings")
window.setCentralWidget(label)

window.show()
sys.exit(app.exec())
"""

# (ratio label, measured configuration metric, floor configuration, goal)
GOALS = [
    ("first paint / floor_a first paint", "first_paint_ms", "floor_a", 1.3),
    ("data shown / floor_b data shown", "data_shown_ms", "floor_b", 1.2),
    ("peak RSS / floor_b peak RSS", "peak_rss_mib", "floor_b", 1.3),
]
APP_CONFIGS = ("app_empty", "app_populated")


class BenchmarkFailure(RuntimeError):
    pass


@dataclass(frozen=True)
class Run:
    wall_ms: float
    first_paint_ms: float
    data_shown_ms: float | None
    peak_rss_mib: float


@dataclass(frozen=True)
class Config:
    name: str
    needs_data_shown: bool
    command: Callable[[], tuple[list[str], dict[str, str], Path | None]]
    """Return (argv, env, a folder to delete after the run or None)."""


def base_env(pycache: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    # An installed app runs from compiled bytecode. Where PYTHONDONTWRITEBYTECODE is set and the
    # venv holds no .pyc files (uv does not compile by default), every run would compile
    # SQLAlchemy & co. from source again (over a second here). So the children keep their
    # bytecode in a private cache inside the benchmark's temp folder (filled by the warm-up),
    # and nothing is written into the project or the venv.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(pycache)
    return env


def app_env(pycache: Path) -> dict[str, str]:
    env = base_env(pycache)
    env["BELIMUMAB_COMPANION_STARTUP_PROBE"] = "1"
    return env


def build_configs(work: Path, populated: Path, database: Path) -> list[Config]:
    floor_a = work / "floor_a.py"
    floor_b = work / "floor_b.py"
    floor_a.write_text(FLOOR_A, encoding="utf-8")
    floor_b.write_text(FLOOR_B, encoding="utf-8")
    if FLOOR_A_THEMED == FLOOR_A:
        raise BenchmarkFailure("floor A themed could not be made from floor A's script")
    floor_a_themed = work / "floor_a_themed.py"
    floor_a_themed.write_text(FLOOR_A_THEMED, encoding="utf-8")
    app = [sys.executable, "-m", "belimumab_companion", "--data-dir"]
    pycache = work / "pycache"

    def empty_folder() -> tuple[list[str], dict[str, str], Path | None]:
        folder = Path(tempfile.mkdtemp(prefix="app_empty-", dir=work))
        return [*app, str(folder)], app_env(pycache), folder

    return [
        Config("floor_a", False, lambda: ([sys.executable, str(floor_a)], base_env(pycache), None)),
        Config(
            "floor_a_themed",
            False,
            lambda: ([sys.executable, str(floor_a_themed)], base_env(pycache), None),
        ),
        Config(
            "floor_b",
            True,
            lambda: ([sys.executable, str(floor_b), str(database)], base_env(pycache), None),
        ),
        Config("app_empty", True, empty_folder),
        Config("app_populated", True, lambda: ([*app, str(populated)], app_env(pycache), None)),
    ]


def read_until_eof(process: subprocess.Popen[bytes], timeout_s: float) -> bytes:
    """All of the child's stdout (EOF comes when it exits); kill it if it takes too long."""
    assert process.stdout is not None
    fd = process.stdout.fileno()
    chunks: list[bytes] = []
    deadline = time.monotonic() + timeout_s
    with selectors.DefaultSelector() as selector:
        selector.register(fd, selectors.EVENT_READ)
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                process.kill()  # not reaped yet, so the pid is still ours
                raise TimeoutError
            if not selector.select(remaining):
                continue
            chunk = os.read(fd, 65536)
            if not chunk:
                return b"".join(chunks)
            chunks.append(chunk)


def marker(lines: list[str], name: str) -> float | None:
    for line in lines:
        parts = line.split()
        if len(parts) == 2 and parts[0] == name:
            return float(parts[1])
    return None


def rss_mib(ru_maxrss: int) -> float:
    # Linux reports KiB, macOS bytes.
    return ru_maxrss / (1024 * 1024) if sys.platform == "darwin" else ru_maxrss / 1024


def run_once(config: Config) -> Run:
    argv, env, cleanup = config.command()
    try:
        with tempfile.TemporaryFile() as stderr:
            launched = time.time()
            start = time.perf_counter()
            process = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=stderr, env=env)
            timed_out = False
            try:
                output = read_until_eof(process, RUN_TIMEOUT_S)
            except TimeoutError:
                timed_out, output = True, b""
            _pid, status, usage = os.wait4(process.pid, 0)
            wall_ms = (time.perf_counter() - start) * 1000
            process.returncode = os.waitstatus_to_exitcode(status)
            assert process.stdout is not None
            process.stdout.close()
            stderr.seek(0)
            errors = stderr.read().decode(errors="replace")
    finally:
        if cleanup is not None:
            shutil.rmtree(cleanup, ignore_errors=True)
    text = output.decode(errors="replace")
    lines = text.splitlines()
    first_paint = marker(lines, "FIRSTPAINT")
    data_shown = marker(lines, "DATASHOWN")
    problem = None
    if timed_out:
        problem = f"did not exit within {RUN_TIMEOUT_S:.0f} s (killed)"
    elif process.returncode != 0:
        problem = f"exit code {process.returncode}"
    elif first_paint is None:
        problem = "no FIRSTPAINT line"
    elif config.needs_data_shown and data_shown is None:
        problem = "no DATASHOWN line"
    if problem is not None:
        raise BenchmarkFailure(
            f"{config.name} failed: {problem}\n"
            f"  command: {' '.join(argv)}\n"
            f"  stdout:\n{indent(text)}\n"
            f"  stderr (last 40 lines):\n{indent(chr(10).join(errors.splitlines()[-40:]))}"
        )
    assert first_paint is not None
    return Run(
        wall_ms=wall_ms,
        first_paint_ms=(first_paint - launched) * 1000,
        data_shown_ms=None if data_shown is None else (data_shown - launched) * 1000,
        peak_rss_mib=rss_mib(usage.ru_maxrss),
    )


def indent(text: str) -> str:
    return "\n".join(f"    {line}" for line in text.splitlines()) or "    (nothing)"


def median(runs: list[Run], metric: str) -> float | None:
    values = [getattr(run, metric) for run in runs]
    if any(value is None for value in values):
        return None
    return float(statistics.median(values))


def versions() -> str:
    import PySide6
    import sqlalchemy

    return (
        f"Python {platform.python_version()}, PySide6 {PySide6.__version__}, "
        f"SQLAlchemy {sqlalchemy.__version__}, os.cpu_count() = {os.cpu_count()}, "
        f"{platform.system()} {platform.machine()}"
    )


def populate(folder: Path, diary_entries: int = 0) -> dict[str, int]:
    """10 years of weekly doses (``generate_history``), plus ``diary_entries`` diary entries over
    the same years (the diary benchmark's bulk insert)."""
    import generate_history

    counts = generate_history.populate(folder)
    if diary_entries:
        from benchmarks.diary import bulk_insert

        bulk_insert(folder, diary_entries)
        counts["diary_entry"] = diary_entries
    return counts


def fmt(value: float | None, digits: int = 0) -> str:
    return "-" if value is None else f"{value:.{digits}f}"


def report(results: dict[str, list[Run]], rounds: int, warmup: int, counts: dict[str, int]) -> None:
    print()
    print(f"Start-up benchmark: {rounds} rounds (after {warmup} warm-up), interleaved, offscreen")
    print(versions())
    print(
        "Children run with QT_QPA_PLATFORM=offscreen and a private bytecode cache "
        "(PYTHONPYCACHEPREFIX) filled by the warm-up"
        + ("" if warmup else " (no warm-up: the first round compiled from source)")
    )
    rows = ", ".join(f"{table} {count}" for table, count in counts.items())
    print(f"Populated folder rows: {rows}")
    print()
    header = f"{'configuration':<15}{'runs':>5}{'wall ms':>10}{'first paint ms':>16}"
    header += f"{'data shown ms':>15}{'peak RSS MiB':>14}"
    print("Medians")
    print(header)
    print("-" * len(header))
    medians: dict[str, dict[str, float | None]] = {}
    for name, runs in results.items():
        medians[name] = {
            metric: median(runs, metric)
            for metric in ("wall_ms", "first_paint_ms", "data_shown_ms", "peak_rss_mib")
        }
        m = medians[name]
        print(
            f"{name:<15}{len(runs):>5}{fmt(m['wall_ms']):>10}{fmt(m['first_paint_ms']):>16}"
            f"{fmt(m['data_shown_ms']):>15}{fmt(m['peak_rss_mib'], 1):>14}"
        )
    print()
    print("Goals (ratio of medians)")
    for app in APP_CONFIGS:
        for label, metric, floor, goal in GOALS:
            measured, base = medians[app][metric], medians[floor][metric]
            assert measured is not None and base is not None
            ratio = measured / base
            verdict = "meets" if ratio <= goal else "misses"
            print(f"  {app:<15}{label:<36}{ratio:>6.2f}   goal <= {goal:<4}  {verdict}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Start-up benchmark (whole processes).")
    parser.add_argument(
        "--rounds", type=int, default=None, help="measured rounds (default 15; 7 with --xvfb)"
    )
    parser.add_argument(
        "--warmup", type=int, default=None, help="discarded rounds (default 3; 2 with --xvfb)"
    )
    parser.add_argument(
        "--xvfb",
        action="store_true",
        help="real windows on Xvfb, timed from outside (window mapped), beside offscreen runs",
    )
    parser.add_argument(
        "--diary-entries",
        type=int,
        default=None,
        help="diary entries in the populated folder (default: 0 offscreen, 3000 with --xvfb)",
    )
    args = parser.parse_args(argv)
    if args.rounds is None:
        args.rounds = 7 if args.xvfb else 15
    if args.warmup is None:
        args.warmup = 2 if args.xvfb else 3
    if args.rounds < 1 or args.warmup < 0:
        parser.error("--rounds must be at least 1 and --warmup not negative")
    if args.xvfb:
        from benchmarks.startup_xvfb import main_xvfb

        entries = 3000 if args.diary_entries is None else args.diary_entries
        return main_xvfb(args.rounds, args.warmup, entries)

    work = Path(tempfile.mkdtemp(prefix="startup-bench-"))
    try:
        populated = work / "populated"
        counts = populate(populated, args.diary_entries or 0)
        database = populated / "companion.sqlite3"
        configs = build_configs(work, populated, database)
        results: dict[str, list[Run]] = {config.name: [] for config in configs}
        rng = random.Random(0)
        total = args.warmup + args.rounds
        for number in range(total):
            order = list(configs)
            rng.shuffle(order)
            warm = number < args.warmup
            label = (
                f"warm-up {number + 1}/{args.warmup}"
                if warm
                else (f"round {number - args.warmup + 1}/{args.rounds}")
            )
            print(f"{label}: {' '.join(config.name for config in order)}", file=sys.stderr)
            for config in order:
                run = run_once(config)
                if not warm:
                    results[config.name].append(run)
    except BenchmarkFailure as exc:
        print(f"\nBENCHMARK ABORTED: {exc}", file=sys.stderr)
        return 1
    finally:
        shutil.rmtree(work, ignore_errors=True)
    report(results, args.rounds, args.warmup, counts)
    return 0


if __name__ == "__main__":
    sys.exit(main())
