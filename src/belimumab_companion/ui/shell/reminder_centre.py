"""The thin Qt driver of the reminder engine, and the channels it delivers to.

A 30-second QTimer calls ``ReminderService.tick`` with the zone the computer is in now; the
service compares wall-clock times with the persisted mark, so sleep, clock jumps and time-zone
changes need no special signal (the next tick catches up). Channels, in order of trust:
the "dose due" window and the Today page (always), a desktop notification over D-Bus where a
server exists, and the tray icon where a tray exists (its balloon only when there is no
notification server).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon, QWidget

from belimumab_companion.domain.reminders import Reminder, ReminderKind, SnoozeChoice
from belimumab_companion.system.local_zone import local_zone_name
from belimumab_companion.ui.dialogs.dose_due_window import DoseDueWindow
from belimumab_companion.ui.text.reminder_text import summary

if TYPE_CHECKING:
    from belimumab_companion.services.app_services import AppServices
    from belimumab_companion.services.reminder_service import TickOutcome

log = logging.getLogger(__name__)

TICK_MS = 30_000
PROMPTED = (ReminderKind.DOSE, ReminderKind.PREP)


class Notifier(Protocol):
    def available(self) -> bool: ...
    def notify(
        self, key: str, title: str, body: str, actions: list[tuple[str, str]] = ...
    ) -> bool: ...


def default_notifier(parent: QObject) -> Notifier | None:
    try:
        from belimumab_companion.ui.shell.desktop_notifications import DesktopNotifier
    except ImportError:  # Qt built without QtDBus (Windows, macOS wheels): the tray and window
        return None
    notifier = DesktopNotifier("Belimumab Companion", parent=parent)
    return notifier if notifier.available() else None


class ReminderCentre(QObject):
    delivered = Signal(list, bool)  # the reminders, consolidated
    log_requested = Signal(object)  # a Reminder whose dose the user wants to log

    def __init__(
        self,
        services: AppServices,
        window: QWidget,
        notifier_factory: Callable[[QObject], Notifier | None] = default_notifier,
        zone: Callable[[], str] = local_zone_name,
        use_tray: bool = True,
    ) -> None:
        super().__init__(window)
        self._services = services
        self._window = window
        self._zone = zone
        self.due_window = DoseDueWindow(services, zone(), None)
        self.due_window.log_requested.connect(self.log_requested.emit)
        self.notifier = notifier_factory(self)
        if self.notifier is not None and hasattr(self.notifier, "action_invoked"):
            self.notifier.action_invoked.connect(self._on_action)
        self.tray: QSystemTrayIcon | None = None
        if use_tray and QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = self._make_tray()
            self.update_tray_tooltip()
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)

    def start(self) -> None:
        """Show what was left unanswered, catch up on what fell due while closed, then tick."""
        pending = self._services.reminders.pending(self._zone())
        self.tick()
        if pending:
            self.due_window.add(pending)
            self._raise_due_window()
        self.timer.start()

    def use_services(self, services: AppServices) -> None:
        """After a restore: the same channels over the newly opened data (call start() next)."""
        self.timer.stop()
        self._services = services
        self.due_window.use_services(services)

    def stop(self) -> None:
        self.timer.stop()
        self.due_window.close()
        if self.tray is not None:
            self.tray.hide()

    def replan(self) -> None:
        """The data changed (a dose logged, the plan changed): plan and send now, not at the
        next tick, so a dose just logged is never reminded."""
        if self.timer.isActive():
            self.tick()
        self.update_tray_tooltip()

    def tick(self) -> TickOutcome | None:
        try:
            outcome = self._services.reminders.tick(self._zone())
        except Exception:  # a tick must never stop the timer; the next one retries
            log.exception("reminder tick failed")
            return None
        if outcome.fire:
            self.deliver(outcome.fire, outcome.consolidated)
        return outcome

    def deliver(self, reminders: list[Reminder], consolidated: bool) -> None:
        prompted = [r for r in reminders if r.kind in PROMPTED]
        if prompted:
            self.due_window.add(prompted)
            self._raise_due_window()
        title, body = summary(reminders)
        key = "summary" if consolidated else reminders[-1].key
        actions = [] if consolidated or not prompted else [("open", self.tr("Open"))]
        sent = self.notifier is not None and self.notifier.notify(key, title, body, actions)
        if not sent and self.tray is not None and self.tray.supportsMessages():
            self.tray.showMessage(title, body, QSystemTrayIcon.MessageIcon.Information)
        self.delivered.emit(reminders, consolidated)

    def _raise_due_window(self) -> None:
        self.due_window.show()
        self.due_window.raise_()
        self.due_window.activateWindow()

    def _on_action(self, _key: str, _action: str) -> None:
        self._raise_due_window()

    # --- tray ------------------------------------------------------------------------------------
    def _make_tray(self) -> QSystemTrayIcon:
        icon = self._window.windowIcon()
        if icon.isNull():
            icon = QIcon.fromTheme("appointment-soon")
        tray = QSystemTrayIcon(icon, self)
        tray.setObjectName("trayIcon")
        menu = QMenu(self._window)
        open_action = QAction(self.tr("&Open"), menu)
        open_action.triggered.connect(self._show_window)
        log_action = QAction(self.tr("&Log a dose…"), menu)
        log_action.triggered.connect(self._log_from_tray)
        snooze = QAction(self.tr("&Snooze reminders 10 minutes"), menu)
        snooze.triggered.connect(self._snooze_all)
        quit_action = QAction(self.tr("&Quit"), menu)
        quit_action.triggered.connect(QApplication.quit)
        for action in (open_action, log_action, snooze, quit_action):
            menu.addAction(action)
        tray.setContextMenu(menu)
        tray.activated.connect(
            lambda reason: (
                self._show_window() if reason is QSystemTrayIcon.ActivationReason.Trigger else None
            )
        )
        tray.show()
        return tray

    def update_tray_tooltip(self) -> None:
        if self.tray is None:
            return
        from belimumab_companion.ui.text.dose_text import short_when_text

        upcoming = self._services.plans.upcoming(self._services.clock(), 1)
        text = "Belimumab Companion"
        if upcoming and upcoming[0].firm:
            text += "\n" + self.tr("Next dose: %1").replace("%1", short_when_text(upcoming[0].due))
        elif upcoming:  # never shown as a firm date
            text += "\n" + self.tr("Next dose: the date your care team gives")
        self.tray.setToolTip(text)

    def _show_window(self) -> None:
        self._window.show()
        self._window.raise_()
        self._window.activateWindow()

    def _log_from_tray(self) -> None:
        self._show_window()
        self.log_requested.emit(None)

    def _snooze_all(self) -> None:
        while self.due_window.current() is not None:
            if not self.due_window.snooze(SnoozeChoice.TEN_MINUTES):
                return  # not saved (the gateway said why): the rest stay as they are
