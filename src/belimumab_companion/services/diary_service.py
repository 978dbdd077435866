"""The side-effect diary: entries with their red-flag triage (R-29..R-31) and the dose each one
followed; sorting, filtering and full-text search run in SQLite (FTS5), never over Python lists,
so the diary stays fast after years of daily entries."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import datetime

from sqlalchemy import (
    func,
    select,
    update,
)
from sqlalchemy.orm import Session

from belimumab_companion.domain.bounds import SHORT_TEXT_MAX
from belimumab_companion.domain.free_text import MAX_NOTES, MAX_SYMPTOM, strip_controls
from belimumab_companion.domain.monograph import symptom_code
from belimumab_companion.domain.triage import triage
from belimumab_companion.services.clock import Clock
from belimumab_companion.services.diary_queries import (
    CODE,
    DOSE_BEFORE,
    EACH,
    ENTRY_COLUMNS,
    IDS_PER_STATEMENT,
    INSERT_ENTRY,
    MAX_SEARCH_WORDS,
    SCAN,
    THE_DOSE,
    already_present,
    cancellable,
    entry_from_columns,
    entry_from_row,
    filtered,
    fts_query,
    index_hint,
    row_values,
    symptom_key,
)
from belimumab_companion.services.diary_types import (
    LEVELS,
    MAX_FUTURE,
    Action,
    DiaryEntry,
    DiaryFilter,
    DiaryInputError,
    DiaryInputs,
    DoseBefore,
    SavedEntry,
    SearchCancelled,
    SortKey,
    SymptomChoice,
    triage_typed,
)
from belimumab_companion.services.value_checks import check_event, check_text
from belimumab_companion.storage.engine import Sessions
from belimumab_companion.storage.models import DiaryEntryRow
from belimumab_companion.user_text import QT_TRANSLATE_NOOP, UserFacingError, message

__all__ = [
    "LEVELS",
    "MAX_FUTURE",
    "MAX_SEARCH_WORDS",
    "Action",
    "DiaryEntry",
    "DiaryFilter",
    "DiaryInputError",
    "DiaryInputs",
    "DiaryService",
    "DoseBefore",
    "SavedEntry",
    "SearchCancelled",
    "SortKey",
    "SymptomChoice",
    "fts_query",
    "triage_typed",
]


NO_FILTER = DiaryFilter()
JOURNAL = 64  # the latest changes remembered for ``added_since``


class DiaryService:
    def __init__(self, sessions: Sessions, clock: Clock) -> None:
        self._sessions = sessions
        self._clock = clock
        # What this service changed, newest last: the entry an add saved, None for any other
        # change (an edit, a deletion, its undo). A view that read at revision r asks
        # ``added_since(r)`` and inserts the new rows instead of reading everything again.
        self._revision = 0
        self._journal: deque[DiaryEntry | None] = deque(maxlen=JOURNAL)
        # The highest entry id at a revision a view read at: rows above it that this service
        # did not add were written by another process (the CLI's log-symptom), unseen.
        self._ceilings: dict[int, int] = {}

    # --- what changed ----------------------------------------------------------------------------
    def revision(self) -> int:
        """How many changes this service has made (a view notes it when it reads, just before
        it reads)."""
        if self._revision not in self._ceilings:  # after an edit or a deletion, or at the start
            with self._sessions.read() as session:
                highest = session.scalar(select(func.max(DiaryEntryRow.id)))
            self._ceilings[self._revision] = int(highest or 0)
        return self._revision

    def added_since(self, revision: int) -> list[DiaryEntry] | None:
        """The entries added since ``revision``, oldest first, when adding is all that changed
        through this service since then; None when anything else changed (an edit, a deletion,
        an undo) or the change is too old to be remembered: then read everything again."""
        behind = self._revision - revision
        if behind < 0 or behind > len(self._journal):
            return None
        changes = list(self._journal)[len(self._journal) - behind :]
        if any(entry is None for entry in changes):
            return None
        added = [entry for entry in changes if entry is not None]
        ceiling = self._ceilings.get(revision)
        if ceiling is None:
            return None
        with self._sessions.read() as session:  # another process's entry: read it all again
            above = session.scalars(select(DiaryEntryRow.id).where(DiaryEntryRow.id > ceiling))
            if sorted(above) != sorted(entry.id for entry in added):
                return None
        return added

    def _noted(self, entry: DiaryEntry | None) -> None:
        self._revision += 1
        self._journal.append(entry)
        if entry is not None:  # the newest row: SQLite gives a new row the highest id
            self._ceilings[self._revision] = entry.id
        for old in [key for key in self._ceilings if key < self._revision - JOURNAL]:
            del self._ceilings[old]

    # --- writing ---------------------------------------------------------------------------------
    def add(self, inputs: DiaryInputs) -> SavedEntry:
        inputs = self._checked(inputs)
        now = self._clock()
        with self._sessions.begin() as session:
            saved = self._add_in(session, inputs, now)
        self._noted(saved.entry)  # committed
        return saved

    def add_many(
        self,
        drafts: Sequence[DiaryInputs],
        *,
        skip_existing: bool = False,
        after_row: Callable[[int], None] | None = None,
    ) -> list[SavedEntry | None]:
        """Add every draft in ONE transaction, each exactly as :meth:`add` would (checks, triage,
        the dose before onset, the full-text index): all are saved or none is. With
        ``skip_existing``, a draft matching an entry already in the diary (see :meth:`existing`)
        is skipped (None in the result), decided inside the same transaction. ``after_row(n)``
        runs after the n-th new entry is flushed, before the commit (a test hook)."""
        checked = [self._checked(inputs) for inputs in drafts]  # every draft before any write
        now = self._clock()
        saved: list[SavedEntry | None] = []
        added = 0
        with self._sessions.begin() as session:
            present = already_present(session, checked) if skip_existing else [False] * len(checked)
            for inputs, skip in zip(checked, present, strict=True):
                if skip:
                    saved.append(None)
                    continue
                saved.append(self._add_in(session, inputs, now))
                added += 1
                if after_row is not None:
                    after_row(added)
        for one in saved:
            if one is not None:
                self._noted(one.entry)
        return saved

    def check(self, inputs: DiaryInputs) -> DiaryInputs:
        """The checks :meth:`add` makes (raises DiaryInputError), without saving: for previews."""
        return self._checked(inputs)

    def existing(self, drafts: Sequence[DiaryInputs]) -> list[bool]:
        """For each draft: is it already in the diary (not deleted)? Same symptom, onset to the
        second, severity and notes. Counted as a multiset: two identical drafts need two
        identical entries, so an exported diary's own repeated entries are imported again."""
        with self._sessions.read() as session:
            return already_present(session, drafts)

    def _add_in(self, session: Session, inputs: DiaryInputs, now: datetime) -> SavedEntry:
        # Core statements, not ORM objects: a save is on the user's path and the ORM's unit of
        # work costs more than the insert and its fsync together (tests/benchmarks/diary.py).
        result = triage(f"{inputs.symptom}\n{inputs.notes}", inputs.severity)
        dose = self._dose_for(session, inputs)
        values = row_values(inputs, result, dose, now)
        inserted = session.connection().execute(
            INSERT_ENTRY, {**values, "created_at": now, "deleted_at": None}
        )
        entry_id = inserted.lastrowid
        index_hint(session, entry_id, None, (inputs.symptom, inputs.notes))
        entry = DiaryEntry(
            id=entry_id,
            symptom=inputs.symptom,
            from_catalogue=inputs.from_catalogue,
            onset_at=inputs.onset_at,
            zone=inputs.zone,
            ended_at=inputs.ended_at,
            severity=inputs.severity,
            interference=inputs.interference,
            notes=inputs.notes,
            segment_id=dose.segment_id if dose else None,
            sequence=dose.sequence if dose else None,
            action=inputs.action,
            triage=result.triage,
            triage_codes=result.matched,
            deleted=False,
            symptom_code=inputs.symptom_code,
        )
        return SavedEntry(entry, result, dose)

    def update(self, entry_id: int, inputs: DiaryInputs) -> tuple[DiaryEntry, SavedEntry]:
        """Change an entry; returns the previous version too, for the undo."""
        inputs = self._checked(inputs)
        result = triage(f"{inputs.symptom}\n{inputs.notes}", inputs.severity)
        now = self._clock()
        with self._sessions.begin() as session:
            row = session.get(DiaryEntryRow, entry_id)
            if row is None or row.deleted_at is not None:
                raise DiaryInputError(
                    "no-entry", message(QT_TRANSLATE_NOOP("Messages", "that entry does not exist"))
                )
            previous = entry_from_row(row)
            dose = self._dose_for(session, inputs)
            for name, value in row_values(inputs, result, dose, now).items():
                setattr(row, name, value)
            index_hint(
                session, row.id, (previous.symptom, previous.notes), (row.symptom, row.notes)
            )
            changed = previous, SavedEntry(entry_from_row(row), result, dose)
        self._noted(None)
        return changed

    def restore_version(self, previous: DiaryEntry) -> DiaryEntry:
        """Undo an update: the entry gets its earlier values back."""
        inputs = DiaryInputs(
            symptom=previous.symptom,
            onset_at=previous.onset_at,
            zone=previous.zone,
            severity=previous.severity,
            interference=previous.interference,
            from_catalogue=previous.from_catalogue,
            symptom_code=previous.symptom_code,
            ended_at=previous.ended_at,
            notes=previous.notes,
            action=previous.action,
            dose=(previous.segment_id, previous.sequence)
            if previous.segment_id is not None and previous.sequence is not None
            else (0, 0),
        )
        _previous, saved = self.update(previous.id, inputs)
        return saved.entry

    def delete(self, entry_id: int) -> None:
        """Soft delete: out of every view and report, and can be undone."""
        self._set_deleted(entry_id, self._clock())

    def restore(self, entry_id: int) -> None:
        self._set_deleted(entry_id, None)

    def delete_many(self, entry_ids: Sequence[int]) -> None:
        """Soft-delete several entries in ONE transaction (the undo of an import): all or none.
        Entries already deleted keep their deletion time."""
        now = self._clock()
        with self._sessions.begin() as session:
            connection = session.connection()
            for start in range(0, len(entry_ids), IDS_PER_STATEMENT):
                chunk = list(entry_ids[start : start + IDS_PER_STATEMENT])
                connection.execute(
                    update(DiaryEntryRow)
                    .where(DiaryEntryRow.id.in_(chunk), DiaryEntryRow.deleted_at.is_(None))
                    .values(deleted_at=now, updated_at=now)
                )
        self._noted(None)

    def _set_deleted(self, entry_id: int, at: datetime | None) -> None:
        with self._sessions.begin() as session:
            row = session.get(DiaryEntryRow, entry_id)
            if row is None:
                raise DiaryInputError(
                    "no-entry", message(QT_TRANSLATE_NOOP("Messages", "that entry does not exist"))
                )
            row.deleted_at = at
            row.updated_at = self._clock()
        self._noted(None)

    def _checked(self, inputs: DiaryInputs) -> DiaryInputs:
        # Control characters never reach the database (issue 17); the symptom is one line.
        symptom = " ".join(strip_controls(inputs.symptom).split())
        notes = strip_controls(inputs.notes)
        if not symptom:
            raise DiaryInputError(
                "no-symptom", message(QT_TRANSLATE_NOOP("Messages", "choose or type the symptom"))
            )
        if len(symptom) > MAX_SYMPTOM:
            raise DiaryInputError(
                "symptom-too-long",
                message(QT_TRANSLATE_NOOP("Messages", "keep the symptom under 200 characters")),
            )
        if len(notes) > MAX_NOTES:  # the same limit in the window, the CLI and the CSV import
            raise DiaryInputError(
                "notes-too-long",
                message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "the notes are %1 characters long; keep them to %2 (nothing was saved: "
                        "shorten them, or keep the rest elsewhere)",
                    ),
                    len(notes),
                    MAX_NOTES,
                ),
            )
        if inputs.onset_at.tzinfo is None:
            raise ValueError("onset_at must be aware")
        try:  # issue 18: the one validation layer (text, dates)
            check_text(symptom, QT_TRANSLATE_NOOP("Messages", "the symptom"), SHORT_TEXT_MAX)
            check_text(notes, QT_TRANSLATE_NOOP("Messages", "the note"))
            check_event(inputs.onset_at)
            if inputs.ended_at is not None:
                check_event(inputs.ended_at)
        except UserFacingError as exc:
            raise DiaryInputError(exc.code, exc.text) from None
        if inputs.onset_at > self._clock() + MAX_FUTURE:
            raise DiaryInputError(
                "in-the-future",
                message(QT_TRANSLATE_NOOP("Messages", "the start cannot be in the future")),
            )
        if inputs.ended_at is not None and inputs.ended_at < inputs.onset_at:
            raise DiaryInputError(
                "ends-before-start",
                message(QT_TRANSLATE_NOOP("Messages", "it cannot end before it started")),
            )
        for value in (inputs.severity, inputs.interference):
            if value not in LEVELS:
                raise DiaryInputError(
                    "bad-level",
                    message(
                        QT_TRANSLATE_NOOP("Messages", "choose a level from none to very severe")
                    ),
                )
        code = inputs.symptom_code
        if code is None and inputs.from_catalogue:
            # A catalogue term without its code (the CLI, a CSV file): the code of its name.
            code = symptom_code(symptom) or None
        if code is not None and not CODE.fullmatch(code):
            raise ValueError(f"not a symptom code: {code!r}")
        return replace(inputs, symptom=symptom, notes=notes, symptom_code=code)

    @staticmethod
    def _dose_for(session: Session, inputs: DiaryInputs) -> DoseBefore | None:
        if inputs.dose == (0, 0):  # explicitly: not linked to a dose
            return None
        connection = session.connection()
        if inputs.dose is not None:
            found = connection.execute(
                THE_DOSE, {"segment": inputs.dose[0], "sequence": inputs.dose[1]}
            ).first()
        else:
            found = connection.execute(DOSE_BEFORE, {"onset": inputs.onset_at}).first()
        return None if found is None else DoseBefore(*found)

    def suggested_dose(self, onset_at: datetime) -> DoseBefore | None:
        """The latest dose given before onset: "3 days after your dose on …"."""
        probe = DiaryInputs(symptom="-", onset_at=onset_at, zone="UTC", severity=0)
        with self._sessions.read() as session:
            return self._dose_for(session, probe)

    # --- reading ---------------------------------------------------------------------------------
    def get(self, entry_id: int) -> DiaryEntry | None:
        with self._sessions.read() as session:
            row = session.get(DiaryEntryRow, entry_id)
            return None if row is None else entry_from_row(row)

    def count(
        self, where: DiaryFilter = NO_FILTER, *, cancelled: Callable[[], bool] | None = None
    ) -> int:
        """How many entries ``where`` matches; with ``cancelled``, raises SearchCancelled as
        soon as it turns true (checked while SQLite counts)."""
        query = filtered(select(func.count(DiaryEntryRow.id)), where)
        with self._sessions.read() as session, cancellable(session, cancelled):
            return int(session.scalar(query) or 0)

    def page(
        self,
        where: DiaryFilter = NO_FILTER,
        sort: SortKey = SortKey.ONSET,
        descending: bool = True,
        offset: int = 0,
        limit: int = 200,
        *,
        cancelled: Callable[[], bool] | None = None,
    ) -> list[DiaryEntry]:
        column = {
            SortKey.ONSET: DiaryEntryRow.onset_at,
            SortKey.SYMPTOM: DiaryEntryRow.symptom_key,
            SortKey.SEVERITY: DiaryEntryRow.severity,
        }[sort]
        order = column.desc() if descending else column.asc()
        tie = DiaryEntryRow.id.desc() if descending else DiaryEntryRow.id.asc()
        query = filtered(select(*ENTRY_COLUMNS), where, SCAN).order_by(order, tie)
        with self._sessions.read() as session, cancellable(session, cancelled):
            rows = session.execute(query.offset(offset).limit(limit))
            return [entry_from_columns(row) for row in rows]

    def matching(self, where: DiaryFilter, entry_ids: Sequence[int]) -> set[int]:
        """Which of these few entries ``where`` matches (not deleted, the filters, the search):
        a view adding the entries just saved keeps only those its filter shows."""
        if not entry_ids:
            return set()
        query = filtered(select(DiaryEntryRow.id), where, EACH).where(
            DiaryEntryRow.id.in_(list(entry_ids))
        )
        with self._sessions.read() as session:
            return set(session.scalars(query))

    def symptoms(self) -> list[str]:
        """Every symptom in the diary (not deleted), as first written, for the filter list."""
        query = (
            select(func.min(DiaryEntryRow.symptom))
            .where(DiaryEntryRow.deleted_at.is_(None))
            .group_by(DiaryEntryRow.symptom_key)
            .order_by(DiaryEntryRow.symptom_key)
        )
        with self._sessions.read() as session:
            return [name for name in session.scalars(query) if name]

    def symptom_choices(self) -> list[SymptomChoice]:
        """Every symptom in the diary (not deleted) for the filter list: as first written, with
        its catalogue code when it has one (so each language can name it)."""
        query = (
            select(func.min(DiaryEntryRow.symptom), func.max(DiaryEntryRow.symptom_code))
            .where(DiaryEntryRow.deleted_at.is_(None))
            .group_by(DiaryEntryRow.symptom_key)
            .order_by(DiaryEntryRow.symptom_key)
        )
        with self._sessions.read() as session:
            return [SymptomChoice(name, code) for name, code in session.execute(query) if name]

    def zones(self) -> list[str]:
        """The time zones the kept entries were logged in (the table names a zone that is not
        the computer's, and makes room for it)."""
        query = select(DiaryEntryRow.zone).where(DiaryEntryRow.deleted_at.is_(None)).distinct()
        with self._sessions.read() as session:
            return sorted(session.scalars(query))

    def timeline(self, symptom: str) -> list[tuple[datetime, int]]:
        """(onset, severity) of one symptom over time, oldest first, for the chart."""
        query = (
            select(DiaryEntryRow.onset_at, DiaryEntryRow.severity)
            .where(
                DiaryEntryRow.deleted_at.is_(None),
                DiaryEntryRow.symptom_key == symptom_key(symptom),
            )
            .order_by(DiaryEntryRow.onset_at)
        )
        with self._sessions.read() as session:
            return [(at, severity) for at, severity in session.execute(query)]
