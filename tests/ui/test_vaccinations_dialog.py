from __future__ import annotations

from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from belimumab_companion.ui.dialogs.vaccinations_dialog import VaccinationsDialog
from belimumab_companion.ui.pages.schedule_page import SchedulePage
from belimumab_companion.ui.shell.main_window import MainWindow


def test_add_with_the_r34_guard_then_delete_and_undo(qtbot: QtBot, window: MainWindow) -> None:
    page = window.page("schedule")
    assert isinstance(page, SchedulePage)
    dialog = page.open_vaccinations()  # type: ignore[no-untyped-call]  # untyped in ui
    assert isinstance(dialog, VaccinationsDialog)
    qtbot.addWidget(dialog)
    guard = dialog.findChild(type(dialog.message), "liveVaccineGuard")
    assert guard is not None and "Live vaccines should not be given within 30 days" in guard.text()
    dialog.add_button.click()
    assert "name" in dialog.message.text()
    dialog.name.setText("Shingles")
    dialog.on_date.setDate(QDate(2026, 12, 1))
    dialog.add_button.click()
    assert dialog.list.count() == 1
    assert "ask your care team whether it is live" in dialog.list.item(0).text()
    dialog.list.setCurrentRow(0)
    dialog.delete_button.click()
    assert dialog.list.count() == 0 and dialog.undo_button.isVisibleTo(dialog)
    dialog.undo_button.click()
    assert dialog.list.count() == 1
