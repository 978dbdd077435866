"""The demo profile: realistic, rule-abiding history written through the real services."""

from __future__ import annotations

from datetime import datetime

from belimumab_companion.demo import seed_demo
from belimumab_companion.domain.adherence import adherence
from belimumab_companion.domain.schedule import DoseStatus
from belimumab_companion.services.app_services import AppServices
from testsupport import FIXED_NOW


def test_demo_has_six_months_with_one_missed_and_one_late(services: AppServices) -> None:
    logged = seed_demo(services, FIXED_NOW)
    assert 24 <= logged <= 26
    history = services.plans.overview(FIXED_NOW).history
    result = adherence(history)
    assert result.total.missed == 1
    assert result.total.late == 1
    assert result.total.on_time == logged - 1
    assert all(
        d.status in (DoseStatus.GIVEN, DoseStatus.GIVEN_LATE, DoseStatus.MISSED_CLOSED)
        for d in history
    )
    # the missed dose was followed by later doses: closed, never prompted again.
    assert [d.status for d in history].count(DoseStatus.MISSED_CLOSED) == 1
    assert [d.status for d in history].count(DoseStatus.GIVEN_LATE) == 1
    sites = services.plans.site_history()
    assert all(sites.values())  # every site used in rotation
    assert services.vaccinations.all()
    entries = services.diary.page()
    assert len(entries) >= 6 and all(e.sequence is not None for e in entries)  # after a dose
    assert {e.triage.value for e in entries} <= {"routine", "care-team-today"}
    assert isinstance(services.plans.upcoming(FIXED_NOW, 1)[0].due, datetime)
    status = services.contraception.status("Europe/Madrid")
    assert status.enabled and status.window.state.value == "on-treatment"
    assert [i.answer and i.answer.value for i in status.recent].count("missed") == 1
    assert status.recent[0].answer is None  # the newest is left for the user to mark
