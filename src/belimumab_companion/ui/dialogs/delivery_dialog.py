"""A delivery of pens or syringes (issue 22): added, or corrected in the same form pre-filled.
How many, which device (a child: autoinjector only, R-09), lot, expiry, received, pharmacy. Pens
already past their expiry date are refused, said beside the expiry field as it is chosen and
again on Save (R-27: they must not be used). Saved through the change gateway, with an undo on
the window's one stack."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from belimumab_companion.domain.regimens import Device
from belimumab_companion.domain.supplies import SupplyProblem
from belimumab_companion.ui.dialogs.common import describe, limit_to_event_dates
from belimumab_companion.ui.dialogs.discard_guard import AsksBeforeDiscarding
from belimumab_companion.ui.shell.operations import Change, Failed, operations
from belimumab_companion.ui.text.i18n import error_text, marked
from belimumab_companion.ui.widgets.announce import show_form_error
from belimumab_companion.ui.widgets.length_limit import limited
from belimumab_companion.user_text import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from belimumab_companion.services.supplies_service import (
        DeliveryChange,
        LotStatus,
        SuppliesService,
    )

DEVICE_TEXT = {
    Device.AUTOINJECTOR: QT_TRANSLATE_NOOP("SuppliesBox", "autoinjector (pen)"),
    Device.PREFILLED_SYRINGE: QT_TRANSLATE_NOOP("SuppliesBox", "prefilled syringe"),
}


def undo_delivery_action(
    supplies: SuppliesService, change: DeliveryChange
) -> Callable[[], str | None]:
    """The undo of an added, corrected or deleted delivery, for the undo bar and Edit → Undo:
    None when undone, or why not (a correction's undo is checked as the correction was: it may
    not leave a dose or a pen set aside since counted without its pen)."""
    from belimumab_companion.user_text import UserFacingError

    def undo() -> str | None:
        try:
            supplies.undo_delivery(change)
        except UserFacingError as exc:
            return error_text(exc)
        return None

    return undo


# Refusals about the dates, said beside the expiry field rather than under the form.
DATE_PROBLEMS = (SupplyProblem.ALREADY_EXPIRED, SupplyProblem.EXPIRES_BEFORE_RECEIVED)


def as_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def as_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


class DeliveryDialog(AsksBeforeDiscarding, QDialog):
    """Add a delivery, or correct ``current`` (the list's selected delivery)."""

    def __init__(
        self,
        supplies: SuppliesService,
        today: date,
        parent: QWidget | None,
        current: LotStatus | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("deliveryDialog")
        editing = current is not None
        self.setWindowTitle(self.tr("Correct a delivery") if editing else self.tr("Add a delivery"))
        self._supplies = supplies
        self._today = today
        self._current = current
        self.saved = False
        self.change: DeliveryChange | None = None
        self.count = QSpinBox()
        describe(self.count, "deliveryCount", self.tr("How many"),
                 self.tr("How many pens or syringes came in this delivery"))  # fmt: skip
        self.count.setRange(1, 1000)
        self.count.setValue(4)
        self.device = QComboBox()
        describe(self.device, "deliveryDevice", self.tr("Device"),
                 self.tr("The autoinjector (pen) or the prefilled syringe"))  # fmt: skip
        for device, text in DEVICE_TEXT.items():
            self.device.addItem(marked("SuppliesBox", text), device)
        self.lot = QLineEdit()
        describe(self.lot, "deliveryLot", self.tr("Lot number"),
                 self.tr("The lot number printed on the box"))  # fmt: skip
        self.expires = QDateEdit(as_qdate(today).addMonths(6))
        describe(self.expires, "deliveryExpires", self.tr("Use by"),
                 self.tr("The expiry date printed on the box"))  # fmt: skip
        self.received = QDateEdit(as_qdate(today))
        describe(self.received, "deliveryReceived", self.tr("Received on"),
                 self.tr("The day the delivery came"))  # fmt: skip
        for field in (self.expires, self.received):
            field.setCalendarPopup(True)
            limit_to_event_dates(field)
        self.pharmacy = QLineEdit()
        describe(self.pharmacy, "deliveryPharmacy", self.tr("Pharmacy"),
                 self.tr("Where it came from (optional)"))  # fmt: skip
        self.expires_problem = QLabel()
        self.expires_problem.setObjectName("deliveryExpiresProblem")
        self.expires_problem.setTextFormat(Qt.TextFormat.PlainText)
        self.expires_problem.setWordWrap(True)
        self.expires_problem.hide()
        self.message = QLabel()
        self.message.setObjectName("deliveryMessage")
        self.message.setWordWrap(True)
        if current is not None:
            self._fill(current)
        self.expires.dateChanged.connect(self._check_dates)
        self.received.dateChanged.connect(self._check_dates)
        form = QFormLayout()
        form.addRow(self.tr("&How many:"), self.count)
        form.addRow(self.tr("&Device:"), self.device)
        form.addRow(self.tr("&Lot number (on the box):"), limited(self.lot, 40))
        form.addRow(self.tr("&Use by (expiry date):"), self.expires)
        form.addRow("", self.expires_problem)
        form.addRow(self.tr("&Received on:"), self.received)
        form.addRow(self.tr("&Pharmacy (optional):"), limited(self.pharmacy, 120))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def _fill(self, current: LotStatus) -> None:
        lot = current.lot
        self.count.setValue(lot.count)
        self.device.setCurrentIndex(max(0, self.device.findData(lot.device)))
        self.lot.setText(lot.lot)
        self.expires.setDate(as_qdate(lot.expires))
        self.received.setDate(as_qdate(lot.received))
        self.pharmacy.setText(lot.pharmacy)

    def _date_problem(self) -> str:
        """What is wrong with the dates as chosen (the service decides again on Save)."""
        expires, received = as_date(self.expires.date()), as_date(self.received.date())
        unchanged = self._current is not None and self._current.lot.expires == expires
        if expires < received:
            return self.tr("The expiry date is before the day it was received.")
        if expires < self._today and not unchanged:  # R-27; a delivery since expired keeps it
            return self.tr(
                "These pens are already past their expiry date and must not be used: check "
                "the date on the box."
            )
        return ""

    def _check_dates(self) -> None:
        problem = self._date_problem()
        self.expires_problem.setText(problem)
        self.expires_problem.setVisible(bool(problem))

    def save(self) -> None:
        from belimumab_companion.services.supplies_service import Delivery, SupplyError
        from belimumab_companion.user_text import UserFacingError

        supplies, current = self._supplies, self._current
        delivery = Delivery(
            count=self.count.value(),
            device=Device(self.device.currentData()),
            lot=self.lot.text(),
            expires=as_date(self.expires.date()),
            received=as_date(self.received.date()),
            pharmacy=self.pharmacy.text(),
        )
        try:
            change = operations().run(
                (
                    (lambda: supplies.edit_delivery(current.lot.id, delivery))
                    if current is not None
                    else lambda: supplies.add_delivery(
                        count=delivery.count,
                        device=delivery.device,
                        lot=delivery.lot,
                        expires=delivery.expires,
                        received=delivery.received,
                        pharmacy=delivery.pharmacy,
                    )
                ),
                Change.SUPPLIES,
                expect=(UserFacingError,),  # SupplyError, or a typed text refused
            )
        except UserFacingError as exc:  # what was typed stays
            if isinstance(exc, SupplyError) and exc.problem in DATE_PROBLEMS:  # beside it, heard
                self.expires_problem.show()
                show_form_error(
                    self.expires_problem, self._date_problem() or error_text(exc), self.expires
                )
                return
            show_form_error(self.message, error_text(exc))
            return
        if isinstance(change, Failed):
            return
        self.change = change
        if current is None:
            operations().push_undo(
                self.tr("Delivery added."), Change.SUPPLIES, undo_delivery_action(supplies, change)
            )
        self.saved = True
        self.accept()
