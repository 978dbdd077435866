"""PHQ-2 and PHQ-9 mood check-ins: items, scoring and what follows (R-31, R-32, R-40..R-42).

Items and response labels as given in clinical-rules.md §9.2 (S32, S33); the form's notice is
shown with them (S34). Item 9 above zero opens the crisis screen whatever the total (R-31); no
score is ever turned into reassurance (R-32): a low total has a band, never an "all is well".
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

RECALL = "Over the last 2 weeks, how often have you been bothered by the following problems?"
RESPONSES = ("Not at all", "Several days", "More than half the days", "Nearly every day")
ITEMS = (
    "Little interest or pleasure in doing things",
    "Feeling down, depressed, or hopeless",
    "Trouble falling/staying asleep, or sleeping too much",
    "Feeling tired or having little energy",
    "Poor appetite or overeating",
    "Feeling bad about yourself — or that you are a failure or have let yourself or your "
    "family down",
    "Trouble concentrating on things, such as reading the newspaper or watching television",
    "Moving or speaking so slowly that other people could have noticed, or the opposite — "
    "being so fidgety or restless that you have been moving around a lot more than usual",
    "Thoughts that you would be better off dead or of hurting yourself in some way",
)
PHQ2_ITEMS = ITEMS[:2]
NOTICE = (
    "Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, "
    "with an educational grant from Pfizer Inc. No permission required to reproduce, translate, "
    "display or distribute."
)
PHQ2_CUT_OFF = 3
ROUTINE_PHQ9_EVERY = timedelta(days=14)  # the recall windows must not overlap


class Questionnaire(enum.Enum):
    PHQ2 = "phq2"
    PHQ9 = "phq9"


class Band(enum.Enum):
    MINIMAL = "minimal"
    MILD = "mild"
    MODERATE = "moderate"
    MODERATELY_SEVERE = "moderately-severe"
    SEVERE = "severe"


@dataclass(frozen=True)
class Phq2Result:
    total: int
    offer_phq9: bool  # 3 or more; then also suggest talking with the care team
    # the PHQ-2 has no item 9, so it never clears suicidal thoughts; the UI says so.


@dataclass(frozen=True)
class Phq9Result:
    total: int
    band: Band
    crisis: bool  # item 9 above zero


def _check(answers: Sequence[int], count: int) -> None:
    if len(answers) != count:
        raise ValueError(f"{count} answers are needed, got {len(answers)}")
    if any(not isinstance(a, int) or isinstance(a, bool) or not 0 <= a <= 3 for a in answers):
        raise ValueError("every answer is 0, 1, 2 or 3")


def score_phq2(answers: Sequence[int]) -> Phq2Result:
    _check(answers, 2)
    total = sum(answers)
    return Phq2Result(total, total >= PHQ2_CUT_OFF)


def band(total: int) -> Band:
    if not 0 <= total <= 27:
        raise ValueError("a PHQ-9 total is 0 to 27")
    if total <= 4:
        return Band.MINIMAL
    if total <= 9:
        return Band.MILD
    if total <= 14:
        return Band.MODERATE
    if total <= 19:
        return Band.MODERATELY_SEVERE
    return Band.SEVERE


def score_phq9(answers: Sequence[int]) -> Phq9Result:
    _check(answers, 9)
    total = sum(answers)
    return Phq9Result(total, band(total), answers[8] > 0)


def next_routine_phq9(last: date | None, today: date) -> date:
    """When a scheduled PHQ-9 may come again (R-42); an ad-hoc one is always allowed."""
    return today if last is None else max(today, last + ROUTINE_PHQ9_EVERY)
