"""The diary's vocabulary: what the window and the CLI give the diary service and get back."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from belimumab_companion.domain.diary_action import Action as Action  # the diary's own
from belimumab_companion.domain.free_text import strip_controls
from belimumab_companion.domain.triage import Triage, TriageResult, triage
from belimumab_companion.user_text import UserFacingError, UserText

MAX_FUTURE = timedelta(minutes=5)
LEVELS = range(5)  # none, mild, moderate, severe, very severe (our own wording, not PRO-CTCAE)


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


class SearchCancelled(Exception):
    """A read given ``cancelled`` stopped because it was no longer wanted (typed on since)."""


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
