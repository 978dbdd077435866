"""The mood check-in: PHQ-2, stepping to the PHQ-9 at 3 or more (R-41) or whenever the user
wants; item 9 above zero opens the crisis screen at once (R-31). Items, answers and the notice
as in clinical-rules.md (R-40); no reassuring result text (R-32)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from belimumab_companion.domain.phq import ITEMS, NOTICE, RECALL, RESPONSES
from belimumab_companion.domain.triage import Triage
from belimumab_companion.text.mood import BAND_TEXT as BAND_TEXT
from belimumab_companion.ui.shell.operations import Change, Failed, operations
from belimumab_companion.ui.text.i18n import marked
from belimumab_companion.ui.text.locale_format import integer_text
from belimumab_companion.user_text import QT_TRANSLATE_NOOP, fill

if TYPE_CHECKING:
    from belimumab_companion.services.app_services import AppServices

# The PHQ's own wording (domain.phq: RECALL, RESPONSES, ITEMS, NOTICE), verbatim, marked here for
# the translators in the "phq" context and shown with ``phq_text``. It is a licensed instrument:
# a translation must be the official one, word for word, never our own. A test checks that these
# are exactly the domain's strings.
PHQ_CONTEXT = "phq"
PHQ_SOURCES = (
    QT_TRANSLATE_NOOP(
        "phq", "Over the last 2 weeks, how often have you been bothered by the following problems?"
    ),
    QT_TRANSLATE_NOOP("phq", "Not at all"),
    QT_TRANSLATE_NOOP("phq", "Several days"),
    QT_TRANSLATE_NOOP("phq", "More than half the days"),
    QT_TRANSLATE_NOOP("phq", "Nearly every day"),
    QT_TRANSLATE_NOOP("phq", "Little interest or pleasure in doing things"),
    QT_TRANSLATE_NOOP("phq", "Feeling down, depressed, or hopeless"),
    QT_TRANSLATE_NOOP("phq", "Trouble falling/staying asleep, or sleeping too much"),
    QT_TRANSLATE_NOOP("phq", "Feeling tired or having little energy"),
    QT_TRANSLATE_NOOP("phq", "Poor appetite or overeating"),
    QT_TRANSLATE_NOOP(
        "phq",
        "Feeling bad about yourself — or that you are a failure or have let yourself or your "
        "family down",
    ),
    QT_TRANSLATE_NOOP(
        "phq",
        "Trouble concentrating on things, such as reading the newspaper or watching television",
    ),
    QT_TRANSLATE_NOOP(
        "phq",
        "Moving or speaking so slowly that other people could have noticed, or the opposite — "
        "being so fidgety or restless that you have been moving around a lot more than usual",
    ),
    QT_TRANSLATE_NOOP(
        "phq", "Thoughts that you would be better off dead or of hurting yourself in some way"
    ),
    QT_TRANSLATE_NOOP(
        "phq",
        "Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, "
        "with an educational grant from Pfizer Inc. No permission required to reproduce, "
        "translate, display or distribute.",
    ),
)


def phq_text(source: str) -> str:
    """A PHQ item, answer, the recall question or the notice, in the official translation if the
    user's language has one, else in English."""
    return marked(PHQ_CONTEXT, source)


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
        responses = [phq_text(response) for response in RESPONSES]
        for column, response in enumerate(responses, start=1):
            header = _label(response, f"moodResponse{column}")
            header.setAlignment(Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(header, 0, column)
        for index, item in enumerate(ITEMS):
            number = integer_text(index + 1)
            wording = phq_text(item)
            label = _label(fill(self.tr("%1. %2"), (number, wording)), f"moodItem{index + 1}")
            group = QButtonGroup(self)
            buttons = []
            for value in range(4):
                button = QRadioButton()
                button.setObjectName(f"moodItem{index + 1}_{value}")
                button.setAccessibleName(
                    fill(self.tr("%1. %2: %3"), (number, wording, responses[value]))
                )
                button.setAccessibleDescription(
                    fill(
                        self.tr("Answer %1 of 4 to question %2"),
                        (integer_text(value + 1), number),
                    )
                )
                group.addButton(button, value)
                grid.addWidget(button, index + 1, value + 1, Qt.AlignmentFlag.AlignCenter)
                buttons.append(button)
            grid.addWidget(label, index + 1, 0)
            self.groups.append(group)
            self.rows.append((label, buttons))
        grid.setColumnStretch(0, 1)
        self.stem = _label(phq_text(RECALL), "moodStem")
        self.outcome = _label("", "moodOutcome")
        self.message = _label("", "moodMessage")
        notice = _label(phq_text(NOTICE), "moodNotice")
        font = notice.font()
        font.setPointSizeF(font.pointSizeF() * 0.85)
        notice.setFont(font)
        self.full_button = QPushButton(self.tr("Answer all &nine questions"))
        self.full_button.setObjectName("moodFullButton")
        self.full_button.setAccessibleDescription(
            self.tr("Show all nine questions instead of the first two")
        )
        self.full_button.clicked.connect(self.show_full)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("moodSave")
        self.save_button.setAccessibleDescription(self.tr("Save your answers"))
        self.close_button = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setObjectName("moodClose")
        self.close_button.setAccessibleDescription(self.tr("Close the mood check-in"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        # Everything but the buttons scrolls together, so nothing is squeezed out of sight in a
        # small window or at a large font; Save and Close stay in view.
        content = self.content = QWidget()
        content.setObjectName("moodContent")
        body = QVBoxLayout(content)
        body.addWidget(self.stem)
        body.addWidget(grid_widget)
        body.addWidget(self.outcome)
        body.addWidget(self.message)
        body.addWidget(self.full_button, 0, Qt.AlignmentFlag.AlignLeft)
        body.addWidget(notice)
        from belimumab_companion.ui.widgets.mood_chart import MoodChart

        self.chart = MoodChart()
        self.chart.set_history(services.mood.history())
        body.addWidget(self.chart)
        body.addStretch(1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setObjectName("moodScroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(content)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.buttons)
        # The chart is made after the buttons: put it before them in the Tab order, as shown.
        QWidget.setTabOrder(self.full_button, self.chart)
        QWidget.setTabOrder(self.chart, self.save_button)
        QWidget.setTabOrder(self.save_button, self.close_button)
        self._show_items(2)
        self._fit()

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
        self._fit()

    def _fit(self) -> None:
        """As large as what is shown needs (at least 760 wide), within the screen."""
        content = self.content
        content.adjustSize()
        wanted = content.sizeHint() + QSize(
            self.scroll_area.verticalScrollBar().sizeHint().width() + 24,
            self.buttons.sizeHint().height() + 40,
        )
        wanted = wanted.expandedTo(QSize(760, self.height() if self.isVisible() else 0))
        screen = self.screen().availableGeometry().size() * 0.9
        self.resize(wanted.boundedTo(screen))

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
            mood = self._services.mood
            result = operations().run(lambda: mood.record_phq2(answers), Change.MOOD)
            if isinstance(result, Failed):
                return
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
        mood = self._services.mood
        nine = operations().run(lambda: mood.record_phq9(answers), Change.MOOD)
        if isinstance(nine, Failed):
            return
        self.outcome.setText(
            fill(
                self.tr("Saved. Score %1 of 27 (%2). Share it with your care team."),
                (integer_text(nine.total), marked("MoodDialog", BAND_TEXT[nine.band])),
            )
        )
        self.save_button.setEnabled(False)
        self.chart.set_history(self._services.mood.history())
        if nine.crisis:  # whatever the total
            self._crisis()

    def _crisis(self) -> None:
        from belimumab_companion.ui.dialogs.red_flag_dialog import RedFlagDialog

        numbers = self._services.settings.help_numbers()
        self.crisis_dialog = RedFlagDialog(
            Triage.CRISIS,
            numbers,
            self.tr("thoughts of being better off dead or of hurting yourself"),
            self,
        )
        self.crisis_dialog.open()
