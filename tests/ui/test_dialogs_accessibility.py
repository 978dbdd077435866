"""Every dialog of the plan, reminder and contraception flows can be used without a mouse and
without sight: each control has a name a screen reader says, and Tab reaches every control.

The name is the one assistive technology gets (``QAccessible``): an explicit accessible name,
a button's own text, or the text of the form label whose buddy it is.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCalendarWidget,
    QComboBox,
    QDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSlider,
    QTabBar,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from belimumab_companion.domain.regimens import Indication, Route
from belimumab_companion.domain.reminders import AT_THE_TIME, Reminder, ReminderKind
from belimumab_companion.services.app_services import AppServices
from belimumab_companion.services.plan_service import PlanInputs
from belimumab_companion.ui.widgets.body_map import BodyMap
from testsupport import FIXED_NOW

MADRID = ZoneInfo("Europe/Madrid")
ZONE = "Europe/Madrid"
TODAY = date(2026, 11, 23)

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QTextEdit,
    QPlainTextEdit,
    QComboBox,
    QAbstractSpinBox,
    QSlider,
    QAbstractItemView,
    QCalendarWidget,
    QTabBar,
    BodyMap,
)
# Controls whose parts are widgets too (a spin box's line edit, a table's header): the whole is
# the control, its parts are not counted on their own.
COMPOUND = (QAbstractSpinBox, QComboBox, QAbstractItemView, QCalendarWidget)


def _plan(services: AppServices, route: Route) -> None:
    services.plans.set_plan(
        PlanInputs(
            indication=Indication.SLE,
            route=route,
            birth_date=date(1984, 3, 2),
            first_dose=date(2026, 11, 16) if route is Route.SUBQ else date(2026, 10, 26),
            time_of_day=time(10, 0),
            zone=ZONE,
            weight_kg=62.5,
        )
    )


# --- the dialogs, each built as its page builds it -------------------------------------------


def _log_dose(services: AppServices) -> QWidget:
    from belimumab_companion.ui.dialogs.log_dose_dialog import LogDoseDialog

    _plan(services, Route.SUBQ)
    dose = services.plans.upcoming(FIXED_NOW, 1)[0]
    regimen = services.plans.segments()[-1].regimen
    return LogDoseDialog(services.plans, dose, FIXED_NOW, regimen=regimen)


def _log_infusion(services: AppServices) -> QWidget:
    from belimumab_companion.ui.dialogs.log_dose_dialog import LogDoseDialog

    _plan(services, Route.IV)
    dose = services.plans.upcoming(FIXED_NOW, 1)[0]
    return LogDoseDialog(services.plans, dose, FIXED_NOW)


def _make_up(services: AppServices) -> QWidget:
    from belimumab_companion.domain.dose_log import Site
    from belimumab_companion.ui.dialogs.make_up_dialog import MakeUpDialog

    _plan(services, Route.SUBQ)
    logged = services.plans.log_dose(
        sequence=1, given_at=datetime(2026, 11, 18, 19, 0, tzinfo=MADRID), sites=[Site.THIGH_LEFT]
    )
    return MakeUpDialog(services.plans, logged)


def _dose_versions(services: AppServices) -> QWidget:
    from belimumab_companion.domain.dose_log import Site
    from belimumab_companion.ui.dialogs.dose_versions_dialog import DoseVersionsDialog

    _plan(services, Route.SUBQ)
    logged = services.plans.log_dose(
        sequence=1, given_at=datetime(2026, 11, 16, 10, 0, tzinfo=MADRID), sites=[Site.THIGH_LEFT]
    )
    occurrence = logged.occurrence
    return DoseVersionsDialog(
        services.plans.dose_versions(occurrence.segment_id, occurrence.sequence)
    )


def _plan_setup(services: AppServices) -> QWidget:
    from belimumab_companion.ui.dialogs.plan_setup_dialog import PlanSetupDialog

    return PlanSetupDialog(services.plans)


def _switch(services: AppServices) -> QWidget:
    from belimumab_companion.ui.dialogs.plan_change_dialogs import SwitchDialog

    _plan(services, Route.IV)
    return SwitchDialog(services.plans)


def _stop(services: AppServices) -> QWidget:
    from belimumab_companion.ui.dialogs.plan_change_dialogs import StopDialog

    _plan(services, Route.SUBQ)
    return StopDialog(services.plans)


def _appointment(services: AppServices) -> QWidget:
    from belimumab_companion.ui.dialogs.appointment_dialog import AppointmentDialog

    _plan(services, Route.IV)
    return AppointmentDialog(services.plans, services.plans.upcoming(FIXED_NOW, 1)[0])


def _weight(services: AppServices) -> QWidget:
    from belimumab_companion.ui.dialogs.weight_dialog import WeightDialog

    _plan(services, Route.IV)
    return WeightDialog(services.plans, TODAY)


def _pregnancy(services: AppServices) -> QWidget:
    from belimumab_companion.ui.dialogs.pregnancy_dialog import PregnancyDialog

    return PregnancyDialog(services.contraception, TODAY, ZONE)


def _vaccinations(services: AppServices) -> QWidget:
    from belimumab_companion.ui.dialogs.vaccinations_dialog import VaccinationsDialog

    services.vaccinations.add("Influenza", date(2026, 12, 1), "planned", None)
    return VaccinationsDialog(services.vaccinations)


def _contraception_setup(services: AppServices) -> QWidget:
    from belimumab_companion.ui.dialogs.contraception_setup_dialog import ContraceptionSetupDialog

    return ContraceptionSetupDialog(services.contraception, TODAY, ZONE)


def _contraception_question(services: AppServices) -> QWidget:
    from belimumab_companion.ui.dialogs.contraception_question import ContraceptionQuestionDialog

    return ContraceptionQuestionDialog(services.contraception, TODAY, ZONE)


def _dose_due(services: AppServices) -> QWidget:
    from belimumab_companion.ui.dialogs.dose_due_window import DoseDueWindow

    _plan(services, Route.SUBQ)
    dose = services.plans.upcoming(FIXED_NOW, 1)[0]
    window = DoseDueWindow(services, ZONE)
    window.add(
        [
            Reminder(
                fire_at=dose.due,
                key="dose-now",
                kind=ReminderKind.DOSE,
                eligible_after_mark_at=dose.due,
                segment_id=dose.segment_id,
                sequence=dose.sequence,
                due=dose.due,
                route=Route.SUBQ,
                detail=AT_THE_TIME.slot,
            )
        ]
    )
    return window


def _in_a_dialog(box: QWidget) -> QDialog:
    dialog = QDialog()
    dialog.setObjectName("settingsBoxHost")
    QVBoxLayout(dialog).addWidget(box)
    return dialog


def _reminder_settings(services: AppServices) -> QWidget:
    from belimumab_companion.ui.widgets.reminder_settings import ReminderSettingsBox

    return _in_a_dialog(ReminderSettingsBox(services.reminders, None))


def _help_numbers(services: AppServices) -> QWidget:
    from belimumab_companion.ui.widgets.help_numbers_settings import HelpNumbersBox

    return _in_a_dialog(HelpNumbersBox(services.settings))


def _guide_at(step: int) -> Callable[[AppServices], QWidget]:
    """The first-start guide (issue 20) shown at one of its steps."""

    def build(services: AppServices) -> QWidget:
        from belimumab_companion.ui.dialogs.first_start_guide import FirstStartGuide

        guide = FirstStartGuide(services, real_autostart=False)
        guide.setStartId(step)
        guide.restart()
        return guide

    return build


DIALOGS: dict[str, Callable[[AppServices], QWidget]] = {
    "log dose": _log_dose,
    "log infusion": _log_infusion,
    "make-up": _make_up,
    "dose versions": _dose_versions,
    "plan setup": _plan_setup,
    "switch": _switch,
    "stop": _stop,
    "appointment": _appointment,
    "weight": _weight,
    "pregnancy": _pregnancy,
    "vaccinations": _vaccinations,
    "contraception setup": _contraception_setup,
    "contraception question": _contraception_question,
    "dose due": _dose_due,
    "reminder settings": _reminder_settings,
    "help numbers": _help_numbers,
    **{f"first-start guide, step {step + 1}": _guide_at(step) for step in range(5)},
}


@pytest.fixture(params=list(DIALOGS))
def dialog(
    request: pytest.FixtureRequest, qtbot: QtBot, services: AppServices
) -> Iterator[QWidget]:
    built = DIALOGS[request.param](services)
    qtbot.addWidget(built)
    yield built
    built.close()


# --- what is checked ---------------------------------------------------------------------------


def _control(widget: QWidget, top: QWidget) -> QWidget | None:
    """The control ``widget`` is (or is part of), or None when it is not one."""
    found: QWidget | None = None
    current: QWidget | None = widget
    while current is not None and current is not top:
        if isinstance(current, COMPOUND) or (
            isinstance(current, INTERACTIVE) and not isinstance(current, QHeaderView)
        ):
            found = current  # the outermost wins: a spin box, not its line edit
        current = current.parentWidget()
    return found


def _controls(top: QWidget) -> list[QWidget]:
    controls: list[QWidget] = []
    for widget in top.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or not widget.isVisibleTo(top):
            continue
        if _control(widget, top) is widget and widget not in controls:
            controls.append(widget)
    return controls


def _reachable(widget: QWidget) -> bool:
    return (
        widget.isVisible()
        and widget.isEnabled()
        and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
    )


def _name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None
    return interface.text(QAccessible.Text.Name).strip()


def _description(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None
    return interface.text(QAccessible.Text.Description).strip()


def _show(qtbot: QtBot, top: QWidget) -> None:
    top.show()
    qtbot.waitExposed(top)
    top.activateWindow()
    qtbot.waitUntil(top.isActiveWindow)


def _next_in_chain(widget: QWidget) -> QWidget:
    following = widget.nextInFocusChain()
    assert following is not None  # the chain is a ring
    return following


def _focus_widget() -> QWidget:
    focused = QApplication.focusWidget()
    assert focused is not None, "no widget has the focus"
    return focused


def _tab_cycle(qtbot: QtBot, top: QWidget) -> list[QWidget]:
    """The controls Tab visits, from the first one until focus comes back to it."""
    first = _next_in_chain(top)
    while not _reachable(first) or _control(first, top) is None:
        first = _next_in_chain(first)
        assert first is not top, "nothing to Tab to"
    first.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    start = _control(_focus_widget(), top)
    visited: list[QWidget] = [] if start is None else [start]
    for _ in range(300):  # a date edit takes one Tab per section before focus leaves it
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        assert focused is not None and focused.window() is top.window(), "Tab left the window"
        control = _control(focused, top)
        if control is start and visited[-1] is not start:
            break
        if control is not None and control not in visited:
            visited.append(control)
    return visited


def _label(widget: QWidget) -> str:
    return f"{type(widget).__name__} {widget.objectName()!r}"


def test_every_control_has_a_name_a_description_and_an_object_name(
    qtbot: QtBot, dialog: QWidget
) -> None:
    _show(qtbot, dialog)
    controls = _controls(dialog)
    assert controls
    assert [_label(w) for w in controls if not _name(w)] == [], "no accessible name"
    inputs = [w for w in controls if not isinstance(w, QAbstractButton)]
    # An input's name is set, not left to what it holds (a combo box would say its current item).
    assert [_label(w) for w in inputs if not w.accessibleName()] == [], "no explicit name"
    assert [_label(w) for w in controls if not _description(w)] == [], "no description"
    assert [_label(w) for w in controls if not w.objectName()] == [], "no object name"


def _radio_group(widget: QWidget) -> object | None:
    """The exclusive group of a radio button: Tab enters the group once, the arrow keys move
    inside it (the platform convention), so reaching one of its buttons reaches the group."""
    if not isinstance(widget, QRadioButton):
        return None
    if widget.group() is not None and widget.group().exclusive():
        return widget.group()
    return widget.parentWidget() if widget.autoExclusive() else None


def test_tab_reaches_every_control(qtbot: QtBot, dialog: QWidget) -> None:
    _show(qtbot, dialog)
    visited = _tab_cycle(qtbot, dialog)
    groups = {id(group) for w in visited if (group := _radio_group(w)) is not None}
    # Every control the user can operate, whatever its focus policy: Qt.NoFocus on one is a bug.
    expected = [w for w in _controls(dialog) if w.isVisible() and w.isEnabled()]
    missing = [
        _label(w)
        for w in expected
        if w not in visited and (_radio_group(w) is None or id(_radio_group(w)) not in groups)
    ]
    assert missing == []


def test_form_labels_lead_to_their_input(qtbot: QtBot, dialog: QWidget) -> None:
    """A label with a keyboard shortcut (Alt+letter) moves focus to the input it names."""
    _show(qtbot, dialog)
    for label in dialog.findChildren(QLabel):
        if label.isVisibleTo(dialog) and "&" in label.text().replace("&&", ""):
            assert label.buddy() is not None, label.text()


def test_the_dialog_holds_at_twice_the_font_size(qtbot: QtBot, dialog: QWidget) -> None:
    """At 200 % text nothing is cut: every control and label gets at least its minimum size."""
    font = dialog.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    dialog.setFont(font)
    _show(qtbot, dialog)
    target = dialog.sizeHint().expandedTo(dialog.minimumSizeHint())
    dialog.resize(target)
    qtbot.waitUntil(lambda: dialog.size() == target)
    layout = dialog.layout()
    if layout is not None:
        layout.activate()  # the children get their geometry now, not on a later event
    cut = []
    for widget in [*_controls(dialog), *dialog.findChildren(QLabel)]:
        if not widget.isVisible() or _control(widget, dialog) not in (None, widget):
            continue
        if isinstance(widget, QAbstractItemView):
            continue  # lists and tables scroll
        hint = widget.minimumSizeHint()
        if widget.width() < hint.width() or widget.height() < hint.height():
            cut.append(f"{_label(widget)} {widget.size().toTuple()} < {hint.toTuple()}")
        if isinstance(widget, QLabel) and widget.wordWrap() and widget.text():
            needed = widget.heightForWidth(widget.width())
            if needed > widget.height() + 1:
                cut.append(f"{_label(widget)} height {widget.height()} < {needed}")
    assert cut == []
