"""``belimumab-companion --self-test``: does this installation work? (A frozen build's smoke test.)

One line per check on stdout, then exit status 0; at the first failure one line
"self-test failed: <reason>" on stderr and exit status 1. The checks use the same code as a normal
start: open the data folder and migrate it (``start_services``), read the shipped monograph,
compute an IV dose schedule with the domain code, build the main window on Qt's offscreen
platform with every page and load every translation (this proves Qt's plugins, the app's
resources and the translations are in a bundle).

The data folder is a new temporary one, unless ``--data-dir`` names one that is absent, empty, or
holds a data file (``companion.sqlite3``): then that file is brought up to date like at a normal
start, which is how a failing migration is checked against a frozen build.
"""

from __future__ import annotations

import os
import sys
import tempfile
import traceback
from datetime import date, time, timedelta
from typing import TYPE_CHECKING, TextIO
from zoneinfo import ZoneInfo

from belimumab_companion.paths import AppPaths, app_paths

if TYPE_CHECKING:
    from belimumab_companion.services.app_services import AppServices

SCHEDULE_ZONE = "Europe/Berlin"  # a real IANA zone: proves the zone database is there
IV_OFFSETS_DAYS = (0, 14, 28, 56)  # days 0, 14 and 28, then every 28 days
WINDOW_TIMEOUT_MS = 60_000


class SelfTestError(Exception):
    """A check failed; the message says which and why."""


def run_self_test(data_dir: str | None = None, out: TextIO | None = None) -> int:
    out = out or sys.stdout
    try:
        if data_dir is None:
            with tempfile.TemporaryDirectory(prefix="belimumab-companion-self-test-") as folder:
                _run_checks(app_paths(folder), out)
        else:
            paths = app_paths(data_dir)
            _refuse_other_files(paths)
            _run_checks(paths, out)
    except Exception as exc:
        from belimumab_companion.services.errors import DataUnavailableError

        reason = str(exc)
        if not isinstance(exc, SelfTestError | DataUnavailableError):
            traceback.print_exc(file=sys.stderr)  # unexpected: e.g. a module missing in a bundle
            reason = f"{type(exc).__name__}: {exc}"
        print(f"self-test failed: {reason}", file=sys.stderr, flush=True)
        return 1
    return 0


def _refuse_other_files(paths: AppPaths) -> None:
    folder = paths.data_dir
    if not folder.exists() or paths.database.exists():
        return
    if not folder.is_dir() or any(folder.iterdir()):
        raise SelfTestError(
            f"{folder} is not empty and holds no data file ({paths.database.name}); "
            "give an empty or new folder, or leave out --data-dir"
        )


def _run_checks(paths: AppPaths, out: TextIO) -> None:
    services = _check_data(paths, out)
    try:
        _check_monograph(services, out)
        _check_schedule(services, out)
        _check_window(services, out)
        _check_translations(out)
    finally:
        services.close()


def _check_data(paths: AppPaths, out: TextIO) -> AppServices:
    from belimumab_companion.services.app_services import start_services
    from belimumab_companion.services.backup_service import BackupService
    from belimumab_companion.storage.database import head_revision, schema_revision

    services = start_services(paths.ensure(), BackupService(paths))
    revision = schema_revision(paths.database)
    if services.read_only or revision != head_revision():
        services.close()
        raise SelfTestError(
            f"the data file is at revision {revision}, not {head_revision()}"
            + (" (the data folder cannot be written)" if services.read_only else "")
        )
    print(f"ok: migrated to revision {revision}", file=out, flush=True)
    return services


def _check_monograph(services: AppServices, out: TextIO) -> None:
    loaded = services.monographs.shipped()
    sections = len(loaded.monograph.sections)
    if sections == 0:
        raise SelfTestError(f"the monograph {loaded.path} has no sections")
    print(f"ok: monograph {sections} sections ({loaded.path.name})", file=out, flush=True)


def _check_schedule(services: AppServices, out: TextIO) -> None:
    from belimumab_companion.domain.regimens import Indication, Regimen, Route, choose_regimen
    from belimumab_companion.domain.schedule import PlanSegment, planned_doses

    now = services.clock()
    first = now.astimezone(ZoneInfo(SCHEDULE_ZONE)).date()
    regimen = choose_regimen(
        indication=Indication.SLE,
        route=Route.IV,
        birth_date=date(first.year - 40, 1, 1),
        on=first,
        weight_kg=70.0,
    )
    if not isinstance(regimen, Regimen):
        raise SelfTestError(f"no IV regimen for SLE: {regimen}")
    segment = PlanSegment(1, regimen, first, time(9, 0), SCHEDULE_ZONE, weight_kg=70.0)
    through = first + timedelta(days=IV_OFFSETS_DAYS[-1])
    dates = [dose.local_date for dose in planned_doses([segment], [], now, through)]
    expected = [first + timedelta(days=offset) for offset in IV_OFFSETS_DAYS]
    if dates != expected:
        raise SelfTestError(f"IV schedule from {first}: got {dates}, expected {expected}")
    shown = ", ".join(day.isoformat() for day in dates)
    print(f"ok: schedule IV SLE {shown} ({SCHEDULE_ZONE})", file=out, flush=True)


def _check_window(services: AppServices, out: TextIO) -> None:
    """Build the main window once, load the data into it and build every page."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from belimumab_companion.ui.shell.main_window import MainWindow

    app = QApplication.instance() or QApplication([sys.argv[0] or "belimumab-companion"])
    assert isinstance(app, QApplication)
    window = MainWindow(lambda: services, reminders=False)
    failures: list[str] = []
    loop = QEventLoop()

    def failed(message: str) -> None:
        failures.append(message)
        loop.quit()

    window.data_shown.connect(loop.quit)
    window.load_failed.connect(failed)
    timer = QTimer(singleShot=True, interval=WINDOW_TIMEOUT_MS)
    timer.timeout.connect(loop.quit)
    timer.start()
    try:
        window.show()
        loop.exec()
        timer.stop()
        if failures:
            raise SelfTestError(f"the window could not show the data: {failures[0]}")
        if window.services is None:
            raise SelfTestError(f"the window showed no data within {WINDOW_TIMEOUT_MS} ms")
        pages = len(window.pages)  # builds every page: charts, drug information, reports...
    finally:
        window.services = None  # closed by the caller, not by the window
        window.close()
        window.deleteLater()
        app.processEvents()
    print(f"ok: window ({pages} pages, Qt platform {app.platformName()})", file=out, flush=True)


def _check_translations(out: TextIO) -> None:
    """Every shipped language loads (not installed: the process's language stays as it is)."""
    from PySide6.QtCore import QLibraryInfo, QTranslator

    from belimumab_companion.ui.text.i18n import (
        SOURCE_LANGUAGE,
        available_languages,
        compiled_catalogue,
    )

    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    languages = [code for code in available_languages() if code != SOURCE_LANGUAGE]
    with_qt = []
    for language in languages:
        catalogue = compiled_catalogue(language)
        if catalogue is None or not QTranslator().load(str(catalogue)):
            raise SelfTestError(f"the {language} translation does not load ({catalogue})")
        if QTranslator().load(f"qtbase_{language}", qt_folder):
            with_qt.append(language)
    print(
        f"ok: translations {', '.join(languages) or 'none'} "
        f"(Qt's own: {', '.join(with_qt) or 'none'})",
        file=out,
        flush=True,
    )
