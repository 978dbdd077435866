"""Today: the next dose, and anything overdue or missed, first."""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from belimumab_companion.ui.dialogs.common import page_label
from belimumab_companion.ui.pages.today_actions import (
    DoseActions,
    SetupNotice,
    filed_text,
    heading_text,
)
from belimumab_companion.ui.pages.today_contraception import TodayContraceptionMixin
from belimumab_companion.ui.shell.shortcuts import (
    LOG_DOSE_SHORTCUT,
    LOG_SYMPTOM_SHORTCUT,
    shortcut_text,
)
from belimumab_companion.ui.shell.style import TYPE
from belimumab_companion.ui.text.locale_format import integer_text
from belimumab_companion.ui.widgets.contraindication_banner import (
    ContraindicationBanner,
    contraindication_text,
)
from belimumab_companion.ui.widgets.page_layout import scrolling_page
from belimumab_companion.ui.widgets.supplies_card import SuppliesCard
from belimumab_companion.ui.widgets.today_notices import CountryNotice, RedFlagNotice
from belimumab_companion.user_text import fill

if TYPE_CHECKING:
    from belimumab_companion.domain.regimens import Regimen
    from belimumab_companion.domain.schedule import PlannedDose
    from belimumab_companion.services.app_services import AppServices
    from belimumab_companion.services.plan_service import LoggedDose, ScheduleOverview
    from belimumab_companion.ui.widgets.prepare_panel import PreparePanel


class TodayPage(TodayContraceptionMixin, QWidget):
    supplies_requested = Signal()  # the window shows Settings → Supplies

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("todayPage")
        self._services: AppServices | None = None
        self._next: PlannedDose | None = None
        self._regimens: dict[int, Regimen] = {}
        # R-35: a past anaphylaxis to belimumab recorded in Settings -> "Do not take Benlysta;
        # contact your care team", above everything else on the page (never a blocking dialog).
        self.contraindication = ContraindicationBanner("todayContraindication")
        # Issue 17: for 24 hours after an emergency or crisis report, what was reported and the
        # number to call (above everything); and, until confirmed, the country for the numbers.
        self.red_flag = RedFlagNotice()
        self.country_notice = CountryNotice()
        self.setup_notice = SetupNotice()  # issue 20: a welcome, and "Finish setting up"
        self.setup_notice.open_requested.connect(self.open_guide)
        self.guide: QWidget | None = None
        self.log_button = QPushButton(self.tr("&Log this dose…"))
        self.log_button.setObjectName("logDoseButton")
        self.log_button.setAccessibleName(self.tr("Log the next dose"))
        self.log_button.setAccessibleDescription(
            fill(
                self.tr(
                    "Opens a form to record when the dose was given and who gave it (shortcut: %1)"
                ),
                (shortcut_text(LOG_DOSE_SHORTCUT),),
            )
        )
        self.log_button.setToolTip(
            fill(self.tr("Log this dose (%1)"), (shortcut_text(LOG_DOSE_SHORTCUT),))
        )
        self.log_button.clicked.connect(self._open_log_for_button)
        self.heading = page_label("todayTitle", bold=True, scale=TYPE.TITLE)
        self.heading.setText(self.tr("Today"))

        self.attention = QFrame()
        self.attention.setObjectName("todayAttention")
        self.attention.setFrameShape(QFrame.Shape.StyledPanel)
        self.attention_title = page_label("todayAttentionTitle", bold=True, scale=1.2)
        self.attention_body = page_label("todayAttentionBody")
        attention_layout = QVBoxLayout(self.attention)
        attention_layout.addWidget(self.attention_title)
        attention_layout.addWidget(self.attention_body)
        self.make_up_button = QPushButton(self.tr("&Choose your next dose date…"))
        self.make_up_button.setObjectName("makeUpButton")
        self.make_up_button.setAccessibleName(
            self.tr("Choose the next dose date after a late dose")
        )
        self.make_up_button.setAccessibleDescription(
            self.tr("Opens a form to choose the date of your next dose")
        )
        self.make_up_button.clicked.connect(self.open_make_up_dialog)
        self.make_up_button.hide()
        attention_layout.addWidget(self.make_up_button, 0, Qt.AlignmentFlag.AlignLeft)
        # the one missed dose still to give has its own button, apart from the next dose.
        self.missed_dose_button = QPushButton(self.tr("Log the dose I &missed…"))
        self.missed_dose_button.setObjectName("logMissedDoseButton")
        self.missed_dose_button.setAccessibleName(self.tr("Log the missed dose"))
        self.missed_dose_button.setAccessibleDescription(
            self.tr("Opens the form for the missed dose that is still to give")
        )
        self.missed_dose_button.clicked.connect(lambda: self.open_log_dialog(self._open_dose))
        self.missed_dose_button.hide()
        attention_layout.addWidget(self.missed_dose_button, 0, Qt.AlignmentFlag.AlignLeft)
        self._open_dose: PlannedDose | None = None
        # What the last save filed, in words (R-47: the user sees which dose it went to).
        self.saved_note = page_label("todaySavedNote")
        self.saved_note.hide()
        attention_layout.addWidget(self.saved_note)
        self._pending_make_up: list[LoggedDose] = []
        self._check_ins: dict[str, str] = {}  # reminder key -> text, shown until the day ends

        self.symptoms = QFrame()
        self.symptoms.setObjectName("todaySymptoms")
        self.symptoms.setFrameShape(QFrame.Shape.StyledPanel)
        self.symptoms_title = page_label("todaySymptomsTitle", bold=True, scale=1.2)
        self.symptoms_title.setText(self.tr("How are you?"))
        self.check_in = page_label("todayCheckIn")
        self.symptom_button = QPushButton(self.tr("Log a &symptom…"))
        self.symptom_button.setObjectName("logSymptomButton")
        self.symptom_button.setAccessibleName(self.tr("Log a symptom in the diary"))
        self.symptom_button.setAccessibleDescription(
            fill(
                self.tr("Opens a new diary entry for a symptom or side effect (shortcut: %1)"),
                (shortcut_text(LOG_SYMPTOM_SHORTCUT),),
            )
        )
        self.symptom_button.setToolTip(
            fill(self.tr("Log a symptom (%1)"), (shortcut_text(LOG_SYMPTOM_SHORTCUT),))
        )
        self.symptom_button.clicked.connect(self.open_symptom_dialog)
        self.mood_button = QPushButton(self.tr("&Mood check-in…"))
        self.mood_button.setObjectName("moodButton")
        self.mood_button.setAccessibleName(self.tr("Answer the mood check-in questions"))
        self.mood_button.setAccessibleDescription(
            self.tr("Opens a few short questions about your mood")
        )
        self.mood_button.clicked.connect(self.open_mood_dialog)
        symptoms_layout = QVBoxLayout(self.symptoms)
        symptoms_layout.addWidget(self.symptoms_title)
        symptoms_layout.addWidget(self.check_in)
        symptom_buttons = QHBoxLayout()
        symptom_buttons.addWidget(self.symptom_button)
        symptom_buttons.addWidget(self.mood_button)
        symptom_buttons.addStretch(1)
        symptoms_layout.addLayout(symptom_buttons)
        self.symptoms.hide()

        self._build_contraception()

        self.card = QFrame()
        self.card.setObjectName("nextDoseCard")
        self.card.setFrameShape(QFrame.Shape.StyledPanel)
        self.next_title = page_label("nextDoseTitle", bold=True, scale=1.3)
        self.next_when = page_label("nextDoseWhen", bold=True)
        self.next_details = page_label("nextDoseDetails")
        self.next_prepare = page_label("nextDosePrepare")
        # R-35 again where the dose is offered (the log dialog itself is not changed).
        self.next_contraindication = page_label(
            "nextDoseContraindication", bold=True, text=contraindication_text()
        )
        self.next_contraindication.hide()
        card_layout = QVBoxLayout(self.card)
        for widget in (
            self.next_title,
            self.next_when,
            self.next_details,
            self.next_prepare,
            self.next_contraindication,
        ):
            card_layout.addWidget(widget)
        # Issue 20: "Taken now" in one click, the form for another time, "Remind me in…".
        self.dose_actions = DoseActions()
        self.dose_actions.insert(self.log_button)
        self.dose_actions.logged.connect(self._taken)
        card_layout.addWidget(self.dose_actions)

        self.prepare: PreparePanel | None = (
            None  # built in load(): its imports wait for first paint
        )
        self._layout_slot = QVBoxLayout()
        self.empty = page_label("todayEmpty")
        layout = scrolling_page(self, "today")
        layout.addWidget(self.contraindication)  # at the very top
        layout.addWidget(self.red_flag)  # after an emergency or crisis, before everything else
        layout.addWidget(self.heading)
        layout.addWidget(self.setup_notice)
        layout.addWidget(self.country_notice)
        layout.addWidget(self.attention)
        layout.addWidget(self.symptoms)
        layout.addWidget(self.card)
        layout.addWidget(self.contraception)
        self.supplies = SuppliesCard()  # issue 22: hidden with no plan or an infusion plan
        self.supplies.manage_requested.connect(self.supplies_requested)
        layout.addWidget(self.supplies)
        layout.addLayout(self._layout_slot)
        layout.addWidget(self.empty)
        layout.addStretch(1)
        self.attention.hide()
        self.card.hide()
        self.empty.setText(self.tr("Opening your data…"))

    def open_guide(self):  # type: ignore[no-untyped-def]
        from belimumab_companion.ui.dialogs.first_start_guide import FirstStartGuide

        if self._services is None:
            return None
        self.guide = FirstStartGuide(self._services, self.window())
        self.guide.open()
        return self.guide

    def _open_log_for_button(self) -> None:
        """The dose "Taken now" would record when it is offered (the late one), else the next."""
        self.open_log_dialog(self.dose_actions.dose)

    def _taken(self, logged: LoggedDose) -> None:
        if logged.make_up.value != "none":
            self.open_make_up_dialog(logged)  # what comes next

    def open_log_dialog(self, dose: PlannedDose | None = None):  # type: ignore[no-untyped-def]
        from belimumab_companion.ui.dialogs.log_dose_dialog import LogDoseDialog

        dose = dose or self._next
        if self._services is None or dose is None:
            return None
        dialog = LogDoseDialog(
            self._services.plans,
            dose,
            self._services.clock(),
            self,
            regimen=self._regimens.get(dose.segment_id),
            supplies=self._services.supplies,
        )

        def logged() -> None:
            if dialog.logged is not None:
                self.saved_note.setText(filed_text(dialog.logged.occurrence, self._services))
            if dialog.logged is not None and dialog.logged.make_up.value != "none":
                self.open_make_up_dialog(dialog.logged)  # what comes next

        dialog.accepted.connect(logged)
        dialog.open()
        return dialog

    def open_make_up_dialog(self, logged: LoggedDose | None = None):  # type: ignore[no-untyped-def]
        from belimumab_companion.ui.dialogs.make_up_dialog import MakeUpDialog

        logged = logged or (self._pending_make_up[0] if self._pending_make_up else None)
        if self._services is None or logged is None:
            return None
        dialog = MakeUpDialog(self._services.plans, logged, self)
        dialog.open()
        return dialog

    def open_symptom_dialog(self):  # type: ignore[no-untyped-def]
        from belimumab_companion.system.local_zone import local_zone_name
        from belimumab_companion.ui.dialogs.diary_entry_dialog import DiaryEntryDialog

        if self._services is None:
            return None
        dialog = DiaryEntryDialog(self._services, local_zone_name(), self)
        dialog.open()
        return dialog

    def open_mood_dialog(self):  # type: ignore[no-untyped-def]
        from belimumab_companion.ui.dialogs.mood_dialog import MoodDialog

        if self._services is None:
            return None
        dialog = MoodDialog(self._services, self)
        dialog.open()
        return dialog

    def _show_check_in(self, services: AppServices, overview: ScheduleOverview) -> None:
        """R-33 / R-29: on the dose day and the 7 days after, ask and name the emergency signs."""
        from belimumab_companion.domain.dose_state import GIVEN_STATES

        now = services.clock()
        last = next((d for d in overview.history if d.status in GIVEN_STATES), None)
        lines = []
        if last is not None and last.administration is not None:
            zone = last.due.tzinfo
            day = (
                now.astimezone(zone).date() - last.administration.given_at.astimezone(zone).date()
            ).days
            if 0 <= day <= 7:
                lines.append(
                    self.tr(
                        "Day %1 after your dose. Note anything new. Trouble breathing, swelling of "
                        "the face, lips, mouth, tongue or throat, or fainting: call your emergency "
                        "number now."
                    ).replace("%1", integer_text(day))
                )
        if services.mood.due():
            lines.append(self.tr("Your mood check-in is due."))
        self.check_in.setText("\n".join(lines))
        self.check_in.setVisible(bool(lines))
        self.symptoms.show()

    def note_check_in(self, key: str, text: str) -> None:
        """A symptom check-in fired (R-33): shown on Today until the page reloads another day."""
        self._check_ins[key] = text
        if self._services is not None:
            self.load(self._services)

    def _set_tab_order(self) -> None:
        """Tab follows the page as it reads (some parts are built after the rest, in load())."""
        chain: list[QWidget] = [
            self.red_flag.dismiss_button,
            self.setup_notice.button,
            self.country_notice.country,
            self.country_notice.confirm_button,
            self.missed_dose_button,
            self.make_up_button,
            self.symptom_button,
            self.mood_button,
            *self.dose_actions.focus_chain(),
        ]
        if self.contraception_items is not None:
            items = self.contraception_items
            chain += [items.table, items.done_button, items.missed_button]
        chain += [self.contraception_setup_button, self.pregnancy_button]
        if self.prepare is not None:
            chain += self.prepare.focus_chain()
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def load(self, services: AppServices) -> None:
        with services.reading():  # one snapshot: the plan and dose log are read once, not ten times
            self._load(services)

    def _load(self, services: AppServices) -> None:
        from belimumab_companion.ui.text.dose_text import (
            amount_text,
            appointment_text,
            countdown_text,
            missed_advice_text,
            phase_text,
            preparation_text,
            route_text,
            status_text,
            when_text,
        )
        from belimumab_companion.ui.widgets.prepare_panel import PreparePanel

        if self.prepare is None:
            self.prepare = PreparePanel()
            self._layout_slot.addWidget(self.prepare)
        self._services = services
        self.red_flag.load(services)
        self.country_notice.load(services)
        self.setup_notice.load(services)
        self.heading.setText(heading_text(services))  # issue 20: a child's name, if given
        contraindicated = services.settings.belimumab_anaphylaxis()
        self.contraindication.show_for(contraindicated)
        self.next_contraindication.hide()
        now = services.clock()
        overview = services.plans.overview(now, upcoming_count=1)
        self._show_check_in(services, overview)
        self._show_contraception(services)
        self.supplies.load(services)
        if not overview.segments:  # issue 20: nothing clinical before a plan, the diary only
            self.check_in.clear()  # no mood check-in due, no missed-dose text
            self.check_in.hide()
            self.contraception.hide()  # no contraception window
            self.empty.setText(
                self.tr(
                    "No treatment plan yet. Set it up on the Schedule page (Ctrl+2): your next dose, "
                    "anything overdue, and what to prepare will then be shown here."
                )
            )
            self.empty.show()
            self.card.hide()
            self.attention.hide()
            self.prepare.hide()
            self._set_tab_order()
            return
        self.empty.hide()
        self._regimens = {s.id: s.regimen for s in overview.segments}
        lines = []
        self._pending_make_up = services.plans.pending_make_up(now)
        self.make_up_button.setVisible(bool(self._pending_make_up))
        if self._pending_make_up:
            lines.append("• " + self.tr("You gave a dose late: choose the date of your next dose."))
        today_keys = {k: v for k, v in self._check_ins.items() if k.endswith(f"@{now.date()}")}
        self._check_ins = today_keys
        lines += [f"• {text}" for text in today_keys.values()]
        if overview.weight_band_changed:
            from belimumab_companion.ui.text.messages import weight_band_changed_text

            lines.append("• " + weight_band_changed_text())
        if overview.needs_attention or lines:
            for dose, advice in overview.needs_attention:
                line = fill(
                    self.tr("%1: %2, %3. %4"),
                    (
                        when_text(dose.due),
                        amount_text(dose),
                        status_text(dose),
                        missed_advice_text(advice.value),
                    ),
                )
                lines.append(f"• {line}")
            self.attention_title.setText(self.tr("Needs your attention"))
            self.attention_body.setText("\n".join(lines))
            self.attention.show()
        else:
            self.attention.hide()
        from belimumab_companion.domain.dose_state import DoseStatus
        from belimumab_companion.domain.regimens import Route

        self._open_dose = next(
            (
                d
                for d, _advice in overview.needs_attention
                if d.suggested and d.status is DoseStatus.OPEN and d.route is Route.SUBQ
            ),
            None,
        )
        self.missed_dose_button.setVisible(self._open_dose is not None)
        self.saved_note.setVisible(bool(self.saved_note.text()))
        if self.saved_note.text() and not self.attention.isVisible():
            self.attention_title.setText(self.tr("Saved"))
            self.attention_body.setText("")
            self.attention.show()
        self._next = overview.upcoming[0] if overview.upcoming else None
        self.dose_actions.show_for(services, [d for d in (self._open_dose, self._next) if d])
        self.log_button.setText(
            self.tr("Taken at another &time…")
            if self.dose_actions.dose
            else self.tr("&Log this dose…")
        )
        self.log_button.setVisible(self._next is not None or self.dose_actions.dose is not None)
        weight = overview.segments[-1].weight_kg
        self.prepare.load(services, self._next, weight)
        self.prepare.setVisible(self._next is not None)
        self._set_tab_order()
        if overview.upcoming:
            dose = overview.upcoming[0]
            self.next_title.setText(self.tr("Next dose"))
            if dose.firm:
                self.next_when.setText(
                    fill(self.tr("%1 (%2)"), (when_text(dose.due), countdown_text(dose.due, now)))
                )
            else:  # never shown as a firm date
                self.next_when.setText(
                    fill(
                        self.tr("Date to be given by your care team (the usual schedule: %1)"),
                        (when_text(dose.due),),
                    )
                )
            self.next_details.setText(
                fill(
                    self.tr("%1 · %2 · %3"), (amount_text(dose), route_text(dose), phase_text(dose))
                )
            )
            self.next_prepare.setText(
                " ".join(
                    t
                    for t in (
                        missed_advice_text(dose.advice.value) if not dose.firm else "",
                        appointment_text(dose),
                        preparation_text(dose),
                    )
                    if t
                )
            )
            self.next_contraindication.setVisible(contraindicated)
            self.card.show()
        else:
            self.next_title.setText(self.tr("No dose planned"))
            self.next_when.setText(
                self.tr("Treatment has stopped. Your history is kept on the Schedule page.")
            )
            self.next_details.setText("")
            self.next_prepare.setText("")
            self.card.show()
