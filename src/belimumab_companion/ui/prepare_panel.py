"""Getting ready for a dose: fridge timer (R-25/R-26), pre-use checklist (R-27), storage card
(R-24); for an infusion, the dose for the recorded weight and the vials (R-02, information only)."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
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

if TYPE_CHECKING:
    from belimumab_companion.services.app_services import AppServices

CHECK_TEXT = {
    CheckItem.EXPIRED: "It is past its expiry date",
    CheckItem.DROPPED: "It was dropped on a hard surface",
    CheckItem.CLOUDY_DISCOLOURED_PARTICLES: "The liquid is cloudy, discoloured or has bits in it",
    CheckItem.WAS_FROZEN: "It has been frozen",
}
STORAGE_TEXT = {
    StorageRule.FRIDGE_2_TO_8_C: "Keep in the fridge at 2–8 °C (36–46 °F).",
    StorageRule.KEEP_IN_CARTON: "Keep in the carton until use, away from light.",
    StorageRule.DO_NOT_FREEZE: "Do not freeze.",
    StorageRule.DO_NOT_SHAKE: "Do not shake.",
    StorageRule.AWAY_FROM_HEAT_AND_SUN: "Keep away from heat and direct sunlight.",
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
        self.taken_out_button = QPushButton(self.tr("I took it out of the &fridge"))
        self.taken_out_button.setObjectName("takenOutButton")
        self.taken_out_button.setAccessibleName(self.tr("Start the 30-minute warm-up timer"))
        self.taken_out_button.clicked.connect(self.take_out)
        self.reset_button = QPushButton(self.tr("&Reset timer"))
        self.reset_button.setObjectName("resetTimerButton")
        self.reset_button.clicked.connect(self.reset)
        self.timer_text = _plain("fridgeTimerText")
        self.checks = {item: QCheckBox(self.tr(text)) for item, text in CHECK_TEXT.items()}
        for item, box in self.checks.items():
            box.setObjectName(f"check_{item.value}")
            box.toggled.connect(self._update_checklist)
        self.check_result = _plain("checklistResult")
        self.storage = _plain("storageCard")
        self.storage.setText("\n".join(self.tr(STORAGE_TEXT[rule]) for rule in STORAGE_CARD))
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
        inner.addWidget(QLabel(self.tr("Before injecting, tick anything that is true:")))
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
                parts = ", ".join(f"{count} × {size} mg" for size, count in vials.vials.items())
                self.infusion.setText(
                    self.tr(
                        "For %1 kg: about %2 mg (10 mg/kg), from %3 vials. For your information only: "
                        "the infusion team prepares the dose."
                    )
                    .replace("%1", f"{weight_kg:g}")
                    .replace("%2", f"{mg:g}")
                    .replace("%3", parts)
                )
        self.refresh()
        if injection:
            self._tick.start()
        else:
            self._tick.stop()

    def take_out(self) -> None:
        if self._services is not None:
            self._services.handling.take_out()
            self.refresh()

    def reset(self) -> None:
        if self._services is not None:
            self._services.handling.clear()
            self.refresh()

    def refresh(self, now: datetime | None = None) -> None:
        if self._services is None:
            return
        status = self._services.handling.status(now)
        self.reset_button.setVisible(status is not None)
        if status is None:
            self.timer_text.setText(
                self.tr(
                    "Take it out of the fridge 30 minutes before you inject. Do not warm it any other way."
                )
            )
        elif status.state is FridgeState.WARMING:
            self.timer_text.setText(
                self.tr("Warming up: ready at %1. Do not warm it any other way.").replace(
                    "%1", status.ready_at.astimezone().strftime("%H:%M")
                )
            )
        elif status.state is FridgeState.READY:
            self.timer_text.setText(
                self.tr("Ready to inject. Use it before %1 (12 hours out of the fridge).").replace(
                    "%1", status.use_by.astimezone().strftime("%H:%M")
                )
            )
        else:
            self.timer_text.setText(
                self.tr(
                    "DO NOT USE: it has been out of the fridge for more than 12 hours. "
                    "Do not put it back in the fridge. Contact your pharmacy."
                )
            )

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
