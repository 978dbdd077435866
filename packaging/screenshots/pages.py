"""The README's screenshots of the main pages on the demo profile, at 1024×700 and 1366×768, in
the light and the dark scheme (issue 20). Run on request:

    QT_QPA_PLATFORM=offscreen uv run python packaging/screenshots/pages.py [page ...]

It writes ``<page>-<width>x<height>-<scheme>.png`` into packaging/screenshots/sizes/ (a throwaway
data folder, the demo profile, a fixed clock). Pages: today, schedule, diary, contraception,
drug_info, reports, settings, "diary_chart" (the Diary with its chart pane open on the demo's
headaches), and "guide" (the first-start guide on a fresh folder) and "report" (the care-team
report dialog); all by default."""

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
from PySide6.QtWidgets import QApplication, QScrollArea

from belimumab_companion.demo import seed_demo
from belimumab_companion.paths import app_paths
from belimumab_companion.services.app_services import build_services
from belimumab_companion.services.clock import fixed_clock
from belimumab_companion.ui.dialogs.first_start_guide import FirstStartGuide
from belimumab_companion.ui.pages.diary_page import DiaryPage
from belimumab_companion.ui.report.dialog import ReportDialog
from belimumab_companion.ui.shell.main_window import MainWindow
from belimumab_companion.ui.shell.style import install_style
from belimumab_companion.ui.shell.theme import apply_scheme

HERE = Path(__file__).resolve().parent / "sizes"
NOW = datetime(2026, 12, 7, 9, 30, tzinfo=UTC)  # a Monday morning
SIZES = ((1024, 700), (1366, 768))
SCHEMES = {"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}
PAGES = ("today", "schedule", "diary", "contraception", "drug_info", "reports", "settings")
EXTRAS = ("diary_chart", "guide", "report")


def _settle(app: QApplication) -> None:
    for _ in range(60):
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)


def main(pages: list[str]) -> int:
    extras = {name for name in pages if name in EXTRAS}
    pages = [name for name in pages if name not in extras]
    time.tzset()
    app = QApplication(sys.argv)
    install_style(app)  # as gui_main does
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
                if "diary_chart" in extras:
                    _diary_chart(app, window, f"{width}x{height}-{scheme_name}")
                if "report" in extras and window.services is not None:
                    report = ReportDialog(window.services, window)
                    report.resize(min(width - 40, 1000), height - 60)
                    report.show()
                    _settle(app)
                    report.grab().save(str(HERE / f"report-{width}x{height}-{scheme_name}.png"))
                    report.close()
                window.close()
                if window.services is not None:
                    window.services.close()
                QCoreApplication.processEvents()
                if "guide" in extras:
                    _guide(app, Path(folder) / f"fresh-{scheme_name}-{width}", width, height,
                           scheme_name)  # fmt: skip
    return 0


def _diary_chart(app: QApplication, window: MainWindow, size: str) -> None:
    """The Diary with its chart pane open, on one symptom (the demo's headaches)."""
    window.show_page("diary")
    page = window.page("diary")
    assert isinstance(page, DiaryPage)
    page.show_chart(True)
    combo = page.symptom_combo
    combo.ensure_filled()
    combo.setCurrentIndex(max(0, combo.findText("Headache")))
    _settle(app)
    scroller = page.chart.parentWidget()
    while scroller is not None and not isinstance(scroller, QScrollArea):
        scroller = scroller.parentWidget()
    if scroller is not None:  # the pane opens under the table: scrolled to, as a user would
        scroller.ensureWidgetVisible(page.chart, 0, 0)
        _settle(app)
    window.grab().save(str(HERE / f"diary_chart-{size}.png"))
    page.show_chart(False)


def _guide(app: QApplication, folder: Path, width: int, height: int, scheme: str) -> None:
    """The first-start guide on a fresh data folder, at its first step."""
    paths = app_paths(folder).ensure()
    services = build_services(paths, clock=fixed_clock(NOW))
    guide = FirstStartGuide(services, real_autostart=False)
    guide.resize(min(width - 40, 900), min(height - 60, 640))
    guide.show()
    _settle(app)
    guide.grab().save(str(HERE / f"guide-{width}x{height}-{scheme}.png"))
    guide.close()
    services.close()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or [*PAGES, *EXTRAS]))
