"""The dose dialog's lot field and the supplies (issue 22): a new SubQ dose offers the suggested
lot (the earliest-expiring lot of the dose's device with pens on hand, R-27: never an expired
one), which the user may change; a note beside the field says, as it is typed, when the lot named
is not among the pens on hand and which pen will be counted instead, or that no pen of that
device is in stock (a prefilled-syringe dose never takes an autoinjector). Nothing here is said
when no delivery was ever recorded (supplies not kept)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QComboBox, QDateTimeEdit, QLabel, QLineEdit

from belimumab_companion.domain.regimens import Device
from belimumab_companion.user_text import fill

if TYPE_CHECKING:
    from belimumab_companion.services.supplies_service import SuppliesService


class DoseLot(QObject):
    def __init__(
        self,
        supplies: SuppliesService,
        lot: QLineEdit,
        note: QLabel,
        device: QComboBox,
        when: QDateTimeEdit,
        day: Callable[[], date],
        *,
        prefill: bool,
        correcting: tuple[int, int] | None = None,
    ) -> None:
        """``correcting``: the logged dose (segment, sequence) being corrected: its own pens
        count as on hand for it."""
        super().__init__(lot)
        self._supplies = supplies
        self._lot = lot
        self._note = note
        self._device = device
        self._day = day
        self._correcting = correcting
        self._offered = ""  # the lot put in the field, replaced while the user has not changed it
        self.kept = bool(supplies.stock_rows())
        if prefill and self.kept and not lot.text():
            self._offer()
        lot.textChanged.connect(self.update_note)
        device.currentIndexChanged.connect(self._choice_changed)
        when.dateTimeChanged.connect(self._choice_changed)
        self.update_note()

    def device(self) -> Device | None:
        value = self._device.currentData()
        return Device(value) if value else None

    def _offer(self) -> None:
        suggested = self._supplies.suggested_lot(self._day(), self.device(), self._correcting)
        self._offered = suggested.lot if suggested is not None else ""
        self._lot.setText(self._offered)

    def _choice_changed(self) -> None:
        """Another device or day: offer its lot again, unless the user typed their own."""
        if self.kept and self._lot.text() == self._offered:
            self._offer()
        self.update_note()

    def update_note(self) -> None:
        text = " ".join(self._lot.text().split())
        note = ""
        if self.kept:
            day, device = self._day(), self.device()
            if not text or not self._supplies.named_lot_in_stock(
                text, day, device, self._correcting
            ):
                note = self._instead(text, day, device)
        self._note.setText(note)
        self._note.setVisible(bool(note))

    def _instead(self, text: str, day: date, device: Device | None) -> str:
        suggested = self._supplies.suggested_lot(day, device, self._correcting)
        if suggested is not None and text:
            return fill(
                self.tr(
                    "Lot %1 is not among your pens on hand: a pen of lot %2 will be counted "
                    "instead."
                ),
                (text, suggested.lot),
            )
        if suggested is not None:
            return ""  # nothing typed: the suggested pen is counted
        if device is Device.PREFILLED_SYRINGE:
            none = self.tr("No prefilled syringe is in stock: no pen will be counted.")
        elif device is Device.AUTOINJECTOR:
            none = self.tr("No autoinjector is in stock: no pen will be counted.")
        else:
            none = self.tr("No pen is in stock: none will be counted.")
        if not text:
            return none
        return fill(self.tr("Lot %1 is not among your pens on hand."), (text,)) + " " + none
