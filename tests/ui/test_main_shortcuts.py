"""The window-wide shortcuts for the main actions, pressed for real on the real window: Ctrl+D logs
the next dose, Ctrl+L logs a symptom, Ctrl+F finds (the drug information's find bar on its page,
the diary's search everywhere else)."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QMenu, QWidget
from pytestqt.qtbot import QtBot

from belimumab_companion.domain.regimens import Indication, Route
from belimumab_companion.services.plan_service import PlanInputs
from belimumab_companion.ui.dialogs.diary_entry_dialog import DiaryEntryDialog
from belimumab_companion.ui.dialogs.log_dose_dialog import LogDoseDialog
from belimumab_companion.ui.pages.diary_page import DiaryPage
from belimumab_companion.ui.shell.main_window import MainWindow
from belimumab_companion.ui.shell.operations import Change, operations

PLAN = PlanInputs(
    indication=Indication.SLE,
    route=Route.SUBQ,
    birth_date=date(1984, 3, 2),
    first_dose=date(2026, 11, 10),
    time_of_day=time(18, 0),
    zone="Europe/Madrid",
)


def _press(qtbot: QtBot, window: MainWindow, key: Qt.Key) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    target: QWidget = QApplication.focusWidget() or window
    qtbot.keyClick(target, key, Qt.KeyboardModifier.ControlModifier)


def _open_dialogs(window: MainWindow, kind: type[QDialog]) -> list[QDialog]:
    return [d for d in window.findChildren(kind) if d.isVisible()]


def test_the_actions_menu_lists_the_shortcuts(window: MainWindow) -> None:
    expected = {
        "actionLogDose": QKeySequence("Ctrl+D"),
        "actionLogSymptom": QKeySequence("Ctrl+L"),
        "actionFind": QKeySequence(QKeySequence.StandardKey.Find),
    }
    for name, keys in expected.items():
        action = window.findChild(QAction, name)
        assert action is not None, name
        assert action.shortcut() == keys and action.isEnabled()
        assert action in window.actions()  # window-wide, whichever page shows
        menus = [m for m in action.associatedObjects() if isinstance(m, QMenu)]
        assert any(menu.title() == "&Actions" for menu in menus)
    taken = {
        a.shortcut().toString()
        for a in window.findChildren(QAction)
        if a.objectName() not in expected and not a.shortcut().isEmpty()
    }
    assert not taken & {k.toString() for k in expected.values()}  # no clash with Go, Quit…


def test_ctrl_d_opens_the_log_dose_dialog_for_the_next_dose(
    qtbot: QtBot, window: MainWindow
) -> None:
    assert window.services is not None
    window.services.plans.set_plan(PLAN)
    operations().announce(Change.EVERYTHING)
    window.show_page("reports")  # from any page
    _press(qtbot, window, Qt.Key.Key_D)
    qtbot.waitUntil(lambda: bool(_open_dialogs(window, LogDoseDialog)))
    dialogs = _open_dialogs(window, LogDoseDialog)
    assert len(dialogs) == 1
    dialog = dialogs[0]
    assert isinstance(dialog, LogDoseDialog)
    assert (dialog._dose.segment_id, dialog._dose.sequence) == (1, 3)  # the next one
    dialog.reject()


def test_ctrl_d_without_a_plan_says_there_is_nothing_to_log(
    qtbot: QtBot, window: MainWindow
) -> None:
    _press(qtbot, window, Qt.Key.Key_D)
    assert not _open_dialogs(window, LogDoseDialog)
    assert "no dose to log" in window.statusBar().currentMessage()


def test_ctrl_l_opens_a_new_diary_entry(qtbot: QtBot, window: MainWindow) -> None:
    window.show_page("schedule")
    _press(qtbot, window, Qt.Key.Key_L)
    qtbot.waitUntil(lambda: bool(_open_dialogs(window, DiaryEntryDialog)))
    dialogs = _open_dialogs(window, DiaryEntryDialog)
    assert len(dialogs) == 1
    dialogs[0].reject()


def test_ctrl_f_goes_to_the_diary_search_from_any_other_page(
    qtbot: QtBot, window: MainWindow
) -> None:
    for key in ("today", "settings", "diary"):
        window.show_page(key)
        _press(qtbot, window, Qt.Key.Key_F)
        assert window.current_page_key() == "diary"
        diary = window.page("diary")
        assert isinstance(diary, DiaryPage)
        qtbot.waitUntil(diary.search_edit.hasFocus)


def test_ctrl_f_on_the_drug_information_opens_its_find_bar(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.show_page("drug_info")
    page = window.drug_info
    qtbot.waitExposed(page)
    page.browser.setFocus()
    _press(qtbot, window, Qt.Key.Key_F)
    assert window.current_page_key() == "drug_info"
    assert page.find_bar.isVisible()
    qtbot.waitUntil(page.find_bar.field.hasFocus)
