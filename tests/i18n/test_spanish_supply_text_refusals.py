"""Red team, issue 22: a delivery's lot or pharmacy refused for a control character (a pasted
bell, the CLI) is said wholly in Spanish in the Spanish interface: the field's name was an English
literal put into the Spanish sentence ("the lot number contiene caracteres de control")."""

from __future__ import annotations

from datetime import date, time

import pytest

from belimumab_companion.domain.regimens import Device, Indication, Route
from belimumab_companion.paths import AppPaths
from belimumab_companion.services.app_services import build_services
from belimumab_companion.services.clock import fixed_clock
from belimumab_companion.services.plan_service import PlanInputs
from belimumab_companion.ui.text.i18n import error_text
from belimumab_companion.user_text import UserFacingError
from testsupport import FIXED_NOW


@pytest.mark.parametrize(
    ("lot", "pharmacy", "english"),
    [("A\x07B", "", "the lot number"), ("A1", "Farmacia\x07", "the pharmacy")],
)
def test_a_refused_lot_or_pharmacy_is_said_in_spanish(
    data_paths: AppPaths, in_spanish: None, lot: str, pharmacy: str, english: str
) -> None:
    services = build_services(data_paths, clock=fixed_clock(FIXED_NOW))
    try:
        services.plans.set_plan(
            PlanInputs(
                indication=Indication.SLE,
                route=Route.SUBQ,
                birth_date=date(1990, 1, 1),
                first_dose=FIXED_NOW.date(),
                time_of_day=time(9),
                zone="UTC",
            )
        )
        with pytest.raises(UserFacingError) as refused:
            services.supplies.add_delivery(
                count=1,
                device=Device.AUTOINJECTOR,
                lot=lot,
                expires=date(FIXED_NOW.year + 1, 6, 30),
                pharmacy=pharmacy,
            )
        said = error_text(refused.value)
        assert "caracteres de control" in said, said
        assert english not in said, said
    finally:
        services.close()
