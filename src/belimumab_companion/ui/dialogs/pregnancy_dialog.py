""" "I might be pregnant / I am pregnant" (R-37) and the breastfeeding question (R-39): the event
is recorded with its date for the care-team report, and the guidance is shown. No registry
number is shown (R-38)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from belimumab_companion.domain.contraception import PregnancyEvent
from belimumab_companion.ui.dialogs.common import (
    date_edit_format,
    describe,
    limit_to_event_dates,
    text_width,
)
from belimumab_companion.ui.dialogs.discard_guard import AsksBeforeDiscarding
from belimumab_companion.ui.shell.operations import Change, Failed, operations
from belimumab_companion.ui.text.contraception_text import pregnancy_guidance, pregnancy_kind_text
from belimumab_companion.ui.text.messages import error_sentence
from belimumab_companion.ui.widgets.announce import show_form_error

if TYPE_CHECKING:
    from belimumab_companion.services.contraception_service import (
        ContraceptionService,
        PregnancyRecord,
    )


class PregnancyDialog(AsksBeforeDiscarding, QDialog):
    def __init__(
        self,
        service: ContraceptionService,
        today: date,
        zone: str,
        parent: QWidget | None = None,
        kind: PregnancyEvent = PregnancyEvent.MIGHT_BE_PREGNANT,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("pregnancyDialog")
        self.setWindowTitle(self.tr("Pregnancy or breastfeeding"))
        self._service = service
        self._zone = zone
        self._today = today
        self.recorded: PregnancyRecord | None = None

        self.kinds = QButtonGroup(self)
        kinds_box = QVBoxLayout()
        for number, event in enumerate(PregnancyEvent):
            button = QRadioButton(pregnancy_kind_text(event))
            button.setObjectName(f"pregnancyKind_{event.value}")
            button.setAccessibleDescription(
                self.tr("What to record; the arrow keys move between the choices.")
            )
            button.setChecked(event is kind)
            self.kinds.addButton(button, number)
            kinds_box.addWidget(button)
        self.on = limit_to_event_dates(QDateEdit(QDate(today.year, today.month, today.day)))
        describe(
            self.on,
            "pregnancyDate",
            self.tr("Date"),
            self.tr("The day this happened or you found out; not later than today."),
        )
        self.on.setDisplayFormat(date_edit_format())
        self.on.setCalendarPopup(True)
        self.on.setMaximumDate(QDate(today.year, today.month, today.day))
        self.note = QLineEdit()
        describe(
            self.note,
            "pregnancyNote",
            self.tr("Note"),
            self.tr("Optional: a short note for your care-team report."),
        )
        self.note.setPlaceholderText(self.tr("For example: positive home test"))
        self.form = QWidget()
        form = QFormLayout(self.form)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(kinds_box)
        form.addRow(self.tr("&Date:"), self.on)
        form.addRow(self.tr("&Note:"), self.note)

        self.guidance = QLabel()
        self.guidance.setObjectName("pregnancyGuidance")
        self.guidance.setWordWrap(True)
        self.guidance.setTextFormat(Qt.TextFormat.PlainText)
        self.guidance.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        font = self.guidance.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.guidance.setFont(font)
        self.guidance.hide()
        self.message = QLabel()
        self.message.setObjectName("pregnancyMessage")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)

        self.buttons = QDialogButtonBox()
        self.record_button = self.buttons.addButton(
            self.tr("&Record"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.record_button.setObjectName("pregnancyRecord")
        self.record_button.setAccessibleDescription(
            self.tr("Record this with its date and show what to do next.")
        )
        self.record_button.setDefault(True)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.close_button.setObjectName("pregnancyClose")
        self.close_button.setAccessibleDescription(self.tr("Close without recording anything."))
        self.buttons.accepted.connect(self.record)
        self.buttons.rejected.connect(self._close)

        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "This is kept with its date for your care-team report, and tells you what to do next."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.guidance)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(text_width(self, 60))

    def selected_kind(self) -> PregnancyEvent:
        return list(PregnancyEvent)[self.kinds.checkedId()]

    def record(self) -> None:
        value = self.on.date()
        service = self._service
        try:
            recorded = operations().run(
                lambda: service.record_pregnancy_event(
                    self.selected_kind(),
                    date(value.year(), value.month(), value.day()),
                    self._zone,
                    self.note.text(),
                ),
                Change.CONTRACEPTION,
                expect=(ValueError,),
            )
            if isinstance(recorded, Failed):
                return
            self.recorded = recorded
        except ValueError as exc:
            show_form_error(self.message, error_sentence(exc))
            return
        self.message.clear()
        self.guidance.setText(pregnancy_guidance(self.recorded.kind, self.recorded.in_window))
        self.guidance.show()
        self.form.setEnabled(False)
        self.record_button.hide()
        self.close_button.setText(self.tr("&Close"))
        self.close_button.setAccessibleDescription(self.tr("Close this window."))
        self.guidance.setFocus()

    def _close(self) -> None:
        if self.recorded is not None:
            self.accept()
        else:
            self.reject()
