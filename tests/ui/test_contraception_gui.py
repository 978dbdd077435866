"""The contraception module in the window, on a real data folder: the Settings switch hides it
everywhere (Today box, page, navigation, Go menu, reminders), the pregnancy and breastfeeding
dialogs (R-37..R-39), the method dialog, done/missed with the leaflet advice, and the set-up's
one question (R-36)."""

from __future__ import annotations

import re
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QPoint, Qt, QTime
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QFrame,
    QLabel,
    QRadioButton,
    QStyle,
    QTableWidget,
)
from pytestqt.qtbot import QtBot

from belimumab_companion.domain.contraception import (
    CombinedPillVariant,
    Method,
    PregnancyEvent,
    default_setup,
)
from belimumab_companion.domain.dose_log import Site
from belimumab_companion.domain.regimens import Indication, Route
from belimumab_companion.services.app_services import AppServices
from belimumab_companion.services.contraception_service import DONE, MISSED
from belimumab_companion.services.plan_service import PlanInputs
from belimumab_companion.system.local_zone import local_zone_name
from belimumab_companion.ui.dialogs.contraception_question import ContraceptionQuestionDialog
from belimumab_companion.ui.dialogs.contraception_setup_dialog import ContraceptionSetupDialog
from belimumab_companion.ui.dialogs.plan_setup_dialog import PlanSetupDialog
from belimumab_companion.ui.dialogs.pregnancy_dialog import PregnancyDialog
from belimumab_companion.ui.pages.contraception_page import ContraceptionPage
from belimumab_companion.ui.pages.schedule_page import SchedulePage
from belimumab_companion.ui.pages.today_page import TodayPage
from belimumab_companion.ui.shell.main_window import MainWindow
from belimumab_companion.ui.shell.operations import Change, operations
from belimumab_companion.ui.text.locale_format import date_text

# FIXED_NOW is 2026-11-23 09:30 UTC (a Monday); the pages use this computer's zone, so the
# method is set up in it too (the date is 23 November from UTC-9 to UTC+14).
TODAY = date(2026, 11, 23)
PHONE_LIKE = re.compile(r"\d[\d\s().-]{6,}\d")  # no registry number, in any form


def _services(window: MainWindow) -> AppServices:
    assert window.services is not None
    return window.services


def _on_treatment(services: AppServices) -> None:
    """A weekly plan with one dose given on 16 November: the window is open (R-36)."""
    zone = local_zone_name()
    services.plans.set_plan(
        PlanInputs(
            indication=Indication.SLE,
            route=Route.SUBQ,
            birth_date=date(1990, 5, 17),
            first_dose=date(2026, 11, 16),
            time_of_day=time(8),
            zone=zone,
        )
    )
    services.plans.log_dose(
        sequence=1,
        given_at=datetime(2026, 11, 16, 8, 0, tzinfo=ZoneInfo(zone)),
        sites=[Site.THIGH_LEFT],
    )


def _combined_pill(services: AppServices) -> None:
    """21/7 from 1 November at 21:00: pills 1-21 November, then the pill-free week."""
    services.contraception.set_method(
        default_setup(Method.COMBINED_PILL, date(2026, 11, 1), time(21), local_zone_name())
    )


def _today(window: MainWindow) -> TodayPage:
    page = window.page("today")
    assert isinstance(page, TodayPage)
    return page


def _contraception(window: MainWindow) -> ContraceptionPage:
    page = window.page("contraception")
    assert isinstance(page, ContraceptionPage)
    return page


def _nav_hidden(window: MainWindow) -> bool:
    return window.navigation.item(window.page_keys.index("contraception")).isHidden()


def _go_action(window: MainWindow) -> QAction:
    action = window.findChild(QAction, "actionGo_contraception")
    assert isinstance(action, QAction)
    return action


def _switch(window: MainWindow) -> QCheckBox:
    box = window.settings_page.findChild(QCheckBox, "contraceptionEnabled")
    assert isinstance(box, QCheckBox)
    return box


def _click(qtbot: QtBot, button: QAbstractButton) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _click_indicator(qtbot: QtBot, button: QAbstractButton) -> None:
    """Click a check box or radio button on its indicator (the middle of a wide one is empty)."""
    width = button.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, button)
    where = QPoint(width // 2 + 1, button.height() // 2)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=where)


def _cell(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    assert item is not None
    return item.text()


def _save_button(dialog: ContraceptionSetupDialog) -> QAbstractButton:
    save = dialog.findChild(QAbstractButton, "contraceptionSave")
    assert isinstance(save, QAbstractButton)
    return save


def _texts(dialog: PregnancyDialog) -> list[str]:
    return [label.text() for label in dialog.findChildren(QLabel)] + [
        button.text() for button in dialog.findChildren(QAbstractButton)
    ]


# --- 1. the Settings switch ---------------------------------------------------------------------
def test_turning_the_module_off_hides_it_everywhere_and_on_shows_it_again(
    qtbot: QtBot, window: MainWindow
) -> None:
    services = _services(window)
    _on_treatment(services)
    _combined_pill(services)
    operations().announce(Change.EVERYTHING)
    today, page = _today(window), _contraception(window)
    now = services.clock()

    def shown_everywhere() -> None:
        today, page = _today(window), _contraception(window)  # a hidden page reloads when fetched
        assert today.contraception.isVisibleTo(today)
        assert "2027" in today.contraception_window.text()  # 16 November + 4 months
        assert not _nav_hidden(window)
        assert _go_action(window).isEnabled() and _go_action(window).isVisible()
        for name in (
            "contraceptionWindowBox",
            "contraceptionMethodBox",
            "contraceptionPregnancyBox",
        ):
            box = page.findChild(QFrame, name)
            assert isinstance(box, QFrame) and not box.isHidden()
        assert page.off_label.isHidden()
        assert page.method_label.text() == "Combined pill"
        assert services.contraception.reminders(now)

    shown_everywhere()

    window.show_page("settings")
    switch = _switch(window)
    assert switch.isChecked()
    _click_indicator(qtbot, switch)
    assert not switch.isChecked()
    assert services.contraception.enabled() is False
    today, page = _today(window), _contraception(window)  # hidden: reloaded when fetched
    assert today.contraception.isHidden()
    assert _nav_hidden(window)
    assert not _go_action(window).isEnabled()
    assert all(section.isHidden() for section in page.sections)
    assert page.off_label.isVisibleTo(page) and "Settings" in page.off_label.text()
    assert services.contraception.reminders(now) == []
    assert services.contraception.current() is not None  # what was recorded is kept

    _click_indicator(qtbot, switch)
    assert switch.isChecked() and services.contraception.enabled() is True
    shown_everywhere()


def test_turning_it_off_while_on_its_page_goes_back_to_today(
    qtbot: QtBot, window: MainWindow
) -> None:
    services = _services(window)
    _combined_pill(services)
    operations().announce(Change.EVERYTHING)
    _go_action(window).trigger()
    assert window.current_page_key() == "contraception"
    _switch(window).setChecked(False)
    assert window.current_page_key() == "today"
    assert _nav_hidden(window)


# --- 2. pregnancy (R-37, R-38) ------------------------------------------------------------------
def test_pregnancy_from_today_is_recorded_guided_listed_deleted_and_undone(
    qtbot: QtBot, window: MainWindow
) -> None:
    services = _services(window)
    _on_treatment(services)
    _combined_pill(services)
    operations().announce(Change.EVERYTHING)
    today = _today(window)
    assert today.pregnancy_button.isVisibleTo(today)
    _click(qtbot, today.pregnancy_button)
    dialogs = today.findChildren(PregnancyDialog)
    assert len(dialogs) == 1
    dialog = dialogs[0]
    assert dialog.isVisible() and not dialog.guidance.isVisibleTo(dialog)
    assert dialog.selected_kind() is PregnancyEvent.MIGHT_BE_PREGNANT
    pregnant = dialog.findChild(QRadioButton, "pregnancyKind_pregnant")
    assert isinstance(pregnant, QRadioButton)
    _click_indicator(qtbot, pregnant)
    assert dialog.selected_kind() is PregnancyEvent.PREGNANT
    dialog.on.setDate(QDate(2026, 11, 20))
    dialog.note.setText("positive home test")

    _click(qtbot, dialog.record_button)

    guidance = dialog.guidance.text()
    assert dialog.guidance.isVisibleTo(dialog)
    assert "care team promptly" in guidance and "Do not stop" in guidance
    texts = _texts(dialog)
    assert not any("877" in text for text in texts)
    assert not any(PHONE_LIKE.search(text) for text in texts)
    assert not dialog.record_button.isVisibleTo(dialog) and not dialog.form.isEnabled()
    events = services.contraception.pregnancy_events()
    assert [(e.kind, e.on, e.in_window, e.note) for e in events] == [
        (PregnancyEvent.PREGNANT, date(2026, 11, 20), True, "positive home test")
    ]

    _click(qtbot, dialog.close_button)
    assert not dialog.isVisible()
    window.show_page("contraception")
    page = _contraception(window)
    assert page.events.isVisibleTo(page) and page.events.count() == 1
    listed = page.events.item(0).text()
    on = date_text(date(2026, 11, 20))  # as the locale writes it
    assert on in listed and "pregnant" in listed and "positive home test" in listed

    assert not page.delete_event_button.isEnabled()
    page.events.setCurrentRow(0)
    assert page.delete_event_button.isEnabled()
    _click(qtbot, page.delete_event_button)
    assert services.contraception.pregnancy_events() == []
    assert page.events.count() == 0 and not page.events.isVisibleTo(page)
    assert page.undo_bar.isVisibleTo(page) and page.undo_bar.button.isVisibleTo(page)

    _click(qtbot, page.undo_bar.button)
    assert [e.on for e in services.contraception.pregnancy_events()] == [date(2026, 11, 20)]
    assert page.events.count() == 1 and on in page.events.item(0).text()
    assert not page.undo_bar.button.isVisibleTo(page)  # undone once, not twice


def test_a_pregnancy_outside_the_window_is_not_told_about_benlysta(
    qtbot: QtBot, window: MainWindow
) -> None:
    services = _services(window)
    services.contraception.set_enabled(True)  # no treatment recorded: no window
    operations().announce(Change.EVERYTHING)
    page = _contraception(window)
    dialog = page.open_pregnancy_dialog()
    assert isinstance(dialog, PregnancyDialog)
    _click(qtbot, dialog.record_button)
    guidance = dialog.guidance.text()
    assert "care team" in guidance and "promptly" not in guidance
    [event] = services.contraception.pregnancy_events()
    assert event.on == TODAY and not event.in_window


# --- 3. breastfeeding (R-39) --------------------------------------------------------------------
def test_breastfeeding_shows_that_there_are_no_human_data(qtbot: QtBot, window: MainWindow) -> None:
    services = _services(window)
    _on_treatment(services)
    _combined_pill(services)
    operations().announce(Change.EVERYTHING)
    window.show_page("contraception")
    page = _contraception(window)
    _click(qtbot, page.breastfeeding_button)
    dialogs = page.findChildren(PregnancyDialog)
    assert len(dialogs) == 1
    dialog = dialogs[0]
    assert dialog.selected_kind() is PregnancyEvent.BREASTFEEDING
    _click(qtbot, dialog.record_button)
    guidance = dialog.guidance.text()
    assert "no human data" in guidance and "Decide with your care team" in guidance
    assert "promptly" not in guidance
    assert not any("877" in text for text in _texts(dialog))
    assert [e.kind for e in services.contraception.pregnancy_events()] == [
        PregnancyEvent.BREASTFEEDING
    ]
    _click(qtbot, dialog.close_button)
    assert page.events.count() == 1 and "breastfeeding" in page.events.item(0).text()


# --- 4. the method dialog -----------------------------------------------------------------------
def test_the_method_dialog_keeps_bad_input_and_saves_a_24_4_pill(
    qtbot: QtBot, window: MainWindow
) -> None:
    services = _services(window)
    _on_treatment(services)
    services.contraception.set_enabled(True)
    operations().announce(Change.EVERYTHING)
    today = _today(window)
    assert today.contraception_setup_button.isVisibleTo(today)
    assert "Set up your method" in today.contraception_next.text()
    _click(qtbot, today.contraception_setup_button)
    dialogs = today.findChildren(ContraceptionSetupDialog)
    assert len(dialogs) == 1
    dialog = dialogs[0]
    assert dialog.isVisible()

    dialog.method.setCurrentIndex(dialog.method.findData(Method.RING))
    assert (dialog.active_days.value(), dialog.free_days.value()) == (21, 7)
    assert dialog.form.isRowVisible(dialog.free_days)
    assert not dialog.form.isRowVisible(dialog.variant)
    dialog.free_days.setValue(0)
    dialog.at.setTime(QTime(8, 15))
    save = _save_button(dialog)
    _click(qtbot, save)
    assert "days off" in dialog.message.text()
    assert dialog.isVisible() and dialog.saved is None
    assert dialog.selected_method() is Method.RING
    assert (dialog.active_days.value(), dialog.free_days.value()) == (21, 0)
    assert dialog.at.time() == QTime(8, 15)
    assert services.contraception.current() is None

    dialog.method.setCurrentIndex(dialog.method.findData(Method.COMBINED_PILL))
    assert dialog.form.isRowVisible(dialog.variant)
    assert (dialog.active_days.value(), dialog.free_days.value()) == (21, 7)
    dialog.variant.setCurrentIndex(dialog.variant.findData(CombinedPillVariant.TWENTY_FOUR_FOUR))
    assert (dialog.active_days.value(), dialog.free_days.value()) == (24, 4)
    _click(qtbot, save)
    assert not dialog.isVisible()
    stored = services.contraception.current()
    assert stored is not None and dialog.saved == stored
    setup = stored.setup
    assert (setup.method, setup.active_days, setup.free_days) == (Method.COMBINED_PILL, 24, 4)
    assert (setup.start, setup.at, setup.zone) == (TODAY, time(8, 15), local_zone_name())
    assert (setup.every_days, setup.replace_by) == (0, None)
    # Today follows: the set-up button goes, the next reminder is shown
    assert not today.contraception_setup_button.isVisibleTo(today)
    assert today.contraception_next.text().startswith("Next:")
    page = _contraception(window)
    assert "24 days on, 4 days off" in page.rhythm_label.text()
    # reopened, it shows the pack as saved (not the pack's defaults over the saved days)
    again = page.open_setup_dialog()
    assert isinstance(again, ContraceptionSetupDialog)
    assert again.variant.currentData() is CombinedPillVariant.TWENTY_FOUR_FOUR
    assert (again.active_days.value(), again.free_days.value()) == (24, 4)
    again.reject()


def test_an_implant_saves_with_the_default_replace_by_date_and_is_shown_again(
    qtbot: QtBot, window: MainWindow
) -> None:
    services = _services(window)
    _on_treatment(services)
    services.contraception.set_enabled(True)
    operations().announce(Change.EVERYTHING)
    window.show_page("contraception")
    page = _contraception(window)
    assert page.setup_button.isVisibleTo(page) and "Set up" in page.setup_button.text()
    _click(qtbot, page.setup_button)
    [dialog] = page.findChildren(ContraceptionSetupDialog)
    assert dialog.isVisible()
    dialog.method.setCurrentIndex(dialog.method.findData(Method.IMPLANT))
    assert dialog.form.isRowVisible(dialog.replace_by)
    assert not dialog.form.isRowVisible(dialog.active_days)
    assert not dialog.form.isRowVisible(dialog.every_days)
    _click(qtbot, _save_button(dialog))
    assert dialog.message.text() == "" and not dialog.isVisible()
    stored = services.contraception.current()
    assert stored is not None
    assert (stored.setup.method, stored.setup.replace_by) == (Method.IMPLANT, TODAY)
    assert page.method_label.text() == "Implant"

    assert "Change method" in page.setup_button.text()
    _click(qtbot, page.setup_button)
    again = page.findChildren(ContraceptionSetupDialog)[-1]
    assert again is not dialog and again.isVisible()
    assert again.selected_method() is Method.IMPLANT
    assert again.replace_by.date() == QDate(2026, 11, 23)
    again.reject()


# --- 5. done and missed -------------------------------------------------------------------------
def test_marking_missed_then_done_from_the_contraception_page(
    qtbot: QtBot, window: MainWindow
) -> None:
    services = _services(window)
    _on_treatment(services)
    _combined_pill(services)
    operations().announce(Change.EVERYTHING)
    window.show_page("contraception")
    page = _contraception(window)
    table = page.findChild(QTableWidget, "pageContraceptionTable")
    assert table is page.items.table
    # the last week's pills, newest first: 21 November back to 16 November
    assert table.rowCount() == 6
    assert all(_cell(table, row, 2) == "not marked" for row in range(6))
    assert "21 Nov" in _cell(table, 0, 0) and "Take your pill" in _cell(table, 0, 1)
    assert page.log_list.count() == 0
    assert page.items.selected() == page.items.items[0]
    advice = page.items.advice
    assert advice.objectName() == "pageContraceptionAdvice" and advice.isHidden()

    _click(qtbot, page.items.missed_button)
    assert _cell(table, 0, 2) == "missed"
    assert page.items.selected() == page.items.items[0]  # kept selected, with its advice
    assert advice.isVisibleTo(page) and "leaflet" in advice.text()
    assert "combined pill" in advice.text()
    assert page.log_list.isVisibleTo(page) and page.log_list.count() == 1
    assert page.log_list.item(0).text().endswith("missed")

    table.selectRow(1)
    assert advice.isHidden()  # that row is not marked
    table.selectRow(0)
    assert advice.isVisibleTo(page)  # coming back to the missed row shows it again
    table.selectRow(1)
    _click(qtbot, page.items.done_button)
    assert [_cell(table, row, 2) for row in range(3)] == ["missed", "done", "not marked"]
    assert advice.isHidden()
    log = [page.log_list.item(row).text() for row in range(page.log_list.count())]
    assert len(log) == 2  # the latest reminder first
    assert "21 Nov" in log[0] and log[0].endswith("missed")
    assert "20 Nov" in log[1] and log[1].endswith("done")

    # a correction: the missed pill was taken after all; both answers are kept, newest first
    table.selectRow(0)
    _click(qtbot, page.items.done_button)
    assert _cell(table, 0, 2) == "done" and advice.isHidden()
    assert page.log_list.count() == 3
    assert [(i.answer, i.key.split(":")[2]) for i in services.contraception.log()] == [
        (DONE, "2026-11-21"),
        (MISSED, "2026-11-21"),
        (DONE, "2026-11-20"),
    ]
    assert page.log_list.item(0).text().endswith("done")
    assert page.log_list.item(1).text().endswith("missed")


# --- 6. the set-up question (R-36) --------------------------------------------------------------
def _save_a_plan(qtbot: QtBot, window: MainWindow, first: QDate | None = None) -> SchedulePage:
    window.show_page("schedule")
    page = window.page("schedule")
    assert isinstance(page, SchedulePage)
    assert page.setup_button.isEnabled()
    _click(qtbot, page.setup_button)
    dialog = page.findChildren(PlanSetupDialog)[-1]
    assert dialog.isVisible()
    dialog.indication.setCurrentIndex(dialog.indication.findData(Indication.SLE))
    dialog.route.setCurrentIndex(dialog.route.findData(Route.SUBQ))
    dialog.birth_date.setDate(QDate(1990, 5, 17))
    dialog.first_dose.setDate(first or QDate(2026, 11, 24))
    dialog.time.setTime(QTime(18, 0))
    dialog.zone.setCurrentText("Europe/Madrid")
    assert dialog.save_button.isEnabled()
    _click(qtbot, dialog.save_button)
    assert not dialog.isVisible()
    return page


def _question(page: SchedulePage) -> ContraceptionQuestionDialog:
    question = page.findChild(ContraceptionQuestionDialog, "contraceptionQuestion")
    assert isinstance(question, ContraceptionQuestionDialog)
    assert question.isVisible()
    return question


def test_the_set_up_asks_once_and_no_turns_the_module_off(qtbot: QtBot, window: MainWindow) -> None:
    services = _services(window)
    assert services.contraception.enabled() is None
    page = _save_a_plan(qtbot, window)
    question = _question(page)
    _click(qtbot, question.no)
    assert not question.isVisible()
    assert services.contraception.enabled() is False
    assert _nav_hidden(window) and not _go_action(window).isEnabled()
    assert not _switch(window).isChecked()
    assert _today(window).contraception.isHidden()
    # answered: a later change of plan does not ask again
    _save_a_plan(qtbot, window, QDate(2026, 12, 1))
    assert len(services.plans.segments()) == 2
    assert page.findChildren(ContraceptionQuestionDialog) == [question]
    assert not question.isVisible() and services.contraception.enabled() is False


def test_skip_leaves_the_question_unanswered(qtbot: QtBot, window: MainWindow) -> None:
    services = _services(window)
    page = _save_a_plan(qtbot, window)
    question = _question(page)
    _click(qtbot, question.skip)
    assert not question.isVisible()
    assert services.contraception.enabled() is None
    assert question.setup_dialog is None
    assert _nav_hidden(window) and not _switch(window).isChecked()


def test_yes_turns_the_module_on_and_opens_the_method_dialog(
    qtbot: QtBot, window: MainWindow
) -> None:
    services = _services(window)
    page = _save_a_plan(qtbot, window)
    question = _question(page)
    _click(qtbot, question.yes)
    assert not question.isVisible()
    assert services.contraception.enabled() is True
    setup = question.setup_dialog
    assert isinstance(setup, ContraceptionSetupDialog) and setup.isVisible()
    assert not _nav_hidden(window) and _go_action(window).isEnabled()
    assert _switch(window).isChecked()
    today = _today(window)
    assert today.contraception.isVisibleTo(today)
    assert today.contraception_setup_button.isVisibleTo(today)

    setup.method.setCurrentIndex(setup.method.findData(Method.PROGESTIN_PILL))
    _click(qtbot, _save_button(setup))
    assert not setup.isVisible()
    stored = services.contraception.current()
    assert stored is not None
    assert (stored.setup.method, stored.setup.every_days) == (Method.PROGESTIN_PILL, 1)
    today = _today(window)  # a hidden page is reloaded when it is next shown (or fetched)
    assert not today.contraception_setup_button.isVisibleTo(today)  # the pages were reloaded
    assert "Take your pill" in today.contraception_next.text()


def test_a_new_plan_with_no_dose_logged_shows_no_end_date(qtbot: QtBot, window: MainWindow) -> None:
    """R-49: the first dose is next week and none is logged: "needed until <today>" would read
    as "you may stop", so no date is shown, on Today or on the Contraception page."""
    services = _services(window)
    services.plans.set_plan(
        PlanInputs(
            indication=Indication.SLE,
            route=Route.SUBQ,
            birth_date=date(1990, 5, 17),
            first_dose=date(2026, 11, 30),  # a week after "now" (23 November)
            time_of_day=time(8),
            zone=local_zone_name(),
        )
    )
    services.contraception.set_enabled(True)
    operations().announce(Change.EVERYTHING)
    today, page = _today(window), _contraception(window)
    for text in (today.contraception_window.text(), page.window_label.text()):
        assert "No dose is logged yet, so there is no end date." in text
        assert "until" not in text and "2026" not in text and "2027" not in text
