"""The mood check-in: PHQ-2, stepping to the PHQ-9 at 3 or more (R-41) or whenever the user
wants; item 9 above zero opens the crisis screen at once (R-31). Items, answers and the notice
as in clinical-rules.md (R-40); no reassuring result text (R-32)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from belimumab_companion.domain.phq import ITEMS, NOTICE, RECALL, RESPONSES, Band
from belimumab_companion.domain.triage import Triage

if TYPE_CHECKING:
    from belimumab_companion.services.app_services import AppServices

BAND_TEXT = {
    Band.MINIMAL: "minimal",
    Band.MILD: "mild",
    Band.MODERATE: "moderate",
    Band.MODERATELY_SEVERE: "moderately severe",
    Band.SEVERE: "severe",
}


def _label(text: str, object_name: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName(object_name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


class MoodDialog(QDialog):
    def __init__(self, services: AppServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("moodDialog")
        self.setWindowTitle(self.tr("Mood check-in"))
        self._services = services
        self.full = False
        self.crisis_dialog: QDialog | None = None
        self.groups: list[QButtonGroup] = []
        self.rows: list[tuple[QLabel, list[QRadioButton]]] = []
        grid_widget = QWidget()
        grid = QGridLayout(grid_widget)
        for column, response in enumerate(RESPONSES, start=1):
            header = _label(self.tr(response), f"moodResponse{column}")
            header.setAlignment(Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(header, 0, column)
        for index, item in enumerate(ITEMS):
            label = _label(f"{index + 1}. {self.tr(item)}", f"moodItem{index + 1}")
            group = QButtonGroup(self)
            buttons = []
            for value in range(4):
                button = QRadioButton()
                button.setObjectName(f"moodItem{index + 1}_{value}")
                button.setAccessibleName(f"{index + 1}. {item}: {RESPONSES[value]}")
                group.addButton(button, value)
                grid.addWidget(button, index + 1, value + 1, Qt.AlignmentFlag.AlignCenter)
                buttons.append(button)
            grid.addWidget(label, index + 1, 0)
            self.groups.append(group)
            self.rows.append((label, buttons))
        grid.setColumnStretch(0, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(grid_widget)
        self.stem = _label(self.tr(RECALL), "moodStem")
        self.outcome = _label("", "moodOutcome")
        self.message = _label("", "moodMessage")
        notice = _label(NOTICE, "moodNotice")
        font = notice.font()
        font.setPointSizeF(font.pointSizeF() * 0.85)
        notice.setFont(font)
        self.full_button = QPushButton(self.tr("Answer all &nine questions"))
        self.full_button.setObjectName("moodFullButton")
        self.full_button.clicked.connect(self.show_full)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("moodSave")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stem)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.outcome)
        layout.addWidget(self.message)
        layout.addWidget(self.full_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(notice)
        from belimumab_companion.ui.mood_chart import MoodChart

        self.chart = MoodChart()
        self.chart.set_history(services.mood.history())
        layout.addWidget(self.chart)
        layout.addWidget(self.buttons)
        self._show_items(2)
        self.resize(760, 360)

    def _show_items(self, count: int) -> None:
        for index, (label, buttons) in enumerate(self.rows):
            visible = index < count
            label.setVisible(visible)
            for button in buttons:
                button.setVisible(visible)

    def show_full(self) -> None:
        self.full = True
        self._show_items(9)
        self.full_button.hide()
        self.resize(self.width(), 620)

    def answers(self) -> list[int] | None:
        count = 9 if self.full else 2
        values = [group.checkedId() for group in self.groups[:count]]
        return None if any(v < 0 for v in values) else values

    def save(self) -> None:
        answers = self.answers()
        if answers is None:
            self.message.setText(self.tr("Answer every question shown."))
            return
        self.message.setText("")
        if not self.full:
            result = self._services.mood.record_phq2(answers)
            if result.offer_phq9:
                self.outcome.setText(
                    self.tr(
                        "Your answers suggest talking with your care team. Please answer the "
                        "full set of nine questions now."
                    )
                )
                self.show_full()
            else:
                self.outcome.setText(
                    self.tr(
                        "Saved. These two questions do not ask about thoughts of hurting "
                        "yourself: if you have any, answer all nine questions or call your "
                        "crisis line."
                    )
                )
                self.save_button.setEnabled(False)
            self.chart.set_history(self._services.mood.history())
            return
        nine = self._services.mood.record_phq9(answers)
        self.outcome.setText(
            self.tr("Saved. Score %1 of 27 (%2). Share it with your care team.")
            .replace("%1", str(nine.total))
            .replace("%2", self.tr(BAND_TEXT[nine.band]))
        )
        self.save_button.setEnabled(False)
        self.chart.set_history(self._services.mood.history())
        if nine.crisis:  # whatever the total
            self._crisis()

    def _crisis(self) -> None:
        from belimumab_companion.ui.red_flag_dialog import RedFlagDialog

        numbers = self._services.settings.help_numbers()
        self.crisis_dialog = RedFlagDialog(
            Triage.CRISIS,
            numbers,
            self.tr("thoughts of being better off dead or of hurting yourself"),
            self,
        )
        self.crisis_dialog.open()
