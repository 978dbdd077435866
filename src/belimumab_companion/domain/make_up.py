"""After a late (make-up) dose: what the user may choose, and what each choice gives.

R-17: for a weekly SubQ schedule whose usual weekday is W, a make-up dose on day M offers exactly
two choices: keep W (next dose = the first W after M) or a new weekly schedule from M (next dose
= M + 7). R-18: neither ever puts two weekly doses on one day. R-19: no invented minimum gap; when
M is the day before W, both options are shown with "ask your care team if unsure". R-20: a child's
every-14-days schedule gets no computed next date: the care team gives it. R-21: infusions are
moved one at a time to the centre's date (see ``schedule.planned_doses``), never shifted here.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, timedelta

from belimumab_companion.domain.regimens import Regimen, Route
from belimumab_companion.domain.schedule import PlannedDose


class AfterMakeUp(enum.Enum):
    KEEP_DAY = "keep-day"  # R-17 (a)
    NEW_DAY = "new-day"  # R-17 (b)
    CARE_TEAM_DATE = "care-team-date"  # the date the care team gave


class MakeUpKind(enum.Enum):
    NONE = "none"  # on time (or on its day): nothing to choose
    WEEKLY_CHOICE = "weekly-choice"
    ASK_CARE_TEAM = "ask-care-team"


@dataclass(frozen=True)
class MakeUpOptions:
    make_up_day: date
    usual_weekday: int  # Monday = 0
    keep_day_next: date  # R-17 (a): the first usual weekday after the make-up day
    new_day_next: date  # R-17 (b): make-up day + 7
    day_before_usual: bool  # show "ask your care team if unsure"


def make_up_kind(dose: PlannedDose, given_day: date, regimen: Regimen) -> MakeUpKind:
    """Whether a dose given on ``given_day`` was a make-up dose that needs a choice."""
    if dose.route is not Route.SUBQ or given_day <= dose.local_date:
        return MakeUpKind.NONE
    if regimen.interval_days == 7:
        return MakeUpKind.WEEKLY_CHOICE
    return MakeUpKind.ASK_CARE_TEAM


def make_up_options(usual_weekday: int, make_up_day: date) -> MakeUpOptions:
    """R-17 with its worked example: W = Monday, make-up Wednesday 2025-01-08 gives
    (a) 2025-01-13 and (b) 2025-01-15."""
    ahead = (usual_weekday - make_up_day.weekday()) % 7 or 7  # strictly after M
    return MakeUpOptions(
        make_up_day=make_up_day,
        usual_weekday=usual_weekday,
        keep_day_next=make_up_day + timedelta(days=ahead),
        new_day_next=make_up_day + timedelta(days=7),
        day_before_usual=ahead == 1,
    )
