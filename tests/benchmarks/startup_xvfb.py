"""The start-up benchmark's ``--xvfb`` mode: real windows on an X server, timed from outside.

One Xvfb and one session bus for the whole run (``x_display.XSession``). Each run spawns the
child and waits on two things at once: the X server's MapNotify for the child's top-level window
(``x_display.MapWatcher``: the window is on the screen as far as X is concerned) and the child's
stdout, where it prints ``FIRSTPAINT <epoch>`` at its first paint and ``DATASHOWN <epoch>`` at the
first paint that shows data from the database. At DATASHOWN (FIRSTPAINT for floor A) the child's
peak RSS so far is read from ``/proc/<pid>/status`` (VmHWM); ``wait4`` gives the whole life's.
"""

from __future__ import annotations

import os
import selectors
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from benchmarks.x_display import MapWatcher

RUN_TIMEOUT_S = 120.0


class XRunFailure(RuntimeError):
    pass


@dataclass(frozen=True)
class XRun:
    mapped_ms: float
    first_paint_ms: float
    data_shown_ms: float | None
    hwm_at_data_mib: float
    peak_rss_mib: float
    wall_ms: float


def vm_hwm_mib(pid: int) -> float | None:
    try:
        text = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return None
    for line in text.splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return None


def run_once_x(
    name: str, argv: list[str], env: dict[str, str], watcher: MapWatcher, needs_data: bool
) -> XRun:
    watcher.mapped()  # drop what earlier runs left
    markers: dict[str, float] = {}
    hwm: float | None = None
    mapped_at: float | None = None
    buffer = b""
    with tempfile.TemporaryFile() as stderr:
        launched = time.time()
        process = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=stderr, env=env)
        assert process.stdout is not None
        out_fd = process.stdout.fileno()
        deadline = time.monotonic() + RUN_TIMEOUT_S
        with selectors.DefaultSelector() as selector:
            selector.register(out_fd, selectors.EVENT_READ, "out")
            selector.register(watcher.fd, selectors.EVENT_READ, "x")
            open_out = True
            while open_out:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    process.kill()
                    break
                for key, _mask in selector.select(min(remaining, 0.05)):
                    if key.data == "x" and watcher.mapped() and mapped_at is None:
                        mapped_at = time.time()
                    elif key.data == "out":
                        chunk = os.read(out_fd, 65536)
                        if not chunk:
                            open_out = False
                            continue
                        buffer += chunk
                        *lines, rest = buffer.split(b"\n")
                        buffer = rest
                        for line in lines:
                            parts = line.decode(errors="replace").split()
                            if len(parts) == 2 and parts[0] in ("FIRSTPAINT", "DATASHOWN"):
                                markers.setdefault(parts[0], float(parts[1]))
                                if parts[0] == ("DATASHOWN" if needs_data else "FIRSTPAINT"):
                                    hwm = vm_hwm_mib(process.pid)
                # XPending also reads events that arrived along with other traffic
                if mapped_at is None and watcher.mapped():
                    mapped_at = time.time()
        _pid, status, usage = os.wait4(process.pid, 0)
        wall_ms = (time.time() - launched) * 1000
        process.stdout.close()
        code = os.waitstatus_to_exitcode(status)
        stderr.seek(0)
        errors = stderr.read().decode(errors="replace")
    problem = None
    if code != 0:
        problem = f"exit code {code}"
    elif mapped_at is None:
        problem = "no window was mapped"
    elif "FIRSTPAINT" not in markers:
        problem = "no FIRSTPAINT line"
    elif needs_data and "DATASHOWN" not in markers:
        problem = "no DATASHOWN line"
    elif hwm is None:
        problem = "no VmHWM read"
    if problem is not None:
        tail = "\n".join(f"    {line}" for line in errors.splitlines()[-30:])
        raise XRunFailure(f"{name} failed: {problem}\n  command: {' '.join(argv)}\n{tail}")
    assert mapped_at is not None and hwm is not None
    data = markers.get("DATASHOWN")
    return XRun(
        mapped_ms=(mapped_at - launched) * 1000,
        first_paint_ms=(markers["FIRSTPAINT"] - launched) * 1000,
        data_shown_ms=None if data is None else (data - launched) * 1000,
        hwm_at_data_mib=hwm,
        peak_rss_mib=usage.ru_maxrss / 1024,
        wall_ms=wall_ms,
    )


METRICS = (
    ("mapped_ms", "mapped ms", 0),
    ("first_paint_ms", "first paint ms", 0),
    ("data_shown_ms", "data shown ms", 0),
    ("hwm_at_data_mib", "RSS at data MiB", 1),
    ("peak_rss_mib", "peak RSS MiB", 1),
    ("wall_ms", "wall ms", 0),
)

# (what, metric of the app, floor, metric of the floor, goal)
X_GOALS = (
    ("window mapped / floor A mapped", "mapped_ms", "floor_a", "mapped_ms", 1.3),
    ("first paint / floor A first paint", "first_paint_ms", "floor_a", "first_paint_ms", 1.3),
    ("data shown / floor B data shown", "data_shown_ms", "floor_b", "data_shown_ms", 1.2),
    ("RSS at data shown / floor B", "hwm_at_data_mib", "floor_b", "hwm_at_data_mib", 1.3),
)


def report_x(results: dict[str, list[XRun]], rounds: int, header: str) -> None:
    print()
    print(header)
    title = f"{'configuration':<15}{'runs':>5}" + "".join(
        f"{label:>17}" for _m, label, _d in METRICS
    )
    print("Medians (Xvfb, measured from outside the process)")
    print(title)
    print("-" * len(title))
    medians: dict[str, dict[str, float | None]] = {}
    for name, runs in results.items():
        row: dict[str, float | None] = {}
        for metric, _label, _digits in METRICS:
            values = [getattr(run, metric) for run in runs]
            row[metric] = None if None in values else float(statistics.median(values))
        medians[name] = row
        cells = "".join(
            f"{'-' if row[m] is None else f'{row[m]:.{d}f}':>17}" for m, _label, d in METRICS
        )
        print(f"{name:<15}{len(runs):>5}{cells}")
    print()
    print("Goals (ratio of medians, floors from the same run)")
    for what, metric, floor, floor_metric, goal in X_GOALS:
        measured, base = medians["app_populated"][metric], medians[floor][floor_metric]
        if measured is None or base is None:
            continue
        ratio = measured / base
        verdict = "meets" if ratio <= goal else "misses"
        print(f"  app_populated  {what:<36}{ratio:>6.2f}   goal <= {goal:<4}  {verdict}")
    themed = medians.get("floor_a_themed", {})
    for metric, what in (("mapped_ms", "window mapped"), ("first_paint_ms", "first paint")):
        measured, base = medians["app_populated"][metric], themed.get(metric)
        if measured is not None and base:
            label = f"{what} / floor A themed"
            print(f"  app_populated  {label:<36}{measured / base:>6.2f}   (no goal: see README)")
    sys.stdout.flush()


def main_xvfb(rounds: int, warmup: int, diary_entries: int) -> int:
    """Floor A, floor A themed, floor B and the app on the populated folder, each on Xvfb and
    offscreen, interleaved: round k runs the eight configurations in an order rotated by k."""
    import shutil

    from benchmarks import startup
    from benchmarks.x_display import XSession

    work = Path(tempfile.mkdtemp(prefix="startup-xvfb-"))
    session: XSession | None = None
    watcher: MapWatcher | None = None
    try:
        populated = work / "populated"
        counts = startup.populate(populated, diary_entries)
        database = populated / "companion.sqlite3"
        configs = {c.name: c for c in startup.build_configs(work, populated, database)}
        session = XSession(work / "x")
        watcher = MapWatcher(session.display)
        names = ["floor_a", "floor_a_themed", "floor_b", "app_populated"]
        order = [(name, "xvfb") for name in names] + [(name, "offscreen") for name in names]
        x_results: dict[str, list[XRun]] = {name: [] for name in names}
        off_results: dict[str, list[startup.Run]] = {name: [] for name in names}
        for number in range(warmup + rounds):
            shift = number % len(order)
            this_round = order[shift:] + order[:shift]
            warm = number < warmup
            label = f"warm-up {number + 1}/{warmup}" if warm else f"round {number - warmup + 1}"
            print(f"{label}: {' '.join(f'{n}/{p}' for n, p in this_round)}", file=sys.stderr)
            for name, platform in this_round:
                config = configs[name]
                if platform == "offscreen":
                    off = startup.run_once(config)
                    if not warm:
                        off_results[name].append(off)
                    continue
                argv, env, _cleanup = config.command()
                env = {**env, **session.env}
                x = run_once_x(name, argv, env, watcher, config.needs_data_shown)
                if not warm:
                    x_results[name].append(x)
    except (XRunFailure, startup.BenchmarkFailure) as exc:
        print(f"\nBENCHMARK ABORTED: {exc}", file=sys.stderr)
        return 1
    finally:
        if watcher is not None:
            watcher.close()
        if session is not None:
            session.close()
        shutil.rmtree(work, ignore_errors=True)
    rows = ", ".join(f"{table} {count}" for table, count in counts.items() if count)
    header = (
        f"Start-up on Xvfb and offscreen: {rounds} rounds (after {warmup} warm-up), eight "
        f"configurations interleaved, order rotated each round\n{startup.versions()}\n"
        f"Populated folder rows: {rows}"
    )
    report_x(x_results, rounds, header)
    print()
    print("Offscreen, the same rounds (timed in the process: FIRSTPAINT/DATASHOWN; RSS: wait4)")
    for name, runs in off_results.items():
        fp = statistics.median(r.first_paint_ms for r in runs)
        ds = [r.data_shown_ms for r in runs if r.data_shown_ms is not None]
        rss = statistics.median(r.peak_rss_mib for r in runs)
        shown = f"{statistics.median(ds):.0f}" if ds else "-"
        print(
            f"  {name:<15} first paint {fp:6.0f} ms  data shown {shown:>6} ms  peak {rss:5.1f} MiB"
        )
    themed = statistics.median(r.first_paint_ms for r in off_results["floor_a_themed"])
    a = statistics.median(r.first_paint_ms for r in off_results["floor_a"])
    b = statistics.median(r.data_shown_ms or 0 for r in off_results["floor_b"])
    b_rss = statistics.median(r.peak_rss_mib for r in off_results["floor_b"])
    app = off_results["app_populated"]
    print(
        f"  app_populated: first paint {statistics.median(r.first_paint_ms for r in app) / a:.2f}x"
        f" floor A, data shown {statistics.median(r.data_shown_ms or 0 for r in app) / b:.2f}x"
        f" floor B, peak RSS {statistics.median(r.peak_rss_mib for r in app) / b_rss:.2f}x floor B"
    )
    app_first_paint = statistics.median(r.first_paint_ms for r in app)
    print(f"  app_populated: first paint {app_first_paint / themed:.2f}x floor A themed (no goal)")
    return 0
