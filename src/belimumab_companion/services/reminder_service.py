"""Reminders at the edge: reads the plan, runs the domain's tick, and persists in one transaction
what fired and the new "handled up to" mark, so that each reminder is handled exactly once
across restarts, sleep and clock jumps (policies: ``domain/reminders.py``)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from sqlalchemy import select

from belimumab_companion.domain.dose_state import LOGGED_STATES, DoseStatus
from belimumab_companion.domain.regimens import Route
from belimumab_companion.domain.reminders import (
    Audience,
    Reminder,
    ReminderAnswer,
    ReminderKind,
    ReminderSettings,
    Snooze,
    SnoozeChoice,
    dose_reminders,
    snooze_until,
    tick,
    with_snoozes,
)
from belimumab_companion.services.clock import Clock
from belimumab_companion.services.plan_service import PlanService
from belimumab_companion.services.settings_service import SettingsService
from belimumab_companion.storage.engine import Sessions
from belimumab_companion.storage.models import ReminderLogRow, ReminderSnoozeRow, ReminderStateRow

NOT_PROMPTED = LOGGED_STATES | {DoseStatus.MISSED_CLOSED, DoseStatus.AWAITING_CARE_TEAM}
LOOKAHEAD_DAYS = 21
KEY_HISTORY = timedelta(days=3)  # travel can move a reminder a day at most; keys older are moot
# After this long closed, older reminders are not replayed (the doses still show as missed).
CATCH_UP = timedelta(days=60)
PROMPT_DAYS = 14  # an unanswered dose prompt older than this is left to the history
# A tick with nothing to fire moves the mark in memory; the stored one is brought up to date
# when something fires or once it is this old, so that a restart replays at most this much.
MARK_REFRESH = timedelta(minutes=10)

# Extra reminder sources (contraception): given now, the reminders of the next weeks.
ReminderSource = Callable[[datetime], Sequence[Reminder]]


@dataclass(frozen=True)
class TickOutcome:
    fire: list[Reminder]
    consolidated: bool


class ReminderService:
    def __init__(
        self,
        sessions: Sessions,
        clock: Clock,
        plans: PlanService,
        settings: SettingsService,
        interval: timedelta = timedelta(seconds=30),
    ) -> None:
        self._sessions = sessions
        self._clock = clock
        self._plans = plans
        self._settings = settings
        self.interval = interval
        self.sources: list[ReminderSource] = []
        self._mark: datetime | None = None  # moved on by ticks that had nothing to keep

    # --- settings ------------------------------------------------------------------------------
    def settings(self) -> ReminderSettings:
        return self._settings.load().reminders

    def save_settings(self, value: ReminderSettings) -> None:
        self._settings.update(lambda stored: replace(stored, reminders=value))

    # --- the tick --------------------------------------------------------------------------------
    def reminders(self, now: datetime, local_zone: str) -> list[Reminder]:
        """Every reminder the plan gives from the far past to a few weeks ahead."""
        overview_segments = self._plans.segments()
        audiences = {
            s.id: Audience.CAREGIVER
            for s in overview_segments
            if s.regimen.route is Route.SUBQ and not s.regimen.self_injection_allowed
        }
        doses = [
            d
            for d in self._plans.schedule(now, now.date() + timedelta(days=LOOKAHEAD_DAYS))
            if d.due >= now - CATCH_UP  # years of history need not be re-derived every tick
        ]
        result = dose_reminders(doses, self.settings(), local_zone, audiences)
        for source in self.sources:
            result.extend(source(now))
        return sorted(result)

    def tick(self, local_zone: str) -> TickOutcome:
        """Fire what is due now, once; persist it with the new mark before anyone is told.

        Everything the tick needs (plan, doses, settings, contraception, the log, snoozes) is
        read in one read transaction: no write lock. A write transaction follows only when it
        has something to keep: reminders that fire, the very first mark, or a stored mark
        :data:`MARK_REFRESH` old (between those the mark moves on in memory, so a tick every
        30 seconds with nothing due writes nothing). In the write, what another process logged
        meanwhile is not fired again."""
        now = self._clock()
        with self._sessions.reading() as session:
            reminders = self.reminders(now, local_zone)
            state = session.get(ReminderStateRow, 1)
            stored = state.handled_up_to if state else None
            mark = _later(stored, self._mark)
            floor = (mark or now) - KEY_HISTORY
            handled = set(
                session.scalars(select(ReminderLogRow.key).where(ReminderLogRow.fire_at >= floor))
            )
            snoozes = [
                Snooze(row.key, row.until)
                for row in session.scalars(
                    select(ReminderSnoozeRow).where(ReminderSnoozeRow.until >= floor)
                )
            ]
        result = tick(with_snoozes(reminders, snoozes), handled, mark, now, self.interval)
        fire = result.fire
        if fire or stored is None or result.mark - stored >= MARK_REFRESH:
            fire = self._keep(fire, result.mark, now)
        self._mark = _later(self._mark, result.mark)
        return TickOutcome(fire, result.consolidated and bool(fire))

    def _keep(self, fire: list[Reminder], mark: datetime, now: datetime) -> list[Reminder]:
        """Log ``fire`` and store ``mark`` in one write transaction; returns what was logged
        here (a reminder another process logged since the read is not fired twice)."""
        with self._sessions.begin() as session:
            keys = [reminder.key for reminder in fire]
            taken = (
                set(session.scalars(select(ReminderLogRow.key).where(ReminderLogRow.key.in_(keys))))
                if keys
                else set()
            )
            fire = [reminder for reminder in fire if reminder.key not in taken]
            for reminder in fire:
                session.add(
                    ReminderLogRow(
                        key=reminder.key,
                        kind=reminder.kind,
                        fire_at=reminder.fire_at,
                        fired_at=now,
                        segment_id=reminder.segment_id,
                        sequence=reminder.sequence,
                    )
                )
            state = session.get(ReminderStateRow, 1)
            if state is None:
                session.add(ReminderStateRow(id=1, handled_up_to=mark, updated_at=now))
            elif mark > state.handled_up_to:  # never moves back (another process moved it on)
                state.handled_up_to, state.updated_at = mark, now
        return fire

    def mark(self) -> datetime | None:
        """The "handled up to" mark: the stored one, or the later one this tick kept in memory."""
        with self._sessions.read() as session:
            state = session.get(ReminderStateRow, 1)
            return _later(state.handled_up_to if state else None, self._mark)

    # --- answers ---------------------------------------------------------------------------------
    def pending(self, local_zone: str) -> list[Reminder]:
        """Dose and prep reminders that fired and were not answered, for doses still not logged:
        the "dose due" window shows them again after a restart (no new notification)."""
        with self._sessions.reading():  # one snapshot (one read transaction) for all of it
            return self._pending(local_zone)

    def _pending(self, local_zone: str) -> list[Reminder]:
        now = self._clock()
        since = now - timedelta(days=PROMPT_DAYS)
        with self._sessions.read() as session:
            rows = list(
                session.scalars(
                    select(ReminderLogRow).where(
                        ReminderLogRow.answered_at.is_(None),
                        ReminderLogRow.kind.in_((ReminderKind.DOSE, ReminderKind.PREP)),
                        ReminderLogRow.fire_at >= since,
                    )
                )
            )
        if not rows:
            return []
        doses = {
            (d.segment_id, d.sequence): d
            for d in self._plans.schedule(now, now.date() + timedelta(days=LOOKAHEAD_DAYS))
        }
        by_key = {r.key: r for r in self.reminders(now, local_zone)}
        result = []
        for row in rows:
            dose = doses.get((row.segment_id or 0, row.sequence or 0))
            # a dose logged, closed as missed, or awaiting the care team's date is
            # never prompted again.
            if dose is None or dose.status in NOT_PROMPTED:
                continue
            reminder = by_key.get(row.key.split("#", 1)[0])
            if reminder is not None:
                result.append(reminder)
        return _one_per_dose(result)

    def answer(self, segment_id: int, sequence: int, answer: ReminderAnswer) -> None:
        """The user answered the prompt for this dose: every fired reminder of it is answered."""
        now = self._clock()
        with self._sessions.begin() as session:
            for row in session.scalars(
                select(ReminderLogRow).where(
                    ReminderLogRow.segment_id == segment_id,
                    ReminderLogRow.sequence == sequence,
                    ReminderLogRow.answered_at.is_(None),
                )
            ):
                row.answered_at, row.answer = now, answer

    def snooze(self, reminder: Reminder, choice: SnoozeChoice, local_zone: str) -> datetime:
        now = self._clock()
        until = snooze_until(choice, now, local_zone, self.settings())
        with self._sessions.begin() as session:
            session.add(ReminderSnoozeRow(key=reminder.key, until=until, created_at=now))
        if reminder.segment_id is not None and reminder.sequence is not None:
            self.answer(reminder.segment_id, reminder.sequence, ReminderAnswer.SNOOZED)
        return until


def _later(first: datetime | None, second: datetime | None) -> datetime | None:
    if first is None or second is None:
        return first or second
    return max(first, second)


def _one_per_dose(reminders: list[Reminder]) -> list[Reminder]:
    """The latest reminder of each dose (the at-the-time one rather than the evening before)."""
    latest: dict[tuple[int | None, int | None], Reminder] = {}
    for reminder in sorted(reminders):
        latest[(reminder.segment_id, reminder.sequence)] = reminder
    return sorted(latest.values())
