"""Issue 20, item 1: the first-start guide, walked as a new patient and as a parent would, on a
real window over a real SQLite file; left half way and resumed from Today."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, QTime
from PySide6.QtWidgets import QLabel, QWidget, QWizard
from pytestqt.qtbot import QtBot

from belimumab_companion.domain.regimens import Indication, Route
from belimumab_companion.services.settings_model import GuideFor
from belimumab_companion.system.autostart import Autostart
from belimumab_companion.ui.dialogs.common import date_edit_format
from belimumab_companion.ui.dialogs.first_start_guide import FirstStartGuide, open_at_first_start
from belimumab_companion.ui.dialogs.first_start_steps import STEPS
from belimumab_companion.ui.pages.today_page import TodayPage
from belimumab_companion.ui.shell.main_window import MainWindow


def _today(window: MainWindow) -> TodayPage:
    today = window.page("today")
    assert isinstance(today, TodayPage)
    return today


def _autostart(tmp_path: Path) -> Autostart:
    home = tmp_path / "home"
    env = {"HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config")}
    return Autostart(command=["belimumab-companion", "--minimized"], platform="linux", env=env)


def _open(qtbot: QtBot, window: MainWindow, autostart: Autostart) -> FirstStartGuide:
    assert window.services is not None
    guide = FirstStartGuide(window.services, window, autostart=autostart)
    qtbot.addWidget(guide)
    guide.open()
    return guide


def _fill_plan(
    guide: FirstStartGuide,
    indication: Indication,
    birth: QDate,
    first: QDate,
    weight: float = 0.0,
) -> None:
    form = guide.plan.form
    form.indication.setCurrentIndex(form.indication.findData(indication))
    form.route.setCurrentIndex(form.route.findData(Route.SUBQ))
    form.birth_text.setText(QLocale().toString(birth, date_edit_format()))  # typed, as a user
    form.weight.setValue(weight)
    form.first_dose.setDate(first)
    form.time.setTime(QTime(18, 0))
    form.zone.setCurrentText("Europe/Madrid")


def _walk_after_plan(guide: FirstStartGuide) -> None:
    assert guide.currentPage() is guide.numbers
    guide.numbers.box.country.setCurrentIndex(guide.numbers.box.country.findData("ES"))
    guide.next()
    assert guide.currentPage() is guide.reminders
    assert guide.reminders.start_at_login.isChecked()  # on by default, with why
    text = guide.findChild(QLabel, "guideRemindersText")
    assert text is not None and "only while the app is running" in text.text()
    guide.next()
    assert guide.currentPage() is guide.contraception
    guide.contraception.no.setChecked(True)
    guide.button(QWizard.WizardButton.FinishButton).click()


def test_the_guide_opens_by_itself_only_at_the_very_first_start(
    qtbot: QtBot, window: MainWindow
) -> None:
    guide = open_at_first_start(window, window.services, autostart=None)
    assert isinstance(guide, FirstStartGuide)
    qtbot.addWidget(guide)
    assert guide.isVisible() and guide.currentPage() is guide.who
    guide.who.validatePage()  # started: the next start leaves it to Today's button
    guide.reject()
    assert open_at_first_start(window, window.services) is None


def test_an_adult_walks_the_guide_and_lands_on_today_with_the_next_dose(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    today = _today(window)
    assert today.setup_notice.isVisibleTo(today)
    assert "Welcome" in today.setup_notice.title.text()
    autostart = _autostart(tmp_path)
    guide = _open(qtbot, window, autostart)
    assert guide.who.me.isChecked()
    guide.next()
    form = guide.plan.form
    # no pre-filled birth date; the adult plan is never chosen for the user.
    assert form.birth_text.text() == "" and form.inputs().birth_date is None
    assert "Enter the date of birth" in form.preview.text()
    form.birth_text.setText("31/31/1990")  # not a date
    assert "Write the date of birth as" in form.preview.text()
    guide.next()
    assert guide.currentPage() is guide.plan  # refused: the birth date is needed
    assert window.services is not None and window.services.plans.segments() == []
    _fill_plan(guide, Indication.SLE, QDate(1990, 5, 17), QDate(2026, 11, 24))
    assert form.preview.text().count("200 mg") == 6  # the set-up's own six-dose preview
    guide.next()
    segments = window.services.plans.segments()
    assert len(segments) == 1 and segments[0].regimen.interval_days == 7
    _walk_after_plan(guide)
    assert not guide.isVisible()
    assert window.services.settings.guide_steps_done() == list(STEPS)
    assert window.services.settings.country_confirmed()
    assert window.services.settings.country() == "ES"
    assert window.services.contraception.enabled() is False
    assert autostart.is_enabled()  # start at login written (in the test's own home)
    assert not today.setup_notice.isVisibleTo(today)  # done: no "Finish setting up"
    assert today.heading.text() == "Today"  # for the person themselves: no name
    assert today.card.isVisibleTo(today)
    assert "24 November 2026, 18:00" in today.next_when.text()
    assert "200 mg" in today.next_details.text()


def test_a_parent_sets_up_a_child_of_31_kg_every_14_days(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    guide = _open(qtbot, window, _autostart(tmp_path))
    assert not guide.who.child_name.isVisibleTo(guide.who)
    guide.who.child.setChecked(True)
    assert guide.who.child_name.isVisibleTo(guide.who)
    guide.who.child_name.setText("Ana")
    guide.next()
    assert window.services is not None
    assert window.services.settings.guide_for() == (GuideFor.CHILD, "Ana")
    assert window.services.settings.patient_name() == "Ana"  # the report's name too (issue 20)
    _fill_plan(guide, Indication.SLE, QDate(2017, 3, 10), QDate(2026, 11, 24))
    guide.next()
    assert guide.currentPage() is guide.plan  # a child's injections need the weight
    assert "weight" in guide.plan.form.preview.text()
    guide.plan.form.weight.setValue(31.0)
    preview = guide.plan.form.preview.text()
    assert "caregiver" in preview  # under 10
    assert "autoinjector" in preview
    guide.next()
    regimen = window.services.plans.segments()[0].regimen
    assert regimen.pediatric and regimen.interval_days == 14  # 15 to under 40 kg
    assert not regimen.self_injection_allowed
    _walk_after_plan(guide)
    today = _today(window)
    assert today.heading.text() == "Today: Ana's treatment"
    assert "24 November 2026, 18:00" in today.next_when.text()
    upcoming = window.services.plans.upcoming(window.services.clock(), 2)
    assert [d.due.date() for d in upcoming] == [date(2026, 11, 24), date(2026, 12, 8)]


def test_the_guide_can_be_left_half_way_and_resumed_from_today(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    autostart = _autostart(tmp_path)
    today = _today(window)
    guide = _open(qtbot, window, autostart)
    guide.next()
    _fill_plan(guide, Indication.SLE, QDate(1990, 5, 17), QDate(2026, 11, 24))
    guide.reject()  # left on the plan step: the plan is not saved
    assert window.services is not None
    assert window.services.plans.segments() == []
    assert window.services.settings.guide_steps_done() == ["who"]
    assert today.setup_notice.isVisibleTo(today)
    resumed = today.open_guide()  # type: ignore[no-untyped-call]  # untyped in ui
    assert isinstance(resumed, FirstStartGuide)
    qtbot.addWidget(resumed)
    resumed.reminders._autostart = autostart  # the test's own home, never the real one
    assert resumed.currentPage() is resumed.plan  # where it was left
    _fill_plan(resumed, Indication.SLE, QDate(1990, 5, 17), QDate(2026, 11, 24))
    resumed.next()
    resumed.reject()  # left after the plan step: the plan is kept
    assert len(window.services.plans.segments()) == 1
    assert today.card.isVisibleTo(today)
    assert today.setup_notice.isVisibleTo(today)
    assert "not finished" in today.setup_notice.title.text()
    with qtbot.waitExposed(window):
        window.show()
    today.setup_notice.button.click()
    again = today.guide
    assert isinstance(again, FirstStartGuide)
    qtbot.addWidget(again)
    again.reminders._autostart = autostart
    assert again.currentPage() is again.numbers
    again.plan.initializePage()
    assert again.plan.saved.isVisibleTo(again.plan)  # Back to the plan: saved, not asked again
    assert not again.plan.form.isVisibleTo(again.plan)
    _walk_after_plan(again)
    assert window.services.settings.guide_steps_done() == list(STEPS)
    assert len(window.services.plans.segments()) == 1  # the plan saved once, not twice
    assert not today.setup_notice.isVisibleTo(today)


def test_every_guide_field_has_a_label_and_an_accessible_name(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit

    guide = _open(qtbot, window, _autostart(tmp_path))
    buddies = {label.buddy() for label in guide.findChildren(QLabel) if label.buddy() is not None}
    for widget in guide.findChildren(QWidget):
        if widget.isHidden():
            continue  # left out of the form (the dialog's date edit: the guide's field instead)
        if isinstance(widget, (QComboBox, QLineEdit, QAbstractSpinBox)) and widget.parent():
            if isinstance(widget, QLineEdit) and isinstance(
                widget.parent(), (QComboBox, QAbstractSpinBox)
            ):
                continue  # the editor inside a combo box or spin box
            assert widget in buddies, widget.objectName()
            assert widget.accessibleName(), widget.objectName()
        if isinstance(widget, QAbstractButton) and widget.isVisibleTo(guide):
            assert widget.accessibleName() or widget.text(), widget.objectName()
