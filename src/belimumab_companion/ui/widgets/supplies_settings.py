"""Settings → Supplies (issue 22): the deliveries (add, edit and delete with an undo), a pen set aside
with its reason (R-26, R-27), and the refill reminder (days ahead, refills left, the pharmacy's
phone). Every change goes through the change gateway; undo is the window's one stack."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from belimumab_companion.domain.supplies import DiscardReason
from belimumab_companion.ui.dialogs.delivery_dialog import (
    DEVICE_TEXT,
    DeliveryDialog,
    undo_delivery_action,
)
from belimumab_companion.ui.shell.operations import Change, Failed, operations
from belimumab_companion.ui.text.i18n import error_text, marked
from belimumab_companion.ui.text.locale_format import long_date
from belimumab_companion.ui.widgets.announce import show_form_error
from belimumab_companion.ui.widgets.flow_layout import FlowLayout
from belimumab_companion.ui.widgets.length_limit import limited
from belimumab_companion.ui.widgets.undo_bar import UndoBar
from belimumab_companion.user_text import QT_TRANSLATE_NOOP, fill

if TYPE_CHECKING:
    from belimumab_companion.services.supplies_service import LotStatus, SuppliesService

__all__ = ["DeliveryDialog", "SuppliesBox"]  # the form is in ui/dialogs/delivery_dialog.py

LOT_ROLE = Qt.ItemDataRole.UserRole
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


class SuppliesBox(QGroupBox):
    def __init__(self, supplies: SuppliesService, today: date, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Supplies: pens and syringes"))
        self.setObjectName("settingsSupplies")
        self._supplies = supplies
        self._today = today
        self._lots: dict[int, LotStatus] = {}
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
        self.edit_button = QPushButton(self.tr("Edit this delivery…"))
        self.edit_button.setObjectName("suppliesEdit")
        self.edit_button.setAccessibleName(self.tr("Edit this delivery"))
        self.edit_button.setAccessibleDescription(
            self.tr("Corrects the selected delivery in its form; it can be undone")
        )
        self.edit_button.clicked.connect(self.open_edit_dialog)
        self.deliveries.itemActivated.connect(lambda _item: self.open_edit_dialog())  # Enter
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
        buttons = FlowLayout()  # wraps at a large font or in a longer language
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        # labels above their fields: the page holds at twice the font, in Spanish too
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.addRow(self.tr("Why a pen is set aside:"), self.reason)
        form.addRow(self.discard_button)
        form.addRow(self.tr("Remind me this many days before I run out:"), self.lead_days)
        form.addRow(self.tr("Refills left on the prescription:"), self.refills)
        form.addRow(self.tr("Pharmacy phone (optional):"), limited(self.phone, 40))
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
        self._lots = {item.lot.id: item for item in status.lots}
        refill = status.refill
        self.lead_days.setValue(refill.lead_days)
        self.refills.setValue(-1 if refill.refills_left is None else refill.refills_left)
        self.phone.setText(refill.pharmacy_phone)
        for widget in (self.add_button, self.edit_button, self.discard_button, self.delete_button):
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

    def open_edit_dialog(self) -> DeliveryDialog | None:
        """The selected delivery's form, pre-filled; saved with an undo (Edit → Undo too)."""
        lot_id = self._selected()
        current: LotStatus | None = self._lots.get(lot_id) if lot_id is not None else None
        if current is None:
            self.message.setText(self.tr("Choose a delivery in the list first."))
            return None
        dialog = DeliveryDialog(self._supplies, self._today, self, current)
        supplies = self._supplies

        def saved() -> None:
            change = dialog.change
            if change is not None:
                self.undo_bar.offer(
                    self.tr("Delivery corrected."),
                    undo_delivery_action(supplies, change),
                    Change.SUPPLIES,
                )

        dialog.accepted.connect(saved)
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
            undo_delivery_action(supplies, change),
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
        from belimumab_companion.services.supplies_service import RefillSettings
        from belimumab_companion.user_text import UserFacingError

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
                expect=(UserFacingError,),  # SupplyError, or the phone's text refused
            )
        except UserFacingError as exc:  # what was typed stays; said, and focus on the phone
            show_form_error(self.message, error_text(exc), self.phone)
            return
        if not isinstance(saved, Failed):
            self.message.setText(self.tr("Saved."))
