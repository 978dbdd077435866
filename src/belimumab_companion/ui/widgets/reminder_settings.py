"""Reminder preferences: lead times, prep and check-in reminders, quiet hours, travel, and start
at login. Every change is saved at once (there is no Save button to forget)."""

from __future__ import annotations

from datetime import time
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QRadioButton,
    QTimeEdit,
    QWidget,
)

from belimumab_companion.domain.reminders import (
    AT_THE_TIME,
    LeadTime,
    ReminderSettings,
    TravelPolicy,
)
from belimumab_companion.ui.dialogs.common import WrappedCheck, describe, time_edit_format
from belimumab_companion.ui.shell.operations import Change, operations
from belimumab_companion.ui.text.i18n import error_text
from belimumab_companion.ui.widgets.tab_stops import one_tab_stop

if TYPE_CHECKING:
    from belimumab_companion.services.reminder_service import ReminderService
    from belimumab_companion.system.autostart import Autostart


def _time_edit(object_name: str, accessible: str, description: str, value: time) -> QTimeEdit:
    edit = one_tab_stop(QTimeEdit(QTime(value.hour, value.minute)))
    describe(edit, object_name, accessible, description)
    edit.setDisplayFormat(time_edit_format())
    return edit


def _time(edit: QTimeEdit) -> time:
    value = edit.time()
    return time(value.hour(), value.minute())


class ReminderSettingsBox(QGroupBox):
    def __init__(
        self, reminders: ReminderService, autostart: Autostart | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Reminders"), parent)
        self.setObjectName("reminderSettings")
        self._reminders = reminders
        self._autostart = autostart
        current = reminders.settings()
        evening = next((lt for lt in current.lead_times if lt.days_before == 1 and lt.at), None)
        morning = next((lt for lt in current.lead_times if lt.days_before == 0 and lt.at), None)
        self.evening = QCheckBox(self.tr("The e&vening before, at"))
        self.evening.setObjectName("remindEvening")
        self.evening.setAccessibleDescription(
            self.tr("A reminder the evening before each dose, at the time next to it.")
        )
        self.evening.setChecked(evening is not None)
        self.evening_at = _time_edit(
            "remindEveningAt",
            self.tr("Evening reminder time"),
            self.tr("The time of the reminder the evening before a dose."),
            evening.at if evening and evening.at else time(19),
        )
        self.morning = QCheckBox(self.tr("The m&orning of the dose, at"))
        self.morning.setObjectName("remindMorning")
        self.morning.setAccessibleDescription(
            self.tr("A reminder on the morning of each dose, at the time next to it.")
        )
        self.morning.setChecked(morning is not None)
        self.morning_at = _time_edit(
            "remindMorningAt",
            self.tr("Morning reminder time"),
            self.tr("The time of the reminder on the morning of a dose."),
            morning.at if morning and morning.at else time(8),
        )
        self.at_time = QCheckBox(self.tr("At the &time of the dose"))
        self.at_time.setObjectName("remindAtTime")
        self.at_time.setAccessibleDescription(
            self.tr("A reminder at the planned time of each dose.")
        )
        self.at_time.setChecked(AT_THE_TIME in current.lead_times)
        self.prep = QCheckBox(
            self.tr("Take the &pen out of the fridge 30 minutes before an injection")
        )
        self.prep.setObjectName("remindPrep")
        self.prep.setAccessibleDescription(
            self.tr("A reminder to let the pen or syringe reach room temperature first.")
        )
        self.prep.setChecked(current.prep)
        self.check_ins = QCheckBox(self.tr("How-are-you check-ins for 7 &days after each dose, at"))
        self.check_ins.setObjectName("remindCheckIns")
        self.check_ins.setAccessibleDescription(
            self.tr("A daily question about how you feel, for 7 days after each dose.")
        )
        self.check_ins.setChecked(current.check_ins)
        self.check_in_at = _time_edit(
            "remindCheckInAt",
            self.tr("Check-in time"),
            self.tr("The time of the daily check-in question."),
            current.check_in_at,
        )
        self.quiet = QCheckBox(self.tr("&Quiet hours from"))
        self.quiet.setObjectName("remindQuiet")
        self.quiet.setAccessibleDescription(
            self.tr(
                "Delay reminders between these two times; the dose itself and its fridge "
                "reminder still come."
            )
        )
        self.quiet.setChecked(current.quiet_from is not None)
        self.quiet_from = _time_edit(
            "remindQuietFrom",
            self.tr("Quiet from"),
            self.tr("The time quiet hours start."),
            current.quiet_from or time(22),
        )
        self.quiet_until = _time_edit(
            "remindQuietUntil",
            self.tr("Quiet until"),
            self.tr("The time quiet hours end."),
            current.quiet_until or time(7),
        )
        until = QLabel(self.tr("&until"))
        until.setObjectName("remindQuietUntilLabel")
        until.setBuddy(self.quiet_until)
        quiet_note = QLabel(
            self.tr(
                "Quiet hours delay the other reminders; the dose itself and its fridge reminder still come."
            )
        )
        quiet_note.setObjectName("remindQuietNote")
        quiet_note.setWordWrap(True)
        self.keep_home = QRadioButton(self.tr("When I travel, &keep my home time"))
        self.keep_home.setObjectName("travelKeepHome")
        self.keep_home.setAccessibleDescription(
            self.tr("Away from home, reminders keep the time of day at home.")
        )
        self.follow_local = QRadioButton(self.tr("When I travel, follow the local ti&me"))
        self.follow_local.setObjectName("travelFollowLocal")
        self.follow_local.setAccessibleDescription(
            self.tr("Away from home, reminders come at the same clock time where you are.")
        )
        (
            self.follow_local if current.travel is TravelPolicy.FOLLOW_LOCAL else self.keep_home
        ).setChecked(True)
        self.start_at_login = QCheckBox(
            self.tr("&Start at login, in the tray, so reminders can come")
        )
        self.start_at_login.setObjectName("startAtLogin")
        self.start_at_login.setAccessibleDescription(
            self.tr("Start the app in the tray when you log in to this computer.")
        )
        self.start_at_login.setEnabled(autostart is not None)
        self.start_at_login.setChecked(autostart is not None and autostart.is_enabled())
        self.message = QLabel(
            self.tr("Reminders come only while the app is running (in the window or the tray).")
        )
        self.message.setObjectName("reminderSettingsMessage")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        grid = QGridLayout(self)
        # The check boxes' words wrap, so a large font or a longer language never widens the page.
        rows: list[tuple[QWidget, ...]] = [
            (WrappedCheck(self.evening), self.evening_at),
            (WrappedCheck(self.morning), self.morning_at),
            (WrappedCheck(self.at_time),),
            (WrappedCheck(self.prep),),
            (WrappedCheck(self.check_ins), self.check_in_at),
            (WrappedCheck(self.quiet), self.quiet_from, until, self.quiet_until),
            (quiet_note,),
            (self.keep_home,),
            (self.follow_local,),
            (WrappedCheck(self.start_at_login),),
            (self.message,),
        ]
        for row, widgets in enumerate(rows):
            for column, widget in enumerate(widgets):
                span = 5 if len(widgets) == 1 else 1
                grid.addWidget(widget, row, column, 1, span)
        grid.setColumnStretch(0, 1)  # the words take the room and wrap only when it runs out
        for box in (
            self.evening,
            self.morning,
            self.at_time,
            self.prep,
            self.check_ins,
            self.quiet,
        ):
            box.toggled.connect(self.save)
        for edit in (
            self.evening_at,
            self.morning_at,
            self.check_in_at,
            self.quiet_from,
            self.quiet_until,
        ):
            edit.editingFinished.connect(self.save)
        self.follow_local.toggled.connect(self.save)
        for box, edits in (
            (self.evening, (self.evening_at,)),
            (self.morning, (self.morning_at,)),
            (self.check_ins, (self.check_in_at,)),
            (self.quiet, (self.quiet_from, self.quiet_until)),
        ):
            for edit in edits:
                edit.setEnabled(box.isChecked())
                box.toggled.connect(edit.setEnabled)
        self.start_at_login.toggled.connect(self._set_autostart)

    def value(self) -> ReminderSettings:
        leads: list[LeadTime] = []
        if self.evening.isChecked():
            leads.append(LeadTime(days_before=1, at=_time(self.evening_at)))
        if self.morning.isChecked():
            leads.append(LeadTime(days_before=0, at=_time(self.morning_at)))
        if self.at_time.isChecked():
            leads.append(AT_THE_TIME)
        quiet = self.quiet.isChecked()
        return ReminderSettings(
            lead_times=tuple(leads),
            prep=self.prep.isChecked(),
            check_ins=self.check_ins.isChecked(),
            check_in_at=_time(self.check_in_at),
            quiet_from=_time(self.quiet_from) if quiet else None,
            quiet_until=_time(self.quiet_until) if quiet else None,
            travel=TravelPolicy.FOLLOW_LOCAL
            if self.follow_local.isChecked()
            else TravelPolicy.KEEP_HOME,
            morning=self._reminders.settings().morning,
        )

    def save(self) -> None:
        reminders, value = self._reminders, self.value()
        operations().run(lambda: reminders.save_settings(value), Change.REMINDERS)

    def _set_autostart(self, on: bool) -> None:
        from belimumab_companion.system.autostart import AutostartError

        if self._autostart is None:
            return
        try:
            if on:
                entry = self._autostart.enable()
                self.message.setText(self.tr("Starts at login: %1").replace("%1", entry.location))
            else:
                self._autostart.disable()
                self.message.setText(self.tr("No longer starts at login."))
        except (AutostartError, OSError) as exc:
            self.message.setText(
                self.tr("Could not change start at login: %1").replace("%1", error_text(exc))
            )
            self.start_at_login.blockSignals(True)
            self.start_at_login.setChecked(self._autostart.is_enabled())
            self.start_at_login.blockSignals(False)
