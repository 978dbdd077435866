"""The app's automatic backups: at start when due (in a thread), at quit when anything changed."""

from __future__ import annotations

import logging
from datetime import timedelta
from types import SimpleNamespace
from typing import NoReturn

import pytest

from belimumab_companion.gui_main import _AutomaticBackups
from belimumab_companion.paths import AppPaths
from belimumab_companion.services.app_services import AppServices, start_services
from belimumab_companion.services.backup_service import BackupService
from belimumab_companion.services.clock import fixed_clock
from belimumab_companion.services.diary_service import DiaryInputs
from testsupport import FIXED_NOW


def _add_entry(services: AppServices) -> None:
    services.diary.add(DiaryInputs("Headache", FIXED_NOW - timedelta(hours=1), "UTC", severity=1))


def test_a_backup_at_start_then_one_at_quit_only_after_a_change(data_paths: AppPaths) -> None:
    clock = fixed_clock(FIXED_NOW)
    services = start_services(data_paths, BackupService(data_paths, clock), clock)
    _add_entry(services)
    window = SimpleNamespace(services=services)
    automatic = _AutomaticBackups(window)
    automatic.at_start()
    automatic.at_start()  # a second data_shown (after a restore) starts nothing more
    automatic.at_quit()  # waits for the start backup; nothing changed since it
    assert [b.reason for b in services.backups.backups()] == ["start"]
    _add_entry(services)
    automatic.at_quit()
    # one automatic backup is kept per day (7 daily): the quit one, holding the change, remains
    kept = services.backups.backups()
    assert [b.reason for b in kept] == ["quit"]
    assert services.backups.inspect(kept[0].path).counts["diary_entry"] == 2
    services.close()


@pytest.mark.expect_log_errors(match="^the automatic backup at \\S+ failed$")
def test_a_failed_automatic_backup_is_logged_and_never_stops_the_app(
    data_paths: AppPaths, caplog: pytest.LogCaptureFixture
) -> None:
    def broken() -> NoReturn:
        raise OSError(28, "No space left on device")

    window = SimpleNamespace(
        services=SimpleNamespace(backups=SimpleNamespace(back_up_at_quit=broken))
    )
    with caplog.at_level(logging.ERROR):
        _AutomaticBackups(window).at_quit()
    assert "automatic backup at quit failed" in caplog.text
