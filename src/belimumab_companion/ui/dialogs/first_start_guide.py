"""The first-start guide (issue 20, item 1): who the app is for, the treatment plan, the country
for the emergency and crisis numbers, reminders and start at login, and the contraception
question, one step at a time.

Each step is saved when it is completed (the plan with its step), and the steps done are kept
in the settings, so the guide can be left at any time and resumed from Today ("Finish setting
up"). It opens by itself only at the very first start (no plan and never started); the
composition root asks for that (:func:`open_at_first_start`), tests that build a window do not.
"""

from __future__ import annotations

from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from belimumab_companion.domain.free_text import one_line
from belimumab_companion.services.settings_model import GuideFor
from belimumab_companion.ui.dialogs.common import text_width
from belimumab_companion.ui.dialogs.first_start_steps import STEPS, first_start
from belimumab_companion.ui.dialogs.guide_plan_form import GuidePlanForm
from belimumab_companion.ui.shell.operations import Change, Failed, operations
from belimumab_companion.ui.text.i18n import error_text
from belimumab_companion.ui.widgets.length_limit import limited
from belimumab_companion.user_text import fill

if TYPE_CHECKING:
    from belimumab_companion.services.app_services import AppServices
    from belimumab_companion.system.autostart import Autostart


def open_at_first_start(
    window: QWidget, services: AppServices | None, autostart: Autostart | None = None
) -> FirstStartGuide | None:
    """The very first start (no plan, the guide never started, the data writable): open it."""
    if services is None or not first_start(services):
        return None
    guide = FirstStartGuide(services, window, autostart=autostart)
    guide.open()
    return guide


def _plain(name: str, text: str = "") -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


def _header(page: QWizardPage, title: str, subtitle: str = "") -> QVBoxLayout:
    """The page's layout, opened by its title and what the step is for. Plain labels of the
    page (not the wizard's header, which does not grow with a larger font)."""
    from belimumab_companion.ui.dialogs.common import page_label

    layout = QVBoxLayout(page)
    heading = page_label(f"{page.objectName()}Title", bold=True, scale=1.3)
    heading.setText(title)
    layout.addWidget(heading)
    if subtitle:
        layout.addWidget(_plain(f"{page.objectName()}Intro", subtitle))
    page.setAccessibleName(title)
    return layout


def _mark(services: AppServices, step: str) -> bool:
    settings = services.settings
    return not isinstance(
        operations().run(lambda: settings.mark_guide_step(step), Change.SETTINGS), Failed
    )


class GuideWhoPage(QWizardPage):
    """Who the app is for: the person treated, or a child (the name is optional)."""

    def __init__(self, services: AppServices) -> None:
        super().__init__()
        self.setObjectName("guideWhoPage")
        self._services = services
        title = self.tr("Welcome")
        intro = self.tr(
            "A few questions set up your doses and reminders. You can leave at any time: "
            "Today offers to finish setting up later."
        )
        question = _plain("guideWhoQuestion", self.tr("Who is this app for?"))
        self.me = QRadioButton(self.tr("&Me: I am the one on belimumab"))
        self.me.setObjectName("guideForMe")
        self.me.setAccessibleName(self.tr("For me"))
        self.me.setAccessibleDescription(self.tr("You use the app for your own treatment."))
        self.child = QRadioButton(self.tr("My &child: I look after their treatment"))
        self.child.setObjectName("guideForChild")
        self.child.setAccessibleName(self.tr("For my child"))
        self.child.setAccessibleDescription(
            self.tr("You use the app for your child's treatment; the plan follows their age.")
        )
        self.group = QButtonGroup(self)
        self.group.addButton(self.me)
        self.group.addButton(self.child)
        who, child_name = services.settings.guide_for()
        (self.child if who is GuideFor.CHILD else self.me).setChecked(True)
        self.child_name = QLineEdit(child_name)
        self.child_name.setObjectName("guideChildName")
        self.child_name.setAccessibleName(self.tr("Your child's name (optional)"))
        self.child_name.setAccessibleDescription(
            self.tr("Shown on Today, so everyone at home knows whose doses these are.")
        )
        self.name_label = QLabel(self.tr("Your child's name (o&ptional):"))
        self.name_label.setBuddy(self.child_name)
        form = QFormLayout()
        form.addRow(self.name_label, limited(self.child_name, 60))
        layout = _header(self, title, intro)
        layout.addWidget(question)
        layout.addWidget(self.me)
        layout.addWidget(self.child)
        layout.addLayout(form)
        layout.addStretch(1)
        self.child.toggled.connect(self._show_name)
        self._show_name()

    def _show_name(self) -> None:
        for widget in (self.child_name, self.name_label):
            widget.setVisible(self.child.isChecked())

    def for_child(self) -> bool:
        return self.child.isChecked()

    def validatePage(self) -> bool:
        settings = self._services.settings
        who = GuideFor.CHILD if self.for_child() else GuideFor.SELF
        # issue 20: on one line, control characters as spaces (it is shown on Today)
        name = one_line(self.child_name.text()) if self.for_child() else ""

        def store() -> None:
            settings.set_guide_for(who, name)
            if name and not settings.patient_name():  # the report's name, unless one is set
                settings.set_patient_name(name)
            settings.mark_guide_step("who")

        return not isinstance(operations().run(store, Change.SETTINGS), Failed)


class GuidePlanPage(QWizardPage):
    """The plan: the set-up dialog's own fields and six-dose preview, the birth date empty."""

    def __init__(self, services: AppServices) -> None:
        super().__init__()
        self.setObjectName("guidePlanPage")
        self._services = services
        title = self.tr("Your treatment plan")
        intro = self.tr(
            "Enter what the care team told you. The plan is saved when you go on to the next step."
        )
        self.form = GuidePlanForm(services.plans, self)
        self.saved = _plain(
            "guidePlanSaved",
            self.tr("A treatment plan is saved. You can change it on the Schedule page."),
        )
        layout = _header(self, title, intro)
        layout.addWidget(self.saved)
        layout.addWidget(self.form)

    def initializePage(self) -> None:
        has_plan = bool(self._services.plans.segments())
        self.saved.setVisible(has_plan)
        self.form.setVisible(not has_plan)

    def validatePage(self) -> bool:
        if not self._services.plans.segments() and not self.form.save_plan():
            return False  # the preview says why; what was entered stays
        return _mark(self._services, "plan")


class GuideNumbersPage(QWizardPage):
    """The country for the emergency and crisis numbers (Settings' own box, R-29, R-31)."""

    def __init__(self, services: AppServices) -> None:
        from belimumab_companion.ui.widgets.help_numbers_settings import HelpNumbersBox

        super().__init__()
        self.setObjectName("guideNumbersPage")
        self._services = services
        title = self.tr("Emergency and crisis numbers")
        intro = self.tr(
            "Please check your country: the emergency and crisis screens show its numbers. "
            "You can change them later in Settings."
        )
        self.box = HelpNumbersBox(services.settings, self)
        self.box.setTitle("")  # the page's own title says it
        layout = _header(self, title, intro)
        # In a scroll area: with a country whose numbers need confirming the box grows (a note,
        # a tick), and at twice the font a field must scroll into view rather than be squeezed.
        scroll = QScrollArea()
        scroll.setObjectName("guideNumbersScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(self.box)
        layout.addWidget(scroll, 1)

    def validatePage(self) -> bool:
        if not self.box.refuse_numbers():  # issue 20: a number that is not one stays, and why
            return False
        self.box.save()  # confirms the country shown (and the numbers' tick, if any)
        if not self._services.settings.country_confirmed():
            return False  # not saved; the gateway said why
        return _mark(self._services, "numbers")


class GuideRemindersPage(QWizardPage):
    """Reminders only come while the app runs, so it starts at login (on by default)."""

    def __init__(self, services: AppServices, autostart: Autostart | None) -> None:
        super().__init__()
        self.setObjectName("guideRemindersPage")
        self._services = services
        self._autostart = autostart
        title, intro = self.tr("Reminders"), ""
        explanation = _plain(
            "guideRemindersText",
            self.tr(
                "The app reminds you the evening before a dose and on the day, and says when to "
                "take the pen out of the fridge. Reminders come only while the app is running, "
                "so it starts when you log in to this computer, quietly, in the tray. Without "
                "this, reminders stop after a restart until you open the app."
            ),
        )
        self.start_at_login = QCheckBox(self.tr("&Start at login, so reminders can come"))
        self.start_at_login.setObjectName("guideStartAtLogin")
        self.start_at_login.setAccessibleName(self.tr("Start at login"))
        self.start_at_login.setAccessibleDescription(
            self.tr("Starts the app in the tray when you log in, so reminders keep coming.")
        )
        self.start_at_login.setChecked(True)
        self.start_at_login.setEnabled(autostart is not None)
        self.message = _plain("guideRemindersMessage")
        self.message.setText(
            ""
            if autostart is not None
            else self.tr("Start at login cannot be set on this computer.")
        )
        more = _plain(
            "guideRemindersMore",
            self.tr("The times of the reminders can be changed in Settings."),
        )
        layout = _header(self, title, intro)
        layout.addWidget(explanation)
        layout.addWidget(self.start_at_login)
        layout.addWidget(self.message)
        layout.addWidget(more)
        layout.addStretch(1)

    def validatePage(self) -> bool:
        from belimumab_companion.system.autostart import AutostartError

        autostart = self._autostart
        if autostart is not None:
            on = self.start_at_login.isChecked()
            try:
                if on and not autostart.is_enabled():
                    autostart.enable()
                elif not on and autostart.is_enabled():
                    autostart.disable()
            except (AutostartError, OSError) as exc:
                self.message.setText(
                    fill(
                        self.tr(
                            "Could not set start at login: %1. Untick it to go on; you can "
                            "try again in Settings."
                        ),
                        (error_text(exc),),
                    )
                )
                self.start_at_login.setChecked(False)
                return False
        return _mark(self._services, "reminders")


class GuideContraceptionPage(QWizardPage):
    """R-36: asked once, respectfully, and skippable (the set-up's contraception question)."""

    def __init__(self, services: AppServices) -> None:
        super().__init__()
        self.setObjectName("guideContraceptionPage")
        self._services = services
        title, intro = self.tr("Contraception reminders"), ""
        text = _plain(
            "guideContraceptionText",
            self.tr(
                "Benlysta's label asks anyone who could become pregnant to use effective "
                "contraception during treatment and for at least 4 months after the last dose.\n\n"
                "Would you like reminders for your contraception, tied to your treatment? They "
                "keep going after treatment stops, until those 4 months are over.\n\n"
                "You can change this at any time in Settings."
            ),
        )
        self.yes = QRadioButton(self.tr("&Yes, set them up"))
        self.yes.setObjectName("guideContraceptionYes")
        self.no = QRadioButton(self.tr("N&o, this does not apply"))
        self.no.setObjectName("guideContraceptionNo")
        self.skip = QRadioButton(self.tr("&Decide later (in Settings)"))
        self.skip.setObjectName("guideContraceptionSkip")
        group = QButtonGroup(self)
        layout = _header(self, title, intro)
        layout.addWidget(text)
        self.yes.setAccessibleDescription(
            self.tr("Turn contraception reminders on and choose your method when you finish.")
        )
        self.no.setAccessibleDescription(
            self.tr("Turn contraception reminders off; you can turn them on in Settings.")
        )
        self.skip.setAccessibleDescription(self.tr("Leave the question unanswered for now."))
        for button in (self.yes, self.no, self.skip):
            button.setAccessibleName(button.text().replace("&", ""))
            group.addButton(button)
            layout.addWidget(button)
        self.skip.setChecked(True)
        layout.addStretch(1)

    def validatePage(self) -> bool:
        contraception = self._services.contraception
        if self.yes.isChecked() or self.no.isChecked():
            on = self.yes.isChecked()
            outcome = operations().run(
                lambda: contraception.set_enabled(on), Change.CONTRACEPTION | Change.SETTINGS
            )
            if isinstance(outcome, Failed):
                return False
        return _mark(self._services, "contraception")


class FirstStartGuide(QWizard):
    def __init__(
        self,
        services: AppServices,
        parent: QWidget | None = None,
        autostart: Autostart | None = None,
        *,
        real_autostart: bool = True,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("firstStartGuide")
        self.setWindowTitle(self.tr("Set up Belimumab Companion"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self._services = services
        if autostart is None and real_autostart:
            autostart = _real_autostart()
        self.who = GuideWhoPage(services)
        self.plan = GuidePlanPage(services)
        self.numbers = GuideNumbersPage(services)
        self.reminders = GuideRemindersPage(services, autostart)
        self.contraception = GuideContraceptionPage(services)
        self.contraception_setup: QWidget | None = None
        pages = (self.who, self.plan, self.numbers, self.reminders, self.contraception)
        for step_id, page in enumerate(pages):
            self.setPage(step_id, page)
        done = services.settings.guide_steps_done() or []
        self.setStartId(next((i for i, step in enumerate(STEPS) if step not in done), 0))
        for which, text, description in (
            (
                QWizard.WizardButton.BackButton,
                self.tr("Bac&k"),
                self.tr("Goes back to the step before."),
            ),
            (
                QWizard.WizardButton.NextButton,
                self.tr("&Next"),
                self.tr("Saves this step and goes on to the next one."),
            ),
            (
                QWizard.WizardButton.FinishButton,
                self.tr("&Finish"),
                self.tr("Saves this last step and closes the guide."),
            ),
            (
                QWizard.WizardButton.CancelButton,
                self.tr("Lea&ve for now"),
                self.tr("Closes the guide; what is done is kept. Today offers to finish it."),
            ),
        ):
            self.setButtonText(which, text)
            button = self.button(which)
            button.setObjectName(f"guide{which.name}")
            button.setAccessibleName(text.replace("&", ""))
            button.setAccessibleDescription(description)
        self.accepted.connect(self._finished)
        self.resize(text_width(self, 100), self.sizeHint().height())

    def _finished(self) -> None:
        """The last step said yes to contraception reminders: set up the method now."""
        from belimumab_companion.system.local_zone import local_zone_name
        from belimumab_companion.ui.dialogs.contraception_setup_dialog import (
            ContraceptionSetupDialog,
        )

        services = self._services
        if services.contraception.enabled() is not True or not self.contraception.yes.isChecked():
            return
        zone = local_zone_name()
        today = services.clock().astimezone(ZoneInfo(zone)).date()
        dialog = ContraceptionSetupDialog(services.contraception, today, zone, self.parentWidget())
        self.contraception_setup = dialog
        dialog.open()


def _real_autostart() -> Autostart | None:
    from belimumab_companion.system.autostart import Autostart, AutostartError

    try:
        return Autostart()
    except (AutostartError, ValueError):
        return None
