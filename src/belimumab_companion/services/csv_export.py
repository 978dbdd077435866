"""CSV export of the dose log, of the side-effect diary and of the supplies (issue 22), for a
spreadsheet or the care team.

Format choices (read back by Python's ``csv`` in the tests):

* UTF-8 **with a byte-order mark** (``utf-8-sig``). Excel opens a double-clicked CSV in the
  ANSI code page unless it starts with a BOM, which turns "Náusea" or an emoji into mojibake;
  LibreOffice, Numbers and ``csv`` with ``encoding="utf-8-sig"`` read it as intended. A reader
  that opens the file as plain ``utf-8`` sees ``\\ufeff`` before the first header name.
* A header row, ``csv.QUOTE_MINIMAL``, RFC 4180 line ends (CRLF); line breaks inside notes are
  kept inside quotes.
* Times are ISO-8601 with the UTC offset of the zone in effect (the dose's or the entry's zone,
  whose IANA name is in the next column), to the second: ``2026-05-12T18:07:00+02:00``.
* Formula injection (CWE-1236, reliability scenario 23): quoting does not stop a spreadsheet from
  evaluating a cell, so every cell that begins with ``=``, ``+``, ``-``, ``@``, a tab or a carriage
  return gets a leading apostrophe. That would also turn a negative number into text, and these
  exports have none by construction: amounts, levels, ids and sequence numbers are all >= 0, and
  times start with the year. Every cell is checked, ours as well as the user's text.
* Booleans are ``true``/``false``; lists (injection sites, triage codes) are joined with ``;``.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from belimumab_companion.domain.schedule import PlannedDose
from belimumab_companion.services.diary_service import DiaryEntry, DiaryService
from belimumab_companion.services.plan_service import DoseRecord, PlanService
from belimumab_companion.services.supplies_service import SuppliesService
from belimumab_companion.system.atomic_write import write_text_atomically

CSV_ENCODING = "utf-8-sig"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
LEVEL_WORDS = ("none", "mild", "moderate", "severe", "very severe")  # diary levels 0..4
DIARY_PAGE = 500

DOSE_COLUMNS = (
    "record_id",
    "segment_id",
    "sequence",
    "phase",
    "status",
    "planned_due",
    "given_at",
    "zone",
    "recorded_at",
    "amount_mg",
    "route",
    "device",
    "sites",
    "given_by",
    "lot_number",
    "skipped_on_advice",
    "not_fully_given",
    "version",
    "notes",
)
DIARY_COLUMNS = (
    "entry_id",
    "onset_at",
    "ended_at",
    "zone",
    "symptom",
    "from_catalogue",
    "severity",
    "severity_words",
    "interference",
    "interference_words",
    "triage",
    "triage_codes",
    "action",
    "dose_segment_id",
    "dose_sequence",
    "dose_given_at",
    "notes",
)


@dataclass(frozen=True)
class LoggedDose:
    """A planned occurrence and the current version of the dose logged for it."""

    planned: PlannedDose
    record: DoseRecord


def logged_doses(plans: PlanService, now: datetime) -> list[LoggedDose]:
    """Every dose in the log (given, or skipped on advice), current versions, in plan order.
    Deleted doses are out of the log, as in the app; their audit trail stays in the database."""
    result = []
    for dose in plans.schedule(now):
        if dose.administration is None:
            continue
        record = plans.dose_record(dose.segment_id, dose.sequence)
        if record is not None:
            result.append(LoggedDose(dose, record))
    return result


def neutralise(cell: str) -> str:
    """A leading apostrophe for a cell a spreadsheet would read as a formula (CWE-1236), and for
    one that starts with an apostrophe already, so an import can always take exactly one off."""
    return "'" + cell if cell.startswith((*FORMULA_STARTS, "'")) else cell


def iso(moment: datetime | None, zone: str) -> str:
    """ISO-8601 to the second with the offset ``zone`` had at that moment; "" for none."""
    if moment is None:
        return ""
    return moment.astimezone(ZoneInfo(zone)).isoformat(timespec="seconds")


def number(value: float | int | None) -> str:
    """Plain decimal notation: 200 not 200.0, 630.5 as is, never an exponent."""
    if value is None:
        return ""
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else format(value, "f").rstrip("0")
    return str(value)


def flag(value: bool) -> str:
    return "true" if value else "false"


def dose_rows(plans: PlanService, now: datetime) -> list[list[str]]:
    """The dose CSV's rows (without the header), oldest planned dose first."""
    rows = []
    for logged in logged_doses(plans, now):
        dose, record = logged.planned, logged.record
        rows.append(
            [
                str(record.id),
                str(record.segment_id),
                str(record.sequence),
                dose.phase.value,
                "skipped-on-advice" if record.skipped_on_advice else "given",
                iso(dose.due, str(dose.due.tzinfo)),
                "" if record.skipped_on_advice else iso(record.given_at, record.zone),
                record.zone,
                iso(record.created_at, record.zone),
                number(record.amount_mg),
                record.route.value,
                record.device or "",
                ";".join(site.value for site in record.sites),
                record.given_by,
                record.lot_number or "",
                flag(record.skipped_on_advice),
                flag(record.not_fully_given),
                record.origin,
                record.notes,
            ]
        )
    return rows


def diary_entries(diary: DiaryService) -> list[DiaryEntry]:
    """Every entry not deleted, oldest onset first, read a page at a time."""
    entries: list[DiaryEntry] = []
    while True:
        page = diary.page(descending=False, offset=len(entries), limit=DIARY_PAGE)
        entries.extend(page)
        if len(page) < DIARY_PAGE:
            return entries


def diary_rows(diary: DiaryService, plans: PlanService) -> list[list[str]]:
    """The diary CSV's rows (without the header), oldest onset first."""
    given: dict[tuple[int, int], DoseRecord | None] = {}
    rows = []
    for entry in diary_entries(diary):
        dose_at = ""
        if entry.segment_id is not None and entry.sequence is not None:
            key = (entry.segment_id, entry.sequence)
            if key not in given:
                given[key] = plans.dose_record(*key)
            record = given[key]
            if record is not None and not record.skipped_on_advice:
                dose_at = iso(record.given_at, record.zone)
        rows.append(
            [
                str(entry.id),
                iso(entry.onset_at, entry.zone),
                iso(entry.ended_at, entry.zone),
                entry.zone,
                entry.symptom,
                flag(entry.from_catalogue),
                str(entry.severity),
                LEVEL_WORDS[entry.severity],
                str(entry.interference),
                LEVEL_WORDS[entry.interference],
                entry.triage.value,
                ";".join(entry.triage_codes),
                entry.action.value,
                number(entry.segment_id),
                number(entry.sequence),
                dose_at,
                entry.notes,
            ]
        )
    return rows


def csv_text(header: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    """The whole file as text (CRLF line ends), every cell neutralised."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, quoting=csv.QUOTE_MINIMAL)
    writer.writerow([neutralise(cell) for cell in header])
    for row in rows:
        writer.writerow([neutralise(cell) for cell in row])
    return buffer.getvalue()


def export_doses_csv(path: Path, plans: PlanService, now: datetime) -> int:
    """Write the dose log to ``path`` atomically (0600); returns the number of dose rows."""
    rows = dose_rows(plans, now)
    write_text_atomically(path, csv_text(DOSE_COLUMNS, rows), CSV_ENCODING)
    return len(rows)


def export_diary_csv(path: Path, diary: DiaryService, plans: PlanService) -> int:
    """Write the diary to ``path`` atomically (0600); returns the number of entry rows.
    ``plans`` gives the time of the dose each entry followed."""
    rows = diary_rows(diary, plans)
    write_text_atomically(path, csv_text(DIARY_COLUMNS, rows), CSV_ENCODING)
    return len(rows)


# --- supplies (issue 22) ---------------------------------------------------------------------------
SUPPLY_COLUMNS = (
    "lot",
    "device",
    "expires",
    "received",
    "pharmacy",
    "delivered",
    "on_hand",
    "set_aside",
)


def export_supplies_csv(path: Path, supplies: SuppliesService) -> int:
    """Write the stock, one row per delivery (its pens on hand and set aside as "do not use"),
    to ``path`` atomically (0600); returns the number of rows."""
    rows = [
        [
            lot.lot,
            lot.device.value,
            lot.expires.isoformat(),
            lot.received.isoformat(),
            lot.pharmacy,
            number(lot.count),
            number(on_hand),
            number(set_aside),
        ]
        for lot, on_hand, set_aside in supplies.stock_rows()
    ]
    write_text_atomically(path, csv_text(SUPPLY_COLUMNS, rows), CSV_ENCODING)
    return len(rows)
