"""Issue 21 item 6: the window shows Today's data without the modules Today does not use. The
services Today never asks (the diary, the monographs, the vaccinations) are built on first use,
and the user guide, the set-up wizard, the charts and the reports stay out until asked for."""

from __future__ import annotations

from pathlib import Path

from belimumab_companion.paths import AppPaths
from processes import fresh_interpreter

# The window's start as gui_main does it (the loader, the first paint, the data shown), in a
# fresh interpreter so that nothing the test process imported counts.
START = """
import sys
from PySide6.QtWidgets import QApplication
from belimumab_companion.paths import app_paths
from belimumab_companion.ui.shell.main_window import MainWindow

app = QApplication([])
paths = app_paths(sys.argv[1])

def load():
    from belimumab_companion.services.app_services import start_services
    from belimumab_companion.services.backup_service import BackupService

    return start_services(paths, BackupService(paths, automatic_paused=True))

window = MainWindow(load, reminders=False)

def shown():
    today = window.page("today")
    print("today shows:", today.next_title.text() or "-")
    print("modules:", ",".join(sorted(sys.modules)))
    app.quit()

window.data_shown.connect(shown)
window.load_failed.connect(lambda message: app.exit(3))
window.show()
sys.exit(app.exec())
"""

NOT_BEFORE_DATA = (
    "belimumab_companion.services.diary_service",
    "belimumab_companion.services.monograph_service",
    "belimumab_companion.services.vaccination_service",
    "belimumab_companion.services.csv_export",
    "belimumab_companion.services.report_data",
    "belimumab_companion.ui.dialogs.user_guide",
    "belimumab_companion.ui.report",
    "belimumab_companion.ui.dialogs.first_start_guide",  # its wizard: only at the first start
    "belimumab_companion.ui.dialogs.plan_setup_dialog",
    "pyqtgraph",
    "alembic",
)


def _modules_at_data_shown(folder: Path) -> tuple[str, set[str]]:
    lines = fresh_interpreter(START, str(folder))
    return lines["today shows"], set(lines["modules"].split(","))


def test_today_shows_its_data_before_the_modules_it_does_not_use(
    migrated_paths: AppPaths,
) -> None:
    import generate_history

    generate_history.populate(migrated_paths.data_dir, years=1)
    shown, modules = _modules_at_data_shown(migrated_paths.data_dir)
    assert shown in ("Next dose", "No dose planned")  # Today's real data, from the file
    assert "belimumab_companion.services.plan_service" in modules  # the check can fail
    early = sorted(
        name
        for name in modules
        for prefix in NOT_BEFORE_DATA
        if name.split(".")[: prefix.count(".") + 1] == prefix.split(".")
    )
    assert early == []
