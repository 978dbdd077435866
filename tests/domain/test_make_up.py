"""R-16..R-21: the missed and make-up dose rules, one parametrized test per rule id."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest

from belimumab_companion.domain.make_up import MakeUpKind, make_up_kind, make_up_options
from belimumab_companion.domain.regimens import Indication, Regimen, Route, choose_regimen
from belimumab_companion.domain.schedule import (
    Administration,
    DoseStatus,
    MissedAdvice,
    PlanSegment,
    planned_doses,
)

MONDAY = 0


def _regimen(
    route: Route = Route.SUBQ, weight: float | None = None, birth: date = date(1990, 1, 1)
) -> Regimen:
    result = choose_regimen(
        indication=Indication.SLE,
        route=route,
        birth_date=birth,
        on=date(2025, 1, 6),
        weight_kg=weight,
    )
    assert isinstance(result, Regimen)
    return result


@pytest.mark.parametrize(
    ("make_up", "keep", "new"),
    [
        (date(2025, 1, 8), date(2025, 1, 13), date(2025, 1, 15)),  # the GSK worked example
        (date(2025, 1, 7), date(2025, 1, 13), date(2025, 1, 14)),  # Tuesday
        (date(2025, 1, 12), date(2025, 1, 13), date(2025, 1, 19)),  # Sunday, the day before
        (date(2024, 2, 28), date(2024, 3, 4), date(2024, 3, 6)),  # across a leap day
        (date(2025, 12, 31), date(2026, 1, 5), date(2026, 1, 7)),  # across the year end
        (date(2025, 1, 31), date(2025, 2, 3), date(2025, 2, 7)),  # across a month end
    ],
)
def test_r17_two_choices_after_a_make_up_dose(make_up: date, keep: date, new: date) -> None:
    options = make_up_options(MONDAY, make_up)
    assert (options.keep_day_next, options.new_day_next) == (keep, new)
    assert options.keep_day_next.weekday() == MONDAY


@pytest.mark.parametrize("offset", range(14))
def test_r18_neither_choice_puts_two_doses_on_one_day(offset: int) -> None:
    make_up = date(2025, 1, 7) + timedelta(days=offset)
    options = make_up_options(MONDAY, make_up)
    assert options.keep_day_next > make_up and options.new_day_next > make_up


@pytest.mark.parametrize(
    ("make_up", "day_before"),
    [(date(2025, 1, 12), True), (date(2025, 1, 11), False), (date(2025, 1, 8), False)],
)
def test_r19_no_minimum_gap_and_a_note_the_day_before(make_up: date, day_before: bool) -> None:
    options = make_up_options(MONDAY, make_up)
    assert options.day_before_usual is day_before
    # Both options are always offered: never "skip because it is too close".
    assert options.keep_day_next != options.new_day_next


@pytest.mark.parametrize(
    ("route", "weight", "birth", "given", "kind"),
    [
        (Route.SUBQ, None, date(1990, 1, 1), date(2025, 1, 8), MakeUpKind.WEEKLY_CHOICE),
        (Route.SUBQ, None, date(1990, 1, 1), date(2025, 1, 6), MakeUpKind.NONE),  # on its day
        (Route.SUBQ, 30.0, date(2014, 1, 1), date(2025, 1, 9), MakeUpKind.ASK_CARE_TEAM),
        (Route.IV, 60.0, date(1990, 1, 1), date(2025, 1, 9), MakeUpKind.NONE),
    ],
)
def test_r16_r20_r21_which_late_doses_ask_for_a_choice(
    route: Route, weight: float | None, birth: date, given: date, kind: MakeUpKind
) -> None:
    regimen = _regimen(route, weight, birth)
    segment = PlanSegment(1, regimen, date(2025, 1, 6), time(9), "Europe/Berlin", weight_kg=weight)
    first = planned_doses([segment], [], datetime(2025, 1, 1, tzinfo=UTC), date(2025, 1, 6))[0]
    assert make_up_kind(first, given, regimen) is kind


def test_r16_a_weekly_dose_not_logged_by_the_end_of_its_day_is_missed() -> None:
    regimen = _regimen()
    segment = PlanSegment(1, regimen, date(2025, 1, 6), time(9), "Europe/Berlin")
    first = Administration(1, 1, datetime(2024, 12, 30, 8, tzinfo=UTC), 200.0)  # clinic
    late_evening = datetime(2025, 1, 13, 22, 59, tzinfo=UTC)  # 23:59 in Berlin
    after_midnight = datetime(2025, 1, 13, 23, 0, tzinfo=UTC)  # 00:00 on the 14th in Berlin
    doses = planned_doses([segment], [first], late_evening, date(2025, 1, 13))
    assert doses[1].status is DoseStatus.OVERDUE
    doses = planned_doses([segment], [first], after_midnight, date(2025, 1, 13))
    assert doses[1].status is DoseStatus.OPEN
    assert doses[1].advice is MissedAdvice.INJECT_WHEN_REMEMBERED


def test_r11_a_missed_clinic_dose_is_never_inject_when_you_remember() -> None:
    segment = PlanSegment(1, _regimen(), date(2025, 1, 6), time(9), "Europe/Berlin")
    doses = planned_doses([segment], [], datetime(2025, 1, 8, tzinfo=UTC), date(2025, 1, 27))
    first = doses[0]
    assert first.in_clinic
    assert (first.status, first.advice) == (
        DoseStatus.AWAITING_CARE_TEAM,
        MissedAdvice.CONTACT_CARE_TEAM,
    )
    assert not first.suggested and not first.firm
    # Once the next dose's day has begun it is history, like any missed dose.
    doses = planned_doses([segment], [], datetime(2025, 1, 13, 12, tzinfo=UTC), date(2025, 1, 27))
    assert doses[0].status is DoseStatus.MISSED_CLOSED
    assert doses[1].suggested
