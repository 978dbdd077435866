"""The dose-state model (R-16, R-18, R-20, R-21, R-47, R-05, R-11), searched by Hypothesis.

A simulated patient lives through a plan day by day: on each day they may give the dose the app
suggests (on time or late), give nothing, or have the care team skip one. At every moment the
invariants of issue 16 must hold, for every regimen:

- at most one dose is suggested, never on a day that already has a SubQ dose (R-18, R-47);
- once a later dose is given or the next dose's day has begun, an earlier missed dose is
  missed-closed, never open again (R-47);
- LN SubQ: exactly four 400 mg doses are given when the patient follows the suggestions (R-05);
- a date left to the care team (awaiting-care-team) is never firm, never suggested, never
  reminded (R-11, R-20, R-21).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from belimumab_companion.domain.dose_state import (
    GIVEN_STATES,
    MISSED_STATES,
    DoseFacts,
    DoseStatus,
    MissedAdvice,
    dose_states,
)
from belimumab_companion.domain.regimens import Indication, Regimen, Route, choose_regimen
from belimumab_companion.domain.reminders import ReminderSettings, dose_reminders
from belimumab_companion.domain.schedule import (
    Administration,
    PlannedDose,
    PlanSegment,
    planned_doses,
)

ZONES = ["Europe/Madrid", "America/New_York", "Australia/Sydney", "UTC", "Asia/Kolkata"]

# Every regimen the label gives, adult and child, SubQ and IV.
PLANS: dict[str, dict[str, object]] = {
    "sle-subq-adult": {"indication": Indication.SLE, "route": Route.SUBQ, "age": 40},
    "ln-subq-adult": {"indication": Indication.LN, "route": Route.SUBQ, "age": 40},
    "sle-subq-child-weekly": {
        "indication": Indication.SLE,
        "route": Route.SUBQ,
        "age": 12,
        "weight": 45.0,
    },
    "sle-subq-child-14-days": {
        "indication": Indication.SLE,
        "route": Route.SUBQ,
        "age": 8,
        "weight": 25.0,
    },
    "sle-iv-adult": {"indication": Indication.SLE, "route": Route.IV, "age": 40, "weight": 60.0},
    "ln-iv-adult": {"indication": Indication.LN, "route": Route.IV, "age": 40, "weight": 60.0},
    "sle-iv-child": {"indication": Indication.SLE, "route": Route.IV, "age": 9, "weight": 30.0},
}


def make_regimen(name: str, start: date) -> Regimen:
    plan = PLANS[name]
    age = plan["age"]
    assert isinstance(age, int)
    result = choose_regimen(
        indication=plan["indication"],  # type: ignore[arg-type]  # the PLANS table holds mixed values
        route=plan["route"],  # type: ignore[arg-type]  # the PLANS table holds mixed values
        birth_date=date(start.year - age, 1, 15),
        on=start,
        weight_kg=plan.get("weight"),  # type: ignore[arg-type]  # the PLANS table holds mixed values
    )
    assert isinstance(result, Regimen), result
    return result


# What the patient does on one day: give the suggested dose (at an hour), or do nothing.
day_actions = st.lists(
    st.one_of(st.none(), st.integers(min_value=6, max_value=23)), min_size=20, max_size=120
)


def check_invariants(doses: list[PlannedDose], now: datetime) -> None:
    suggested = [d for d in doses if d.suggested]
    assert len(suggested) <= 1, "R-47: at most one dose suggested"
    for dose in suggested:
        assert dose.status in (DoseStatus.OPEN, DoseStatus.DUE, DoseStatus.OVERDUE)
        today = now.astimezone(dose.due.tzinfo).date()
        if dose.route is Route.SUBQ:
            assert not any(d.given_day == today for d in doses if d.route is Route.SUBQ), "R-18"
    assert sum(d.status is DoseStatus.OPEN for d in doses) <= 1, "R-47: one open dose"
    for i, dose in enumerate(doses):
        if dose.status is DoseStatus.OPEN:
            later_given = any(d.status in GIVEN_STATES for d in doses[i + 1 :])
            following = doses[i + 1] if i + 1 < len(doses) else None
            today = now.astimezone(dose.due.tzinfo).date()
            assert not later_given, "R-47: a later dose was given"
            assert following is None or following.local_date > today, "R-47: next day begun"
            assert dose.local_date < today
        if dose.status is DoseStatus.AWAITING_CARE_TEAM:
            assert not dose.firm and not dose.suggested
            assert dose.advice in (
                MissedAdvice.CONTACT_CARE_TEAM,
                MissedAdvice.CONTACT_INFUSION_CENTRE,
            )
        if dose.status is DoseStatus.OPEN and dose.route is Route.SUBQ and dose.in_clinic:
            raise AssertionError("R-11: a missed clinic dose is never 'inject when you remember'")
        if dose.route is Route.IV:
            assert dose.advice not in (
                MissedAdvice.INJECT_WHEN_REMEMBERED,
                MissedAdvice.INJECT_AND_ASK_NEXT_DATE,
            ), "R-03/R-21: never inject an infusion at home"
    # Reminders only for firm doses still to give (R-47 / never a care-team date as firm).
    reminded = {
        (r.segment_id, r.sequence) for r in dose_reminders(doses, ReminderSettings(), "UTC")
    }
    for dose in doses:
        if dose.status in (DoseStatus.AWAITING_CARE_TEAM, DoseStatus.MISSED_CLOSED):
            assert (dose.segment_id, dose.sequence) not in reminded


@settings(max_examples=120, deadline=None)
@given(
    plan=st.sampled_from(sorted(PLANS)),
    zone=st.sampled_from(ZONES),
    start=st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 12, 31)),
    at=st.sampled_from([time(0, 0), time(2, 30), time(9, 0), time(20, 45), time(23, 59)]),
    actions=day_actions,
    given_first=st.booleans(),
)
def test_r47_a_patient_following_the_app_never_meets_two_suggestions(
    plan: str,
    zone: str,
    start: date,
    at: time,
    actions: list[int | None],
    given_first: bool,
) -> None:
    regimen = make_regimen(plan, start)
    segment = PlanSegment(1, regimen, start, at, zone, weight_kg=60.0)
    tz = ZoneInfo(zone)
    log: list[Administration] = []
    if given_first:  # the clinic gave the first dose on its day
        log.append(Administration(1, 1, datetime.combine(start, at, tz), 400.0))
    for offset, hour in enumerate(actions):
        day = start + timedelta(days=offset)
        now = datetime.combine(day, time(hour if hour is not None else 12), tz)
        doses = planned_doses([segment], log, now, day + timedelta(days=60))
        check_invariants(doses, now)
        if hour is None:
            continue
        chosen = next((d for d in doses if d.suggested), None)
        if chosen is None or (chosen.route is Route.IV and chosen.status is DoseStatus.OPEN):
            continue
        log.append(Administration(1, chosen.sequence, now, chosen.amount_mg))
        after = planned_doses([segment], log, now, day + timedelta(days=60))
        check_invariants(after, now)
        assert not any(d.suggested for d in after if d.route is Route.SUBQ), "R-18: not today"
    # No two SubQ doses were ever given on one calendar day.
    days = [a.given_at.astimezone(tz).date() for a in log]
    if regimen.route is Route.SUBQ:
        assert len(days) == len(set(days))


@settings(max_examples=150, deadline=None)
@given(
    zone=st.sampled_from(ZONES),
    start=st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 12, 31)),
    actions=st.lists(
        st.one_of(st.none(), st.integers(min_value=7, max_value=22)), min_size=70, max_size=140
    ),
)
def test_r05_ln_subq_exactly_four_400_mg_doses_are_given(
    zone: str, start: date, actions: list[int | None]
) -> None:
    regimen = make_regimen("ln-subq-adult", start)
    segment = PlanSegment(1, regimen, start, time(9), zone)
    tz = ZoneInfo(zone)
    log = [Administration(1, 1, datetime.combine(start, time(9), tz), 400.0)]  # at the clinic
    for offset, hour in enumerate(actions):
        if hour is None:
            continue
        now = datetime.combine(start + timedelta(days=offset), time(hour), tz)
        doses = planned_doses([segment], log, now, now.date() + timedelta(days=60))
        chosen = next((d for d in doses if d.suggested), None)
        if chosen is not None:
            log.append(Administration(1, chosen.sequence, now, chosen.amount_mg))
    amounts = [a.amount_mg for a in log]
    assert amounts[: min(4, len(amounts))] == [400.0] * min(4, len(amounts))
    assert amounts.count(400.0) == min(4, len(amounts)), amounts


@settings(max_examples=300, deadline=None)
@given(
    interval=st.sampled_from([7, 14, 28]),
    route=st.sampled_from([Route.SUBQ, Route.IV]),
    count=st.integers(min_value=1, max_value=12),
    given_mask=st.lists(
        st.sampled_from(["none", "on-time", "late", "on-the-next-day", "skip"]), max_size=12
    ),
    now_offset=st.integers(min_value=-10, max_value=200),
    now_hour=st.integers(min_value=0, max_value=23),
)
def test_r47_states_are_exclusive_and_one_at_most_is_open_or_suggested(
    interval: int,
    route: Route,
    count: int,
    given_mask: list[str],
    now_offset: int,
    now_hour: int,
) -> None:
    start = datetime(2026, 3, 2, 9, tzinfo=UTC)
    doses = []
    for index in range(count):
        due = start + timedelta(days=index * interval)
        kind = given_mask[index] if index < len(given_mask) else "none"
        given_at = {
            "on-time": due,
            "late": due + timedelta(days=min(3, interval - 1)),
            # Logged (as an edit can) on the next dose's own day: R-18 must still hold.
            "on-the-next-day": due + timedelta(days=interval, hours=-2),
        }.get(kind)
        doses.append(DoseFacts(1, due, route, interval, given_at=given_at, skipped=kind == "skip"))
    now = start + timedelta(days=now_offset, hours=now_hour)
    states = dose_states(doses, now)
    assert len(states) == len(doses)
    assert sum(s.suggested for s in states) <= 1
    assert sum(s.status is DoseStatus.OPEN for s in states) <= 1
    for state in states:
        if state.suggested and route is Route.SUBQ:
            today = now.date()
            assert not any(d.given_day == today for d in doses), "R-18"
    for index, (dose, state) in enumerate(zip(doses, states, strict=True)):
        if dose.skipped:
            assert state.status is DoseStatus.SKIPPED
        elif dose.given_at is not None:
            assert state.status in GIVEN_STATES
        else:
            assert state.status not in GIVEN_STATES | {DoseStatus.SKIPPED}
        if state.status in MISSED_STATES:
            later = any(d.given_at is not None for d in doses[index + 1 :])
            next_begun = index + 1 < len(doses) and doses[index + 1].day <= now.date()
            assert (state.status is DoseStatus.MISSED_CLOSED) == (later or next_begun)
        assert state.firm == (state.status is not DoseStatus.AWAITING_CARE_TEAM)


def test_r47_the_bug_two_missed_weekly_doses_and_a_make_up() -> None:
    """Issue 16's report: two missed weekly doses used to be two "inject when you remember"."""
    tz = ZoneInfo("Europe/Madrid")
    start = date(2026, 11, 2)  # a Monday
    regimen = make_regimen("sle-subq-adult", start)
    segment = PlanSegment(1, regimen, start, time(9), "Europe/Madrid")
    log = [Administration(1, 1, datetime(2026, 11, 2, 9, tzinfo=tz), 200.0)]
    # Doses 2 (9 Nov) and 3 (16 Nov) missed; on Wed 18 Nov only dose 3 is open.
    now = datetime(2026, 11, 18, 10, tzinfo=tz)
    doses = planned_doses([segment], log, now, date(2026, 12, 31))
    assert [d.status for d in doses[:4]] == [
        DoseStatus.GIVEN,
        DoseStatus.MISSED_CLOSED,
        DoseStatus.OPEN,
        DoseStatus.UPCOMING,
    ]
    assert [d.sequence for d in doses if d.suggested] == [3]
    # The make-up is given: nothing else may be suggested that day.
    log.append(Administration(1, 3, now, 200.0))
    doses = planned_doses([segment], log, now, date(2026, 12, 31))
    assert doses[2].status is DoseStatus.GIVEN_LATE
    assert not any(d.suggested for d in doses)
    assert doses[1].status is DoseStatus.MISSED_CLOSED


@pytest.mark.parametrize("late_days", [1, 3, 10])
def test_r20_after_a_late_14_day_dose_the_next_dates_are_the_care_teams(late_days: int) -> None:
    start = date(2026, 1, 5)
    regimen = make_regimen("sle-subq-child-14-days", start)
    assert regimen.interval_days == 14
    tz = ZoneInfo("America/New_York")
    segment = PlanSegment(1, regimen, start, time(18), "America/New_York")
    log = [
        Administration(1, 1, datetime(2026, 1, 5, 18, tzinfo=tz), 200.0),
        Administration(1, 2, datetime(2026, 1, 19 + late_days, 18, tzinfo=tz), 200.0),
    ]
    now = datetime(2026, 1, 19 + late_days, 20, tzinfo=tz)
    doses = planned_doses([segment], log, now, date(2026, 4, 30))
    assert doses[1].status is DoseStatus.GIVEN_LATE
    later = doses[2:]
    assert later and all(d.status is DoseStatus.AWAITING_CARE_TEAM for d in later)
    assert not any(d.firm or d.suggested for d in later)
    assert not dose_reminders(later, ReminderSettings(), "America/New_York")


def test_r21_after_a_missed_infusion_later_dates_wait_for_the_centre() -> None:
    start = date(2026, 1, 5)
    regimen = make_regimen("sle-iv-adult", start)
    tz = ZoneInfo("Europe/Madrid")
    segment = PlanSegment(1, regimen, start, time(10), "Europe/Madrid", weight_kg=60.0)
    log = [Administration(1, 1, datetime(2026, 1, 5, 10, tzinfo=tz), 600.0)]
    now = datetime(2026, 1, 22, 12, tzinfo=tz)  # the 19 Jan infusion was not logged
    doses = planned_doses([segment], log, now, date(2026, 4, 30))
    assert (doses[1].status, doses[1].advice) == (
        DoseStatus.OPEN,
        MissedAdvice.CONTACT_INFUSION_CENTRE,
    )
    assert not doses[1].suggested  # nothing to give at home
    assert all(d.status is DoseStatus.AWAITING_CARE_TEAM and not d.firm for d in doses[2:])
    # A date entered from the centre is firm again.
    moved = {(1, 3): datetime(2026, 2, 4, 10, tzinfo=tz)}
    doses = planned_doses([segment], log, now, date(2026, 4, 30), moved)
    assert doses[2].status is DoseStatus.UPCOMING and doses[2].firm


def test_r18_no_suggestion_on_a_day_that_already_has_a_dose() -> None:
    """A dose recorded (say, by an edit) on the next dose's own day: that day has its dose."""
    start = datetime(2026, 3, 2, 9, tzinfo=UTC)
    week = timedelta(days=7)
    doses = [
        DoseFacts(1, start, Route.SUBQ, 7, given_at=start),
        DoseFacts(1, start + week, Route.SUBQ, 7, given_at=start + 2 * week - timedelta(hours=2)),
        DoseFacts(1, start + 2 * week, Route.SUBQ, 7),
    ]
    states = dose_states(doses, start + 2 * week + timedelta(hours=3))
    assert states[2].status is DoseStatus.OVERDUE
    assert not any(s.suggested for s in states)


def test_r48_adherence_counts_unlogged_doses_only_from_the_day_the_app_was_set_up() -> None:
    from belimumab_companion.domain.adherence import adherence

    start = date(2026, 9, 7)
    regimen = make_regimen("sle-subq-adult", start)
    tz = ZoneInfo("Europe/Madrid")
    segment = PlanSegment(1, regimen, start, time(9), "Europe/Madrid")
    log = [Administration(1, 2, datetime(2026, 9, 14, 9, tzinfo=tz), 200.0)]  # logged late on
    now = datetime(2026, 10, 20, 12, tzinfo=tz)
    doses = planned_doses([segment], log, now, now.date())
    set_up = date(2026, 10, 1)
    counts = adherence(doses, set_up).total
    # Before 1 Oct: #1, #3, #4 never logged (not counted), #2 logged (counted, on time);
    # from 1 Oct: 5, 12 and 19 Oct missed.
    assert (counts.on_time, counts.missed) == (1, 3)
    assert adherence(doses).total.missed == 6  # without a set-up day, every one counts
