"""What a user waits for on the Diary page at 100,000 entries (issue 21 item 7), in the window:

* Save → seen: the save a dialog's Save makes (``operations().run(diary.add, Change.DIARY)``),
  then events until the new entry is the table's first row, the table has painted and the chart
  pane has painted (the chart shows the symptom of the selected entry, the one saved each time).
* Search: a letter typed into the search field, then Return (which searches at once, as the
  debounce timer would after its delay), until the table has painted the new matches; and the
  letter alone, debounce included.

Floors, same run, in raw sqlite3 on the same file afterwards: ``save_floor`` the statements of a
save (INSERT, its FTS row, COMMIT with the fsync); ``search_floor`` the page query the app makes
for each text searched (``benchmarks.diary.SEARCH_PAGE``).

Only the page's public surface is used (``show_page``, ``select_entry``, ``show_chart``,
``search_edit``, ``model``, ``chart``): the chart's library can change under it.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

TIMEOUT_S = 5.0
LONG_AGO = "2000-01-01T00:00:00.000000Z"  # the raw floor's entries: never the newest


class Paints(QObject):
    """Which of the watched widgets (or their children) painted since ``reset``."""

    def __init__(self, targets: dict[str, QWidget]) -> None:
        super().__init__()
        self.targets = targets
        self.seen: set[str] = set()

    def reset(self) -> None:
        self.seen.clear()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and isinstance(watched, QWidget):
            for name, target in self.targets.items():
                if watched is target or target.isAncestorOf(watched):
                    self.seen.add(name)
        return False


def _wait(app: QApplication, done: Callable[[], bool]) -> bool:
    """Run the event loop until ``done()``; it sleeps between events (a 1 ms tick wakes it), so
    a search thread is not starved of the GIL by a spinning loop."""
    deadline = time.perf_counter() + TIMEOUT_S
    tick = QTimer()
    tick.setInterval(1)
    tick.start()
    try:
        while not done():
            if time.perf_counter() > deadline:
                return False
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    finally:
        tick.stop()
    return True


def measure(services: object, advance: Callable[[], datetime], runs: int) -> dict[str, list[float]]:
    from belimumab_companion.services.diary_service import DiaryInputs
    from belimumab_companion.ui.pages.diary_page import DiaryPage
    from belimumab_companion.ui.shell.main_window import MainWindow
    from belimumab_companion.ui.shell.operations import Change, operations

    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    window = MainWindow(lambda: services, reminders=False)  # type: ignore[arg-type, return-value]
    window.resize(1280, 800)
    window.show()
    assert _wait(app, lambda: window.services is not None), "the window never loaded its data"
    window.show_page("diary")
    page = window.page("diary")
    assert isinstance(page, DiaryPage)
    page.show_chart(True)
    page.select_entry(page.model.entry(0).id)
    paints = Paints({"table": page.table.viewport(), "chart": page.chart})
    app.installEventFilter(paints)
    _wait(app, lambda: {"table", "chart"} <= paints.seen)
    diary = services.diary  # type: ignore[attr-defined]
    results: dict[str, list[float]] = {
        "save": [],
        "save_no_chart": [],
        "search": [],
        "search_debounced": [],
    }
    missing_chart = 0
    for n in range(runs + 2):
        onset = advance()
        inputs = DiaryInputs(
            symptom="Headache",
            onset_at=onset - timedelta(seconds=1),
            zone="Europe/Madrid",
            severity=2,
            interference=1,
            notes=f"after the injection, took paracetamol ({n})",
        )
        paints.reset()
        start = time.perf_counter()

        def save(inputs: DiaryInputs = inputs) -> object:
            return diary.add(inputs)

        added = operations().run(save, Change.DIARY)
        new_id: int = added.entry.id  # type: ignore[attr-defined]  # a SavedEntry (not Failed)

        def row_shown(new_id: int = new_id) -> bool:
            return "table" in paints.seen and page.model.entry(0).id == new_id

        assert _wait(app, row_shown), "the new entry never reached the table"
        table_at = time.perf_counter()
        chart_seen = _wait(app, lambda: "chart" in paints.seen)
        chart_at = time.perf_counter()
        if n >= 2:  # two warm-up saves
            results["save_no_chart"].append((table_at - start) * 1000)
            if chart_seen:
                results["save"].append((max(chart_at, table_at) - start) * 1000)
            else:
                missing_chart += 1
        page.select_entry(new_id)  # the chart follows the newest Headache entry
        _wait(app, lambda: bool(paints.seen))
    if missing_chart:
        print(f"  (the chart did not repaint after {missing_chart} of {runs} saves)")

    # Search: type "walk" letter by letter, then clear; a few passes.
    page.search_edit.setFocus()
    words = ("walk", "pharm", "dizzy")
    for attempt in range(max(2, runs // 10)):
        for word in words:
            for letter in word:
                # the letter alone: the debounce timer, then the query and the paint
                paints.reset()
                start = time.perf_counter()
                QTest.keyClicks(page.search_edit, letter)
                ok = _wait(
                    app,
                    lambda: not page.search_timer.isActive() and "table" in paints.seen,
                )
                if ok and attempt:
                    results["search_debounced"].append((time.perf_counter() - start) * 1000)
                # the same query at once (Return searches without waiting for the timer)
                page.search_edit.setText(page.search_edit.text())
                page.search_timer.start()
                paints.reset()
                start = time.perf_counter()
                QTest.keyClick(page.search_edit, Qt.Key.Key_Return)
                ok = _wait(app, lambda: "table" in paints.seen)
                if ok and attempt:
                    results["search"].append((time.perf_counter() - start) * 1000)
            page.search_edit.clear()
            page.search_edit.returnPressed.emit()  # the timer is running: searches at once
            _wait(app, lambda: not page.search_timer.isActive())
    app.removeEventFilter(paints)
    window.close()
    searched = [word[:n] for word in words for n in range(1, len(word) + 1)]
    results.update(raw_floors(services.paths.database, searched, runs))  # type: ignore[attr-defined]
    return results


def raw_floors(database: Path, searched: list[str], runs: int) -> dict[str, list[float]]:
    """What SQLite alone takes for the same work (see the module's docstring)."""
    import sqlite3

    from belimumab_companion.services.diary_service import fts_query
    from benchmarks.diary import SEARCH_PAGE

    connection = sqlite3.connect(database, isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=FULL")
    floors: dict[str, list[float]] = {"save_floor": [], "search_floor": []}
    try:
        for n in range(runs):
            start = time.perf_counter()
            connection.execute("BEGIN IMMEDIATE")
            inserted = connection.execute(
                "INSERT INTO diary_entry (symptom, symptom_key, from_catalogue, onset_at, zone, "
                "severity, interference, notes, action, triage, triage_codes, created_at, "
                "updated_at) VALUES ('Headache', 'headache', 0, ?, 'Europe/Madrid', 2, 1, ?, "
                "'nothing', 'routine', '', ?, ?)",
                (LONG_AGO, f"raw floor {n}", LONG_AGO, LONG_AGO),
            )
            connection.execute(
                "INSERT INTO diary_fts(rowid, symptom, notes) VALUES (?, 'Headache', ?)",
                (inserted.lastrowid, f"raw floor {n}"),
            )
            connection.execute("COMMIT")
            floors["save_floor"].append((time.perf_counter() - start) * 1000)
        for _ in range(max(2, runs // 10)):
            for text in searched:
                start = time.perf_counter()
                connection.execute(SEARCH_PAGE, (fts_query(text),)).fetchall()
                floors["search_floor"].append((time.perf_counter() - start) * 1000)
    finally:
        connection.close()
    return floors


def save_to_seen(folder: Path, runs: int) -> dict[str, list[float]]:
    """Item 7 (``diary_seen``): in the window, with a clock that moves a minute per save so
    each entry saved is the newest."""
    from belimumab_companion.paths import app_paths
    from belimumab_companion.services.app_services import build_services
    from generate_history import NOW

    moment = [NOW]

    def advance() -> datetime:
        moment[0] += timedelta(minutes=1)
        return moment[0]

    services = build_services(app_paths(folder), clock=lambda: moment[0])
    try:
        return measure(services, advance, max(30, runs))
    finally:
        services.close()


if __name__ == "__main__":  # this part alone: uv run python tests/benchmarks/diary_seen.py [N]
    import os
    import shutil
    import statistics
    import sys
    import tempfile

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from benchmarks.diary import bulk_insert, p95
    from generate_history import populate

    folder = Path(tempfile.mkdtemp(prefix="bench-seen-"))
    try:
        populate(folder, years=10)
        bulk_insert(folder, int(sys.argv[1]) if len(sys.argv) > 1 else 100_000)
        for name, values in save_to_seen(folder, 30).items():
            print(f"{name:<18} median {statistics.median(values):7.1f}  p95 {p95(values):7.1f} ms")
    finally:
        shutil.rmtree(folder, ignore_errors=True)
