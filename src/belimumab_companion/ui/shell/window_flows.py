"""The main window's reminder wiring and symptom flow: starting the reminder engine, what a
delivered reminder shows, logging the reminded dose, and logging, editing or deleting a symptom
(with its undo on the one stack). A mixin of :class:`MainWindow`."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from belimumab_companion.ui.shell.operations import Change, Failed, Operations

if TYPE_CHECKING:
    from belimumab_companion.services.app_services import AppServices
    from belimumab_companion.ui.shell.reminder_centre import ReminderCentre

    _Window = QMainWindow
else:
    _Window = object

log = logging.getLogger("belimumab_companion.ui.shell.main_window")


class RemindersAndDiaryMixin(_Window):
    services: AppServices | None
    reminder_centre: ReminderCentre | None
    operations: Operations

    if TYPE_CHECKING:

        def page(self, key: str) -> QWidget: ...
        def show_page(self, key: str) -> None: ...
        def bring_to_front(self) -> None: ...

    def start_reminders(self, **options: object) -> ReminderCentre | None:
        """Start the reminder engine and its channels (after the data is shown)."""
        from belimumab_companion.ui.shell.reminder_centre import ReminderCentre

        if self.services is None or self.reminder_centre is not None:
            return self.reminder_centre
        centre = ReminderCentre(self.services, self, **options)  # type: ignore[arg-type]
        centre.log_requested.connect(self._log_from_reminder)
        centre.delivered.connect(self._on_reminders_delivered)
        self.reminder_centre = centre
        if centre.tray is not None:  # close keeps reminders running; Quit quits
            QApplication.setQuitOnLastWindowClosed(False)
        centre.start()
        return centre

    def _on_reminders_delivered(self, reminders: list[object], _consolidated: bool) -> None:
        from belimumab_companion.domain.reminders import Reminder, ReminderKind
        from belimumab_companion.ui.pages.today_page import TodayPage
        from belimumab_companion.ui.text.reminder_text import reminder_body

        today = self.page("today")
        for reminder in reminders:
            if isinstance(reminder, Reminder) and reminder.kind is ReminderKind.CHECK_IN:
                assert isinstance(today, TodayPage) and self.services is not None
                day = self.services.clock().date()
                today.note_check_in(f"{reminder.key}@{day}", reminder_body(reminder))
        if any(isinstance(r, Reminder) and r.kind is ReminderKind.CONTRACEPTION for r in reminders):
            # the new reminder shows on Today, to mark done or missed
            self.operations.announce(Change.REMINDERS | Change.CONTRACEPTION)
        if any(isinstance(r, Reminder) and r.kind is ReminderKind.REFILL for r in reminders):
            # Today's Supplies card says it too (with no notification server or tray, the
            # window is the only place the refill reminder can be seen)
            self.operations.announce(Change.SUPPLIES)
        if self.reminder_centre is not None:
            self.reminder_centre.update_tray_tooltip()

    def _log_from_reminder(self, reminder: object) -> None:
        """Open the log dialog for the reminded dose (or the next dose, from the tray)."""
        from belimumab_companion.domain.reminders import Reminder
        from belimumab_companion.ui.pages.today_page import TodayPage

        if self.services is None:
            return
        self.bring_to_front()
        self.show_page("today")
        today = self.page("today")
        assert isinstance(today, TodayPage)
        dose = None
        if isinstance(reminder, Reminder):
            now = self.services.clock()
            dose = next(
                (
                    d
                    for d in self.services.plans.schedule(now)
                    if (d.segment_id, d.sequence) == (reminder.segment_id, reminder.sequence)
                ),
                None,
            )
        dialog = today.open_log_dialog(dose)
        if dialog is not None and self.reminder_centre is not None:
            centre = self.reminder_centre

            def answered() -> None:
                if dialog.logged is not None:
                    occurrence = dialog.logged.occurrence
                    centre.due_window.logged(occurrence.segment_id, occurrence.sequence)

            dialog.accepted.connect(answered)

    def open_symptom_dialog(self, entry_id: int | None = None):  # type: ignore[no-untyped-def]
        """Log a new symptom, or edit one (either with an undo on the Diary page)."""
        from belimumab_companion.system.local_zone import local_zone_name
        from belimumab_companion.ui.dialogs.diary_entry_dialog import DiaryEntryDialog
        from belimumab_companion.ui.pages.diary_page import DiaryPage

        if self.services is None:
            return None
        services = self.services
        entry = services.diary.get(entry_id) if entry_id else None
        dialog = DiaryEntryDialog(services, local_zone_name(), self, entry=entry)
        diary = self.page("diary")

        def saved() -> None:
            previous = dialog.previous
            if previous is None and dialog.saved is not None and isinstance(diary, DiaryPage):
                # a new entry: the undo takes it out again (soft), the redo brings it back
                entry_id = dialog.saved.entry.id
                diary.offer_undo(
                    QCoreApplication.translate("MainWindow", "Entry saved."),
                    lambda: services.diary.delete(entry_id),
                    redo=lambda: services.diary.restore(entry_id),
                )
            if previous is not None and isinstance(diary, DiaryPage):
                other = [previous]  # the values the next undo or redo brings back

                def swap() -> None:
                    now_shown = services.diary.get(previous.id)
                    services.diary.restore_version(other[0])
                    if now_shown is not None:
                        other[0] = now_shown

                diary.offer_undo(
                    QCoreApplication.translate("MainWindow", "Entry changed."), swap, redo=swap
                )

        dialog.accepted.connect(saved)
        dialog.open()
        return dialog

    def _delete_symptom(self, entry_id: int) -> None:
        from belimumab_companion.ui.pages.diary_page import DiaryPage

        if self.services is None:
            return
        services = self.services
        # soft: kept, out of every view, can be undone
        if isinstance(
            self.operations.run(lambda: services.diary.delete(entry_id), Change.DIARY), Failed
        ):
            return
        diary = self.page("diary")
        if isinstance(diary, DiaryPage):
            diary.offer_undo(
                QCoreApplication.translate("MainWindow", "Entry deleted."),
                lambda: services.diary.restore(entry_id),
                redo=lambda: services.diary.delete(entry_id),
            )
