"""Today's contraception box (R-36..R-39): the window, the next item, the method's set-up and
"I might be pregnant"; hidden whenever the module is off (and before a plan exists). A mixin of
:class:`~belimumab_companion.ui.pages.today_page.TodayPage` (kept apart so that page stays
short); its words keep the page's translation context."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from belimumab_companion.ui.dialogs.common import page_label
from belimumab_companion.user_text import fill

if TYPE_CHECKING:
    from belimumab_companion.services.app_services import AppServices
    from belimumab_companion.ui.widgets.contraception_items import ContraceptionItems

    _Page = QWidget
else:
    _Page = object


class TodayContraceptionMixin(_Page):
    _services: AppServices | None

    def _build_contraception(self) -> None:
        """R-36..R-39 on Today; hidden whenever the module is off."""
        self.contraception = QFrame()
        self.contraception.setObjectName("todayContraception")
        self.contraception.setFrameShape(QFrame.Shape.StyledPanel)
        title = page_label("todayContraceptionTitle", bold=True, scale=1.2)
        title.setText(QCoreApplication.translate("TodayPage", "Contraception"))
        self.contraception_window = page_label("todayContraceptionWindow")
        self.contraception_next = page_label("todayContraceptionNext")
        self.contraception_items: ContraceptionItems | None = None  # built in load()
        self._contraception_slot = QVBoxLayout()
        self.contraception_setup_button = QPushButton(
            QCoreApplication.translate("TodayPage", "Set &up your method…")
        )
        self.contraception_setup_button.setObjectName("todayContraceptionSetup")
        self.contraception_setup_button.setAccessibleName(
            QCoreApplication.translate("TodayPage", "Set up your contraception method")
        )
        self.contraception_setup_button.setAccessibleDescription(
            QCoreApplication.translate(
                "TodayPage", "Opens a form for your method and its rhythm, for its reminders"
            )
        )
        self.contraception_setup_button.clicked.connect(self.open_contraception_setup)
        self.pregnancy_button = QPushButton(
            QCoreApplication.translate("TodayPage", "I might be &pregnant…")
        )
        self.pregnancy_button.setObjectName("todayPregnancyButton")
        self.pregnancy_button.setAccessibleName(
            QCoreApplication.translate(
                "TodayPage", "I might be pregnant or I am pregnant: what to do"
            )
        )
        self.pregnancy_button.setAccessibleDescription(
            QCoreApplication.translate("TodayPage", "Opens what to do now and lets you record it")
        )
        self.pregnancy_button.clicked.connect(self.open_pregnancy_dialog)
        layout = QVBoxLayout(self.contraception)
        layout.addWidget(title)
        layout.addWidget(self.contraception_window)
        layout.addWidget(self.contraception_next)
        layout.addLayout(self._contraception_slot)
        buttons = QHBoxLayout()
        buttons.addWidget(self.contraception_setup_button)
        buttons.addWidget(self.pregnancy_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.contraception.hide()

    def _show_contraception(self, services: AppServices) -> None:
        from belimumab_companion.system.local_zone import local_zone_name
        from belimumab_companion.ui.text.contraception_text import action_text, window_text
        from belimumab_companion.ui.text.dose_text import short_when_text
        from belimumab_companion.ui.widgets.contraception_items import ContraceptionItems

        zone = local_zone_name()
        status = services.contraception.status(zone)
        if status.enabled is not True:
            self.contraception.hide()
            return
        self.contraception_window.setText(window_text(status.window))
        self.contraception_setup_button.setVisible(status.setup is None)
        if status.next_item is not None:
            self.contraception_next.setText(
                fill(
                    QCoreApplication.translate("TodayPage", "Next: %1 — %2"),
                    (short_when_text(status.next_item.due), action_text(status.next_item.action)),
                )
            )
        else:
            self.contraception_next.setText(
                ""
                if status.setup
                else QCoreApplication.translate(
                    "TodayPage", "Set up your method to get its reminders."
                )
            )
        self.contraception_next.setVisible(bool(self.contraception_next.text()))
        if self.contraception_items is None:
            self.contraception_items = ContraceptionItems("today")
            self._contraception_slot.addWidget(self.contraception_items)
        recent = services.clock() - timedelta(days=2)
        open_items = [i for i in status.recent if i.answer is None and i.due >= recent]
        # an item just marked missed stays, with its leaflet advice
        kept = self.contraception_items.keep_key
        open_items += [i for i in status.recent if i.key == kept and i.answer is not None]
        if status.setup is not None and open_items:
            self.contraception_items.show_items(
                services.contraception, open_items, status.setup.setup.method, zone
            )
            self.contraception_items.show()
        else:
            self.contraception_items.hide()
        self.contraception.show()

    def open_contraception_setup(self):  # type: ignore[no-untyped-def]
        from zoneinfo import ZoneInfo

        from belimumab_companion.system.local_zone import local_zone_name
        from belimumab_companion.ui.dialogs.contraception_setup_dialog import (
            ContraceptionSetupDialog,
        )

        if self._services is None:
            return None
        zone = local_zone_name()
        today = self._services.clock().astimezone(ZoneInfo(zone)).date()
        dialog = ContraceptionSetupDialog(self._services.contraception, today, zone, self)
        dialog.open()
        return dialog

    def open_pregnancy_dialog(self):  # type: ignore[no-untyped-def]
        from zoneinfo import ZoneInfo

        from belimumab_companion.system.local_zone import local_zone_name
        from belimumab_companion.ui.dialogs.pregnancy_dialog import PregnancyDialog

        if self._services is None:
            return None
        zone = local_zone_name()
        today = self._services.clock().astimezone(ZoneInfo(zone)).date()
        dialog = PregnancyDialog(self._services.contraception, today, zone, self)
        dialog.open()
        return dialog
