"""The contraception module on a real SQLite file: the window follows the dose log and the stop
(R-36), the reminders reach the engine and go on after treatment stops, done/missed are kept,
pregnancy events are recorded (R-37), and the module off means no reminders."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

import pytest
from sqlalchemy import event

from belimumab_companion.domain.contraception import (
    Action,
    Method,
    PregnancyEvent,
    SetupProblem,
    WindowState,
    default_setup,
)
from belimumab_companion.domain.dose_log import Site
from belimumab_companion.domain.regimens import Indication, Route
from belimumab_companion.domain.reminders import ReminderKind, ReminderSettings
from belimumab_companion.paths import AppPaths
from belimumab_companion.services.app_services import AppServices, build_services
from belimumab_companion.services.contraception_service import (
    DONE,
    MISSED,
    ContraceptionInputError,
)
from belimumab_companion.services.plan_service import PlanInputs
from testsupport import MovableClock

ZONE = "Europe/Berlin"


def _utc(
    year: int, month: int, day: int, hour: int = 0, minute: int = 0, second: int = 0
) -> datetime:
    return datetime(year, month, day, hour, minute, second, tzinfo=UTC)


@pytest.fixture
def clock() -> MovableClock:
    return MovableClock(_utc(2026, 10, 1, 9))


@pytest.fixture
def app(migrated_paths: AppPaths, clock: MovableClock) -> Iterator[AppServices]:
    services = build_services(migrated_paths, clock=clock)
    services.reminders.save_settings(ReminderSettings(check_ins=False, lead_times=()))
    yield services
    services.close()


def _plan(app: AppServices) -> None:
    app.plans.set_plan(
        PlanInputs(
            indication=Indication.SLE,
            route=Route.SUBQ,
            birth_date=date(1989, 5, 1),
            first_dose=date(2026, 10, 3),
            time_of_day=time(18),
            zone=ZONE,
        )
    )


def _give(app: AppServices, clock: MovableClock, day: date) -> None:
    given = datetime.combine(day, time(16, 30), UTC)
    clock.now = given + timedelta(minutes=5)
    dose = next(d for d in app.plans.schedule(clock.now) if d.due.date() == day)
    app.plans.log_dose(given_at=given, sites=[Site.THIGH_LEFT], sequence=dose.sequence)


def _pill(app: AppServices) -> int:
    setup = default_setup(Method.COMBINED_PILL, date(2026, 10, 1), time(21), ZONE)
    return app.contraception.set_method(setup).id


def test_maya_stops_treatment_and_the_reminders_go_on_until_28_february(
    app: AppServices, clock: MovableClock
) -> None:
    _plan(app)
    setup_id = _pill(app)
    for day in (3, 10, 17, 24, 31):
        _give(app, clock, date(2026, 10, day))
    window = app.contraception.window(ZONE)
    assert window.state is WindowState.ON_TREATMENT
    assert window.needed_until == date(2027, 2, 28)  # the last dose + 4 months
    app.plans.stop(date(2026, 10, 31), "decided with my rheumatologist")
    clock.now = _utc(2027, 1, 10, 9)
    window = app.contraception.window(ZONE)
    assert (window.state, window.needed_until) == (WindowState.AFTER_TREATMENT, date(2027, 2, 28))

    # the engine serves the method's reminders, exactly once, after treatment stopped
    assert app.reminders.tick(ZONE).fire == []  # first run sets the mark
    clock.now = _utc(2027, 1, 10, 20, 1)  # 21:01 in Berlin
    fired = app.reminders.tick(ZONE).fire
    assert [(r.kind, r.detail) for r in fired] == [(ReminderKind.CONTRACEPTION, "take-pill")]
    assert fired[0].key == f"contraception:{setup_id}:2027-01-10:take-pill"
    assert app.reminders.tick(ZONE).fire == []

    # two weeks before the end: the notice
    clock.now = _utc(2027, 2, 14, 19, 59)
    app.reminders.tick(ZONE)
    clock.now = _utc(2027, 2, 14, 20, 1)
    details = {r.detail for r in app.reminders.tick(ZONE).fire}
    assert "window-ending" in details
    assert app.contraception.window(ZONE).state is WindowState.ENDING_SOON

    # the last day still reminds; the day after only says the window has ended
    clock.now = _utc(2027, 2, 28, 20, 1)
    assert app.reminders.tick(ZONE).fire  # the pill on 28 February (a pill day of the cycle)
    clock.now = _utc(2027, 3, 1, 20, 1)
    assert [r.detail for r in app.reminders.tick(ZONE).fire] == ["window-ended"]
    clock.now = _utc(2027, 3, 5, 20, 1)
    assert app.reminders.tick(ZONE).fire == []
    assert app.contraception.window(ZONE).state is WindowState.ENDED
    assert app.contraception.status(ZONE).next_item is None


def test_a_later_dose_moves_the_end_and_a_skipped_one_does_not(
    app: AppServices, clock: MovableClock
) -> None:
    _plan(app)
    _give(app, clock, date(2026, 10, 3))
    assert app.contraception.window(ZONE).needed_until == date(2027, 2, 3)
    _give(app, clock, date(2026, 10, 10))
    assert app.contraception.window(ZONE).needed_until == date(2027, 2, 10)
    app.plans.skip_on_advice(1, 3, "care team said so")
    assert app.plans.course().last_dose == date(2026, 10, 10)


def test_on_treatment_without_a_dose_the_window_is_open_from_today(
    app: AppServices, clock: MovableClock
) -> None:
    assert app.contraception.window(ZONE).state is WindowState.NOT_STARTED
    _plan(app)
    window = app.contraception.window(ZONE)
    assert (window.state, window.needed_until) == (WindowState.ON_TREATMENT, date(2026, 10, 1))


def test_done_and_missed_are_kept_and_the_newest_counts(
    app: AppServices, clock: MovableClock
) -> None:
    _plan(app)
    _pill(app)
    clock.now = _utc(2026, 10, 4, 21)  # 23:00 in Berlin on the 4th
    begins: list[str] = []

    def record(conn: Any, cursor: Any, statement: str, *rest: Any) -> None:
        if statement.upper().startswith("BEGIN"):
            begins.append(statement.upper())

    event.listen(app.database.engine, "before_cursor_execute", record)
    status = app.contraception.status(ZONE)
    event.remove(app.database.engine, "before_cursor_execute", record)
    assert begins == ["BEGIN"]  # the page's status: one read transaction, no write lock
    assert status.next_item is not None and status.next_item.action is Action.TAKE_PILL
    assert status.next_item.due == datetime(2026, 10, 5, 19, tzinfo=UTC)
    assert [i.due.date() for i in status.recent] == [date(2026, 10, d) for d in (4, 3, 2, 1)]
    assert status.recent[-1].action is Action.START_PACK
    today = status.recent[0]
    app.contraception.answer(today, MISSED, ZONE)
    app.contraception.answer(today, DONE, ZONE)  # found the pill taken after all
    again = app.contraception.status(ZONE).recent[0]
    assert (again.key, again.answer) == (today.key, DONE)
    assert [i.answer for i in app.contraception.log()] == [DONE, MISSED]
    assert app.contraception.log()[0].due.strftime("%H:%M") == "21:00"  # local, not UTC
    with pytest.raises(ValueError):
        app.contraception.answer(today, "maybe", ZONE)


def test_answering_also_answers_the_fired_reminder(app: AppServices, clock: MovableClock) -> None:
    import sqlite3

    _plan(app)
    _pill(app)
    clock.now = _utc(2026, 10, 2, 18)
    app.reminders.tick(ZONE)
    clock.now = _utc(2026, 10, 2, 19, 1)
    [fired] = app.reminders.tick(ZONE).fire
    item = app.contraception.status(ZONE).recent[0]
    assert item.key == fired.key
    app.contraception.answer(item, DONE, ZONE)
    connection = sqlite3.connect(app.paths.database)
    row = connection.execute("SELECT answer FROM reminder_log WHERE key = ?", (fired.key,))
    assert row.fetchone() == (DONE.value,)  # the stored text
    connection.close()


def test_the_module_off_gives_no_reminders_and_keeps_the_data(
    app: AppServices, clock: MovableClock
) -> None:
    assert app.contraception.enabled() is None  # never asked
    _plan(app)
    _pill(app)
    assert app.contraception.enabled() is True  # setting a method turns it on
    assert app.contraception.reminders(clock.now)
    app.contraception.set_enabled(False)
    assert app.contraception.reminders(clock.now) == []
    status = app.contraception.status(ZONE)
    assert (status.enabled, status.next_item, status.recent) == (False, None, [])
    assert status.setup is not None  # kept for when it is turned on again
    app.contraception.set_enabled(True)
    assert app.contraception.reminders(clock.now)


def test_a_new_method_replaces_the_old_one_and_bad_input_is_refused(
    app: AppServices, clock: MovableClock
) -> None:
    first = _pill(app)
    with pytest.raises(ContraceptionInputError) as refused:
        app.contraception.set_method(
            default_setup(Method.IMPLANT, date(2026, 10, 1), time(9), ZONE)
        )
    assert refused.value.problem is SetupProblem.REPLACE_BY_NEEDED
    current = app.contraception.current()
    assert current is not None and current.id == first  # nothing changed
    ring = default_setup(Method.RING, date(2026, 10, 1), time(9), ZONE)
    second = app.contraception.set_method(ring)
    assert second.id != first
    current = app.contraception.current()
    assert current is not None and current.setup == ring


def test_a_slow_rhythm_shows_its_next_reminder_months_ahead(
    app: AppServices, clock: MovableClock
) -> None:
    _plan(app)
    app.contraception.set_method(default_setup(Method.INJECTION, date(2026, 9, 1), time(10), ZONE))
    status = app.contraception.status(ZONE)
    assert status.next_item is not None
    assert status.next_item.action is Action.INJECTION
    assert status.next_item.due.date() == date(2026, 12, 1)  # 13 weeks after 1 September
    implant = default_setup(
        Method.IMPLANT, date(2025, 1, 1), time(10), ZONE, replace_by=date(2028, 1, 1)
    )
    app.contraception.set_method(implant)
    status = app.contraception.status(ZONE)
    assert status.next_item is not None
    assert (status.next_item.action, status.next_item.due.date()) == (
        Action.REPLACE_SOON,
        date(2027, 12, 4),
    )


def test_pregnancy_events_are_recorded_with_their_date_and_window(
    app: AppServices, clock: MovableClock
) -> None:
    _plan(app)
    _give(app, clock, date(2026, 10, 3))
    app.plans.stop(date(2026, 10, 3), "pause")
    clock.now = _utc(2027, 1, 15, 9)
    event = app.contraception.record_pregnancy_event(
        PregnancyEvent.MIGHT_BE_PREGNANT, date(2027, 1, 15), ZONE, " home test "
    )
    assert (event.kind, event.on, event.in_window, event.note) == (
        PregnancyEvent.MIGHT_BE_PREGNANT,
        date(2027, 1, 15),
        True,  # within 4 months of the last dose
        "home test",
    )
    late = app.contraception.record_pregnancy_event(
        PregnancyEvent.PREGNANT, date(2027, 1, 14), ZONE
    )
    assert late.in_window
    with pytest.raises(ValueError):
        app.contraception.record_pregnancy_event(PregnancyEvent.PREGNANT, date(2027, 1, 16), ZONE)
    assert [e.id for e in app.contraception.pregnancy_events()] == [event.id, late.id]
    app.contraception.delete_pregnancy_event(event.id)
    assert [e.id for e in app.contraception.pregnancy_events()] == [late.id]
    app.contraception.restore_pregnancy_event(event.id)
    assert len(app.contraception.pregnancy_events()) == 2
    clock.now = _utc(2027, 6, 1, 9)
    outside = app.contraception.record_pregnancy_event(
        PregnancyEvent.PREGNANT, date(2027, 6, 1), ZONE
    )
    assert not outside.in_window


def test_before_any_treatment_no_reminder_is_promised(
    app: AppServices, clock: MovableClock
) -> None:
    _pill(app)  # the module on and a method set, but no plan yet
    assert app.contraception.reminders(clock.now) == []
    status = app.contraception.status(ZONE)
    assert status.window.state is WindowState.NOT_STARTED
    assert (status.next_item, status.recent) == (None, [])
