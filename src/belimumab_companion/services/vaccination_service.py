"""The vaccination log (planned or received), each with its R-34 notice."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from belimumab_companion.domain.free_text import one_line, strip_controls
from belimumab_companion.domain.vaccines import (
    VaccinationStatus,
    VaccineNotice,
    live_vaccine_notice,
)
from belimumab_companion.services.clock import Clock
from belimumab_companion.storage.engine import Sessions
from belimumab_companion.storage.models import PlanSegmentRow, VaccinationRow

NAME_MAX = 120  # characters: the vaccine's name column


class VaccinationInputError(ValueError):
    """An entry the user must correct. ``code`` ("name-needed", "name-too-long", "bad-status") is also ``str()``:
    the UI words it; no English sentence is made here."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


@dataclass(frozen=True)
class Vaccination:
    id: int
    name: str
    on_date: date
    status: VaccinationStatus
    care_team_says_live: bool | None
    notes: str
    notice: VaccineNotice


class VaccinationService:
    def __init__(self, sessions: Sessions, clock: Clock) -> None:
        self._sessions = sessions
        self._clock = clock

    def add(
        self,
        name: str,
        on_date: date,
        status: VaccinationStatus | str,
        care_team_says_live: bool | None = None,
        notes: str = "",
    ) -> Vaccination:
        name = one_line(name)  # issue 20: control characters as spaces, as the diary does
        if not name:
            raise VaccinationInputError("name-needed")
        if len(name) > NAME_MAX:  # refused, never cut: the dialog's field holds no more
            raise VaccinationInputError("name-too-long")
        try:
            status = VaccinationStatus(status)
        except ValueError:
            raise VaccinationInputError("bad-status") from None
        with self._sessions.begin() as session:
            row = VaccinationRow(
                name=name,
                on_date=on_date,
                status=status,
                care_team_says_live=care_team_says_live,
                notes=strip_controls(notes),
                created_at=self._clock(),
            )
            session.add(row)
            session.flush()
            return self._to_domain(session, row)

    def delete(self, vaccination_id: int) -> None:
        """Soft delete: hidden from views, kept in the file, undoable with :meth:`restore`."""
        with self._sessions.begin() as session:
            row = session.get(VaccinationRow, vaccination_id)
            if row is not None:
                row.deleted_at = self._clock()

    def restore(self, vaccination_id: int) -> None:
        with self._sessions.begin() as session:
            row = session.get(VaccinationRow, vaccination_id)
            if row is not None:
                row.deleted_at = None

    def all(self) -> list[Vaccination]:
        with self._sessions.read() as session:
            rows = session.scalars(
                select(VaccinationRow)
                .where(VaccinationRow.deleted_at.is_(None))
                .order_by(VaccinationRow.on_date.desc())
            )
            return [self._to_domain(session, row) for row in rows]

    @staticmethod
    def _to_domain(session: Session, row: VaccinationRow) -> Vaccination:
        segments = list(session.scalars(select(PlanSegmentRow).order_by(PlanSegmentRow.first_dose)))
        first = segments[0].first_dose if segments else None
        ends = segments[-1].ends_before if segments else None
        notice = live_vaccine_notice(row.on_date, row.care_team_says_live, first, ends)
        return Vaccination(
            row.id, row.name, row.on_date, row.status, row.care_team_says_live, row.notes, notice
        )
