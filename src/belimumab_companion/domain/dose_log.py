"""Checks on a dose being logged, and which planned occurrence it answers.

R-18 never two weekly SubQ doses on one calendar day; R-22 a 400 mg dose is two injections at
two different sites, one injection only is an incomplete dose; R-28 the SubQ sites. A dose logged
late answers its own occurrence: the latest still-open one on or before the day it was given.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from belimumab_companion.domain.regimens import Device, GivenBy, Regimen, Route
from belimumab_companion.domain.schedule import DoseStatus, PlannedDose


class Site(enum.Enum):
    """R-28: abdomen (outside 5 cm around the navel) or thigh; never the upper arm."""

    ABDOMEN_LEFT = "abdomen-left"
    ABDOMEN_RIGHT = "abdomen-right"
    THIGH_LEFT = "thigh-left"
    THIGH_RIGHT = "thigh-right"


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


MAX_FUTURE = timedelta(minutes=5)
OPEN = (DoseStatus.DUE, DoseStatus.OVERDUE, DoseStatus.MISSED, DoseStatus.UPCOMING)


@dataclass(frozen=True)
class LogCheck:
    occurrence: PlannedDose | None
    problem: LogProblem | None
    incomplete: bool = False  # one injection of a two-injection dose


def answering_occurrence(doses: Sequence[PlannedDose], given_at: datetime) -> PlannedDose | None:
    """The latest open occurrence due on or before the local day of ``given_at``; else the next."""
    before: PlannedDose | None = None
    for dose in doses:
        if dose.status not in OPEN:
            continue
        if dose.local_date <= given_at.astimezone(dose.due.tzinfo).date():
            before = dose
        else:
            return before or dose
    return before


def check_log(
    doses: Sequence[PlannedDose],
    *,
    given_at: datetime,
    now: datetime,
    sites: Sequence[Site],
    sequence: int | None = None,
    not_fully_given: bool = False,
) -> LogCheck:
    if given_at.tzinfo is None:
        return LogCheck(None, LogProblem.NAIVE_TIME)
    if given_at > now + MAX_FUTURE:
        return LogCheck(None, LogProblem.IN_THE_FUTURE)
    if sequence is None:
        occurrence = answering_occurrence(doses, given_at)
    else:
        occurrence = next((d for d in doses if d.sequence == sequence), None)
        if occurrence is not None and occurrence.status in (DoseStatus.GIVEN, DoseStatus.SKIPPED):
            return LogCheck(occurrence, LogProblem.ALREADY_LOGGED)
    if occurrence is None:
        return LogCheck(None, LogProblem.NO_OCCURRENCE)
    if occurrence.route is Route.IV:
        return LogCheck(occurrence, LogProblem.SITES_FOR_IV if sites else None)
    day = given_at.astimezone(occurrence.due.tzinfo).date()
    if any(
        _given_day(d) == day
        for d in doses
        if d.status is DoseStatus.GIVEN and d.route is Route.SUBQ
    ):
        return LogCheck(occurrence, LogProblem.SAME_DAY_AS_ANOTHER)
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


def _given_day(dose: PlannedDose) -> date | None:
    if dose.administration is None:
        return None
    return dose.administration.given_at.astimezone(dose.due.tzinfo).date()


def suggest_sites(last_used: dict[Site, datetime | None], count: int) -> list[Site]:
    """R-28: the least recently used sites (never-used first), so a suggestion differs from last week's."""
    order = list(Site)
    never = [s for s in order if last_used.get(s) is None]
    used = sorted((s for s in order if last_used.get(s) is not None), key=lambda s: last_used[s])  # type: ignore[arg-type,return-value]
    return (never + used)[:count]
