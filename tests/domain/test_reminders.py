"""The reminder engine under a fixed, stepped clock: DST in three zones, travel under both
policies, sleep, clock jumps, the app closed over a due time. No reminder missed, none twice."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from belimumab_companion.domain.regimens import Indication, Regimen, Route, choose_regimen
from belimumab_companion.domain.reminders import (
    AT_THE_TIME,
    EVENING_BEFORE,
    MORNING_OF,
    Audience,
    LeadTime,
    Reminder,
    ReminderKind,
    ReminderSettings,
    Snooze,
    SnoozeChoice,
    TravelPolicy,
    dose_reminders,
    snooze_until,
    tick,
    with_snoozes,
)
from belimumab_companion.domain.schedule import Administration, PlanSegment, planned_doses

TICK = timedelta(minutes=5)
NO_CHECK_INS = ReminderSettings(check_ins=False)


def _weekly(first: date, at: time, zone: str, regimen: Regimen | None = None) -> PlanSegment:
    if regimen is None:
        result = choose_regimen(
            indication=Indication.SLE, route=Route.SUBQ, birth_date=date(1990, 1, 1), on=first
        )
        assert isinstance(result, Regimen)
        regimen = result
    return PlanSegment(1, regimen, first, at, zone)


class Engine:
    """The tick loop the Qt driver runs, with the handled keys and the mark it persists."""

    def __init__(
        self,
        segments: list[PlanSegment],
        settings: ReminderSettings = NO_CHECK_INS,
        administrations: Iterable[Administration] = (),
    ) -> None:
        self.segments = segments
        self.settings = settings
        self.administrations = list(administrations)
        self.handled: set[str] = set()
        self.mark: datetime | None = None
        self.fired: list[tuple[datetime, Reminder]] = []
        self.prompts: list[bool] = []
        self.snoozes: list[Snooze] = []

    def reminders(self, now: datetime, zone: str) -> list[Reminder]:
        doses = planned_doses(
            self.segments, self.administrations, now, now.date() + timedelta(days=21)
        )
        return with_snoozes(dose_reminders(doses, self.settings, zone), self.snoozes)

    def at(self, now: datetime, zone: str = "UTC") -> list[Reminder]:
        result = tick(self.reminders(now, zone), self.handled, self.mark, now, TICK)
        for reminder in result.fire:
            self.handled.add(reminder.key)
            self.fired.append((now, reminder))
        if result.fire:
            self.prompts.append(result.consolidated)
        self.mark = result.mark
        return result.fire

    def run(
        self, start: datetime, end: datetime, zone: Callable[[datetime], str] = lambda _: "UTC"
    ) -> None:
        now = start
        while now <= end:
            self.at(now, zone(now))
            now += TICK

    def keys(self) -> Counter[str]:
        return Counter(r.key for _, r in self.fired)


def _utc(
    year: int, month: int, day: int, hour: int = 0, minute: int = 0, second: int = 0
) -> datetime:
    return datetime(year, month, day, hour, minute, second, tzinfo=UTC)


@pytest.mark.parametrize(
    ("zone", "first", "at", "gap_day", "expected_local"),
    [
        # Spring forward: 02:30 does not exist; the policy is the moment after the jump.
        ("America/New_York", date(2026, 3, 1), time(2, 30), date(2026, 3, 8), time(3, 30)),
        ("Europe/Berlin", date(2026, 3, 22), time(2, 30), date(2026, 3, 29), time(3, 30)),
        ("Australia/Sydney", date(2026, 9, 27), time(2, 30), date(2026, 10, 4), time(3, 30)),
        # Fall back: 01:30 (New York, Berlin 02:30, Sydney 02:30) happens twice; the first counts.
        ("America/New_York", date(2026, 10, 25), time(1, 30), date(2026, 11, 1), time(1, 30)),
        ("Europe/Berlin", date(2026, 10, 18), time(2, 30), date(2026, 10, 25), time(2, 30)),
        ("Australia/Sydney", date(2026, 3, 29), time(2, 30), date(2026, 4, 5), time(2, 30)),
    ],
)
def test_dst_each_reminder_fires_once_at_the_policy_instant(
    zone: str, first: date, at: time, gap_day: date, expected_local: time
) -> None:
    engine = Engine([_weekly(first, at, zone)])
    tz = ZoneInfo(zone)
    start = datetime.combine(gap_day - timedelta(days=2), time(12), tz).astimezone(UTC)
    engine.run(start, start + timedelta(days=4))
    assert set(engine.keys().values()) == {1}  # none twice
    stem = "dose:1:2"  # the second weekly dose, on the DST day
    fired = {r.key: (now, r) for now, r in engine.fired}
    assert {f"{stem}:{EVENING_BEFORE.slot}", f"{stem}:{AT_THE_TIME.slot}", "prep:1:2"} <= set(fired)
    now, reminder = fired[f"{stem}:{AT_THE_TIME.slot}"]
    local = reminder.fire_at.astimezone(tz)
    assert (local.date(), local.time()) == (gap_day, expected_local)
    assert local.fold == 0
    assert timedelta(0) <= now - reminder.fire_at < TICK  # on time, not an hour late
    evening, _ = fired[f"{stem}:{EVENING_BEFORE.slot}"]
    assert evening.astimezone(tz).date() == gap_day - timedelta(days=1)


def test_wall_clock_lead_times_keep_their_local_time_across_dst() -> None:
    zone = ZoneInfo("Europe/Berlin")
    segment = _weekly(date(2026, 3, 23), time(18), "Europe/Berlin")  # Mondays, DST on Sun 29th
    doses = planned_doses([segment], [], _utc(2026, 3, 1), date(2026, 4, 6))
    settings = ReminderSettings(lead_times=(EVENING_BEFORE, MORNING_OF), check_ins=False)
    reminders = dose_reminders(doses, settings, "Europe/Berlin")
    evenings = [r.fire_at.astimezone(zone) for r in reminders if r.detail == EVENING_BEFORE.slot]
    assert [e.time() for e in evenings] == [time(19)] * 3
    assert [e.utcoffset() for e in evenings] == [
        timedelta(hours=1),
        timedelta(hours=2),
        timedelta(hours=2),
    ]
    prep = [r.fire_at.astimezone(zone) for r in reminders if r.kind is ReminderKind.PREP]
    assert [p.time() for p in prep] == [time(17, 30)] * 2  # R-25; none for the clinic dose


@pytest.mark.parametrize("policy", list(TravelPolicy))
def test_travel_berlin_to_new_york_misses_nothing_and_repeats_nothing(policy: TravelPolicy) -> None:
    # Dose on Tuesday 2026-11-24 at 18:00 Berlin; the flight lands in New York at 14:00 Berlin
    # time (08:00 there) and the computer's zone switches then.
    settings = ReminderSettings(check_ins=False, travel=policy)
    engine = Engine([_weekly(date(2026, 11, 17), time(18), "Europe/Berlin")], settings)
    landing = _utc(2026, 11, 24, 13, 0)
    engine.run(
        _utc(2026, 11, 23, 12, 0),
        _utc(2026, 11, 26, 12, 0),
        lambda now: "Europe/Berlin" if now < landing else "America/New_York",
    )
    keys = engine.keys()
    assert set(keys.values()) == {1}
    at_time = {r.key: r for _, r in engine.fired}[f"dose:1:2:{AT_THE_TIME.slot}"]
    if policy is TravelPolicy.KEEP_HOME:
        assert at_time.fire_at == _utc(2026, 11, 24, 17, 0)  # 18:00 Berlin = 12:00 New York
    else:
        new_york = at_time.fire_at.astimezone(ZoneInfo("America/New_York"))
        assert (new_york.date(), new_york.time()) == (date(2026, 11, 24), time(18))


def test_travel_east_under_follow_local_fires_late_rather_than_never() -> None:
    # A New York 18:00 dose; the computer switches to Berlin at 20:00 Berlin (14:00 New York):
    # 18:00 Berlin is already past, so the reminder fires at once instead of being lost.
    settings = ReminderSettings(
        check_ins=False, travel=TravelPolicy.FOLLOW_LOCAL, lead_times=(AT_THE_TIME,)
    )
    engine = Engine([_weekly(date(2026, 11, 17), time(18), "America/New_York")], settings)
    switch = _utc(2026, 11, 24, 19, 0)
    engine.run(
        _utc(2026, 11, 24, 12, 0),
        _utc(2026, 11, 25, 12, 0),
        lambda now: "America/New_York" if now < switch else "Europe/Berlin",
    )
    fired = {r.key: now for now, r in engine.fired}
    assert fired[f"dose:1:2:{AT_THE_TIME.slot}"] == switch
    assert set(engine.keys().values()) == {1}


def test_a_three_hour_sleep_gives_one_consolidated_prompt_and_no_refire() -> None:
    segment = _weekly(date(2026, 11, 16), time(18), "UTC")
    engine = Engine([segment])
    engine.at(_utc(2026, 11, 23, 17, 0))
    assert engine.at(_utc(2026, 11, 23, 17, 5)) == []
    # Asleep 17:05 -> 20:05: the prep (17:30) and the at-the-time (18:00) reminders fall in it.
    fired = engine.at(_utc(2026, 11, 23, 20, 5))
    assert [r.kind for r in fired] == [ReminderKind.PREP, ReminderKind.DOSE]
    assert engine.prompts[-1] is True  # one consolidated prompt
    assert engine.at(_utc(2026, 11, 23, 20, 10)) == []


def test_clock_jumps_back_and_forward() -> None:
    engine = Engine([_weekly(date(2026, 11, 16), time(18), "UTC")])
    engine.run(_utc(2026, 11, 23, 17, 0), _utc(2026, 11, 23, 18, 10))
    before = engine.keys()
    assert before[f"dose:1:2:{AT_THE_TIME.slot}"] == 1
    # Back one hour: nothing handled fires again, and the mark does not move back.
    assert engine.at(_utc(2026, 11, 23, 17, 10)) == []
    assert engine.mark == _utc(2026, 11, 23, 18, 10)
    engine.run(_utc(2026, 11, 23, 17, 15), _utc(2026, 11, 23, 18, 30))
    assert engine.keys() == before
    # Forward 30 minutes over the next week's prep time: it fires once.
    engine.at(_utc(2026, 11, 30, 17, 20))
    fired = engine.at(_utc(2026, 11, 30, 17, 50))
    assert [r.key for r in fired] == ["prep:1:3"]
    assert engine.at(_utc(2026, 11, 30, 17, 55)) == []


def test_the_app_closed_over_a_due_time_catches_up_after_a_restart() -> None:
    segment = _weekly(date(2026, 11, 16), time(18), "UTC")
    first = Engine([segment])
    first.run(_utc(2026, 11, 23, 9, 0), _utc(2026, 11, 23, 12, 0))
    handled, mark = set(first.handled), first.mark
    # Quit at 12:00; start again at 21:00 with what was persisted.
    second = Engine([segment])
    second.handled, second.mark = handled, mark
    fired = second.at(_utc(2026, 11, 23, 21, 0))
    assert {r.key for r in fired} == {"prep:1:2", f"dose:1:2:{AT_THE_TIME.slot}"}
    assert second.prompts == [True]
    assert second.at(_utc(2026, 11, 23, 21, 5)) == []


def test_the_very_first_run_does_not_replay_the_past() -> None:
    engine = Engine([_weekly(date(2026, 1, 5), time(18), "UTC")])
    assert engine.at(_utc(2026, 11, 23, 9, 0)) == []
    assert engine.mark == _utc(2026, 11, 23, 9, 0)


def test_a_given_dose_gets_no_dose_reminder_and_gets_check_ins_r33() -> None:
    segment = _weekly(date(2026, 11, 16), time(18), "Europe/Madrid")
    given = Administration(
        1, 2, datetime(2026, 11, 23, 17, 40, tzinfo=ZoneInfo("Europe/Madrid")), 200
    )
    doses = planned_doses([segment], [given], _utc(2026, 11, 23, 18), date(2026, 11, 23))
    reminders = dose_reminders(doses, ReminderSettings(), "Europe/Madrid")
    second = [r for r in reminders if r.sequence == 2]
    assert {r.kind for r in second} == {ReminderKind.CHECK_IN}
    days = [r.fire_at.astimezone(ZoneInfo("Europe/Madrid")) for r in second]
    assert [d.date() for d in days] == [date(2026, 11, 23) + timedelta(days=k) for k in range(8)]
    assert days[0].time() == time(19)  # the dose day, after the dose
    late = Administration(
        1, 2, datetime(2026, 11, 23, 21, 0, tzinfo=ZoneInfo("Europe/Madrid")), 200
    )
    doses = planned_doses([segment], [late], _utc(2026, 11, 23, 22), date(2026, 11, 23))
    day0 = next(
        r for r in dose_reminders(doses, ReminderSettings(), "UTC") if r.key == "check-in:1:2:0"
    )
    assert day0.fire_at.astimezone(ZoneInfo("Europe/Madrid")).time() == time(22)  # an hour after


def test_quiet_hours_defer_lead_times_and_check_ins_but_never_the_dose_itself() -> None:
    settings = ReminderSettings(
        lead_times=(LeadTime(days_before=1, at=time(22, 30)), AT_THE_TIME),
        quiet_from=time(22, 0),
        quiet_until=time(7, 0),
        check_in_at=time(23, 0),
    )
    segment = _weekly(date(2026, 11, 16), time(23, 15), "UTC")
    given = Administration(1, 1, _utc(2026, 11, 16, 23, 15), 200)
    doses = planned_doses([segment], [given], _utc(2026, 11, 17), date(2026, 11, 23))
    by_key = {r.key: r.fire_at for r in dose_reminders(doses, settings, "UTC")}
    assert by_key["dose:1:2:d1@2230"] == _utc(2026, 11, 23, 7, 0)  # deferred to the morning
    assert by_key["dose:1:2:m0"] == _utc(2026, 11, 23, 23, 15)  # never deferred
    assert by_key["prep:1:2"] == _utc(2026, 11, 23, 22, 45)  # never deferred
    assert by_key["check-in:1:1:1"] == _utc(2026, 11, 18, 7, 0)


def test_snooze_fires_once_more_at_its_end() -> None:
    engine = Engine([_weekly(date(2026, 11, 16), time(18), "UTC")])
    engine.run(_utc(2026, 11, 23, 17, 50), _utc(2026, 11, 23, 18, 0))
    settings = ReminderSettings()
    until = snooze_until(SnoozeChoice.TEN_MINUTES, _utc(2026, 11, 23, 18, 0), "UTC", settings)
    engine.snoozes.append(Snooze(f"dose:1:2:{AT_THE_TIME.slot}", until))
    engine.run(_utc(2026, 11, 23, 18, 5), _utc(2026, 11, 23, 18, 30))
    snoozed = [r for _, r in engine.fired if "#snooze" in r.key]
    assert len(snoozed) == 1 and snoozed[0].fire_at == _utc(2026, 11, 23, 18, 10)
    morning = snooze_until(
        SnoozeChoice.TOMORROW_MORNING, _utc(2026, 11, 23, 23, 30), "Australia/Sydney", settings
    )
    assert morning.astimezone(ZoneInfo("Australia/Sydney")) == datetime(
        2026, 11, 25, 8, 0, tzinfo=ZoneInfo("Australia/Sydney")
    )  # 23:30 UTC is already the 24th in Sydney: tomorrow morning is the 25th
    assert snooze_until(SnoozeChoice.ONE_HOUR, _utc(2026, 11, 23), "UTC", settings) == _utc(
        2026, 11, 23, 1
    )


def test_r10_r11_audience_and_the_clinic_dose() -> None:
    child = choose_regimen(
        indication=Indication.SLE,
        route=Route.SUBQ,
        birth_date=date(2018, 1, 1),
        on=date(2026, 11, 16),
        weight_kg=25,
    )
    assert isinstance(child, Regimen)
    segment = _weekly(date(2026, 11, 16), time(17), "UTC", child)
    doses = planned_doses([segment], [], _utc(2026, 11, 1), date(2026, 12, 31))
    reminders = dose_reminders(doses, NO_CHECK_INS, "UTC", {1: Audience.CAREGIVER})
    assert {r.audience for r in reminders} == {Audience.CAREGIVER}
    assert "prep:1:1" not in {r.key for r in reminders}  # the first is at the clinic
    assert "prep:1:2" in {r.key for r in reminders}
    assert all(r.in_clinic for r in reminders if r.sequence == 1)


def test_an_infusion_never_follows_the_local_zone() -> None:
    iv = choose_regimen(
        indication=Indication.SLE,
        route=Route.IV,
        birth_date=date(1990, 1, 1),
        on=date(2026, 11, 2),
        weight_kg=60,
    )
    assert isinstance(iv, Regimen)
    segment = _weekly(date(2026, 11, 2), time(10), "Europe/Berlin", iv)
    doses = planned_doses([segment], [], _utc(2026, 11, 1), date(2026, 11, 30))
    settings = ReminderSettings(travel=TravelPolicy.FOLLOW_LOCAL, check_ins=False)
    reminders = dose_reminders(doses, settings, "America/New_York")
    at_time = [r for r in reminders if r.detail == AT_THE_TIME.slot]
    assert [r.fire_at for r in at_time] == [d.due for d in doses]
    assert not any(r.kind is ReminderKind.PREP for r in reminders)  # nothing to prepare
