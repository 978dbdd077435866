"""The README's screenshots of the main pages on the demo profile, at 1024×700 and 1366×768, in
the light and the dark scheme (issue 20). Run on request:

    QT_QPA_PLATFORM=offscreen uv run python packaging/screenshots/pages.py [page ...]

It writes ``<page>-<width>x<height>-<scheme>.png`` into packaging/screenshots/sizes/ (a throwaway
data folder, the demo profile, a fixed clock). Pages: today, schedule, diary, contraception,
drug_info, reports, settings (all by default)."""

from __future__ import annotations

import os
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["TZ"] = "Europe/Madrid"  # the demo person's computer: times read with no zone named

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtWidgets import QApplication

from belimumab_companion.demo import seed_demo
from belimumab_companion.paths import app_paths
from belimumab_companion.services.app_services import build_services
from belimumab_companion.services.clock import fixed_clock
from belimumab_companion.ui.shell.main_window import MainWindow
from belimumab_companion.ui.shell.theme import apply_scheme

HERE = Path(__file__).resolve().parent / "sizes"
NOW = datetime(2026, 12, 7, 9, 30, tzinfo=UTC)  # a Monday morning
SIZES = ((1024, 700), (1366, 768))
SCHEMES = {"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}
PAGES = ("today", "schedule", "diary", "contraception", "drug_info", "reports", "settings")


def _settle(app: QApplication) -> None:
    for _ in range(60):
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)


def main(pages: list[str]) -> int:
    time.tzset()
    app = QApplication(sys.argv)
    HERE.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        paths = app_paths(Path(folder)).ensure()
        services = build_services(paths, clock=fixed_clock(NOW))
        seed_demo(services, NOW)
        services.settings.confirm_country("ES")
        services.close()
        for scheme_name, scheme in SCHEMES.items():
            apply_scheme(app, scheme)
            for width, height in SIZES:
                window = MainWindow(
                    lambda: build_services(paths, clock=fixed_clock(NOW)), reminders=False
                )
                window.resize(width, height)
                window.show()
                _settle(app)
                for page in pages:
                    window.show_page(page)
                    _settle(app)
                    name = f"{page}-{width}x{height}-{scheme_name}.png"
                    window.grab().save(str(HERE / name))
                window.close()
                if window.services is not None:
                    window.services.close()
                QCoreApplication.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or list(PAGES)))
