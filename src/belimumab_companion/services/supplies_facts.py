"""What the supplies are replayed from, read in one session (issue 22): the deliveries, the pens
of each SubQ dose now in the log (one per injection, R-22; with the lot named, the device it
was logged with and when it was first logged) and the pens set aside; and when the stock last changed."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from belimumab_companion.domain import supplies as rules
from belimumab_companion.domain.regimens import Route
from belimumab_companion.domain.supplies import Lot
from belimumab_companion.storage.engine import READ_SESSION
from belimumab_companion.storage.models import AdministrationRow
from belimumab_companion.storage.plan_repository import PlanRepository
from belimumab_companion.storage.supply_repository import SupplyRepository

Facts = tuple[list[Lot], list[rules.DoseUse], list[rules.Discard]]
_KEPT = "supply_facts"  # in a read session's info


def facts_in(session: Session) -> Facts:
    """The facts, read once per read session (Today's load asks for them three times: the
    supplies card, the refill reminder, the reminder line); the caller's own lists."""
    if not session.info.get(READ_SESSION):
        return _facts_in(session)
    kept = session.info.get(_KEPT)
    if kept is None:
        kept = session.info[_KEPT] = _facts_in(session)
    lots, uses, discards = kept
    return list(lots), list(uses), list(discards)


def _facts_in(session: Session) -> Facts:
    repository = SupplyRepository(session)
    snapshot = PlanRepository(session).snapshot(None)
    rows = {
        (row.segment_id, row.sequence): row
        for row in PlanRepository(session).current_administrations()
    }
    first_logged = _first_logged(session, repository, rows.values())
    uses = []
    for admin in snapshot.administrations:
        if admin.skipped_on_advice:
            continue
        segment = next((s for s in snapshot.segments if s.id == admin.segment_id), None)
        if segment is None or segment.regimen.route is not Route.SUBQ:
            continue
        row = rows.get((admin.segment_id, admin.sequence))
        uses.append(
            rules.DoseUse(
                admin.segment_id,
                admin.sequence,
                admin.given_at,
                admin.given_at.astimezone(ZoneInfo(segment.zone)).date(),
                max(1, len(admin.sites)),  # one pen per injection
                row.lot_number if row is not None else None,
                row.device if row is not None else None,  # a typed column (issue 21)
                first_logged.get((admin.segment_id, admin.sequence)),
                ZoneInfo(segment.zone),
            )
        )
    return repository.lots(), uses, repository.discards()


def _first_logged(
    session: Session, repository: SupplyRepository, current: Iterable[AdministrationRow]
) -> dict[tuple[int, int], datetime | None]:
    """When each dose now in the log was first logged: its first version (an edit or an undo
    keeps it; a dose deleted and logged afresh starts again, as the dialog offered the pens on
    hand then). ``None`` when no delivery was recorded then: the dose was told nothing of pens,
    so a delivery recorded later that day serves it (the first evening with the app)."""
    versions: dict[int, int | None] = {}
    created: dict[int, datetime] = {}
    query = select(
        AdministrationRow.id, AdministrationRow.derived_from_id, AdministrationRow.created_at
    )
    for version, derived_from, at in session.execute(query):
        versions[version] = derived_from
        created[version] = at
    kept = [(row.created_at, row.deleted_at) for row in repository.lot_rows(with_deleted=True)]
    result: dict[tuple[int, int], datetime | None] = {}
    for row in current:
        first, seen = row.id, {row.id}
        while (earlier := versions.get(first)) is not None and earlier not in seen:
            first = earlier
            seen.add(first)
        at = created[first]
        told = any(added <= at and (gone is None or gone > at) for added, gone in kept)
        result[(row.segment_id, row.sequence)] = at if told else None
    return result


def last_change_in(session: Session) -> datetime | None:
    """When the stock last changed: a delivery or discard, or a dose logged or replaced."""
    moments = [SupplyRepository(session).last_change()]
    moments.append(session.scalar(select(func.max(AdministrationRow.created_at))))
    moments.append(session.scalar(select(func.max(AdministrationRow.replaced_at))))
    return max((m for m in moments if m is not None), default=None)
