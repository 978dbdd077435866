"""The README's "At a glance" screenshots: every page on the demo profile, the log-dose dialog,
the "dose due" window, Today in Spanish and Today after a past anaphylaxis is recorded. Run on
request:

    QT_QPA_PLATFORM=offscreen uv run python packaging/screenshots/overview.py [name ...]

It writes ``<name>.png`` next to this file at one size (a 1100×760 window, the light scheme,
English unless the name says otherwise), from a throwaway data folder, the demo profile, a fixed
clock and Spain's numbers. Names: today, schedule, diary, contraception, drug-information,
reports, settings, log-dose, dose-due, today-es, today-anaphylaxis; all by default."""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime
from datetime import time as clock_time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["TZ"] = "Europe/Madrid"  # the demo person's computer: times read with no zone named

from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QEventLoop, Qt
from PySide6.QtWidgets import QApplication, QWidget

from belimumab_companion.demo import DEMO_ZONE, seed_demo
from belimumab_companion.domain.regimens import Indication, Route
from belimumab_companion.domain.reminders import ReminderKind
from belimumab_companion.paths import AppPaths, app_paths
from belimumab_companion.services.app_services import AppServices, build_services
from belimumab_companion.services.clock import fixed_clock
from belimumab_companion.services.plan_service import PlanInputs
from belimumab_companion.ui.dialogs.dose_due_window import DoseDueWindow
from belimumab_companion.ui.dialogs.log_dose_dialog import LogDoseDialog
from belimumab_companion.ui.pages.today_page import TodayPage
from belimumab_companion.ui.shell.main_window import MainWindow
from belimumab_companion.ui.shell.style import install_style
from belimumab_companion.ui.shell.theme import apply_scheme
from belimumab_companion.ui.text.i18n import install_language

HERE = Path(__file__).resolve().parent
NOW = datetime(2026, 12, 7, 9, 30, tzinfo=UTC)  # a Monday morning, as pages.py
LOG_NOW = datetime(2026, 12, 7, 17, 40, tzinfo=UTC)  # Monday 18:40 in Madrid
DUE_NOW = datetime(2026, 12, 8, 17, 5, tzinfo=UTC)  # Tuesday 18:05 in Madrid: a dose just due
SIZE = (1100, 760)
PAGES = {  # file name -> the main window's page
    "today": "today",
    "schedule": "schedule",
    "diary": "diary",
    "contraception": "contraception",
    "drug-information": "drug_info",
    "reports": "reports",
    "settings": "settings",
}
EXTRAS = ("log-dose", "dose-due", "today-es", "today-anaphylaxis")


def _settle(app: QApplication, milliseconds: int = 500) -> None:
    """Run the event loop for a while, by the clock (not a number of rounds): work finished in
    the background or by timers (a page's second pass, a layout) shows before the grab."""
    deadline = QDeadlineTimer(milliseconds)
    while not deadline.hasExpired():
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)


def _wait_until(app: QApplication, done: Callable[[], bool], seconds: float = 30.0) -> None:
    """Run the event loop until ``done()`` (the window's data loaded), then settle."""
    deadline = QDeadlineTimer(int(seconds * 1000))
    while not done():
        if deadline.hasExpired():
            raise SystemExit("the window did not show its data in time")
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
    _settle(app)


def _open_window(app: QApplication, paths: AppPaths, now: datetime) -> MainWindow:
    """The main window on ``paths`` at ``now``, shown with its data (data_shown emitted)."""
    window = MainWindow(lambda: build_services(paths, clock=fixed_clock(now)), reminders=False)
    shown: list[bool] = []
    failed: list[str] = []
    window.data_shown.connect(lambda: shown.append(True))
    window.load_failed.connect(failed.append)
    window.resize(*SIZE)
    window.show()
    _wait_until(app, lambda: bool(shown or failed) or window.services is not None)
    if failed:
        raise SystemExit(f"the window could not open the data: {failed[0]}")
    return window


def _close_window(window: MainWindow) -> None:
    window.close()
    if window.services is not None:
        window.services.close()
    QCoreApplication.processEvents()


def _save(widget: QWidget, name: str) -> None:
    widget.grab().save(str(HERE / f"{name}.png"))
    print(f"wrote {name}.png")


def main(names: list[str]) -> int:
    unknown = [name for name in names if name not in PAGES and name not in EXTRAS]
    if unknown:
        raise SystemExit(f"unknown screenshot(s): {', '.join(unknown)}")
    time.tzset()
    app = QApplication(sys.argv)
    install_style(app)  # as gui_main does
    apply_scheme(app, Qt.ColorScheme.Light)
    install_language("en")
    # A fixed throwaway folder, not a random one: Settings shows where the data is.
    folder = Path(tempfile.gettempdir()) / "belimumab-companion-screenshots"
    shutil.rmtree(folder, ignore_errors=True)
    try:
        _all(app, folder, names)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


def _all(app: QApplication, folder: Path, names: list[str]) -> None:
    """Every screenshot in ``names``, from data folders under ``folder``."""
    paths = app_paths(folder / "demo").ensure()
    services = build_services(paths, clock=fixed_clock(NOW))
    seed_demo(services, NOW)
    services.settings.confirm_country("ES")
    services.backups.back_up_if_due()  # the daily backup made at start (Reports lists it)
    services.close()
    pages = [name for name in names if name in PAGES]
    if pages:
        window = _open_window(app, paths, NOW)
        for name in pages:
            window.show_page(PAGES[name])
            _settle(app)
            _save(window, name)
        _close_window(window)
    if "log-dose" in names:
        _log_dose(app, folder / "400mg")
    if "dose-due" in names:
        _dose_due(app, paths)
    if "today-es" in names:
        install_language("es")
        window = _open_window(app, paths, NOW)
        _save(window, "today-es")
        _close_window(window)
        install_language("en")
    if "today-anaphylaxis" in names:
        services = build_services(paths, clock=fixed_clock(NOW))
        services.settings.set_belimumab_anaphylaxis(True)  # R-35, as Settings records it
        services.close()
        window = _open_window(app, paths, NOW)
        _save(window, "today-anaphylaxis")
        _close_window(window)


def _log_dose(app: QApplication, folder: Path) -> None:
    """The log-dose dialog for a 400 mg dose, opened from Today as "Log this dose…" opens it: a
    fresh plan for lupus nephritis by injection starting today (R-05: doses 1-4 are 400 mg, two
    injections; R-22: two sites), nothing logged yet; the two suggested sites come chosen."""
    paths = app_paths(folder).ensure()
    services = build_services(paths, clock=fixed_clock(LOG_NOW))
    services.settings.confirm_country("ES")
    services.plans.set_plan(
        PlanInputs(
            indication=Indication.LN,
            route=Route.SUBQ,
            birth_date=date(1990, 4, 12),
            first_dose=LOG_NOW.date(),
            time_of_day=clock_time(18, 0),
            zone=DEMO_ZONE,
            weight_kg=63.0,
        )
    )
    services.close()
    window = _open_window(app, paths, LOG_NOW)
    today = window.page("today")
    assert isinstance(today, TodayPage)
    dialog = today.open_log_dialog()
    assert isinstance(dialog, LogDoseDialog), "no dose to log"
    _settle(app)
    assert len(dialog.body_map.selected) == 2, "not a 400 mg dose with two sites chosen"
    _save(dialog, "log-dose")
    dialog.reject()
    _close_window(window)


def _dose_due(app: QApplication, paths: AppPaths) -> None:
    """The "dose due" window as the reminders show it five minutes after the demo's next dose
    fell due (its reminders so far: one line for the dose)."""
    services: AppServices = build_services(paths, clock=fixed_clock(DUE_NOW))
    dose = services.plans.upcoming(NOW, 1)[0]
    due = [
        reminder
        for reminder in services.reminders.reminders(DUE_NOW, DEMO_ZONE)
        if reminder.kind in (ReminderKind.PREP, ReminderKind.DOSE)
        and reminder.due == dose.due
        and reminder.fire_at <= DUE_NOW
    ]
    assert due, "no reminder due"
    window = DoseDueWindow(services, DEMO_ZONE)
    window.add(due)
    window.show()
    _settle(app)
    _save(window, "dose-due")
    window.close()
    services.close()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or [*PAGES, *EXTRAS]))
