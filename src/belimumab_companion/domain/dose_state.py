"""The one dose-state model: for every planned dose, exactly one state at ``now``.

Pure: no clock, no I/O. Everything that shows, reminds, exports or counts a dose (Today, the
Schedule page, reminders, ``due``/``upcoming``, the calendar export, adherence, the report) reads
the state decided here; nothing re-derives it from dates on its own.

Rules:

* R-16: a SubQ dose not logged by the end of its day is missed.
* R-47: one open dose at a time. A missed dose is *open* ("inject as soon as you remember") only
  until a later dose has been given or the next dose's day has begun; then it is *missed-closed*
  and never prompted again. At most one dose is *suggested* at any moment, and never on a day
  that already has a SubQ dose given (R-18).
* R-11: the first SubQ dose is given at the clinic. Not logged by the end of its day, it is for
  the care team to re-date (never "inject when you remember" at home) until the next dose's day.
* R-20: a child's every-14-days plan: a missed dose is "inject as soon as you remember and ask
  your care team for the next date"; after a missed or late dose the next dates are the care
  team's (awaiting-care-team, never firm).
* R-21: a missed infusion: "contact your infusion centre"; later infusions are not shifted by
  themselves, so their proposed dates are not firm until the centre's date is entered.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from belimumab_companion.domain.regimens import Route

WEEKLY_DAYS = 7


class DoseStatus(enum.Enum):
    UPCOMING = "upcoming"
    DUE = "due"  # its day; its time not reached yet
    OVERDUE = "overdue"  # its day; its time has passed, not logged yet (still "due")
    OPEN = "open"  # missed, still to give
    MISSED_CLOSED = "missed-closed"  # missed, not to be made up
    GIVEN = "given"  # on its day, or early
    GIVEN_LATE = "given-late"  # a make-up dose, given after its day
    SKIPPED = "skipped-on-advice"  # the care team said to skip it: not a missed dose
    AWAITING_CARE_TEAM = "awaiting-care-team"  # its date is for the care team to give


GIVEN_STATES = frozenset({DoseStatus.GIVEN, DoseStatus.GIVEN_LATE})
LOGGED_STATES = GIVEN_STATES | {DoseStatus.SKIPPED}
MISSED_STATES = frozenset({DoseStatus.OPEN, DoseStatus.MISSED_CLOSED})
# Still ahead of the user: shown in "upcoming", reminded (the awaiting ones never as firm).
PENDING_STATES = frozenset(
    {DoseStatus.UPCOMING, DoseStatus.DUE, DoseStatus.OVERDUE, DoseStatus.AWAITING_CARE_TEAM}
)


class MissedAdvice(enum.Enum):
    """What the app tells the user about a dose that needs attention."""

    NONE = "none"
    INJECT_WHEN_REMEMBERED = "inject-when-remembered"  # R-16 (weekly SubQ)
    INJECT_AND_ASK_NEXT_DATE = "inject-and-ask-next-date"  # R-20 (every-14-days SubQ)
    CONTACT_CARE_TEAM = "contact-care-team"  # the care team gives the date
    CONTACT_INFUSION_CENTRE = "contact-infusion-centre"  # R-21 (IV)


@dataclass(frozen=True)
class DoseFacts:
    """What the state of one planned dose depends on. ``due`` is aware, in the plan's zone."""

    segment_id: int
    due: datetime
    route: Route
    interval_days: int
    given_at: datetime | None = None  # a dose given (not a skip)
    skipped: bool = False
    in_clinic: bool = False
    appointment_confirmed: bool = False  # IV: the centre's date was entered
    # R-48 (IV): set up mid-treatment, the next infusion's date comes from the centre.
    date_from_care_team: bool = False

    @property
    def day(self) -> date:
        return self.due.date()

    @property
    def given_day(self) -> date | None:
        return None if self.given_at is None else self.given_at.astimezone(self.due.tzinfo).date()


@dataclass(frozen=True)
class DoseState:
    status: DoseStatus
    advice: MissedAdvice = MissedAdvice.NONE
    suggested: bool = False  # the one dose the app points the user at, to give now

    @property
    def firm(self) -> bool:
        """False when the date is for the care team to give: never shown, reminded or exported
        as firm."""
        return self.status is not DoseStatus.AWAITING_CARE_TEAM


def dose_states(doses: Sequence[DoseFacts], now: datetime) -> list[DoseState]:
    """The state of each dose in ``doses`` (in due order, as the schedule builds them)."""
    if now.tzinfo is None:
        raise ValueError("now must be aware")
    count = len(doses)
    # later_given[i]: a dose after i has been given (R-47's first closing event).
    later_given = [False] * count
    seen = False
    for i in range(count - 1, -1, -1):
        later_given[i] = seen
        seen = seen or doses[i].given_at is not None
    gated_segments: set[int] = set()
    states: list[DoseState] = []
    # Each dose's given day and each zone's today, worked out once (a plan of ten years has
    # over 500 doses, and Today asks for their states several times per load).
    given_days = [dose.given_day for dose in doses]
    todays: dict[object, date] = {}
    for i, dose in enumerate(doses):
        zone = dose.due.tzinfo
        today = todays.get(zone)
        if today is None:
            today = todays[zone] = now.astimezone(zone).date()
        following = doses[i + 1] if i + 1 < count else None
        next_day_begun = following is not None and following.day <= today
        state = _state(
            dose,
            given_days[i],
            now,
            today,
            later_given[i] or next_day_begun,
            dose.segment_id in gated_segments,
        )
        if _gates_following(dose, state, today):
            gated_segments.add(dose.segment_id)
        states.append(state)
    return _with_one_suggestion(doses, given_days, states, now)


def _state(
    dose: DoseFacts, given_day: date | None, now: datetime, today: date, closed: bool, gated: bool
) -> DoseState:
    if dose.skipped:
        return DoseState(DoseStatus.SKIPPED)
    if given_day is not None:
        return DoseState(DoseStatus.GIVEN_LATE if given_day > dose.day else DoseStatus.GIVEN)
    iv = dose.route is Route.IV
    if (gated or dose.date_from_care_team) and not (iv and dose.appointment_confirmed):
        advice = MissedAdvice.CONTACT_INFUSION_CENTRE if iv else MissedAdvice.CONTACT_CARE_TEAM
        return DoseState(DoseStatus.AWAITING_CARE_TEAM, advice)
    if dose.day > today:
        return DoseState(DoseStatus.UPCOMING)
    if dose.day == today:
        return DoseState(DoseStatus.OVERDUE if now >= dose.due else DoseStatus.DUE)
    # Its day is over and it was not logged.
    if closed:
        return DoseState(DoseStatus.MISSED_CLOSED)
    advice = advice_when_missed(dose.route, dose.interval_days, dose.in_clinic)
    if dose.in_clinic:  # the clinic gives the first SubQ dose; it re-dates a missed one
        return DoseState(DoseStatus.AWAITING_CARE_TEAM, advice)
    return DoseState(DoseStatus.OPEN, advice)


def advice_when_missed(route: Route, interval_days: int, in_clinic: bool = False) -> MissedAdvice:
    """What a dose asks of the user once missed (also when the user says "missed" on its day,
    and in the report for a dose that was open): R-11, R-16, R-20, R-21."""
    if route is Route.IV:
        return MissedAdvice.CONTACT_INFUSION_CENTRE
    if in_clinic:
        return MissedAdvice.CONTACT_CARE_TEAM
    if interval_days == WEEKLY_DAYS:
        return MissedAdvice.INJECT_WHEN_REMEMBERED
    return MissedAdvice.INJECT_AND_ASK_NEXT_DATE


def _gates_following(dose: DoseFacts, state: DoseState, today: date) -> bool:
    """Whether the later doses of this dose's plan segment wait for the care team's date."""
    if dose.in_clinic:
        # the dose itself waits for the clinic's date; the home doses after it keep
        # theirs, so a clinic dose given but never logged does not silence every reminder.
        return False
    if state.status is DoseStatus.AWAITING_CARE_TEAM:
        return True  # already gated
    if dose.route is Route.IV:
        return state.status in MISSED_STATES
    if dose.interval_days != WEEKLY_DAYS:
        return state.status in MISSED_STATES or state.status is DoseStatus.GIVEN_LATE
    return False


def _with_one_suggestion(
    doses: Sequence[DoseFacts],
    given_days: Sequence[date | None],
    states: list[DoseState],
    now: datetime,
) -> list[DoseState]:
    """R-47: the first dose still to give now (open, or due today) is suggested, unless its day
    already has a SubQ dose given (R-18). By the closing rule there is at most one candidate."""
    for i, (dose, state) in enumerate(zip(doses, states, strict=True)):
        if state.status not in (DoseStatus.OPEN, DoseStatus.DUE, DoseStatus.OVERDUE):
            continue
        if state.status is DoseStatus.OPEN and dose.route is Route.IV:
            return states  # the centre re-dates it; nothing to give at home
        today = now.astimezone(dose.due.tzinfo).date()
        if dose.route is Route.SUBQ and any(
            other.route is Route.SUBQ and given == today
            for other, given in zip(doses, given_days, strict=True)
        ):
            return states
        states = list(states)
        states[i] = DoseState(state.status, state.advice, suggested=True)
        return states
    return states
