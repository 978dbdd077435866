"""Plan segments and the dose log, as domain objects."""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import select
from sqlalchemy.orm import Session

from belimumab_companion.storage.models import (
    AdministrationRow,
    AppointmentRow,
    PlanSegmentRow,
    WeightRow,
)


class PlanRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def segments(self) -> list[PlanSegmentRow]:
        return list(self._session.scalars(select(PlanSegmentRow).order_by(PlanSegmentRow.id)))

    def add_segment(self, row: PlanSegmentRow) -> PlanSegmentRow:
        self._session.add(row)
        self._session.flush()
        return row

    def end_segment(self, segment_id: int, ends_before: date, reason: str) -> None:
        row = self._session.get(PlanSegmentRow, segment_id)
        if row is None:
            raise KeyError(segment_id)
        row.ends_before, row.end_reason = ends_before, reason

    def current_administrations(self) -> list[AdministrationRow]:
        query = (
            select(AdministrationRow)
            .where(AdministrationRow.replaced_at.is_(None))
            .order_by(AdministrationRow.segment_id, AdministrationRow.sequence)
        )
        return list(self._session.scalars(query))

    def administration(self, record_id: int) -> AdministrationRow | None:
        return self._session.get(AdministrationRow, record_id)

    def current_administration(self, segment_id: int, sequence: int) -> AdministrationRow | None:
        query = select(AdministrationRow).where(
            AdministrationRow.segment_id == segment_id,
            AdministrationRow.sequence == sequence,
            AdministrationRow.replaced_at.is_(None),
        )
        return self._session.scalars(query).first()

    def versions(self, segment_id: int, sequence: int) -> list[AdministrationRow]:
        query = (
            select(AdministrationRow)
            .where(
                AdministrationRow.segment_id == segment_id, AdministrationRow.sequence == sequence
            )
            .order_by(AdministrationRow.id)
        )
        return list(self._session.scalars(query))

    def add_administration(self, row: AdministrationRow) -> AdministrationRow:
        self._session.add(row)
        self._session.flush()
        return row

    def replace_administration(
        self, old: AdministrationRow, new: AdministrationRow | None, at: datetime
    ) -> None:
        """Mark ``old`` replaced (by ``new``, or deleted when ``new`` is None). Never an UPDATE
        of what was logged: only the replacement columns are set."""
        # The old version stops being current first: only one current version of a planned
        # dose may exist at any moment (the partial unique index of 0009).
        old.replaced_at = at
        self._session.flush()
        if new is not None:
            self.add_administration(new)
            old.replaced_by_id = new.id

    def current_appointments(self) -> list[AppointmentRow]:
        query = select(AppointmentRow).where(AppointmentRow.replaced_at.is_(None))
        return list(self._session.scalars(query))

    def set_appointment(self, row: AppointmentRow, at: datetime) -> None:
        query = select(AppointmentRow).where(
            AppointmentRow.segment_id == row.segment_id,
            AppointmentRow.sequence == row.sequence,
            AppointmentRow.replaced_at.is_(None),
        )
        for old in self._session.scalars(query):
            old.replaced_at = at
        self._session.add(row)

    def latest_weight(self) -> WeightRow | None:
        query = (
            select(WeightRow)
            .where(WeightRow.deleted_at.is_(None))
            .order_by(WeightRow.measured_on.desc(), WeightRow.id.desc())
            .limit(1)
        )
        return self._session.scalars(query).first()


def parse_time_of_day(text: str) -> time:
    hours, _, minutes = text.partition(":")
    return time(int(hours), int(minutes))


def format_time_of_day(value: time) -> str:
    return f"{value.hour:02d}:{value.minute:02d}"
