"""The vaccination log with the live-vaccine guard (R-34). The app never says whether a vaccine
is live; it records what the care team said."""

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
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from belimumab_companion.domain.vaccines import VaccineNotice
from belimumab_companion.services.vaccination_service import VaccinationInputError

if TYPE_CHECKING:
    from belimumab_companion.services.vaccination_service import VaccinationService

GUARD = (
    "Live vaccines should not be given within 30 days before starting belimumab or during "
    "treatment. Check with your care team whether a vaccine is live."
)
NOTICE_TEXT = {
    VaccineNotice.ASK_IF_LIVE: "ask your care team whether it is live",
    VaccineNotice.LIVE_IN_WINDOW: "LIVE, within 30 days before starting or during treatment: talk to your care team",
    VaccineNotice.NO_CONCERN_RECORDED: "care team's answer recorded",
}
ID_ROLE = Qt.ItemDataRole.UserRole + 1


class VaccinationsDialog(QDialog):
    def __init__(self, vaccinations: VaccinationService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("vaccinationsDialog")
        self.setWindowTitle(self.tr("Vaccinations"))
        self._service = vaccinations
        self._deleted: int | None = None
        guard = QLabel(self.tr(GUARD))
        guard.setObjectName("liveVaccineGuard")
        guard.setWordWrap(True)
        font = guard.font()
        font.setBold(True)
        guard.setFont(font)
        self.list = QListWidget()
        self.list.setObjectName("vaccinationList")
        self.list.setAccessibleName(self.tr("Vaccinations"))
        self.name = QLineEdit()
        self.name.setObjectName("vaccineName")
        self.name.setAccessibleName(self.tr("Vaccine name"))
        self.name.setMaxLength(120)
        self.on_date = QDateEdit(QDate.currentDate())
        self.on_date.setObjectName("vaccineDate")
        self.on_date.setAccessibleName(self.tr("Date"))
        self.on_date.setCalendarPopup(True)
        self.on_date.setDisplayFormat("yyyy-MM-dd")
        self.status = QComboBox()
        self.status.setObjectName("vaccineStatus")
        self.status.setAccessibleName(self.tr("Planned or received"))
        self.status.addItem(self.tr("Planned"), "planned")
        self.status.addItem(self.tr("Received"), "received")
        self.live = QComboBox()
        self.live.setObjectName("vaccineLive")
        self.live.setAccessibleName(self.tr("What the care team said"))
        self.live.addItem(self.tr("Not asked yet"), None)
        self.live.addItem(self.tr("Care team says it is live"), True)
        self.live.addItem(self.tr("Care team says it is not live"), False)
        self.add_button = QPushButton(self.tr("&Add"))
        self.add_button.setObjectName("addVaccination")
        self.add_button.clicked.connect(self.add)
        self.delete_button = QPushButton(self.tr("&Delete selected"))
        self.delete_button.setObjectName("deleteVaccination")
        self.delete_button.clicked.connect(self.delete_selected)
        self.undo_button = QPushButton(self.tr("&Undo delete"))
        self.undo_button.setObjectName("undoDeleteVaccination")
        self.undo_button.clicked.connect(self.undo_delete)
        self.undo_button.hide()
        self.message = QLabel()
        self.message.setObjectName("vaccinationMessage")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Vaccine:"), self.name)
        form.addRow(self.tr("Da&te:"), self.on_date)
        form.addRow(self.tr("&Status:"), self.status)
        form.addRow(self.tr("&Live?"), self.live)
        actions = QHBoxLayout()
        actions.addWidget(self.add_button)
        actions.addWidget(self.delete_button)
        actions.addWidget(self.undo_button)
        actions.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(guard)
        layout.addWidget(self.list, 1)
        layout.addLayout(form)
        layout.addLayout(actions)
        layout.addWidget(self.message)
        layout.addWidget(close)
        self.resize(560, 520)
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        for entry in self._service.all():
            status = self.tr("planned") if entry.status == "planned" else self.tr("received")
            text = f"{entry.on_date.isoformat()}  {entry.name} ({status}) — {self.tr(NOTICE_TEXT[entry.notice])}"
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, entry.id)
            self.list.addItem(item)

    def add(self) -> None:
        d = self.on_date.date()
        try:
            entry = self._service.add(
                self.name.text(),
                date(d.year(), d.month(), d.day()),
                str(self.status.currentData()),
                self.live.currentData(),
            )
        except VaccinationInputError:
            self.message.setText(self.tr("Enter the vaccine's name."))
            return
        self.message.setText(self.tr(NOTICE_TEXT[entry.notice]).capitalize() + ".")
        self.name.clear()
        self.refresh()

    def delete_selected(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        self._deleted = int(item.data(ID_ROLE))
        self._service.delete(self._deleted)
        self.undo_button.show()
        self.refresh()

    def undo_delete(self) -> None:
        if self._deleted is not None:
            self._service.restore(self._deleted)
            self._deleted = None
            self.undo_button.hide()
            self.refresh()
