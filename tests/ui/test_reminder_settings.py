"""Reminder preferences are saved as they change; start at login writes and removes the entry."""

from __future__ import annotations

from datetime import time
from pathlib import Path

from PySide6.QtCore import QTime
from pytestqt.qtbot import QtBot

from belimumab_companion.domain.reminders import AT_THE_TIME, LeadTime, TravelPolicy
from belimumab_companion.system.autostart import Autostart
from belimumab_companion.ui.pages.settings_page import SettingsPage
from belimumab_companion.ui.shell.main_window import MainWindow
from belimumab_companion.ui.widgets.reminder_settings import ReminderSettingsBox


def test_changes_are_saved_at_once(qtbot: QtBot, window: MainWindow) -> None:
    window.show_page("settings")
    page = window.page("settings")
    assert isinstance(page, SettingsPage) and page.reminders is not None
    box = page.reminders
    assert window.services is not None
    reminders = window.services.reminders
    box.morning.setChecked(True)
    box.morning_at.setTime(QTime(7, 15))
    box.morning_at.editingFinished.emit()
    box.quiet.setChecked(True)
    box.follow_local.setChecked(True)
    saved = reminders.settings()
    assert LeadTime(days_before=0, at=time(7, 15)) in saved.lead_times
    assert AT_THE_TIME in saved.lead_times
    assert (saved.quiet_from, saved.quiet_until) == (time(22), time(7))
    assert saved.travel is TravelPolicy.FOLLOW_LOCAL
    box.at_time.setChecked(False)
    assert AT_THE_TIME not in reminders.settings().lead_times


def test_start_at_login_toggle_writes_the_xdg_entry(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    assert window.services is not None
    autostart = Autostart(
        platform="linux", env={"HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "config")}
    )
    box = ReminderSettingsBox(window.services.reminders, autostart)
    qtbot.addWidget(box)
    box.start_at_login.setChecked(True)
    desktop = next((tmp_path / "config" / "autostart").glob("*.desktop"))
    assert "--minimized" in desktop.read_text(encoding="utf-8")
    assert autostart.is_enabled() and str(desktop) in box.message.text()
    box.start_at_login.setChecked(False)
    assert not desktop.exists() and not autostart.is_enabled()
