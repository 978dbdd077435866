"""Supplies (issue 22): stock replayed from deliveries, doses and discards; lot choice (R-27:
never an expired lot); days covered from the dose engine (R-05, R-22: loading doses take two
pens; R-17..R-19: a make-up choice moves the dates); the refill day; R-09 and IV plans refused."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from belimumab_companion.domain.make_up import make_up_options
from belimumab_companion.domain.regimens import Device, Indication, Regimen, Route, choose_regimen
from belimumab_companion.domain.schedule import (
    Administration,
    DoseStatus,
    PlannedDose,
    PlanSegment,
    planned_doses,
)
from belimumab_companion.domain.supplies import (
    Discard,
    DiscardReason,
    DoseUse,
    Lot,
    Stop,
    SupplyProblem,
    correction_loses_pens,
    covered_until,
    dose_uses,
    doses_to_cover,
    expired_lots,
    missed_out_of_supply,
    named_lot_in_stock,
    pens_a_correction_needs,
    refill_day,
    replay,
    suggest_lot,
    supply_problem_for_plan,
)

ZONE = ZoneInfo("America/New_York")
START = date(2025, 1, 6)  # a Monday (R-05's worked example)
FAR = date(2099, 12, 31)


def regimen(indication: Indication, route: Route = Route.SUBQ, age: int = 40) -> Regimen:
    weight = 50.0 if age < 18 or route is Route.IV else None
    result = choose_regimen(
        indication=indication,
        route=route,
        birth_date=date(START.year - age, 1, 1),
        on=START,
        weight_kg=weight,
    )
    assert isinstance(result, Regimen), result
    return result


def at(day: date, hour: int = 9) -> datetime:
    return datetime.combine(day, time(hour), ZONE)


def lot(id_: int, count: int, expires: date = FAR, received: date = START, name: str = "") -> Lot:
    return Lot(id_, Device.AUTOINJECTOR, name or f"L{id_}", expires, received, count)


def use(day: date, pens: int = 1, sequence: int = 1, picked: str | None = None) -> DoseUse:
    return DoseUse(1, sequence, at(day), day, pens, picked)


# --- plans that have no supplies -----------------------------------------------------------------
def test_r09_a_child_plan_takes_autoinjectors_only() -> None:
    child = regimen(Indication.SLE, age=12)
    assert (
        supply_problem_for_plan(child, Device.PREFILLED_SYRINGE) is SupplyProblem.SYRINGE_FOR_CHILD
    )
    assert supply_problem_for_plan(child, Device.AUTOINJECTOR) is None
    adult = regimen(Indication.SLE)
    assert supply_problem_for_plan(adult, Device.PREFILLED_SYRINGE) is None


def test_an_infusion_plan_has_no_supplies() -> None:
    iv = regimen(Indication.SLE, Route.IV)
    assert supply_problem_for_plan(iv, Device.AUTOINJECTOR) is SupplyProblem.IV_PLAN
    assert supply_problem_for_plan(None, Device.AUTOINJECTOR) is SupplyProblem.NO_PLAN
    adult = regimen(Indication.SLE)
    assert supply_problem_for_plan(adult, Device.INFUSION) is SupplyProblem.NOT_A_PEN


# --- the stock -------------------------------------------------------------------------------------
def test_doses_take_the_earliest_expiring_lot_and_a_picked_one_first() -> None:
    lots = [lot(1, 2, date(2025, 6, 30)), lot(2, 2, date(2025, 3, 31))]
    stock = replay(lots, [use(START), use(START + timedelta(days=7), 1, 2, picked="l1")], [])
    assert stock.allocations[(1, 1)] == (2,)  # earliest expiry
    assert stock.allocations[(1, 2)] == (1,)  # the lot the user named (case-insensitive)
    assert dict(stock.on_hand) == {1: 1, 2: 1}


def test_r22_a_400_mg_dose_takes_two_pens_across_two_lots() -> None:
    lots = [lot(1, 1, date(2025, 3, 1)), lot(2, 3, date(2025, 9, 1))]
    stock = replay(lots, [use(START, pens=2)], [])
    assert stock.allocations[(1, 1)] == (1, 2)
    assert stock.total == 2


def test_a_dose_with_no_pen_left_is_no_pen_from_stock_never_negative() -> None:
    stock = replay([lot(1, 1)], [use(START, pens=2)], [])
    assert stock.allocations[(1, 1)] == (1, None)
    assert dict(stock.on_hand) == {1: 0}


def test_r27_an_expired_lot_is_never_suggested() -> None:
    lots = [lot(1, 5, date(2025, 1, 10)), lot(2, 1, date(2025, 2, 1))]
    assert suggest_lot(lots, {1: 5, 2: 1}, date(2025, 1, 10)) == lots[0]  # its last day
    assert suggest_lot(lots, {1: 5, 2: 1}, date(2025, 1, 11)) == lots[1]
    assert suggest_lot(lots, {1: 5, 2: 0}, date(2025, 1, 11)) is None
    stock = replay(lots, [use(date(2025, 1, 11))], [])
    assert stock.allocations[(1, 1)] == (2,)
    assert expired_lots(lots, stock.on_hand, date(2025, 1, 11)) == [lots[0]]


def test_a_delivery_counts_from_the_day_it_was_received() -> None:
    lots = [lot(1, 4, received=START + timedelta(days=3))]
    stock = replay(lots, [use(START)], [])
    assert stock.allocations[(1, 1)] == (None,)
    assert stock.total == 4


def test_r26_r27_discards_leave_the_stock_with_their_reason() -> None:
    lots = [lot(1, 3)]
    discards = [
        Discard(1, 1, 1, DiscardReason.OUT_OF_FRIDGE_TOO_LONG, at(START, 8), START),
        Discard(2, 1, 5, DiscardReason.DROPPED, at(START, 10), START),  # only 2 were left
    ]
    stock = replay(lots, [use(START)], discards)  # the dose at 09:00 took one
    assert dict(stock.on_hand) == {1: 0}
    assert dict(stock.discarded) == {1: 1 + 1}


# --- days covered ----------------------------------------------------------------------------------
def schedule(
    indication: Indication, given: list[tuple[int, date]], now: datetime, weeks: int = 30
) -> list[PlannedDose]:
    plan = regimen(indication)
    segment = PlanSegment(1, plan, START, time(9), "America/New_York")
    log = [Administration(1, seq, at(day), None) for seq, day in given]
    return planned_doses([segment], log, now, now.date() + timedelta(weeks=weeks))


def test_three_pens_cover_three_weekly_doses_from_the_schedule() -> None:
    doses = schedule(Indication.SLE, [(1, START)], at(START, 12))
    coverage = covered_until(doses, [lot(1, 3)], {1: 3})
    assert coverage.covered_until == date(2025, 1, 27)
    assert coverage.stop is Stop.OUT_OF_PENS
    assert coverage.first_uncovered is not None
    assert coverage.first_uncovered.local_date == date(2025, 2, 3)
    assert refill_day(coverage, 10) == date(2025, 1, 24)


def test_r05_loading_doses_take_two_pens() -> None:
    # LN SubQ from SubQ: doses 1-4 are 400 mg (two injections), then 200 mg.
    doses = schedule(Indication.LN, [(1, START)], at(START, 12))
    coverage = covered_until(doses, [lot(1, 7)], {1: 7})
    # doses 2, 3, 4 take 2 pens each (6), dose 5 takes 1: covered to dose 5 (2025-02-03).
    assert coverage.covered_until == date(2025, 2, 3)
    assert coverage.doses_covered == 4
    coverage = covered_until(doses, [lot(1, 5)], {1: 5})
    assert coverage.covered_until == date(2025, 1, 20)
    assert coverage.short_by == 1  # dose 4 needs two, one is left


def test_a_late_dose_moves_the_dates_covered() -> None:
    # Dose 2 (01-13) missed, still open on 01-15: it is still to give and needs a pen.
    doses = schedule(Indication.SLE, [(1, START)], at(date(2025, 1, 15), 12))
    assert [d.status for d in doses_to_cover(doses)][:2] == [DoseStatus.OPEN, DoseStatus.UPCOMING]
    coverage = covered_until(doses, [lot(1, 2)], {1: 2})
    assert coverage.covered_until == date(2025, 1, 20)


def test_a_pen_that_expires_before_its_dose_is_flagged_and_not_counted() -> None:
    doses = schedule(Indication.SLE, [(1, START)], at(START, 12))
    lots = [lot(1, 2, date(2025, 1, 15)), lot(2, 2, FAR)]
    coverage = covered_until(doses, lots, {1: 2, 2: 2})
    # 01-13 from lot 1; lot 1's second pen expires before 01-20: flagged, lot 2 used.
    assert coverage.covered_until == date(2025, 1, 27)
    assert [(f.lot_id, f.pens, f.dose_day) for f in coverage.expiring_unused] == [
        (1, 1, date(2025, 1, 20))
    ]


def test_r20_a_care_team_date_stops_the_walk() -> None:
    plan = regimen(Indication.SLE, age=12)  # 50 kg: weekly
    child_14 = choose_regimen(
        indication=Indication.SLE,
        route=Route.SUBQ,
        birth_date=date(2013, 1, 1),
        on=START,
        weight_kg=30.0,
    )
    assert isinstance(child_14, Regimen) and plan.interval_days == 7
    segment = PlanSegment(1, child_14, START, time(9), "America/New_York")
    log = [Administration(1, 1, at(START), None), Administration(1, 2, at(date(2025, 1, 22)), None)]
    doses = planned_doses([segment], log, at(date(2025, 1, 23)), date(2025, 6, 1))
    coverage = covered_until(doses, [lot(1, 5)], {1: 5})
    assert coverage.stop is Stop.CARE_TEAM_DATE
    assert refill_day(coverage, 10) is None


def test_missed_while_out_of_supply() -> None:
    now = at(date(2025, 2, 4), 12)
    doses = schedule(Indication.SLE, [(1, START), (2, date(2025, 1, 13))], now)
    lots = [lot(1, 2, received=START), lot(2, 5, received=date(2025, 1, 30))]
    uses = dose_uses(doses, {})
    missed = missed_out_of_supply(doses, lots, uses, [])
    # 01-20 and 01-27 missed with no pen (both used by 01-13); 02-03 missed with pens on hand.
    assert [d.local_date for d in missed] == [date(2025, 1, 20), date(2025, 1, 27)]


# --- properties ------------------------------------------------------------------------------------
# One day of a year of a weekly plan: nothing; give the suggested dose (at an hour, maybe naming
# a lot, maybe as one injection only); delete or correct a logged dose; a delivery; a discard.
day_action = st.one_of(
    st.none(),
    st.tuples(st.just("give"), st.integers(7, 22), st.integers(0, 4), st.booleans()),
    st.tuples(st.just("delete"), st.integers(0, 60)),
    st.tuples(st.just("correct"), st.integers(0, 60), st.integers(1, 2)),
    st.tuples(st.just("deliver"), st.integers(1, 6), st.integers(0, 120)),
    st.tuples(st.just("discard"), st.integers(0, 4), st.integers(1, 3)),
)


def simulate(
    indication: Indication, actions: list[object], *, plenty: bool
) -> tuple[list[Lot], list[Administration], list[Discard], dict[tuple[int, int], str], datetime]:
    plan = regimen(indication)
    segment = PlanSegment(1, plan, START, time(9), "America/New_York")
    lots: list[Lot] = [lot(1, 2000 if plenty else 2, FAR if plenty else START + timedelta(days=40))]
    log: dict[int, Administration] = {}
    picked: dict[tuple[int, int], str] = {}
    discards: list[Discard] = []
    now = at(START)
    for offset, action in enumerate(actions):
        day = START + timedelta(days=offset)
        now = at(day, 23)
        if not isinstance(action, tuple):
            continue
        if action[0] == "give":
            moment = at(day, action[1])
            doses = planned_doses([segment], log.values(), moment, day + timedelta(days=30))
            chosen = next((d for d in doses if d.suggested), None)
            if chosen is None:
                continue
            sites = ("thigh-left", "thigh-right")[: chosen.injections if action[3] else 1]
            log[chosen.sequence] = Administration(1, chosen.sequence, moment, None, sites=sites)
            if action[2] < len(lots) and action[2] % 2 == 0:
                picked[(1, chosen.sequence)] = lots[action[2]].lot
        elif action[0] == "delete" and log:
            log.pop(sorted(log)[action[1] % len(log)])
        elif action[0] == "correct" and log:
            sequence = sorted(log)[action[1] % len(log)]
            old = log[sequence]
            log[sequence] = Administration(
                1, sequence, old.given_at, None, sites=("abdomen-left", "thigh-left")[: action[2]]
            )
        elif action[0] == "deliver":
            expires = FAR if plenty else day + timedelta(days=action[2])
            lots.append(lot(len(lots) + 1, action[1], expires, received=day))
        elif action[0] == "discard":
            # With stock enough, pens are set aside from the first lot, which never runs out.
            target = lots[0] if plenty else lots[action[1] % len(lots)]
            discards.append(
                Discard(len(discards) + 1, target.id, action[2], DiscardReason.DROPPED, now, day)
            )
    return lots, list(log.values()), discards, picked, now


@settings(max_examples=100, deadline=None)
@given(
    indication=st.sampled_from([Indication.SLE, Indication.LN]),
    actions=st.lists(day_action, min_size=30, max_size=366),
)
def test_the_stock_equals_an_independent_count(
    indication: Indication, actions: list[object]
) -> None:
    """A year of a weekly plan (LN: four 400 mg loading doses), late doses, corrections,
    deletions and discards, with stock enough: the pens on hand are the pens delivered less one
    per injection of each dose now in the log, less the pens set aside."""
    lots, log, discards, picked, now = simulate(indication, actions, plenty=True)
    segment = PlanSegment(1, regimen(indication), START, time(9), "America/New_York")
    doses = planned_doses([segment], log, now, now.date())
    stock = replay(lots, dose_uses(doses, picked), discards)
    delivered = sum(x.count for x in lots)
    injections = sum(max(1, len(a.sites)) for a in log)
    set_aside = sum(d.count for d in discards)  # 2000 pens on day one: never all set aside
    assert stock.total == delivered - injections - set_aside
    assert all(None not in pens for pens in stock.allocations.values())


@settings(max_examples=100, deadline=None)
@given(
    indication=st.sampled_from([Indication.SLE, Indication.LN]),
    actions=st.lists(day_action, min_size=30, max_size=366),
)
def test_scarce_dated_stock_never_goes_negative_nor_uses_an_expired_lot(
    indication: Indication, actions: list[object]
) -> None:
    lots, log, discards, picked, now = simulate(indication, actions, plenty=False)
    segment = PlanSegment(1, regimen(indication), START, time(9), "America/New_York")
    doses = planned_doses([segment], log, now, now.date() + timedelta(days=400))
    uses = dose_uses(doses, picked)
    stock = replay(lots, uses, discards)
    by_id = {x.id: x for x in lots}
    assert all(left >= 0 for left in stock.on_hand.values())
    for x in lots:  # every pen delivered is on hand, used by a dose, or set aside
        used = sum(pens.count(x.id) for pens in stock.allocations.values())
        assert stock.on_hand[x.id] + used + stock.discarded[x.id] == x.count
    for u in uses:
        for lot_id in stock.allocations[(u.segment_id, u.sequence)]:
            if lot_id is not None and u.picked_lot is None:
                assert not by_id[lot_id].expired_on(u.day)
                assert by_id[lot_id].received <= u.day
    for x in lots[:3]:  # a correction that changes nothing loses nothing, and needs what it gave
        assert not correction_loses_pens(lots, uses, discards, x)
        gave = x.count - stock.on_hand[x.id]
        # never more than it gave (fewer when other lots had pens for its doses), and enough
        needed = pens_a_correction_needs(lots, uses, discards, x, most=x.count)
        assert needed is not None and needed <= max(1, gave)
        assert not correction_loses_pens(lots, uses, discards, replace(x, count=needed))
        # any accepted correction keeps every pen set aside, and the pens add up per lot
        later = replace(x, received=x.received + timedelta(days=10), count=max(1, gave))
        if not correction_loses_pens(lots, uses, discards, later):
            after = replay([later if y.id == x.id else y for y in lots], uses, discards)
            assert all(after.discarded[i] >= n for i, n in stock.discarded.items())
            for y in lots:
                y_after = later if y.id == x.id else y
                used = sum(pens.count(y.id) for pens in after.allocations.values())
                assert after.on_hand[y.id] + used + after.discarded[y.id] == y_after.count
    today = now.date()
    suggested = suggest_lot(lots, stock.on_hand, today)
    assert suggested is None or not suggested.expired_on(today)
    # Days covered: never later than a naive count allows (each dose takes at least one pen).
    coverage = covered_until(doses, lots, stock.on_hand)
    to_give = [d for d in doses_to_cover(doses) if d.status is not DoseStatus.AWAITING_CARE_TEAM]
    assert coverage.doses_covered <= stock.total
    if coverage.covered_until is not None:
        if stock.total <= len(to_give):
            assert coverage.covered_until <= to_give[stock.total - 1].local_date
        covered = to_give[: coverage.doses_covered]
        assert sum(d.injections for d in covered) <= stock.total
        assert coverage.covered_until == covered[-1].local_date


@settings(max_examples=200, deadline=None)
@given(
    deliveries=st.lists(
        st.tuples(st.integers(1, 4), st.integers(0, 2), st.integers(8, 22)), min_size=1, max_size=4
    ),
    doses=st.lists(
        st.tuples(st.integers(0, 2), st.integers(7, 21), st.integers(0, 3), st.integers(1, 2)),
        min_size=1,
        max_size=4,
    ),
)
def test_a_dose_logged_before_a_same_day_delivery_was_recorded_never_takes_its_pens(
    deliveries: list[tuple[int, int, int]], doses: list[tuple[int, int, int, int]]
) -> None:
    """A delivery has a day, not a time: recorded on its day it counts from then, or from
    earlier for a dose logged after it was recorded (the dialog offered its pens). A dose told
    "not in stock" when logged is never charged to a delivery recorded later; the pens always
    add up."""
    lots = [
        Lot(
            i + 1,
            Device.AUTOINJECTOR,
            f"L{i + 1}",
            FAR,
            START + timedelta(days=day),
            count,
            recorded_at=at(START + timedelta(days=day), hour),
        )
        for i, (count, day, hour) in enumerate(deliveries)
    ]
    uses = []
    for sequence, (day, hour, delay, pens) in enumerate(doses, start=1):
        given_at = at(START + timedelta(days=day), hour)
        uses.append(
            DoseUse(
                1,
                sequence,
                given_at,
                given_at.date(),
                pens,
                logged_at=given_at + timedelta(hours=delay),
            )
        )
    stock = replay(lots, uses, [])
    by_id = {x.id: x for x in lots}
    for u in uses:
        for lot_id in stock.allocations[(1, u.sequence)]:
            if lot_id is None:
                continue
            taken = by_id[lot_id]
            assert taken.received <= u.day
            if taken.received == u.day and taken.recorded_at is not None:
                assert u.given_at >= taken.recorded_at or (
                    u.logged_at is not None and u.logged_at >= taken.recorded_at
                )
    for x in lots:
        used = sum(pens.count(x.id) for pens in stock.allocations.values())
        assert stock.on_hand[x.id] + used == x.count


@settings(max_examples=150, deadline=None)
@given(
    late_days=st.integers(1, 6),
    pens=st.integers(0, 30),
    indication=st.sampled_from([Indication.SLE, Indication.LN]),
)
def test_covered_until_follows_a_keep_day_or_new_day_choice(
    late_days: int, pens: int, indication: Indication
) -> None:
    """R-17..R-19: after a make-up dose the pens cover the doses of the schedule the user chose;
    the count of doses covered is the same either way, the dates are each schedule's own."""
    plan = regimen(indication)
    first = PlanSegment(1, plan, START, time(9), "America/New_York")
    make_up_day = START + timedelta(days=7 + late_days)  # dose 2 given late
    given_ = [
        Administration(1, 1, at(START), None, sites=("thigh-left", "thigh-right")),
        Administration(1, 2, at(make_up_day), None, sites=("thigh-left", "thigh-right")),
    ]
    now = at(make_up_day, 20)
    options = make_up_options(START.weekday(), make_up_day)
    keep = planned_doses([first], given_, now, date(2026, 6, 1))
    loading_given = 2 if indication is Indication.LN else 0
    ended = PlanSegment(
        1, plan, START, time(9), "America/New_York", ends_before=make_up_day + timedelta(days=1)
    )
    new_segment = PlanSegment(
        2,
        plan,
        options.new_day_next,
        time(9),
        "America/New_York",
        first_sequence=3,
        loading_given_before=loading_given,
    )
    new = planned_doses([ended, new_segment], given_, now, date(2026, 6, 1))
    lots = [lot(1, pens)]
    by_keep = covered_until(keep, lots, {1: pens})
    by_new = covered_until(new, lots, {1: pens})
    # Independently: walk the pending doses summing injections.
    for doses, coverage in ((keep, by_keep), (new, by_new)):
        left, count, last = pens, 0, None
        for dose in doses:
            if dose.status not in (DoseStatus.UPCOMING, DoseStatus.DUE, DoseStatus.OVERDUE):
                continue
            if dose.injections > left:
                break
            left, count, last = left - dose.injections, count + 1, dose.local_date
        assert (coverage.doses_covered, coverage.covered_until) == (count, last)
    assert by_keep.doses_covered == by_new.doses_covered
    if by_keep.covered_until is not None:
        assert by_keep.covered_until.weekday() == START.weekday()
        assert by_new.covered_until is not None
        assert by_new.covered_until.weekday() == make_up_day.weekday()


def test_refill_day_is_lead_days_before_the_first_dose_not_covered() -> None:
    doses = schedule(Indication.SLE, [(1, START)], at(START, 12))
    coverage = covered_until(doses, [lot(1, 0)], {1: 0})
    assert coverage.covered_until is None
    assert coverage.first_uncovered is not None
    assert coverage.first_uncovered.local_date == date(2025, 1, 13)
    assert refill_day(coverage, 3) == date(2025, 1, 10)


@pytest.mark.parametrize("sites", [(), ("thigh-left",), ("thigh-left", "thigh-right")])
def test_r22_one_pen_per_injection_logged(sites: tuple[str, ...]) -> None:
    plan = regimen(Indication.LN)
    segment = PlanSegment(1, plan, START, time(9), "America/New_York")
    doses = planned_doses(
        [segment], [Administration(1, 1, at(START), 400.0, sites=sites)], at(START, 12), START
    )
    assert [u.pens for u in dose_uses(doses, {})] == [max(1, len(sites))]


# --- red team (issue 22): a dose takes a pen of its own device; a named lot not in stock --------
def test_a_dose_of_one_device_never_takes_a_pen_of_the_other() -> None:
    pens = Lot(1, Device.AUTOINJECTOR, "PEN", date(2025, 3, 1), START, 3)
    syringes = Lot(2, Device.PREFILLED_SYRINGE, "SYR", date(2025, 6, 1), START, 1)
    uses = [
        DoseUse(1, 1, at(START), START, 1, None, Device.PREFILLED_SYRINGE),
        DoseUse(1, 2, at(START + timedelta(days=7)), START + timedelta(days=7), 1, None,
                Device.PREFILLED_SYRINGE),
        DoseUse(1, 3, at(START + timedelta(days=14)), START + timedelta(days=14), 1, "PEN",
                Device.PREFILLED_SYRINGE),
    ]  # fmt: skip
    stock = replay([pens, syringes], uses, [])
    assert stock.allocations[(1, 1)] == (2,)  # the syringe, though the pen expires first
    assert stock.allocations[(1, 2)] == (None,)  # no syringe left: never an autoinjector
    assert stock.allocations[(1, 3)] == (None,)  # a pen's lot named for a syringe dose: none
    assert dict(stock.on_hand) == {1: 3, 2: 0}
    # a dose logged with no device says nothing about which: any pen
    assert replay([pens], [use(START)], []).allocations[(1, 1)] == (1,)
    assert suggest_lot([pens, syringes], {1: 3, 2: 1}, START, Device.PREFILLED_SYRINGE) == syringes
    assert suggest_lot([pens], {1: 3}, START, Device.PREFILLED_SYRINGE) is None


def test_a_named_lot_is_in_stock_only_with_pens_left_of_that_device_by_that_day() -> None:
    lots = [lot(1, 1, name="AB1"), lot(2, 1, received=START + timedelta(days=3), name="CD2")]
    assert named_lot_in_stock(lots, {1: 1, 2: 1}, " ab1 ", START, Device.AUTOINJECTOR)
    assert not named_lot_in_stock(lots, {1: 1, 2: 1}, "AB1", START, Device.PREFILLED_SYRINGE)
    assert not named_lot_in_stock(lots, {1: 0, 2: 1}, "AB1", START, None)  # none left
    assert not named_lot_in_stock(lots, {1: 1, 2: 1}, "CD2", START, None)  # not yet received
    assert not named_lot_in_stock(lots, {1: 1, 2: 1}, "UNKNOWN", START, None)
