"""Contraception: how long it is needed (R-36), the method and its rhythm, the reminders to mark
done or missed with their log, and the pregnancy and breastfeeding actions (R-37..R-39)."""

from __future__ import annotations

import itertools
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from belimumab_companion.domain.contraception import (
    CYCLE_METHODS,
    INTERVAL_METHODS,
    NEEDS_REPLACE_BY,
    MethodSetup,
    PregnancyEvent,
    WindowState,
)
from belimumab_companion.domain.reminders import ReminderAnswer
from belimumab_companion.ui.dialogs.common import page_label
from belimumab_companion.ui.shell.operations import Change, Failed, operations
from belimumab_companion.ui.shell.style import TYPE
from belimumab_companion.ui.text.contraception_text import (
    action_text,
    method_name,
    pregnancy_kind_text,
    window_text,
)
from belimumab_companion.ui.text.dose_text import short_when_text
from belimumab_companion.ui.text.locale_format import date_text, integer_text, long_date, time_text
from belimumab_companion.ui.widgets.contraception_items import ContraceptionItems
from belimumab_companion.ui.widgets.page_layout import scrolling_page
from belimumab_companion.ui.widgets.undo_bar import UndoBar
from belimumab_companion.user_text import fill

if TYPE_CHECKING:
    from belimumab_companion.services.app_services import AppServices


def _box(name: str) -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame()
    frame.setObjectName(name)
    frame.setFrameShape(QFrame.Shape.StyledPanel)
    return frame, QVBoxLayout(frame)


def rhythm_text(setup: MethodSetup) -> str:
    """The method's rhythm in one sentence (context "ContraceptionPage", where it is shown)."""
    at = time_text(setup.at)
    if setup.method in NEEDS_REPLACE_BY and setup.replace_by is not None:
        return fill(
            QCoreApplication.translate(
                "ContraceptionPage",
                "Replace by %1; reminders 4 weeks before and on the day, at %2.",
            ),
            (long_date(setup.replace_by), at),
        )
    if setup.method in CYCLE_METHODS:
        if setup.free_days == 0:
            return fill(
                QCoreApplication.translate(
                    "ContraceptionPage", "Every day, no break, at %1; a new pack every %2 days."
                ),
                (at, integer_text(setup.active_days)),
            )
        return fill(
            QCoreApplication.translate(
                "ContraceptionPage", "%1 days on, %2 days off, reminders at %3."
            ),
            (integer_text(setup.active_days), integer_text(setup.free_days), at),
        )
    if setup.method in INTERVAL_METHODS:
        return fill(
            QCoreApplication.translate("ContraceptionPage", "Every %1 days, at %2."),
            (integer_text(setup.every_days), at),
        )
    return QCoreApplication.translate("ContraceptionPage", "Every day at %1.").replace("%1", at)


class ContraceptionPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contraceptionPage")
        self._services: AppServices | None = None
        self._zone = "UTC"
        heading = page_label("contraceptionTitle", bold=True, scale=TYPE.TITLE)
        heading.setText(self.tr("Contraception"))
        self.undo_bar = UndoBar("contraception", self)

        window_box, window_layout = _box("contraceptionWindowBox")
        self.window_label = page_label("contraceptionWindow", bold=True, scale=1.2)
        window_layout.addWidget(self.window_label)

        method_box, method_layout = _box("contraceptionMethodBox")
        self.method_label = page_label("contraceptionMethodLabel", bold=True)
        self.rhythm_label = page_label("contraceptionRhythm")
        self.next_label = page_label("contraceptionNext")
        self.setup_button = QPushButton(self.tr("&Set up your method…"))
        self.setup_button.setObjectName("contraceptionSetupButton")
        self.setup_button.setAccessibleName(self.tr("Set up or change your contraception method"))
        self.setup_button.setAccessibleDescription(
            self.tr("Opens a form for your method and its rhythm, for its reminders")
        )
        self.setup_button.clicked.connect(self.open_setup_dialog)
        for widget in (self.method_label, self.rhythm_label, self.next_label):
            method_layout.addWidget(widget)
        method_layout.addWidget(self.setup_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.items_box, items_layout = _box("contraceptionItemsBox")
        items_title = page_label("contraceptionItemsTitle", bold=True)
        items_title.setText(self.tr("The last week's reminders"))
        self.items = ContraceptionItems("page")
        self.log_list = QListWidget()
        self.log_list.setObjectName("contraceptionLog")
        self.log_list.setAccessibleName(self.tr("Your log"))
        self.log_list.setAccessibleDescription(self.tr("Everything you marked, newest first"))
        self.log_list.setMaximumHeight(self.fontMetrics().lineSpacing() * 8)
        log_title = page_label("contraceptionLogTitle", bold=True)
        log_title.setText(self.tr("Your log"))
        items_layout.addWidget(items_title)
        items_layout.addWidget(self.items)
        items_layout.addWidget(log_title)
        items_layout.addWidget(self.log_list)

        pregnancy_box, pregnancy_layout = _box("contraceptionPregnancyBox")
        pregnancy_title = page_label("pregnancyTitle", bold=True)
        pregnancy_title.setText(self.tr("Pregnancy and breastfeeding"))
        self.pregnant_button = QPushButton(self.tr("I &might be pregnant / I am pregnant…"))
        self.pregnant_button.setObjectName("pregnancyButton")
        self.pregnant_button.setAccessibleDescription(
            self.tr("Opens what to do now and lets you record it")
        )
        self.pregnant_button.clicked.connect(lambda: self.open_pregnancy_dialog())
        self.breastfeeding_button = QPushButton(self.tr("&Breastfeeding…"))
        self.breastfeeding_button.setObjectName("breastfeedingButton")
        self.breastfeeding_button.setAccessibleDescription(
            self.tr("Opens what is known about breastfeeding on Benlysta and lets you record it")
        )
        self.breastfeeding_button.clicked.connect(
            lambda: self.open_pregnancy_dialog(PregnancyEvent.BREASTFEEDING)
        )
        pregnancy_buttons = QHBoxLayout()
        pregnancy_buttons.addWidget(self.pregnant_button)
        pregnancy_buttons.addWidget(self.breastfeeding_button)
        pregnancy_buttons.addStretch(1)
        self.events = QListWidget()
        self.events.setObjectName("pregnancyEvents")
        self.events.setAccessibleName(self.tr("Recorded pregnancy and breastfeeding events"))
        self.events.setAccessibleDescription(
            self.tr("Each with its date; select one to delete it with the button below")
        )
        self.events.setMaximumHeight(self.fontMetrics().lineSpacing() * 6)
        self.delete_event_button = QPushButton(self.tr("De&lete the selected event"))
        self.delete_event_button.setObjectName("deletePregnancyEvent")
        self.delete_event_button.setAccessibleDescription(
            self.tr("Deletes the selected event at once; Undo (Ctrl+Z) brings it back")
        )
        self.delete_event_button.clicked.connect(self.delete_selected_event)
        self.events.itemSelectionChanged.connect(
            lambda: self.delete_event_button.setEnabled(bool(self.events.selectedItems()))
        )
        pregnancy_layout.addWidget(pregnancy_title)
        pregnancy_layout.addLayout(pregnancy_buttons)
        pregnancy_layout.addWidget(self.events)
        pregnancy_layout.addWidget(self.delete_event_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.off_label = page_label("contraceptionOff")
        self.off_label.setText(
            self.tr("Contraception reminders are off. You can turn them on in Settings.")
        )
        layout = scrolling_page(self, "contraception")
        layout.addWidget(heading)
        layout.addWidget(self.undo_bar)
        # the pregnancy action stays in view, above the method and the log
        self.sections = [window_box, pregnancy_box, method_box, self.items_box]
        for section in self.sections:
            layout.addWidget(section)
        layout.addWidget(self.off_label)
        layout.addStretch(1)
        # Tab follows the page as it reads: undo, pregnancy, the method, the reminders, the log.
        chain: list[QWidget] = [
            self.undo_bar.button,
            self.pregnant_button,
            self.breastfeeding_button,
            self.events,
            self.delete_event_button,
            self.setup_button,
            self.items.table,
            self.items.done_button,
            self.items.missed_button,
            self.log_list,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def load(self, services: AppServices) -> None:
        from belimumab_companion.system.local_zone import local_zone_name

        self._services = services
        self._zone = local_zone_name()
        service = services.contraception
        status = service.status(self._zone)
        on = status.enabled is True
        for section in self.sections:
            section.setVisible(on)
        self.off_label.setVisible(not on)
        if not on:
            return
        self.window_label.setText(window_text(status.window))
        if status.setup is None:
            self.method_label.setText(self.tr("No method set up yet."))
            self.rhythm_label.setText(
                self.tr("Choose your method to get reminders in its own rhythm.")
            )
            self.next_label.clear()
            self.setup_button.setText(self.tr("&Set up your method…"))
            self.items_box.hide()
        else:
            setup = status.setup.setup
            self.method_label.setText(method_name(setup.method))
            self.rhythm_label.setText(rhythm_text(setup))
            self.setup_button.setText(self.tr("&Change method or rhythm…"))
            if status.next_item is not None:
                self.next_label.setText(
                    fill(
                        self.tr("Next reminder: %1 — %2"),
                        (
                            short_when_text(status.next_item.due),
                            action_text(status.next_item.action),
                        ),
                    )
                )
            elif status.window.state is WindowState.ENDED:
                self.next_label.setText(self.tr("No more reminders: the window has ended."))
            else:
                self.next_label.setText(self.tr("No reminder coming up."))
            self.items.show_items(service, status.recent, setup.method, self._zone)
            self.items.setVisible(bool(status.recent))
            self._fill_log(service.log())
            self.items_box.setVisible(bool(status.recent) or self.log_list.count() > 0)
        self._fill_events()

    def _fill_log(self, log: list) -> None:  # type: ignore[type-arg]
        self.log_list.clear()
        for item in log[:200]:
            mark = self.tr("done") if item.answer is ReminderAnswer.DONE else self.tr("missed")
            self.log_list.addItem(
                fill(
                    self.tr("%1 · %2 · %3"),
                    (short_when_text(item.due), action_text(item.action), mark),
                )
            )

    def _fill_events(self) -> None:
        assert self._services is not None
        self.events.clear()
        for event in self._services.contraception.pregnancy_events():
            kind = pregnancy_kind_text(event.kind)
            if event.note:  # the note is the user's own words: never translated
                text = fill(self.tr("%1 · %2 · %3"), (date_text(event.on), kind, event.note))
            else:
                text = fill(self.tr("%1 · %2"), (date_text(event.on), kind))
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, event.id)
            self.events.addItem(item)
        self.events.setVisible(self.events.count() > 0)
        self.delete_event_button.setVisible(self.events.count() > 0)
        self.delete_event_button.setEnabled(bool(self.events.selectedItems()))

    def _today(self) -> date:
        from zoneinfo import ZoneInfo

        assert self._services is not None
        return self._services.clock().astimezone(ZoneInfo(self._zone)).date()

    def open_setup_dialog(self):  # type: ignore[no-untyped-def]
        from belimumab_companion.ui.dialogs.contraception_setup_dialog import (
            ContraceptionSetupDialog,
        )

        if self._services is None:
            return None
        dialog = ContraceptionSetupDialog(
            self._services.contraception, self._today(), self._zone, self
        )
        dialog.open()
        return dialog

    def open_pregnancy_dialog(self, kind: PregnancyEvent = PregnancyEvent.MIGHT_BE_PREGNANT):  # type: ignore[no-untyped-def]
        from belimumab_companion.ui.dialogs.pregnancy_dialog import PregnancyDialog

        if self._services is None:
            return None
        dialog = PregnancyDialog(
            self._services.contraception, self._today(), self._zone, self, kind=kind
        )
        dialog.open()
        return dialog

    def delete_selected_event(self) -> None:
        selected = self.events.selectedItems()
        if not selected or self._services is None:
            return
        event_id = int(selected[0].data(Qt.ItemDataRole.UserRole))
        service = self._services.contraception
        deleted = operations().run(
            lambda: service.delete_pregnancy_event(event_id), Change.CONTRACEPTION
        )
        if isinstance(deleted, Failed):
            return
        self.undo_bar.offer(
            self.tr("Event deleted."),
            lambda: service.restore_pregnancy_event(event_id),
            Change.CONTRACEPTION,
            redo=lambda: service.delete_pregnancy_event(event_id),
        )
