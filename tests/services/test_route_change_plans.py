"""A new plan on the other route after doses given is a switch, however it is entered
(R-12..R-15): inside the label's window it gets the switching regimen (R-14: 200 mg, never the
400 mg loading of R-05); outside it, or SubQ -> IV, or a child, the prescriber's interval and
amount are required, and the saved plan keeps them."""

from __future__ import annotations

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from belimumab_companion.domain.regimens import (
    Indication,
    Prescription,
    RefusalCode,
    Regimen,
    RegimenRefusal,
    Route,
)
from belimumab_companion.paths import AppPaths
from belimumab_companion.services.app_services import AppServices, build_services
from belimumab_companion.services.clock import fixed_clock
from belimumab_companion.services.plan_service import PlanInputs

MADRID = ZoneInfo("Europe/Madrid")
ADULT = date(1984, 3, 2)
CHILD = date(2014, 3, 2)


def _plan(
    indication: Indication,
    route: Route,
    first_dose: date,
    birth_date: date = ADULT,
    prescription: Prescription | None = None,
    weight_kg: float | None = 60.0,
) -> PlanInputs:
    return PlanInputs(
        indication=indication,
        route=route,
        birth_date=birth_date,
        first_dose=first_dose,
        time_of_day=time(9),
        zone="Europe/Madrid",
        weight_kg=weight_kg,
        prescription=prescription,
    )


def _given(services: AppServices, *days: date) -> None:
    """Log the planned dose of each day, given on its day (R-47: named by its identity)."""
    for day in days:
        dose = next(
            d for d in services.plans.schedule(services.clock(), day) if d.local_date == day
        )
        services.plans.log_dose(
            sequence=dose.sequence,
            segment_id=dose.segment_id,
            given_at=datetime.combine(day, time(9, 30), MADRID),
            sites=[],
        )


def _infusions(services: AppServices, indication: Indication, birth_date: date = ADULT) -> None:
    """Three infusions, the last on 2026-08-31 (R-02's days 0, 14, 28)."""
    services.plans.set_plan(_plan(indication, Route.IV, date(2026, 8, 3), birth_date))
    _given(services, date(2026, 8, 3), date(2026, 8, 17), date(2026, 8, 31))


def test_r14_a_new_injection_plan_after_infusions_outside_the_window_needs_the_prescriber(
    services: AppServices,
) -> None:
    _infusions(services, Indication.LN)
    late = _plan(Indication.LN, Route.SUBQ, date(2026, 11, 2))  # window 09-07 .. 09-14
    refused = services.plans.set_plan(late)
    assert isinstance(refused, RegimenRefusal)
    assert refused.code is RefusalCode.SWITCH_NEEDS_PRESCRIPTION
    assert services.plans.preview(late) == refused
    assert len(services.plans.segments()) == 1  # nothing saved


def test_r14_the_prescribers_plan_is_kept_as_prescribed_never_the_400_mg_loading(
    services: AppServices, migrated_paths: AppPaths
) -> None:
    _infusions(services, Indication.LN)
    prescribed = _plan(
        Indication.LN, Route.SUBQ, date(2026, 11, 2), prescription=Prescription(7, 200.0)
    )
    result = services.plans.set_plan(prescribed)
    assert isinstance(result, Regimen) and result.as_prescribed
    assert (result.interval_days, result.maintenance_amount_mg) == (7, 200.0)
    assert result.loading_doses == 0 and result.loading_amount_mg is None
    services.close()
    reopened = build_services(
        migrated_paths, clock=fixed_clock(datetime(2026, 11, 2, tzinfo=MADRID))
    )
    try:
        current = reopened.plans.segments()[-1].regimen
    finally:
        reopened.close()
    assert current == result  # rebuilt from the file exactly as saved


def test_r14_inside_the_window_a_new_plan_gets_the_switching_regimen(
    services: AppServices,
) -> None:
    _infusions(services, Indication.LN)
    result = services.plans.set_plan(_plan(Indication.LN, Route.SUBQ, date(2026, 9, 10)))
    assert isinstance(result, Regimen) and not result.as_prescribed
    assert result.loading_doses == 0 and result.maintenance_amount_mg == 200.0
    assert result.interval_days == 7
    assert services.plans.segments()[-1].regimen == result


def test_r13_sle_outside_the_28_days_needs_the_prescriber(services: AppServices) -> None:
    _infusions(services, Indication.SLE)
    result = services.plans.set_plan(_plan(Indication.SLE, Route.SUBQ, date(2026, 9, 29)))
    assert isinstance(result, RegimenRefusal)
    assert result.code is RefusalCode.SWITCH_NEEDS_PRESCRIPTION
    inside = services.plans.set_plan(_plan(Indication.SLE, Route.SUBQ, date(2026, 9, 28)))
    assert isinstance(inside, Regimen) and inside.interval_days == 7


@pytest.mark.parametrize(
    ("first_route", "second_route", "birth_date"),
    [
        (Route.SUBQ, Route.IV, ADULT),  # SubQ -> IV: R-15
        (Route.IV, Route.SUBQ, CHILD),  # a child's switch: R-15
    ],
    ids=["subq-to-iv", "child-iv-to-subq"],
)
def test_r15_other_route_changes_are_always_the_prescribers(
    services: AppServices, first_route: Route, second_route: Route, birth_date: date
) -> None:
    services.plans.set_plan(_plan(Indication.SLE, first_route, date(2026, 8, 3), birth_date))
    _given(services, date(2026, 8, 3), date(2026, 8, 17))
    second = _plan(Indication.SLE, second_route, date(2026, 8, 24), birth_date)  # inside R-13
    refused = services.plans.set_plan(second)
    assert isinstance(refused, RegimenRefusal)
    assert refused.code is RefusalCode.SWITCH_NEEDS_PRESCRIPTION
    prescribed = services.plans.set_plan(
        _plan(
            Indication.SLE,
            second_route,
            date(2026, 8, 24),
            birth_date,
            prescription=Prescription(14, 200.0),
        )
    )
    assert isinstance(prescribed, Regimen) and prescribed.as_prescribed
    assert prescribed.route is second_route


def test_a_new_plan_before_any_dose_is_not_a_switch(services: AppServices) -> None:
    """R-05: starting on injections (nothing given yet) keeps the 400 mg loading for LN."""
    services.plans.set_plan(_plan(Indication.LN, Route.IV, date(2026, 8, 3)))
    result = services.plans.set_plan(_plan(Indication.LN, Route.SUBQ, date(2026, 8, 10)))
    assert isinstance(result, Regimen) and not result.as_prescribed
    assert (result.loading_doses, result.loading_amount_mg) == (4, 400.0)


def test_the_same_route_after_doses_is_not_a_switch(services: AppServices) -> None:
    services.plans.set_plan(_plan(Indication.SLE, Route.SUBQ, date(2026, 8, 3)))
    _given(services, date(2026, 8, 3))
    result = services.plans.set_plan(_plan(Indication.SLE, Route.SUBQ, date(2026, 9, 7)))
    assert isinstance(result, Regimen) and not result.as_prescribed
