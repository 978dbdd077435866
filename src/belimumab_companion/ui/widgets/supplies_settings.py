"""Settings → Supplies (issue 22): the deliveries (add, delete with an undo), a pen set aside
with its reason (R-26, R-27), and the refill reminder (days ahead, refills left, the pharmacy's
phone). Every change goes through the change gateway; undo is the window's one stack."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from belimumab_companion.domain.regimens import Device
from belimumab_companion.domain.supplies import DiscardReason
from belimumab_companion.ui.dialogs.common import limit_to_event_dates
from belimumab_companion.ui.dialogs.discard_guard import AsksBeforeDiscarding
from belimumab_companion.ui.shell.operations import Change, Failed, operations
from belimumab_companion.ui.text.i18n import error_text, marked
from belimumab_companion.ui.text.locale_format import long_date
from belimumab_companion.ui.widgets.undo_bar import UndoBar
from belimumab_companion.user_text import QT_TRANSLATE_NOOP, fill

if TYPE_CHECKING:
    from belimumab_companion.services.supplies_service import SuppliesService

LOT_ROLE = Qt.ItemDataRole.UserRole
DEVICE_TEXT = {
    Device.AUTOINJECTOR: QT_TRANSLATE_NOOP("SuppliesBox", "autoinjector (pen)"),
    Device.PREFILLED_SYRINGE: QT_TRANSLATE_NOOP("SuppliesBox", "prefilled syringe"),
}
REASON_TEXT = {
    DiscardReason.OUT_OF_FRIDGE_TOO_LONG: QT_TRANSLATE_NOOP(
        "SuppliesBox", "out of the fridge more than 12 hours"
    ),
    DiscardReason.TOO_WARM: QT_TRANSLATE_NOOP("SuppliesBox", "warmer than 25 °C (77 °F)"),
    DiscardReason.EXPIRED: QT_TRANSLATE_NOOP("SuppliesBox", "past its expiry date"),
    DiscardReason.DROPPED: QT_TRANSLATE_NOOP("SuppliesBox", "dropped on a hard surface"),
    DiscardReason.CLOUDY_DISCOLOURED_PARTICLES: QT_TRANSLATE_NOOP(
        "SuppliesBox", "cloudy, discoloured or with particles"
    ),
    DiscardReason.WAS_FROZEN: QT_TRANSLATE_NOOP("SuppliesBox", "it was frozen"),
    DiscardReason.OTHER: QT_TRANSLATE_NOOP("SuppliesBox", "other (lost, broken, returned)"),
}


def _date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class DeliveryDialog(AsksBeforeDiscarding, QDialog):
    """A delivery: how many, which device (a child: autoinjector only, R-09), lot, expiry,
    received, pharmacy."""

    def __init__(self, supplies: SuppliesService, today: date, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("deliveryDialog")
        self.setWindowTitle(self.tr("Add a delivery"))
        self._supplies = supplies
        self.saved = False
        self.count = QSpinBox()
        self.count.setObjectName("deliveryCount")
        self.count.setRange(1, 1000)
        self.count.setValue(4)
        self.device = QComboBox()
        self.device.setObjectName("deliveryDevice")
        for device, text in DEVICE_TEXT.items():
            self.device.addItem(marked("SuppliesBox", text), device)
        self.lot = QLineEdit()
        self.lot.setObjectName("deliveryLot")
        self.lot.setMaxLength(40)
        self.expires = QDateEdit(QDate(today.year, today.month, today.day).addMonths(6))
        self.expires.setObjectName("deliveryExpires")
        self.received = QDateEdit(QDate(today.year, today.month, today.day))
        self.received.setObjectName("deliveryReceived")
        for field in (self.expires, self.received):
            field.setCalendarPopup(True)
            limit_to_event_dates(field)
        self.pharmacy = QLineEdit()
        self.pharmacy.setObjectName("deliveryPharmacy")
        self.pharmacy.setMaxLength(120)
        self.message = QLabel()
        self.message.setObjectName("deliveryMessage")
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&How many:"), self.count)
        form.addRow(self.tr("&Device:"), self.device)
        form.addRow(self.tr("&Lot number (on the box):"), self.lot)
        form.addRow(self.tr("&Use by (expiry date):"), self.expires)
        form.addRow(self.tr("&Received on:"), self.received)
        form.addRow(self.tr("&Pharmacy (optional):"), self.pharmacy)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def save(self) -> None:
        from belimumab_companion.services.supplies_service import SupplyError

        supplies = self._supplies
        try:
            change = operations().run(
                lambda: supplies.add_delivery(
                    count=self.count.value(),
                    device=Device(self.device.currentData()),
                    lot=self.lot.text(),
                    expires=_date(self.expires.date()),
                    received=_date(self.received.date()),
                    pharmacy=self.pharmacy.text(),
                ),
                Change.SUPPLIES,
                expect=(SupplyError,),
            )
        except SupplyError as exc:
            self.message.setText(error_text(exc))  # what was typed stays
            return
        if isinstance(change, Failed):
            return
        operations().push_undo(
            self.tr("Delivery added."),
            Change.SUPPLIES,
            lambda: supplies.undo_delivery(change),
        )
        self.saved = True
        self.accept()


class SuppliesBox(QGroupBox):
    def __init__(self, supplies: SuppliesService, today: date, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Supplies: pens and syringes"))
        self.setObjectName("settingsSupplies")
        self._supplies = supplies
        self._today = today
        self.deliveries = QListWidget()
        self.deliveries.setObjectName("suppliesDeliveries")
        self.deliveries.setAccessibleName(self.tr("Deliveries"))
        self.deliveries.setAccessibleDescription(
            self.tr("Each delivery: its lot, device, expiry date and how many are left")
        )
        self.add_button = QPushButton(self.tr("Add a delivery…"))
        self.add_button.setObjectName("suppliesAdd")
        self.add_button.setAccessibleDescription(self.tr("Record pens or syringes received"))
        self.add_button.clicked.connect(self.open_delivery_dialog)
        self.delete_button = QPushButton(self.tr("Delete this delivery"))
        self.delete_button.setObjectName("suppliesDelete")
        self.delete_button.setAccessibleDescription(
            self.tr("Removes the selected delivery; it can be undone")
        )
        self.delete_button.clicked.connect(self.delete_selected)
        self.reason = QComboBox()
        self.reason.setObjectName("suppliesDiscardReason")
        self.reason.setAccessibleName(self.tr("Why a pen is set aside"))
        self.reason.setAccessibleDescription(self.tr("The reason a pen must not be used"))
        for reason, text in REASON_TEXT.items():
            self.reason.addItem(marked("SuppliesBox", text), reason)
        self.discard_button = QPushButton(self.tr("Set one pen aside"))
        self.discard_button.setObjectName("suppliesDiscard")
        self.discard_button.setAccessibleDescription(
            self.tr("A pen of the selected delivery that must not be used, with the reason")
        )
        self.discard_button.clicked.connect(self.discard_selected)
        self.lead_days = QSpinBox()
        self.lead_days.setObjectName("suppliesLeadDays")
        self.lead_days.setRange(0, 60)
        self.lead_days.setAccessibleName(self.tr("Days before running out"))
        self.lead_days.setAccessibleDescription(
            self.tr("How many days before the first dose not covered the refill reminder comes")
        )
        self.refills = QSpinBox()
        self.refills.setObjectName("suppliesRefillsLeft")
        self.refills.setRange(-1, 99)
        self.refills.setSpecialValueText(self.tr("not tracked"))
        self.refills.setAccessibleName(self.tr("Refills left on the prescription"))
        self.refills.setAccessibleDescription(
            self.tr("At 0 the reminder says to ask the care team for a new prescription")
        )
        self.phone = QLineEdit()
        self.phone.setObjectName("suppliesPharmacyPhone")
        self.phone.setMaxLength(40)
        self.phone.setAccessibleName(self.tr("Pharmacy phone"))
        self.phone.setAccessibleDescription(self.tr("Shown in the refill reminder (optional)"))
        self.save_refill = QPushButton(self.tr("Save the refill reminder"))
        self.save_refill.setObjectName("suppliesSaveRefill")
        self.save_refill.setAccessibleDescription(
            self.tr("Saves the days ahead, the refills left and the pharmacy phone")
        )
        self.save_refill.clicked.connect(self.save_refill_settings)
        self.message = QLabel()
        self.message.setObjectName("suppliesMessage")
        self.message.setWordWrap(True)
        self.undo_bar = UndoBar("supplies", self)
        operations().changed.connect(self._changed)  # its own changes, their undo, a dose logged
        buttons = QHBoxLayout()
        for button in (self.add_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        # labels above their fields: the page holds at twice the font, in Spanish too
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.addRow(self.tr("Why a pen is set aside:"), self.reason)
        form.addRow(self.discard_button)
        form.addRow(self.tr("Remind me this many days before I run out:"), self.lead_days)
        form.addRow(self.tr("Refills left on the prescription:"), self.refills)
        form.addRow(self.tr("Pharmacy phone (optional):"), self.phone)
        layout = QVBoxLayout(self)
        layout.addWidget(self.deliveries)
        layout.addLayout(buttons)
        layout.addLayout(form)
        layout.addWidget(self.save_refill, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.message)
        layout.addWidget(self.undo_bar)
        self.refresh()

    def refresh(self) -> None:
        status = self._supplies.status()
        self.deliveries.clear()
        for item in status.lots:
            lot = item.lot
            text = fill(
                self.tr("Lot %1 · %2 · use by %3 · %4 of %5 on hand%6"),
                (
                    lot.lot,
                    marked("SuppliesBox", DEVICE_TEXT[lot.device]),
                    long_date(lot.expires),
                    str(item.on_hand),
                    str(lot.count),
                    self.tr(" · past its expiry date: do not use") if item.expired else "",
                ),
            )
            row = QListWidgetItem(text)
            row.setData(LOT_ROLE, lot.id)
            self.deliveries.addItem(row)
        refill = status.refill
        self.lead_days.setValue(refill.lead_days)
        self.refills.setValue(-1 if refill.refills_left is None else refill.refills_left)
        self.phone.setText(refill.pharmacy_phone)
        for widget in (self.add_button, self.discard_button, self.delete_button):
            widget.setEnabled(status.applies)
        if not status.applies:
            self.message.setText(
                self.tr("Supplies are kept for injections at home, once a plan is set up.")
            )

    def _changed(self, changes: Change) -> None:
        if changes & (Change.SUPPLIES | Change.DOSES | Change.PLAN | Change.DATA_REPLACED):
            self.refresh()

    def _selected(self) -> int | None:
        item = self.deliveries.currentItem()
        return None if item is None else int(item.data(LOT_ROLE))

    def open_delivery_dialog(self) -> DeliveryDialog:
        dialog = DeliveryDialog(self._supplies, self._today, self)
        dialog.open()
        return dialog

    def delete_selected(self) -> None:
        lot_id = self._selected()
        if lot_id is None:
            self.message.setText(self.tr("Choose a delivery in the list first."))
            return
        supplies = self._supplies
        change = operations().run(lambda: supplies.delete_delivery(lot_id), Change.SUPPLIES)
        if isinstance(change, Failed):
            return
        self.undo_bar.offer(
            self.tr("Delivery deleted."),
            lambda: supplies.undo_delivery(change),
            Change.SUPPLIES,
        )

    def discard_selected(self) -> None:
        from belimumab_companion.services.supplies_service import SupplyError

        lot_id = self._selected()
        if lot_id is None:
            self.message.setText(self.tr("Choose a delivery in the list first."))
            return
        supplies = self._supplies
        reason = DiscardReason(self.reason.currentData())
        try:
            change = operations().run(
                lambda: supplies.discard(lot=lot_id, reason=reason),
                Change.SUPPLIES,
                expect=(SupplyError,),
            )
        except SupplyError as exc:
            self.message.setText(error_text(exc))
            return
        if isinstance(change, Failed):
            return
        self.undo_bar.offer(
            self.tr("One pen set aside: not to be used."),
            lambda: supplies.undo_discard(change),
            Change.SUPPLIES,
        )

    def save_refill_settings(self) -> None:
        from belimumab_companion.services.supplies_service import RefillSettings, SupplyError

        supplies = self._supplies
        value = RefillSettings(
            lead_days=self.lead_days.value(),
            refills_left=None if self.refills.value() < 0 else self.refills.value(),
            pharmacy_phone=self.phone.text().strip(),
        )
        try:
            saved = operations().run(
                lambda: supplies.save_refill_settings(value),
                Change.SUPPLIES,
                expect=(SupplyError,),
            )
        except SupplyError as exc:
            self.message.setText(error_text(exc))
            return
        if not isinstance(saved, Failed):
            self.message.setText(self.tr("Saved."))
