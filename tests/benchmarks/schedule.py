"""Schedule benchmark (issue 3): 10 years of weekly doses, all logged.

Prints the median time of the pure schedule engine over that history (goal < 5 ms) and of the
Schedule page opening with it: build, load from the database, show and paint (goal < 100 ms).
Run: uv run python tests/benchmarks/schedule.py [--runs N]. It only prints; it asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from belimumab_companion.domain.regimens import Indication, Regimen, Route, choose_regimen
from belimumab_companion.domain.schedule import Administration, PlanSegment, planned_doses
from generate_history import NOW, populate


def engine_times(runs: int) -> list[float]:
    regimen = choose_regimen(
        indication=Indication.SLE,
        route=Route.SUBQ,
        birth_date=date(1984, 4, 12),
        on=date(2016, 11, 22),
    )
    assert isinstance(regimen, Regimen)
    zone = ZoneInfo("Europe/Madrid")
    segment = PlanSegment(
        1, regimen, date(2016, 11, 22), datetime.min.time().replace(hour=18), "Europe/Madrid"
    )
    log = [
        Administration(
            1,
            n + 1,
            datetime.combine(
                date(2016, 11, 22) + timedelta(days=7 * n), datetime.min.time(), zone
            ).replace(hour=18),
            200.0,
        )
        for n in range(522)
    ]
    now = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)
    through = now.date() + timedelta(days=7)
    doses = planned_doses([segment], log, now, through)
    assert sum(1 for d in doses if d.administration) == 522
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        planned_doses([segment], log, now, through)
        times.append((time.perf_counter() - start) * 1000)
    return times


def page_times(runs: int) -> tuple[list[float], dict[str, int]]:
    from PySide6.QtWidgets import QApplication

    from belimumab_companion.paths import app_paths
    from belimumab_companion.services.app_services import build_services
    from belimumab_companion.services.clock import fixed_clock
    from belimumab_companion.ui.pages.schedule_page import SchedulePage

    app = QApplication.instance() or QApplication([])
    folder = Path(tempfile.mkdtemp(prefix="bench-schedule-"))
    counts = populate(folder, years=10)
    services = build_services(app_paths(folder), clock=fixed_clock(NOW))
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        page = SchedulePage()
        page.load(services)
        page.resize(1000, 700)
        page.show()
        app.processEvents()
        times.append((time.perf_counter() - start) * 1000)
        page.close()
        page.deleteLater()
        app.processEvents()
    services.close()
    return times, counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    engine = engine_times(args.runs)
    page, counts = page_times(max(5, args.runs // 3))
    print(f"History: {counts.get('administration', 0)} logged weekly doses over 10 years")
    print(
        f"schedule engine, 10 years all logged: median {statistics.median(engine):.2f} ms "
        f"(min {min(engine):.2f}, max {max(engine):.2f}) — goal < 5 ms"
    )
    print(
        f"Schedule page open (build + database + paint): median {statistics.median(page):.1f} ms "
        f"(min {min(page):.1f}, max {max(page):.1f}) — goal < 100 ms"
    )


if __name__ == "__main__":
    main()
