"""Issue 22, "Done when", as a patient walks it through the real window over a real SQLite file:
a delivery of 4 added in Settings → Supplies, doses logged from Today (each saying which lot it
used), one pen set aside that was out of the fridge too long (R-26), "covered until" moving on
Today's Supplies card, and the refill reminder arriving through the reminder centre exactly once
(a later tick, a later day and the clock set back do not bring it again)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, time

import pytest
from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from belimumab_companion.domain.dose_log import Site
from belimumab_companion.domain.regimens import Indication, Route
from belimumab_companion.domain.reminders import Reminder, ReminderKind, ReminderSettings
from belimumab_companion.domain.supplies import DiscardReason
from belimumab_companion.paths import AppPaths
from belimumab_companion.services.plan_service import PlanInputs
from belimumab_companion.ui.dialogs.log_dose_dialog import LogDoseDialog
from belimumab_companion.ui.pages.settings_page import SettingsPage
from belimumab_companion.ui.pages.today_page import TodayPage
from belimumab_companion.ui.shell.main_window import MainWindow
from belimumab_companion.ui.shell.operations import Change, operations
from belimumab_companion.ui.widgets.supplies_card import SuppliesCard
from qtsupport import MovableClock, open_window


class RecordingNotifier:
    """A desktop notification server that keeps what it was sent."""

    def __init__(self) -> None:
        self.sent: list[tuple[str, str, str]] = []

    def available(self) -> bool:
        return True

    def notify(self, key: str, title: str, body: str, actions: object = ()) -> bool:
        self.sent.append((key, title, body))
        return True


@pytest.fixture
def clock() -> MovableClock:
    return MovableClock(datetime(2026, 11, 23, 9, 0, tzinfo=UTC))  # Mon, 10:00 in Madrid


@pytest.fixture
def walk_window(
    qtbot: QtBot, migrated_paths: AppPaths, clock: MovableClock
) -> Iterator[MainWindow]:
    with open_window(qtbot, migrated_paths, clock) as main:
        yield main


def test_a_delivery_doses_a_pen_set_aside_and_the_refill_reminder_once(
    qtbot: QtBot, walk_window: MainWindow, clock: MovableClock
) -> None:
    window = walk_window
    services = window.services
    assert services is not None
    services.plans.set_plan(
        PlanInputs(
            indication=Indication.SLE, route=Route.SUBQ, birth_date=date(1984, 3, 2),
            first_dose=date(2026, 11, 16), time_of_day=time(18, 0), zone="Europe/Madrid",
        )
    )  # fmt: skip  # weekly on Mondays at 18:00
    services.reminders.save_settings(ReminderSettings(check_ins=False))
    services.plans.log_dose(  # the first dose was given at the clinic, before any delivery
        sequence=1, given_at=datetime(2026, 11, 16, 17, 5, tzinfo=UTC), sites=[Site.THIGH_LEFT],
        given_by="clinic",
    )  # fmt: skip
    operations().announce(Change.EVERYTHING)
    notifier = RecordingNotifier()
    centre = window.start_reminders(
        notifier_factory=lambda _parent: notifier, zone=lambda: "Europe/Madrid"
    )
    assert centre is not None
    delivered: list[Reminder] = []
    centre.delivered.connect(lambda reminders, _consolidated: delivered.extend(reminders))

    def refills() -> list[Reminder]:
        return [r for r in delivered if r.kind is ReminderKind.REFILL]

    card = window.findChild(SuppliesCard)
    assert isinstance(card, SuppliesCard)
    today = window.page("today")
    assert isinstance(today, TodayPage)

    # 1. Settings → Supplies: a delivery of 4 (received today), from the pharmacy.
    window.show_page("settings")
    settings = window.page("settings")
    assert isinstance(settings, SettingsPage) and settings.supplies is not None
    box = settings.supplies
    dialog = box.open_delivery_dialog()
    qtbot.addWidget(dialog)
    dialog.count.setValue(4)
    dialog.lot.setText("AB123")
    dialog.expires.setDate(QDate(2027, 6, 30))
    dialog.pharmacy.setText("Farmacia Sol")
    dialog.save()
    assert dialog.saved
    window.show_page("today")
    assert card.on_hand.text() == "On hand: 4 pens or syringes."
    # Mon 23 and 30 Nov, 7 and 14 Dec: four weekly doses, one pen each
    assert card.covered.text() == "They cover your doses up to Monday, 14 December 2026."

    # 2. Dose 2, this evening, from Today's form: the lot is offered and said after saving.
    clock.now = datetime(2026, 11, 23, 17, 5, tzinfo=UTC)
    operations().announce(Change.EVERYTHING)  # the page as it reads at 18:05
    form = today.open_log_dialog()
    assert isinstance(form, LogDoseDialog)
    qtbot.addWidget(form)
    assert form.lot.text() == "AB123"
    form.save_button.click()
    assert form.logged is not None and form.logged.occurrence.sequence == 2
    assert "Pen used: lot AB123." in today.saved_note.text()
    assert card.on_hand.text() == "On hand: 3 pens or syringes."
    assert "14 December 2026" in card.covered.text()  # a pen used by the dose it covered

    # 3. Dose 3 a week later with "Taken now".
    clock.now = datetime(2026, 11, 30, 17, 5, tzinfo=UTC)
    operations().announce(Change.EVERYTHING)
    assert today.dose_actions.take_now() is not None
    assert "Pen used: lot AB123." in today.dose_actions.undo_bar.text.text()
    assert card.on_hand.text() == "On hand: 2 pens or syringes."
    assert "14 December 2026" in card.covered.text()

    # 4. One pen was out of the fridge too long: set aside, "covered until" moves back.
    window.show_page("settings")
    box.deliveries.setCurrentRow(0)
    box.reason.setCurrentIndex(box.reason.findData(DiscardReason.OUT_OF_FRIDGE_TOO_LONG))
    box.discard_selected()
    window.show_page("today")
    assert card.on_hand.text() == "On hand: 1 pen or syringe.", card.on_hand.text()
    assert card.covered.text() == "They cover your doses up to Monday, 7 December 2026."
    status = services.supplies.status()
    # the first dose not covered is Mon 14 Dec: ten days before, at the reminders' 08:00
    assert status.refill_reminder_at == datetime(2026, 12, 4, 7, 0, tzinfo=UTC)
    centre.tick()
    assert refills() == [] and "order more" not in card.warning.text()

    # 5. The refill reminder: not before its time, then once, through the reminder centre.
    clock.now = datetime(2026, 12, 4, 6, 59, tzinfo=UTC)
    centre.tick()
    assert refills() == []
    clock.now = datetime(2026, 12, 4, 7, 1, tzinfo=UTC)
    centre.tick()
    assert len(refills()) == 1
    sent = [s for s in notifier.sent if s[1] == "Time to order more pens"]
    assert len(sent) == 1 and len(notifier.sent) == 1  # one notification, the refill alone
    body = sent[0][2]
    assert "do not cover your dose on Mon, 14 Dec 2026" in body, body
    assert "Pharmacy: Farmacia Sol." in body, body
    assert "Time to order more pens or syringes." in card.warning.text()  # Today says it too
    for later in (
        datetime(2026, 12, 4, 12, 0, tzinfo=UTC),  # a later tick the same day
        datetime(2026, 12, 5, 7, 1, tzinfo=UTC),  # the next morning
        datetime(2026, 12, 4, 7, 1, tzinfo=UTC),  # the clock set back
    ):
        clock.now = later
        centre.tick()
    assert len(refills()) == 1
    assert len([s for s in notifier.sent if s[1] == "Time to order more pens"]) == 1
