"""Two notices at the top of Today (issue 17, parts 5 and 6).

* After an emergency (R-29, R-44) or crisis (R-31) report, for 24 hours and until dismissed: "On
  Tuesday 14:05 you reported … If you have not yet called, call 112 now." In the red band of the
  emergency and crisis screens, so it reads as one of them, never as an ordinary note.
* Until the user confirms it (the first start): the country the emergency and crisis numbers are
  for, guessed from the system (locale territory, else time zone), with the numbers it gives.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from belimumab_companion.ui.dialogs.common import page_label, plain_label
from belimumab_companion.ui.shell.operations import Change, Failed, operations
from belimumab_companion.ui.shell.style import SPACE, Status, show_status
from belimumab_companion.ui.text.country_names import OTHER, country_name
from belimumab_companion.ui.text.locale_format import time_text
from belimumab_companion.user_text import fill

if TYPE_CHECKING:
    from zoneinfo import ZoneInfo

    from belimumab_companion.domain.help_numbers import HelpNumbers
    from belimumab_companion.services.app_services import AppServices
    from belimumab_companion.services.red_flag_banner import RedFlagReport


class RedFlagNotice(QFrame):
    """What was reported, and the number to call, for 24 hours after an emergency or crisis."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("todayRedFlag")
        show_status(self, Status.DANGER)
        self._services: AppServices | None = None
        self.icon = QLabel()
        self.icon.setObjectName("todayRedFlagIcon")  # its picture when first shown (load)
        self.icon.setAccessibleName(self.tr("Emergency or crisis reported"))
        self.text = page_label("todayRedFlagText", bold=True, scale=1.2)
        self.dismiss_button = QPushButton(self.tr("Dismiss"))
        self.dismiss_button.setObjectName("todayRedFlagDismiss")
        self.dismiss_button.setAccessibleName(self.tr("Dismiss the emergency reminder"))
        self.dismiss_button.setAccessibleDescription(
            self.tr("Hides this reminder. The entry stays in your diary.")
        )
        self.dismiss_button.clicked.connect(self.dismiss)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(SPACE.L, SPACE.M, SPACE.L, SPACE.M)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.dismiss_button, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def load(self, services: AppServices) -> None:
        from zoneinfo import ZoneInfo

        from belimumab_companion.system.local_zone import local_zone_name

        self._services = services
        reports = services.red_flags.reports(services.clock())
        if not reports:
            self.hide()
            return
        if self.icon.pixmap().isNull():  # about 2 ms: not before the window's first paint
            size = self.fontMetrics().height() * 2
            icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical)
            self.icon.setPixmap(icon.pixmap(size))
        numbers = services.settings.help_numbers()
        zone = ZoneInfo(local_zone_name())
        lines = [self.line(report, numbers, zone) for report in reports]
        self.text.setText("\n\n".join(lines))
        self.setAccessibleName(self.tr("Emergency or crisis reported"))
        self.setAccessibleDescription(self.text.text())
        self.show()

    def line(self, report: RedFlagReport, numbers: HelpNumbers, zone: ZoneInfo) -> str:
        local = report.reported_at.astimezone(zone)
        day = QLocale().dayName(local.isoweekday(), QLocale.FormatType.LongFormat)
        what = report.what or self.tr(
            "thoughts of being better off dead or of hurting yourself (mood check-in)"
        )
        said = fill(self.tr("On %1 %2 you reported: %3."), (day, time_text(local), what))
        emergency = numbers.emergency
        if report.emergency or not (numbers.crisis or emergency):
            call = (
                fill(self.tr("If you have not yet called, call %1 now."), (emergency,))
                if emergency
                else self.tr("If you have not yet called, call your local emergency number now.")
            )
            if report.crisis and numbers.crisis:
                call += " " + fill(self.tr("The crisis line is %1."), (numbers.crisis,))
        else:
            line = numbers.crisis or emergency or ""
            call = fill(
                self.tr("If you have not yet called, call or text %1 now.")
                if numbers.crisis and numbers.crisis_by_text
                else self.tr("If you have not yet called, call %1 now."),
                (line,),
            )
            if emergency and numbers.crisis:
                call += " " + fill(
                    self.tr("If you are in immediate danger, call %1."), (emergency,)
                )
        return f"{said} {call}"

    def dismiss(self) -> None:
        services = self._services
        if services is not None:
            operations().run(lambda: services.red_flags.dismiss(services.clock()), Change.NONE)
        self.hide()


class CountryNotice(QFrame):
    """First start: "Is this your country?", with the numbers it gives; gone once confirmed."""

    confirmed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("todayCountry")
        self.setFrameStyle(QFrame.Shape.Box | QFrame.Shadow.Plain)
        self.setLineWidth(2)
        self._services: AppServices | None = None
        self.title = page_label("todayCountryTitle", bold=True, scale=1.2)
        self.title.setText(self.tr("Where are you?"))
        self.question = plain_label(
            "todayCountryQuestion",
            self.tr(
                "Please confirm your country, so that the emergency and crisis screens show the "
                "right numbers. You can change it later in Settings."
            ),
        )
        self.country = QComboBox()
        self.country.setObjectName("todayCountryChoice")
        self.country.setAccessibleName(self.tr("Your country"))
        self.country.setAccessibleDescription(
            self.tr("The emergency and crisis screens show this country's numbers")
        )
        self.numbers = plain_label("todayCountryNumbers")
        self.confirm_button = QPushButton(self.tr("Confirm this country"))
        self.confirm_button.setObjectName("todayCountryConfirm")
        self.confirm_button.setAccessibleDescription(
            self.tr("Keeps this country for the emergency and crisis numbers")
        )
        self.confirm_button.clicked.connect(self.confirm)
        self.country.currentIndexChanged.connect(self._describe)
        row = QHBoxLayout()
        row.addWidget(self.country)
        row.addWidget(self.confirm_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(SPACE.M, SPACE.M, SPACE.M, SPACE.M)
        layout.addWidget(self.title)
        layout.addWidget(self.question)
        layout.addLayout(row)
        layout.addWidget(self.numbers)
        self.setAccessibleName(self.title.text())
        self.setAccessibleDescription(self.question.text())
        self.hide()

    def load(self, services: AppServices) -> None:
        self._services = services
        settings = services.settings
        if settings.country_confirmed():
            self.hide()
            return
        guess = settings.country() or OTHER
        self.country.blockSignals(True)
        self._fill_countries()
        index = self.country.findData(guess)
        self.country.setCurrentIndex(index if index >= 0 else self.country.findData(OTHER))
        self.country.blockSignals(False)
        self._describe()
        self.show()

    def _fill_countries(self) -> None:
        """The choices, when the notice first shows (most starts never show it): filling the
        box took about 5 ms before the window's first paint (issue 21)."""
        if self.country.count():
            return
        from belimumab_companion.domain.help_numbers import known_countries

        for name, code in sorted((country_name(code), code) for code in known_countries()):
            self.country.addItem(name, code)
        self.country.addItem(self.tr("Another country (enter the numbers in Settings)"), OTHER)

    def _describe(self) -> None:
        from belimumab_companion.domain.help_numbers import help_numbers

        code = str(self.country.currentData())
        numbers = help_numbers(code)
        self.numbers.setText(
            fill(
                self.tr("Emergency number: %1. Crisis line: %2."),
                (
                    numbers.emergency or self.tr("not known, enter yours in Settings"),
                    numbers.crisis
                    or self.tr("not known, the emergency number is shown; add a local line"),
                ),
            )
        )

    def confirm(self) -> None:
        if self._services is None:
            return
        settings, country = self._services.settings, str(self.country.currentData())
        if isinstance(
            operations().run(lambda: settings.confirm_country(country), Change.SETTINGS), Failed
        ):
            return
        self.hide()
        self.confirmed.emit()
