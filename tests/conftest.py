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

import contextlib
import faulthandler
import logging
import random
import re
import shutil
import sys
import warnings
from collections.abc import Generator, Iterator
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from hypothesis import Verbosity, settings

from belimumab_companion.paths import AppPaths, app_paths
from testsupport import FIXED_NOW

if TYPE_CHECKING:
    from belimumab_companion.services.app_services import AppServices

# --- Hypothesis: the profiles, explicit -----------------------------------------------------------
# "dev": random examples, failures kept in .hypothesis/ and replayed first, and the seed / reproduce
# blob printed when a test fails. "ci": derandomized, the same examples on every run, so a red CI
# run is red again on a re-run; chosen when the CI variable is set (as CI services set it), or with
# ``--hypothesis-profile``. No deadline in either: a per-example deadline is a wall-time assertion,
# which fails on a loaded machine (the per-test timeout catches a real hang).
settings.register_profile("dev", deadline=None, print_blob=True, verbosity=Verbosity.normal)
settings.register_profile("ci", settings.get_profile("dev"), derandomize=True)
settings.load_profile("ci" if os.environ.get("CI") else "dev")

# --- the run's seed ------------------------------------------------------------------------------
SEED_VARIABLE = "BC_TEST_SEED"
DEFAULT_SEED = 20261207  # fixed: a default run is reproducible; "--seed random" draws a new one


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--seed",
        default=None,
        help=(
            f"seed for every random choice the tests make (the kill and restore loops); an integer "
            f"or 'random'. Default: ${SEED_VARIABLE}, else {DEFAULT_SEED}."
        ),
    )


def _resolve_seed(config: pytest.Config) -> int:
    workerinput = getattr(config, "workerinput", None)
    if workerinput is not None and "bc_test_seed" in workerinput:
        return int(workerinput["bc_test_seed"])  # an xdist worker: the controller's seed
    raw = config.getoption("--seed") or os.environ.get(SEED_VARIABLE) or str(DEFAULT_SEED)
    if raw == "random":
        return random.SystemRandom().randrange(1 << 31)
    try:
        return int(raw)
    except ValueError:
        message = f"--seed / {SEED_VARIABLE}: an integer or 'random', not {raw!r}"
        raise pytest.UsageError(message) from None


def pytest_configure(config: pytest.Config) -> None:
    config.stash[_SEED_KEY] = _resolve_seed(config)


_SEED_KEY = pytest.StashKey[int]()


@pytest.hookimpl(optionalhook=True)  # an xdist hook: a run with -p no:xdist has no such hook
def pytest_configure_node(node: Any) -> None:  # xdist's WorkerController (xdist is untyped)
    """xdist: every worker uses the controller's seed (a drawn one included)."""
    node.workerinput["bc_test_seed"] = node.config.stash[_SEED_KEY]


def pytest_report_header(config: pytest.Config) -> str:
    seed = config.stash[_SEED_KEY]
    return f"test seed: {seed} (replay with --seed {seed} or {SEED_VARIABLE}={seed})"


@pytest.fixture
def test_seed(request: pytest.FixtureRequest) -> int:
    """The run's seed (``--seed`` / ``BC_TEST_SEED``): a test's random choices come from it."""
    seed: int = request.config.stash[_SEED_KEY]
    request.node.stash[_USED_SEED_KEY] = seed
    return seed


_USED_SEED_KEY = pytest.StashKey[int]()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Generator[None, pytest.TestReport, pytest.TestReport]:
    report = yield
    if report.failed and _USED_SEED_KEY in item.stash:
        seed = item.stash[_USED_SEED_KEY]
        report.sections.append(
            ("test seed", f"seed {seed}: replay with --seed {seed} or {SEED_VARIABLE}={seed}")
        )
    return report


# --- a hang dumps every thread's stack -----------------------------------------------------------
# pytest-timeout (``timeout`` in pyproject, ``@pytest.mark.timeout(N)`` for the long ones) fails a
# test that runs too long and prints the stacks, but its signal only lands when Python code runs.
# A test stuck inside C (a Qt event loop, a lock) is caught by this faulthandler watchdog thread:
# a grace period after the test's own limit it dumps every thread's stack and ends the process
# (under xdist the worker is replaced and the test reported as crashed).
FAULTHANDLER_GRACE = float(os.environ.get("BC_FAULTHANDLER_GRACE", "60"))


def _terminal_stderr(config: pytest.Config) -> int:
    """A copy of the stderr pytest itself writes to: fd 2 is redirected into the capture, and a
    dump written there would be lost with the process. pytest keeps the original in its global
    fd capture (not a public API: without it, fd 2)."""
    capman = config.pluginmanager.getplugin("capturemanager")
    capturing = getattr(capman, "_global_capturing", None)
    err = getattr(capturing, "err", None)
    saved = getattr(err, "targetfd_save", None)
    return os.dup(saved if isinstance(saved, int) else 2)


_TERMINAL_STDERR_KEY = pytest.StashKey[int]()


def _timeout_of(item: pytest.Item) -> float:
    marker = item.get_closest_marker("timeout")
    if marker is not None and marker.args:
        return float(marker.args[0])
    return float(item.config.getini("timeout") or 0)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_protocol(item: pytest.Item, nextitem: pytest.Item | None) -> Generator[None]:
    limit = _timeout_of(item)
    if limit > 0:
        if _TERMINAL_STDERR_KEY not in item.config.stash:
            item.config.stash[_TERMINAL_STDERR_KEY] = _terminal_stderr(item.config)
        faulthandler.dump_traceback_later(
            limit + FAULTHANDLER_GRACE, exit=True, file=item.config.stash[_TERMINAL_STDERR_KEY]
        )
    try:
        return (yield)
    finally:
        if limit > 0:
            faulthandler.cancel_dump_traceback_later()


# --- an ERROR logged through Python's logging fails the test ------------------------------------
# As Qt warnings do (qt_log_level_fail): a record at ERROR or CRITICAL that the test did not say it
# expects is a failure. A test that provokes one on purpose says so with
# ``@pytest.mark.expect_log_errors`` (optionally ``match="regex"``: only matching records are
# expected) and can still read the records with ``caplog``.


class _ErrorRecords(logging.Handler):
    def __init__(self) -> None:
        super().__init__(level=logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def _unexpected(item: pytest.Item, records: list[logging.LogRecord]) -> list[logging.LogRecord]:
    marker = item.get_closest_marker("expect_log_errors")
    if marker is None:
        return list(records)
    pattern = marker.kwargs.get("match")
    if pattern is None:
        return []
    return [r for r in records if not re.search(pattern, r.getMessage())]


def _describe(records: list[logging.LogRecord]) -> str:
    lines = []
    for record in records:
        lines.append(f"  {record.levelname} {record.name}: {record.getMessage()}")
        if record.exc_info and record.exc_info[1] is not None:
            lines.append(f"    {type(record.exc_info[1]).__name__}: {record.exc_info[1]}")
    return "\n".join(lines)


_ERRORS_KEY = pytest.StashKey[_ErrorRecords]()


@pytest.fixture(autouse=True)
def _fail_on_logged_errors(request: pytest.FixtureRequest) -> Iterator[None]:
    handler = _ErrorRecords()
    root = logging.getLogger()
    root.addHandler(handler)
    request.node.stash[_ERRORS_KEY] = handler
    try:
        yield
    finally:
        root.removeHandler(handler)
    late = _unexpected(request.node, handler.records)
    if late:  # logged while the fixtures were torn down
        pytest.fail(f"unexpected ERROR logged:\n{_describe(late)}", pytrace=False)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item) -> Generator[None]:
    result = yield
    handler = item.stash.get(_ERRORS_KEY, None)
    if handler is not None:
        unexpected = _unexpected(item, handler.records)
        handler.records.clear()  # reported once
        if unexpected:
            pytest.fail(
                "unexpected ERROR logged (mark the test @pytest.mark.expect_log_errors if it "
                f"provokes it on purpose):\n{_describe(unexpected)}",
                pytrace=False,
            )
    return result


@pytest.fixture(autouse=True)
def _a_change_gateway_per_test() -> Iterator[None]:
    """Each test its own change gateway (``ui/shell/operations.py``): the windows and pages a
    finished test closed but Qt has not deleted yet must not hear the next test's changes (a
    settings page's supplies box would read its own test's data folder, gone by then, and log an
    error into the next test). The app has one window per process; only tests need this."""
    yield
    if "belimumab_companion.ui.shell.operations" not in sys.modules:
        return
    from PySide6.QtCore import QCoreApplication, Qt

    from belimumab_companion.ui.shell.operations import Operations

    app = QCoreApplication.instance()
    if app is None:
        return
    gateway = app.findChild(Operations, "operations", Qt.FindChildOption.FindDirectChildrenOnly)
    if gateway is None:
        return
    gateway.setObjectName("operations-of-a-finished-test")  # operations() makes a new one
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)  # nothing was connected
        with contextlib.suppress(RuntimeError, TypeError):
            gateway.changed.disconnect()


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


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data file migrated to head once per session (per xdist worker), settled into one file
    (no -wal), for :func:`migrated_paths` to copy. Tests of the migrations themselves use
    ``data_paths`` or their own files, and run the real migrations."""
    from belimumab_companion.storage.database import open_database, settle_journal

    paths = app_paths(tmp_path_factory.mktemp("template") / "data")
    open_database(paths).close()
    settle_journal(paths.database)
    return paths.database


def copy_template(template: Path, paths: AppPaths) -> AppPaths:
    """Put a copy of the migrated template where ``paths`` keeps its data file (none there yet)."""
    assert not paths.database.exists(), paths.database
    shutil.copy(template, paths.database)
    paths.database.chmod(0o600)
    return paths


@pytest.fixture
def migrated_paths(data_paths: AppPaths, migrated_template: Path) -> AppPaths:
    """``data_paths`` with a data file already at the newest schema (a copy of the template)."""
    return copy_template(migrated_template, data_paths)


@pytest.fixture
def services(migrated_paths: AppPaths) -> Iterator[AppServices]:
    from belimumab_companion.services.app_services import build_services
    from belimumab_companion.services.clock import fixed_clock

    built = build_services(migrated_paths, clock=fixed_clock(FIXED_NOW))
    yield built
    built.close()
