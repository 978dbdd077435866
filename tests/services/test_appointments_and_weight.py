"""IV appointments (R-03, R-21) and recorded weights (R-02 display, R-08 flag)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from belimumab_companion.domain.regimens import Indication, RegimenRefusal, Route
from belimumab_companion.services.app_services import AppServices
from belimumab_companion.services.plan_service import PlanInputError, PlanInputs

MADRID = ZoneInfo("Europe/Madrid")


def _iv_plan(services: AppServices, first: date = date(2026, 11, 16)) -> int:
    services.plans.set_plan(
        PlanInputs(
            indication=Indication.SLE,
            route=Route.IV,
            birth_date=date(1980, 5, 5),
            first_dose=first,
            time_of_day=time(10),
            zone="Europe/Madrid",
            weight_kg=60,
        )
    )
    return services.plans.segments()[-1].id


def test_moving_one_infusion_moves_only_that_one(services: AppServices) -> None:
    segment = _iv_plan(services)
    before = {d.sequence: d.due for d in services.plans.upcoming(services.clock(), 4)}
    assert before[2] == datetime(2026, 11, 30, 10, tzinfo=MADRID)  # day 14
    assert not any(d.appointment_confirmed for d in services.plans.upcoming(services.clock(), 4))
    moved = services.plans.set_appointment(segment, 2, datetime(2026, 12, 2, 8, 30, tzinfo=MADRID))
    assert moved.due == datetime(2026, 12, 2, 8, 30, tzinfo=MADRID) and moved.appointment_confirmed
    after = {d.sequence: d.due for d in services.plans.upcoming(services.clock(), 4)}
    assert after[3] == before[3] == datetime(2026, 12, 14, 10, tzinfo=MADRID)  # no shift
    assert after[4] == before[4]
    # Moved again: the latest date the centre gave is the one shown.
    services.plans.set_appointment(segment, 2, datetime(2026, 12, 1, 9, 0, tzinfo=MADRID))
    due = {d.sequence: d.due for d in services.plans.upcoming(services.clock(), 4)}
    assert due[2] == datetime(2026, 12, 1, 9, 0, tzinfo=MADRID)


def test_a_confirmed_date_keeps_the_order_of_infusions(services: AppServices) -> None:
    segment = _iv_plan(services)
    with pytest.raises(PlanInputError) as late:
        services.plans.set_appointment(segment, 2, datetime(2026, 12, 14, 10, tzinfo=MADRID))
    assert late.value.code == "appointment-order" and "2026-12-14" in str(late.value)
    with pytest.raises(PlanInputError) as early:
        services.plans.set_appointment(segment, 2, datetime(2026, 11, 16, 9, tzinfo=MADRID))
    assert early.value.code == "appointment-order"


def test_a_logged_infusion_cannot_be_moved_and_subq_has_no_appointments(
    services: AppServices,
) -> None:
    segment = _iv_plan(services)
    services.plans.log_dose(
        sequence=1, given_at=datetime(2026, 11, 16, 9, 40, tzinfo=UTC), sites=[]
    )
    with pytest.raises(PlanInputError) as logged:
        services.plans.set_appointment(segment, 1, datetime(2026, 11, 17, 10, tzinfo=MADRID))
    assert logged.value.code == "already-logged"
    switched = services.plans.set_plan(
        PlanInputs(
            indication=Indication.SLE,
            route=Route.SUBQ,
            birth_date=date(1980, 5, 5),
            first_dose=date(2026, 11, 30),  # inside R-13's window after the 11-16 infusion
            time_of_day=time(10),
            zone="Europe/Madrid",
        )
    )
    assert not isinstance(switched, RegimenRefusal)
    subq = services.plans.segments()[-1].id
    with pytest.raises(PlanInputError) as not_iv:
        services.plans.set_appointment(subq, 4, datetime(2026, 12, 21, 10, tzinfo=MADRID))
    assert not_iv.value.code == "not-an-infusion"


def test_the_iv_amount_follows_the_latest_weight(services: AppServices) -> None:
    _iv_plan(services)
    assert services.plans.upcoming(services.clock(), 1)[0].amount_mg == 600  # 10 mg/kg x 60
    assert services.plans.record_weight(65, date(2026, 11, 23)) is False
    assert services.plans.upcoming(services.clock(), 1)[0].amount_mg == 650
    latest = services.plans.latest_weight()
    assert latest is not None and latest.weight_kg == 65


@pytest.mark.parametrize(
    ("start_kg", "new_kg", "flagged"),
    [(38, 40, True), (38, 39.9, False), (41, 39.5, True), (41, 45, False)],
)
def test_r08_a_child_crossing_40_kg_is_flagged_and_the_plan_kept(
    services: AppServices, start_kg: float, new_kg: float, flagged: bool
) -> None:
    services.plans.set_plan(
        PlanInputs(
            indication=Indication.SLE,
            route=Route.SUBQ,
            birth_date=date(2014, 6, 1),
            first_dose=date(2026, 11, 2),
            time_of_day=time(17),
            zone="America/New_York",
            weight_kg=start_kg,
        )
    )
    interval = services.plans.segments()[-1].regimen.interval_days
    assert services.plans.record_weight(new_kg, date(2026, 11, 23)) is flagged
    assert services.plans.overview(services.clock()).weight_band_changed is flagged
    assert services.plans.segments()[-1].regimen.interval_days == interval  # never applied


def test_weights_out_of_range_are_refused(services: AppServices) -> None:
    for kg in (0, -3, 301):
        with pytest.raises(PlanInputError):
            services.plans.record_weight(kg, date(2026, 11, 22))
    with pytest.raises(PlanInputError):
        services.plans.record_weight(50, date(2026, 12, 22))
    assert services.plans.latest_weight() is None
