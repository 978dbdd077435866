"""R-34: the live-vaccine guard never classifies a vaccine itself."""

from __future__ import annotations

from datetime import date

import pytest

from belimumab_companion.domain.vaccines import VaccineNotice, live_vaccine_notice

START = date(2026, 3, 1)


@pytest.mark.parametrize(
    ("on", "live", "ends", "notice"),
    [
        (date(2026, 2, 15), None, None, VaccineNotice.ASK_IF_LIVE),  # unknown: always ask
        (date(2025, 1, 1), None, None, VaccineNotice.ASK_IF_LIVE),
        (date(2026, 1, 30), True, None, VaccineNotice.LIVE_IN_WINDOW),  # exactly 30 days before
        (date(2026, 1, 29), True, None, VaccineNotice.NO_CONCERN_RECORDED),  # 31 days before
        (date(2026, 6, 1), True, None, VaccineNotice.LIVE_IN_WINDOW),  # during treatment
        (
            date(2026, 6, 1),
            True,
            date(2026, 5, 1),
            VaccineNotice.NO_CONCERN_RECORDED,
        ),  # after it stopped
        (date(2026, 6, 1), False, None, VaccineNotice.NO_CONCERN_RECORDED),
    ],
)
def test_r34_live_vaccine_window(
    on: date, live: bool | None, ends: date | None, notice: VaccineNotice
) -> None:
    assert live_vaccine_notice(on, live, START, ends) is notice


def test_r34_without_a_plan_a_live_vaccine_is_flagged() -> None:
    assert live_vaccine_notice(date(2026, 6, 1), True, None, None) is VaccineNotice.LIVE_IN_WINDOW
