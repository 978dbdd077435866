"""Supplies (issue 22): the deliveries and the pens set aside, as domain objects."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from belimumab_companion.domain.supplies import Discard, Lot
from belimumab_companion.storage.models import SupplyDiscardRow, SupplyLotRow


def lot_from_row(row: SupplyLotRow) -> Lot:
    return Lot(
        id=row.id,
        device=row.device,
        lot=row.lot,
        expires=row.expires,
        received=row.received,
        count=row.count,
        pharmacy=row.pharmacy,
        recorded_at=row.created_at,
    )


def discard_from_row(row: SupplyDiscardRow) -> Discard:
    return Discard(
        id=row.id,
        lot_id=row.lot_id,
        count=row.count,
        reason=row.reason,
        at=row.at,
        day=row.at.astimezone(ZoneInfo(row.zone)).date(),
    )


class SupplyRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def lot_rows(self, *, with_deleted: bool = False) -> list[SupplyLotRow]:
        query = select(SupplyLotRow).order_by(SupplyLotRow.received, SupplyLotRow.id)
        if not with_deleted:
            query = query.where(SupplyLotRow.deleted_at.is_(None))
        return list(self._session.scalars(query))

    def lots(self) -> list[Lot]:
        return [lot_from_row(row) for row in self.lot_rows()]

    def lot_row(self, lot_id: int) -> SupplyLotRow | None:
        return self._session.get(SupplyLotRow, lot_id)

    def discard_rows(self, *, with_deleted: bool = False) -> list[SupplyDiscardRow]:
        query = (
            select(SupplyDiscardRow)
            .join(SupplyLotRow, SupplyLotRow.id == SupplyDiscardRow.lot_id)
            .where(SupplyLotRow.deleted_at.is_(None))
            .order_by(SupplyDiscardRow.at, SupplyDiscardRow.id)
        )
        if not with_deleted:
            query = query.where(SupplyDiscardRow.deleted_at.is_(None))
        return list(self._session.scalars(query))

    def discards(self) -> list[Discard]:
        return [discard_from_row(row) for row in self.discard_rows()]

    def discard_row(self, discard_id: int) -> SupplyDiscardRow | None:
        return self._session.get(SupplyDiscardRow, discard_id)

    def add_lot(self, row: SupplyLotRow) -> SupplyLotRow:
        self._session.add(row)
        self._session.flush()
        return row

    def add_discard(self, row: SupplyDiscardRow) -> SupplyDiscardRow:
        self._session.add(row)
        self._session.flush()
        return row

    def last_change(self) -> datetime | None:
        """When the deliveries or discards last changed (a reminder made from the stock fires no
        earlier than the stock it was made from)."""
        columns = (
            SupplyLotRow.updated_at,
            SupplyLotRow.deleted_at,
            SupplyDiscardRow.created_at,
            SupplyDiscardRow.deleted_at,
        )
        moments = [self._session.scalar(select(func.max(column))) for column in columns]
        return max((m for m in moments if m is not None), default=None)
