"""The schedule engine: worked dates from the clinical rules, statuses, DST, and invariants."""

from __future__ import annotations

import itertools
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from belimumab_companion.domain.dose_state import GIVEN_STATES
from belimumab_companion.domain.regimens import Indication, Regimen, Route, choose_regimen
from belimumab_companion.domain.schedule import (
    Administration,
    DoseStatus,
    Phase,
    PlanSegment,
    doses_through,
    next_dose,
    plan_occurrences,
    planned_doses,
    wall_time,
)

ADULT = date(1990, 5, 17)


def regimen(indication: Indication, route: Route) -> Regimen:
    result = choose_regimen(
        indication=indication, route=route, birth_date=ADULT, on=date(2025, 1, 1)
    )
    assert isinstance(result, Regimen)
    return result


def segment(
    reg: Regimen, first: date, zone: str = "Europe/Berlin", at: time = time(9, 0), **kw: Any
) -> PlanSegment:
    return PlanSegment(id=1, regimen=reg, first_dose=first, time_of_day=at, zone=zone, **kw)


BEFORE = datetime(2024, 12, 1, tzinfo=UTC)


def test_r02_iv_worked_dates() -> None:
    doses = planned_doses(
        [segment(regimen(Indication.SLE, Route.IV), date(2025, 1, 6), weight_kg=62)],
        [],
        BEFORE,
        date(2025, 4, 28),
    )
    assert [d.local_date for d in doses] == [
        date(2025, 1, 6),
        date(2025, 1, 20),
        date(2025, 2, 3),
        date(2025, 3, 3),
        date(2025, 3, 31),
        date(2025, 4, 28),
    ]
    assert [d.phase for d in doses[:4]] == [Phase.LOADING] * 3 + [Phase.MAINTENANCE]
    assert {d.amount_mg for d in doses} == {620.0}  # 10 mg/kg of the recorded weight
    assert {d.route for d in doses} == {Route.IV}


def test_r02_iv_without_weight_shows_mg_per_kg_only() -> None:
    (dose,) = planned_doses(
        [segment(regimen(Indication.LN, Route.IV), date(2025, 1, 6))], [], BEFORE, date(2025, 1, 6)
    )
    assert dose.amount_mg is None and dose.mg_per_kg == 10.0


def test_r04_weekly_worked_dates() -> None:
    doses = planned_doses(
        [segment(regimen(Indication.SLE, Route.SUBQ), date(2025, 1, 6))],
        [],
        BEFORE,
        date(2025, 1, 27),
    )
    assert [d.local_date for d in doses] == [
        date(2025, 1, 6),
        date(2025, 1, 13),
        date(2025, 1, 20),
        date(2025, 1, 27),
    ]
    assert {d.amount_mg for d in doses} == {200.0}


def _given(seq: int, day: date, hour: int = 9, amount: float = 400.0) -> Administration:
    return Administration(
        1, seq, datetime.combine(day, time(hour), ZoneInfo("Europe/Berlin")), amount
    )


def test_r05_ln_loading_worked_dates() -> None:
    doses = planned_doses(
        [segment(regimen(Indication.LN, Route.SUBQ), date(2025, 1, 6))],
        [],
        BEFORE,
        date(2025, 2, 10),
    )
    assert [(d.local_date, d.amount_mg, d.injections) for d in doses] == [
        (date(2025, 1, 6), 400.0, 2),
        (date(2025, 1, 13), 400.0, 2),
        (date(2025, 1, 20), 400.0, 2),
        (date(2025, 1, 27), 400.0, 2),
        (date(2025, 2, 3), 200.0, 1),
        (date(2025, 2, 10), 200.0, 1),
    ]


def test_r05_a_late_third_dose_still_counts_and_the_fourth_stays_400() -> None:
    log = [_given(1, date(2025, 1, 6)), _given(2, date(2025, 1, 13)), _given(3, date(2025, 1, 22))]
    now = datetime(2025, 1, 23, 12, tzinfo=UTC)
    doses = planned_doses(
        [segment(regimen(Indication.LN, Route.SUBQ), date(2025, 1, 6))], log, now, date(2025, 2, 10)
    )
    assert [d.amount_mg for d in doses] == [400.0, 400.0, 400.0, 400.0, 200.0, 200.0]
    assert doses[2].status is DoseStatus.GIVEN_LATE


def test_r05_r47_an_open_loading_dose_is_still_to_give_a_closed_one_does_not_count() -> None:
    log = [_given(1, date(2025, 1, 6)), _given(2, date(2025, 1, 13))]  # 01-20 never given
    plan = [segment(regimen(Indication.LN, Route.SUBQ), date(2025, 1, 6))]
    # Before the next dose's day the missed dose is open: it is the third 400 mg dose to give.
    doses = planned_doses(plan, log, datetime(2025, 1, 23, 12, tzinfo=UTC), date(2025, 2, 17))
    assert doses[2].status is DoseStatus.OPEN
    assert [d.amount_mg for d in doses] == [400.0, 400.0, 400.0, 400.0, 200.0, 200.0, 200.0]
    # Once the next dose's day has begun it is closed and does not count.
    doses = planned_doses(plan, log, datetime(2025, 1, 27, 12, tzinfo=UTC), date(2025, 2, 17))
    assert doses[2].status is DoseStatus.MISSED_CLOSED
    assert [d.amount_mg for d in doses] == [400.0, 400.0, 400.0, 400.0, 400.0, 200.0, 200.0]
    assert [d.phase for d in doses].count(Phase.LOADING) == 5


@pytest.mark.parametrize(
    ("now", "status"),
    [
        (datetime(2025, 1, 13, 7, 59, tzinfo=UTC), DoseStatus.DUE),  # 08:59 Berlin, due at 09:00
        (datetime(2025, 1, 13, 8, 0, tzinfo=UTC), DoseStatus.OVERDUE),
        (datetime(2025, 1, 13, 22, 59, tzinfo=UTC), DoseStatus.OVERDUE),  # 23:59 local, same day
        (datetime(2025, 1, 13, 23, 0, tzinfo=UTC), DoseStatus.OPEN),  # the day has ended
        (datetime(2025, 1, 12, 12, 0, tzinfo=UTC), DoseStatus.UPCOMING),
    ],
)
def test_r16_statuses_through_the_due_day(now: datetime, status: DoseStatus) -> None:
    doses = planned_doses(
        [segment(regimen(Indication.SLE, Route.SUBQ), date(2025, 1, 6))],
        [_given(1, date(2025, 1, 6), amount=200)],
        now,
        date(2025, 1, 13),
    )
    assert doses[1].status is status


def test_a_dose_logged_after_midnight_answers_its_own_occurrence() -> None:
    late = Administration(
        1, 2, datetime(2025, 1, 14, 0, 30, tzinfo=ZoneInfo("Europe/Berlin")), 200.0
    )
    now = datetime(2025, 1, 14, 8, tzinfo=UTC)
    doses = planned_doses(
        [segment(regimen(Indication.SLE, Route.SUBQ), date(2025, 1, 6))],
        [late],
        now,
        date(2025, 1, 20),
    )
    # The first was never logged and a later dose was given: closed. The second was given
    # after its day ended: a make-up of its own occurrence, not of the next one.
    assert [d.status for d in doses] == [
        DoseStatus.MISSED_CLOSED,
        DoseStatus.GIVEN_LATE,
        DoseStatus.UPCOMING,
    ]
    assert next_dose(doses) is doses[2]


def test_skipped_on_advice_is_not_missed() -> None:
    skip = Administration(1, 1, datetime(2025, 1, 6, 8, tzinfo=UTC), None, skipped_on_advice=True)
    (dose,) = planned_doses(
        [segment(regimen(Indication.SLE, Route.SUBQ), date(2025, 1, 6))],
        [skip],
        datetime(2025, 2, 1, tzinfo=UTC),
        date(2025, 1, 6),
    )
    assert dose.status is DoseStatus.SKIPPED


def test_r03_r21_a_confirmed_appointment_moves_only_that_infusion() -> None:
    moved = datetime(2025, 1, 22, 14, 0, tzinfo=ZoneInfo("Europe/Berlin"))
    doses = planned_doses(
        [segment(regimen(Indication.SLE, Route.IV), date(2025, 1, 6))],
        [],
        BEFORE,
        date(2025, 3, 3),
        appointments={(1, 2): moved},
    )
    assert doses[1].due == moved
    assert [d.local_date for d in doses][2:] == [date(2025, 2, 3), date(2025, 3, 3)]


def test_segments_keep_their_own_history() -> None:
    iv = PlanSegment(
        1,
        regimen(Indication.SLE, Route.IV),
        date(2025, 1, 6),
        time(9),
        "Europe/Berlin",
        ends_before=date(2025, 3, 10),
    )
    subq = PlanSegment(
        2,
        regimen(Indication.SLE, Route.SUBQ),
        date(2025, 3, 10),
        time(18),
        "Europe/Berlin",
        first_sequence=5,
    )
    doses = planned_doses([subq, iv], [], BEFORE, date(2025, 3, 24))
    assert [(d.segment_id, d.sequence, d.route) for d in doses] == [
        (1, 1, Route.IV),
        (1, 2, Route.IV),
        (1, 3, Route.IV),
        (1, 4, Route.IV),
        (2, 5, Route.SUBQ),
        (2, 6, Route.SUBQ),
        (2, 7, Route.SUBQ),
    ]


def test_dst_gap_and_fold_policies() -> None:
    berlin = ZoneInfo("Europe/Berlin")
    gap = wall_time(date(2025, 3, 30), time(2, 30), berlin)
    assert gap.isoformat() == "2025-03-30T03:30:00+02:00"  # moved forward by the gap
    fold = wall_time(date(2025, 10, 26), time(2, 30), berlin)
    assert fold.isoformat() == "2025-10-26T02:30:00+02:00"  # the first of the two 02:30s
    new_york = ZoneInfo("America/New_York")
    assert (
        wall_time(date(2025, 3, 9), time(2, 15), new_york).isoformat()
        == "2025-03-09T03:15:00-04:00"
    )


@pytest.mark.parametrize(
    ("first", "last"),
    [
        (date(2024, 1, 31), date(2024, 2, 28)),
        (date(2024, 2, 29), date(2024, 3, 28)),
        (date(2025, 12, 29), date(2026, 1, 26)),
    ],
    ids=["month-end", "leap-day", "year-end"],
)
def test_weekly_dates_across_month_ends_leap_days_and_year_ends(first: date, last: date) -> None:
    doses = planned_doses(
        [segment(regimen(Indication.SLE, Route.SUBQ), first)],
        [],
        datetime(2023, 1, 1, tzinfo=UTC),
        last,
    )
    assert [d.local_date for d in doses] == [first + timedelta(days=7 * i) for i in range(5)]
    assert doses[-1].local_date == last


ZONES = st.sampled_from(
    [
        "Europe/Berlin",
        "America/New_York",
        "Australia/Sydney",
        "Asia/Kolkata",
        "America/Santiago",
        "UTC",
    ]
)


@settings(max_examples=150, deadline=None)
@given(
    zone=ZONES,
    start=st.dates(min_value=date(2020, 1, 1), max_value=date(2032, 12, 31)),
    at=st.times().map(lambda t: t.replace(second=0, microsecond=0)),
    indication=st.sampled_from(list(Indication)),
    route=st.sampled_from(list(Route)),
    logged=st.sets(st.integers(min_value=1, max_value=60), max_size=40),
    late_hours=st.integers(min_value=0, max_value=40),
)
def test_invariants_across_zones_and_dst_years(
    zone: str,
    start: date,
    at: time,
    indication: Indication,
    route: Route,
    logged: set[int],
    late_hours: int,
) -> None:
    reg = regimen(indication, route)
    seg = segment(reg, start, zone=zone, at=at)
    plain = planned_doses([seg], [], datetime(2019, 1, 1, tzinfo=UTC), start + timedelta(days=400))
    log = [
        Administration(1, d.sequence, d.due + timedelta(hours=late_hours), d.amount_mg)
        for d in plain
        if d.sequence in logged
    ]
    now = datetime.combine(start + timedelta(days=200), time(12), ZoneInfo(zone))
    doses = planned_doses([seg], log, now, start + timedelta(days=400))
    dues = [d.due for d in doses]
    assert all(a < b for a, b in itertools.pairwise(dues))  # due times strictly increase
    assert len({(d.segment_id, d.sequence) for d in doses}) == len(
        doses
    )  # one per (segment, sequence)
    for dose in doses:
        local = dose.due.astimezone(ZoneInfo(zone))
        if local.replace(tzinfo=None).time() == at:  # the wall time never moves with DST...
            continue
        assert (
            wall_time(dose.local_date, at, ZoneInfo(zone)) == dose.due
        )  # ...except in a gap, by policy
    # A late dose answers its own occurrence: logged sequences are given, and only those.
    assert {d.sequence for d in doses if d.status in GIVEN_STATES} == {
        s for s in logged if s <= len(doses)
    }


def test_r28_site_suggestion_is_the_least_recently_used() -> None:
    from belimumab_companion.domain.dose_log import Site, suggest_sites

    utc = ZoneInfo("UTC")
    last = {
        Site.THIGH_LEFT: datetime(2025, 1, 13, tzinfo=utc),
        Site.THIGH_RIGHT: datetime(2025, 1, 6, tzinfo=utc),
        Site.ABDOMEN_LEFT: None,
        Site.ABDOMEN_RIGHT: datetime(2024, 12, 30, tzinfo=utc),
    }
    assert suggest_sites(last, 1) == [Site.ABDOMEN_LEFT]
    last[Site.ABDOMEN_LEFT] = datetime(2025, 1, 20, tzinfo=utc)
    assert suggest_sites(last, 2) == [Site.ABDOMEN_RIGHT, Site.THIGH_RIGHT]
    assert Site.ABDOMEN_LEFT not in suggest_sites(last, 3)  # never last week's site
    assert {s.value for s in Site} == {
        "abdomen-left",
        "abdomen-right",
        "thigh-left",
        "thigh-right",
    }  # no upper arm


@pytest.mark.parametrize(
    ("route", "weight", "expected"),
    [
        (Route.SUBQ, 45.0, "inject-when-remembered"),  # weekly
        (Route.SUBQ, 30.0, "inject-and-ask-next-date"),  # a child's every-14-days plan
        (Route.IV, 30.0, "contact-infusion-centre"),
    ],
)
def test_r16_r20_r21_what_a_missed_dose_asks_of_the_user(
    route: Route, weight: float, expected: str
) -> None:
    child = choose_regimen(
        indication=Indication.SLE,
        route=route,
        birth_date=date(2014, 3, 1),
        on=date(2025, 1, 6),
        weight_kg=weight,
    )
    assert isinstance(child, Regimen)
    doses = planned_doses(
        [segment(child, date(2025, 1, 6), weight_kg=weight)],
        [_given(1, date(2025, 1, 6))],  # the first dose (at the clinic for SubQ, R-11) given
        datetime(2025, 2, 1, tzinfo=UTC),
        date(2025, 1, 31),
    )
    (missed,) = [d for d in doses if d.status is DoseStatus.OPEN]  # one open dose
    assert missed.advice.value == expected


def test_r11_only_the_patients_first_subq_dose_is_at_the_clinic() -> None:
    subq = regimen(Indication.SLE, Route.SUBQ)
    iv = regimen(Indication.SLE, Route.IV)
    switched = choose_regimen(
        indication=Indication.SLE,
        route=Route.SUBQ,
        birth_date=ADULT,
        on=date(2025, 3, 10),
        switching_from_iv=True,
    )
    assert isinstance(switched, Regimen)
    # IV first, then a switch, then a new version of the SubQ plan (a new time of day).
    segments = [
        PlanSegment(1, iv, date(2025, 1, 6), time(9), "Europe/Berlin", ends_before=date(2025, 3, 10)),
        PlanSegment(2, switched, date(2025, 3, 10), time(9), "Europe/Berlin", first_sequence=5,
                    ends_before=date(2025, 4, 7)),
        PlanSegment(3, subq, date(2025, 4, 7), time(18), "Europe/Berlin", first_sequence=9),
    ]  # fmt: skip
    doses = planned_doses(segments, [], BEFORE, date(2025, 4, 30))
    assert [(d.segment_id, d.sequence) for d in doses if d.in_clinic] == [(2, 5)]
    alone = planned_doses([segment(subq, date(2025, 1, 6))], [], BEFORE, date(2025, 1, 31))
    assert [d.in_clinic for d in alone] == [True, False, False, False]


@settings(max_examples=120, deadline=None)
@given(
    zone=ZONES,
    start=st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 12, 31)),
    indication=st.sampled_from(list(Indication)),
    route=st.sampled_from(list(Route)),
    logged=st.sets(st.integers(min_value=1, max_value=40), max_size=30),
    early_or_late_hours=st.integers(min_value=-60, max_value=60),
    now_days=st.integers(min_value=-10, max_value=300),
    through_days=st.lists(st.integers(min_value=-20, max_value=400), min_size=1, max_size=5),
)
def test_occurrences_worked_out_once_give_the_doses_of_any_day_up_to_their_horizon(
    zone: str,
    start: date,
    indication: Indication,
    route: Route,
    logged: set[int],
    early_or_late_hours: int,
    now_days: int,
    through_days: list[int],
) -> None:
    # Issue 21: a page's load works the occurrences out once (for the farthest day) and asks
    # for the doses of several days; each answer is exactly planned_doses' for that day (the
    # states of doses given early, ahead of that day, included: ).
    seg = segment(regimen(indication, route), start, zone=zone)
    plain = planned_doses([seg], [], datetime(2019, 1, 1, tzinfo=UTC), start + timedelta(days=450))
    log = [
        Administration(1, d.sequence, d.due + timedelta(hours=early_or_late_hours), d.amount_mg)
        for d in plain
        if d.sequence in logged
    ]
    now = datetime.combine(start + timedelta(days=now_days), time(12), ZoneInfo(zone))
    horizon = start + timedelta(days=420)
    occurrences = plan_occurrences([seg], log, horizon)
    for days in through_days:
        through = start + timedelta(days=days)
        assert doses_through(occurrences, now, through) == planned_doses([seg], log, now, through)


def test_occurrences_cut_at_a_day_keep_the_first_subq_dose_at_the_clinic() -> None:
    # R-11 with two plan versions starting the same day: cut at any day, the doses (the
    # clinic's first SubQ dose among them) are the ones planned_doses gives for that day.
    subq = regimen(Indication.SLE, Route.SUBQ)
    segments = [
        PlanSegment(1, subq, date(2025, 3, 3), time(9), "Europe/Berlin"),
        PlanSegment(2, subq, date(2025, 3, 3), time(18), "Europe/Berlin", first_sequence=1),
    ]
    occurrences = plan_occurrences(segments, [], date(2025, 6, 30))
    for through in (date(2025, 3, 2), date(2025, 3, 3), date(2025, 4, 30)):
        assert doses_through(occurrences, BEFORE, through) == planned_doses(
            segments, [], BEFORE, through
        )
