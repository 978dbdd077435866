"""Checks on a dose being logged against the planned dose the user saw.

R-18 never two weekly SubQ doses on one calendar day; R-22 a 400 mg dose is two injections at
two different sites, one injection only is an incomplete dose; R-28 the SubQ sites. R-47: the
dose the user logs is the dose the screen showed (its segment and sequence travel with it); a
time that does not fit that dose is asked about (``DOES_NOT_FIT`` with the dose it fits), never
silently filed against another.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from belimumab_companion.domain.dose_state import LOGGED_STATES
from belimumab_companion.domain.regimens import Device, GivenBy, Regimen, Route
from belimumab_companion.domain.schedule import PlannedDose


class Site(enum.Enum):
    """R-28: abdomen (outside 5 cm around the navel) or thigh; never the upper arm."""

    ABDOMEN_LEFT = "abdomen-left"
    ABDOMEN_RIGHT = "abdomen-right"
    THIGH_LEFT = "thigh-left"
    THIGH_RIGHT = "thigh-right"


class DoseOrigin(enum.Enum):
    """How a version of a logged dose came to be (its history shows it)."""

    LOGGED = "logged"
    EDITED = "edited"  # a correction
    RESTORED = "restored"  # brought back by undo
    REPORTED = "reported"  # given before the app was set up (R-48: starting mid-treatment)


class LogProblem(enum.Enum):
    IN_THE_FUTURE = "in-the-future"
    NAIVE_TIME = "naive-time"
    NO_OCCURRENCE = "no-occurrence"
    ALREADY_LOGGED = "already-logged"
    SAME_DAY_AS_ANOTHER = "same-day-as-another"
    TWO_SITES_NEEDED = "two-sites-needed"  # R-22 (use not_fully_given for one injection)
    SAME_SITE_TWICE = "same-site-twice"
    SITES_FOR_IV = "sites-for-iv"
    SYRINGE_FOR_CHILD = "syringe-for-child"
    WRONG_DEVICE = "wrong-device"
    CHILD_SELF_INJECTION = "child-self-injection"
    INFUSION_NOT_BY_CLINIC = "infusion-not-by-clinic"
    DOES_NOT_FIT = "does-not-fit"  # the time belongs to another planned dose
    NOTHING_TO_LOG = "nothing-to-log"  # no dose suggested and none named


MAX_FUTURE = timedelta(minutes=5)


@dataclass(frozen=True)
class LogCheck:
    occurrence: PlannedDose | None
    problem: LogProblem | None
    incomplete: bool = False  # one injection of a two-injection dose
    # DOES_NOT_FIT: the not-yet-logged planned dose the time belongs to, when there is one.
    alternative: PlannedDose | None = None


def target_dose(
    doses: Sequence[PlannedDose], segment_id: int | None, sequence: int | None
) -> PlannedDose | None:
    """The planned dose named by its identity; with none named, the one dose suggested (R-47)."""
    if sequence is None:
        return next((d for d in doses if d.suggested), None)
    return next(
        (
            d
            for d in doses
            if d.sequence == sequence and (segment_id is None or d.segment_id == segment_id)
        ),
        None,
    )


def fitting_alternative(
    doses: Sequence[PlannedDose], occurrence: PlannedDose, given_day: date
) -> tuple[bool, PlannedDose | None]:
    """Whether a dose given on ``given_day`` fits ``occurrence``; when not, the planned dose
    (not yet logged) it fits instead, if any. It fits when it falls after the previous planned
    dose's day and before the next one's, and, when given early, nearer its own day than the
    previous dose's while that one is still unlogged (R-47)."""
    index = next(i for i, d in enumerate(doses) if d is occurrence)
    before = doses[index - 1] if index > 0 else None
    after = doses[index + 1] if index + 1 < len(doses) else None

    def unlogged(dose: PlannedDose | None) -> PlannedDose | None:
        return dose if dose is not None and dose.status not in LOGGED_STATES else None

    if after is not None and given_day >= after.local_date:
        later = [d for d in doses[index + 1 :] if d.local_date <= given_day]
        return False, unlogged(later[-1])
    if before is not None and given_day <= before.local_date:
        earlier = [d for d in doses[:index] if d.local_date >= given_day]
        return False, unlogged(earlier[0])
    if (
        before is not None
        and unlogged(before) is not None
        and given_day < occurrence.local_date
        and (given_day - before.local_date) < (occurrence.local_date - given_day)
    ):
        return False, before
    return True, None


def check_log(
    doses: Sequence[PlannedDose],
    *,
    given_at: datetime,
    now: datetime,
    sites: Sequence[Site],
    sequence: int | None = None,
    segment_id: int | None = None,
    not_fully_given: bool = False,
) -> LogCheck:
    """Check a dose given at ``given_at`` against the planned dose (``segment_id``,
    ``sequence``) the user saw; with none named, the dose suggested now (R-47)."""
    if given_at.tzinfo is None:
        return LogCheck(None, LogProblem.NAIVE_TIME)
    if given_at > now + MAX_FUTURE:
        return LogCheck(None, LogProblem.IN_THE_FUTURE)
    occurrence = target_dose(doses, segment_id, sequence)
    if occurrence is None:
        problem = LogProblem.NOTHING_TO_LOG if sequence is None else LogProblem.NO_OCCURRENCE
        return LogCheck(None, problem)
    if occurrence.status in LOGGED_STATES:
        return LogCheck(occurrence, LogProblem.ALREADY_LOGGED)
    day = given_at.astimezone(occurrence.due.tzinfo).date()
    if occurrence.route is Route.SUBQ and any(
        d.given_day == day for d in doses if d.route is Route.SUBQ
    ):
        return LogCheck(occurrence, LogProblem.SAME_DAY_AS_ANOTHER)  # R-18, said first
    fits, alternative = fitting_alternative(doses, occurrence, day)
    if not fits:
        return LogCheck(occurrence, LogProblem.DOES_NOT_FIT, alternative=alternative)
    if occurrence.route is Route.IV:
        return LogCheck(occurrence, LogProblem.SITES_FOR_IV if sites else None)
    if len(set(sites)) != len(sites):
        return LogCheck(occurrence, LogProblem.SAME_SITE_TWICE)
    if occurrence.injections == 2 and len(sites) < 2:
        if not_fully_given or len(sites) == 1:
            return LogCheck(occurrence, None, incomplete=True)
        return LogCheck(occurrence, LogProblem.TWO_SITES_NEEDED)
    return LogCheck(occurrence, None, incomplete=not_fully_given)


def check_who_and_device(
    regimen: Regimen, given_by: GivenBy, device: Device | None
) -> LogProblem | None:
    """R-03 an infusion is given by the clinic; R-09 a child's injection is the autoinjector;
    R-10 under 10 the child never injects themself (a caregiver or the clinic does)."""
    if regimen.route is Route.IV:
        return None if given_by is GivenBy.CLINIC else LogProblem.INFUSION_NOT_BY_CLINIC
    if device is not None and device not in regimen.allowed_devices:
        return LogProblem.SYRINGE_FOR_CHILD if regimen.pediatric else LogProblem.WRONG_DEVICE
    if given_by is GivenBy.SELF and not regimen.self_injection_allowed:
        return LogProblem.CHILD_SELF_INJECTION
    return None


def suggest_sites(last_used: dict[Site, datetime | None], count: int) -> list[Site]:
    """R-28: the least recently used sites (never-used first), so a suggestion differs from last week's."""
    order = list(Site)
    never = [s for s in order if last_used.get(s) is None]
    used = sorted((s for s in order if last_used.get(s) is not None), key=lambda s: last_used[s])  # type: ignore[arg-type,return-value]
    return (never + used)[:count]
