"""The command line's plain English for the domain's codes, from the same tables as the window
(``text``): the window translates an entry, the command line prints its English source. Codes stay
in ``--json``; text output never shows one (issue 20)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from belimumab_companion.text.dates import english_date, english_date_time
from belimumab_companion.text.doses import (
    EVERY_TEXT,
    INDICATION_TEXT,
    MISSED_ADVICE_TEXT,
    PHASE_TEXT,
    PLAN_TEXT,
    ROUTE_NAME_TEXT,
    ROUTE_TEXT,
    STATUS_TEXT,
    appointment_status,
    route_key,
    short_amount,
)
from belimumab_companion.user_text import english_value, fill

if TYPE_CHECKING:
    from belimumab_companion.domain.regimens import Regimen
    from belimumab_companion.domain.schedule import PlannedDose

__all__ = [
    "advice_words",
    "dose_words",
    "english_date",
    "english_date_time",
    "plan_words",
    "status_words",
]


def status_words(dose: PlannedDose) -> str:
    """ "missed, still to give"; an infusion still to come says whether its date is the infusion
    centre's or only proposed (R-03)."""
    text = STATUS_TEXT[dose.status]
    around = appointment_status(dose)
    return text if around is None else fill(around, (text,))


def dose_words(dose: PlannedDose) -> str:
    """ "200 mg, injection under the skin, regular dose"."""
    template, number = short_amount(dose)
    amount = fill(template, (english_value(number),))
    return f"{amount}, {ROUTE_TEXT[route_key(dose)]}, {PHASE_TEXT[dose.phase]}"


def advice_words(code: str) -> str:
    """What to do about a dose that needs attention (R-11, R-16, R-20, R-21)."""
    return MISSED_ADVICE_TEXT[code]


def plan_words(regimen: Regimen) -> str:
    """ "lupus (SLE) by injection, every 7 days"."""
    every = fill(EVERY_TEXT[regimen.as_prescribed], (english_value(regimen.interval_days),))
    return fill(
        PLAN_TEXT,
        (INDICATION_TEXT[regimen.indication.value], ROUTE_NAME_TEXT[regimen.route.value], every),
    )
