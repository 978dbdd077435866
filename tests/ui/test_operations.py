"""Issue 19, item 1: one change gateway. A dose logged in the window refreshes Today, Schedule
(and the pages that show doses) and re-plans the reminders at once, and nothing else; a failed
write is said once by the gateway, with nothing announced; one undo stack (Edit → Undo) undoes
what a page's undo bar offered, from any page."""

from __future__ import annotations

from collections import Counter
from datetime import date, time
from typing import Any

import pytest
from PySide6.QtCore import QDateTime
from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot

from belimumab_companion.domain.regimens import Indication, Route
from belimumab_companion.services.diary_service import DiaryInputs
from belimumab_companion.services.errors import StorageWriteError
from belimumab_companion.services.plan_service import PlanInputError, PlanInputs
from belimumab_companion.ui.dialogs.log_dose_dialog import LogDoseDialog
from belimumab_companion.ui.pages.diary_page import DiaryPage
from belimumab_companion.ui.pages.today_page import TodayPage
from belimumab_companion.ui.shell.main_window import MainWindow
from belimumab_companion.ui.shell.operations import FAILED, Change, operations
from belimumab_companion.ui.shell.reminder_centre import ReminderCentre
from belimumab_companion.user_text import UserText
from qtsupport import MessageCloser
from testsupport import FIXED_NOW


def _plan(window: MainWindow) -> TodayPage:
    assert window.services is not None
    window.services.plans.set_plan(
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
    return today


def _count_loads(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    counts: Counter[str] = Counter()
    for key in window.page_keys:
        page = window.page(key)  # every page built, so every one could be refreshed
        original = page.load  # type: ignore[attr-defined]

        def counting(services: Any, key: str = key, original: Any = original) -> None:
            counts[key] += 1
            original(services)

        monkeypatch.setattr(page, "load", counting)
    return counts


def test_a_dose_logged_refreshes_only_the_pages_that_show_doses_and_replans_at_once(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    today = _plan(window)
    centre = window.start_reminders(
        notifier_factory=lambda _parent: None, zone=lambda: "Europe/Madrid"
    )
    assert isinstance(centre, ReminderCentre)
    replans: list[bool] = []
    original_replan = centre.replan

    def replan() -> None:
        replans.append(True)
        original_replan()

    monkeypatch.setattr(centre, "replan", replan)
    counts = _count_loads(window, monkeypatch)
    dialog = today.open_log_dialog()
    assert isinstance(dialog, LogDoseDialog)
    qtbot.addWidget(dialog)
    dialog.when.setDateTime(QDateTime(2026, 11, 23, 9, 5, 0))

    with qtbot.waitSignal(operations().changed) as blocker:
        dialog.save_button.click()

    assert blocker.args == [Change.DOSES]
    # the page in view at once; the hidden ones that show doses when they are next shown
    assert counts == Counter({"today": 1})
    for key in window.page_keys:
        window.show_page(key)
    assert counts == Counter({"today": 1, "schedule": 1, "diary": 1, "contraception": 1})
    assert counts["drug_info"] == counts["reports"] == counts["settings"] == 0
    window.show_page("today")
    assert counts["today"] == 1  # shown again with nothing new: not read again
    assert replans == [True]  # at once, not at the next 30-second tick
    assert today.saved_note.text()  # Today says where the dose was filed


def test_a_storage_failure_is_said_once_and_announces_nothing(
    qtbot: QtBot, window: MainWindow
) -> None:
    announced: list[object] = []
    gateway = operations()
    gateway.changed.connect(announced.append)
    closer = MessageCloser()
    closer.arm(window)

    def full_disk() -> None:
        raise StorageWriteError("full", "SQLITE_FULL")

    assert gateway.run(full_disk, Change.DIARY) is FAILED
    assert [seen[0] for seen in closer.seen] == ["storageErrorDialog"]
    assert announced == []
    gateway.changed.disconnect(announced.append)


def test_an_expected_refusal_goes_back_to_the_caller_untouched(
    qtbot: QtBot, window: MainWindow
) -> None:
    def refused() -> None:
        raise PlanInputError("date-out-of-range", UserText("out of range"))

    with pytest.raises(PlanInputError):
        operations().run(refused, Change.PLAN, expect=(PlanInputError,))


def test_edit_undo_on_another_page_undoes_what_the_diary_offered(
    qtbot: QtBot, window: MainWindow
) -> None:
    services = window.services
    assert services is not None
    saved = services.diary.add(
        DiaryInputs(
            symptom="Headache",
            onset_at=FIXED_NOW,
            zone="Europe/Madrid",
            severity=1,
            interference=0,
        )
    )
    operations().announce(Change.DIARY)
    diary = window.page("diary")
    assert isinstance(diary, DiaryPage)
    window._delete_symptom(saved.entry.id)
    assert services.diary.count() == 0
    assert diary.undo_bar.button.isVisibleTo(diary)

    window.show_page("schedule")  # Ctrl+Z is the window's, whichever page shows
    undo = window.findChild(QAction, "actionUndo")
    assert isinstance(undo, QAction) and undo.isEnabled()
    assert "Entry deleted" in undo.text()
    with qtbot.waitSignal(operations().changed) as blocker:
        undo.trigger()

    assert blocker.args == [Change.DIARY]
    assert services.diary.count() == 1
    assert diary.undo_bar.text.text() == "Undone."
    assert not diary.undo_bar.button.isVisibleTo(diary)
    assert not undo.isEnabled()  # undone: nothing left to undo

    redo = window.findChild(QAction, "actionRedo")
    assert isinstance(redo, QAction) and redo.isEnabled()
    assert "Entry deleted" in redo.text()
    with qtbot.waitSignal(operations().changed) as blocker:
        redo.trigger()  # the deletion made again

    assert blocker.args == [Change.DIARY]
    assert services.diary.count() == 0
    assert diary.undo_bar.text.text() == "Entry deleted."
    assert diary.undo_bar.button.isVisibleTo(diary)  # and it can be undone again
    assert undo.isEnabled() and not redo.isEnabled()
    diary.undo_bar.button.click()
    assert services.diary.count() == 1


def test_a_dose_taken_now_can_be_undone_and_redone_and_undone_again(
    qtbot: QtBot, window: MainWindow
) -> None:
    today = _plan(window)
    services = window.services
    assert services is not None
    dose = today.dose_actions.dose
    assert dose is not None
    assert today.dose_actions.take_now() is not None
    undo = window.findChild(QAction, "actionUndo")
    redo = window.findChild(QAction, "actionRedo")
    assert isinstance(undo, QAction) and isinstance(redo, QAction)

    def logged() -> bool:
        return services.plans.dose_record(dose.segment_id, dose.sequence) is not None

    assert logged() and not redo.isEnabled()
    undo.trigger()
    assert not logged() and redo.isEnabled()
    redo.trigger()
    assert logged()
    assert today.dose_actions.undo_bar.button.isVisible()
    undo.trigger()  # the dose logged by the redo is the one taken back
    assert not logged()
    redo.trigger()
    assert logged()


def test_a_redo_that_no_longer_fits_says_why_and_leaves_the_stack(
    qtbot: QtBot, window: MainWindow
) -> None:
    today = _plan(window)
    services = window.services
    assert services is not None
    dose = today.dose_actions.dose
    assert dose is not None
    assert today.dose_actions.take_now() is not None
    record = services.plans.dose_record(dose.segment_id, dose.sequence)
    assert record is not None
    undo = window.findChild(QAction, "actionUndo")
    redo = window.findChild(QAction, "actionRedo")
    assert isinstance(undo, QAction) and isinstance(redo, QAction)
    undo.trigger()
    # meanwhile the same dose is logged another way (the command line, another window)
    services.plans.log_dose(
        given_at=record.given_at,
        sites=record.sites,
        segment_id=dose.segment_id,
        sequence=dose.sequence,
    )

    redo.trigger()

    shown = today.dose_actions.undo_bar.text.text()
    assert shown and shown != "Undone." and not today.dose_actions.undo_bar.button.isVisible()
    assert not redo.isEnabled() and not undo.isEnabled()  # dropped: nothing to redo or undo


def test_a_corrected_diary_entry_can_be_undone_and_redone(qtbot: QtBot, window: MainWindow) -> None:
    from belimumab_companion.ui.dialogs.diary_entry_dialog import DiaryEntryDialog

    window.show_page("diary")
    page = window.page("diary")
    assert isinstance(page, DiaryPage)
    dialog = window.open_symptom_dialog()
    assert isinstance(dialog, DiaryEntryDialog)
    qtbot.addWidget(dialog)
    dialog.symptom.setEditText("Muscle pain")
    dialog.save_button.click()
    entry_id = page.model.entry(0).id
    edit = window.open_symptom_dialog(entry_id)
    assert isinstance(edit, DiaryEntryDialog)
    qtbot.addWidget(edit)
    edit.severity.setCurrentIndex(4)
    edit.save_button.click()
    redo = window.findChild(QAction, "actionRedo")
    assert isinstance(redo, QAction)

    page.undo_button.click()
    assert page.model.entry(0).severity == 1 and redo.isEnabled()
    redo.trigger()
    assert page.model.entry(0).severity == 4
    assert page.undo_bar.text.text() == "Entry changed."
    page.undo_button.click()  # the bar offers the undo again, and it undoes the redo
    assert page.model.entry(0).severity == 1
    assert page.model.rowCount() == 1  # never a second copy of the entry


def test_a_change_made_before_the_data_was_replaced_is_not_undone_on_the_new_data(
    qtbot: QtBot, window: MainWindow
) -> None:
    gateway = operations()
    ran: list[str] = []
    said: list[str | None] = []
    gateway.push_undo(
        "Entry deleted.", Change.DIARY, lambda: ran.append("undo"), on_undone=said.append
    )
    gateway.data_replaced()  # a restore opened another data file

    gateway.undo_stack.undo()

    assert ran == []  # the old closure (over the closed data) never runs
    assert said and said[0] is not None and "cannot be undone any more" in said[0]
    assert not gateway.undo_stack.canUndo()
