"""Editing and deleting a logged dose keeps every version and can be undone (issue 3, item 3)."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime, time

import pytest

from belimumab_companion.domain.dose_log import Site
from belimumab_companion.domain.regimens import Indication, Route
from belimumab_companion.domain.schedule import DoseStatus
from belimumab_companion.services.app_services import AppServices
from belimumab_companion.services.plan_service import DoseLogError, PlanInputError, PlanInputs
from belimumab_companion.storage.plan_repository import DoseRecord


def _weekly_plan(services: AppServices) -> None:
    services.plans.set_plan(
        PlanInputs(
            indication=Indication.SLE,
            route=Route.SUBQ,
            birth_date=date(1990, 1, 1),
            first_dose=date(2026, 11, 2),
            time_of_day=time(18),
            zone="Europe/Berlin",
        )
    )


def _log_first(services: AppServices) -> DoseRecord:
    services.plans.log_dose(
        sequence=1,
        given_at=datetime(2026, 11, 2, 17, 10, tzinfo=UTC),
        sites=[Site.THIGH_LEFT],
        notes="first",
    )
    segment_id = services.plans.segments()[0].id
    record = services.plans.dose_record(segment_id, 1)
    assert record is not None
    return record


def test_an_edit_keeps_the_old_version_and_undo_restores_it(services: AppServices) -> None:
    _weekly_plan(services)
    first = _log_first(services)
    change = services.plans.edit_dose(
        first.id,
        given_at=datetime(2026, 11, 2, 19, 0, tzinfo=UTC),
        sites=[Site.ABDOMEN_RIGHT],
        amount_mg=200,
        given_by="caregiver",
        lot_number="L42",
        notes="corrected time",
    )
    current = services.plans.dose_record(first.segment_id, 1)
    assert current is not None
    assert current.id == change.current_id and current.origin == "edited"
    assert current.sites == (Site.ABDOMEN_RIGHT,) and current.given_by == "caregiver"
    assert current.derived_from_id == first.id
    versions = services.plans.dose_versions(first.segment_id, 1)
    assert [v.id for v in versions] == [first.id, current.id]
    assert versions[0].notes == "first" and versions[0].replaced_by_id == current.id
    assert versions[0].given_at == datetime(2026, 11, 2, 17, 10, tzinfo=UTC)  # not rewritten

    services.plans.undo(change)
    restored = services.plans.dose_record(first.segment_id, 1)
    assert restored is not None
    assert restored.origin == "restored" and restored.derived_from_id == first.id
    assert (restored.given_at, restored.sites, restored.notes) == (
        first.given_at,
        first.sites,
        first.notes,
    )
    assert len(services.plans.dose_versions(first.segment_id, 1)) == 3
    assert services.plans.site_history()[Site.ABDOMEN_RIGHT] is None  # only current versions count


def test_a_deletion_frees_the_occurrence_and_undo_brings_the_dose_back(
    services: AppServices,
) -> None:
    _weekly_plan(services)
    first = _log_first(services)
    change = services.plans.delete_dose(first.id)
    now = services.clock()
    statuses = {d.sequence: d.status for d in services.plans.schedule(now, date(2026, 11, 20))}
    # not given, and the next dose's day (9 Nov) has begun: missed, not to be made up.
    assert statuses[1] is DoseStatus.MISSED_CLOSED
    assert services.plans.dose_record(first.segment_id, 1) is None
    services.plans.undo(change)
    statuses = {d.sequence: d.status for d in services.plans.schedule(now, date(2026, 11, 20))}
    assert statuses[1] is DoseStatus.GIVEN
    with sqlite3.connect(services.paths.database) as connection:
        rows = connection.execute(
            "SELECT origin, replaced_at IS NOT NULL FROM administration ORDER BY id"
        ).fetchall()
    assert rows == [("logged", 1), ("restored", 0)]


def test_undo_is_refused_once_the_dose_changed_again(services: AppServices) -> None:
    _weekly_plan(services)
    first = _log_first(services)
    deleted = services.plans.delete_dose(first.id)
    services.plans.log_dose(
        given_at=datetime(2026, 11, 2, 18, 0, tzinfo=UTC), sites=[Site.THIGH_RIGHT], sequence=1
    )
    with pytest.raises(PlanInputError) as refused:
        services.plans.undo(deleted)
    assert refused.value.code == "changed-since"
    with pytest.raises(PlanInputError):
        services.plans.delete_dose(first.id)  # already replaced


def test_an_edit_is_checked_like_a_new_log(services: AppServices) -> None:
    _weekly_plan(services)
    first = _log_first(services)
    # Dose #2 given a day early (8 Nov): a day that fits dose #1 too, so R-18 is what refuses.
    services.plans.log_dose(
        sequence=2, given_at=datetime(2026, 11, 8, 17, 0, tzinfo=UTC), sites=[Site.THIGH_RIGHT]
    )
    with pytest.raises(DoseLogError) as future:
        services.plans.edit_dose(
            first.id,
            given_at=datetime(2026, 11, 23, 9, 36, tzinfo=UTC),  # more than 5 minutes ahead
            sites=[Site.THIGH_LEFT],
            amount_mg=200,
            given_by="self",
        )
    assert future.value.problem.value == "in-the-future"
    with pytest.raises(DoseLogError) as same_day:  # not two doses on one day
        services.plans.edit_dose(
            first.id,
            given_at=datetime(2026, 11, 8, 8, 0, tzinfo=UTC),
            sites=[Site.THIGH_LEFT],
            amount_mg=200,
            given_by="self",
        )
    assert same_day.value.problem.value == "same-day-as-another"
    # Its own day is not "another dose": moving the time within the day is fine.
    services.plans.edit_dose(
        first.id,
        given_at=datetime(2026, 11, 2, 20, 0, tzinfo=UTC),
        sites=[Site.THIGH_LEFT],
        amount_mg=200,
        given_by="self",
    )
