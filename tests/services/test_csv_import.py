"""Diary CSV import, the file treated as hostile: an export imports back exactly, twice adds
nothing, a bad file is refused with a specific message and the database stays byte-for-byte as it
was, row errors are listed by line, and the commit is all-or-nothing, even under SIGKILL half-way
(reliability scenarios 2 and 23)."""

from __future__ import annotations

import csv
import hashlib
import io
import os
import select
import signal
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from belimumab_companion.domain.dose_log import Site
from belimumab_companion.domain.free_text import strip_controls
from belimumab_companion.domain.regimens import Indication, Route
from belimumab_companion.domain.triage import Triage
from belimumab_companion.paths import AppPaths, app_paths
from belimumab_companion.services.app_services import AppServices, build_services
from belimumab_companion.services.clock import fixed_clock
from belimumab_companion.services.csv_export import (
    DIARY_COLUMNS,
    FORMULA_STARTS,
    csv_text,
    export_diary_csv,
    export_doses_csv,
)
from belimumab_companion.services.csv_import import (
    MAX_FIELD_CHARS,
    MAX_FILE_BYTES,
    CsvImportRefused,
    ImportPreview,
    import_diary_csv,
    preview_diary_csv,
)
from belimumab_companion.services.diary_service import Action, DiaryFilter, DiaryInputs
from belimumab_companion.services.plan_service import PlanInputs
from belimumab_companion.storage.sqlite_connection import connect
from testsupport import FIXED_NOW

MADRID = "Europe/Madrid"
NOTES = [
    '=HYPERLINK("x")',
    "<b>x</b><img src=http://example.invalid/a.png>",
    "-2 and +3",
    "@SUM(A1)",
    "\tindented",
    "\rcarriage",
    'Náusea después de la dosis 😷, "muy" leve\nsegunda línea\r\ntercera',
    "and my lips are swollen",  # triage must come out as emergency again
    "  spaces kept  ",
    "'quoted', as typed",
]


def _open(paths: AppPaths) -> AppServices:
    return build_services(paths, clock=fixed_clock(FIXED_NOW))


@pytest.fixture
def other(tmp_path: Path) -> Iterator[AppServices]:
    """A second, fresh install (another data folder) to import into."""
    built = _open(app_paths(tmp_path / "other").ensure())
    yield built
    built.close()


def seed(services: AppServices) -> None:
    """Entries in three zones (one across a DST change), ended or not, every action, hostile
    and non-ASCII notes, a formula-looking symptom, a repeated entry and a deleted one."""
    zones = [MADRID, "America/New_York", "Asia/Kolkata"]
    for index, notes in enumerate(NOTES):
        zone = zones[index % 3]
        onset = FIXED_NOW - timedelta(days=3 * index + 1, hours=index, microseconds=123_456)
        services.diary.add(
            DiaryInputs(
                symptom="@Headache" if index == 3 else f"Symptom {index}",
                onset_at=onset.astimezone(ZoneInfo(zone)),
                zone=zone,
                severity=index % 5,
                interference=(index + 2) % 5,
                from_catalogue=index % 2 == 0,
                ended_at=onset + timedelta(hours=5, minutes=7) if index % 3 else None,
                notes=notes,
                action=list(Action)[index % len(Action)],
            )
        )
    twice = DiaryInputs("Tiredness", datetime(2026, 10, 1, 8, 0, tzinfo=UTC), MADRID, 1)
    services.diary.add(twice)
    services.diary.add(twice)  # really twice: both come back
    gone = services.diary.add(DiaryInputs("Deleted one", FIXED_NOW - timedelta(days=2), MADRID, 1))
    services.diary.delete(gone.entry.id)


def read_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as stream:
        return list(csv.DictReader(stream))


def write_csv(path: Path, rows: list[dict[str, str]], *, delimiter: str = ",") -> Path:
    """A diary CSV as the export writes it (BOM, CRLF, cells neutralised)."""
    body = csv_text(DIARY_COLUMNS, [[row.get(c, "") for c in DIARY_COLUMNS] for row in rows])
    if delimiter != ",":
        parsed = list(csv.reader(io.StringIO(body, newline="")))
        buffer = io.StringIO(newline="")
        csv.writer(buffer, delimiter=delimiter).writerows(parsed)
        body = buffer.getvalue()
    path.write_bytes(("\ufeff" + body).encode())
    return path


def row(**cells: str) -> dict[str, str]:
    base = {
        "onset_at": "2026-11-20T08:15:00+01:00",
        "zone": MADRID,
        "symptom": "Headache",
        "from_catalogue": "true",
        "severity": "2",
        "interference": "1",
        "action": "nothing",
        "notes": "",
    }
    return base | cells


def fingerprint(paths: AppPaths) -> dict[str, str]:
    """sha256 of the database file and its sidecars (taken with the database closed)."""
    return {
        suffix: hashlib.sha256(Path(f"{paths.database}{suffix}").read_bytes()).hexdigest()
        for suffix in ("", "-wal", "-journal")
        if Path(f"{paths.database}{suffix}").exists()
    }


# --- round trip ------------------------------------------------------------------------------
def test_an_export_imports_back_exactly(
    services: AppServices, other: AppServices, tmp_path: Path
) -> None:
    seed(services)
    exported = tmp_path / "diary.csv"
    count = export_diary_csv(exported, services.diary, services.plans)
    assert count == len(NOTES) + 2

    preview = preview_diary_csv(exported, other, "UTC")
    assert (preview.total, preview.new_count, preview.duplicate_count) == (count, count, 0)
    assert preview.ok and preview.errors == () and preview.delimiter == ","
    result = import_diary_csv(other, preview)
    assert result.count == count and result.skipped_duplicates == 0
    assert list(result.lines) == sorted(result.lines) and result.lines[0] == 2
    assert result.red_flags >= 1

    source = services.diary.page(descending=False, limit=100)
    target = other.diary.page(descending=False, limit=100)
    assert len(source) == len(target) == count
    for old, new in zip(source, target, strict=True):
        assert new.symptom == old.symptom
        assert new.notes == old.notes
        assert new.zone == old.zone
        assert new.onset_at == old.onset_at.replace(microsecond=0)  # the CSV is to the second
        assert new.ended_at == (old.ended_at and old.ended_at.replace(microsecond=0))
        assert (new.severity, new.interference) == (old.severity, old.interference)
        assert (new.from_catalogue, new.action) == (old.from_catalogue, old.action)
        assert (new.triage, new.triage_codes) == (old.triage, old.triage_codes)  # recomputed
        assert not new.deleted
    assert {e.notes for e in target} >= {'=HYPERLINK("x")', NOTES[1], NOTES[6]}
    assert "@Headache" in {e.symptom for e in target}
    swollen = next(e for e in target if e.notes == "and my lips are swollen")
    assert swollen.triage is Triage.EMERGENCY
    # The full-text index was kept in step by the import.
    assert [e.notes for e in other.diary.page(DiaryFilter(search="segunda línea"))] == [NOTES[6]]
    assert len(other.diary.page(DiaryFilter(search="hyperlink"))) == 1

    # Exported again from the new install: the same file but for the entry ids.
    again = tmp_path / "again.csv"
    export_diary_csv(again, other.diary, other.plans)
    strip = [{k: v for k, v in r.items() if k != "entry_id"} for r in read_rows(exported)]
    assert [{k: v for k, v in r.items() if k != "entry_id"} for r in read_rows(again)] == strip
    # The offsets came through: Kolkata +05:30, New York across its DST change.
    offsets = {r["onset_at"][-6:] for r in strip}
    assert {"+05:30", "-05:00", "-04:00"} <= offsets


def test_importing_the_same_file_twice_adds_nothing(
    services: AppServices, other: AppServices, tmp_path: Path
) -> None:
    seed(services)
    exported = tmp_path / "diary.csv"
    count = export_diary_csv(exported, services.diary, services.plans)
    assert import_diary_csv(other, preview_diary_csv(exported, other, "UTC")).count == count
    second = preview_diary_csv(exported, other.diary, "UTC")
    assert (second.new_count, second.duplicate_count) == (0, count)
    result = import_diary_csv(other, second)
    assert (result.count, result.skipped_duplicates) == (0, count)
    assert other.diary.count() == count
    # Into the install it came from: everything is already there (the deleted entry was never
    # exported), so nothing is added either.
    back = preview_diary_csv(exported, services, "UTC")
    assert (back.new_count, back.duplicate_count) == (0, count)


def test_a_preview_made_earlier_cannot_add_what_arrived_since(
    services: AppServices, other: AppServices, tmp_path: Path
) -> None:
    seed(services)
    exported = tmp_path / "diary.csv"
    count = export_diary_csv(exported, services.diary, services.plans)
    first = preview_diary_csv(exported, other, "UTC")
    second = preview_diary_csv(exported, other, "UTC")
    assert import_diary_csv(other, first).count == count
    assert import_diary_csv(other, second).count == 0  # checked again inside the transaction
    assert other.diary.count() == count


def test_imported_entries_follow_this_installs_doses(services: AppServices, tmp_path: Path) -> None:
    services.plans.set_plan(
        PlanInputs(
            indication=Indication.SLE,
            route=Route.SUBQ,
            birth_date=datetime(1984, 3, 2).date(),
            first_dose=datetime(2026, 11, 2).date(),
            time_of_day=datetime(2026, 1, 1, 18).time(),
            zone=MADRID,
        )
    )
    for sequence, day in enumerate((2, 9, 16), start=1):
        services.plans.log_dose(
            sequence=sequence,
            given_at=datetime(2026, 11, day, 18, 5, tzinfo=ZoneInfo(MADRID)),
            sites=[Site.THIGH_LEFT],
        )
    path = write_csv(
        tmp_path / "d.csv",
        [row(onset_at="2026-11-19T12:00:00+01:00", dose_segment_id="77", dose_sequence="9")],
    )
    result = import_diary_csv(services, preview_diary_csv(path, services, MADRID))
    entry = services.diary.get(result.imported_ids[0])
    assert entry is not None and entry.sequence == 3  # the dose before onset, not the file's


# --- hostile files ---------------------------------------------------------------------------
def test_row_errors_are_listed_by_line_and_nothing_is_written(
    services: AppServices, tmp_path: Path
) -> None:
    services.diary.add(DiaryInputs("Existing", FIXED_NOW - timedelta(days=1), MADRID, 1))
    rows = [
        row(),  # line 2: fine
        row(onset_at="yesterday"),  # 3
        row(severity="7"),  # 4
        row(ended_at="2026-11-20T08:00:00+01:00"),  # 5: ends before it started
        row(symptom="   "),  # 6
        row(zone="Mars/Olympus_Mons"),  # 7
        row(action="prayed"),  # 8
        row(onset_at="2026-12-25T10:00:00+01:00"),  # 9: in the future
        row(interference="a lot"),  # 10
        row(from_catalogue="maybe"),  # 11
        row(notes="x" * (MAX_FIELD_CHARS + 1)),  # 12
        row(severity="moderate", zone="", onset_at="2026-11-21T10:00:00"),  # 13: fine
        row(onset_at="0001-01-01T00:00:00+14:00"),  # 14
        row(severity="9" * 5000),  # 15: not a number Python will even parse
    ]
    path = write_csv(tmp_path / "errors.csv", rows)
    with path.open("ab") as stream:
        stream.write(b"only,three,fields\r\n")  # line 16
    preview = preview_diary_csv(path, services, MADRID)
    assert [(e.line, e.code) for e in preview.errors] == [
        (3, "bad-time"),
        (4, "unknown-severity"),
        (5, "ends-before-start"),
        (6, "no-symptom"),
        (7, "unknown-zone"),
        (8, "unknown-action"),
        (9, "in-the-future"),
        (10, "unknown-interference"),
        (11, "bad-flag"),
        (12, "field-too-long"),
        (14, "bad-time"),
        (15, "unknown-severity"),
        (16, "wrong-field-count"),
    ]
    assert str(preview.errors[0]) == (
        "line 3: onset_at 'yesterday' is not a date and time like 2026-05-12T18:07:00+02:00"
    )
    assert "Mars/Olympus_Mons" in preview.errors[4].message
    assert (preview.total, preview.new_count, preview.error_count) == (15, 2, 13)
    late = preview.rows[1].inputs
    assert (late.severity, late.zone) == (2, MADRID)  # the user's zone for an empty zone cell
    assert late.onset_at == datetime(2026, 11, 21, 10, tzinfo=ZoneInfo(MADRID))

    before = services.diary.count()
    with pytest.raises(CsvImportRefused) as refused:
        import_diary_csv(services, preview)
    assert refused.value.code == "row-errors"
    assert "13 row(s)" in str(refused.value) and "nothing was imported" in str(refused.value)
    assert services.diary.count() == before

    result = import_diary_csv(services, preview, skip_errors=True)
    assert (result.count, result.skipped_errors, result.lines) == (2, 13, (2, 13))
    assert services.diary.count() == before + 2


def test_a_semicolon_file_with_a_bom_is_accepted(services: AppServices, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "semi.csv",
        [row(notes="a; b, c"), row(symptom="Rash", notes="=1+1")],
        delimiter=";",
    )
    assert path.read_bytes().startswith(b"\xef\xbb\xbfentry_id;onset_at;")
    preview = preview_diary_csv(path, services, MADRID)
    assert preview.delimiter == ";" and preview.ok and preview.new_count == 2
    assert [r.inputs.notes for r in preview.rows] == ["a; b, c", "=1+1"]
    assert import_diary_csv(services, preview).count == 2


def test_a_file_without_a_bom_and_only_the_needed_columns_is_accepted(
    services: AppServices, tmp_path: Path
) -> None:
    path = tmp_path / "plain.csv"
    path.write_text(
        "symptom,onset_at,ended_at,zone,severity,interference,from_catalogue,action,notes\n"
        "Nausea,2026-11-20T08:00:00Z,,UTC,1,0,false,called-care-team,\n"
        "\n",  # a blank line is no row
        encoding="utf-8",
    )
    preview = preview_diary_csv(path, services, MADRID)
    assert (preview.total, preview.new_count) == (1, 1)
    assert preview.rows[0].inputs.action is Action.CALLED_CARE_TEAM


def _refusals(tmp_path: Path, services: AppServices) -> dict[str, tuple[str, Path]]:
    """Files refused as a whole: name -> (code, path)."""
    files = tmp_path / "hostile"
    files.mkdir()
    big = files / "big.csv"
    with big.open("wb") as stream:
        stream.write(("\ufeff" + ",".join(DIARY_COLUMNS) + "\r\n").encode())
        stream.write(b"x" * MAX_FILE_BYTES)
    giant_field = write_csv(files / "giant.csv", [row(notes="x" * 200_000)])
    unterminated = files / "quote.csv"
    unterminated.write_text(",".join(DIARY_COLUMNS) + '\r\n1,"2026\r\n', encoding="utf-8")
    binary = files / "binary.csv"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + os.urandom(512))
    latin = files / "latin1.csv"
    latin.write_bytes(
        write_csv(files / "x.csv", [row(notes="Náusea")]).read_text("utf-8-sig").encode("cp1252")
    )
    header = files / "header.csv"
    header.write_text("date,symptom,severity\r\n2026-11-20,Headache,2\r\n", encoding="utf-8")
    doses = files / "doses.csv"
    export_doses_csv(doses, services.plans, FIXED_NOW)
    empty = files / "empty.csv"
    empty.write_bytes(b"")
    extra = files / "extra.csv"
    extra.write_text(",".join([*DIARY_COLUMNS, "password"]) + "\r\n", encoding="utf-8")
    folder = files / "folder.csv"
    folder.mkdir()
    many = files / "many.csv"
    many.write_text(
        "symptom,onset_at,ended_at,zone,severity,interference,from_catalogue,action,notes\n"
        + "x,,,,,,,,\n" * 50_001,
        encoding="utf-8",
    )
    return {
        "big": ("too-large", big),
        "giant-field": ("malformed", giant_field),
        "unterminated-quote": ("malformed", unterminated),
        "binary": ("binary", binary),
        "latin1": ("not-utf8", latin),
        "header": ("not-our-header", header),
        "dose-export": ("not-our-header", doses),
        "extra-column": ("not-our-header", extra),
        "empty": ("empty", empty),
        "folder": ("unreadable", folder),
        "missing": ("unreadable", files / "missing.csv"),
        "many": ("too-many-rows", many),
    }


def test_refused_files_leave_the_database_byte_for_byte_unchanged(
    services: AppServices, data_paths: AppPaths, tmp_path: Path
) -> None:
    seed(services)
    files = _refusals(tmp_path, services)
    services.close()  # the last connection checkpoints the WAL: the file is all there is
    before = fingerprint(data_paths)
    assert set(before) == {""}
    reopened = _open(data_paths)
    try:
        for name, (code, path) in files.items():
            with pytest.raises(CsvImportRefused) as refused:
                preview_diary_csv(path, reopened, MADRID)
            assert refused.value.code == code, name
            assert str(path) in str(refused.value), name
        # A preview with errors that the caller tries to import anyway.
        bad = write_csv(tmp_path / "bad.csv", [row(), row(severity="x")])
        with pytest.raises(CsvImportRefused):
            import_diary_csv(reopened, preview_diary_csv(bad, reopened, MADRID))
        # An import that fails half-way (here: the hook) rolls back every row.
        good = write_csv(tmp_path / "good.csv", [row(notes=f"n{i}") for i in range(20)])

        def fail(n: int) -> None:
            if n == 10:
                raise RuntimeError("half-way")

        with pytest.raises(RuntimeError):
            import_diary_csv(reopened, preview_diary_csv(good, reopened, MADRID), after_row=fail)
        assert reopened.diary.page(DiaryFilter(search="n5")) == []
    finally:
        reopened.close()
    assert fingerprint(data_paths) == before


def test_refusal_messages_are_specific(services: AppServices, tmp_path: Path) -> None:
    files = _refusals(tmp_path, services)
    messages = {}
    for name, (_code, path) in files.items():
        with pytest.raises(CsvImportRefused) as refused:
            preview_diary_csv(path, services, MADRID)
        messages[name] = str(refused.value)
    assert "larger than 5 MB" in messages["big"]
    assert "field larger than field limit" in messages["giant-field"]
    assert "line 2" in messages["unterminated-quote"]
    assert "not a text file" in messages["binary"]
    assert "not UTF-8" in messages["latin1"] and "CSV UTF-8" in messages["latin1"]
    assert "not a diary exported by Belimumab Companion" in messages["header"]
    assert "unknown column 'record_id'" in messages["dose-export"]
    assert "unknown column 'password'" in messages["extra-column"]
    assert "is empty" in messages["empty"]
    assert "not a regular file" in messages["folder"]
    assert "cannot be read" in messages["missing"]
    assert "more than 50,000 rows" in messages["many"]
    assert services.diary.count() == 0


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX named pipes")
def test_a_named_pipe_is_refused_without_blocking(services: AppServices, tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    with pytest.raises(CsvImportRefused) as refused:
        preview_diary_csv(fifo, services, MADRID)
    assert refused.value.code == "unreadable"


def test_a_typed_leading_apostrophe_round_trips_exactly(
    services: AppServices, tmp_path: Path
) -> None:
    """The export doubles a leading apostrophe, so the import's one-apostrophe rule is exact."""
    for day, notes in enumerate(("'=1", "'hello", "=1"), start=1):
        services.diary.add(
            DiaryInputs("Rash", FIXED_NOW - timedelta(days=day), MADRID, 1, notes=notes)
        )
    path = tmp_path / "d.csv"
    export_diary_csv(path, services.diary, services.plans)
    assert sorted(r["notes"] for r in read_rows(path)) == ["''=1", "''hello", "'=1"]
    services.diary.add(DiaryInputs("Other", FIXED_NOW - timedelta(days=9), MADRID, 1))
    fresh = tmp_path / "fresh"
    from belimumab_companion.paths import app_paths
    from belimumab_companion.services.app_services import build_services

    other = build_services(app_paths(fresh).ensure(), services.clock)
    preview = preview_diary_csv(path, other, MADRID)
    assert sorted(r.inputs.notes for r in preview.rows) == ["'=1", "'hello", "=1"]
    other.close()


def test_the_users_file_is_only_read(services: AppServices, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "mine.csv", [row()])
    path.chmod(0o400)
    data, mtime = path.read_bytes(), path.stat().st_mtime_ns
    import_diary_csv(services, preview_diary_csv(path, services, MADRID))
    assert path.read_bytes() == data and path.stat().st_mtime_ns == mtime


# --- property: any notes text ----------------------------------------------------------------
# Any character but the surrogates (Cs), which no file can hold.
TEXT = st.text(st.characters(codec="utf-8"), max_size=300)


def test_any_notes_text_is_a_row_or_a_refusal_never_a_crash(
    services: AppServices, tmp_path: Path
) -> None:
    path = tmp_path / "fuzz.csv"

    @settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(notes=TEXT, symptom=TEXT, zone=TEXT, severity=TEXT)
    def check(notes: str, symptom: str, zone: str, severity: str) -> None:
        cells = row(notes=notes)
        for name, value in (("symptom", symptom), ("zone", zone), ("severity", severity)):
            if value:
                cells[name] = value
        write_csv(path, [cells])
        if "\x00" in "".join(cells.values()):
            with pytest.raises(CsvImportRefused, match="not a text file"):
                preview_diary_csv(path, services, MADRID)
            return
        preview = preview_diary_csv(path, services, MADRID)  # any other refusal is a failure
        assert preview.total == 1
        assert preview.new_count + preview.duplicate_count + preview.error_count == 1
        if preview.rows:
            imported = preview.rows[0].inputs.notes
            # control characters are stripped before storing (issue 17), as when typed
            if notes.startswith("'") and notes[1:].startswith((*FORMULA_STARTS, "'")):
                assert imported == strip_controls(notes[1:])  # read as the export's apostrophe
            else:
                assert imported == strip_controls(notes)

    check()


def test_any_bytes_after_the_header_are_rows_or_a_refusal(
    services: AppServices, tmp_path: Path
) -> None:
    path = tmp_path / "fuzz.csv"
    header = ("\ufeff" + ",".join(DIARY_COLUMNS) + "\r\n").encode()

    @settings(max_examples=150, deadline=None)
    @given(st.binary(max_size=400) | TEXT.map(str.encode))
    def check(body: bytes) -> None:
        path.write_bytes(header + body)
        try:
            preview = preview_diary_csv(path, services, MADRID)
        except CsvImportRefused:
            return
        assert preview.new_count + preview.duplicate_count + preview.error_count == preview.total

    check()


# --- reliability scenario 2: SIGKILL half-way through a 1 000-row import ----------------------
CHILD = """
import sys, time
from datetime import datetime, timezone
from pathlib import Path

from sqlalchemy import event

from belimumab_companion.paths import app_paths
from belimumab_companion.services.clock import fixed_clock
from belimumab_companion.services.csv_import import import_diary_csv, preview_diary_csv
from belimumab_companion.services.diary_service import DiaryService
from belimumab_companion.storage.database import open_database

database = open_database(app_paths(Path(sys.argv[1])))
database.engine.dispose()


@event.listens_for(database.engine, "connect")
def small_cache(dbapi_connection, record):
    # A small page cache, so the half-done transaction spills pages into the WAL before the
    # kill (as a large import would): the test then proves those frames are never seen.
    dbapi_connection.execute("PRAGMA cache_size=-64")


diary = DiaryService(database.sessions, fixed_clock(datetime.fromisoformat(sys.argv[3])))
preview = preview_diary_csv(Path(sys.argv[2]), diary, "Europe/Madrid")
assert preview.ok and preview.new_count == 1000, preview.error_count

def pause(n):
    if n == 500:
        print("PAUSED", flush=True)
        time.sleep(300)

import_diary_csv(diary, preview, after_row=pause)
print("COMMITTED", flush=True)
"""


def _thousand_rows(path: Path) -> Path:
    filler = "zzkilled " + "x" * 200
    rows = [
        row(
            onset_at=(datetime(2026, 1, 1, 8, tzinfo=UTC) + timedelta(hours=7 * i)).isoformat(),
            notes=f"{filler} {i}",
        )
        for i in range(1000)
    ]
    return write_csv(path, rows)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_sigkill_half_way_through_an_import_leaves_nothing(
    services: AppServices, data_paths: AppPaths, tmp_path: Path
) -> None:
    seed(services)
    baseline = services.diary.count()
    services.close()
    script = tmp_path / "import_and_pause.py"
    script.write_text(textwrap.dedent(CHILD), encoding="utf-8")
    source = _thousand_rows(tmp_path / "thousand.csv")
    child = subprocess.Popen(
        [sys.executable, str(script), str(data_paths.data_dir), str(source), FIXED_NOW.isoformat()],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        assert child.stdout is not None
        ready, _, _ = select.select([child.stdout], [], [], 120)
        line = child.stdout.readline().decode().strip() if ready else ""
        if line != "PAUSED":
            child.kill()
            _out, err = child.communicate(timeout=30)
            pytest.fail(f"the child did not pause: {line!r} {err.decode()[-2000:]}")
        wal = Path(f"{data_paths.database}-wal")
        spilled = wal.stat().st_size  # uncommitted pages the child already wrote to the WAL
        os.kill(child.pid, signal.SIGKILL)
        assert child.wait(timeout=30) == -signal.SIGKILL
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        for stream in (child.stdout, child.stderr):
            if stream is not None:
                stream.close()
    assert spilled > 0  # the kill left real, uncommitted frames behind: the test bites
    assert not Path(f"{data_paths.database}-journal").exists()

    first = _open(data_paths)  # the first open after the kill: normal, no recovery prompt
    try:
        assert first.diary.count() == baseline  # zero of the 500 written rows are visible
        assert first.diary.page(DiaryFilter(search="zzkilled")) == []
        with first.database.engine.begin() as connection:
            assert connection.execute(text("PRAGMA integrity_check")).scalar() == "ok"
            assert (
                connection.execute(
                    text("SELECT count(*) FROM diary_fts WHERE diary_fts MATCH 'zzkilled'")
                ).scalar()
                == 0
            )
            connection.execute(
                text("INSERT INTO diary_fts(diary_fts, rank) VALUES ('integrity-check', 1)")
            )
    finally:
        first.close()
    assert not Path(f"{data_paths.database}-journal").exists()
    assert not wal.exists() or wal.stat().st_size == 0  # checkpointed and removed on close
    check = connect(data_paths.database, read_only=True)
    try:
        assert check.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        check.close()

    # And the same import, run again to the end, adds all 1 000 rows in one go.
    again = _open(data_paths)
    try:
        preview: ImportPreview = preview_diary_csv(source, again, MADRID)
        assert preview.new_count == 1000
        assert import_diary_csv(again, preview).count == 1000
        assert again.diary.count() == baseline + 1000
        assert len(again.diary.page(DiaryFilter(search="zzkilled"), limit=2000)) == 1000
    finally:
        again.close()


def test_the_notes_limit_is_the_one_of_the_window_and_the_cli(
    services: AppServices, tmp_path: Path
) -> None:
    """Issue 17: one limit for the notes everywhere (domain/free_text.MAX_NOTES); a longer cell
    is a row error with a clear message, nothing imported; control characters are stripped."""
    from belimumab_companion.domain.free_text import MAX_NOTES

    assert MAX_FIELD_CHARS == MAX_NOTES
    path = tmp_path / "limit.csv"
    at_limit = "n" * (MAX_NOTES - 4) + "\x07end"
    write_csv(path, [row(notes=at_limit), row(notes="n" * (MAX_NOTES + 1))])
    preview = preview_diary_csv(path, services, MADRID)
    assert [(e.line, e.code) for e in preview.errors] == [(3, "field-too-long")]
    assert preview.errors[0].message == "notes is longer than 10,000 characters"
    # Each control character becomes a space (no two words joined, R-46).
    assert [r.inputs.notes for r in preview.rows] == ["n" * (MAX_NOTES - 4) + " end"]
