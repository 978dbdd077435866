"""The side-effect diary: entries with their red-flag triage (R-29..R-31) and the dose each one
followed; sorting, filtering and full-text search run in SQLite (FTS5), never over Python lists,
so the diary stays fast after years of daily entries."""

from __future__ import annotations

import enum
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import (
    ColumnElement,
    Integer,
    Select,
    bindparam,
    column,
    func,
    insert,
    select,
    text,
    update,
)
from sqlalchemy.orm import Session

from belimumab_companion.domain.bounds import SHORT_TEXT_MAX
from belimumab_companion.domain.free_text import MAX_NOTES, MAX_SYMPTOM, strip_controls
from belimumab_companion.domain.monograph import symptom_code
from belimumab_companion.domain.triage import Triage, TriageResult, triage
from belimumab_companion.services.clock import Clock
from belimumab_companion.services.value_checks import check_event, check_text
from belimumab_companion.storage.engine import Sessions
from belimumab_companion.storage.models import AdministrationRow, DiaryEntryRow
from belimumab_companion.user_text import QT_TRANSLATE_NOOP, UserFacingError, UserText, message

MAX_FUTURE = timedelta(minutes=5)
LEVELS = range(5)  # none, mild, moderate, severe, very severe (our own wording, not PRO-CTCAE)


class Action(enum.Enum):
    NOTHING = "nothing"
    CALLED_CARE_TEAM = "called-care-team"
    URGENT_CARE = "urgent-care"
    EMERGENCY_DEPARTMENT = "emergency-department"


class SortKey(enum.Enum):
    ONSET = "onset"
    SYMPTOM = "symptom"
    SEVERITY = "severity"


class DiaryInputError(UserFacingError):
    """An entry the user must correct; ``code`` is stable, ``text`` translatable (``str()`` is
    the English, a lower-case fragment)."""

    def __init__(self, code: str, text: UserText) -> None:
        super().__init__(text, code)


@dataclass(frozen=True)
class DiaryInputs:
    symptom: str
    onset_at: datetime  # aware
    zone: str
    severity: int
    interference: int = 0
    from_catalogue: bool = False
    ended_at: datetime | None = None
    # A catalogue term's language-neutral code (domain.monograph.symptom_code); ``symptom`` is
    # then the term's English name. None: typed by the user (shown as written).
    symptom_code: str | None = None
    notes: str = ""
    action: Action = Action.NOTHING
    # The dose it followed as (segment, sequence); None: the latest dose before onset.
    dose: tuple[int, int] | None = None


@dataclass(frozen=True)
class DiaryEntry:
    id: int
    symptom: str
    from_catalogue: bool
    onset_at: datetime
    zone: str
    ended_at: datetime | None
    severity: int
    interference: int
    notes: str
    segment_id: int | None
    sequence: int | None
    action: Action
    triage: Triage
    triage_codes: tuple[str, ...]
    deleted: bool
    symptom_code: str | None = None  # see DiaryInputs.symptom_code


@dataclass(frozen=True)
class SymptomChoice:
    """A symptom in the diary, for the filter: ``name`` as first written (the filter's key)
    and the catalogue ``code`` if it is a catalogue term."""

    name: str
    code: str | None


@dataclass(frozen=True)
class DoseBefore:
    segment_id: int
    sequence: int
    given_at: datetime

    def days_before(self, onset: datetime, zone: str) -> int:
        tz = ZoneInfo(zone)
        return (onset.astimezone(tz).date() - self.given_at.astimezone(tz).date()).days


@dataclass(frozen=True)
class SavedEntry:
    entry: DiaryEntry
    triage: TriageResult
    dose: DoseBefore | None


@dataclass(frozen=True)
class DiaryFilter:
    symptom_key: str | None = None
    min_severity: int | None = None
    since: date | None = None  # local dates, inclusive
    until: date | None = None
    search: str = ""  # full text, every word as a prefix
    zone: str = "UTC"


def triage_typed(symptom: str, notes: str, severity: int | None = None) -> TriageResult:
    """R-29, R-31, R-46: the triage of what the user typed, whether or not the entry can be
    saved (a refused entry still shows the emergency and crisis guidance first). Read as it
    would be stored: control characters as spaces, never joining the words of a red flag; a
    severity outside the scale is left out (R-45 needs a valid step)."""
    text = f"{strip_controls(symptom)}\n{strip_controls(notes)}"
    return triage(text, severity if severity in LEVELS else None)


class DiaryService:
    def __init__(self, sessions: Sessions, clock: Clock) -> None:
        self._sessions = sessions
        self._clock = clock

    # --- writing ---------------------------------------------------------------------------------
    def add(self, inputs: DiaryInputs) -> SavedEntry:
        inputs = self._checked(inputs)
        now = self._clock()
        with self._sessions.begin() as session:
            return self._add_in(session, inputs, now)

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
            present = _present(session, checked) if skip_existing else [False] * len(checked)
            for inputs, skip in zip(checked, present, strict=True):
                if skip:
                    saved.append(None)
                    continue
                saved.append(self._add_in(session, inputs, now))
                added += 1
                if after_row is not None:
                    after_row(added)
        return saved

    def check(self, inputs: DiaryInputs) -> DiaryInputs:
        """The checks :meth:`add` makes (raises DiaryInputError), without saving: for previews."""
        return self._checked(inputs)

    def existing(self, drafts: Sequence[DiaryInputs]) -> list[bool]:
        """For each draft: is it already in the diary (not deleted)? Same symptom, onset to the
        second, severity and notes. Counted as a multiset: two identical drafts need two
        identical entries, so an exported diary's own repeated entries are imported again."""
        with self._sessions.read() as session:
            return _present(session, drafts)

    def _add_in(self, session: Session, inputs: DiaryInputs, now: datetime) -> SavedEntry:
        # Core statements, not ORM objects: a save is on the user's path and the ORM's unit of
        # work costs more than the insert and its fsync together (tests/benchmarks/diary.py).
        result = triage(f"{inputs.symptom}\n{inputs.notes}", inputs.severity)
        dose = self._dose_for(session, inputs)
        values = _values(inputs, result, dose, now)
        inserted = session.connection().execute(
            _INSERT_ENTRY, {**values, "created_at": now, "deleted_at": None}
        )
        entry_id = inserted.lastrowid
        _index(session, entry_id, None, (inputs.symptom, inputs.notes))
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
            previous = _entry(row)
            dose = self._dose_for(session, inputs)
            for name, value in _values(inputs, result, dose, now).items():
                setattr(row, name, value)
            _index(session, row.id, (previous.symptom, previous.notes), (row.symptom, row.notes))
            return previous, SavedEntry(_entry(row), result, dose)

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
            for start in range(0, len(entry_ids), _IDS_PER_STATEMENT):
                chunk = list(entry_ids[start : start + _IDS_PER_STATEMENT])
                connection.execute(
                    update(DiaryEntryRow)
                    .where(DiaryEntryRow.id.in_(chunk), DiaryEntryRow.deleted_at.is_(None))
                    .values(deleted_at=now, updated_at=now)
                )

    def _set_deleted(self, entry_id: int, at: datetime | None) -> None:
        with self._sessions.begin() as session:
            row = session.get(DiaryEntryRow, entry_id)
            if row is None:
                raise DiaryInputError(
                    "no-entry", message(QT_TRANSLATE_NOOP("Messages", "that entry does not exist"))
                )
            row.deleted_at = at
            row.updated_at = self._clock()

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
            check_text(symptom, "the symptom", SHORT_TEXT_MAX)
            check_text(notes, "the note")
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
        if code is not None and not _CODE.fullmatch(code):
            raise ValueError(f"not a symptom code: {code!r}")
        return replace(inputs, symptom=symptom, notes=notes, symptom_code=code)

    @staticmethod
    def _dose_for(session: Session, inputs: DiaryInputs) -> DoseBefore | None:
        if inputs.dose == (0, 0):  # explicitly: not linked to a dose
            return None
        connection = session.connection()
        if inputs.dose is not None:
            found = connection.execute(
                _THE_DOSE, {"segment": inputs.dose[0], "sequence": inputs.dose[1]}
            ).first()
        else:
            found = connection.execute(_DOSE_BEFORE, {"onset": inputs.onset_at}).first()
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
            return None if row is None else _entry(row)

    def count(self, where: DiaryFilter = DiaryFilter()) -> int:
        query = _filtered(select(func.count(DiaryEntryRow.id)), where)
        with self._sessions.read() as session:
            return int(session.scalar(query) or 0)

    def page(
        self,
        where: DiaryFilter = DiaryFilter(),
        sort: SortKey = SortKey.ONSET,
        descending: bool = True,
        offset: int = 0,
        limit: int = 200,
    ) -> list[DiaryEntry]:
        column = {
            SortKey.ONSET: DiaryEntryRow.onset_at,
            SortKey.SYMPTOM: DiaryEntryRow.symptom_key,
            SortKey.SEVERITY: DiaryEntryRow.severity,
        }[sort]
        order = column.desc() if descending else column.asc()
        tie = DiaryEntryRow.id.desc() if descending else DiaryEntryRow.id.asc()
        query = _filtered(select(DiaryEntryRow), where).order_by(order, tie)
        with self._sessions.read() as session:
            return [_entry(row) for row in session.scalars(query.offset(offset).limit(limit))]

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

    def timeline(self, symptom: str) -> list[tuple[datetime, int]]:
        """(onset, severity) of one symptom over time, oldest first, for the chart."""
        query = (
            select(DiaryEntryRow.onset_at, DiaryEntryRow.severity)
            .where(DiaryEntryRow.deleted_at.is_(None), DiaryEntryRow.symptom_key == _key(symptom))
            .order_by(DiaryEntryRow.onset_at)
        )
        with self._sessions.read() as session:
            return [(at, severity) for at, severity in session.execute(query)]


_DOSE_COLUMNS = (
    AdministrationRow.segment_id,
    AdministrationRow.sequence,
    AdministrationRow.given_at,
)
_THE_DOSE = select(*_DOSE_COLUMNS).where(
    AdministrationRow.segment_id == bindparam("segment"),
    AdministrationRow.sequence == bindparam("sequence"),
    AdministrationRow.replaced_at.is_(None),
)
# The latest dose given before onset (index ix_administration_given_at).
_DOSE_BEFORE = (
    select(*_DOSE_COLUMNS)
    .where(
        AdministrationRow.replaced_at.is_(None),
        AdministrationRow.skipped_on_advice.is_(False),
        AdministrationRow.given_at <= bindparam("onset"),
    )
    .order_by(AdministrationRow.given_at.desc())
    .limit(1)
)
_INSERT_ENTRY = insert(DiaryEntryRow)
_IDS_PER_STATEMENT = 500  # well under SQLite's oldest limit on bound values (999)


_CODE = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def _key(symptom: str) -> str:
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


def _present(session: Session, drafts: Sequence[DiaryInputs]) -> list[bool]:
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


def _filtered(query: Select, where: DiaryFilter) -> Select:  # type: ignore[type-arg]
    conditions: list[ColumnElement[bool]] = [DiaryEntryRow.deleted_at.is_(None)]
    if where.symptom_key:
        conditions.append(DiaryEntryRow.symptom_key == _key(where.symptom_key))
    if where.min_severity is not None:
        conditions.append(DiaryEntryRow.severity >= where.min_severity)
    if where.since is not None:
        conditions.append(DiaryEntryRow.onset_at >= _local_start(where.since, where.zone))
    if where.until is not None:
        end = _local_start(where.until + timedelta(days=1), where.zone)
        conditions.append(DiaryEntryRow.onset_at < end)
    match = fts_query(where.search)
    if match:
        ids = (
            text("SELECT rowid FROM diary_fts WHERE diary_fts MATCH :match")
            .bindparams(match=match)
            .columns(column("rowid", Integer))
        )
        conditions.append(DiaryEntryRow.id.in_(ids))
    return query.where(*conditions)


def _index(
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


def _values(
    inputs: DiaryInputs, result: TriageResult, dose: DoseBefore | None, now: datetime
) -> dict[str, object]:
    """The entry's columns (all but id, created_at and deleted_at), for an insert or an update."""
    return {
        "symptom": inputs.symptom,
        "symptom_key": _key(inputs.symptom),
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
        "action": inputs.action.value,
        "triage": result.triage.value,
        "triage_codes": ",".join(result.matched),
        "updated_at": now,
    }


def _entry(row: DiaryEntryRow) -> DiaryEntry:
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
        action=Action(row.action),
        triage=Triage(row.triage),
        triage_codes=tuple(c for c in row.triage_codes.split(",") if c),
        deleted=row.deleted_at is not None,
        symptom_code=row.symptom_code,
    )
