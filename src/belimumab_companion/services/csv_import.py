"""Import a diary CSV (the format :func:`csv_export.export_diary_csv` writes), treated as hostile.

The user's file is read once, read-only and bounded (``MAX_FILE_BYTES``), into memory; from then
on only that copy is used, so a file that changes or grows meanwhile cannot race the import, and
the file itself is never opened for writing. Then, before anything is written:

* refusals (:class:`CsvImportRefused`, one code each): too large, empty, binary, not UTF-8, a
  header that is not a diary export, a CSV the parser cannot read, too many rows;
* every row is validated into a draft entry exactly as the diary's own form is (the service's
  checks), or into a row error with its line number and a specific reason;
* drafts already in the diary (same symptom, onset to the second, severity and notes) are
  reported as such and skipped, so importing the same file twice adds nothing.

:func:`import_diary_csv` then adds every new draft in ONE transaction, through the same code path
as one entry typed in the app (triage recomputed, the dose before onset, the full-text index),
so a failure or a kill half-way leaves the diary as it was (reliability scenarios 2 and 23).

Decoding follows the export: an optional UTF-8 byte-order mark, comma or semicolon separated (a
spreadsheet in a decimal-comma locale saves with semicolons; the header line decides), and the
export's formula neutralisation undone (a ``'`` before ``= + - @``, tab or CR), so an export
imports back exactly. The triage and dose columns of the file are not trusted: triage is
computed again, and the dose each entry followed is looked up in this install's dose log (the
latest dose given before onset), as when an entry is typed.
"""

from __future__ import annotations

import csv
import io
import os
import stat
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from belimumab_companion.domain.triage import Triage
from belimumab_companion.services.csv_export import DIARY_COLUMNS
from belimumab_companion.services.csv_import_rows import (
    MAX_FIELD_CHARS,
    _RowProblem,
    draft_from_row,
)
from belimumab_companion.services.diary_service import (
    DiaryInputError,
    DiaryInputs,
    DiaryService,
)
from belimumab_companion.user_text import QT_TRANSLATE_NOOP, UserText, message, os_reason

if TYPE_CHECKING:
    from belimumab_companion.services.app_services import AppServices

__all__ = [
    "MAX_FIELD_CHARS",
    "MAX_FILE_BYTES",
    "CsvImportRefused",
    "ImportPreview",
    "ImportResult",
    "ImportRow",
    "RowError",
    "import_diary_csv",
    "preview_diary_csv",
]

MAX_FILE_BYTES = 5 * 1024 * 1024
MAX_ROWS = 50_000
MAX_ERRORS_LISTED = 1_000  # past this the preview only counts them

BOM = "\ufeff"
# Columns read from the file; the export's others (ids, words, triage, dose) are informational.
REQUIRED_COLUMNS = (
    "onset_at",
    "ended_at",
    "zone",
    "symptom",
    "from_catalogue",
    "severity",
    "interference",
    "action",
    "notes",
)
KNOWN_COLUMNS = frozenset(DIARY_COLUMNS)


class CsvImportRefused(Exception):
    """The file (or the import) is refused as a whole; nothing was written.
    ``code`` is stable (for the UI and tests); the message is for the user: ``text`` for the UI
    to translate, ``message`` (and ``str()``) the same in English."""

    def __init__(self, code: str, text: UserText) -> None:
        self.code = code
        self.text = text
        self.message = str(text)
        super().__init__(self.message)


@dataclass(frozen=True)
class RowError:
    line: int  # in the file, the header being line 1; a row spanning lines: its first line
    code: str
    text: UserText  # the reason, without the line number, for the UI to translate

    @property
    def message(self) -> str:
        """The reason in English, without the line number."""
        return str(self.text)

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}"


@dataclass(frozen=True)
class ImportRow:
    line: int
    inputs: DiaryInputs


@dataclass(frozen=True)
class ImportPreview:
    path: Path
    delimiter: str
    rows: tuple[ImportRow, ...]  # valid and new: what the import adds
    duplicates: tuple[ImportRow, ...]  # valid, already in your diary: skipped
    errors: tuple[RowError, ...]  # at most MAX_ERRORS_LISTED of them
    error_count: int  # every row with an error, listed or not
    total: int  # data rows read (blank lines not counted)

    @property
    def new_count(self) -> int:
        return len(self.rows)

    @property
    def duplicate_count(self) -> int:
        return len(self.duplicates)

    @property
    def ok(self) -> bool:
        return self.error_count == 0


@dataclass(frozen=True)
class ImportResult:
    imported_ids: tuple[int, ...]  # the new entries, in file order
    lines: tuple[int, ...]  # the file line each of them came from
    skipped_duplicates: int  # already in your diary
    skipped_errors: int  # rows with errors, left out (only with skip_errors)
    red_flags: int  # imported entries whose recomputed triage is not routine

    @property
    def count(self) -> int:
        return len(self.imported_ids)


# --- reading the file ------------------------------------------------------------------------
def read_bounded(path: Path, limit: int = MAX_FILE_BYTES) -> bytes:
    """The file's bytes, read once and read-only; refused past ``limit`` or if not a file."""
    flags = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise CsvImportRefused("unreadable", _unreadable(path, exc)) from exc
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):  # a folder, a pipe, a device: never block on it
            raise CsvImportRefused(
                "unreadable",
                message(QT_TRANSLATE_NOOP("Messages", "%1 is not a regular file."), str(path)),
            )
        if info.st_size > limit:
            raise CsvImportRefused("too-large", _too_large(path, limit))
        chunks = []
        size = 0
        while True:
            chunk = os.read(fd, 1 << 16)
            if not chunk:
                break
            size += len(chunk)
            if size > limit:  # it grew while we read
                raise CsvImportRefused("too-large", _too_large(path, limit))
            chunks.append(chunk)
        return b"".join(chunks)
    except OSError as exc:
        raise CsvImportRefused("unreadable", _unreadable(path, exc)) from exc
    finally:
        os.close(fd)


def _unreadable(path: Path, error: OSError) -> UserText:
    return message(
        QT_TRANSLATE_NOOP("Messages", "The file %1 cannot be read: %2."),
        str(path),
        os_reason(error),
    )


def _too_large(path: Path, limit: int) -> UserText:
    return message(
        QT_TRANSLATE_NOOP(
            "Messages",
            "The file %1 is larger than %2 MB, far more than a diary export; it was not imported.",
        ),
        str(path),
        limit // (1024 * 1024),
    )


def decode(data: bytes, path: Path) -> str:
    if not data:
        raise CsvImportRefused(
            "empty", message(QT_TRANSLATE_NOOP("Messages", "The file %1 is empty."), str(path))
        )
    if b"\x00" in data:
        raise CsvImportRefused(
            "binary",
            message(
                QT_TRANSLATE_NOOP(
                    "Messages", "The file %1 is not a text file (it contains binary data)."
                ),
                str(path),
            ),
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise CsvImportRefused(
            "not-utf8",
            message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "The file %1 is not UTF-8 text (byte %2 cannot be read). "
                    "Export the diary again from Belimumab Companion, or save it as "
                    '"CSV UTF-8" in your spreadsheet.',
                ),
                str(path),
                str(exc.start + 1),  # a position, not a quantity: never grouped
            ),
        ) from exc
    return text.removeprefix(BOM)


def sniff_delimiter(text: str, path: Path) -> str:
    """Comma or semicolon, from the header line only (header names contain neither)."""
    header = text.split("\n", 1)[0].split("\r", 1)[0]
    commas, semicolons = header.count(","), header.count(";")
    if commas and not semicolons:
        return ","
    if semicolons and not commas:
        return ";"
    raise CsvImportRefused(
        "not-our-header",
        message(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The file %1 is not a diary exported by Belimumab Companion (its first line is "
                "not a header). Only the diary CSV export can be imported.",
            ),
            str(path),
        ),
    )


def check_header(header: list[str], path: Path) -> dict[str, int]:
    names = [name.strip() for name in header]
    unknown = [name for name in names if name not in KNOWN_COLUMNS]
    if unknown:
        shown = ", ".join(repr(name[:40]) for name in unknown[:3])
        raise CsvImportRefused(
            "not-our-header",
            message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "The file %1 is not a diary exported by Belimumab Companion (unknown column "
                    "%2). Only the diary CSV export can be imported.",
                ),
                str(path),
                shown,
            ),
        )
    if len(set(names)) != len(names):
        raise CsvImportRefused(
            "not-our-header",
            message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "The file %1 is not a diary exported by Belimumab Companion (a column appears "
                    "twice). Only the diary CSV export can be imported.",
                ),
                str(path),
            ),
        )
    missing = [name for name in REQUIRED_COLUMNS if name not in names]
    if missing:
        raise CsvImportRefused(
            "not-our-header",
            message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "The file %1 is not a diary exported by Belimumab Companion (no %2 column). "
                    "Only the diary CSV export can be imported.",
                ),
                str(path),
                ", ".join(missing),
            ),
        )
    return {name: index for index, name in enumerate(names)}


# --- preview and import ----------------------------------------------------------------------
def _diary(services_or_diary: DiaryService | AppServices) -> DiaryService:
    return (
        services_or_diary
        if isinstance(services_or_diary, DiaryService)
        else services_or_diary.diary
    )


def preview_diary_csv(
    path: Path, services_or_diary: DiaryService | AppServices, zone: str
) -> ImportPreview:
    """Read and check ``path`` without writing anything: the rows it would add, the rows already
    in the diary, and the rows with errors. ``zone`` (an IANA name, the user's) is used for rows
    whose zone cell is empty. Raises CsvImportRefused for a file refused as a whole."""
    diary = _diary(services_or_diary)
    text = decode(read_bounded(path), path)
    delimiter = sniff_delimiter(text, path)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    drafts: list[ImportRow] = []
    errors: list[RowError] = []
    error_count = 0
    total = 0
    columns: dict[str, int] | None = None
    last_line = 0
    try:
        for cells in reader:
            line = last_line + 1
            last_line = reader.line_num
            if columns is None:
                columns = check_header(cells, path)
                continue
            if not cells or cells == [""]:
                continue  # a blank line
            total += 1
            if total > MAX_ROWS:
                raise CsvImportRefused(
                    "too-many-rows",
                    message(
                        QT_TRANSLATE_NOOP(
                            "Messages", "The file %1 has more than %2 rows; it was not imported."
                        ),
                        str(path),
                        MAX_ROWS,
                    ),
                )
            try:
                drafts.append(ImportRow(line, draft_from_row(cells, columns, zone, diary)))
            except _RowProblem as problem:
                error_count += 1
                if len(errors) < MAX_ERRORS_LISTED:
                    errors.append(RowError(line, problem.code, problem.text))
    except csv.Error as exc:
        raise CsvImportRefused(
            "malformed",
            message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "The file %1 cannot be read as CSV at line %2 (%3); it was not imported.",
                ),
                str(path),
                str(last_line + 1),  # a position, not a quantity: never grouped
                str(exc),
            ),
        ) from exc
    if columns is None:
        raise CsvImportRefused(
            "not-our-header",
            message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "The file %1 is not a diary exported by Belimumab Companion (it has no "
                    "header). Only the diary CSV export can be imported.",
                ),
                str(path),
            ),
        )
    present = diary.existing([row.inputs for row in drafts])
    return ImportPreview(
        path=path,
        delimiter=delimiter,
        rows=tuple(row for row, old in zip(drafts, present, strict=True) if not old),
        duplicates=tuple(row for row, old in zip(drafts, present, strict=True) if old),
        errors=tuple(errors),
        error_count=error_count,
        total=total,
    )


def import_diary_csv(
    services_or_diary: DiaryService | AppServices,
    preview: ImportPreview,
    *,
    skip_errors: bool = False,
    after_row: Callable[[int], None] | None = None,
) -> ImportResult:
    """Add the preview's new rows in ONE transaction: all of them or, on any failure, none.
    Refused ("row-errors") while the preview has row errors, unless ``skip_errors``. Entries
    that reached the diary since the preview are still skipped (checked inside the
    transaction). ``after_row(n)`` runs after the n-th entry is written, before the commit."""
    if preview.error_count and not skip_errors:
        raise CsvImportRefused(
            "row-errors",
            message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "%1 row(s) of %2 have errors; nothing was imported. "
                    "Correct them, or import only the rows without errors.",
                ),
                preview.error_count,
                str(preview.path),
            ),
        )
    diary = _diary(services_or_diary)
    candidates = sorted((*preview.rows, *preview.duplicates), key=lambda row: row.line)
    try:
        saved = diary.add_many(
            [row.inputs for row in candidates], skip_existing=True, after_row=after_row
        )
    except DiaryInputError as exc:  # a row that passed the preview no longer does
        raise CsvImportRefused(
            "row-rejected",
            message(
                QT_TRANSLATE_NOOP(
                    "Messages", "A row of %1 was refused (%2); nothing was imported."
                ),
                str(preview.path),
                exc.text,
            ),
        ) from exc
    added = [(row.line, entry) for row, entry in zip(candidates, saved, strict=True) if entry]
    return ImportResult(
        imported_ids=tuple(entry.entry.id for _line, entry in added),
        lines=tuple(line for line, _entry in added),
        skipped_duplicates=len(candidates) - len(added),
        skipped_errors=preview.error_count,
        red_flags=sum(1 for _line, entry in added if entry.triage.triage is not Triage.ROUTINE),
    )
