"""The reminder engine with its real SQLite file: exactly once across restarts, clock jumps and
sleep; unanswered prompts come back after a restart; snoozes; settings round trip."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import event, select

from belimumab_companion.domain.dose_log import Site
from belimumab_companion.domain.regimens import Indication, Route
from belimumab_companion.domain.reminders import (
    AT_THE_TIME,
    MORNING_OF,
    Reminder,
    ReminderAnswer,
    ReminderKind,
    ReminderSettings,
    SnoozeChoice,
    TravelPolicy,
)
from belimumab_companion.paths import AppPaths
from belimumab_companion.services.app_services import AppServices, build_services
from belimumab_companion.services.plan_service import PlanInputs
from belimumab_companion.services.reminder_service import (
    MARK_REFRESH,
)
from belimumab_companion.storage.models import ReminderLogRow
from testsupport import MovableClock


def _open(paths: AppPaths, clock: MovableClock) -> AppServices:
    services = build_services(paths, clock=clock)
    services.reminders.interval = timedelta(minutes=5)
    return services


def _plan(services: AppServices) -> None:
    services.plans.set_plan(
        PlanInputs(
            indication=Indication.SLE,
            route=Route.SUBQ,
            birth_date=date(1990, 1, 1),
            first_dose=date(2026, 11, 16),
            time_of_day=time(18),
            zone="Europe/Berlin",
        )
    )
    services.reminders.save_settings(ReminderSettings(check_ins=False))


def _utc(
    year: int, month: int, day: int, hour: int = 0, minute: int = 0, second: int = 0
) -> datetime:
    return datetime(year, month, day, hour, minute, second, tzinfo=UTC)


def test_exactly_once_across_a_restart_and_a_backward_jump(data_paths: AppPaths) -> None:
    clock = MovableClock(_utc(2026, 11, 23, 12, 0))
    services = _open(data_paths, clock)
    _plan(services)
    assert services.reminders.tick("Europe/Berlin").fire == []  # first run: the mark is set
    clock.now = _utc(2026, 11, 23, 16, 25)
    assert services.reminders.tick("Europe/Berlin").fire == []
    clock.now = _utc(2026, 11, 23, 16, 30)  # 17:30 Berlin: the prep reminder
    first = services.reminders.tick("Europe/Berlin")
    assert [r.key for r in first.fire] == ["prep:1:2"] and not first.consolidated
    services.close()

    clock.now = _utc(2026, 11, 23, 18, 0)  # closed over the dose time; started again at 19:00
    services = _open(data_paths, clock)
    second = services.reminders.tick("Europe/Berlin")
    assert [r.key for r in second.fire] == [f"dose:1:2:{AT_THE_TIME.slot}"]
    clock.now = _utc(2026, 11, 23, 15, 0)  # the clock jumps back three hours
    assert services.reminders.tick("Europe/Berlin").fire == []
    assert services.reminders.mark() == _utc(2026, 11, 23, 18, 0)
    clock.now = _utc(2026, 11, 23, 18, 30)
    assert services.reminders.tick("Europe/Berlin").fire == []
    services.close()


def test_sleep_gives_one_consolidated_prompt(data_paths: AppPaths) -> None:
    clock = MovableClock(_utc(2026, 11, 23, 14, 0))
    services = _open(data_paths, clock)
    _plan(services)
    services.reminders.tick("Europe/Berlin")
    clock.now = _utc(2026, 11, 23, 19, 0)  # asleep 15:00 -> 20:00 Berlin
    outcome = services.reminders.tick("Europe/Berlin")
    assert [r.kind for r in outcome.fire] == [ReminderKind.PREP, ReminderKind.DOSE]
    assert outcome.consolidated
    services.close()


def test_unanswered_prompts_survive_a_restart_until_answered_or_logged(
    data_paths: AppPaths,
) -> None:
    clock = MovableClock(_utc(2026, 11, 23, 16, 0))
    services = _open(data_paths, clock)
    _plan(services)
    services.reminders.tick("Europe/Berlin")
    clock.now = _utc(2026, 11, 23, 17, 5)
    services.reminders.tick("Europe/Berlin")
    services.close()
    services = _open(data_paths, clock)
    seen = _statements(services)
    pending = services.reminders.pending("Europe/Berlin")
    assert [(r.sequence, r.kind) for r in pending] == [(2, ReminderKind.DOSE)]
    assert [s for s in seen if s.startswith("BEGIN")] == ["BEGIN"]  # one read transaction
    services.plans.log_dose(given_at=_utc(2026, 11, 23, 17, 4), sites=[Site.THIGH_LEFT])
    assert services.reminders.pending("Europe/Berlin") == []  # logged: nothing to answer
    services.close()


def test_answer_and_snooze(data_paths: AppPaths) -> None:
    clock = MovableClock(_utc(2026, 11, 23, 16, 0))
    services = _open(data_paths, clock)
    _plan(services)
    services.reminders.tick("Europe/Berlin")
    clock.now = _utc(2026, 11, 23, 17, 0)
    fired = services.reminders.tick("Europe/Berlin").fire
    dose = fired[-1]
    until = services.reminders.snooze(dose, SnoozeChoice.TEN_MINUTES, "Europe/Berlin")
    assert until == _utc(2026, 11, 23, 17, 10)
    assert services.reminders.pending("Europe/Berlin") == []  # answered by the snooze
    clock.now = _utc(2026, 11, 23, 17, 5)
    assert services.reminders.tick("Europe/Berlin").fire == []
    clock.now = _utc(2026, 11, 23, 17, 10)
    again = services.reminders.tick("Europe/Berlin").fire
    assert len(again) == 1 and again[0].key.startswith(dose.key + "#snooze@")
    services.reminders.answer(2, 2, ReminderAnswer.MISSED)  # a different dose: no effect
    segment = services.plans.segments()[-1].id
    services.reminders.answer(segment, 2, ReminderAnswer.MISSED)
    assert services.reminders.pending("Europe/Berlin") == []
    clock.now = _utc(2026, 11, 23, 18, 0)
    assert services.reminders.tick("Europe/Berlin").fire == []
    services.close()


def test_settings_round_trip_and_a_damaged_value_falls_back(data_paths: AppPaths) -> None:
    services = _open(data_paths, MovableClock(_utc(2026, 11, 23)))
    value = ReminderSettings(
        lead_times=(MORNING_OF, AT_THE_TIME),
        quiet_from=time(22),
        quiet_until=time(7),
        travel=TravelPolicy.FOLLOW_LOCAL,
    )
    services.reminders.save_settings(value)
    assert services.reminders.settings() == value
    services.close()


def test_the_engine_serves_any_kind_from_a_source_exactly_once(data_paths: AppPaths) -> None:
    from belimumab_companion.domain.reminders import Reminder

    clock = MovableClock(_utc(2026, 11, 23, 12, 0))
    services = _open(data_paths, clock)
    at = _utc(2026, 11, 23, 20, 0)
    pill = Reminder(at, "contraception:daily:2026-11-23", ReminderKind.CONTRACEPTION, at)
    services.reminders.sources.append(lambda _now: [pill])
    assert services.reminders.tick("UTC").fire == []
    clock.now = _utc(2026, 11, 23, 20, 0)
    assert [r.key for r in services.reminders.tick("UTC").fire] == [pill.key]
    clock.now = _utc(2026, 11, 23, 20, 5)
    assert services.reminders.tick("UTC").fire == []
    services.close()


def _statements(services: AppServices) -> list[str]:
    """Every statement the data file is sent from now on (its BEGINs included)."""
    seen: list[str] = []

    def record(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        seen.append(" ".join(statement.split()).upper())

    event.listen(services.database.engine, "before_cursor_execute", record)
    return seen


def _writes(seen: list[str]) -> list[str]:
    return [s.split()[0] for s in seen if s.split()[0] in ("INSERT", "UPDATE", "DELETE")]


def test_a_tick_reads_in_one_transaction_and_writes_only_what_it_must(
    data_paths: AppPaths,
) -> None:
    clock = MovableClock(_utc(2026, 11, 23, 12, 0))
    services = _open(data_paths, clock)
    _plan(services)
    services.reminders.tick("Europe/Berlin")  # the first run stores the mark
    seen = _statements(services)

    clock.now = _utc(2026, 11, 23, 12, 5)  # nothing due
    assert services.reminders.tick("Europe/Berlin").fire == []
    assert [s for s in seen if s.startswith("BEGIN")] == ["BEGIN"]  # one read, no write lock
    assert _writes(seen) == [] and "BEGIN IMMEDIATE" not in seen
    assert services.reminders.mark() == _utc(2026, 11, 23, 12, 5)  # moved on, in memory

    seen.clear()
    clock.now = _utc(2026, 11, 23, 16, 30)  # 17:30 Berlin: the prep reminder is due
    fired = services.reminders.tick("Europe/Berlin")
    assert [r.key for r in fired.fire] == ["prep:1:2"]
    assert [s for s in seen if s.startswith("BEGIN")] == ["BEGIN", "BEGIN IMMEDIATE"]
    assert _writes(seen) == ["INSERT", "UPDATE"]  # the log row, the mark

    seen.clear()
    clock.now = _utc(2026, 11, 23, 16, 35)
    assert services.reminders.tick("Europe/Berlin").fire == []
    assert "BEGIN IMMEDIATE" not in seen and _writes(seen) == []

    seen.clear()  # nothing due for a while: the stored mark is brought up to date now and then
    clock.now = _utc(2026, 11, 23, 16, 30) + MARK_REFRESH
    assert services.reminders.tick("Europe/Berlin").fire == []
    assert _writes(seen) == ["UPDATE"]
    services.close()

    services = _open(data_paths, clock)  # a restart reads the stored mark: nothing fires twice
    assert services.reminders.mark() == _utc(2026, 11, 23, 16, 30) + MARK_REFRESH
    assert services.reminders.tick("Europe/Berlin").fire == []
    services.close()


def test_a_reminder_another_process_logged_meanwhile_is_not_fired_twice(
    data_paths: AppPaths,
) -> None:
    """The tick's read and its write are two transactions: what another engine logs between
    them (here: while this tick reads the contraception source) is not fired again."""
    clock = MovableClock(_utc(2026, 11, 23, 12, 0))
    other = _open(data_paths, clock)
    _plan(other)
    other.reminders.tick("Europe/Berlin")
    services = _open(data_paths, clock)
    services.reminders.tick("Europe/Berlin")
    fired_by_other: list[str] = []

    def other_ticks_meanwhile(now: datetime) -> list[Reminder]:
        fired_by_other.extend(r.key for r in other.reminders.tick("Europe/Berlin").fire)
        return []

    services.reminders.sources.append(other_ticks_meanwhile)
    clock.now = _utc(2026, 11, 23, 16, 30)
    assert services.reminders.tick("Europe/Berlin").fire == []
    assert fired_by_other == ["prep:1:2"]
    with services.database.sessions.read() as session:
        assert list(session.scalars(select(ReminderLogRow.key))) == ["prep:1:2"]
    other.close()
    services.close()
