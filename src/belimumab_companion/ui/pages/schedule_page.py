"""Schedule: the plan, the upcoming doses and the dose history."""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from belimumab_companion.ui.models.doses_model import DosesModel
from belimumab_companion.ui.pages.schedule_actions import ScheduleActions
from belimumab_companion.ui.shell.style import TYPE, scaled_font
from belimumab_companion.ui.text.locale_format import integer_text, long_date, time_text
from belimumab_companion.ui.widgets.page_layout import scrolling_page
from belimumab_companion.ui.widgets.undo_bar import UndoBar
from belimumab_companion.user_text import fill

if TYPE_CHECKING:
    from datetime import date

    from belimumab_companion.domain.regimens import Regimen
    from belimumab_companion.domain.schedule import PlannedDose
    from belimumab_companion.services.app_services import AppServices


def _button(text: str, object_name: str, accessible: str, description: str) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(object_name)
    button.setAccessibleName(accessible)
    button.setAccessibleDescription(description)
    button.setEnabled(False)
    return button


def _table(object_name: str, accessible: str, description: str, model: DosesModel) -> QTableView:
    view = QTableView()
    view.setObjectName(object_name)
    view.setAccessibleName(accessible)
    view.setAccessibleDescription(description)
    view.setTabKeyNavigation(False)  # Tab moves on to the next control; arrows move the rows
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setResizeContentsPrecision(40)  # size columns from the first rows only
    # Not stretched: a stretched last column is squeezed to what is left of the view and cuts
    # its words ("Cómo": "Inyección subcutánea…"); the view scrolls sideways instead.
    view.horizontalHeader().setStretchLastSection(False)
    view.setWordWrap(False)
    return view


# Before the table has rows: its columns' width guessed (in average characters of its font) as half
# of this, the page width from which the calendar was first found to fit beside the table.
SIDE_BY_SIDE_CHARACTERS = 140


class SchedulePage(ScheduleActions, QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("schedulePage")
        self._services: AppServices | None = None
        self.setup_button = QPushButton(self.tr("&Set up my treatment plan…"))
        self.setup_button.setObjectName("setupPlanButton")
        self.setup_button.setAccessibleName(self.tr("Set up or change the treatment plan"))
        self.setup_button.setAccessibleDescription(
            self.tr(
                "Opens a form for the dates, times and kind of treatment your care team gave you"
            )
        )
        self.setup_button.setEnabled(False)
        self.setup_button.clicked.connect(self.open_setup)
        self.vaccinations_button = QPushButton(self.tr("&Vaccinations…"))
        self.vaccinations_button.setObjectName("vaccinationsButton")
        self.vaccinations_button.setAccessibleName(self.tr("Vaccination log"))
        self.vaccinations_button.setAccessibleDescription(
            self.tr("Opens the list of vaccinations you planned or received")
        )
        self.vaccinations_button.setEnabled(False)
        self.vaccinations_button.clicked.connect(self.open_vaccinations)
        self.switch_button = QPushButton(self.tr("S&witch to injections…"))
        self.switch_button.setObjectName("switchButton")
        self.switch_button.setAccessibleName(self.tr("Switch from infusions to injections"))
        self.switch_button.setAccessibleDescription(
            self.tr("Opens a form to record the switch your care team decided, and its first date")
        )
        self.switch_button.clicked.connect(self.open_switch)
        self.switch_button.hide()
        self.stop_button = QPushButton(self.tr("S&top treatment…"))
        self.stop_button.setObjectName("stopButton")
        self.stop_button.setAccessibleName(self.tr("Record that treatment stopped"))
        self.stop_button.setAccessibleDescription(
            self.tr("Opens a form to record when treatment stopped; your history is kept")
        )
        self.stop_button.clicked.connect(self.open_stop)
        self.stop_button.hide()
        self.weight_button = _button(
            self.tr("Record &weight…"),
            "weightButton",
            self.tr("Record a new weight"),
            self.tr("Opens a form for your weight; an infusion dose depends on it"),
        )
        self.weight_button.clicked.connect(self.open_weight)
        self.appointment_button = _button(
            self.tr("Confirm or &move appointment…"),
            "appointmentButton",
            self.tr("Enter the infusion centre's date for the selected infusion"),
            self.tr("Select an infusion in the upcoming doses first"),
        )
        self.appointment_button.clicked.connect(self.open_appointment)
        self.correct_button = _button(
            self.tr("C&orrect…"),
            "correctDoseButton",
            self.tr("Correct the selected logged dose"),
            self.tr("Select a logged dose in the dose history first; the change can be undone"),
        )
        self.correct_button.clicked.connect(self.open_correct)
        self.delete_button = _button(
            self.tr("&Delete"),
            "deleteDoseButton",
            self.tr("Delete the selected logged dose"),
            self.tr("Deletes the selected logged dose at once; Undo (Ctrl+Z) brings it back"),
        )
        self.delete_button.clicked.connect(self.delete_selected)
        self.versions_button = _button(
            self.tr("Changes…"),
            "doseVersionsButton",
            self.tr("Show every version of this dose"),
            self.tr("Lists every correction of the selected logged dose, with its date"),
        )
        self.versions_button.clicked.connect(self.open_versions)
        self._regimens: dict[int, Regimen] = {}
        self.undo_bar = UndoBar("", self)
        self.undo_text, self.undo_button = self.undo_bar.text, self.undo_bar.button
        self.weight_notice = QLabel()
        self.weight_notice.setObjectName("weightNotice")
        self.weight_notice.setTextFormat(Qt.TextFormat.PlainText)
        self.weight_notice.setWordWrap(True)
        self.weight_notice.setFrameShape(QFrame.Shape.StyledPanel)
        self.weight_notice.hide()
        heading = QLabel(self.tr("Schedule"))
        heading.setObjectName("scheduleTitle")
        heading.setWordWrap(True)
        font = heading.font()
        font = scaled_font(font, TYPE.TITLE, bold=True)
        heading.setFont(font)
        self.plan_summary = QLabel(self.tr("Opening your data…"))
        self.plan_summary.setObjectName("planSummary")
        self.plan_summary.setTextFormat(Qt.TextFormat.PlainText)
        self.plan_summary.setWordWrap(True)
        self.upcoming_model = DosesModel()
        self.history_model = DosesModel()
        from belimumab_companion.ui.widgets.dose_calendar import DoseCalendar, legend_text

        self.calendar = DoseCalendar()
        self.legend = QLabel(legend_text())
        self.legend.setObjectName("calendarLegend")
        self.legend.setTextFormat(Qt.TextFormat.PlainText)
        self.legend.setWordWrap(True)
        self.legend.setAccessibleName(self.tr("Calendar symbols"))
        self.adherence = QLabel()
        self.adherence.setObjectName("adherenceSummary")
        self.adherence.setTextFormat(Qt.TextFormat.PlainText)
        self.adherence.setWordWrap(True)
        self.upcoming_view = _table(
            "upcomingDoses",
            self.tr("Upcoming doses"),
            self.tr("The doses to come, the next first; arrow keys move between them"),
            self.upcoming_model,
        )
        self.history_view = _table(
            "doseHistory",
            self.tr("Dose history"),
            self.tr("Past doses and what happened to each, the newest first"),
            self.history_model,
        )
        # Only the history has a time given and its sites (R-47: what was filed, where).
        self.upcoming_view.setColumnHidden(DosesModel.GIVEN_COLUMN, True)
        # ...which needs the room more than the route (the plan above names it).
        self.history_view.setColumnHidden(DosesModel.ROUTE_COLUMN, True)
        layout = scrolling_page(self, "schedule")
        layout.addWidget(heading)
        layout.addWidget(self.plan_summary)
        self._plan_buttons = QGridLayout()  # rows of three: they fit at twice the font size
        self._place_plan_buttons()
        layout.addLayout(self._plan_buttons)
        layout.addWidget(self.weight_notice)
        layout.addWidget(self.undo_bar)
        tables = QVBoxLayout()
        upcoming_label = QLabel(self.tr("&Upcoming doses"))
        upcoming_label.setObjectName("upcomingDosesLabel")
        upcoming_label.setBuddy(self.upcoming_view)
        tables.addWidget(upcoming_label)
        tables.addWidget(self.upcoming_view, 2)
        tables.addWidget(self.appointment_button, 0, Qt.AlignmentFlag.AlignLeft)
        # The history runs the page's full width, below the calendar: it has the most to say
        # (when each dose was given, where, and whether it was late).
        history = QVBoxLayout()
        history_label = QLabel(self.tr("Dose hi&story"))
        history_label.setObjectName("doseHistoryLabel")
        history_label.setBuddy(self.history_view)
        history.addWidget(history_label)
        history.addWidget(self.history_view, 1)
        history_buttons = QHBoxLayout()
        history_buttons.addWidget(self.correct_button)
        history_buttons.addWidget(self.delete_button)
        history_buttons.addWidget(self.versions_button)
        history_buttons.addStretch(1)
        history.addLayout(history_buttons)
        self.upcoming_view.selectionModel().selectionChanged.connect(self._upcoming_selected)
        self.history_view.selectionModel().selectionChanged.connect(self._history_selected)
        self.upcoming_model.modelReset.connect(self._upcoming_selected)
        self.history_model.modelReset.connect(self._history_selected)
        side = QVBoxLayout()
        side.addWidget(self.calendar)
        side.addWidget(self.legend)
        side.addWidget(self.adherence)
        side.addStretch(1)
        # Side by side when the page is wide; the calendar below the table on a small screen, so
        # that no column of the table is cut (issue 20: nothing clipped at 1024 px).
        self.body = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.body.addLayout(tables, 3)
        self.body.addLayout(side, 2)
        layout.addLayout(self.body, 2)
        layout.addLayout(history, 1)
        # Tab follows the reading order: the plan's buttons, undo, the tables, then the calendar.
        chain = [
            self.setup_button,
            self.switch_button,
            self.stop_button,
            self.vaccinations_button,
            self.weight_button,
            self.undo_button,
            self.upcoming_view,
            self.appointment_button,
            self.history_view,
            self.correct_button,
            self.delete_button,
            self.versions_button,
            self.calendar,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _place_plan_buttons(self) -> None:
        """The plan's buttons that show, three to a row, without gaps for the hidden ones."""
        buttons = [
            self.setup_button,
            self.switch_button,
            self.stop_button,
            self.vaccinations_button,
            self.weight_button,
        ]
        for button in buttons:
            self._plan_buttons.removeWidget(button)
        shown = [b for b in buttons if not b.isHidden()]
        for number, button in enumerate(shown):
            self._plan_buttons.addWidget(button, number // 3, number % 3)
        for button in buttons:
            if button.isHidden():
                self._plan_buttons.addWidget(button, 2, 3)  # kept in the layout, not shown
        self._plan_buttons.setColumnStretch(3, 1)

    def selected_upcoming(self) -> PlannedDose | None:
        rows = self.upcoming_view.selectionModel().selectedRows()
        return self.upcoming_model.dose(rows[0].row()) if rows else None

    def selected_history(self) -> PlannedDose | None:
        rows = self.history_view.selectionModel().selectedRows()
        return self.history_model.dose(rows[0].row()) if rows else None

    def _upcoming_selected(self) -> None:
        from belimumab_companion.domain.regimens import Route

        dose = self.selected_upcoming()
        self.appointment_button.setEnabled(dose is not None and dose.route is Route.IV)

    def _history_selected(self) -> None:
        dose = self.selected_history()
        logged = dose is not None and dose.administration is not None
        for button in (self.correct_button, self.delete_button, self.versions_button):
            button.setEnabled(logged)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange()

    def _arrange(self) -> None:
        """The calendar beside the upcoming doses only when every column of theirs still fits
        (issue 20: nothing clipped at 1024 px); below them otherwise."""
        view = self.upcoming_view
        columns = view.horizontalHeader().length() or (
            self.fontMetrics().averageCharWidth() * SIDE_BY_SIDE_CHARACTERS // 2
        )
        table = columns + view.verticalScrollBar().sizeHint().width() + 2 * view.frameWidth()
        margins = self.body.spacing() + 4 * self.fontMetrics().averageCharWidth()
        wide = self.width() >= table + self.calendar.minimumSizeHint().width() + margins
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        # beside the calendar the table keeps the room its columns need (the calendar takes the
        # rest); below it, the page's full width
        view.setMinimumWidth(table if wide else 0)
        if self.body.direction() != direction:
            self.body.setDirection(direction)

    def load(self, services: AppServices) -> None:
        self._services = services
        self.setup_button.setEnabled(True)
        self.vaccinations_button.setEnabled(True)
        self.weight_button.setEnabled(True)
        overview = services.plans.overview(services.clock())
        self._regimens = {s.id: s.regimen for s in overview.segments}
        self.weight_notice.setVisible(overview.weight_band_changed)
        if overview.weight_band_changed:
            from belimumab_companion.ui.text.messages import weight_band_changed_text

            self.weight_notice.setText(weight_band_changed_text())
        if not overview.segments:
            self.setup_button.setText(self.tr("&Set up my treatment plan…"))
            self.plan_summary.setText(
                self.tr(
                    "No treatment plan yet. Set it up with the dates and times your care team gave you."
                )
            )
        else:
            self.setup_button.setText(self.tr("&Change the plan…"))
            current_segment = overview.segments[-1]
            active = current_segment.ends_before is None
            self.switch_button.setVisible(active and current_segment.regimen.route.value == "iv")
            self.stop_button.setVisible(active)
            current = overview.segments[-1]
            regimen = current.regimen
            every = self.tr("every %1 days").replace("%1", integer_text(regimen.interval_days))
            if regimen.as_prescribed:
                every += self.tr(" (as prescribed)")  # both reused by the report (report_pdf)
            stopped = self.tr(" Treatment stopped.") if current.ends_before else ""
            self.plan_summary.setText(
                fill(
                    self.tr("Plan since %1: %2 by %3, %4, at %5 (%6).%7"),
                    (
                        long_date(current.first_dose),
                        self.tr("lupus (SLE)")
                        if regimen.indication.value == "sle"
                        else self.tr("lupus nephritis"),
                        self.tr("infusion")
                        if regimen.route.value == "iv"
                        else self.tr("injection"),
                        every,
                        time_text(current.time_of_day),
                        current.zone,
                        stopped,
                    ),
                )
            )
        self._place_plan_buttons()
        self.upcoming_model.set_doses(overview.upcoming)
        self.appointment_button.setVisible(any(d.route.value == "iv" for d in overview.upcoming))
        self.history_model.set_doses(overview.history)
        self.calendar.set_doses([*overview.history, *overview.upcoming])
        self.adherence.setText(self._adherence_text(overview.history, overview.tracked_from))
        self._arrange()  # the upcoming table's columns now have their widths

    def _adherence_text(self, history: list[PlannedDose], tracked_from: date | None) -> str:
        from belimumab_companion.domain.adherence import adherence
        from belimumab_companion.domain.schedule import Phase

        result = adherence(history, tracked_from)  # from the day the app was set up
        if result.total.due == 0:
            return self.tr("No doses due yet.")
        lines = [
            fill(
                self.tr(
                    "So far (doses not logged before %1, when the app was set up, are not counted):"
                ),
                (long_date(tracked_from),),
            )
            if tracked_from is not None
            else self.tr("So far:")
        ]
        names = {
            Phase.LOADING: self.tr("Starting doses"),
            Phase.MAINTENANCE: self.tr("Regular doses"),
        }
        for phase in (Phase.LOADING, Phase.MAINTENANCE):
            counts = result.by_phase.get(phase)
            if counts is None:
                continue
            lines.append(
                fill(
                    self.tr("%1: %2 on time, %3 late, %4 early, %5 missed, %6 skipped on advice"),
                    (
                        names[phase],
                        integer_text(counts.on_time),
                        integer_text(counts.late),
                        integer_text(counts.early),
                        integer_text(counts.missed),
                        integer_text(counts.skipped),
                    ),
                )
            )
        return "\n".join(lines)
