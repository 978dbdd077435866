"""The "dose due" window: the app's own reminder channel, which works with no tray and no
notification server. Each item is answered: logged, snoozed, missed, or skipped on advice.
Closing the window answers nothing: the items come back at the next start."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from belimumab_companion.domain.reminders import Reminder, SnoozeChoice
from belimumab_companion.ui.dialogs.common import chain_tab_order, text_width
from belimumab_companion.ui.shell.operations import Change, Failed, operations
from belimumab_companion.ui.text.reminder_text import (
    reminder_body,
    reminder_title,
    snooze_choices,
)
from belimumab_companion.ui.widgets.announce import show_form_error

if TYPE_CHECKING:
    from belimumab_companion.services.app_services import AppServices

ROLE = Qt.ItemDataRole.UserRole


class DoseDueWindow(QWidget):
    log_requested = Signal(object)  # the Reminder whose dose the user wants to log

    def __init__(self, services: AppServices, zone: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("doseDueWindow")
        self.setWindowTitle(self.tr("Dose due"))
        self._services = services
        self._zone = zone
        heading = QLabel(self.tr("&Answer each reminder:"))
        heading.setObjectName("doseDueHeading")
        heading.setWordWrap(True)
        self.items = QListWidget()
        self.items.setObjectName("doseDueItems")
        self.items.setAccessibleName(self.tr("Reminders to answer"))
        self.items.setAccessibleDescription(
            self.tr(
                "Choose a reminder, then log the dose, snooze the reminder, or say that the dose "
                "was missed or skipped."
            )
        )
        self.items.setWordWrap(True)
        heading.setBuddy(self.items)
        self.message = QLabel()
        self.message.setObjectName("doseDueMessage")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.log_button = QPushButton(self.tr("&Log it…"))
        self.log_button.setObjectName("doseDueLog")
        self.log_button.setAccessibleDescription(
            self.tr("Open the form to log the chosen dose as given.")
        )
        self.log_button.clicked.connect(self._log)
        self.snooze_button = QToolButton()
        self.snooze_button.setObjectName("doseDueSnooze")
        self.snooze_button.setText(self.tr("&Snooze"))
        self.snooze_button.setAccessibleName(self.tr("Snooze"))
        self.snooze_button.setAccessibleDescription(
            self.tr("Remind me again later: in 10 minutes, in 1 hour or tomorrow morning.")
        )
        self.snooze_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.snooze_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.snooze_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.snooze_button)
        self.snooze_actions = {}
        for choice, label in snooze_choices():
            action = menu.addAction(label)
            action.setObjectName(f"doseDueSnooze_{choice.value}")
            action.triggered.connect(lambda _checked=False, c=choice: self.snooze(c))
            self.snooze_actions[choice] = action
        self.snooze_button.setMenu(menu)
        self.missed_button = QPushButton(self.tr("It was &missed"))
        self.missed_button.setObjectName("doseDueMissed")
        self.missed_button.setAccessibleDescription(
            self.tr("Record that this dose was missed and see what to do now.")
        )
        self.missed_button.clicked.connect(self.mark_missed)
        self.skipped_button = QPushButton(self.tr("S&kipped on my care team's advice"))
        self.skipped_button.setObjectName("doseDueSkipped")
        self.skipped_button.setAccessibleDescription(
            self.tr("Record that your care team told you to skip this dose.")
        )
        self.skipped_button.clicked.connect(self.mark_skipped)
        buttons = QHBoxLayout()
        for widget in (
            self.log_button,
            self.snooze_button,
            self.missed_button,
            self.skipped_button,
        ):
            buttons.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.items, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        chain_tab_order(
            self.items, self.log_button, self.snooze_button, self.missed_button, self.skipped_button
        )
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.activated.connect(self.close)
        self.items.currentRowChanged.connect(self._update_buttons)
        self.resize(text_width(self, 80), self.fontMetrics().lineSpacing() * 16)

    def use_services(self, services: AppServices) -> None:
        """The data was replaced (a restore): what was listed belongs to the old data."""
        self._services = services
        self.items.clear()
        self._update_buttons()
        self.hide()

    def add(self, reminders: Sequence[Reminder]) -> None:
        """Add reminders; one line per dose (a later reminder of a dose replaces the earlier)."""
        for reminder in reminders:
            dose = (reminder.segment_id, reminder.sequence)
            for row in range(self.items.count()):
                existing: Reminder = self.items.item(row).data(ROLE)
                if (existing.segment_id, existing.sequence) == dose:
                    self.items.takeItem(row)
                    break
            item = QListWidgetItem(f"{reminder_title(reminder)}\n{reminder_body(reminder)}")
            item.setData(ROLE, reminder)
            self.items.addItem(item)
        if self.items.currentRow() < 0 and self.items.count():
            self.items.setCurrentRow(0)
        self._update_buttons()

    def reminders(self) -> list[Reminder]:
        return [self.items.item(row).data(ROLE) for row in range(self.items.count())]

    def current(self) -> Reminder | None:
        item = self.items.currentItem()
        if item is None:
            return None
        reminder: Reminder = item.data(ROLE)
        return reminder

    def _update_buttons(self) -> None:
        has = self.current() is not None
        for widget in (
            self.log_button,
            self.snooze_button,
            self.missed_button,
            self.skipped_button,
        ):
            widget.setEnabled(has)

    def _remove_current(self) -> None:
        self.items.takeItem(self.items.currentRow())
        if self.items.count() == 0:
            self.hide()
        self._update_buttons()

    def _log(self) -> None:
        reminder = self.current()
        if reminder is not None:
            self.log_requested.emit(reminder)

    def logged(self, segment_id: int, sequence: int) -> None:
        """The dose was logged (from here or elsewhere): its line goes."""
        from belimumab_companion.domain.reminders import ReminderAnswer

        reminders = self._services.reminders
        operations().run(
            lambda: reminders.answer(segment_id, sequence, ReminderAnswer.LOGGED), Change.REMINDERS
        )
        for row in range(self.items.count()):
            reminder: Reminder = self.items.item(row).data(ROLE)
            if (reminder.segment_id, reminder.sequence) == (segment_id, sequence):
                self.items.setCurrentRow(row)
                self._remove_current()
                return

    def snooze(self, choice: SnoozeChoice) -> bool:
        reminder = self.current()
        if reminder is None:
            return False
        reminders = self._services.reminders
        snoozed = operations().run(
            lambda: reminders.snooze(reminder, choice, self._zone), Change.REMINDERS
        )
        if isinstance(snoozed, Failed):
            return False
        self._remove_current()
        return True

    def mark_missed(self) -> None:
        from belimumab_companion.domain.dose_state import MissedAdvice, advice_when_missed
        from belimumab_companion.domain.reminders import ReminderAnswer
        from belimumab_companion.ui.text.dose_text import missed_advice_text

        reminder = self.current()
        if reminder is None or reminder.segment_id is None or reminder.sequence is None:
            return
        reminders = self._services.reminders
        segment_id, sequence = reminder.segment_id, reminder.sequence
        answered = operations().run(
            lambda: reminders.answer(segment_id, sequence, ReminderAnswer.MISSED),
            Change.REMINDERS,
        )
        if isinstance(answered, Failed):
            return
        now = self._services.clock()
        doses = self._services.plans.schedule(now)
        dose = next(
            (
                d
                for d in doses
                if (d.segment_id, d.sequence) == (reminder.segment_id, reminder.sequence)
            ),
            None,
        )
        self._remove_current()
        if dose is not None:
            advice = dose.advice
            if advice is MissedAdvice.NONE:  # said missed on its own day: what a miss asks
                segment = next(
                    s for s in self._services.plans.segments() if s.id == dose.segment_id
                )
                advice = advice_when_missed(
                    dose.route, segment.regimen.interval_days, dose.in_clinic
                )
            self.message.setText(missed_advice_text(advice.value))
            if self.isHidden():
                self.show()

    def mark_skipped(self) -> None:
        from belimumab_companion.domain.reminders import ReminderAnswer
        from belimumab_companion.services.plan_service import PlanInputError

        reminder = self.current()
        if reminder is None or reminder.segment_id is None or reminder.sequence is None:
            return
        services = self._services
        segment_id, sequence = reminder.segment_id, reminder.sequence

        def skip() -> None:
            services.plans.skip_on_advice(segment_id, sequence)
            services.reminders.answer(segment_id, sequence, ReminderAnswer.SKIPPED)

        try:
            skipped = operations().run(
                skip, Change.DOSES | Change.REMINDERS, expect=(PlanInputError,)
            )
        except PlanInputError as exc:
            from belimumab_companion.ui.text.messages import error_sentence

            show_form_error(self.message, error_sentence(exc))
            return
        if isinstance(skipped, Failed):
            return
        self._remove_current()

    def closeEvent(self, event: QCloseEvent) -> None:
        event.accept()  # unanswered items stay pending in the database
