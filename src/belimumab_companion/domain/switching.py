"""Switching between IV and SubQ (clinical-rules.md R-12..R-15).

``check_switch`` answers whether a proposed first SubQ date is inside the label's window, with a
code the UI words; it never moves a date by itself.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, timedelta

from belimumab_companion.domain.regimens import Indication, Route


class SwitchProblem(enum.Enum):
    TOO_EARLY = "too-early"
    TOO_LATE = "too-late"
    NOT_ENOUGH_IV_DOSES = "not-enough-iv-doses"  # LN needs >= 2 IV doses first
    NO_IV_DOSE = "no-iv-dose"
    HCP_GATED = "hcp-gated"  # SubQ -> IV, and any pediatric switch
    SAME_ROUTE = "same-route"


@dataclass(frozen=True)
class SwitchWindow:
    earliest: date
    latest: date
    first_amount_mg: float
    rule: str


@dataclass(frozen=True)
class SwitchDecision:
    allowed: bool
    window: SwitchWindow | None
    problem: SwitchProblem | None
    rules: tuple[str, ...]


LN_MIN_IV_DOSES = 2
# The rules a plan cites when a change of route is left to the prescriber ("as prescribed").
SWITCH_GATE_RULES = ("R-13", "R-14", "R-15")


def switch_window(indication: Indication, last_iv: date) -> SwitchWindow:
    """R-13: SLE 7 to 28 days after the last IV dose. R-14: LN 7 to 14 days, first dose 200 mg."""
    if indication is Indication.SLE:
        return SwitchWindow(
            last_iv + timedelta(days=7), last_iv + timedelta(days=28), 200.0, "R-13"
        )
    return SwitchWindow(last_iv + timedelta(days=7), last_iv + timedelta(days=14), 200.0, "R-14")


def route_change(
    *,
    indication: Indication,
    previous: Route | None,
    target: Route,
    pediatric: bool,
    iv_dates_given: list[date],
    first_new_dose: date,
) -> SwitchDecision | None:
    """A new plan on a route other than the one of the last dose given is a switch, however it
    is entered (R-12..R-15): the label's window applies, or the prescriber decides. None when
    it is not a switch (nothing given yet, or the same route)."""
    if previous is None or previous is target:
        return None
    return check_switch(
        indication=indication,
        current=previous,
        target=target,
        pediatric=pediatric,
        iv_dates_given=iv_dates_given,
        first_new_dose=first_new_dose,
    )


def check_switch(
    *,
    indication: Indication,
    current: Route,
    target: Route,
    pediatric: bool,
    iv_dates_given: list[date],
    first_new_dose: date,
) -> SwitchDecision:
    if current is target:
        return SwitchDecision(False, None, SwitchProblem.SAME_ROUTE, ("R-12",))
    if target is Route.IV or pediatric:
        return SwitchDecision(False, None, SwitchProblem.HCP_GATED, ("R-15",))
    if not iv_dates_given:
        return SwitchDecision(False, None, SwitchProblem.NO_IV_DOSE, ("R-13", "R-14"))
    if indication is Indication.LN and len(iv_dates_given) < LN_MIN_IV_DOSES:
        return SwitchDecision(False, None, SwitchProblem.NOT_ENOUGH_IV_DOSES, ("R-14",))
    window = switch_window(indication, max(iv_dates_given))
    if first_new_dose < window.earliest:
        return SwitchDecision(False, window, SwitchProblem.TOO_EARLY, (window.rule,))
    if first_new_dose > window.latest:
        return SwitchDecision(False, window, SwitchProblem.TOO_LATE, (window.rule,))
    return SwitchDecision(True, window, None, (window.rule, "R-12"))
