"""Logging a dose from Today: body map, site suggestion (R-28), 400 mg = two sites (R-22), R-18, R-23;
one injection of a 400 mg dose is saved as incomplete and the user is told (R-22, R-23); a
correction keeps a dose given in the repeated hour of fall-back day where it was (DST fold)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QDateTime, QPoint, Qt, QTime
from pytestqt.qtbot import QtBot

from belimumab_companion.domain.dose_log import Site
from belimumab_companion.domain.regimens import Indication, Route
from belimumab_companion.services.plan_service import PlanInputs
from belimumab_companion.ui.dialogs.log_dose_dialog import LogDoseDialog
from belimumab_companion.ui.pages.today_page import TodayPage
from belimumab_companion.ui.shell.main_window import MainWindow
from belimumab_companion.ui.shell.operations import Change, operations
from belimumab_companion.ui.widgets.body_map import ORDER
from testsupport import FIXED_NOW

# FIXED_NOW is Monday 2026-11-23 09:30 UTC = 10:30 in Madrid.


def _plan(window: MainWindow, indication: Indication, first: date) -> TodayPage:
    assert window.services is not None
    window.services.plans.set_plan(
        PlanInputs(
            indication=indication,
            route=Route.SUBQ,
            birth_date=date(1984, 3, 2),
            first_dose=first,
            time_of_day=time(9, 0),
            zone="Europe/Madrid",
        )
    )
    operations().announce(Change.EVERYTHING)
    today = window.page("today")
    assert isinstance(today, TodayPage)
    return today


def test_log_the_due_dose_with_the_suggested_site(qtbot: QtBot, window: MainWindow) -> None:
    today = _plan(window, Indication.SLE, date(2026, 11, 16))
    assert today.log_button.isVisibleTo(today)
    dialog = today.open_log_dialog()
    assert isinstance(dialog, LogDoseDialog)
    qtbot.addWidget(dialog)
    assert dialog.body_map.selected == [Site.ABDOMEN_LEFT]  # nothing used yet: the first site
    assert "not used yet" in dialog.sites_text.text()
    assert "skin is tender, bruised, red or hard" in dialog.sites_text.text()
    dialog.when.setDateTime(QDateTime(2026, 11, 23, 9, 5, 0))
    with qtbot.waitSignal(operations().changed):
        dialog.save_button.click()
    assert dialog.logged is not None and dialog.logged.occurrence.sequence == 2
    assert dialog.incomplete_message is None  # a complete dose: no message
    assert window.services is not None
    history = window.services.plans.site_history()
    assert history[Site.ABDOMEN_LEFT] is not None
    # Next time the suggestion differs from the site just used.
    second = today.open_log_dialog()
    assert isinstance(second, LogDoseDialog)
    qtbot.addWidget(second)
    assert second.body_map.selected == [Site.ABDOMEN_RIGHT]
    second.reject()


def test_r18_a_second_dose_the_same_day_is_refused_and_the_input_kept(
    qtbot: QtBot, window: MainWindow
) -> None:
    today = _plan(window, Indication.SLE, date(2026, 11, 9))
    assert window.services is not None
    madrid = ZoneInfo("Europe/Madrid")
    # Dose #2 (planned 16 Nov) made up yesterday, 22 Nov; Today shows dose #3 (23 Nov).
    window.services.plans.log_dose(
        sequence=2, given_at=datetime(2026, 11, 22, 9, 0, tzinfo=madrid), sites=[Site.THIGH_LEFT]
    )
    operations().announce(Change.EVERYTHING)
    dialog = today.open_log_dialog()
    assert isinstance(dialog, LogDoseDialog)
    qtbot.addWidget(dialog)
    assert dialog._dose.sequence == 3
    # A time that fits dose #3, but on the day dose #2 was given: R-18 refuses it.
    dialog.when.setDateTime(QDateTime(2026, 11, 22, 20, 0, 0))
    dialog.notes.setPlainText("evening, by mistake")
    dialog.save_button.click()
    assert dialog.isVisible() or dialog.result() == 0
    assert (
        "two doses on the same day" in dialog.message.text()
        or "already logged" in dialog.message.text()
    )
    assert dialog.notes.toPlainText() == "evening, by mistake"


def test_r22_a_400_mg_dose_preselects_two_sites_and_needs_both(
    qtbot: QtBot, window: MainWindow
) -> None:
    today = _plan(window, Indication.LN, date(2026, 11, 23))
    dialog = today.open_log_dialog()
    assert isinstance(dialog, LogDoseDialog)
    qtbot.addWidget(dialog)
    assert len(dialog.body_map.selected) == 2
    assert "two sites" in dialog.sites_text.text()
    dialog.when.setDateTime(QDateTime(2026, 11, 23, 10, 0, 0))
    dialog.body_map.toggle(dialog.body_map.selected[0])  # now only one site
    dialog.not_fully.setChecked(True)
    assert dialog.not_fully_help.isVisibleTo(dialog)
    assert "Do not inject another dose on your own" in dialog.not_fully_help.text()
    dialog.save_button.click()
    assert dialog.logged is not None and dialog.logged.incomplete


def test_body_map_works_by_mouse_and_keyboard(qtbot: QtBot, window: MainWindow) -> None:
    today = _plan(window, Indication.SLE, date(2026, 11, 16))
    dialog = today.open_log_dialog()
    assert isinstance(dialog, LogDoseDialog)
    qtbot.addWidget(dialog)
    body = dialog.body_map
    body.resize(240, 360)
    centre = body._area(Site.THIGH_LEFT).center()
    qtbot.mouseClick(body, Qt.MouseButton.LeftButton, pos=QPoint(int(centre.x()), int(centre.y())))
    assert body.selected == [Site.THIGH_LEFT]
    body.setFocus()
    qtbot.keyClick(body, Qt.Key.Key_Left)
    qtbot.keyClick(body, Qt.Key.Key_Space)
    assert body.selected == [ORDER[ORDER.index(Site.THIGH_LEFT) - 1]]
    assert not any("arm" in s.value for s in Site)


def test_r09_r10_a_young_childs_dose_offers_no_self_injection_and_no_syringe(
    qtbot: QtBot, window: MainWindow
) -> None:
    assert window.services is not None
    window.services.plans.set_plan(
        PlanInputs(
            indication=Indication.SLE,
            route=Route.SUBQ,
            birth_date=date(2018, 6, 1),  # 8 years old
            first_dose=date(2026, 11, 9),
            time_of_day=time(18, 0),
            zone="Europe/Madrid",
            weight_kg=25,
        )
    )
    operations().announce(Change.EVERYTHING)
    today = window.page("today")
    assert isinstance(today, TodayPage)
    dialog = today.open_log_dialog()
    assert isinstance(dialog, LogDoseDialog)
    qtbot.addWidget(dialog)
    who = [dialog.given_by.itemData(i) for i in range(dialog.given_by.count())]
    assert who == ["caregiver", "clinic"] and dialog.given_by.currentData() == "caregiver"
    devices = [dialog.device.itemData(i) for i in range(dialog.device.count())]
    assert devices == ["autoinjector"]
    dialog.reject()


def test_an_adult_may_log_the_prefilled_syringe(qtbot: QtBot, window: MainWindow) -> None:
    today = _plan(window, Indication.SLE, date(2026, 11, 16))
    dialog = today.open_log_dialog()
    assert isinstance(dialog, LogDoseDialog)
    qtbot.addWidget(dialog)
    assert dialog.given_by.currentData() == "self"
    dialog.device.setCurrentIndex(dialog.device.findData("prefilled-syringe"))
    dialog.when.setDateTime(QDateTime(2026, 11, 23, 9, 5, 0))
    with qtbot.waitSignal(operations().changed):
        dialog.save_button.click()
    assert window.services is not None
    plans = window.services.plans
    record = plans.dose_record(plans.segments()[-1].id, 2)
    assert record is not None and record.device == "prefilled-syringe"


def test_r22_one_injection_of_a_400_mg_dose_is_saved_and_the_user_told_to_contact_the_care_team(
    qtbot: QtBot, window: MainWindow
) -> None:
    today = _plan(window, Indication.LN, date(2026, 11, 23))  # adult LN SubQ: 400 mg loading
    dialog = today.open_log_dialog()
    assert isinstance(dialog, LogDoseDialog)
    qtbot.addWidget(dialog)
    assert dialog._dose.amount_mg == 400 and dialog._dose.injections == 2
    dialog.when.setDateTime(QDateTime(2026, 11, 23, 10, 0, 0))
    dialog.body_map.toggle(dialog.body_map.selected[0])  # one site only, nothing else ticked
    assert len(dialog.body_map.selected) == 1 and not dialog.not_fully.isChecked()
    assert "saved as incomplete" in dialog.sites_text.text()  # said before saving too
    with qtbot.waitSignal(operations().changed):
        dialog.save_button.click()  # never blocked: the dose is saved
    assert dialog.logged is not None and dialog.logged.incomplete
    box = dialog.incomplete_message
    assert (
        box is not None
        and box.isVisible()
        and box.windowModality() == Qt.WindowModality.WindowModal
    )
    assert box.text().startswith("Incomplete dose — contact your care team")
    assert "Only one of the two injections of this dose was logged" in box.text()
    assert "Do not inject another dose on your own" in box.text()
    assert box.accessibleName() == "Incomplete dose — contact your care team"
    assert window.services is not None
    plans = window.services.plans
    record = plans.dose_record(plans.segments()[-1].id, dialog.logged.occurrence.sequence)
    assert record is not None and record.not_fully_given and len(record.sites) == 1
    box.accept()


NEW_YORK = "America/New_York"
SECOND_0130 = datetime(2026, 11, 1, 6, 30, tzinfo=UTC)  # the second 01:30 (EST) in New York


def test_correcting_only_the_notes_keeps_a_dose_from_the_repeated_hour_where_it_was(
    qtbot: QtBot, window: MainWindow
) -> None:
    assert window.services is not None
    plans = window.services.plans
    plans.set_plan(
        PlanInputs(
            indication=Indication.SLE,
            route=Route.SUBQ,
            birth_date=date(1984, 3, 2),
            first_dose=date(2026, 11, 1),  # fall-back day in New York
            time_of_day=time(1, 30),
            zone=NEW_YORK,
        )
    )
    logged = plans.log_dose(sequence=1, given_at=SECOND_0130, sites=[Site.THIGH_LEFT])
    occurrence = logged.occurrence
    record = plans.dose_record(occurrence.segment_id, occurrence.sequence)
    assert record is not None and record.given_at == SECOND_0130
    dialog = LogDoseDialog(
        plans, occurrence, FIXED_NOW, window, record=record, regimen=plans.segments()[-1].regimen
    )
    qtbot.addWidget(dialog)
    assert (dialog.when.date(), dialog.when.time()) == (QDate(2026, 11, 1), QTime(1, 30))
    dialog.notes.setPlainText("only the notes change")
    dialog.save_button.click()
    assert dialog.change is not None, dialog.message.text()
    current = plans.dose_record(occurrence.segment_id, occurrence.sequence)
    assert current is not None and current.notes == "only the notes change"
    assert current.given_at == SECOND_0130  # not moved an hour back to the first 01:30
    assert current.given_at.astimezone(ZoneInfo(NEW_YORK)).fold == 1
    assert dialog.incomplete_message is None
