"""Test set-up shared by every test.

QT_QPA_PLATFORM must be set before the first Qt import: without a display pytest-qt aborts the
whole run instead of failing one test.
"""

from __future__ import annotations

import os
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_ACCESSIBILITY", "0")
# The computer's time zone is the test data's (the people of user-journeys.md live in Madrid):
# times then read as the user would see them, with no zone named (the time-zone policy names a
# zone only when it is not the computer's; tests/ui/test_zone_policy.py moves the computer).
os.environ["TZ"] = "Europe/Madrid"

time.tzset()

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from belimumab_companion.paths import AppPaths, app_paths
from testsupport import FIXED_NOW


@pytest.fixture(autouse=True)
def _never_touch_the_real_user_folders(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / ".local" / "state"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))


@pytest.fixture
def fixed_now() -> datetime:
    return FIXED_NOW


@pytest.fixture
def data_paths(tmp_path: Path) -> AppPaths:
    return app_paths(tmp_path / "data").ensure()


@pytest.fixture
def services(data_paths: AppPaths) -> Iterator[object]:
    from belimumab_companion.services.app_services import build_services
    from belimumab_companion.services.clock import fixed_clock

    built = build_services(data_paths, clock=fixed_clock(FIXED_NOW))
    yield built
    built.close()
