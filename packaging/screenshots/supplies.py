"""The README's screenshots of the supplies walk (issue 22) on the demo profile, 1024×700, light:
a delivery of 4 added in Settings → Supplies, a dose logged with its lot offered, a pen set aside
that was out of the fridge too long, and Today's Supplies card when the refill reminder comes.
Run on request:

    QT_QPA_PLATFORM=offscreen uv run python packaging/screenshots/supplies.py

It writes supplies-*.png into packaging/screenshots/supplies/ (a throwaway data folder, the demo
profile, a clock moved through the walk; the demo's doses are on Tuesdays at 18:00 in Madrid)."""

from __future__ import annotations

import os
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["TZ"] = "Europe/Madrid"  # the demo person's computer: times read with no zone named
os.environ["LC_ALL"] = "en_GB.UTF-8"  # English dates as the other screenshots write them

from PySide6.QtCore import QDate, QEventLoop, QPoint, Qt
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

from belimumab_companion.demo import seed_demo
from belimumab_companion.domain.supplies import DiscardReason
from belimumab_companion.paths import app_paths
from belimumab_companion.services.app_services import AppServices, build_services
from belimumab_companion.services.supplies_service import RefillSettings
from belimumab_companion.ui.pages.settings_page import SettingsPage
from belimumab_companion.ui.pages.today_page import TodayPage
from belimumab_companion.ui.shell.main_window import MainWindow
from belimumab_companion.ui.shell.operations import Change, operations
from belimumab_companion.ui.shell.style import install_style
from belimumab_companion.ui.shell.theme import apply_scheme
from belimumab_companion.ui.text.i18n import install_language

HERE = Path(__file__).resolve().parent / "supplies"
WIDTH, HEIGHT = 1024, 700


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def _settle(app: QApplication) -> None:
    for _ in range(60):
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)


def _scroll_top(widget: QWidget) -> None:
    """Scroll the page so that ``widget`` starts at the top (as far as the page goes)."""
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    content = parent.widget() if isinstance(parent, QScrollArea) else None
    if isinstance(parent, QScrollArea) and content is not None:
        top = widget.mapTo(content, QPoint(0, 0)).y()
        parent.verticalScrollBar().setValue(max(0, top - 8))


def _at(clock: Clock, moment: datetime, app: QApplication) -> None:
    clock.now = moment
    operations().announce(Change.EVERYTHING)  # the pages as they read then
    _settle(app)


def main() -> int:
    time.tzset()
    app = QApplication(sys.argv)
    install_style(app)
    install_language("en")  # as gui_main does: English plural forms ("1 pen or syringe")
    apply_scheme(app, Qt.ColorScheme.Light)
    HERE.mkdir(exist_ok=True)
    clock = Clock(datetime(2026, 12, 7, 9, 30, tzinfo=UTC))  # Mon 7 Dec, 10:30 in Madrid
    with tempfile.TemporaryDirectory() as folder:
        paths = app_paths(Path(folder)).ensure()
        services = build_services(paths, clock=clock)
        seed_demo(services, clock.now)
        services.settings.confirm_country("ES")
        services.supplies.save_refill_settings(RefillSettings(pharmacy_phone="+34 910 000 000"))
        services.close()
        built: list[AppServices] = []

        def loader() -> AppServices:
            built.append(build_services(paths, clock=clock))
            return built[-1]

        window = MainWindow(loader, reminders=False)
        window.resize(WIDTH, HEIGHT)
        window.show()
        _settle(app)
        centre = window.start_reminders(
            notifier_factory=lambda _parent: None, zone=lambda: "Europe/Madrid"
        )
        settings = window.page("settings")
        today = window.page("today")
        assert isinstance(settings, SettingsPage) and isinstance(today, TodayPage)

        # 1. Mon 7 Dec: a delivery of 4 pens, in Settings → Supplies.
        window.show_page("settings")
        _settle(app)
        box = settings.supplies
        assert box is not None
        dialog = box.open_delivery_dialog()
        dialog.count.setValue(4)
        dialog.lot.setText("BX4821")
        dialog.expires.setDate(QDate(2027, 6, 30))
        dialog.pharmacy.setText("Farmacia Sol")
        _settle(app)
        dialog.grab().save(str(HERE / "supplies-delivery.png"))
        dialog.save()

        # 2. Tue 8 Dec, 18:05: the dose, its lot offered in the form.
        _at(clock, datetime(2026, 12, 8, 17, 5, tzinfo=UTC), app)
        window.show_page("today")
        form = today.open_log_dialog()
        _settle(app)
        form.grab().save(str(HERE / "supplies-log-dose.png"))
        form.save_button.click()
        _settle(app)

        # 3. Wed 9 Dec: a pen left out of the fridge overnight is set aside.
        _at(clock, datetime(2026, 12, 9, 9, 0, tzinfo=UTC), app)
        window.show_page("settings")
        box = settings.supplies
        assert box is not None
        box.deliveries.setCurrentRow(0)
        box.reason.setCurrentIndex(box.reason.findData(DiscardReason.OUT_OF_FRIDGE_TOO_LONG))
        box.discard_selected()
        _settle(app)
        _scroll_top(box)
        _settle(app)
        window.grab().save(str(HERE / "supplies-settings.png"))

        # 4. Tue 15 Dec: the next dose with "Taken now"; Sat 19 Dec: the refill reminder.
        _at(clock, datetime(2026, 12, 15, 17, 5, tzinfo=UTC), app)
        today.dose_actions.take_now()
        _at(clock, datetime(2026, 12, 19, 8, 0, tzinfo=UTC), app)
        if centre is not None:
            centre.tick()
            centre.due_window.hide()
        window.show_page("today")
        _settle(app)
        _scroll_top(today.card)  # the next dose, the saved note, contraception, supplies
        _settle(app)
        window.grab().save(str(HERE / "supplies-today.png"))
        if centre is not None:
            centre.stop()
        window.close()
        for services in built:
            services.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
