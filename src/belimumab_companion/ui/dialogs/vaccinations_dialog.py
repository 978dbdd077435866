"""The vaccination log with the live-vaccine guard (R-34). The app never says whether a vaccine
is live; it records what the care team said."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QUndoCommand
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

from belimumab_companion.domain.vaccines import VaccinationStatus, VaccineNotice
from belimumab_companion.services.vaccination_service import VaccinationInputError
from belimumab_companion.ui.dialogs.common import (
    date_edit_format,
    describe,
    limit_to_event_dates,
    text_width,
)
from belimumab_companion.ui.dialogs.discard_guard import AsksBeforeDiscarding
from belimumab_companion.ui.shell.operations import Change, Failed, operations
from belimumab_companion.ui.text.i18n import marked
from belimumab_companion.ui.text.locale_format import date_text
from belimumab_companion.ui.widgets.announce import show_form_error
from belimumab_companion.ui.widgets.length_limit import limited
from belimumab_companion.user_text import QT_TRANSLATE_NOOP, fill

if TYPE_CHECKING:
    from belimumab_companion.services.vaccination_service import VaccinationService

# Shown with marked("VaccinationsDialog", ...); the care-team report reuses them in that context.
NOTICE_TEXT = {
    VaccineNotice.ASK_IF_LIVE: QT_TRANSLATE_NOOP(
        "VaccinationsDialog", "ask your care team whether it is live"
    ),
    VaccineNotice.LIVE_IN_WINDOW: QT_TRANSLATE_NOOP(
        "VaccinationsDialog",
        "LIVE, within 30 days before starting or during treatment: talk to your care team",
    ),
    VaccineNotice.NO_CONCERN_RECORDED: QT_TRANSLATE_NOOP(
        "VaccinationsDialog", "care team's answer recorded"
    ),
}
ID_ROLE = Qt.ItemDataRole.UserRole + 1


class VaccinationsDialog(AsksBeforeDiscarding, QDialog):
    def __init__(self, vaccinations: VaccinationService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("vaccinationsDialog")
        self.setWindowTitle(self.tr("Vaccinations"))
        self._service = vaccinations
        self._deleted: int | None = None
        self._undo_command: QUndoCommand | None = None
        guard = QLabel(
            self.tr(
                "Live vaccines should not be given within 30 days before starting belimumab or "
                "during treatment. Check with your care team whether a vaccine is live."
            )
        )
        guard.setObjectName("liveVaccineGuard")
        guard.setWordWrap(True)
        font = guard.font()
        font.setBold(True)
        guard.setFont(font)
        self.list = QListWidget()
        describe(
            self.list,
            "vaccinationList",
            self.tr("Vaccinations"),
            self.tr("Your vaccinations, with the live-vaccine check for each one."),
        )
        self.name = QLineEdit()
        describe(
            self.name,
            "vaccineName",
            self.tr("Vaccine name"),
            self.tr("The name of the vaccine, as your care team or the pharmacy wrote it."),
        )
        self.on_date = limit_to_event_dates(QDateEdit(QDate.currentDate()))
        describe(
            self.on_date,
            "vaccineDate",
            self.tr("Date"),
            self.tr("The day the vaccine is planned or was given."),
        )
        self.on_date.setCalendarPopup(True)
        self.on_date.setDisplayFormat(date_edit_format())
        self.status = QComboBox()
        describe(
            self.status,
            "vaccineStatus",
            self.tr("Planned or received"),
            self.tr("Whether the vaccine is planned or was already given."),
        )
        self.status.addItem(self.tr("Planned"), "planned")
        self.status.addItem(self.tr("Received"), "received")
        self.live = QComboBox()
        describe(
            self.live,
            "vaccineLive",
            self.tr("What the care team said"),
            self.tr("What your care team said about whether this vaccine is live."),
        )
        self.live.addItem(self.tr("Not asked yet"), None)
        self.live.addItem(self.tr("Care team says it is live"), True)
        self.live.addItem(self.tr("Care team says it is not live"), False)
        self.add_button = QPushButton(self.tr("&Add"))
        self.add_button.setObjectName("addVaccination")
        self.add_button.setAccessibleDescription(self.tr("Add this vaccine to the list."))
        self.add_button.clicked.connect(self.add)
        self.delete_button = QPushButton(self.tr("&Delete selected"))
        self.delete_button.setObjectName("deleteVaccination")
        self.delete_button.setAccessibleDescription(
            self.tr("Delete the vaccine chosen in the list; you can undo it.")
        )
        self.delete_button.clicked.connect(self.delete_selected)
        self.undo_button = QPushButton(self.tr("&Undo delete"))
        self.undo_button.setObjectName("undoDeleteVaccination")
        self.undo_button.setAccessibleDescription(self.tr("Bring back the vaccine just deleted."))
        self.undo_button.clicked.connect(self.undo_delete)
        self.undo_button.hide()
        self.message = QLabel()
        self.message.setObjectName("vaccinationMessage")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Vaccine:"), limited(self.name, 120))
        form.addRow(self.tr("Da&te:"), self.on_date)
        form.addRow(self.tr("&Status:"), self.status)
        form.addRow(self.tr("&Live?"), self.live)
        actions = QHBoxLayout()
        actions.addWidget(self.add_button)
        actions.addWidget(self.delete_button)
        actions.addWidget(self.undo_button)
        actions.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close_button = close.button(QDialogButtonBox.StandardButton.Close)
        close_button.setObjectName("vaccinationsClose")
        close_button.setAccessibleDescription(
            self.tr("Close this window; what you added is already saved.")
        )
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(guard)
        layout.addWidget(self.list, 1)
        layout.addLayout(form)
        layout.addLayout(actions)
        layout.addWidget(self.message)
        layout.addWidget(close)
        self.resize(text_width(self, 80), self.fontMetrics().lineSpacing() * 28)
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        line = self.tr("%1  %2 (%3) — %4")  # date, the name as typed, planned/received, check
        for entry in self._service.all():
            status = (
                self.tr("planned")
                if entry.status is VaccinationStatus.PLANNED
                else self.tr("received")
            )
            notice = marked("VaccinationsDialog", NOTICE_TEXT[entry.notice])
            item = QListWidgetItem(
                fill(line, (date_text(entry.on_date), entry.name, status, notice))
            )
            item.setData(ID_ROLE, entry.id)
            self.list.addItem(item)

    def add(self) -> None:
        d = self.on_date.date()
        service = self._service
        try:
            entry = operations().run(
                lambda: service.add(
                    self.name.text(),
                    date(d.year(), d.month(), d.day()),
                    str(self.status.currentData()),
                    self.live.currentData(),
                ),
                Change.SETTINGS,
                expect=(VaccinationInputError,),
            )
        except VaccinationInputError as exc:
            text = (
                self.tr("The vaccine's name is too long: at most 120 characters.")
                if exc.code == "name-too-long"
                else self.tr("Enter the vaccine's name.")
            )
            show_form_error(self.message, text, self.name)  # what was typed stays
            return
        if isinstance(entry, Failed):
            return
        notice = marked("VaccinationsDialog", NOTICE_TEXT[entry.notice])
        self.message.setText(notice[:1].upper() + notice[1:] + ".")
        self.name.clear()
        self.refresh()

    def delete_selected(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        deleted = int(item.data(ID_ROLE))
        service = self._service
        gateway = operations()
        if isinstance(gateway.run(lambda: service.delete(deleted), Change.SETTINGS), Failed):
            return
        # on the window's one undo stack: this button and Edit → Undo undo the same thing
        self._undo_command = gateway.push_undo(
            self.tr("Vaccination deleted."),
            Change.SETTINGS,
            lambda: service.restore(deleted),
            on_undone=self._undone,
        )
        self._deleted = deleted
        self.undo_button.show()
        self.refresh()

    def undo_delete(self) -> None:
        command = self._undo_command
        if self._deleted is not None and command is not None:
            gateway = operations()
            if gateway.is_latest(command):
                gateway.undo_stack.undo()  # calls _undone

    def _undone(self, _problem: str | None) -> None:
        self._deleted = None
        self._undo_command = None
        try:
            self.undo_button.hide()
            self.refresh()
        except RuntimeError:  # the dialog is closed
            pass
