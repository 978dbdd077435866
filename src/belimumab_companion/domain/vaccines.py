"""The live-vaccine guard (R-34). The app never decides whether a vaccine is live: it asks the
user to check with the care team, and warns when the care team said it is live and the date is
within 30 days before starting or during treatment."""

from __future__ import annotations

import enum
from datetime import date, timedelta

LIVE_VACCINE_WINDOW_BEFORE = timedelta(days=30)


class VaccinationStatus(enum.Enum):
    PLANNED = "planned"
    RECEIVED = "received"


class VaccineNotice(enum.Enum):
    ASK_IF_LIVE = "ask-if-live"  # always shown when the care team's answer is not recorded
    LIVE_IN_WINDOW = "live-in-window"  # said live, and within 30 days before starting or during
    NO_CONCERN_RECORDED = "no-concern-recorded"  # said not live, or a live one outside the window


def live_vaccine_notice(
    on_date: date,
    care_team_says_live: bool | None,
    first_dose: date | None,
    treatment_ends_before: date | None,
) -> VaccineNotice:
    if care_team_says_live is None:
        return VaccineNotice.ASK_IF_LIVE
    if not care_team_says_live:
        return VaccineNotice.NO_CONCERN_RECORDED
    if first_dose is None:  # no plan yet: treatment may start soon
        return VaccineNotice.LIVE_IN_WINDOW
    starts = first_dose - LIVE_VACCINE_WINDOW_BEFORE
    ended = treatment_ends_before is not None and on_date >= treatment_ends_before
    return (
        VaccineNotice.LIVE_IN_WINDOW
        if on_date >= starts and not ended
        else VaccineNotice.NO_CONCERN_RECORDED
    )
