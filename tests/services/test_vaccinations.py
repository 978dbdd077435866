from __future__ import annotations

from datetime import date, time

import pytest

from belimumab_companion.domain.regimens import Indication, Route
from belimumab_companion.domain.vaccines import VaccineNotice
from belimumab_companion.services.app_services import AppServices
from belimumab_companion.services.plan_service import PlanInputs
from belimumab_companion.services.vaccination_service import VaccinationInputError


def test_log_with_notices_soft_delete_and_restore(services: AppServices) -> None:
    services.plans.set_plan(
        PlanInputs(
            indication=Indication.SLE,
            route=Route.SUBQ,
            birth_date=date(1990, 1, 1),
            first_dose=date(2026, 12, 1),
            time_of_day=time(18),
            zone="UTC",
        )
    )
    flu = services.vaccinations.add(
        "Flu (inactivated, per my nurse)", date(2026, 11, 20), "planned"
    )
    assert flu.notice is VaccineNotice.ASK_IF_LIVE  # the app does not classify it
    live = services.vaccinations.add(
        "Travel vaccine", date(2026, 11, 25), "planned", care_team_says_live=True
    )
    assert live.notice is VaccineNotice.LIVE_IN_WINDOW
    assert [v.name for v in services.vaccinations.all()] == [
        "Travel vaccine",
        "Flu (inactivated, per my nurse)",
    ]
    services.vaccinations.delete(live.id)
    assert [v.name for v in services.vaccinations.all()] == ["Flu (inactivated, per my nurse)"]
    services.vaccinations.restore(live.id)
    assert len(services.vaccinations.all()) == 2
    with pytest.raises(VaccinationInputError):
        services.vaccinations.add("  ", date(2026, 11, 25), "planned")
