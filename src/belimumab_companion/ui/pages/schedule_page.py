"""Schedule: the plan, the upcoming doses and the dose history."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from belimumab_companion.ui.models.doses_model import DosesModel

if TYPE_CHECKING:
    from belimumab_companion.domain.schedule import PlannedDose
    from belimumab_companion.services.app_services import AppServices


def _table(object_name: str, accessible: str, model: DosesModel) -> QTableView:
    view = QTableView()
    view.setObjectName(object_name)
    view.setAccessibleName(accessible)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setResizeContentsPrecision(40)  # size columns from the first rows only
    view.horizontalHeader().setStretchLastSection(True)
    view.setWordWrap(False)
    return view


class SchedulePage(QWidget):
    plan_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("schedulePage")
        self._services: AppServices | None = None
        self.setup_button = QPushButton(self.tr("&Set up my treatment plan…"))
        self.setup_button.setObjectName("setupPlanButton")
        self.setup_button.setAccessibleName(self.tr("Set up or change the treatment plan"))
        self.setup_button.setEnabled(False)
        self.setup_button.clicked.connect(self.open_setup)
        self.vaccinations_button = QPushButton(self.tr("&Vaccinations…"))
        self.vaccinations_button.setObjectName("vaccinationsButton")
        self.vaccinations_button.setAccessibleName(self.tr("Vaccination log"))
        self.vaccinations_button.setEnabled(False)
        self.vaccinations_button.clicked.connect(self.open_vaccinations)
        self.switch_button = QPushButton(self.tr("S&witch to injections…"))
        self.switch_button.setObjectName("switchButton")
        self.switch_button.setAccessibleName(self.tr("Switch from infusions to injections"))
        self.switch_button.clicked.connect(self.open_switch)
        self.switch_button.hide()
        self.stop_button = QPushButton(self.tr("S&top treatment…"))
        self.stop_button.setObjectName("stopButton")
        self.stop_button.setAccessibleName(self.tr("Record that treatment stopped"))
        self.stop_button.clicked.connect(self.open_stop)
        self.stop_button.hide()
        heading = QLabel(self.tr("Schedule"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        heading.setFont(font)
        self.plan_summary = QLabel(self.tr("Opening your data…"))
        self.plan_summary.setObjectName("planSummary")
        self.plan_summary.setTextFormat(Qt.TextFormat.PlainText)
        self.plan_summary.setWordWrap(True)
        self.upcoming_model = DosesModel()
        self.history_model = DosesModel()
        from belimumab_companion.ui.dose_calendar import LEGEND, DoseCalendar

        self.calendar = DoseCalendar()
        self.legend = QLabel(self.tr(LEGEND))
        self.legend.setObjectName("calendarLegend")
        self.legend.setWordWrap(True)
        self.adherence = QLabel()
        self.adherence.setObjectName("adherenceSummary")
        self.adherence.setTextFormat(Qt.TextFormat.PlainText)
        self.adherence.setWordWrap(True)
        self.upcoming_view = _table("upcomingDoses", self.tr("Upcoming doses"), self.upcoming_model)
        self.history_view = _table("doseHistory", self.tr("Dose history"), self.history_model)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addWidget(heading)
        summary_row = QHBoxLayout()
        summary_row.addWidget(self.plan_summary, 1)
        summary_row.addWidget(self.setup_button, 0, Qt.AlignmentFlag.AlignTop)
        summary_row.addWidget(self.switch_button, 0, Qt.AlignmentFlag.AlignTop)
        summary_row.addWidget(self.stop_button, 0, Qt.AlignmentFlag.AlignTop)
        summary_row.addWidget(self.vaccinations_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(summary_row)
        tables = QVBoxLayout()
        upcoming_label = QLabel(self.tr("&Upcoming doses"))
        upcoming_label.setBuddy(self.upcoming_view)
        tables.addWidget(upcoming_label)
        tables.addWidget(self.upcoming_view, 2)
        history_label = QLabel(self.tr("Dose &history"))
        history_label.setBuddy(self.history_view)
        tables.addWidget(history_label)
        tables.addWidget(self.history_view, 1)
        side = QVBoxLayout()
        side.addWidget(self.calendar)
        side.addWidget(self.legend)
        side.addWidget(self.adherence)
        side.addStretch(1)
        body = QHBoxLayout()
        body.addLayout(tables, 3)
        body.addLayout(side, 2)
        layout.addLayout(body, 1)

    def open_setup(self):  # type: ignore[no-untyped-def]
        from belimumab_companion.ui.plan_setup_dialog import PlanSetupDialog

        assert self._services is not None
        dialog = PlanSetupDialog(self._services.plans, self)
        dialog.accepted.connect(self.plan_changed.emit)
        dialog.open()
        return dialog

    def open_switch(self):  # type: ignore[no-untyped-def]
        from belimumab_companion.ui.plan_change_dialogs import SwitchDialog

        assert self._services is not None
        dialog = SwitchDialog(self._services.plans, self)
        dialog.accepted.connect(self.plan_changed.emit)
        dialog.open()
        return dialog

    def open_stop(self):  # type: ignore[no-untyped-def]
        from belimumab_companion.ui.plan_change_dialogs import StopDialog

        assert self._services is not None
        dialog = StopDialog(self._services.plans, self)
        dialog.accepted.connect(self.plan_changed.emit)
        dialog.open()
        return dialog

    def open_vaccinations(self):  # type: ignore[no-untyped-def]
        from belimumab_companion.ui.vaccinations_dialog import VaccinationsDialog

        assert self._services is not None
        dialog = VaccinationsDialog(self._services.vaccinations, self)
        dialog.open()
        return dialog

    def load(self, services: AppServices) -> None:
        self._services = services
        self.setup_button.setEnabled(True)
        self.vaccinations_button.setEnabled(True)
        overview = services.plans.overview(services.clock())
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
            every = self.tr("every %1 days").replace("%1", str(regimen.interval_days))
            if regimen.as_prescribed:
                every += self.tr(" (as prescribed)")
            stopped = self.tr(" Treatment stopped.") if current.ends_before else ""
            self.plan_summary.setText(
                self.tr("Plan since %1: %2 by %3, %4, at %5 (%6).%7")
                .replace("%1", current.first_dose.isoformat())
                .replace(
                    "%2",
                    self.tr("lupus (SLE)")
                    if regimen.indication.value == "sle"
                    else self.tr("lupus nephritis"),
                )
                .replace(
                    "%3",
                    self.tr("infusion") if regimen.route.value == "iv" else self.tr("injection"),
                )
                .replace("%4", every)
                .replace("%5", current.time_of_day.strftime("%H:%M"))
                .replace("%6", current.zone)
                .replace("%7", stopped)
            )
        self.upcoming_model.set_doses(overview.upcoming)
        self.history_model.set_doses(overview.history)
        self.calendar.set_doses([*overview.history, *overview.upcoming])
        self.adherence.setText(self._adherence_text(overview.history))

    def _adherence_text(self, history: list[PlannedDose]) -> str:
        from belimumab_companion.domain.adherence import adherence
        from belimumab_companion.domain.schedule import Phase

        result = adherence(history)
        if result.total.due == 0:
            return self.tr("No doses due yet.")
        lines = [self.tr("So far:")]
        names = {
            Phase.LOADING: self.tr("Starting doses"),
            Phase.MAINTENANCE: self.tr("Regular doses"),
        }
        for phase in (Phase.LOADING, Phase.MAINTENANCE):
            counts = result.by_phase.get(phase)
            if counts is None:
                continue
            lines.append(
                self.tr("%1: %2 on time, %3 late, %4 early, %5 missed, %6 skipped on advice")
                .replace("%1", names[phase])
                .replace("%2", str(counts.on_time))
                .replace("%3", str(counts.late))
                .replace("%4", str(counts.early))
                .replace("%5", str(counts.missed))
                .replace("%6", str(counts.skipped))
            )
        return "\n".join(lines)
