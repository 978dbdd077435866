"""Today's Supplies card (issue 22): pens on hand, the doses they cover, the next expiry, a pen
that will expire before its dose, and the refill due. Injection plans only (R-22, R-27)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QPushButton, QVBoxLayout

from belimumab_companion.ui.dialogs.common import page_label
from belimumab_companion.ui.shell.style import TYPE, Status, show_status
from belimumab_companion.ui.text.locale_format import long_date
from belimumab_companion.user_text import fill

if TYPE_CHECKING:
    from belimumab_companion.services.app_services import AppServices


class SuppliesCard(QFrame):
    manage_requested = Signal()  # the window opens Settings → Supplies

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("todaySupplies")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        title = page_label("todaySuppliesTitle", bold=True, scale=TYPE.SECTION)
        title.setText(self.tr("Supplies"))
        self.on_hand = page_label("todaySuppliesOnHand")
        self.covered = page_label("todaySuppliesCovered")
        self.expiry = page_label("todaySuppliesExpiry")
        self.warning = page_label("todaySuppliesWarning", bold=True)
        self.manage_button = QPushButton(self.tr("Deliveries and refills…"))
        self.manage_button.setObjectName("todaySuppliesManage")
        self.manage_button.setAccessibleDescription(
            self.tr("Record a delivery, set a pen aside, or set the refill reminder")
        )
        self.manage_button.clicked.connect(self.manage_requested)
        layout = QVBoxLayout(self)
        for widget in (title, self.on_hand, self.covered, self.expiry, self.warning):
            layout.addWidget(widget)
        layout.addWidget(self.manage_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.hide()

    def load(self, services: AppServices) -> None:
        status = services.supplies.status(services.clock())
        if not status.applies:
            self.hide()  # no plan, or infusions (the infusion centre's supplies)
            return
        self.on_hand.setText(
            self.tr("On hand: %n pens or syringes.", None, status.on_hand)
            if status.lots
            else self.tr("No delivery recorded yet: add one to see how far your pens go.")
        )
        if status.covered_until is not None:
            self.covered.setText(
                fill(self.tr("They cover your doses up to %1."), (long_date(status.covered_until),))
            )
        elif status.lots:
            self.covered.setText(self.tr("None on hand for your next dose."))
        else:
            self.covered.setText("")
        self.covered.setVisible(bool(self.covered.text()))
        if status.next_expiry is not None:
            self.expiry.setText(
                fill(
                    self.tr("Next expiry: lot %1, use by %2."),
                    (status.next_expiry.lot, long_date(status.next_expiry.expires)),
                )
            )
        self.expiry.setVisible(status.next_expiry is not None)
        warnings = []
        for flag in status.expiring_unused:  # past its expiry date by the dose
            warnings.append(
                fill(
                    self.tr(
                        "%n pens will be past their expiry date on %1: do not use them then.",
                        None,
                        flag.pens,
                    ),
                    (long_date(flag.dose_day),),
                )
            )
        if status.new_prescription_needed:
            warnings.append(self.tr("No refills left: ask your care team for a new prescription."))
        elif (
            status.lots  # nothing recorded yet: nothing to reorder, just the line above
            and status.refill_reminder_at is not None
            and status.refill_reminder_at <= services.clock()
        ):
            warnings.append(self.tr("Time to order more pens or syringes."))
        self.warning.setText("\n".join(warnings))
        self.warning.setVisible(bool(warnings))
        if warnings:
            show_status(self.warning, Status.WARNING)
        self.show()
