"""Plan segments and the dose log, as domain objects."""

from __future__ import annotations

from datetime import date, time

from sqlalchemy import select
from sqlalchemy.orm import Session

from belimumab_companion.storage.models import AdministrationRow, PlanSegmentRow


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


def parse_time_of_day(text: str) -> time:
    hours, _, minutes = text.partition(":")
    return time(int(hours), int(minutes))


def format_time_of_day(value: time) -> str:
    return f"{value.hour:02d}:{value.minute:02d}"
