"""Who gave a dose and with which device, checked when it is logged (R-03, R-09, R-10)."""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from belimumab_companion.domain.dose_log import Site
from belimumab_companion.domain.regimens import Indication, Route
from belimumab_companion.services.app_services import AppServices
from belimumab_companion.services.plan_service import DoseLogError, PlanInputs
from testsupport import run_cli

NEW_YORK = ZoneInfo("America/New_York")


def _child_plan(services: AppServices, birth: date) -> None:
    services.plans.set_plan(
        PlanInputs(
            indication=Indication.SLE,
            route=Route.SUBQ,
            birth_date=birth,
            first_dose=date(2026, 11, 9),
            time_of_day=time(17),
            zone="America/New_York",
            weight_kg=42,
        )
    )


@pytest.mark.parametrize(
    ("birth", "given_by", "problem"),
    [
        (date(2018, 1, 1), "self", "child-self-injection"),  # 8 years old: R-10
        (date(2018, 1, 1), "caregiver", None),
        (date(2018, 1, 1), None, None),  # defaults to the caregiver
        (date(2014, 1, 1), "self", None),  # 12 years old may self-inject
    ],
)
def test_r10_under_ten_never_logged_as_self_injected(
    services: AppServices, birth: date, given_by: str | None, problem: str | None
) -> None:
    _child_plan(services, birth)
    when = datetime(2026, 11, 9, 17, 5, tzinfo=NEW_YORK)
    if problem is None:
        services.plans.log_dose(
            sequence=1, given_at=when, sites=[Site.THIGH_LEFT], given_by=given_by
        )
        record = services.plans.dose_record(services.plans.segments()[-1].id, 1)
        assert record is not None and record.given_by == (given_by or "caregiver")
    else:
        with pytest.raises(DoseLogError) as refused:
            services.plans.log_dose(
                sequence=1, given_at=when, sites=[Site.THIGH_LEFT], given_by=given_by
            )
        assert refused.value.problem.value == problem


@pytest.mark.parametrize(
    ("birth", "device", "problem"),
    [
        (date(2012, 1, 1), "prefilled-syringe", "syringe-for-child"),
        (date(2012, 1, 1), "autoinjector", None),
        (date(1990, 1, 1), "prefilled-syringe", None),  # adults may use either
    ],
)
def test_r09_a_child_is_never_logged_with_the_syringe(
    services: AppServices, birth: date, device: str, problem: str | None
) -> None:
    _child_plan(services, birth)
    when = datetime(2026, 11, 9, 17, 5, tzinfo=NEW_YORK)
    if problem is None:
        services.plans.log_dose(sequence=1, given_at=when, sites=[Site.THIGH_LEFT], device=device)
    else:
        with pytest.raises(DoseLogError) as refused:
            services.plans.log_dose(
                sequence=1, given_at=when, sites=[Site.THIGH_LEFT], device=device
            )
        assert refused.value.problem.value == problem


def test_r03_an_infusion_is_logged_as_given_by_the_clinic(services: AppServices) -> None:
    services.plans.set_plan(
        PlanInputs(
            indication=Indication.SLE,
            route=Route.IV,
            birth_date=date(1990, 1, 1),
            first_dose=date(2026, 11, 9),
            time_of_day=time(9),
            zone="America/New_York",
            weight_kg=70,
        )
    )
    when = datetime(2026, 11, 9, 9, 30, tzinfo=NEW_YORK)
    with pytest.raises(DoseLogError) as refused:
        services.plans.log_dose(sequence=1, given_at=when, sites=[], given_by="self")
    assert refused.value.problem.value == "infusion-not-by-clinic"
    services.plans.log_dose(sequence=1, given_at=when, sites=[])
    record = services.plans.dose_record(services.plans.segments()[-1].id, 1)
    assert record is not None and record.given_by == "clinic"


def test_cli_log_dose_refuses_a_syringe_for_a_child(tmp_path: Path) -> None:
    code, _out, _err = run_cli(
        tmp_path,
        "plan", "set", "--indication", "sle", "--route", "subq", "--birth-date", "2012-01-01",
        "--weight", "42", "--first-dose", "2026-11-09", "--time", "17:00",
        "--zone", "America/New_York",
    )  # fmt: skip
    assert code == 0
    code, _out, err = run_cli(
        tmp_path,
        "log-dose", "--sequence", "1", "--at", "2026-11-09T17:05:00-05:00", "--site", "thigh-left",
        "--device", "prefilled-syringe",
    )  # fmt: skip
    assert code == 2 and err.count("\n") == 1 and "R-09" in err
    code, _out, err = run_cli(
        tmp_path,
        "log-dose", "--sequence", "1", "--at", "2026-11-09T17:05:00-05:00", "--site", "thigh-left",
        "--device", "autoinjector",
    )  # fmt: skip
    assert code == 0, err
