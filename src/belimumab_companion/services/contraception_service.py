"""The contraception module (R-36..R-39): on or off, the method and its rhythm, the window tied to
the treatment, reminders for the reminder engine, the done/missed log, pregnancy events."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select

from belimumab_companion.domain.contraception import (
    Action,
    MethodSetup,
    PregnancyEvent,
    SetupProblem,
    Window,
    WindowState,
    check_setup,
    contraception_reminders,
    occurrences,
    pregnancy_in_window,
    window,
)
from belimumab_companion.domain.free_text import strip_controls
from belimumab_companion.domain.reminders import Reminder, ReminderAnswer, ReminderSettings
from belimumab_companion.services.clock import Clock
from belimumab_companion.services.plan_service import PlanService
from belimumab_companion.services.settings_service import SettingsService
from belimumab_companion.storage.engine import Sessions
from belimumab_companion.storage.models import (
    ContraceptionLogRow,
    ContraceptionSetupRow,
    PregnancyEventRow,
    ReminderLogRow,
)
from belimumab_companion.system.local_zone import is_valid_zone
from belimumab_companion.user_text import QT_TRANSLATE_NOOP, UserFacingError, message

LOOKAHEAD_DAYS = 21
RECENT_DAYS = 7  # reminders of the last week can still be marked done or missed on Today
DONE, MISSED = ReminderAnswer.DONE, ReminderAnswer.MISSED


NEXT_HORIZON_DAYS = 400  # how far to look for the next reminder of a slow rhythm (injection)

# The reminder settings (quiet hours) come from the reminder service; a callable keeps the two
# services from reading each other's storage.
ReminderSettingsSource = Callable[[], ReminderSettings]


class ContraceptionInputError(ValueError):
    """A method setup the user must correct. ``str()`` is the problem's code, which the UI
    words (``problem``); not an English sentence."""

    def __init__(self, problem: SetupProblem) -> None:
        super().__init__(problem.value)
        self.problem = problem


@dataclass(frozen=True)
class StoredSetup:
    id: int
    setup: MethodSetup
    created_at: datetime


@dataclass(frozen=True)
class ContraceptionItem:
    """One reminder of the method, with the answer given to it, if any."""

    key: str
    action: Action
    due: datetime
    answer: ReminderAnswer | None = None  # DONE, MISSED or None
    answered_at: datetime | None = None


@dataclass(frozen=True)
class ContraceptionStatus:
    enabled: bool | None
    setup: StoredSetup | None
    window: Window
    next_item: ContraceptionItem | None  # the next reminder still to come
    recent: list[ContraceptionItem]  # the last week's reminders, with their answers


@dataclass(frozen=True)
class PregnancyRecord:
    id: int
    kind: PregnancyEvent
    on: date
    in_window: bool
    note: str
    recorded_at: datetime


class ContraceptionService:
    def __init__(
        self,
        sessions: Sessions,
        clock: Clock,
        plans: PlanService,
        settings: SettingsService,
        reminder_settings: ReminderSettingsSource,
    ) -> None:
        self._sessions = sessions
        self._clock = clock
        self._plans = plans
        self._settings = settings
        self._reminder_settings = reminder_settings

    # --- on or off -----------------------------------------------------------------------------
    def enabled(self) -> bool | None:
        """True or False as the user chose; None when they were never asked (or skipped)."""
        return self._settings.load().contraception_enabled

    def set_enabled(self, on: bool) -> None:
        self._settings.update(lambda stored: replace(stored, contraception_enabled=on))

    # --- the method ------------------------------------------------------------------------------
    def current(self) -> StoredSetup | None:
        with self._sessions.read() as session:
            row = session.scalars(
                select(ContraceptionSetupRow)
                .where(ContraceptionSetupRow.replaced_at.is_(None))
                .order_by(ContraceptionSetupRow.id.desc())
            ).first()
            return None if row is None else _stored(row)

    def set_method(self, setup: MethodSetup) -> StoredSetup:
        """Record the method and its rhythm (replacing the previous one) and turn the module on."""
        problem = check_setup(setup)
        if problem is not None:
            raise ContraceptionInputError(problem)
        if not is_valid_zone(setup.zone):
            raise ValueError(f"unknown time zone {setup.zone!r}")
        now = self._clock()
        with self._sessions.begin() as session:
            for old in session.scalars(
                select(ContraceptionSetupRow).where(ContraceptionSetupRow.replaced_at.is_(None))
            ):
                old.replaced_at = now
            row = ContraceptionSetupRow(
                method=setup.method,
                start_date=setup.start,
                at_time=setup.at,
                zone=setup.zone,
                active_days=setup.active_days,
                free_days=setup.free_days,
                every_days=setup.every_days,
                replace_by=setup.replace_by,
                created_at=now,
            )
            session.add(row)
            session.flush()
            stored = _stored(row)
        self.set_enabled(True)
        return stored

    # --- the window and the reminders --------------------------------------------------------
    def window(self, zone: str) -> Window:
        course = self._plans.course()
        today = self._clock().astimezone(ZoneInfo(zone)).date()
        return window(course.last_dose, course.on_treatment, today)

    def reminders(self, now: datetime) -> list[Reminder]:
        """The reminder engine's source: nothing while the module is off or no method is set."""
        if self.enabled() is not True:
            return []
        stored = self.current()
        if stored is None:
            return []
        today = now.astimezone(ZoneInfo(stored.setup.zone)).date()
        course = self._plans.course()
        return self._reminders(stored, window(course.last_dose, course.on_treatment, today), now)

    def _reminders(self, stored: StoredSetup, cover: Window, now: datetime) -> list[Reminder]:
        today = now.astimezone(ZoneInfo(stored.setup.zone)).date()
        return contraception_reminders(
            stored.setup,
            stored.id,
            cover,
            today - timedelta(days=RECENT_DAYS),
            today + timedelta(days=LOOKAHEAD_DAYS),
            self._reminder_settings(),
        )

    def status(self, zone: str) -> ContraceptionStatus:
        with self._sessions.reading():  # one snapshot (one read transaction) for the page
            return self._status(zone)

    def _status(self, zone: str) -> ContraceptionStatus:
        enabled = self.enabled()
        stored = self.current()
        cover = self.window(stored.setup.zone if stored else zone)
        if stored is None or enabled is not True:
            return ContraceptionStatus(enabled, stored, cover, None, [])
        now = self._clock()
        items = self._items(stored, cover, now)
        answers = self._answers([i.key for i in items])
        items = [
            replace(i, answer=a[0], answered_at=a[1]) if (a := answers.get(i.key)) else i
            for i in items
        ]
        upcoming = [i for i in items if i.due > now]
        recent = [i for i in items if i.due <= now][::-1]
        return ContraceptionStatus(
            enabled, stored, cover, upcoming[0] if upcoming else None, recent
        )

    def _items(self, stored: StoredSetup, cover: Window, now: datetime) -> list[ContraceptionItem]:
        if cover.needed_until is None:
            return []  # no treatment recorded: no reminders will come
        prefix = f"contraception:{stored.id}:"
        items = [
            ContraceptionItem(r.key, Action(r.detail), r.due)
            for r in self._reminders(stored, cover, now)  # the status has read the rest
            if r.key.startswith(prefix) and r.due is not None
        ]
        if not any(i.due > now for i in items):
            # a slow rhythm (injection, implant, IUD): the next one is beyond the reminder horizon
            today = now.astimezone(ZoneInfo(stored.setup.zone)).date()
            horizon = stored.setup.replace_by or today + timedelta(days=NEXT_HORIZON_DAYS)
            if cover.state is not WindowState.ON_TREATMENT and cover.needed_until is not None:
                horizon = min(horizon, cover.needed_until)
            ahead = [o for o in occurrences(stored.setup, today, horizon) if o.at > now]
            items += [
                ContraceptionItem(f"{prefix}{o.day.isoformat()}:{o.action.value}", o.action, o.at)
                for o in ahead[:1]
            ]
        return items

    # --- done or missed --------------------------------------------------------------------------
    def answer(self, item: ContraceptionItem, answer: ReminderAnswer | str, zone: str) -> None:
        """Mark a reminder done or missed. A later answer to the same reminder replaces the
        earlier one; both are kept."""
        if answer not in (DONE, MISSED, DONE.value, MISSED.value):
            raise ValueError(f"answer is 'done' or 'missed', not {answer!r}")
        answer = ReminderAnswer(answer)
        now = self._clock()
        stored = self.current()
        with self._sessions.begin() as session:
            session.add(
                ContraceptionLogRow(
                    key=item.key,
                    setup_id=stored.id if stored else None,
                    action=item.action,
                    due_at=item.due,
                    answer=answer,
                    answered_at=now,
                    zone=zone,
                )
            )
            fired = session.scalars(
                select(ReminderLogRow).where(
                    ReminderLogRow.key == item.key, ReminderLogRow.answered_at.is_(None)
                )
            ).first()
            if fired is not None:
                fired.answered_at, fired.answer = now, answer

    def _answers(self, keys: list[str]) -> dict[str, tuple[ReminderAnswer, datetime]]:
        if not keys:
            return {}
        with self._sessions.read() as session:
            rows = session.scalars(
                select(ContraceptionLogRow)
                .where(ContraceptionLogRow.key.in_(keys))
                .order_by(ContraceptionLogRow.id)
            )
            return {row.key: (row.answer, row.answered_at) for row in rows}

    def log(self) -> list[ContraceptionItem]:
        """Every answer given, the latest reminder first (corrections included, the newest
        answer first); times in the zone they were answered in."""
        with self._sessions.read() as session:
            rows = session.scalars(
                select(ContraceptionLogRow).order_by(
                    ContraceptionLogRow.due_at.desc(), ContraceptionLogRow.id.desc()
                )
            )
            return [
                ContraceptionItem(
                    row.key,
                    row.action,
                    row.due_at.astimezone(ZoneInfo(row.zone)),
                    row.answer,
                    row.answered_at,
                )
                for row in rows
            ]

    # --- pregnancy and breastfeeding (R-37..R-39) -----------------------------------------------
    def record_pregnancy_event(
        self, kind: PregnancyEvent, on: date, zone: str, note: str = ""
    ) -> PregnancyRecord:
        now = self._clock()
        if on > now.astimezone(ZoneInfo(zone)).date():
            raise UserFacingError(
                message(QT_TRANSLATE_NOOP("Messages", "the date is in the future")),
                code="in-the-future",
            )
        in_window = pregnancy_in_window(self.window(zone), on)
        with self._sessions.begin() as session:
            row = PregnancyEventRow(
                kind=kind,
                on_date=on,
                in_window=in_window,
                note=strip_controls(note).strip(),  # issue 20: as the diary's notes
                recorded_at=now,
                zone=zone,
            )
            session.add(row)
            session.flush()
            return _pregnancy(row)

    def pregnancy_events(self) -> list[PregnancyRecord]:
        with self._sessions.read() as session:
            rows = session.scalars(
                select(PregnancyEventRow)
                .where(PregnancyEventRow.deleted_at.is_(None))
                .order_by(PregnancyEventRow.on_date.desc(), PregnancyEventRow.id.desc())
            )
            return [_pregnancy(row) for row in rows]

    def delete_pregnancy_event(self, event_id: int) -> None:
        self._mark_deleted(event_id, self._clock())

    def restore_pregnancy_event(self, event_id: int) -> None:
        self._mark_deleted(event_id, None)

    def _mark_deleted(self, event_id: int, when: datetime | None) -> None:
        with self._sessions.begin() as session:
            row = session.get(PregnancyEventRow, event_id)
            if row is None:
                raise LookupError(f"no pregnancy event {event_id}")
            row.deleted_at = when


def _stored(row: ContraceptionSetupRow) -> StoredSetup:
    return StoredSetup(
        row.id,
        MethodSetup(
            method=row.method,
            start=row.start_date,
            at=row.at_time,
            zone=row.zone,
            active_days=row.active_days,
            free_days=row.free_days,
            every_days=row.every_days,
            replace_by=row.replace_by,
        ),
        row.created_at,
    )


def _pregnancy(row: PregnancyEventRow) -> PregnancyRecord:
    return PregnancyRecord(row.id, row.kind, row.on_date, row.in_window, row.note, row.recorded_at)
