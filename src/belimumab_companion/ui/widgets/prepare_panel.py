"""Getting ready for a dose: fridge timer (R-25/R-26), pre-use checklist (R-27), storage card
(R-24); for an infusion, the dose for the recorded weight and the vials (R-02, information only)."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from belimumab_companion.domain.handling import (
    STORAGE_CARD,
    CheckItem,
    FridgeState,
    StorageRule,
    blocking_items,
    vial_breakdown,
)
from belimumab_companion.domain.regimens import Route
from belimumab_companion.domain.schedule import PlannedDose
from belimumab_companion.ui.shell.operations import Change, operations
from belimumab_companion.ui.text.i18n import marked
from belimumab_companion.ui.text.locale_format import integer_text, quantity_text, time_text
from belimumab_companion.user_text import QT_TRANSLATE_NOOP, fill

if TYPE_CHECKING:
    from belimumab_companion.services.app_services import AppServices

CHECK_TEXT = {
    CheckItem.EXPIRED: QT_TRANSLATE_NOOP("PreparePanel", "It is past its expiry date"),
    CheckItem.DROPPED: QT_TRANSLATE_NOOP("PreparePanel", "It was dropped on a hard surface"),
    CheckItem.CLOUDY_DISCOLOURED_PARTICLES: QT_TRANSLATE_NOOP(
        "PreparePanel", "The liquid is cloudy, discoloured or has bits in it"
    ),
    CheckItem.WAS_FROZEN: QT_TRANSLATE_NOOP("PreparePanel", "It has been frozen"),
}
STORAGE_TEXT = {
    StorageRule.FRIDGE_2_TO_8_C: QT_TRANSLATE_NOOP(
        "PreparePanel", "Keep in the fridge at 2–8 °C (36–46 °F)."
    ),
    StorageRule.KEEP_IN_CARTON: QT_TRANSLATE_NOOP(
        "PreparePanel", "Keep in the carton until use, away from light."
    ),
    StorageRule.DO_NOT_FREEZE: QT_TRANSLATE_NOOP("PreparePanel", "Do not freeze."),
    StorageRule.DO_NOT_SHAKE: QT_TRANSLATE_NOOP("PreparePanel", "Do not shake."),
    StorageRule.AWAY_FROM_HEAT_AND_SUN: QT_TRANSLATE_NOOP(
        "PreparePanel", "Keep away from heat and direct sunlight."
    ),
}


def _plain(object_name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(object_name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


class PreparePanel(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preparePanel")
        self.setTitle(self.tr("Getting ready"))
        self._services: AppServices | None = None
        self.taken_out_button = QPushButton(self.tr("I took it &out of the fridge"))
        self.taken_out_button.setObjectName("takenOutButton")
        self.taken_out_button.setAccessibleName(self.tr("Start the 30-minute warm-up timer"))
        self.taken_out_button.setAccessibleDescription(
            self.tr("Press when you take the pen or syringe out of the fridge: the timer starts")
        )
        self.taken_out_button.clicked.connect(self.take_out)
        self.reset_button = QPushButton(self.tr("&Reset timer"))
        self.reset_button.setObjectName("resetTimerButton")
        self.reset_button.setAccessibleDescription(self.tr("Stops and clears the warm-up timer"))
        self.reset_button.clicked.connect(self.reset)
        self.timer_text = _plain("fridgeTimerText")
        # a temperature over 25 °C means do not use. In °F where the locale uses it.
        self._fahrenheit = (
            QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
        )
        self.warmest = QDoubleSpinBox()
        self.warmest.setObjectName("warmestTemperature")
        self.warmest.setDecimals(1)
        self.warmest.setSingleStep(0.5)
        low, high = (32.0, 122.0) if self._fahrenheit else (0.0, 50.0)
        self.warmest.setRange(low - self.warmest.singleStep(), high)
        self.warmest.setSpecialValueText(self.tr("not measured"))
        self.warmest.setSuffix(" °F" if self._fahrenheit else " °C")
        self.warmest.setValue(self.warmest.minimum())
        self.warmest.setKeyboardTracking(False)  # saved when typed in full, not at each digit
        self.warmest.setAccessibleName(self.tr("Warmest temperature it reached"))
        self.warmest.setAccessibleDescription(
            self.tr("Over 25 °C (77 °F) it must not be used; leave it at not measured if unknown")
        )
        self.warmest.valueChanged.connect(self._warmest_changed)
        self.warmest_label = QLabel(self.tr("&Warmest temperature it reached, if you know it:"))
        self.warmest_label.setWordWrap(True)
        self.warmest_label.setBuddy(self.warmest)
        self.checks = {
            item: QCheckBox(marked("PreparePanel", text)) for item, text in CHECK_TEXT.items()
        }
        for item, box in self.checks.items():
            box.setObjectName(f"check_{item.value}")
            box.setAccessibleDescription(
                self.tr("Tick if true: the result below says whether you can use it")
            )
            box.toggled.connect(self._update_checklist)
        self.check_result = _plain("checklistResult")
        self.storage = _plain("storageCard")
        self.storage.setText(
            "\n".join(marked("PreparePanel", STORAGE_TEXT[rule]) for rule in STORAGE_CARD)
        )
        self.infusion = _plain("infusionInfo")

        buttons = QHBoxLayout()
        buttons.addWidget(self.taken_out_button)
        buttons.addWidget(self.reset_button)
        buttons.addStretch(1)
        self.injection_box = QWidget()
        inner = QVBoxLayout(self.injection_box)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addLayout(buttons)
        inner.addWidget(self.timer_text)
        self.warmest_row = QWidget()
        warmest_layout = QHBoxLayout(self.warmest_row)
        warmest_layout.setContentsMargins(0, 0, 0, 0)
        warmest_layout.addWidget(self.warmest_label, 1)
        warmest_layout.addWidget(self.warmest)
        inner.addWidget(self.warmest_row)
        checklist_title = _plain("checklistTitle")
        checklist_title.setText(self.tr("Before injecting, tick anything that is true:"))
        inner.addWidget(checklist_title)
        for box in self.checks.values():
            inner.addWidget(box)
        inner.addWidget(self.check_result)
        inner.addWidget(self.storage)
        layout = QVBoxLayout(self)
        layout.addWidget(self.injection_box)
        layout.addWidget(self.infusion)
        self._tick = QTimer(self)
        self._tick.setInterval(30_000)
        self._tick.timeout.connect(lambda: self.refresh())
        self._update_checklist()

    def load(
        self, services: AppServices, dose: PlannedDose | None, weight_kg: float | None
    ) -> None:
        self._services = services
        injection = dose is not None and dose.route is Route.SUBQ
        self.injection_box.setVisible(injection)
        self.infusion.setVisible(dose is not None and dose.route is Route.IV)
        if dose is not None and dose.route is Route.IV:
            if weight_kg is None:
                self.infusion.setText(
                    self.tr(
                        "The infusion dose is 10 mg per kg of body weight; the team prepares it."
                    )
                )
            else:
                mg = round(10 * weight_kg, 1)
                vials = vial_breakdown(mg)
                parts = QLocale().createSeparatedList(
                    [
                        fill(self.tr("%1 × %2 mg"), (integer_text(count), quantity_text(size)))
                        for size, count in vials.vials.items()
                    ]
                )
                self.infusion.setText(
                    fill(
                        self.tr(
                            "For %1 kg: about %2 mg (10 mg/kg), from %3 vials. For your "
                            "information only: the infusion team prepares the dose."
                        ),
                        (quantity_text(weight_kg), quantity_text(mg), parts),
                    )
                )
        if injection and dose is not None:
            self._tick_expired(services, dose)
        self.refresh()
        if injection:
            self._tick.start()

    def _tick_expired(self, services: AppServices, dose: PlannedDose) -> None:
        """Issue 22, R-27: the pens on hand are all past their expiry date on the dose's day:
        the checklist says so by itself (the user can still untick a pen from another box)."""
        status = services.supplies.status()
        day = dose.due.date()
        left = [item for item in status.lots if item.on_hand > 0]
        if left and all(item.lot.expired_on(day) for item in left):
            self.checks[CheckItem.EXPIRED].setChecked(True)
        else:
            self._tick.stop()

    def focus_chain(self) -> list[QWidget]:
        """The panel's controls in reading order (for the page's tab order)."""
        return [
            self.taken_out_button,
            self.reset_button,
            self.warmest,
            *self.checks.values(),
        ]

    def take_out(self) -> None:
        if self._services is not None:
            handling = self._services.handling
            operations().run(handling.take_out, Change.REMINDERS)
            self.refresh()

    def reset(self) -> None:
        if self._services is not None:
            handling = self._services.handling
            operations().run(handling.clear, Change.REMINDERS)
            self.refresh()

    def refresh(self, now: datetime | None = None) -> None:
        if self._services is None:
            return
        status = self._services.handling.status(now)
        self.reset_button.setVisible(status is not None)
        self.warmest_row.setVisible(status is not None)
        font = self.timer_text.font()
        font.setBold(status is not None and status.state is FridgeState.DO_NOT_USE)
        self.timer_text.setFont(font)
        self._show_warmest(self._services.handling.warmest())
        if status is None:
            self.timer_text.setText(
                self.tr(
                    "Take it out of the fridge 30 minutes before you inject. Do not warm it any other way."
                )
            )
        elif status.state is FridgeState.WARMING:
            self.timer_text.setText(
                self.tr("Warming up: ready at %1. Do not warm it any other way.").replace(
                    "%1", time_text(status.ready_at.astimezone())
                )
            )
        elif status.state is FridgeState.READY:
            self.timer_text.setText(
                self.tr("Ready to inject. Use it before %1 (12 hours out of the fridge).").replace(
                    "%1", time_text(status.use_by.astimezone())
                )
            )
        elif status.too_warm:
            self.timer_text.setText(
                self.tr(
                    "DO NOT USE: it got warmer than 25 °C (77 °F). "
                    "Do not put it back in the fridge. Contact your pharmacy."
                )
            )
        else:
            self.timer_text.setText(
                self.tr(
                    "DO NOT USE: it has been out of the fridge for more than 12 hours. "
                    "Do not put it back in the fridge. Contact your pharmacy."
                )
            )

    def _show_warmest(self, celsius: float | None) -> None:
        if self.warmest.hasFocus():
            return  # never rewrite what the user is typing (the timer refreshes every 30 s)
        if celsius is None:
            shown = self.warmest.minimum()
        else:
            shown = celsius * 9 / 5 + 32 if self._fahrenheit else celsius
        self.warmest.blockSignals(True)
        self.warmest.setValue(shown)
        self.warmest.blockSignals(False)

    def _warmest_changed(self, value: float) -> None:
        if self._services is None:
            return
        celsius: float | None = None
        if value > self.warmest.minimum():
            celsius = (value - 32) * 5 / 9 if self._fahrenheit else value
        handling = self._services.handling
        operations().run(lambda: handling.record_warmest(celsius), Change.NONE)
        self.refresh()

    def _update_checklist(self) -> None:
        ticked = {item for item, box in self.checks.items() if box.isChecked()}
        if blocking_items(ticked):
            self.check_result.setText(
                self.tr("Do not use this pen or syringe. Use a new one and tell your pharmacy.")
            )
        else:
            self.check_result.setText(
                self.tr(
                    "Clear to slightly pearly, colourless to pale yellow, small air bubbles: normal."
                )
            )
