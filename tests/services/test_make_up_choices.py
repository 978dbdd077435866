"""After a late (make-up) dose: the choice is recorded and the schedule re-anchored (R-17..R-20)."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from belimumab_companion.domain.dose_log import Site
from belimumab_companion.domain.dose_state import GIVEN_STATES
from belimumab_companion.domain.make_up import AfterMakeUp, MakeUpKind
from belimumab_companion.domain.regimens import Indication, Route
from belimumab_companion.domain.schedule import DoseStatus
from belimumab_companion.services.app_services import AppServices
from belimumab_companion.services.plan_service import PlanInputError, PlanInputs
from testsupport import run_cli

MADRID = ZoneInfo("Europe/Madrid")


def _mondays(services: AppServices, indication: Indication = Indication.SLE) -> None:
    services.plans.set_plan(
        PlanInputs(
            indication=indication,
            route=Route.SUBQ,
            birth_date=date(1984, 3, 2),
            first_dose=date(2026, 11, 2),
            time_of_day=time(9),
            zone="Europe/Madrid",
        )
    )
    sites = (
        [Site.THIGH_LEFT, Site.THIGH_RIGHT] if indication is Indication.LN else [Site.THIGH_LEFT]
    )
    services.plans.log_dose(
        sequence=1, given_at=datetime(2026, 11, 2, 9, 5, tzinfo=MADRID), sites=sites
    )


@pytest.mark.parametrize(
    ("choice", "next_due"),
    [(AfterMakeUp.KEEP_DAY, date(2026, 11, 16)), (AfterMakeUp.NEW_DAY, date(2026, 11, 18))],
)
def test_r17_the_choice_re_anchors_without_rewriting_history(
    services: AppServices, choice: AfterMakeUp, next_due: date
) -> None:
    _mondays(services)
    logged = services.plans.log_dose(
        sequence=2, given_at=datetime(2026, 11, 11, 20, 0, tzinfo=MADRID), sites=[Site.ABDOMEN_LEFT]
    )  # Monday 9th missed, made up on Wednesday 11th
    assert logged.occurrence.sequence == 2 and logged.make_up is MakeUpKind.WEEKLY_CHOICE
    assert logged.options is not None
    assert (logged.options.keep_day_next, logged.options.new_day_next) == (
        date(2026, 11, 16),
        date(2026, 11, 18),
    )
    assert services.plans.pending_make_up(services.clock())[0].occurrence.sequence == 2
    assert services.plans.choose_after_make_up(logged.occurrence.segment_id, 2, choice) == next_due
    assert services.plans.pending_make_up(services.clock()) == []
    doses = services.plans.schedule(services.clock(), date(2026, 12, 1))
    assert [d.local_date for d in doses if d.sequence == 3] == [next_due]
    assert [d.sequence for d in doses] == list(range(1, len(doses) + 1))  # one per sequence
    given = [(d.sequence, d.status) for d in doses if d.status in GIVEN_STATES]
    assert given == [(1, DoseStatus.GIVEN), (2, DoseStatus.GIVEN_LATE)]  # history kept
    assert all(d.due.time() == time(9) for d in doses)
    with sqlite3.connect(services.paths.database) as connection:
        rows = connection.execute(
            "SELECT choice, make_up_on, next_dose FROM make_up_choice"
        ).fetchall()
    assert rows == [(choice.value, "2026-11-11", next_due.isoformat())]


def test_r05_r17_ln_loading_count_survives_a_new_weekly_day(services: AppServices) -> None:
    _mondays(services, Indication.LN)
    two = [Site.ABDOMEN_LEFT, Site.ABDOMEN_RIGHT]
    services.plans.log_dose(
        sequence=2, given_at=datetime(2026, 11, 11, 20, 0, tzinfo=MADRID), sites=two
    )
    services.plans.choose_after_make_up(services.plans.segments()[-1].id, 2, AfterMakeUp.NEW_DAY)
    doses = services.plans.schedule(services.clock(), date(2026, 12, 31))
    amounts = [(d.local_date, d.amount_mg) for d in doses]
    # Two 400 mg doses given before the new day. On the 23rd the 18th is missed but still open
    # the 25th has not begun), so it is still to give as the 3rd 400 mg dose: 400 mg on
    # the 18th and the 25th, then 200 mg (R-05: four 400 mg doses, counted by doses).
    assert amounts[2:6] == [
        (date(2026, 11, 18), 400.0),
        (date(2026, 11, 25), 400.0),
        (date(2026, 12, 2), 200.0),
        (date(2026, 12, 9), 200.0),
    ]
    # Once the 25th has begun the 18th is missed-closed, and a missed dose does not count
    # 400 mg on the 25th and the 2nd, then 200 mg.
    later = services.plans.schedule(datetime(2026, 11, 25, 8, 0, tzinfo=MADRID), date(2026, 12, 31))
    assert later[2].status is DoseStatus.MISSED_CLOSED
    assert [(d.local_date, d.amount_mg) for d in later][3:6] == [
        (date(2026, 11, 25), 400.0),
        (date(2026, 12, 2), 400.0),
        (date(2026, 12, 9), 200.0),
    ]
    assert services.plans.segments()[-1].loading_given_before == 2


def test_r20_a_childs_every_14_days_schedule_takes_the_care_teams_date(
    services: AppServices,
) -> None:
    services.plans.set_plan(
        PlanInputs(
            indication=Indication.SLE,
            route=Route.SUBQ,
            birth_date=date(2013, 5, 5),
            first_dose=date(2026, 11, 2),
            time_of_day=time(17),
            zone="Europe/Madrid",
            weight_kg=30,
        )
    )
    logged = services.plans.log_dose(
        sequence=1, given_at=datetime(2026, 11, 5, 17, 0, tzinfo=MADRID), sites=[Site.THIGH_LEFT]
    )
    assert logged.make_up is MakeUpKind.ASK_CARE_TEAM and logged.options is None
    segment = services.plans.segments()[-1].id
    with pytest.raises(PlanInputError):
        services.plans.choose_after_make_up(segment, 1, AfterMakeUp.NEW_DAY)  # no computed date
    with pytest.raises(PlanInputError):
        services.plans.choose_after_make_up(segment, 1, AfterMakeUp.CARE_TEAM_DATE)
    assert services.plans.choose_after_make_up(
        segment, 1, AfterMakeUp.CARE_TEAM_DATE, care_team_date=date(2026, 11, 20)
    ) == date(2026, 11, 20)
    doses = services.plans.schedule(services.clock(), date(2026, 12, 31))
    assert [d.local_date for d in doses] == [
        date(2026, 11, 2),
        date(2026, 11, 20),
        date(2026, 12, 4),
        date(2026, 12, 18),
    ]


def test_an_on_time_dose_has_nothing_to_choose_and_skip_on_advice_is_not_missed(
    services: AppServices,
) -> None:
    _mondays(services)
    segment = services.plans.segments()[-1].id
    with pytest.raises(PlanInputError) as refused:
        services.plans.choose_after_make_up(segment, 1, AfterMakeUp.KEEP_DAY)
    assert refused.value.code == "not-late"
    services.plans.skip_on_advice(segment, 2, "infection, doctor said wait")
    statuses = {
        d.sequence: d.status for d in services.plans.schedule(services.clock(), date(2026, 11, 20))
    }
    assert statuses[2] is DoseStatus.SKIPPED


def _cli_plan(tmp_path: Path) -> None:
    code, _out, err = run_cli(
        tmp_path,
        "plan", "set", "--indication", "sle", "--route", "subq", "--birth-date", "1990-01-01",
        "--first-dose", "2025-01-06", "--time", "09:00", "--zone", "America/New_York",
    )  # fmt: skip
    assert code == 0, err


def test_cli_a_late_dose_needs_then_and_upcoming_shows_the_new_dates(tmp_path: Path) -> None:
    import json

    _cli_plan(tmp_path)
    log = (
        "log-dose",
        "--at",
        "2025-01-06T09:00:00-05:00",
        "--site",
        "thigh-left",
        "--as-of",
        "2025-01-06T10:00-05:00",
    )
    assert run_cli(tmp_path, *log)[0] == 0
    late = [
        "log-dose",
        "--at",
        "2025-01-15T09:00:00-05:00",
        "--site",
        "thigh-right",
        "--as-of",
        "2025-01-15T10:00-05:00",
    ]
    code, _out, err = run_cli(tmp_path, *late)
    assert code == 2 and err.count("\n") == 1
    assert "2025-01-20" in err and "2025-01-22" in err and "--then" in err
    code, out, err = run_cli(tmp_path, *late, "--then", "new-day")
    assert code == 0, err
    code, out, _ = run_cli(
        tmp_path, "upcoming", "--json", "--count", "2", "--as-of", "2025-01-15T12:00-05:00"
    )
    assert [row["due"] for row in json.loads(out)] == [
        "2025-01-22T09:00:00-05:00",
        "2025-01-29T09:00:00-05:00",
    ]


def test_cli_due_exit_status(tmp_path: Path) -> None:
    import json

    _cli_plan(tmp_path)
    code, out, _ = run_cli(tmp_path, "due", "--json", "--as-of", "2025-01-06T08:00-05:00")
    assert code == 0 and json.loads(out) == []
    code, out, _ = run_cli(tmp_path, "due", "--json", "--as-of", "2025-01-06T10:00-05:00")
    rows = json.loads(out)
    assert code == 1 and [(r["sequence"], r["status"]) for r in rows] == [(1, "overdue")]
    # the first dose is the clinic's; missed, its new date is the care team's.
    code, out, _ = run_cli(tmp_path, "due", "--as-of", "2025-01-07T10:00-05:00")
    assert code == 1 and "date to be given by your care team" in out
    assert "Do not inject on your own: contact your care team" in out
    assert "awaiting-care-team" not in out and "contact-care-team" not in out  # issue 20
    code, out, _ = run_cli(tmp_path, "due", "--json", "--as-of", "2025-01-07T10:00-05:00")
    assert [(r["status"], r["advice"]) for r in json.loads(out)] == [
        ("awaiting-care-team", "contact-care-team")
    ]
    # A missed home dose is open: "inject as soon as you remember", the one suggested.
    log = ("log-dose", "--sequence", "1", "--at", "2025-01-06T09:00:00-05:00")
    code, _out, err = run_cli(tmp_path, *log, "--site", "thigh-left")
    assert code == 0, err
    code, out, _ = run_cli(tmp_path, "due", "--json", "--as-of", "2025-01-14T10:00-05:00")
    rows = json.loads(out)
    assert code == 1 and [
        (r["sequence"], r["status"], r["advice"], r["suggested"]) for r in rows
    ] == [(2, "open", "inject-when-remembered", True)]
