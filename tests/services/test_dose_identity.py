"""Issue 16 through the services and the CLI, on a real SQLite file.

R-47: the dose the user saw is the dose that is filed; a time that fits another dose is asked
about, never re-filed; one current version per planned dose (a partial unique index). R-48:
someone already on belimumab continues from their last dose; nothing before it is missed, and
adherence counts from the day the app was set up. Bounds: dates outside 2000..2100 are refused
with a message, never an OverflowError.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from belimumab_companion.domain.dose_log import LogProblem, Site
from belimumab_companion.domain.dose_state import DoseStatus
from belimumab_companion.domain.regimens import Indication, Route
from belimumab_companion.domain.schedule import PlannedDose
from belimumab_companion.paths import AppPaths
from belimumab_companion.services.app_services import AppServices, build_services
from belimumab_companion.services.clock import fixed_clock
from belimumab_companion.services.plan_service import DoseLogError, PlanInputError, PlanInputs
from testsupport import FIXED_NOW, run_cli

MADRID = ZoneInfo("Europe/Madrid")


def _weekly(services: AppServices, first: date = date(2026, 11, 9), **kw: Any) -> None:
    """SLE SubQ every Monday at 18:00 in Madrid; FIXED_NOW is Monday 23 Nov 10:30 there."""
    services.plans.set_plan(
        PlanInputs(
            indication=Indication.SLE,
            route=Route.SUBQ,
            birth_date=date(1985, 6, 1),
            first_dose=first,
            time_of_day=time(18),
            zone="Europe/Madrid",
            **kw,
        )
    )


def _dose(services: AppServices, sequence: int) -> PlannedDose:
    return next(d for d in services.plans.schedule(FIXED_NOW) if d.sequence == sequence)


def test_r47_the_dose_shown_is_the_dose_filed(services: AppServices) -> None:
    """The issue's report: dose #3 (Mon 23 Nov) shown, 22 Nov 20:00 entered, was filed as #2."""
    _weekly(services)
    services.plans.log_dose(
        segment_id=1, sequence=1, given_at=datetime(2026, 11, 9, 18, tzinfo=MADRID), sites=[]
    )
    shown = _dose(services, 3)
    logged = services.plans.log_dose(
        segment_id=shown.segment_id,
        sequence=shown.sequence,
        given_at=datetime(2026, 11, 22, 20, tzinfo=MADRID),
        sites=[Site.THIGH_LEFT],
    )
    assert logged.occurrence.sequence == 3
    assert services.plans.dose_record(1, 3) is not None
    assert services.plans.dose_record(1, 2) is None
    assert _dose(services, 2).status is DoseStatus.MISSED_CLOSED  # a later dose given


def test_r47_a_time_that_fits_another_dose_is_asked_about_and_nothing_is_saved(
    services: AppServices,
) -> None:
    _weekly(services)
    services.plans.log_dose(
        segment_id=1, sequence=1, given_at=datetime(2026, 11, 9, 18, tzinfo=MADRID), sites=[]
    )
    with pytest.raises(DoseLogError) as refused:
        services.plans.log_dose(
            segment_id=1,
            sequence=3,
            given_at=datetime(2026, 11, 17, 9, tzinfo=MADRID),  # the day after #2's day
            sites=[Site.THIGH_LEFT],
        )
    assert refused.value.problem is LogProblem.DOES_NOT_FIT
    assert refused.value.alternative is not None and refused.value.alternative.sequence == 2
    assert services.plans.dose_record(1, 3) is None and services.plans.dose_record(1, 2) is None
    # On or after the next dose's day, a dose cannot be filed as this one either.
    with pytest.raises(DoseLogError) as refused:
        services.plans.log_dose(
            segment_id=1,
            sequence=2,
            given_at=datetime(2026, 11, 23, 9, tzinfo=MADRID),
            sites=[Site.THIGH_LEFT],
        )
    assert refused.value.problem is LogProblem.DOES_NOT_FIT
    assert refused.value.alternative is not None and refused.value.alternative.sequence == 3


def test_r47_without_a_named_dose_only_the_suggested_one_is_filed(services: AppServices) -> None:
    _weekly(services)
    services.plans.log_dose(
        segment_id=1, sequence=1, given_at=datetime(2026, 11, 9, 18, tzinfo=MADRID), sites=[]
    )
    # Monday 23 Nov morning: dose #2 (16 Nov) closed, #3 due today and suggested.
    (suggested,) = [d for d in services.plans.schedule(FIXED_NOW) if d.suggested]
    assert suggested.sequence == 3
    logged = services.plans.log_dose(given_at=FIXED_NOW, sites=[Site.THIGH_RIGHT])
    assert logged.occurrence.sequence == 3
    with pytest.raises(DoseLogError) as refused:  # nothing suggested now: never guessed
        services.plans.log_dose(given_at=FIXED_NOW, sites=[Site.THIGH_LEFT])
    assert refused.value.problem is LogProblem.NOTHING_TO_LOG


def test_r47_only_one_current_version_of_a_planned_dose_can_exist(
    services: AppServices, migrated_paths: AppPaths
) -> None:
    _weekly(services)
    services.plans.log_dose(
        segment_id=1, sequence=1, given_at=datetime(2026, 11, 9, 18, tzinfo=MADRID), sites=[]
    )
    other = build_services(migrated_paths, clock=fixed_clock(FIXED_NOW))
    try:  # a second window or the CLI filing the same dose: refused, not duplicated
        with pytest.raises(DoseLogError) as refused:
            other.plans.log_dose(
                segment_id=1,
                sequence=1,
                given_at=datetime(2026, 11, 2, 18, 30, tzinfo=MADRID),
                sites=[],
            )
        assert refused.value.problem is LogProblem.ALREADY_LOGGED
    finally:
        other.close()
    connection = sqlite3.connect(migrated_paths.database)
    try:
        with pytest.raises(sqlite3.IntegrityError):
            connection.execute(
                "INSERT INTO administration (segment_id, sequence, given_at, zone, route, "
                "sites_json, given_by, notes, skipped_on_advice, not_fully_given, created_at, "
                "origin) SELECT segment_id, sequence, given_at, zone, route, sites_json, "
                "given_by, notes, skipped_on_advice, not_fully_given, created_at, origin "
                "FROM administration"
            )
    finally:
        connection.close()


def test_r48_already_on_treatment_continues_from_the_last_dose(services: AppServices) -> None:
    """Enrolled months ago, setting the app up today: no wall of missed doses."""
    services.plans.set_plan(
        PlanInputs(
            indication=Indication.LN,
            route=Route.SUBQ,
            birth_date=date(1985, 6, 1),
            first_dose=date(2026, 11, 17),  # the last dose given, a Tuesday
            time_of_day=time(18),
            zone="Europe/Madrid",
            already_on_treatment=True,
            doses_given=3,
        )
    )
    doses = services.plans.schedule(FIXED_NOW, through=date(2027, 1, 31))
    assert doses[0].sequence == 3 and doses[0].status is DoseStatus.GIVEN  # reported
    assert not any(d.status in (DoseStatus.OPEN, DoseStatus.MISSED_CLOSED) for d in doses)
    # three 400 mg doses given, so exactly one more 400 mg dose, then 200 mg weekly.
    ahead = doses[1:4]
    assert [d.local_date for d in ahead] == [
        date(2026, 11, 24),
        date(2026, 12, 1),
        date(2026, 12, 8),
    ]
    assert [d.amount_mg for d in ahead] == [400.0, 200.0, 200.0]
    assert not ahead[0].in_clinic  # R-11 was at the start of treatment, not now
    overview = services.plans.overview(FIXED_NOW)
    assert overview.tracked_from == date(2026, 11, 23)
    assert overview.history and overview.history[-1].status is DoseStatus.GIVEN
    assert services.plans.course().last_dose == date(2026, 11, 17)  # R-36's window sees it
    assert services.plans.dose_versions(1, 3)[0].origin == "reported"


def test_r48_iv_already_on_treatment_waits_for_the_centres_date(services: AppServices) -> None:
    services.plans.set_plan(
        PlanInputs(
            indication=Indication.SLE,
            route=Route.IV,
            birth_date=date(1985, 6, 1),
            first_dose=date(2026, 11, 2),
            time_of_day=time(10),
            zone="Europe/Madrid",
            weight_kg=60,
            already_on_treatment=True,
            doses_given=2,
        )
    )
    doses = services.plans.schedule(FIXED_NOW, through=date(2027, 2, 28))
    assert doses[0].status is DoseStatus.GIVEN
    assert doses[1].local_date == date(2026, 11, 16)  # the third is 14 days after the 2nd
    assert all(d.status is DoseStatus.AWAITING_CARE_TEAM and not d.firm for d in doses[1:])


def test_r48_the_last_dose_cannot_be_in_the_future(services: AppServices) -> None:
    with pytest.raises(PlanInputError) as refused:
        _weekly(services, first=date(2026, 12, 1), already_on_treatment=True)
    assert refused.value.code == "last-dose-in-future"


@pytest.mark.parametrize(
    "first", [date(9999, 12, 20), date(1999, 12, 31), date(2101, 1, 1), date(1, 1, 1)]
)
def test_dates_outside_2000_2100_are_refused_with_a_message(
    services: AppServices, first: date
) -> None:
    with pytest.raises(PlanInputError) as refused:
        _weekly(services, first=first)
    assert refused.value.code == "date-out-of-range"
    assert services.plans.segments() == []


def test_a_dose_dated_outside_the_range_is_refused_not_an_overflow(services: AppServices) -> None:
    _weekly(services)
    with pytest.raises(PlanInputError) as refused:
        services.plans.log_dose(
            segment_id=1,
            sequence=1,
            given_at=datetime(1999, 11, 2, 18, tzinfo=UTC),
            sites=[],
        )
    assert refused.value.code == "date-out-of-range"


SLE_WEEKLY = (
    "plan", "set", "--indication", "sle", "--route", "subq", "--birth-date", "1985-06-01",
    "--time", "18:00", "--zone", "Europe/Madrid",
)  # fmt: skip
AS_OF = ("--as-of", "2026-11-18T12:00+01:00")  # Wednesday 18 Nov


def test_cli_due_json_lists_one_open_dose_and_log_dose_files_the_suggested_one(
    tmp_path: Path,
) -> None:
    assert run_cli(tmp_path, *SLE_WEEKLY, "--first-dose", "2026-11-02")[0] == 0
    code, _out, err = run_cli(
        tmp_path, "log-dose", "--at", "2026-11-02T18:00+01:00", "--sequence", "1", *AS_OF
    )
    assert code == 0, err
    # Doses #2 (9 Nov) and #3 (16 Nov) missed: on Wed 18 Nov only #3 is open and suggested.
    code, out, _err = run_cli(tmp_path, "due", "--json", *AS_OF)
    assert code == 1
    rows = json.loads(out)
    assert [(r["sequence"], r["status"], r["advice"], r["suggested"]) for r in rows] == [
        (3, "open", "inject-when-remembered", True)
    ]
    assert rows[0]["segment"] == 1
    # Without --sequence a time that does not fit the suggested dose is refused (exit 2).
    code, _out, err = run_cli(
        tmp_path, "log-dose", "--at", "2026-11-09T18:00+01:00", "--site", "thigh-left", *AS_OF
    )
    assert code == 2 and "dose #2" in err and "--sequence 2" in err
    code, out, err = run_cli(
        tmp_path,
        "log-dose",
        "--at",
        "2026-11-18T11:00+01:00",
        "--site",
        "thigh-left",
        "--then",
        "keep-day",
        *AS_OF,
    )
    assert code == 0, err
    assert "dose #3" in out
    code, out, _err = run_cli(tmp_path, "due", "--json", *AS_OF)
    assert json.loads(out) == [] and code == 0  # nothing else to give today


def test_cli_plan_set_last_dose_and_refused_dates(tmp_path: Path) -> None:
    code, _out, err = run_cli(tmp_path, *SLE_WEEKLY, "--first-dose", "9999-12-20")
    assert code == 2 and "outside the years 2000 to 2100" in err
    code, out, err = run_cli(
        tmp_path, *SLE_WEEKLY, "--last-dose", "2026-11-16", "--doses-given", "9"
    )
    assert code == 0, err
    assert "nothing before it counts as missed" in out
    code, out, _err = run_cli(tmp_path, "upcoming", "--json", "--count", "2", *AS_OF)
    rows = json.loads(out)
    assert [(r["sequence"], r["due"][:10], r["firm"]) for r in rows] == [
        (10, "2026-11-23", True),
        (11, "2026-11-30", True),
    ]


def test_cli_upcoming_marks_the_care_teams_dates_not_firm(tmp_path: Path) -> None:
    """R-20: a child's every-14-days plan after a late dose: the next dates are the care team's."""
    child = (
        "plan", "set", "--indication", "sle", "--route", "subq", "--birth-date", "2018-03-01",
        "--weight", "25", "--time", "18:00", "--zone", "Europe/Madrid", "--first-dose",
        "2026-11-02",
    )  # fmt: skip
    assert run_cli(tmp_path, *child)[0] == 0
    as_of = ("--as-of", "2026-11-18T20:00+01:00")
    for at, sequence in (("2026-11-02T18:00+01:00", "1"), ("2026-11-18T19:00+01:00", "2")):
        code, _out, err = run_cli(
            tmp_path, "log-dose", "--at", at, "--sequence", sequence, "--site", "thigh-left",
            *as_of,
        )  # fmt: skip
        assert code == 0, err
    code, out, _err = run_cli(tmp_path, "upcoming", "--json", "--count", "2", *as_of)
    rows = json.loads(out)
    assert [(r["status"], r["firm"]) for r in rows] == [("awaiting-care-team", False)] * 2
    ics = tmp_path / "doses.ics"
    code, _out, err = run_cli(tmp_path, "export", "ics", str(ics), *as_of)
    assert code == 0, err
    assert "BEGIN:VEVENT" not in ics.read_text(encoding="utf-8")  # never exported as firm
