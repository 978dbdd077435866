"""Screenshots of the emergency and crisis screens and of Today's 24-hour banner (issue 17), for
the README. Run on request: QT_QPA_PLATFORM=offscreen uv run python packaging/screenshots/red_flags.py
It writes emergency.png, crisis.png and today-red-flag.png next to this file (a throwaway data
folder, Spain's numbers, a fixed clock)."""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from belimumab_companion.domain.triage import Triage
from belimumab_companion.paths import app_paths
from belimumab_companion.services.app_services import build_services
from belimumab_companion.services.clock import fixed_clock
from belimumab_companion.services.diary_service import DiaryInputs
from belimumab_companion.ui.dialogs.red_flag_dialog import RedFlagDialog
from belimumab_companion.ui.shell.main_window import MainWindow

HERE = Path(__file__).resolve().parent
NOW = datetime(2026, 12, 8, 14, 5, tzinfo=UTC)  # a Tuesday


def main() -> int:
    app = QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as folder:
        paths = app_paths(Path(folder)).ensure()
        services = build_services(paths, clock=fixed_clock(NOW))
        services.settings.confirm_country("ES")
        numbers = services.settings.help_numbers()
        for kind, name, what in (
            (Triage.EMERGENCY, "emergency", "I can't breathe and my tongue is swollen"),
            (Triage.CRISIS, "crisis", "I can't breathe and I want to die"),
        ):
            screen = RedFlagDialog(kind, numbers, what)
            screen.show()
            app.processEvents()
            screen.grab().save(str(HERE / f"{name}.png"))
            screen.acknowledge.click()
        services.diary.add(
            DiaryInputs(
                symptom="I can't breathe and I want to die",
                onset_at=NOW - timedelta(minutes=10),
                zone="UTC",
                severity=4,
            )
        )
        services.close()
        window = MainWindow(lambda: build_services(paths, clock=fixed_clock(NOW)), reminders=False)
        window.resize(1000, 700)
        window.show()
        for _ in range(50):
            app.processEvents()
        window.grab().save(str(HERE / "today-red-flag.png"))
        window.close()
        if window.services is not None:
            window.services.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
