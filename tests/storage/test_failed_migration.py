"""Scenario 14b: an exception inside a mid-chain migration. The file stays at its earlier
revision with every row as it was, the checked pre-upgrade copy is there, and the app refuses to
open the data normally, saying what happened and where the copy is."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from alembic.runtime import migration
from pytestqt.qtbot import QtBot

from belimumab_companion.paths import AppPaths
from belimumab_companion.services.app_services import DataUnavailableError, build_services
from belimumab_companion.services.storage_text import database_open_text
from belimumab_companion.storage.backup import integrity_problems
from belimumab_companion.storage.database import MigrationFailedError, open_database
from testsupport import table_digests

DATA = Path(__file__).resolve().parents[1] / "data"
FIXTURE = DATA / "schema-0005_make_up_and_reminders.sqlite3"
FAILING = "0006_diary"  # mid-chain: 0005 -> 0006 -> 0007


@pytest.fixture
def failing_migration(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Make 0006 do all its work and then raise, as a bug in a migration would."""
    ran: list[str] = []
    original_init = migration.RevisionStep.__init__

    def init(self: Any, revision_map: Any, revision: Any, is_upgrade: bool) -> None:
        original_init(self, revision_map, revision, is_upgrade)
        if is_upgrade and revision.revision == FAILING:
            real = self.migration_fn

            def fail_after_the_work(*args: Any, **kwargs: Any) -> None:
                real(*args, **kwargs)
                ran.append(FAILING)
                raise RuntimeError("injected failure in the middle of the chain")

            self.migration_fn = fail_after_the_work

    monkeypatch.setattr(migration.RevisionStep, "__init__", init)
    return ran


@pytest.mark.expect_log_errors(match="^the upgrade from \\S+ failed$")
def test_a_failed_mid_chain_migration_leaves_the_file_at_its_revision(
    data_paths: AppPaths, failing_migration: list[str]
) -> None:
    shutil.copy(FIXTURE, data_paths.database)
    before = table_digests(data_paths.database)
    with pytest.raises(MigrationFailedError) as raised:
        open_database(data_paths)
    assert failing_migration == [FAILING], "the migration ran its DDL before failing"
    after = table_digests(data_paths.database)
    assert after == before  # same tables (no diary table), same rows, same revision
    connection = sqlite3.connect(data_paths.database)
    assert connection.execute("SELECT version_num FROM alembic_version").fetchall() == [
        ("0005_make_up_and_reminders",)
    ]
    assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    connection.close()
    error = raised.value
    assert error.backup is not None and error.backup.exists()
    assert integrity_problems(error.backup) == []
    assert table_digests(error.backup) == before
    worded = str(database_open_text(error))
    assert "Nothing was lost" in worded and str(error.backup) in worded


@pytest.mark.expect_log_errors(match="^the upgrade from \\S+ failed$")
def test_the_app_refuses_normal_mode_and_a_later_fixed_version_upgrades(
    data_paths: AppPaths, monkeypatch: pytest.MonkeyPatch, failing_migration: list[str]
) -> None:
    shutil.copy(FIXTURE, data_paths.database)
    with pytest.raises(DataUnavailableError, match="could not be brought up to date"):
        build_services(data_paths)
    monkeypatch.undo()  # the next version fixes the migration
    services = build_services(data_paths)
    assert services.diary.count() == 0
    services.close()


@pytest.mark.expect_log_errors(match="^the upgrade from \\S+ failed$")
def test_the_window_shows_the_recovery_message_instead_of_the_data(
    qtbot: QtBot,
    data_paths: AppPaths,
    failing_migration: list[str],
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from belimumab_companion.ui.shell.main_window import MainWindow

    shutil.copy(FIXTURE, data_paths.database)
    window = MainWindow(lambda: build_services(data_paths), reminders=False)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.load_failed, timeout=10_000) as failed:
        window.show()
    assert "could not be brought up to date" in failed.args[0]
    assert window.services is None
    box = window.findChild(QMessageBox, "dataUnavailableDialog")
    assert box is not None and "before-upgrade-0005" in box.text()
    box.close()
