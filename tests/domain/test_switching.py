"""Switching IV -> SubQ with the label's windows (R-12..R-15), worked dates from the rules."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from belimumab_companion.domain.regimens import Indication, Route
from belimumab_companion.domain.switching import SwitchDecision, SwitchProblem, check_switch

LAST_IV = date(2025, 3, 3)


def _check(
    indication: Indication, first: date, ivs: list[date] | None = None, **kw: Any
) -> SwitchDecision:
    return check_switch(
        indication=indication,
        current=kw.get("current", Route.IV),
        target=kw.get("target", Route.SUBQ),
        pediatric=bool(kw.get("pediatric", False)),
        iv_dates_given=ivs if ivs is not None else [date(2025, 2, 3), LAST_IV],
        first_new_dose=first,
    )


@pytest.mark.parametrize(
    ("first", "allowed", "problem"),
    [
        (date(2025, 3, 9), False, SwitchProblem.TOO_EARLY),
        (date(2025, 3, 10), True, None),
        (date(2025, 3, 31), True, None),
        (date(2025, 4, 1), False, SwitchProblem.TOO_LATE),
    ],
)
def test_r13_sle_first_subq_1_to_4_weeks_after_the_last_iv(
    first: date, allowed: bool, problem: SwitchProblem | None
) -> None:
    decision = _check(Indication.SLE, first)
    assert decision.allowed is allowed
    assert decision.problem is problem
    assert decision.window is not None
    assert (decision.window.earliest, decision.window.latest) == (
        date(2025, 3, 10),
        date(2025, 3, 31),
    )
    assert "R-13" in decision.rules


@pytest.mark.parametrize(
    ("first", "allowed"),
    [
        (date(2025, 3, 9), False),
        (date(2025, 3, 10), True),
        (date(2025, 3, 17), True),
        (date(2025, 3, 18), False),
    ],
)
def test_r14_ln_first_subq_1_to_2_weeks_after_the_last_iv_at_200_mg(
    first: date, allowed: bool
) -> None:
    decision = _check(Indication.LN, first)
    assert decision.allowed is allowed
    assert decision.window is not None and decision.window.first_amount_mg == 200.0
    assert "R-14" in decision.rules


def test_r14_ln_needs_two_iv_doses() -> None:
    decision = _check(Indication.LN, date(2025, 3, 10), ivs=[LAST_IV])
    assert not decision.allowed
    assert decision.problem is SwitchProblem.NOT_ENOUGH_IV_DOSES


@pytest.mark.parametrize("kw", [{"current": Route.SUBQ, "target": Route.IV}, {"pediatric": True}])
def test_r15_other_switches_are_hcp_gated(kw: dict[str, Any]) -> None:
    decision = _check(Indication.SLE, date(2025, 3, 10), **kw)
    assert not decision.allowed and decision.problem is SwitchProblem.HCP_GATED
    assert decision.rules == ("R-15",)


def test_r12_never_both_routes_switching_to_the_same_route_is_refused() -> None:
    decision = _check(Indication.SLE, date(2025, 3, 10), current=Route.SUBQ, target=Route.SUBQ)
    assert decision.problem is SwitchProblem.SAME_ROUTE


def test_window_across_a_year_end() -> None:
    decision = check_switch(
        indication=Indication.SLE,
        current=Route.IV,
        target=Route.SUBQ,
        pediatric=False,
        iv_dates_given=[date(2025, 12, 15)],
        first_new_dose=date(2026, 1, 12),
    )
    assert decision.allowed
    assert decision.window is not None and decision.window.latest == date(2026, 1, 12)
