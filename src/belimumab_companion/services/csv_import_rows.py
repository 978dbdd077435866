"""One row of an imported diary CSV: each cell read, checked and turned into a diary entry to add (services/csv_import.py)."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from belimumab_companion.domain.free_text import MAX_NOTES
from belimumab_companion.services.csv_export import FORMULA_STARTS, LEVEL_WORDS
from belimumab_companion.services.diary_service import (
    Action,
    DiaryInputError,
    DiaryInputs,
    DiaryService,
)
from belimumab_companion.user_text import QT_TRANSLATE_NOOP, UserText, message

MAX_FIELD_CHARS = MAX_NOTES  # the notes' limit in the window and the CLI too (issue 17)
MAX_ZONE_CHARS = 64
MIN_YEAR = 1900
FLAGS = {"true": True, "false": False, "": False}


# --- one row ---------------------------------------------------------------------------------
class _RowProblem(Exception):
    def __init__(self, code: str, text: UserText) -> None:
        self.code = code
        self.text = text
        super().__init__(str(text))


def unneutralise(cell: str) -> str:
    """Undo the export's CWE-1236 apostrophe: ``'=x`` -> ``=x`` and ``''x`` -> ``'x`` (the
    export doubles a typed leading apostrophe); anything else as it is."""
    if cell.startswith("'") and cell[1:].startswith((*FORMULA_STARTS, "'")):
        return cell[1:]
    return cell


def _zone(cell: str, default: str) -> str:
    name = cell.strip() or default
    if len(name) > MAX_ZONE_CHARS:
        raise _RowProblem(
            "unknown-zone", message(QT_TRANSLATE_NOOP("Messages", "the time zone name is too long"))
        )
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError) as exc:
        raise _RowProblem(
            "unknown-zone",
            message(QT_TRANSLATE_NOOP("Messages", "unknown time zone %1"), repr(name)),
        ) from exc
    return name


def _time(cell: str, column: str, zone: str) -> datetime:
    text = cell.strip()
    if not text:
        raise _RowProblem("bad-time", message(QT_TRANSLATE_NOOP("Messages", "%1 is empty"), column))
    try:
        moment = datetime.fromisoformat(text)
    except ValueError as exc:
        raise _RowProblem(
            "bad-time",
            message(
                QT_TRANSLATE_NOOP(
                    "Messages", "%1 %2 is not a date and time like 2026-05-12T18:07:00+02:00"
                ),
                column,
                repr(text[:40]),
            ),
        ) from exc
    if moment.tzinfo is None:  # no offset: wall-clock time in the entry's zone
        moment = moment.replace(tzinfo=ZoneInfo(zone))
    if moment.year < MIN_YEAR or moment.year > 9998:
        raise _RowProblem(
            "bad-time",
            message(
                QT_TRANSLATE_NOOP("Messages", "%1 %2 is not a plausible date"),
                column,
                repr(text[:40]),
            ),
        )
    return moment


def _level(cell: str, column: str, code: str) -> int:
    text = cell.strip().casefold()
    if len(text) == 1 and text in "01234":
        return int(text)
    if text in LEVEL_WORDS:
        return LEVEL_WORDS.index(text)
    raise _RowProblem(
        code,
        message(
            QT_TRANSLATE_NOOP("Messages", "%1 %2 is not a level from 0 (none) to 4 (very severe)"),
            column,
            repr(cell.strip()[:40]),
        ),
    )


def _flag(cell: str, column: str) -> bool:
    text = cell.strip().casefold()
    if text not in FLAGS:
        raise _RowProblem(
            "bad-flag",
            message(
                QT_TRANSLATE_NOOP("Messages", "%1 %2 is not true or false"),
                column,
                repr(cell.strip()[:40]),
            ),
        )
    return FLAGS[text]


def _action(cell: str) -> Action:
    text = cell.strip() or Action.NOTHING.value
    try:
        return Action(text)
    except ValueError as exc:
        choices = ", ".join(action.value for action in Action)
        raise _RowProblem(
            "unknown-action",
            message(
                QT_TRANSLATE_NOOP("Messages", "action %1 is not one of %2"),
                repr(text[:40]),
                choices,
            ),
        ) from exc


def draft_from_row(
    cells: list[str], columns: dict[str, int], default_zone: str, diary: DiaryService
) -> DiaryInputs:
    """One row as a checked draft entry, or _RowProblem with the reason."""
    if len(cells) != len(columns):
        raise _RowProblem(
            "wrong-field-count",
            message(
                QT_TRANSLATE_NOOP("Messages", "expected %1 fields, found %2"),
                len(columns),
                len(cells),
            ),
        )
    for name, index in columns.items():
        if len(cells[index]) > MAX_FIELD_CHARS:
            raise _RowProblem(
                "field-too-long",
                message(
                    QT_TRANSLATE_NOOP("Messages", "%1 is longer than %2 characters"),
                    name,
                    MAX_FIELD_CHARS,
                ),
            )
    cell = {name: unneutralise(cells[index]) for name, index in columns.items()}
    zone = _zone(cell["zone"], default_zone)
    onset = _time(cell["onset_at"], "onset_at", zone)
    ended = _time(cell["ended_at"], "ended_at", zone) if cell["ended_at"].strip() else None
    inputs = DiaryInputs(
        symptom=cell["symptom"],
        onset_at=onset,
        zone=zone,
        severity=_level(cell["severity"], "severity", "unknown-severity"),
        interference=_level(cell["interference"], "interference", "unknown-interference"),
        from_catalogue=_flag(cell["from_catalogue"], "from_catalogue"),
        ended_at=ended,
        notes=cell["notes"],
        action=_action(cell["action"]),
        dose=None,  # the latest dose before onset in THIS install, as for a typed entry
    )
    try:
        return diary.check(inputs)
    except DiaryInputError as exc:
        raise _RowProblem(exc.code, exc.text) from exc
