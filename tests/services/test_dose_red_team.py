"""Issue 16, attacked: the counter-examples a red team found, each now held (R-05, R-11, R-17,
R-18, R-47). Real services on a real SQLite file; the clock is moved by hand."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from belimumab_companion.domain.dose_log import LogProblem, Site
from belimumab_companion.domain.dose_state import DoseStatus
from belimumab_companion.domain.make_up import AfterMakeUp
from belimumab_companion.domain.regimens import Indication, Route
from belimumab_companion.paths import AppPaths
from belimumab_companion.services.app_services import AppServices, build_services
from belimumab_companion.services.plan_service import DoseLogError, PlanInputError, PlanInputs
from testsupport import run_cli

MADRID = ZoneInfo("Europe/Madrid")


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock(datetime(2026, 11, 1, 12, tzinfo=UTC))


@pytest.fixture
def app(migrated_paths: AppPaths, clock: Clock) -> Iterator[AppServices]:
    services = build_services(migrated_paths, clock=clock)
    yield services
    services.close()


def _plan(app: AppServices, first: date, at: time = time(9), **kw: Any) -> None:
    app.plans.set_plan(
        PlanInputs(
            indication=kw.pop("indication", Indication.SLE),
            route=Route.SUBQ,
            birth_date=date(1984, 3, 2),
            first_dose=first,
            time_of_day=at,
            zone="Europe/Madrid",
            **kw,
        )
    )


def _log(app: AppServices, clock: Clock, sequence: int, when: datetime, sites: int = 1) -> None:
    clock.now = when.astimezone(UTC)
    chosen = [Site.THIGH_LEFT, Site.THIGH_RIGHT][:sites]
    segment = next(d for d in app.plans.schedule(clock.now) if d.sequence == sequence).segment_id
    app.plans.log_dose(segment_id=segment, sequence=sequence, given_at=when, sites=chosen)


def test_r18_a_new_plan_never_hides_a_dose_given_that_day(app: AppServices, clock: Clock) -> None:
    _plan(app, date(2026, 11, 2))
    for sequence, day in ((1, 2), (2, 9), (3, 16)):
        _log(app, clock, sequence, datetime(2026, 11, day, 9, 5, tzinfo=MADRID))
    with pytest.raises(PlanInputError) as refused:  # evenings from today: #3 is already given
        _plan(app, date(2026, 11, 16), time(20))
    assert refused.value.code == "dose-after-new-start"
    _plan(app, date(2026, 11, 23), time(20))  # from the next dose on: fine
    doses = app.plans.schedule(clock.now)
    assert [d.sequence for d in doses if d.status is DoseStatus.GIVEN] == [1, 2, 3]


def test_r05_a_new_plan_version_keeps_counting_the_400_mg_doses(
    app: AppServices, clock: Clock
) -> None:
    _plan(app, date(2026, 11, 2), indication=Indication.LN)
    for sequence, day in ((1, 2), (2, 9), (3, 16)):
        _log(app, clock, sequence, datetime(2026, 11, day, 9, 5, tzinfo=MADRID), sites=2)
    clock.now = datetime(2026, 11, 18, 12, tzinfo=UTC)
    _plan(app, date(2026, 11, 23), time(20), indication=Indication.LN)
    ahead = [d for d in app.plans.schedule(clock.now) if d.status is not DoseStatus.GIVEN]
    assert [d.amount_mg for d in ahead[:3]] == [400.0, 200.0, 200.0]  # exactly four in all


def test_r11_a_plan_moved_before_its_first_dose_moves_the_clinic_dose(
    app: AppServices, clock: Clock
) -> None:
    _plan(app, date(2027, 1, 4))
    _plan(app, date(2027, 1, 7), time(10))  # the clinic moved the first injection
    clock.now = datetime(2027, 1, 7, 11, tzinfo=UTC)
    doses = app.plans.schedule(clock.now)
    assert doses[0].local_date == date(2027, 1, 7) and doses[0].in_clinic
    assert not any(d.status in (DoseStatus.OPEN, DoseStatus.MISSED_CLOSED) for d in doses)


def test_r18_a_new_plan_never_overlaps_a_stopped_one(app: AppServices, clock: Clock) -> None:
    _plan(app, date(2027, 1, 4))
    app.plans.stop(date(2027, 2, 28), "pause")
    with pytest.raises(PlanInputError) as refused:
        _plan(app, date(2027, 1, 11), time(20))
    assert refused.value.code == "overlaps-earlier-plan"
    _plan(app, date(2027, 3, 1), time(20))


def test_r47_a_make_up_question_overtaken_by_a_later_dose_is_not_asked(
    app: AppServices, clock: Clock
) -> None:
    _plan(app, date(2026, 11, 2))
    _log(app, clock, 1, datetime(2026, 11, 2, 9, 5, tzinfo=MADRID))
    _log(app, clock, 2, datetime(2026, 11, 11, 9, 5, tzinfo=MADRID))  # late, no answer given
    assert [x.occurrence.sequence for x in app.plans.pending_make_up(clock.now)] == [2]
    _log(app, clock, 3, datetime(2026, 11, 16, 9, 5, tzinfo=MADRID))
    clock.now = datetime(2026, 11, 17, 12, tzinfo=UTC)
    assert app.plans.pending_make_up(clock.now) == []
    with pytest.raises(PlanInputError) as refused:
        app.plans.choose_after_make_up(1, 2, AfterMakeUp.NEW_DAY)
    assert refused.value.code == "later-dose-logged"
    assert [d.sequence for d in app.plans.schedule(clock.now) if d.suggested] == []


def test_r18_undo_is_checked_like_a_new_log(app: AppServices, clock: Clock) -> None:
    _plan(app, date(2026, 11, 2))
    _log(app, clock, 1, datetime(2026, 11, 2, 9, 5, tzinfo=MADRID))
    _log(app, clock, 2, datetime(2026, 11, 15, 20, 0, tzinfo=MADRID))  # Sunday make-up
    record = app.plans.dose_record(1, 2)
    assert record is not None
    change = app.plans.delete_dose(record.id)
    _log(app, clock, 3, datetime(2026, 11, 15, 20, 20, tzinfo=MADRID))  # early, same Sunday
    with pytest.raises(DoseLogError) as refused:
        app.plans.undo(change)
    assert refused.value.problem is LogProblem.SAME_DAY_AS_ANOTHER
    assert app.plans.dose_record(1, 2) is None


def test_r48_already_on_over_a_plan_with_that_days_dose_is_refused(
    app: AppServices, clock: Clock
) -> None:
    _plan(app, date(2026, 11, 2))
    _log(app, clock, 1, datetime(2026, 11, 2, 9, 5, tzinfo=MADRID))
    _log(app, clock, 2, datetime(2026, 11, 9, 9, 5, tzinfo=MADRID))
    with pytest.raises(PlanInputError) as refused:
        _plan(app, date(2026, 11, 9), time(20), already_on_treatment=True, doses_given=2)
    assert refused.value.code == "dose-after-new-start"


def test_cli_count_and_segment_are_checked(tmp_path: Path) -> None:
    plan = (
        "plan", "set", "--indication", "sle", "--route", "subq", "--birth-date", "1984-03-02",
        "--first-dose", "2026-11-02", "--time", "09:00", "--zone", "Europe/Madrid",
    )  # fmt: skip
    assert run_cli(tmp_path, *plan)[0] == 0
    code, _out, err = run_cli(tmp_path, "upcoming", "--count", "100000000")
    assert code == 2 and "--count must be 1 to 1000" in err
    code, _out, err = run_cli(
        tmp_path, "log-dose", "--at", "2026-11-02T09:05+01:00", "--segment", "7"
    )
    assert code == 2 and "--segment goes with --sequence" in err
