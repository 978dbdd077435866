"""Today as the daily home (issue 20, item 2): "Taken now" in one click, "Remind me in…", and
until the set-up is done, a welcome with "Finish setting up".

"Taken now" logs the dose the page shows, by its identity (segment and sequence, R-47), at the
present minute, with the suggested injection site(s) (R-28; two for 400 mg, R-22), then says
what was filed with an Undo on the one undo stack. Nothing here decides a clinical rule: the
service checks the log as it would any other (R-18, R-47)."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from belimumab_companion.ui.dialogs.common import page_label
from belimumab_companion.ui.shell.operations import Change, Failed, operations
from belimumab_companion.ui.text.locale_format import time_text
from belimumab_companion.ui.widgets.undo_bar import UndoBar
from belimumab_companion.user_text import fill

if TYPE_CHECKING:
    from belimumab_companion.domain.dose_log import Site
    from belimumab_companion.domain.reminders import Reminder, SnoozeChoice
    from belimumab_companion.domain.schedule import PlannedDose
    from belimumab_companion.services.app_services import AppServices
    from belimumab_companion.services.plan_service import LoggedDose


class DoseActions(QWidget):
    """The buttons under the dose Today shows, and the line that confirms a save."""

    logged = Signal(object)  # the LoggedDose "Taken now" saved (a late dose asks what next)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("todayDoseActions")
        self._services: AppServices | None = None
        self.dose: PlannedDose | None = None
        self.taken_now = QPushButton(self.tr("Ta&ken now"))
        self.taken_now.setObjectName("takenNowButton")
        self.taken_now.setAccessibleName(self.tr("Taken now"))
        self.taken_now.setAccessibleDescription(
            self.tr("Records this dose as given now, at the suggested injection site")
        )
        self.taken_now.clicked.connect(self.take_now)
        self.remind = QToolButton()
        self.remind.setObjectName("remindMeButton")
        self.remind.setText(self.tr("R&emind me in…"))
        self.remind.setAccessibleName(self.tr("Remind me later"))
        self.remind.setAccessibleDescription(
            self.tr("Choose when the reminder for this dose comes again")
        )
        self.remind.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.remind.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.remind.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.remind_actions: dict[SnoozeChoice, QAction] = {}  # made with the data (first paint)
        self.undo_bar = UndoBar("todayTaken", self)
        self.target = page_label("todayTakenTarget")  # which dose "Taken now" records
        self._row = QHBoxLayout()
        self._row.setContentsMargins(0, 0, 0, 0)
        self._row.addWidget(self.taken_now)
        self._row.addWidget(self.remind)
        self._row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.target)
        layout.addLayout(self._row)
        layout.addWidget(self.undo_bar)
        self.taken_now.hide()
        self.remind.hide()
        self.target.hide()

    def insert(self, button: QWidget) -> None:
        """The form's button ("Taken at another time…") between "Taken now" and the reminder."""
        self._row.insertWidget(1, button)
        self._other = button

    def focus_chain(self) -> list[QWidget]:
        other = [self._other] if hasattr(self, "_other") else []
        return [self.taken_now, *other, self.remind, self.undo_bar.button]

    def show_for(self, services: AppServices, candidates: list[PlannedDose]) -> None:
        """Offer "Taken now" for the first of ``candidates`` (the open dose still to give, then
        the next dose) the service would take now; none fits: hidden."""
        from belimumab_companion.ui.text.dose_text import when_text

        self._services = services
        self._make_remind_menu()
        self.dose = next((d for d in candidates if self._fits_now(services, d)), None)
        self.taken_now.setVisible(self.dose is not None)
        self.remind.setVisible(self.dose is not None and self._reminder() is not None)
        if self.dose is not None:
            self.target.setText(
                fill(
                    self.tr("Taken now records dose #%1, planned %2."),
                    (str(self.dose.sequence), when_text(self.dose.due)),
                )
            )
        self.target.setVisible(self.dose is not None)

    def _make_remind_menu(self) -> None:
        """The choices of the "dose due" window (the domain's words wait for first paint)."""

        if self.remind_actions:
            return
        menu = QMenu(self.remind)
        from belimumab_companion.ui.text.reminder_text import snooze_choices

        for choice, text in snooze_choices():
            action = menu.addAction(text)
            action.triggered.connect(lambda _checked=False, c=choice: self.remind_later(c))
            self.remind_actions[choice] = action
        self.remind.setMenu(menu)

    def suggested_sites(self, dose: PlannedDose) -> list[Site]:
        from belimumab_companion.domain.dose_log import suggest_sites
        from belimumab_companion.domain.regimens import Route

        if dose.route is not Route.SUBQ or self._services is None:
            return []  # an infusion has no injection site
        return suggest_sites(self._services.plans.site_history(), dose.injections)

    def _fits_now(self, services: AppServices, dose: PlannedDose) -> bool:
        from belimumab_companion.services.plan_service import DoseLogError, PlanInputError

        now = services.clock()
        if dose.due.astimezone(dose.due.tzinfo).date() > now.astimezone(dose.due.tzinfo).date():
            return False  # a dose of another day is logged with its form, never in one click
        try:
            services.plans.check_dose(
                given_at=_minute(now),
                sites=self.suggested_sites(dose),
                segment_id=dose.segment_id,
                sequence=dose.sequence,
            )
        except (DoseLogError, PlanInputError):
            return False
        return True

    def take_now(self) -> LoggedDose | None:
        from belimumab_companion.services.plan_service import DoseLogError, PlanInputError
        from belimumab_companion.ui.text.messages import error_sentence, log_problem_text

        services, dose = self._services, self.dose
        if services is None or dose is None:
            return None
        plans, sites, now = services.plans, self.suggested_sites(dose), _minute(services.clock())
        try:
            logged = operations().run(
                lambda: plans.log_dose(
                    given_at=now, sites=sites, segment_id=dose.segment_id, sequence=dose.sequence
                ),
                Change.DOSES,
                expect=(DoseLogError, PlanInputError),
            )
        except DoseLogError as exc:
            self.undo_bar.say(log_problem_text(exc.problem))
            return None
        except PlanInputError as exc:
            self.undo_bar.say(error_sentence(exc))
            return None
        if isinstance(logged, Failed):
            return None
        record = plans.dose_record(dose.segment_id, dose.sequence)
        if record is not None:
            latest = [record.id]  # the logged row the next undo takes out (a redo logs anew)

            def undo() -> str | None:
                try:
                    plans.delete_dose(latest[0])
                except PlanInputError as exc:
                    return error_sentence(exc)
                return None

            def redo() -> str | None:
                try:
                    plans.log_dose(
                        given_at=now,
                        sites=sites,
                        segment_id=dose.segment_id,
                        sequence=dose.sequence,
                    )
                except DoseLogError as exc:
                    return log_problem_text(exc.problem)
                except PlanInputError as exc:
                    return error_sentence(exc)
                again = plans.dose_record(dose.segment_id, dose.sequence)
                if again is not None:
                    latest[0] = again.id
                return None

            self.undo_bar.offer(
                filed_text(logged.occurrence, services), undo, Change.DOSES, redo=redo
            )
        self.logged.emit(logged)
        return logged

    def _reminder(self) -> Reminder | None:
        """The dose's reminder to bring back: the latest that came, else the next to come."""
        from belimumab_companion.domain.reminders import ReminderKind
        from belimumab_companion.system.local_zone import local_zone_name

        services, dose = self._services, self.dose
        if services is None or dose is None:
            return None
        now = services.clock()
        own = [
            r
            for r in services.reminders.reminders(now, local_zone_name())
            if r.kind is ReminderKind.DOSE
            and (r.segment_id, r.sequence) == (dose.segment_id, dose.sequence)
        ]
        came = [r for r in own if r.fire_at <= now]
        if came:
            return came[-1]
        return own[0] if own else None

    def remind_later(self, choice: SnoozeChoice) -> None:
        from zoneinfo import ZoneInfo

        from belimumab_companion.system.local_zone import local_zone_name
        from belimumab_companion.ui.text.dose_text import short_when_text

        reminder, services = self._reminder(), self._services
        if reminder is None or services is None:
            return
        zone = local_zone_name()
        reminders = services.reminders
        until = operations().run(lambda: reminders.snooze(reminder, choice, zone), Change.REMINDERS)
        if isinstance(until, Failed):
            return
        local = until.astimezone(ZoneInfo(zone))
        when = (
            time_text(local)
            if local.date() == services.clock().astimezone(ZoneInfo(zone)).date()
            else short_when_text(local)
        )
        self.undo_bar.say(fill(self.tr("You will be reminded again at %1."), (when,)))


class SetupNotice(QFrame):
    """A welcome while nothing is set up, and "Finish setting up" until the guide is done."""

    open_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("todaySetup")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = page_label("todaySetupTitle", bold=True, scale=1.3)
        self.body = page_label("todaySetupBody")
        self.button = QPushButton(self.tr("Fi&nish setting up…"))
        self.button.setObjectName("finishSetupButton")
        self.button.setAccessibleName(self.tr("Finish setting up"))
        self.button.setAccessibleDescription(self.tr("Opens the set-up guide where you left it"))
        self.button.clicked.connect(self.open_requested)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.body)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)
        self.hide()

    def load(self, services: AppServices) -> None:
        from belimumab_companion.ui.dialogs.first_start_steps import guide_unfinished

        if services.read_only or not guide_unfinished(services):
            self.hide()
            return
        if not services.plans.segments():
            self.title.setText(self.tr("Welcome to Belimumab Companion"))
            self.body.setText(
                self.tr(
                    "Nothing is set up yet. A short guide asks who the app is for, your "
                    "treatment plan, your country's emergency numbers and your reminders. Your "
                    "next dose and what to prepare are then shown here."
                )
            )
        else:
            self.title.setText(self.tr("Setting up is not finished"))
            self.body.setText(
                self.tr(
                    "A few questions of the set-up guide are still open. It goes on where you left it."
                )
            )
        self.setAccessibleName(self.title.text())
        self.setAccessibleDescription(self.body.text())
        self.show()


def heading_text(services: AppServices) -> str:
    """Today's heading; for a child's treatment, with the child's name if one was given."""
    from belimumab_companion.services.settings_model import GuideFor

    who, name = services.settings.guide_for()
    if who is GuideFor.CHILD and name.strip():
        return fill(QCoreApplication.translate("TodayPage", "Today: %1's treatment"), (name,))
    return QCoreApplication.translate("TodayPage", "Today")


def _minute(now: datetime) -> datetime:
    return now.replace(second=0, microsecond=0)


def filed_text(dose: PlannedDose, services: AppServices | None) -> str:
    """What was filed, in words: "Saved: dose #9, planned Mon 19 Oct …, given Tue 20 Oct
    18:10, right thigh" (R-47: the dose the user saw is the dose that is filed)."""
    from belimumab_companion.ui.text.dose_text import short_when_text
    from belimumab_companion.ui.widgets.body_map import site_label

    record = (
        None if services is None else services.plans.dose_record(dose.segment_id, dose.sequence)
    )
    if record is None:
        return ""
    given = short_when_text(record.given_at.astimezone(dose.due.tzinfo))
    sites = ", ".join(site_label(site) for site in record.sites)
    text = fill(
        QCoreApplication.translate("TodayPage", "Saved: dose #%1, planned %2, given %3"),
        (str(dose.sequence), short_when_text(dose.due), given),
    )
    text = f"{text}, {sites}." if sites else f"{text}."
    return " ".join([text, *pens_text(dose, services)])


def pens_text(dose: PlannedDose, services: AppServices | None) -> list[str]:
    """Which pen the dose took from the supplies (issue 22), in the user's language."""
    from belimumab_companion.text.supplies import dose_pens_text
    from belimumab_companion.ui.text.i18n import user_text

    if services is None:
        return []
    pens = services.supplies.pens_of_dose(dose.segment_id, dose.sequence)
    return [user_text(said) for said in dose_pens_text(pens)]
