"""The diary's SQL: the dose before an entry, filters, full-text search and row mapping, for
services/diary_service.py (sorting, filtering and search run in SQLite, never over lists)."""

from __future__ import annotations

import contextlib
import re
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import (
    ColumnElement,
    Integer,
    Select,
    bindparam,
    column,
    exists,
    insert,
    literal_column,
    select,
    text,
)
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from belimumab_companion.domain.triage import TriageResult
from belimumab_companion.services.diary_types import (
    DiaryEntry,
    DiaryFilter,
    DiaryInputs,
    DoseBefore,
    SearchCancelled,
)
from belimumab_companion.storage.models import AdministrationRow, DiaryEntryRow

_DOSE_COLUMNS = (
    AdministrationRow.segment_id,
    AdministrationRow.sequence,
    AdministrationRow.given_at,
)
THE_DOSE = select(*_DOSE_COLUMNS).where(
    AdministrationRow.segment_id == bindparam("segment"),
    AdministrationRow.sequence == bindparam("sequence"),
    AdministrationRow.replaced_at.is_(None),
)
# The latest dose given before onset (index ix_administration_given_at).
DOSE_BEFORE = (
    select(*_DOSE_COLUMNS)
    .where(
        AdministrationRow.replaced_at.is_(None),
        AdministrationRow.skipped_on_advice.is_(False),
        AdministrationRow.given_at <= bindparam("onset"),
    )
    .order_by(AdministrationRow.given_at.desc())
    .limit(1)
)
INSERT_ENTRY = insert(DiaryEntryRow)
IDS_PER_STATEMENT = 500  # well under SQLite's oldest limit on bound values (999)


CODE = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def symptom_key(symptom: str) -> str:
    return " ".join(symptom.casefold().split())


_Same = tuple[str, datetime, int, str]


def _same(symptom: str, onset_at: datetime, severity: int, notes: str) -> _Same:
    """What makes two entries the same one, for imports (CSV times are to the second)."""
    return (
        " ".join(symptom.split()),
        onset_at.astimezone(UTC).replace(microsecond=0),
        severity,
        notes,
    )


def already_present(session: Session, drafts: Sequence[DiaryInputs]) -> list[bool]:
    if not drafts:
        return []
    second = timedelta(seconds=1)
    query = select(
        DiaryEntryRow.symptom, DiaryEntryRow.onset_at, DiaryEntryRow.severity, DiaryEntryRow.notes
    ).where(
        DiaryEntryRow.deleted_at.is_(None),
        DiaryEntryRow.onset_at >= min(d.onset_at for d in drafts) - second,
        DiaryEntryRow.onset_at <= max(d.onset_at for d in drafts) + second,
    )
    stored = Counter(_same(*row) for row in session.execute(query))
    present = []
    for draft in drafts:
        same = _same(draft.symptom, draft.onset_at, draft.severity, draft.notes)
        present.append(stored[same] > 0)
        stored[same] -= 1
    return present


def fts_query(search: str) -> str:
    """Every word the user typed, as a quoted prefix: no FTS5 syntax can be injected. At most
    :data:`MAX_SEARCH_WORDS` different words, each at most 64 characters: every word is a prefix
    scan of the index, and 5,000 pasted one-letter words took a minute (issue 18)."""
    words: list[str] = []
    for word in re.findall(r"\w+", search[:2000]):
        word = word[:64]
        if word.casefold() not in (w.casefold() for w in words):
            words.append(word)
        if len(words) == MAX_SEARCH_WORDS:
            break
    return " ".join(f'"{word}"*' for word in words)


MAX_SEARCH_WORDS = 8


def _local_start(day: date, zone: str) -> datetime:
    return datetime.combine(day, time(0), ZoneInfo(zone))


# How a full-text search joins the entries (the same rows, three plans; issue 21 item 7):
# SET   ``id IN (the matches)``: every match looked up by its key (a count: all are needed);
# SCAN  ``+id IN (the matches)``: the "+" keeps SQLite from looking up every match and sorting
#       them all; it walks the sort order's index instead and stops at the page's last row (a
#       page of 200 of 80,000 matches: 20 ms, not 45);
# EACH  one FTS lookup per entry already chosen (a few ids: is this new entry a match?).
SET, SCAN, EACH = "set", "scan", "each"
_FTS_IDS = "SELECT rowid FROM diary_fts WHERE diary_fts MATCH :match"


def filtered(query: Select, where: DiaryFilter, search: str = SET) -> Select:  # type: ignore[type-arg]
    conditions: list[ColumnElement[bool]] = [DiaryEntryRow.deleted_at.is_(None)]
    if where.symptom_key:
        conditions.append(DiaryEntryRow.symptom_key == symptom_key(where.symptom_key))
    if where.min_severity is not None:
        conditions.append(DiaryEntryRow.severity >= where.min_severity)
    if where.since is not None:
        conditions.append(DiaryEntryRow.onset_at >= _local_start(where.since, where.zone))
    if where.until is not None:
        end = _local_start(where.until + timedelta(days=1), where.zone)
        conditions.append(DiaryEntryRow.onset_at < end)
    match = fts_query(where.search)
    if match and search == EACH:
        one = text(
            "SELECT 1 FROM diary_fts WHERE diary_fts MATCH :match AND rowid = diary_entry.id"
        )
        conditions.append(exists(one.bindparams(match=match).columns(column("1", Integer))))
    elif match:
        ids = text(_FTS_IDS).bindparams(match=match).columns(column("rowid", Integer))
        key = literal_column("+diary_entry.id") if search == SCAN else DiaryEntryRow.id
        conditions.append(key.in_(ids))
    return query.where(*conditions)


PROGRESS_STEPS = 20_000  # SQLite instructions between two "still wanted?" checks (~0.2 ms)


@contextlib.contextmanager
def cancellable(session: Session, cancelled: Callable[[], bool] | None) -> Iterator[None]:
    """Stop the statements run inside when ``cancelled()`` turns true (SQLite's progress
    handler): a count of 80,000 matches is not finished for a search typed over since. Raises
    :class:`SearchCancelled` then."""
    if cancelled is None:
        yield
        return
    raw = session.connection().connection.driver_connection
    assert raw is not None
    raw.set_progress_handler(lambda: int(cancelled()), PROGRESS_STEPS)
    try:
        yield
    except OperationalError:
        if cancelled():
            raise SearchCancelled from None
        raise
    finally:
        raw.set_progress_handler(None, 0)


def index_hint(
    session: Session, entry_id: int, old: tuple[str, str] | None, new: tuple[str, str]
) -> None:
    """Keep the FTS5 index in step, in the caller's transaction."""
    if old is not None:
        session.execute(
            text(
                "INSERT INTO diary_fts(diary_fts, rowid, symptom, notes) "
                "VALUES ('delete', :id, :symptom, :notes)"
            ),
            {"id": entry_id, "symptom": old[0], "notes": old[1]},
        )
    session.execute(
        text("INSERT INTO diary_fts(rowid, symptom, notes) VALUES (:id, :symptom, :notes)"),
        {"id": entry_id, "symptom": new[0], "notes": new[1]},
    )


def row_values(
    inputs: DiaryInputs, result: TriageResult, dose: DoseBefore | None, now: datetime
) -> dict[str, object]:
    """The entry's columns (all but id, created_at and deleted_at), for an insert or an update."""
    return {
        "symptom": inputs.symptom,
        "symptom_key": symptom_key(inputs.symptom),
        "from_catalogue": inputs.from_catalogue,
        "symptom_code": inputs.symptom_code,
        "onset_at": inputs.onset_at,
        "zone": inputs.zone,
        "ended_at": inputs.ended_at,
        "severity": inputs.severity,
        "interference": inputs.interference,
        "notes": inputs.notes,
        "segment_id": dose.segment_id if dose else None,
        "sequence": dose.sequence if dose else None,
        "action": inputs.action,
        "triage": result.triage,
        "triage_codes": ",".join(result.matched),
        "updated_at": now,
    }


# What a DiaryEntry is made of, read as plain columns: a page of 200 rows without the ORM's
# objects takes half the Python time (it is on the search's path: issue 21 item 7).
ENTRY_COLUMNS = (
    DiaryEntryRow.id,
    DiaryEntryRow.symptom,
    DiaryEntryRow.from_catalogue,
    DiaryEntryRow.onset_at,
    DiaryEntryRow.zone,
    DiaryEntryRow.ended_at,
    DiaryEntryRow.severity,
    DiaryEntryRow.interference,
    DiaryEntryRow.notes,
    DiaryEntryRow.segment_id,
    DiaryEntryRow.sequence,
    DiaryEntryRow.action,
    DiaryEntryRow.triage,
    DiaryEntryRow.triage_codes,
    DiaryEntryRow.deleted_at,
    DiaryEntryRow.symptom_code,
)


def entry_from_columns(values: Sequence[Any]) -> DiaryEntry:
    """A DiaryEntry from one row of :data:`ENTRY_COLUMNS`."""
    (
        entry_id,
        symptom,
        from_catalogue,
        onset_at,
        zone,
        ended_at,
        severity,
        interference,
        notes,
        segment_id,
        sequence,
        action,
        triage,
        triage_codes,
        deleted_at,
        symptom_code,
    ) = values
    return DiaryEntry(
        id=entry_id,
        symptom=symptom,
        from_catalogue=from_catalogue,
        onset_at=onset_at,
        zone=zone,
        ended_at=ended_at,
        severity=severity,
        interference=interference,
        notes=notes,
        segment_id=segment_id,
        sequence=sequence,
        action=action,
        triage=triage,
        triage_codes=tuple(c for c in triage_codes.split(",") if c),
        deleted=deleted_at is not None,
        symptom_code=symptom_code,
    )


def entry_from_row(row: DiaryEntryRow) -> DiaryEntry:
    return DiaryEntry(
        id=row.id,
        symptom=row.symptom,
        from_catalogue=row.from_catalogue,
        onset_at=row.onset_at,
        zone=row.zone,
        ended_at=row.ended_at,
        severity=row.severity,
        interference=row.interference,
        notes=row.notes,
        segment_id=row.segment_id,
        sequence=row.sequence,
        action=row.action,
        triage=row.triage,
        triage_codes=tuple(c for c in row.triage_codes.split(",") if c),
        deleted=row.deleted_at is not None,
        symptom_code=row.symptom_code,
    )
