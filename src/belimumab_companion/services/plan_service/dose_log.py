"""The dose log (R-03, R-09, R-10, R-18, R-22, R-28, R-47): log, check, correct, delete, undo,
skip on advice. The dose named by the user is the dose filed; each check and write is one
transaction."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from belimumab_companion.domain.dose_log import (
    DoseOrigin,
    LogCheck,
    LogProblem,
    Site,
    check_log,
    check_who_and_device,
)
from belimumab_companion.domain.free_text import MAX_NOTES, one_line, strip_controls
from belimumab_companion.domain.regimens import (
    Device,
    GivenBy,
    Regimen,
)
from belimumab_companion.services.plan_service.inputs import (
    DoseChange,
    DoseLogError,
    LoggedDose,
    PlanInputError,
    check_dose_amount,
    check_event_moment,
)
from belimumab_companion.services.plan_service.reads import (
    ScheduleReads,
)
from belimumab_companion.storage.models import (
    AdministrationRow,
)
from belimumab_companion.storage.plan_repository import (
    PlanRepository,
)
from belimumab_companion.user_text import QT_TRANSLATE_NOOP, message


def _typed_text(lot_number: str | None, notes: str) -> tuple[str | None, str]:
    """The lot number on one line (None when empty) and the notes without control characters
    (issue 20: stored as the diary stores its notes; line breaks and tabs kept)."""
    kept = strip_controls(notes)
    if len(kept) > MAX_NOTES:  # the diary's limit, the same in the window and the CLI
        raise PlanInputError(
            "notes-too-long",
            message(
                QT_TRANSLATE_NOOP("Messages", "the notes are too long (at most %1 characters)"),
                MAX_NOTES,
            ),
        )
    return (one_line(lot_number or "") or None), kept


class DoseLog(ScheduleReads):
    def log_dose(
        self,
        *,
        given_at: datetime,
        sites: Sequence[Site],
        sequence: int | None = None,
        segment_id: int | None = None,
        amount_mg: float | None = None,
        given_by: str | None = None,
        device: str | None = None,
        lot_number: str | None = None,
        notes: str = "",
        not_fully_given: bool = False,
    ) -> LoggedDose:
        """Record a dose against the planned dose the user saw (``segment_id``, ``sequence``);
        with none named, against the one dose suggested now (R-47). A time that does not fit
        it raises ``DoseLogError(DOES_NOT_FIT)`` with the dose it fits: nothing is re-filed.
        R-03, R-09, R-10, R-18, R-22, R-28 are checked in the domain. ``given_by`` defaults to
        the regimen's (R-10: a caregiver for a child under 10; the clinic for an infusion).
        The check and the write are one write transaction."""
        now = self._clock()
        check_dose_amount(amount_mg)  # issue 18: the one validation layer
        check_event_moment(given_at)
        lot_number, notes = _typed_text(lot_number, notes)
        with self._sessions.begin() as session:
            check, given_by, regimen = self._check_log(
                now,
                given_at,
                sites,
                sequence,
                not_fully_given,
                None,
                given_by,
                device,
                segment_id=segment_id,
                session=session,
            )
            occurrence = check.occurrence
            assert occurrence is not None
            session.add(
                AdministrationRow(
                    segment_id=occurrence.segment_id,
                    sequence=occurrence.sequence,
                    given_at=given_at,
                    zone=str(occurrence.due.tzinfo),
                    amount_mg=amount_mg if amount_mg is not None else occurrence.amount_mg,
                    route=occurrence.route,
                    device=device,
                    sites=[s.value for s in sites],
                    given_by=given_by,
                    lot_number=lot_number,
                    notes=notes,
                    skipped_on_advice=False,
                    not_fully_given=check.incomplete,
                    created_at=now,
                )
            )
        return self._logged(occurrence, given_at, check.incomplete, regimen)

    def check_dose(
        self,
        *,
        given_at: datetime,
        sites: Sequence[Site],
        sequence: int | None = None,
        segment_id: int | None = None,
        given_by: str | None = None,
        device: str | None = None,
        not_fully_given: bool = False,
    ) -> LoggedDose:
        """What ``log_dose`` would record, without recording it (the CLI asks R-17 first)."""
        check_event_moment(given_at)
        check, _who, regimen = self._check_log(
            self._clock(),
            given_at,
            sites,
            sequence,
            not_fully_given,
            None,
            given_by,
            device,
            segment_id=segment_id,
        )
        assert check.occurrence is not None
        return self._logged(check.occurrence, given_at, check.incomplete, regimen)

    def skip_on_advice(self, segment_id: int, sequence: int, note: str = "") -> None:
        """Record that the care team said to skip this dose: not a missed dose."""
        now = self._clock()
        with self._sessions.begin() as session:
            repository = PlanRepository(session)
            if repository.current_administration(segment_id, sequence) is not None:
                raise PlanInputError(
                    "already-logged",
                    message(QT_TRANSLATE_NOOP("Messages", "that dose is already in the log")),
                )
            segment = repository.segment(segment_id)
            if segment is None:
                raise PlanInputError(
                    "no-occurrence",
                    message(QT_TRANSLATE_NOOP("Messages", "that dose is not in the plan")),
                )
            repository.add_administration(
                AdministrationRow(
                    segment_id=segment_id,
                    sequence=sequence,
                    given_at=now,
                    zone=segment.zone,
                    amount_mg=None,
                    route=segment.route,
                    device=None,
                    sites=[],
                    given_by="clinic",
                    lot_number=None,
                    notes=note,
                    skipped_on_advice=True,
                    not_fully_given=False,
                    created_at=now,
                )
            )

    def _check_log(
        self,
        now: datetime,
        given_at: datetime,
        sites: Sequence[Site],
        sequence: int | None,
        not_fully_given: bool,
        without_record: int | None,
        given_by: str | None,
        device: str | None,
        *,
        segment_id: int | None = None,
        session: Session | None = None,
    ) -> tuple[LogCheck, str, Regimen]:
        """The domain's checks: the check, who gave the dose (defaulted), the dose's regimen."""
        horizon = max(now, given_at).date() + timedelta(days=60)
        if session is None:
            stored = self._read(without_record)
        else:
            stored = self._read_in(session, without_record)
        doses = self._doses(stored, now, horizon, 12)
        check = check_log(
            doses,
            given_at=given_at,
            now=now,
            sites=sites,
            sequence=sequence,
            segment_id=segment_id,
            not_fully_given=not_fully_given,
        )
        if check.problem is not None or check.occurrence is None:
            raise DoseLogError(
                check.problem or LogProblem.NO_OCCURRENCE, check.occurrence, check.alternative
            )
        regimen = next(s.regimen for s in stored.segments if s.id == check.occurrence.segment_id)
        who = GivenBy(given_by) if given_by is not None else regimen.default_given_by
        problem = check_who_and_device(regimen, who, Device(device) if device else None)
        if problem is not None:
            raise DoseLogError(problem)
        return check, who.value, regimen

    def edit_dose(
        self,
        record_id: int,
        *,
        given_at: datetime,
        sites: Sequence[Site],
        amount_mg: float | None,
        given_by: str,
        device: str | None = None,
        lot_number: str | None = None,
        notes: str = "",
        not_fully_given: bool = False,
    ) -> DoseChange:
        """Correct a logged dose: the old version is kept, marked replaced by the new one.
        The same checks as logging apply (R-18, R-22, R-28), with the dose itself left out."""
        now = self._clock()
        check_dose_amount(amount_mg)  # issue 18: the one validation layer
        check_event_moment(given_at)
        lot_number, notes = _typed_text(lot_number, notes)
        with self._sessions.begin() as session:  # the check and the write: one transaction
            repository = PlanRepository(session)
            old_row = repository.administration(record_id)
            if old_row is None or old_row.replaced_at is not None:
                raise PlanInputError(
                    "changed-since",
                    message(
                        QT_TRANSLATE_NOOP("Messages", "this dose was changed or deleted meanwhile")
                    ),
                )
            segment_id, sequence = old_row.segment_id, old_row.sequence
            check, given_by, _regimen = self._check_log(
                now,
                given_at,
                sites,
                sequence,
                not_fully_given,
                record_id,
                given_by,
                device,
                segment_id=segment_id,
                session=session,
            )
            occurrence = check.occurrence
            assert occurrence is not None
            new = AdministrationRow(
                segment_id=segment_id,
                sequence=sequence,
                given_at=given_at,
                zone=str(occurrence.due.tzinfo),
                amount_mg=amount_mg,
                route=old_row.route,
                device=device,
                sites=[s.value for s in sites],
                given_by=given_by,
                lot_number=lot_number,
                notes=notes,
                skipped_on_advice=old_row.skipped_on_advice,
                not_fully_given=check.incomplete,
                created_at=now,
                origin=DoseOrigin.EDITED,
                derived_from_id=record_id,
            )
            repository.replace_administration(old_row, new, now)
            return DoseChange(record_id, new.id)

    def delete_dose(self, record_id: int) -> DoseChange:
        """Take a logged dose out of the log. The row is kept (audit trail) and can be restored."""
        now = self._clock()
        with self._sessions.begin() as session:
            repository = PlanRepository(session)
            row = repository.administration(record_id)
            if row is None or row.replaced_at is not None:
                raise PlanInputError(
                    "changed-since",
                    message(
                        QT_TRANSLATE_NOOP("Messages", "this dose was changed or deleted meanwhile")
                    ),
                )
            repository.replace_administration(row, None, now)
        return DoseChange(record_id, None)

    def undo(self, change: DoseChange) -> DoseChange:
        """Undo an edit or a deletion: the earlier version becomes current again as a new,
        "restored" version; nothing stored is rewritten."""
        if change.previous_id is None:
            raise PlanInputError(
                "nothing-to-undo",
                message(QT_TRANSLATE_NOOP("Messages", "there is nothing to undo")),
            )
        now = self._clock()
        with self._sessions.begin() as session:
            repository = PlanRepository(session)
            previous = repository.administration(change.previous_id)
            assert previous is not None
            current = repository.current_administration(previous.segment_id, previous.sequence)
            if (current.id if current else None) != change.current_id:
                raise PlanInputError(
                    "changed-since",
                    message(QT_TRANSLATE_NOOP("Messages", "this dose was changed again since")),
                )
            if not previous.skipped_on_advice:
                # The version brought back is checked like a new log (R-18: never two doses
                # on one day), against the log as it is now.
                self._check_log(
                    now,
                    previous.given_at,
                    [Site(name) for name in previous.sites],
                    previous.sequence,
                    previous.not_fully_given,
                    current.id if current else None,
                    previous.given_by.value,
                    previous.device.value if previous.device is not None else None,
                    segment_id=previous.segment_id,
                    session=session,
                )
            restored = AdministrationRow(
                segment_id=previous.segment_id,
                sequence=previous.sequence,
                given_at=previous.given_at,
                zone=previous.zone,
                amount_mg=previous.amount_mg,
                route=previous.route,
                device=previous.device,
                sites=list(previous.sites),
                given_by=previous.given_by,
                lot_number=previous.lot_number,
                notes=previous.notes,
                skipped_on_advice=previous.skipped_on_advice,
                not_fully_given=previous.not_fully_given,
                created_at=now,
                origin=DoseOrigin.RESTORED,
                derived_from_id=previous.id,
            )
            if current is None:
                repository.add_administration(restored)
            else:
                repository.replace_administration(current, restored, now)
            return DoseChange(change.current_id, restored.id)
