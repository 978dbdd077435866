"""Choose the contraception method and its rhythm (issue: contraception). Only the fields the
method uses are shown; the days stay editable, as real regimens differ."""

from __future__ import annotations

from datetime import date, time
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from belimumab_companion.domain.contraception import (
    CYCLE_METHODS,
    INTERVAL_METHODS,
    NEEDS_REPLACE_BY,
    CombinedPillVariant,
    Method,
    MethodSetup,
    SetupProblem,
    default_setup,
)
from belimumab_companion.services.contraception_service import ContraceptionInputError
from belimumab_companion.ui.dialogs.common import (
    date_edit_format,
    describe,
    limit_to_event_dates,
    time_edit_format,
)
from belimumab_companion.ui.dialogs.discard_guard import AsksBeforeDiscarding
from belimumab_companion.ui.shell.operations import Change, Failed, operations
from belimumab_companion.ui.text.contraception_text import method_name
from belimumab_companion.ui.widgets.tab_stops import one_tab_stop

if TYPE_CHECKING:
    from belimumab_companion.services.contraception_service import (
        ContraceptionService,
        StoredSetup,
    )


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class ContraceptionSetupDialog(AsksBeforeDiscarding, QDialog):
    def __init__(
        self,
        service: ContraceptionService,
        today: date,
        zone: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("contraceptionSetupDialog")
        self.setWindowTitle(self.tr("Contraception method"))
        self._service = service
        self._zone = zone
        self._today = today
        self.saved: StoredSetup | None = None
        current = service.current()

        intro = QLabel(
            self.tr(
                "The reminders follow your method's own rhythm. For what to do after a missed "
                "pill, patch or ring, the app points to your method's leaflet and your care team."
            )
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        self.method = QComboBox()
        describe(
            self.method,
            "contraceptionMethod",
            self.tr("Contraception method"),
            self.tr("The method you use; only the fields it needs are shown."),
        )
        for method in Method:
            self.method.addItem(method_name(method), method)
        self.variant = QComboBox()
        describe(
            self.variant,
            "pillVariant",
            self.tr("Pill pack"),
            self.tr("How your pack is laid out: pills and days without, as in its leaflet."),
        )
        for variant, label in (
            (CombinedPillVariant.TWENTY_ONE_SEVEN, self.tr("21 pills, 7 days without")),
            (CombinedPillVariant.TWENTY_FOUR_FOUR, self.tr("24 pills, 4 days without")),
            (CombinedPillVariant.CONTINUOUS, self.tr("Continuous, no break")),
        ):
            self.variant.addItem(label, variant)
        self.start = limit_to_event_dates(QDateEdit(_qdate(today)))
        describe(
            self.start,
            "contraceptionStart",
            self.tr("Start date"),
            self.tr("The first day (day 1) of your method or of its current cycle."),
        )
        self.start.setDisplayFormat(date_edit_format())
        self.start.setCalendarPopup(True)
        self.at = one_tab_stop(QTimeEdit(QTime(21, 0)))
        describe(
            self.at,
            "contraceptionTime",
            self.tr("Reminder time"),
            self.tr("The time of day the contraception reminders come."),
        )
        self.at.setDisplayFormat(time_edit_format())
        days = self.tr(" days")
        self.active_days = self._spin("activeDays", 1, 365, days)
        self.active_days.setAccessibleName(self.tr("Days on"))
        self.active_days.setAccessibleDescription(
            self.tr("How many days in a row you take pills or wear the patch or ring.")
        )
        self.free_days = self._spin("freeDays", 0, 28, days)
        self.free_days.setAccessibleName(self.tr("Days off"))
        self.free_days.setAccessibleDescription(
            self.tr("How many days without pills, patch or ring follow.")
        )
        self.every_days = self._spin("everyDays", 1, 366, days)
        self.every_days.setAccessibleName(self.tr("Every"))
        self.every_days.setAccessibleDescription(self.tr("How often the reminder comes, in days."))
        self.replace_by = limit_to_event_dates(QDateEdit(_qdate(today)))
        describe(
            self.replace_by,
            "replaceBy",
            self.tr("Replace by"),
            self.tr("The date your implant or IUD is to be replaced by."),
        )
        self.replace_by.setDisplayFormat(date_edit_format())
        self.replace_by.setCalendarPopup(True)
        self.message = QLabel()
        self.message.setObjectName("contraceptionMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)

        self.form = QFormLayout()
        self.form.addRow(self.tr("&Method:"), self.method)
        self.form.addRow(self.tr("&Pack:"), self.variant)
        self.form.addRow(self.tr("&Start (day 1):"), self.start)
        self.form.addRow(self.tr("Reminder &time:"), self.at)
        self.form.addRow(self.tr("Days &on:"), self.active_days)
        self.form.addRow(self.tr("Days o&ff:"), self.free_days)
        self.form.addRow(self.tr("&Every:"), self.every_days)
        self.form.addRow(self.tr("&Replace by:"), self.replace_by)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setObjectName("contraceptionSave")
        save.setAccessibleDescription(self.tr("Save this method and its reminders."))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("contraceptionCancel")
        cancel.setAccessibleDescription(self.tr("Close without saving."))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        self.method.currentIndexChanged.connect(self._method_changed)
        self.variant.currentIndexChanged.connect(self._variant_changed)
        if current is not None:
            self._show(current.setup)
        else:
            self._method_changed()

    def _spin(self, name: str, low: int, high: int, suffix: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setObjectName(name)
        spin.setRange(low, high)
        spin.setSuffix(suffix)
        return spin

    def _show(self, setup: MethodSetup) -> None:
        self.method.blockSignals(True)
        self.method.setCurrentIndex(self.method.findData(setup.method))
        self.method.blockSignals(False)
        self._method_changed(keep_numbers=True)
        for index in range(self.variant.count()):
            variant = self.variant.itemData(index)
            if variant.days == (setup.active_days, setup.free_days):
                self.variant.blockSignals(True)  # the saved days, not the pack's defaults
                self.variant.setCurrentIndex(index)
                self.variant.blockSignals(False)
        self.start.setDate(_qdate(setup.start))
        self.at.setTime(QTime(setup.at.hour, setup.at.minute))
        self.active_days.setValue(setup.active_days or 1)
        self.free_days.setValue(setup.free_days)
        self.every_days.setValue(setup.every_days or 1)
        if setup.replace_by is not None:
            self.replace_by.setDate(_qdate(setup.replace_by))

    def selected_method(self) -> Method:
        method = self.method.currentData()
        assert isinstance(method, Method)
        return method

    def _method_changed(self, _index: int = 0, keep_numbers: bool = False) -> None:
        method = self.selected_method()
        shown = {
            self.variant: method is Method.COMBINED_PILL,
            self.active_days: method in CYCLE_METHODS,
            self.free_days: method in CYCLE_METHODS,
            self.every_days: method in INTERVAL_METHODS,
            self.replace_by: method in NEEDS_REPLACE_BY,
        }
        for widget, visible in shown.items():
            self.form.setRowVisible(widget, visible)
        if not keep_numbers:
            self._fill_defaults()

    def _variant_changed(self) -> None:
        if self.selected_method() is Method.COMBINED_PILL:
            self._fill_defaults()

    def _fill_defaults(self) -> None:
        variant = self.variant.currentData()
        setup = default_setup(self.selected_method(), self._today, time(21), self._zone, variant)
        self.active_days.setValue(max(setup.active_days, 1))
        self.free_days.setValue(setup.free_days)
        self.every_days.setValue(max(setup.every_days, 1))

    def setup(self) -> MethodSetup:
        method = self.selected_method()
        at = self.at.time()
        return MethodSetup(
            method=method,
            start=_date(self.start.date()),
            at=time(at.hour(), at.minute()),
            zone=self._zone,
            active_days=self.active_days.value() if method in CYCLE_METHODS else 0,
            free_days=self.free_days.value() if method in CYCLE_METHODS else 0,
            every_days=(
                self.every_days.value()
                if method in INTERVAL_METHODS
                else 1
                if method is Method.PROGESTIN_PILL
                else 0
            ),
            replace_by=_date(self.replace_by.date()) if method in NEEDS_REPLACE_BY else None,
        )

    def save(self) -> None:
        service = self._service
        try:
            saved = operations().run(
                lambda: service.set_method(self.setup()),
                Change.CONTRACEPTION,
                expect=(ContraceptionInputError,),
            )
            if isinstance(saved, Failed):
                return
            self.saved = saved
        except ContraceptionInputError as exc:
            self.message.setText(self._problem_text(exc.problem))
            return
        self.accept()

    def _problem_text(self, problem: SetupProblem) -> str:
        return {
            SetupProblem.REPLACE_BY_NEEDED: self.tr("Enter the date it is to be replaced by."),
            SetupProblem.REPLACE_BY_BEFORE_START: self.tr(
                "The replace-by date is before the start date."
            ),
            SetupProblem.BAD_CYCLE: self.tr(
                "Check the days on and off: a patch or ring cycle has days off."
            ),
            SetupProblem.BAD_INTERVAL: self.tr("Check how often: 1 to 366 days."),
        }[problem]
