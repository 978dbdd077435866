"""Contraception tied to the treatment: the method's own rhythm, and the window (R-36..R-39).

The window (R-36): contraception is needed until the later of today, while on treatment, and the
last logged dose + 4 calendar months (``relativedelta``: Jan 31 -> May 31, Oct 31 -> Feb 28 or
Feb 29). The reminders run through the window, so they go on after treatment stops, with a
notice two weeks before the window ends and one when it has ended.

Rhythms, built per local date at the user's time (never by adding 86 400 s), in the zone the
method was set up in: a pill keeps its 24-hour rhythm when the user travels. Each method's days:

* combined pill: ``active_days`` with a pill, then ``free_days`` without (21/7, 24/4, or
  continuous: 28/0); the first day of each pack says "start a new pack".
* progestin-only pill: every day at the same time.
* patch: a new patch each week while ``active_days`` last (3 weeks), then ``free_days`` without.
* vaginal ring: in on day 0, out after ``active_days`` (3 weeks), a new one after ``free_days``.
* injection: every ``every_days`` (13 weeks).
* implant, IUD: four weeks before the replace-by date the user enters, and on that date.
* barrier, other: a gentle reminder every ``every_days`` (a week) to use it consistently.

The app never invents a method's catch-up rule: a missed pill, patch or ring points to the
method's own leaflet and the care team (``MISSED_POINTS_TO_LEAFLET``).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from dateutil.relativedelta import relativedelta

from belimumab_companion.domain.reminders import (
    Reminder,
    ReminderKind,
    ReminderSettings,
    after_quiet,
)
from belimumab_companion.domain.schedule import wall_time

WINDOW_MONTHS = 4  # at least 4 calendar months after the last dose
NOTICE_DAYS_BEFORE_END = 14
REPLACE_NOTICE_DAYS = 28  # implant/IUD: time to book the replacement


class Method(enum.Enum):
    COMBINED_PILL = "combined-pill"
    PROGESTIN_PILL = "progestin-pill"
    PATCH = "patch"
    RING = "ring"
    INJECTION = "injection"
    IMPLANT = "implant"
    IUD = "iud"
    BARRIER = "barrier"
    OTHER = "other"


class Action(enum.Enum):
    START_PACK = "start-pack"
    TAKE_PILL = "take-pill"
    APPLY_PATCH = "apply-patch"
    CHANGE_PATCH = "change-patch"
    REMOVE_PATCH = "remove-patch"
    INSERT_RING = "insert-ring"
    REMOVE_RING = "remove-ring"
    INJECTION = "injection"
    REPLACE_SOON = "replace-soon"
    REPLACE = "replace"
    USE_CONSISTENTLY = "use-consistently"
    WINDOW_ENDING = "window-ending"  # notices, not method actions
    WINDOW_ENDED = "window-ended"


# A missed one of these points to the method's leaflet and the care team, nothing more.
MISSED_POINTS_TO_LEAFLET = frozenset(
    {Method.COMBINED_PILL, Method.PROGESTIN_PILL, Method.PATCH, Method.RING}
)
NEEDS_REPLACE_BY = frozenset({Method.IMPLANT, Method.IUD})
# Which numbers a method's rhythm uses (the rest are ignored), and their allowed ranges.
CYCLE_METHODS = frozenset({Method.COMBINED_PILL, Method.PATCH, Method.RING})
INTERVAL_METHODS = frozenset({Method.INJECTION, Method.BARRIER, Method.OTHER})


class CombinedPillVariant(enum.Enum):
    """The combined pill's common packs; the days stay editable, as real regimens differ."""

    TWENTY_ONE_SEVEN = "21/7"
    TWENTY_FOUR_FOUR = "24/4"
    CONTINUOUS = "continuous"

    @property
    def days(self) -> tuple[int, int]:
        return {"21/7": (21, 7), "24/4": (24, 4), "continuous": (28, 0)}[self.value]


@dataclass(frozen=True)
class MethodSetup:
    method: Method
    start: date  # day 0 of the rhythm (first pill of a pack, first patch, ring in, injection)
    at: time  # the local time of day of the reminders
    zone: str  # IANA name
    active_days: int = 0  # cycle methods
    free_days: int = 0
    every_days: int = 0  # interval methods
    replace_by: date | None = None  # implant, IUD


class SetupProblem(enum.Enum):
    REPLACE_BY_NEEDED = "replace-by-needed"
    REPLACE_BY_BEFORE_START = "replace-by-before-start"
    BAD_CYCLE = "bad-cycle"
    BAD_INTERVAL = "bad-interval"


def default_setup(
    method: Method,
    start: date,
    at: time,
    zone: str,
    variant: CombinedPillVariant = CombinedPillVariant.TWENTY_ONE_SEVEN,
    replace_by: date | None = None,
) -> MethodSetup:
    """The usual rhythm of ``method``; the caller may change the days afterwards."""
    active, free, every = 0, 0, 0
    if method is Method.COMBINED_PILL:
        active, free = variant.days
    elif method is Method.PROGESTIN_PILL:
        every = 1
    elif method in (Method.PATCH, Method.RING):
        active, free = 21, 7
    elif method is Method.INJECTION:
        every = 13 * 7
    elif method in (Method.BARRIER, Method.OTHER):
        every = 7
    return MethodSetup(method, start, at, zone, active, free, every, replace_by)


def check_setup(setup: MethodSetup) -> SetupProblem | None:
    if setup.method in NEEDS_REPLACE_BY:
        if setup.replace_by is None:
            return SetupProblem.REPLACE_BY_NEEDED
        if setup.replace_by < setup.start:
            return SetupProblem.REPLACE_BY_BEFORE_START
    if setup.method in CYCLE_METHODS:
        if not 1 <= setup.active_days <= 365 or not 0 <= setup.free_days <= 28:
            return SetupProblem.BAD_CYCLE
        if setup.method is not Method.COMBINED_PILL and setup.free_days == 0:
            return SetupProblem.BAD_CYCLE  # a patch or ring cycle has its free days
    if setup.method in INTERVAL_METHODS and not 1 <= setup.every_days <= 366:
        return SetupProblem.BAD_INTERVAL
    return None


@dataclass(frozen=True, order=True)
class Occurrence:
    at: datetime  # aware, in the setup's zone
    action: Action
    day: date


def occurrences(setup: MethodSetup, first: date, last: date) -> list[Occurrence]:
    """The method's reminders on the local days ``first``..``last`` (both included)."""
    first = max(first, setup.start)
    zone = ZoneInfo(setup.zone)
    result: list[Occurrence] = []
    day = first
    while day <= last:
        action = _action_on(setup, day)
        if action is not None:
            result.append(Occurrence(wall_time(day, setup.at, zone), action, day))
        day += timedelta(days=1)
    return result


def _action_on(setup: MethodSetup, day: date) -> Action | None:
    offset = (day - setup.start).days
    method = setup.method
    if method in CYCLE_METHODS:
        cycle_day = offset % (setup.active_days + setup.free_days)
        if method is Method.COMBINED_PILL:
            if cycle_day == 0:
                return Action.START_PACK
            return Action.TAKE_PILL if cycle_day < setup.active_days else None
        if method is Method.PATCH:
            if cycle_day == 0:
                return Action.APPLY_PATCH
            if cycle_day < setup.active_days and cycle_day % 7 == 0:
                return Action.CHANGE_PATCH
            return Action.REMOVE_PATCH if cycle_day == setup.active_days else None
        if cycle_day == 0:
            return Action.INSERT_RING
        return Action.REMOVE_RING if cycle_day == setup.active_days else None
    if method is Method.PROGESTIN_PILL:
        return Action.TAKE_PILL
    if method in NEEDS_REPLACE_BY:
        if setup.replace_by is None:
            return None
        if day == setup.replace_by:
            return Action.REPLACE
        return (
            Action.REPLACE_SOON
            if day == setup.replace_by - timedelta(days=REPLACE_NOTICE_DAYS)
            else None
        )
    if offset % max(setup.every_days, 1) == 0:
        return Action.INJECTION if method is Method.INJECTION else Action.USE_CONSISTENTLY
    return None


# --- the window (R-36) ------------------------------------------------------------------------
class WindowState(enum.Enum):
    NOT_STARTED = "not-started"  # no treatment and no dose logged: nothing to cover
    ON_TREATMENT = "on-treatment"
    AFTER_TREATMENT = "after-treatment"  # stopped; the window is still open
    ENDING_SOON = "ending-soon"  # stopped; two weeks or less left
    ENDED = "ended"


@dataclass(frozen=True)
class Window:
    state: WindowState
    needed_until: date | None  # the last day contraception is needed
    last_dose: date | None


def needed_until(last_dose: date | None, on_treatment: bool, today: date) -> date | None:
    """R-36: the later of today (while on treatment) and the last dose + 4 calendar months."""
    candidates = []
    if on_treatment:
        candidates.append(today)
    if last_dose is not None:
        candidates.append(last_dose + relativedelta(months=WINDOW_MONTHS))
    return max(candidates) if candidates else None


def end_date_known(cover: Window) -> bool:
    """R-49: on treatment with no dose logged yet the end is unknown: no date may be shown (a
    date before the first dose reads as "you may stop"). ``needed_until`` is then today, for the
    reminders only."""
    return not (cover.state is WindowState.ON_TREATMENT and cover.last_dose is None)


def window(last_dose: date | None, on_treatment: bool, today: date) -> Window:
    end = needed_until(last_dose, on_treatment, today)
    if end is None:
        state = WindowState.NOT_STARTED
    elif on_treatment:
        state = WindowState.ON_TREATMENT
    elif today > end:
        state = WindowState.ENDED
    elif (end - today).days <= NOTICE_DAYS_BEFORE_END:
        state = WindowState.ENDING_SOON
    else:
        state = WindowState.AFTER_TREATMENT
    return Window(state, end, last_dose)


def contraception_reminders(
    setup: MethodSetup,
    setup_id: int,
    cover: Window,
    first: date,
    last: date,
    settings: ReminderSettings,
) -> list[Reminder]:
    """The method's reminders on ``first``..``last`` that fall in the window, and the two window
    notices once treatment has stopped. Quiet hours defer them (``domain/reminders.py``)."""
    if cover.needed_until is None:
        return []
    through = last if cover.state is WindowState.ON_TREATMENT else min(last, cover.needed_until)
    result = [
        _reminder(
            f"contraception:{setup_id}:{o.day.isoformat()}:{o.action.value}",
            o.at,
            o.action,
            settings,
        )
        for o in occurrences(setup, first, through)
    ]
    if cover.state is not WindowState.ON_TREATMENT:
        zone = ZoneInfo(setup.zone)
        end = cover.needed_until
        for action, day in (
            (Action.WINDOW_ENDING, end - timedelta(days=NOTICE_DAYS_BEFORE_END)),
            (Action.WINDOW_ENDED, end + timedelta(days=1)),
        ):
            if first <= day <= last:
                key = f"contraception:window:{end.isoformat()}:{action.value}"
                result.append(_reminder(key, wall_time(day, setup.at, zone), action, settings))
    return sorted(result)


def _reminder(key: str, at: datetime, action: Action, settings: ReminderSettings) -> Reminder:
    fire = after_quiet(at, settings)
    return Reminder(
        fire_at=fire,
        key=key,
        kind=ReminderKind.CONTRACEPTION,
        eligible_after_mark_at=fire,
        due=at,
        detail=action.value,
    )


# --- pregnancy and breastfeeding (R-37..R-39) -------------------------------------------------
class PregnancyEvent(enum.Enum):
    MIGHT_BE_PREGNANT = "might-be-pregnant"
    PREGNANT = "pregnant"  # or a positive test
    BREASTFEEDING = "breastfeeding"


def pregnancy_in_window(cover: Window, on: date) -> bool:
    """R-37 applies to a pregnancy while on treatment or within 4 months of the last dose."""
    if cover.state is WindowState.ON_TREATMENT:
        return True
    if cover.last_dose is None:
        return False
    end: date = cover.last_dose + relativedelta(months=WINDOW_MONTHS)
    return on <= end
