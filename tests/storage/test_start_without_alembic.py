"""Issue 21 item 6: a start on a data file already at the newest schema compares the stored
revision with ``HEAD_REVISION`` and never imports Alembic (its import costs start-up time and
memory); only a file that needs an upgrade brings Alembic in."""

from __future__ import annotations

import shutil
from pathlib import Path

from belimumab_companion.paths import AppPaths
from belimumab_companion.storage.database import HEAD_REVISION
from processes import fresh_interpreter

# What the window's start does after its first paint (gui_main.load_services), in a fresh
# interpreter so that nothing imported by the test process counts.
START = """
import sys
from belimumab_companion.paths import app_paths
from belimumab_companion.services.app_services import start_services
from belimumab_companion.services.backup_service import BackupService

paths = app_paths(sys.argv[1])
services = start_services(paths, BackupService(paths, automatic_paused=True))
services.close()
print("alembic imported:", any(m.split(".")[0] == "alembic" for m in sys.modules))
"""

DATA = Path(__file__).resolve().parent.parent / "data"


def _start(folder: Path) -> str:
    return "alembic imported: " + fresh_interpreter(START, str(folder))["alembic imported"]


def test_a_start_on_a_current_file_does_not_import_alembic(migrated_paths: AppPaths) -> None:
    assert _start(migrated_paths.data_dir) == "alembic imported: False"


def test_a_start_that_must_upgrade_imports_alembic(data_paths: AppPaths) -> None:
    # the check above can fail: an older file is upgraded, with Alembic
    older = sorted(DATA.glob("schema-*.sqlite3"))[-2]
    assert HEAD_REVISION not in older.name
    shutil.copy(older, data_paths.database)
    assert _start(data_paths.data_dir) == "alembic imported: True"
