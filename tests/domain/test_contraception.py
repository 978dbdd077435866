"""Contraception rhythms and the R-36 window (domain/contraception.py)."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from datetime import date, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from belimumab_companion.domain.contraception import (
    Action,
    CombinedPillVariant,
    Method,
    MethodSetup,
    SetupProblem,
    WindowState,
    check_setup,
    contraception_reminders,
    default_setup,
    end_date_known,
    needed_until,
    occurrences,
    pregnancy_in_window,
    window,
)
from belimumab_companion.domain.reminders import ReminderKind, ReminderSettings


# --- the window --------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("last_dose", "end"),
    [
        (date(2025, 3, 15), date(2025, 7, 15)),  # the rule's own example
        (date(2026, 1, 31), date(2026, 5, 31)),
        (date(2026, 10, 31), date(2027, 2, 28)),  # Maya (journey 6)
        (date(2027, 10, 31), date(2028, 2, 29)),  # leap year
        (date(2027, 10, 30), date(2028, 2, 29)),
        (date(2026, 10, 28), date(2027, 2, 28)),
        (date(2026, 12, 31), date(2027, 4, 30)),
    ],
)
def test_window_is_last_dose_plus_four_calendar_months_after_treatment_stops(
    last_dose: date, end: date
) -> None:
    assert needed_until(last_dose, on_treatment=False, today=last_dose) == end
    assert window(last_dose, False, last_dose + timedelta(days=1)).needed_until == end


def test_a_later_dose_moves_the_end() -> None:
    assert needed_until(date(2025, 3, 15), False, date(2025, 3, 16)) == date(2025, 7, 15)
    assert needed_until(date(2025, 3, 29), False, date(2025, 3, 30)) == date(2025, 7, 29)


def test_on_treatment_the_end_is_never_before_today() -> None:
    # doses stopped being logged but treatment goes on: the window is at least today
    assert needed_until(date(2025, 1, 1), True, date(2025, 9, 1)) == date(2025, 9, 1)
    # a recent dose: its 4 months are later than today
    assert needed_until(date(2025, 8, 25), True, date(2025, 9, 1)) == date(2025, 12, 25)
    # on treatment before the first dose is logged
    assert needed_until(None, True, date(2025, 9, 1)) == date(2025, 9, 1)
    assert needed_until(None, False, date(2025, 9, 1)) is None


def test_window_states_after_stopping() -> None:
    last = date(2026, 10, 31)  # ends 2027-02-28
    assert window(last, True, date(2026, 11, 2)).state is WindowState.ON_TREATMENT
    assert window(last, False, date(2027, 2, 13)).state is WindowState.AFTER_TREATMENT
    assert window(last, False, date(2027, 2, 14)).state is WindowState.ENDING_SOON
    assert window(last, False, date(2027, 2, 28)).state is WindowState.ENDING_SOON
    assert window(last, False, date(2027, 3, 1)).state is WindowState.ENDED
    assert window(None, False, date(2027, 3, 1)).state is WindowState.NOT_STARTED


# --- rhythms, over several cycles across DST -------------------------------------------------
ZONES = ["America/New_York", "Europe/Berlin", "Australia/Sydney"]
# 2026: New York changes on Mar 8 and Nov 1, Berlin on Mar 29 and Oct 25, Sydney on Apr 5, Oct 4.
START = date(2026, 2, 1)
LAST = date(2026, 11, 30)  # ten months: every zone crosses both changes


def _setup(method: Method, zone: str, **changes: Any) -> MethodSetup:
    setup = default_setup(method, START, time(21, 30), zone)
    return replace(setup, **changes)


def _check_wall_time(occ: list[Any], zone: str, at: time = time(21, 30)) -> None:
    for o in occ:
        local = o.at.astimezone(ZoneInfo(zone))
        assert (local.date(), local.time()) == (o.day, at), o


@pytest.mark.parametrize("zone", ZONES)
@pytest.mark.parametrize(
    ("variant", "active", "free"),
    [
        (CombinedPillVariant.TWENTY_ONE_SEVEN, 21, 7),
        (CombinedPillVariant.TWENTY_FOUR_FOUR, 24, 4),
        (CombinedPillVariant.CONTINUOUS, 28, 0),
    ],
)
def test_combined_pill(zone: str, variant: CombinedPillVariant, active: int, free: int) -> None:
    setup = default_setup(Method.COMBINED_PILL, START, time(21, 30), zone, variant)
    occ = occurrences(setup, START, LAST)
    _check_wall_time(occ, zone)
    by_day = {o.day: o.action for o in occ}
    for offset in range((LAST - START).days + 1):
        day = START + timedelta(days=offset)
        cycle_day = offset % (active + free)
        expected = (
            Action.START_PACK
            if cycle_day == 0
            else Action.TAKE_PILL
            if cycle_day < active
            else None
        )
        assert by_day.get(day) is expected, day
    assert Counter(by_day.values())[Action.START_PACK] >= 10  # ten or more packs


@pytest.mark.parametrize("zone", ZONES)
def test_progestin_pill_every_day_at_the_same_time(zone: str) -> None:
    occ = occurrences(_setup(Method.PROGESTIN_PILL, zone), START, LAST)
    assert [o.day for o in occ] == [
        START + timedelta(days=n) for n in range((LAST - START).days + 1)
    ]
    assert {o.action for o in occ} == {Action.TAKE_PILL}
    _check_wall_time(occ, zone)


@pytest.mark.parametrize("zone", ZONES)
def test_patch_weekly_for_three_weeks_then_a_free_week(zone: str) -> None:
    occ = occurrences(_setup(Method.PATCH, zone), START, LAST)
    _check_wall_time(occ, zone)
    for o in occ:
        cycle_day = (o.day - START).days % 28
        assert (cycle_day, o.action) in {
            (0, Action.APPLY_PATCH),
            (7, Action.CHANGE_PATCH),
            (14, Action.CHANGE_PATCH),
            (21, Action.REMOVE_PATCH),
        }
    assert len(occ) == 4 * ((LAST - START).days // 28) + sum(
        1 for d in (0, 7, 14, 21) if d <= (LAST - START).days % 28
    )


@pytest.mark.parametrize("zone", ZONES)
def test_ring_three_weeks_in_one_out(zone: str) -> None:
    occ = occurrences(_setup(Method.RING, zone), START, LAST)
    _check_wall_time(occ, zone)
    insert = [o.day for o in occ if o.action is Action.INSERT_RING]
    remove = [o.day for o in occ if o.action is Action.REMOVE_RING]
    assert insert[:3] == [START, START + timedelta(days=28), START + timedelta(days=56)]
    assert remove[:3] == [START + timedelta(days=21 + 28 * n) for n in range(3)]
    assert len(insert) >= 10


def test_the_rhythm_is_configurable_where_regimens_differ() -> None:
    ring = _setup(Method.RING, "Europe/Berlin", active_days=28, free_days=7)  # 4 weeks in
    occ = occurrences(ring, START, START + timedelta(days=70))
    assert [(o.day - START).days for o in occ] == [0, 28, 35, 63, 70]
    pill = _setup(Method.COMBINED_PILL, "Europe/Berlin", active_days=63, free_days=7)  # extended
    packs = [o.day for o in occurrences(pill, START, LAST) if o.action is Action.START_PACK]
    assert packs[:2] == [START, START + timedelta(days=70)]


@pytest.mark.parametrize("zone", ZONES)
def test_injection_every_13_weeks(zone: str) -> None:
    occ = occurrences(_setup(Method.INJECTION, zone), START, date(2027, 2, 1))
    assert [o.day for o in occ] == [START + timedelta(weeks=13 * n) for n in range(5)]
    assert {o.action for o in occ} == {Action.INJECTION}
    _check_wall_time(occ, zone)


@pytest.mark.parametrize("method", [Method.IMPLANT, Method.IUD])
def test_implant_and_iud_remind_before_and_on_the_replace_by_date(method: Method) -> None:
    setup = _setup(method, "America/New_York", replace_by=date(2029, 6, 15))
    occ = occurrences(setup, START, date(2030, 1, 1))
    assert [(o.day, o.action) for o in occ] == [
        (date(2029, 5, 18), Action.REPLACE_SOON),
        (date(2029, 6, 15), Action.REPLACE),
    ]


@pytest.mark.parametrize("method", [Method.BARRIER, Method.OTHER])
def test_barrier_and_other_have_a_gentle_weekly_reminder(method: Method) -> None:
    occ = occurrences(_setup(method, "Australia/Sydney"), START, START + timedelta(days=30))
    assert [(o.day - START).days for o in occ] == [0, 7, 14, 21, 28]
    assert {o.action for o in occ} == {Action.USE_CONSISTENTLY}


def test_nothing_before_the_start() -> None:
    occ = occurrences(_setup(Method.PROGESTIN_PILL, "UTC"), START - timedelta(days=5), START)
    assert [o.day for o in occ] == [START]


def test_dst_gap_moves_the_reminder_to_after_the_jump() -> None:
    pill = default_setup(Method.PROGESTIN_PILL, date(2026, 3, 7), time(2, 30), "America/New_York")
    occ = occurrences(pill, date(2026, 3, 7), date(2026, 3, 9))
    local = [o.at.astimezone(ZoneInfo("America/New_York")).strftime("%m-%d %H:%M") for o in occ]
    assert local == ["03-07 02:30", "03-08 03:30", "03-09 02:30"]


def test_setup_checks() -> None:
    implant = default_setup(Method.IMPLANT, START, time(9), "UTC")
    assert check_setup(implant) is SetupProblem.REPLACE_BY_NEEDED
    early = MethodSetup(**{**implant.__dict__, "replace_by": START - timedelta(days=1)})
    assert check_setup(early) is SetupProblem.REPLACE_BY_BEFORE_START
    assert check_setup(_setup(Method.RING, "UTC", free_days=0)) is SetupProblem.BAD_CYCLE
    assert check_setup(_setup(Method.COMBINED_PILL, "UTC", active_days=0)) is SetupProblem.BAD_CYCLE
    assert check_setup(_setup(Method.INJECTION, "UTC", every_days=0)) is SetupProblem.BAD_INTERVAL
    for method in Method:
        setup = default_setup(method, START, time(9), "UTC", replace_by=date(2030, 1, 1))
        assert check_setup(setup) is None, method


# --- reminders through the window ----------------------------------------------------------------
def test_reminders_go_on_after_stopping_until_the_window_ends_with_two_notices() -> None:
    pill = default_setup(Method.COMBINED_PILL, date(2026, 10, 1), time(21), "Europe/Berlin")
    last_dose = date(2026, 10, 31)
    cover = window(last_dose, False, date(2027, 2, 1))
    reminders = contraception_reminders(
        pill, 7, cover, date(2027, 2, 1), date(2027, 3, 31), ReminderSettings()
    )
    assert all(r.kind is ReminderKind.CONTRACEPTION for r in reminders)
    method_days = [r.due.date() for r in reminders if r.key.startswith("contraception:7:")]  # type: ignore[union-attr]  # every contraception reminder has a due time
    assert max(method_days) == date(2027, 2, 28)
    notices = [(r.detail, r.fire_at.date()) for r in reminders if ":window:" in r.key]
    assert notices == [("window-ending", date(2027, 2, 14)), ("window-ended", date(2027, 3, 1))]
    # keys are stable from one tick to the next
    again = contraception_reminders(
        pill,
        7,
        window(last_dose, False, date(2027, 2, 2)),
        date(2027, 2, 1),
        date(2027, 3, 31),
        ReminderSettings(),
    )
    assert [r.key for r in again] == [r.key for r in reminders]


def test_on_treatment_reminders_run_through_the_lookahead_and_no_notices() -> None:
    pill = default_setup(Method.PROGESTIN_PILL, date(2026, 10, 1), time(21), "Europe/Berlin")
    cover = window(None, True, date(2026, 11, 1))  # nothing logged yet: ends "today"
    reminders = contraception_reminders(
        pill, 1, cover, date(2026, 11, 1), date(2026, 11, 21), ReminderSettings()
    )
    assert len(reminders) == 21
    assert not [r for r in reminders if ":window:" in r.key]


def test_no_treatment_no_reminders() -> None:
    pill = default_setup(Method.PROGESTIN_PILL, date(2026, 10, 1), time(21), "UTC")
    cover = window(None, False, date(2026, 11, 1))
    assert (
        contraception_reminders(
            pill, 1, cover, date(2026, 11, 1), date(2026, 11, 21), ReminderSettings()
        )
        == []
    )


def test_quiet_hours_defer_contraception_reminders() -> None:
    pill = default_setup(Method.PROGESTIN_PILL, date(2026, 10, 1), time(23, 0), "Europe/Berlin")
    settings = ReminderSettings(quiet_from=time(22, 0), quiet_until=time(7, 0))
    cover = window(None, True, date(2026, 11, 1))
    [reminder] = contraception_reminders(
        pill, 1, cover, date(2026, 11, 1), date(2026, 11, 1), settings
    )
    local = reminder.fire_at.astimezone(ZoneInfo("Europe/Berlin"))
    assert (local.date(), local.time()) == (date(2026, 11, 2), time(7, 0))


# --- R-37 -------------------------------------------------------------------------------------------
def test_pregnancy_in_window() -> None:
    assert pregnancy_in_window(
        window(date(2026, 10, 31), True, date(2026, 11, 5)), date(2026, 11, 5)
    )
    stopped = window(date(2026, 10, 31), False, date(2027, 1, 10))
    assert pregnancy_in_window(stopped, date(2027, 1, 10))
    assert pregnancy_in_window(stopped, date(2027, 2, 28))
    assert not pregnancy_in_window(stopped, date(2027, 3, 1))
    assert not pregnancy_in_window(window(None, False, date(2027, 1, 1)), date(2027, 1, 1))


# --- no dose logged yet, no end date ---------------------------------------------------
@given(
    today=st.dates(date(2000, 1, 1), date(2100, 1, 1)),
    last_dose=st.none() | st.dates(date(2000, 1, 1), date(2100, 1, 1)),
    on_treatment=st.booleans(),
)
def test_the_end_date_is_unknown_exactly_while_on_treatment_with_no_dose_logged(
    today: date, last_dose: date | None, on_treatment: bool
) -> None:
    cover = window(last_dose, on_treatment, today)
    assert end_date_known(cover) is not (on_treatment and last_dose is None)
    if end_date_known(cover) and cover.state is not WindowState.NOT_STARTED:
        assert cover.needed_until is not None
        if last_dose is not None:  # never before last dose + 4 months
            assert cover.needed_until >= last_dose + timedelta(days=119)
