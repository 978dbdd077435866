"""A failed write in a dialog, end to end through the window's change gateway (issue 19): a
"Not saved" message instead of the crash dialog, the form still open with what was typed, and
Save works again once the cause is gone. Scenario 4 (disk full) on the symptom dialog and
scenario 7 (another program holds the lock past busy_timeout) on the log-dose dialog.

pytest-qt normally captures exceptions raised in Qt slots with its own excepthook and fails the
test; ``qt_no_exception_capture`` turns that off so the app's CrashHandler receives them."""

from __future__ import annotations

import logging
import sys
from datetime import date, time
from typing import Any

import pytest
from PySide6.QtCore import QDateTime
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from belimumab_companion.domain.regimens import Indication, Route
from belimumab_companion.services.errors import STORAGE_MESSAGES
from belimumab_companion.services.plan_service import PlanInputs
from belimumab_companion.storage.sqlite_connection import BUSY_TIMEOUT_MS
from belimumab_companion.ui.dialogs.diary_entry_dialog import DiaryEntryDialog
from belimumab_companion.ui.dialogs.log_dose_dialog import LogDoseDialog
from belimumab_companion.ui.pages.today_page import TodayPage
from belimumab_companion.ui.shell.crash import CrashHandler
from belimumab_companion.ui.shell.main_window import MainWindow
from belimumab_companion.ui.shell.operations import Change, operations
from processes import write_lock_held
from qtsupport import MessageCloser

pytestmark = pytest.mark.qt_no_exception_capture


@pytest.fixture
def crash(monkeypatch: pytest.MonkeyPatch) -> CrashHandler:
    handler = CrashHandler()
    monkeypatch.setattr(sys, "excepthook", handler.handle)  # what install() does, undone after
    return handler


def test_a_full_disk_keeps_the_symptom_dialog_open_with_its_text(
    qtbot: QtBot, window: MainWindow, crash: CrashHandler, caplog: pytest.LogCaptureFixture
) -> None:
    services = window.services
    assert services is not None
    engine = services.database.engine
    with engine.connect() as connection:
        pages = int(connection.exec_driver_sql("PRAGMA page_count").scalar_one())
        unlimited = int(connection.exec_driver_sql("PRAGMA max_page_count").scalar_one())
    limit = {"pages": pages}  # no room left

    def _limit(dbapi_connection: Any, record: Any, proxy: Any) -> None:
        dbapi_connection.execute(f"PRAGMA max_page_count={limit['pages']}")  # per connection

    event.listen(engine, "checkout", _limit)
    before = services.diary.count()
    dialog = DiaryEntryDialog(services, "Europe/Madrid", window)
    dialog._modal_screens = False
    qtbot.addWidget(dialog)
    dialog.open()
    typed = " ".join(f"word{i}" for i in range(1_100))  # ~8,800 characters (limit 10,000)
    dialog.symptom.setEditText("Headache")
    dialog.notes.setPlainText(typed)
    closer = MessageCloser()
    closer.arm(dialog)

    with caplog.at_level(logging.WARNING, logger="belimumab_companion.ui.shell.operations"):
        dialog.save_button.click()  # the change gateway says "Not saved"

    assert closer.seen == [("storageErrorDialog", "Not saved", STORAGE_MESSAGES["full"], True)], (
        closer.seen
    )
    assert dialog.isVisible() and dialog.saved is None  # still open ...
    assert dialog.notes.toPlainText() == typed  # ... with what was typed
    assert dialog.symptom.currentText() == "Headache"
    assert services.diary.count() == before
    logged = [r for r in caplog.records if r.name == "belimumab_companion.ui.shell.operations"]
    assert [r.levelno for r in logged] == [logging.WARNING]
    assert "full" in logged[0].getMessage() and logged[0].exc_info is None
    assert "word1" not in caplog.text  # nothing the user typed goes to the log

    limit["pages"] = unlimited  # space freed: Save again
    dialog.save_button.click()
    assert dialog.saved is not None and dialog.saved.entry.notes == typed
    assert not dialog.isVisible() and dialog.result() == DiaryEntryDialog.DialogCode.Accepted
    assert services.diary.count() == before + 1
    assert len(closer.seen) == 1


@pytest.mark.slow
def test_a_lock_held_past_busy_timeout_keeps_the_dose_dialog_open(
    qtbot: QtBot, window: MainWindow, crash: CrashHandler
) -> None:
    services = window.services
    assert services is not None
    services.plans.set_plan(
        PlanInputs(
            indication=Indication.SLE,
            route=Route.SUBQ,
            birth_date=date(1984, 3, 2),
            first_dose=date(2026, 11, 16),
            time_of_day=time(9, 0),
            zone="Europe/Madrid",
        )
    )
    operations().announce(Change.EVERYTHING)
    today = window.page("today")
    assert isinstance(today, TodayPage)
    dialog = today.open_log_dialog()
    assert isinstance(dialog, LogDoseDialog)
    qtbot.addWidget(dialog)
    dialog.when.setDateTime(QDateTime(2026, 11, 23, 9, 5, 0))
    dialog.lot.setText("LOT-7734")
    dialog.notes.setPlainText("left side, no reaction")
    sites = list(dialog.body_map.selected)
    closer = MessageCloser()
    logged: list[bool] = []
    operations().changed.connect(lambda _changes: logged.append(True))

    # 15 s as in the scenario (ended early once the error came): well past busy_timeout.
    assert BUSY_TIMEOUT_MS < 15_000
    with write_lock_held(services.database.path, 15.0) as holder:
        closer.arm(dialog)
        dialog.save_button.click()  # waits busy_timeout, then "Not saved"
        assert holder.poll() is None  # the other program still held the lock

    assert closer.seen == [("storageErrorDialog", "Not saved", STORAGE_MESSAGES["busy"], True)], (
        closer.seen
    )
    assert dialog.isVisible() and dialog.logged is None and logged == []
    assert dialog.lot.text() == "LOT-7734"
    assert dialog.notes.toPlainText() == "left side, no reaction"
    assert dialog.when.dateTime() == QDateTime(2026, 11, 23, 9, 5, 0)
    assert dialog.body_map.selected == sites
    assert all(used is None for used in services.plans.site_history().values())  # no dose row

    with qtbot.waitSignal(operations().changed):  # the lock is free: Save again
        dialog.save_button.click()
    assert dialog.logged is not None and dialog.logged.occurrence.sequence == 2
    assert not dialog.isVisible()
    assert len(closer.seen) == 1


@pytest.mark.expect_log_errors(match="^Uncaught exception")
def test_a_real_bug_still_gets_the_crash_dialog_with_the_traceback(
    qtbot: QtBot, window: MainWindow, crash: CrashHandler, monkeypatch: pytest.MonkeyPatch
) -> None:
    services = window.services
    assert services is not None

    def broken(*args: object, **kwargs: object) -> None:
        raise ZeroDivisionError("a bug, not the disk")

    monkeypatch.setattr(services.diary, "add", broken)
    dialog = DiaryEntryDialog(services, "Europe/Madrid", window)
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.symptom.setEditText("Headache")
    closer = MessageCloser()
    closer.arm(dialog)
    dialog.save_button.click()
    assert [s[0] for s in closer.seen] == ["crashDialog"]
    assert crash.last_dialog is not None
    assert "ZeroDivisionError: a bug, not the disk" in crash.last_dialog.detailedText()
