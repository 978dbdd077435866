"""Schedule reads: the plan, its doses in their states (domain.dose_state), the dose log's
records, the course, weights and sites. The base of every other plan service."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from belimumab_companion.domain.dose_log import (
    Site,
)
from belimumab_companion.domain.dose_state import PENDING_STATES
from belimumab_companion.domain.make_up import (
    MakeUpKind,
    make_up_kind,
    make_up_options,
)
from belimumab_companion.domain.regimens import (
    Regimen,
)
from belimumab_companion.domain.schedule import (
    DoseStatus,
    Occurrence,
    PlannedDose,
    PlanSegment,
    doses_through,
    occurrence_dates,
    plan_occurrences,
    planned_doses,
)
from belimumab_companion.services.clock import Clock
from belimumab_companion.services.plan_service.inputs import (
    LoggedDose,
    PlanInputError,
    ScheduleOverview,
    TreatmentCourse,
    Weight,
)
from belimumab_companion.storage.engine import Sessions
from belimumab_companion.storage.models import (
    PlanSegmentRow,
)
from belimumab_companion.storage.plan_repository import (
    DoseRecord,
    PlanRepository,
    PlanSnapshot,
    record_from_row,
    segment_from_row,
)
from belimumab_companion.user_text import QT_TRANSLATE_NOOP, message


class ScheduleReads:
    """One read of the plan and its dose history, and everything computed from it."""

    def __init__(self, sessions: Sessions, clock: Clock) -> None:
        self._sessions = sessions
        self._clock = clock

    def tracked_from(self) -> date | None:
        """The day the app was set up (the first plan saved, in its zone): adherence counts
        from it (R-48); None without a plan."""
        return self._read().tracked_from

    def segments(self) -> list[PlanSegment]:
        with self._sessions.read() as session:
            return [segment_from_row(row) for row in PlanRepository(session).segments()]

    def _read(self, without_record: int | None = None) -> PlanSnapshot:
        """Plan segments, the current dose log, appointments and the latest weight, in one session."""
        with self._sessions.read() as session:
            return self._read_in(session, without_record)

    def _read_in(self, session: Session, without_record: int | None = None) -> PlanSnapshot:
        """As ``_read``, inside the caller's session (a write checks what it read, atomically)."""
        return PlanRepository(session).snapshot(without_record)

    @staticmethod
    def _doses(
        stored: PlanSnapshot, now: datetime, through: date | None, count: int
    ) -> list[PlannedDose]:
        segments = stored.segments
        if not segments:
            return []
        if through is None:  # far enough ahead for ``count`` more doses
            longest = max(
                max(s.regimen.initial_offsets_days[-1], s.regimen.interval_days) for s in segments
            )
            through = now.date() + timedelta(days=longest * (count + 1) + 1)
        if stored.computed is None:  # not in a read session: nothing is kept
            return planned_doses(
                segments, stored.administrations, now, through, stored.appointments
            )
        memo = stored.computed.get(_SCHEDULE)
        if not isinstance(memo, _ScheduleMemo):
            memo = stored.computed[_SCHEDULE] = _ScheduleMemo()
        return memo.doses(stored, now, through)

    def schedule(
        self, now: datetime, through: date | None = None, count: int = 12
    ) -> list[PlannedDose]:
        """Every planned dose up to ``through`` (default: far enough ahead for ``count`` more)."""
        return self._doses(self._read(), now, through, count)

    def overview(self, now: datetime, upcoming_count: int = 12) -> ScheduleOverview:
        """Everything the Today and Schedule pages show, from one read."""
        stored = self._read()
        segments = stored.segments
        if not segments:
            return ScheduleOverview([], [], [], [])
        doses = self._doses(stored, now, None, upcoming_count)
        # what needs attention comes from the one dose-state model: the dose to give
        # now (open or overdue), and a date the care team must give; never a closed one.
        attention = [
            (d, d.advice)
            for d in doses
            if d.status in (DoseStatus.OPEN, DoseStatus.OVERDUE)
            or (d.status is DoseStatus.AWAITING_CARE_TEAM and d.local_date <= _today(d, now))
        ]
        history = [d for d in doses if d.status not in PENDING_STATES][::-1]
        # Still to come: a care-team date already past (a missed clinic dose, R-11) is in
        # "needs attention", not shown as the next dose.
        ahead = [
            d
            for d in doses
            if d.status in PENDING_STATES
            and not (d.status is DoseStatus.AWAITING_CARE_TEAM and d.local_date < _today(d, now))
        ]
        return ScheduleOverview(
            segments,
            ahead[:upcoming_count],
            attention,
            history,
            stored.band_changed,
            tracked_from=stored.tracked_from,
        )

    def upcoming(self, now: datetime, count: int) -> list[PlannedDose]:
        """The next ``count`` doses still to give (due, overdue or upcoming), from ``now``."""
        return self.overview(now, upcoming_count=count).upcoming

    @staticmethod
    def _logged(
        occurrence: PlannedDose, given_at: datetime, incomplete: bool, regimen: Regimen
    ) -> LoggedDose:
        day = given_at.astimezone(occurrence.due.tzinfo).date()
        kind = make_up_kind(occurrence, day, regimen)
        options = (
            make_up_options(occurrence.local_date.weekday(), day)
            if kind is MakeUpKind.WEEKLY_CHOICE
            else None
        )
        return LoggedDose(occurrence, incomplete, kind, options)

    def given_times(self) -> list[datetime]:
        """When each logged dose was given, oldest first: one query, no schedule worked out (the
        diary chart's dose marks; issue 21: Save → seen)."""
        with self._sessions.read() as session:
            return PlanRepository(session).given_times()

    def dose_record(self, segment_id: int, sequence: int) -> DoseRecord | None:
        """The current version of the dose logged for this occurrence, if any."""
        with self._sessions.read() as session:
            row = PlanRepository(session).current_administration(segment_id, sequence)
            return None if row is None else record_from_row(row)

    def dose_versions(self, segment_id: int, sequence: int) -> list[DoseRecord]:
        """Every version ever stored for this occurrence, oldest first: the audit trail."""
        with self._sessions.read() as session:
            return [
                record_from_row(r) for r in PlanRepository(session).versions(segment_id, sequence)
            ]

    def latest_weight(self) -> Weight | None:
        with self._sessions.read() as session:
            row = PlanRepository(session).latest_weight()
            return None if row is None else Weight(row.weight_kg, row.measured_on)

    def course(self) -> TreatmentCourse:
        """Whether treatment goes on, and the day of the last dose given (R-36's window)."""
        with self._sessions.read() as session:
            repository = PlanRepository(session)
            rows = repository.segments()
            given = [a for a in repository.current_administrations() if not a.skipped_on_advice]
        last = max(given, key=lambda a: a.given_at, default=None)
        return TreatmentCourse(
            on_treatment=bool(rows) and rows[-1].ends_before is None,
            last_dose=None
            if last is None
            else last.given_at.astimezone(ZoneInfo(last.zone)).date(),
        )

    def site_history(self) -> dict[Site, datetime | None]:
        """When each injection site was last used (R-28), from the dose log."""
        last: dict[Site, datetime | None] = dict.fromkeys(Site)
        with self._sessions.read() as session:
            for row in PlanRepository(session).current_administrations():
                for name in row.sites:
                    site = Site(name)
                    previous = last[site]
                    if previous is None or row.given_at > previous:
                        last[site] = row.given_at
        return last

    @staticmethod
    def _current_row(repository: PlanRepository) -> PlanSegmentRow:
        open_rows = [row for row in repository.segments() if row.ends_before is None]
        if not open_rows:
            raise PlanInputError(
                "no-plan",
                message(QT_TRANSLATE_NOOP("Messages", "there is no current treatment plan")),
            )
        return open_rows[-1]

    @staticmethod
    def _last_sequence_before(row: PlanSegmentRow, day: date) -> int:
        last = row.first_sequence - 1
        for sequence, _day in occurrence_dates(segment_from_row(row), day - timedelta(days=1)):
            last = sequence
        return last

    @staticmethod
    def _last_sequence(row: PlanSegmentRow) -> int:
        if row.ends_before is None:
            return row.first_sequence - 1
        segment = segment_from_row(row)
        last = row.first_sequence - 1
        for sequence, _day in occurrence_dates(segment, row.ends_before - timedelta(days=1)):
            last = sequence
        return last


_SCHEDULE = "schedule"
_AHEAD_DAYS = 400


@dataclass
class _ScheduleMemo:
    """In a read session (a page's load), kept with the plan snapshot: the occurrences worked
    out once, for the farthest day asked so far, and the doses of each (now, through) once.
    The doses are the ones ``planned_doses`` gives (``doses_through``)."""

    horizon: date | None = None
    occurrences: list[Occurrence] = field(default_factory=list)
    kept: dict[tuple[datetime, date], list[PlannedDose]] = field(default_factory=dict)

    def doses(self, stored: PlanSnapshot, now: datetime, through: date) -> list[PlannedDose]:
        doses = self.kept.get((now, through))
        if doses is None:
            if self.horizon is None or self.horizon < through:
                # a year ahead at least: the load's other questions (supplies, reminders) then
                # find their days in it, and the occurrences are worked out once
                horizon = max(through, now.date() + timedelta(days=_AHEAD_DAYS))
                self.occurrences = plan_occurrences(
                    stored.segments, stored.administrations, horizon, stored.appointments
                )
                self.horizon = horizon
            doses = self.kept[(now, through)] = doses_through(self.occurrences, now, through)
        return list(doses)


def _today(dose: PlannedDose, now: datetime) -> date:
    return now.astimezone(dose.due.tzinfo).date()


def _moment(dose: PlannedDose) -> datetime:
    return dose.administration.given_at if dose.administration else dose.due
