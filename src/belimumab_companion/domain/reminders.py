"""Which reminders exist, when each fires, and which are due at a tick. Pure: ``now`` comes in.

Policies (architecture.md, time model; tested in tests/domain/test_reminders.py):

* Exactly once. Every reminder has a stable key (kind, plan segment, sequence, slot). A tick
  fires the reminders that are not handled yet and whose time has come, and only those whose
  time is after the persisted "handled up to" mark: a restart, a sleep or a forward clock jump
  fires what fell in between (once, as one consolidated prompt when there are several); a
  backward clock jump fires nothing again, because the mark never moves back and the keys are
  kept.
* Wall-clock lead times ("the evening before at 19:00", "the morning of at 08:00") are built
  from the local date, never by subtracting 86 400 s; a time in the DST gap moves forward by the
  gap, a time in the fold is the first of the two (``schedule.wall_time``). "N minutes before"
  (the 30-minute prep reminder, R-25) is elapsed time.
* Travel. ``KEEP_HOME``: doses keep the plan's zone, so a Berlin 18:00 dose reminds at 12:00 in
  New York. ``FOLLOW_LOCAL``: a SubQ dose keeps its wall time in the zone the computer is in
  now (18:00 in New York). An infusion is an appointment at a place and never moves (R-03).
  If following the local zone moves a reminder before the mark, it still fires (late, at once):
  eligibility uses the later of its home and local times, so travel never loses one.
* Quiet hours defer the lead-time dose reminders, the check-ins and the contraception reminders
  to the end of the quiet period. The prep and the at-the-time reminders are never deferred:
  the user chose that time for the dose itself.
* R-11: the first SubQ dose is at the clinic, so it gets no prep reminder. R-10: for a child
  under 10 the reminders address the caregiver. R-33: symptom check-ins on the dose day and
  days 1-7 after each dose given.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from belimumab_companion.domain.dose_state import GIVEN_STATES, DoseStatus
from belimumab_companion.domain.regimens import Route
from belimumab_companion.domain.schedule import PlannedDose, wall_time


class ReminderKind(enum.Enum):
    DOSE = "dose"
    PREP = "prep"  # take the pen out of the fridge 30 minutes before
    CHECK_IN = "check-in"
    CONTRACEPTION = "contraception"
    REFILL = "refill"  # issue 22: ask for more pens before the first dose not covered


class ReminderAnswer(enum.Enum):
    """How a fired reminder was answered (a dose's, or a contraception reminder's)."""

    LOGGED = "logged"
    SNOOZED = "snoozed"
    MISSED = "missed"
    SKIPPED = "skipped"
    SEEN = "seen"
    DONE = "done"  # a contraception reminder


class Audience(enum.Enum):
    PATIENT = "patient"
    CAREGIVER = "caregiver"  # nothing addressed to a child under 10


class TravelPolicy(enum.Enum):
    KEEP_HOME = "keep-home"
    FOLLOW_LOCAL = "follow-local"


class SnoozeChoice(enum.Enum):
    TEN_MINUTES = "10-minutes"
    ONE_HOUR = "1-hour"
    TOMORROW_MORNING = "tomorrow-morning"


@dataclass(frozen=True)
class LeadTime:
    """A dose reminder ``days_before`` the dose's local day at local time ``at``, or, without
    ``at``, ``minutes_before`` the dose (elapsed time)."""

    days_before: int = 0
    at: time | None = None
    minutes_before: int = 0

    @property
    def slot(self) -> str:
        if self.at is not None:
            return f"d{self.days_before}@{self.at.strftime('%H%M')}"
        return f"m{self.minutes_before}"

    @property
    def at_the_time(self) -> bool:
        return self.at is None and self.minutes_before == 0


EVENING_BEFORE = LeadTime(days_before=1, at=time(19, 0))
MORNING_OF = LeadTime(days_before=0, at=time(8, 0))
AT_THE_TIME = LeadTime()
PREP_MINUTES = 30  # ready to inject after 30 minutes out of the fridge
CHECK_IN_DAYS = range(8)  # the dose day and days 1-7 after


@dataclass(frozen=True)
class ReminderSettings:
    lead_times: tuple[LeadTime, ...] = (EVENING_BEFORE, AT_THE_TIME)
    prep: bool = True
    check_ins: bool = True
    check_in_at: time = time(19, 0)
    quiet_from: time | None = None
    quiet_until: time | None = None
    travel: TravelPolicy = TravelPolicy.KEEP_HOME
    morning: time = time(8, 0)  # "until tomorrow morning"


@dataclass(frozen=True, order=True)
class Reminder:
    fire_at: datetime  # aware; first field, so reminders sort by time
    key: str
    kind: ReminderKind
    # The later of the home-zone and local-zone times: what the mark is compared with.
    eligible_after_mark_at: datetime
    segment_id: int | None = None
    sequence: int | None = None
    due: datetime | None = None  # the dose's own time, for the text
    audience: Audience = Audience.PATIENT
    route: Route | None = None
    in_clinic: bool = False
    detail: str = ""  # e.g. the lead-time slot or the check-in day; free for other kinds


@dataclass(frozen=True)
class Snooze:
    key: str  # the reminder snoozed
    until: datetime


@dataclass(frozen=True)
class TickResult:
    fire: list[Reminder]
    mark: datetime  # the new "handled up to" mark
    consolidated: bool  # several at once, or the app was away: one prompt lists them


# Reminded: a dose still to give on a firm date. Never a missed-closed dose and never a
# date the care team gives (R-11, R-20, R-21: not firm).
PENDING = (DoseStatus.DUE, DoseStatus.OVERDUE, DoseStatus.UPCOMING, DoseStatus.OPEN)


def dose_time(dose: PlannedDose, travel: TravelPolicy, local_zone: str) -> datetime:
    """When a dose is, under the travel policy."""
    if travel is TravelPolicy.KEEP_HOME or dose.route is Route.IV:
        return dose.due
    return wall_time(dose.local_date, dose.due.time(), ZoneInfo(local_zone))


def dose_reminders(
    doses: Iterable[PlannedDose],
    settings: ReminderSettings,
    local_zone: str,
    audiences: Mapping[int, Audience] | None = None,
) -> list[Reminder]:
    """Dose, prep and check-in reminders for these doses. Given or skipped doses get no dose
    reminder; given doses get the R-33 check-ins."""
    audiences = audiences or {}
    reminders: list[Reminder] = []
    for dose in doses:
        audience = audiences.get(dose.segment_id, Audience.PATIENT)
        home = dose.due
        local = dose_time(dose, settings.travel, local_zone)
        base = {
            "segment_id": dose.segment_id,
            "sequence": dose.sequence,
            "due": local,
            "audience": audience,
            "route": dose.route,
            "in_clinic": dose.in_clinic,
        }
        stem = f"{dose.segment_id}:{dose.sequence}"
        if dose.status in PENDING:
            for lead in settings.lead_times:
                at_home = _lead_time(home, lead)
                at_local = _lead_time(local, lead)
                fire = at_local if lead.at_the_time else after_quiet(at_local, settings)
                reminders.append(
                    Reminder(
                        fire_at=fire,
                        key=f"dose:{stem}:{lead.slot}",
                        kind=ReminderKind.DOSE,
                        eligible_after_mark_at=max(fire, at_home),
                        detail=lead.slot,
                        **base,  # type: ignore[arg-type]
                    )
                )
            if settings.prep and dose.route is Route.SUBQ and not dose.in_clinic:
                before = timedelta(minutes=PREP_MINUTES)
                reminders.append(
                    Reminder(
                        fire_at=local - before,
                        key=f"prep:{stem}",
                        kind=ReminderKind.PREP,
                        eligible_after_mark_at=max(local, home) - before,
                        **base,  # type: ignore[arg-type]
                    )
                )
        elif dose.status in GIVEN_STATES and settings.check_ins and dose.administration:
            reminders.extend(_check_ins(dose, settings, local_zone, base, stem))
    return sorted(reminders)


def _check_ins(
    dose: PlannedDose,
    settings: ReminderSettings,
    local_zone: str,
    base: dict[str, object],
    stem: str,
) -> list[Reminder]:
    assert dose.administration is not None
    given = dose.administration.given_at
    zone = (
        ZoneInfo(local_zone)
        if settings.travel is TravelPolicy.FOLLOW_LOCAL
        else dose.due.tzinfo or ZoneInfo("UTC")
    )
    given_day = given.astimezone(zone).date()
    result = []
    for day in CHECK_IN_DAYS:
        at = wall_time(given_day + timedelta(days=day), settings.check_in_at, zone)  # type: ignore[arg-type]
        if day == 0:
            at = max(at, (given + timedelta(hours=1)).astimezone(zone))
        fire = after_quiet(at, settings)
        result.append(
            Reminder(
                fire_at=fire,
                key=f"check-in:{stem}:{day}",
                kind=ReminderKind.CHECK_IN,
                eligible_after_mark_at=fire,
                detail=str(day),
                **base,  # type: ignore[arg-type]
            )
        )
    return result


def _lead_time(due: datetime, lead: LeadTime) -> datetime:
    if lead.at is None:
        return due - timedelta(minutes=lead.minutes_before)
    zone = due.tzinfo
    assert isinstance(zone, ZoneInfo)
    return wall_time(due.date() - timedelta(days=lead.days_before), lead.at, zone)


def in_quiet_hours(moment: datetime, settings: ReminderSettings) -> bool:
    start, end = settings.quiet_from, settings.quiet_until
    if start is None or end is None or start == end:
        return False
    clock = moment.timetz().replace(tzinfo=None)
    if start < end:
        return start <= clock < end
    return clock >= start or clock < end  # over midnight, e.g. 22:00-07:00


def after_quiet(moment: datetime, settings: ReminderSettings) -> datetime:
    """Move a reminder that falls in quiet hours to the end of them (same zone as ``moment``)."""
    if not in_quiet_hours(moment, settings):
        return moment
    assert settings.quiet_until is not None
    zone = moment.tzinfo
    assert isinstance(zone, ZoneInfo)
    day = moment.date()
    if moment.timetz().replace(tzinfo=None) >= settings.quiet_until:
        day += timedelta(days=1)  # in the evening part of a period over midnight
    return wall_time(day, settings.quiet_until, zone)


def with_snoozes(reminders: Iterable[Reminder], snoozes: Iterable[Snooze]) -> list[Reminder]:
    """Add one reminder per snooze, at its end, with its own key (the original stays handled)."""
    by_key = {r.key: r for r in reminders}
    result = list(by_key.values())
    for snooze in snoozes:
        original = by_key.get(snooze.key.split("#", 1)[0])
        if original is None:
            continue
        result.append(
            replace(
                original,
                key=f"{snooze.key}#snooze@{snooze.until.isoformat()}",
                fire_at=snooze.until,
                eligible_after_mark_at=snooze.until,
            )
        )
    return sorted(result)


def snooze_until(
    choice: SnoozeChoice, now: datetime, zone: str, settings: ReminderSettings
) -> datetime:
    if choice is SnoozeChoice.TEN_MINUTES:
        return now + timedelta(minutes=10)
    if choice is SnoozeChoice.ONE_HOUR:
        return now + timedelta(hours=1)
    local = now.astimezone(ZoneInfo(zone))
    return wall_time(local.date() + timedelta(days=1), settings.morning, ZoneInfo(zone))


def tick(
    reminders: Iterable[Reminder],
    handled: set[str] | frozenset[str],
    mark: datetime | None,
    now: datetime,
    interval: timedelta,
) -> TickResult:
    """What fires now. ``mark`` is the persisted "handled up to" instant (None on the very first
    run: nothing from the past fires then). The new mark never moves back."""
    if mark is None:
        return TickResult([], now, False)
    fire = [
        r
        for r in reminders
        if r.key not in handled and r.fire_at <= now and r.eligible_after_mark_at > mark
    ]
    away = now - mark > 2 * interval
    return TickResult(sorted(fire), max(mark, now), bool(fire) and (len(fire) > 1 or away))
