"""CSV export of doses and diary: read back by Python's csv, times with offsets, UTF-8 text
intact, and cells a spreadsheet would run as formulas neutralised (reliability scenario 23)."""

from __future__ import annotations

import csv
import os
import stat
import sys
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from belimumab_companion.demo import DEMO_ZONE, seed_demo
from belimumab_companion.services.app_services import AppServices
from belimumab_companion.services.csv_export import (
    DIARY_COLUMNS,
    DOSE_COLUMNS,
    export_diary_csv,
    export_doses_csv,
    neutralise,
)
from belimumab_companion.services.diary_service import DiaryInputs
from testsupport import FIXED_NOW

HOSTILE = ['=HYPERLINK("http://x")', "+1", "-2", "@SUM(A1)", "\tx", "\rx"]
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
FRIENDLY = 'Náusea después de la dosis 😷, "muy" leve\nsegunda línea'


def read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as stream:
        return list(csv.DictReader(stream))


def parsed(text: str) -> datetime:
    moment = datetime.fromisoformat(text)
    assert moment.utcoffset() is not None, text
    return moment


@pytest.fixture
def demo(services: AppServices) -> AppServices:
    """Ana's demo history, with hostile and non-ASCII notes on doses and diary entries,
    a dose skipped on advice and a deleted diary entry."""
    seed_demo(services, FIXED_NOW)
    plans = services.plans
    given = [
        plans.dose_record(d.segment_id, d.sequence)
        for d in plans.schedule(FIXED_NOW)
        if d.administration is not None
    ]
    for record, note in zip(given, [*HOSTILE, FRIENDLY], strict=False):
        assert record is not None
        plans.edit_dose(
            record.id,
            given_at=record.given_at,
            sites=record.sites,
            amount_mg=record.amount_mg,
            given_by=record.given_by,
            device=record.device,
            lot_number="=1+1" if note == "+1" else record.lot_number,
            notes=note,
        )
    missed = next(d for d in plans.schedule(FIXED_NOW) if d.status.value == "missed-closed")
    plans.skip_on_advice(missed.segment_id, missed.sequence, "Infection: the nurse said skip")
    zone = ZoneInfo(DEMO_ZONE)
    for days, note in enumerate([*HOSTILE, FRIENDLY], start=2):
        services.diary.add(
            DiaryInputs(
                symptom="@Headache" if note == "-2" else "Headache",
                onset_at=FIXED_NOW - timedelta(days=days),
                zone=DEMO_ZONE,
                severity=2,
                interference=1,
                notes=note,
                ended_at=FIXED_NOW - timedelta(days=days) + timedelta(hours=3),
            )
        )
    gone = services.diary.add(
        DiaryInputs(
            symptom="Deleted one",
            onset_at=datetime(2026, 10, 1, 9, 0, tzinfo=zone),
            zone=DEMO_ZONE,
            severity=1,
        )
    )
    services.diary.delete(gone.entry.id)
    return services


@pytest.mark.parametrize("cell", HOSTILE)
def test_formula_cells_get_an_apostrophe(cell: str) -> None:
    assert neutralise(cell) == "'" + cell


@pytest.mark.parametrize("cell", ["'=1", "'hello", "''"])
def test_a_typed_leading_apostrophe_is_doubled(cell: str) -> None:
    assert neutralise(cell) == "'" + cell


@pytest.mark.parametrize(
    "cell", ["", "abc", "1-2", "2026-05-26T18:21:00+02:00", "200", " =1", "a\tb"]
)
def test_other_cells_are_left_alone(cell: str) -> None:
    assert neutralise(cell) == cell


def test_every_logged_dose_round_trips(demo: AppServices, tmp_path: Path) -> None:
    path = tmp_path / "doses.csv"
    count = export_doses_csv(path, demo.plans, FIXED_NOW)
    rows = read(path)
    logged = [
        (d, demo.plans.dose_record(d.segment_id, d.sequence))
        for d in demo.plans.schedule(FIXED_NOW)
        if d.administration is not None
    ]
    assert count == len(rows) == len(logged) >= 20
    assert list(rows[0]) == list(DOSE_COLUMNS)
    by_id = {int(row["record_id"]): row for row in rows}
    for dose, record in logged:
        assert record is not None
        row = by_id[record.id]  # the current version, never an edited-away one
        assert (int(row["segment_id"]), int(row["sequence"])) == (dose.segment_id, dose.sequence)
        assert parsed(row["planned_due"]) == dose.due
        assert parsed(row["recorded_at"]) == record.created_at
        assert row["zone"] == record.zone == DEMO_ZONE
        assert row["route"] == "subq"
        assert row["given_by"] == record.given_by
        assert row["sites"].split(";") == [s.value for s in record.sites] or not record.sites
        if record.skipped_on_advice:
            assert row["status"] == "skipped-on-advice"
            assert row["skipped_on_advice"] == "true"
            assert row["given_at"] == ""
        else:
            given = parsed(row["given_at"])
            assert given == record.given_at.replace(microsecond=0)
            # The offset of the zone in effect that day: CEST in summer, CET in winter.
            assert (
                given.utcoffset() == record.given_at.astimezone(ZoneInfo(record.zone)).utcoffset()
            )
            assert float(row["amount_mg"]) == record.amount_mg == 200
            assert row["status"] == "given"
    offsets = {parsed(row["planned_due"]).utcoffset() for row in rows}
    assert offsets == {timedelta(hours=2), timedelta(hours=1)}


def test_dose_flags_and_versions(demo: AppServices, tmp_path: Path) -> None:
    path = tmp_path / "doses.csv"
    export_doses_csv(path, demo.plans, FIXED_NOW)
    rows = read(path)
    skipped = [row for row in rows if row["skipped_on_advice"] == "true"]
    assert [row["notes"] for row in skipped] == ["Infection: the nurse said skip"]
    assert {row["not_fully_given"] for row in rows} == {"false"}
    assert {row["version"] for row in rows} == {"logged", "edited"}
    assert rows[0]["lot_number"].startswith("DEMO")
    assert rows[0]["notes"] == "'" + HOSTILE[0]


def test_hostile_dose_cells_come_out_neutralised(demo: AppServices, tmp_path: Path) -> None:
    path = tmp_path / "doses.csv"
    export_doses_csv(path, demo.plans, FIXED_NOW)
    rows = read(path)
    notes = [row["notes"] for row in rows]
    for hostile in HOSTILE:
        assert "'" + hostile in notes
        assert hostile not in notes
    assert "'=1+1" in [row["lot_number"] for row in rows]
    assert FRIENDLY in notes  # accents, emoji, comma, quotes and a line break survive
    assert_no_formula_cells(path)


def test_every_diary_entry_round_trips(demo: AppServices, tmp_path: Path) -> None:
    path = tmp_path / "diary.csv"
    count = export_diary_csv(path, demo.diary, demo.plans)
    rows = read(path)
    entries = demo.diary.page(limit=10_000)
    assert count == len(rows) == len(entries) == demo.diary.count() >= 10
    assert list(rows[0]) == list(DIARY_COLUMNS)
    assert "Deleted one" not in {row["symptom"] for row in rows}
    by_id = {int(row["entry_id"]): row for row in rows}
    onsets = [parsed(row["onset_at"]) for row in rows]
    assert onsets == sorted(onsets)
    for entry in entries:
        row = by_id[entry.id]
        assert parsed(row["onset_at"]) == entry.onset_at
        assert row["zone"] == entry.zone
        if entry.ended_at is not None:
            assert parsed(row["ended_at"]) == entry.ended_at
        else:
            assert row["ended_at"] == ""
        assert int(row["severity"]) == entry.severity
        assert int(row["interference"]) == entry.interference
        assert row["triage"] == entry.triage.value
        assert row["triage_codes"].split(";") == list(entry.triage_codes) or not entry.triage_codes
        assert row["symptom"] in (entry.symptom, "'" + entry.symptom)
        if entry.sequence is not None:
            record = demo.plans.dose_record(entry.segment_id or 0, entry.sequence)
            assert record is not None
            assert int(row["dose_sequence"]) == entry.sequence
            assert parsed(row["dose_given_at"]) == record.given_at.replace(microsecond=0)
    assert {row["severity_words"] for row in rows} >= {"mild", "moderate"}


def test_hostile_diary_cells_come_out_neutralised(demo: AppServices, tmp_path: Path) -> None:
    path = tmp_path / "diary.csv"
    export_diary_csv(path, demo.diary, demo.plans)
    rows = read(path)
    notes = [row["notes"] for row in rows]
    for hostile in HOSTILE:
        assert "'" + hostile in notes
    assert FRIENDLY in notes
    assert "'@Headache" in [row["symptom"] for row in rows]
    assert_no_formula_cells(path)


def assert_no_formula_cells(path: Path) -> None:
    with path.open(encoding="utf-8-sig", newline="") as stream:
        for row in csv.reader(stream):
            for cell in row:
                assert not cell.startswith(FORMULA_STARTS), repr(cell)


def test_the_file_is_utf8_with_a_bom_and_crlf(demo: AppServices, tmp_path: Path) -> None:
    path = tmp_path / "diary.csv"
    export_diary_csv(path, demo.diary, demo.plans)
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbfentry_id,onset_at,")
    assert "😷".encode() in data and "después".encode() in data
    assert data.endswith(b"\r\n")


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
def test_exports_are_private(demo: AppServices, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    export_doses_csv(out / "d.csv", demo.plans, FIXED_NOW)
    export_diary_csv(out / "s.csv", demo.diary, demo.plans)
    for name in ("d.csv", "s.csv"):
        assert stat.S_IMODE(os.stat(out / name).st_mode) == 0o600
    assert sorted(os.listdir(out)) == ["d.csv", "s.csv"]  # no temporary left


def test_an_empty_profile_gives_the_header_only(services: AppServices, tmp_path: Path) -> None:
    assert export_doses_csv(tmp_path / "d.csv", services.plans, FIXED_NOW) == 0
    assert export_diary_csv(tmp_path / "s.csv", services.diary, services.plans) == 0
    assert read(tmp_path / "d.csv") == []
    assert (tmp_path / "s.csv").read_bytes() == (
        "\ufeff" + ",".join(DIARY_COLUMNS) + "\r\n"
    ).encode()


def test_a_failed_export_keeps_the_previous_file(
    demo: AppServices, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    path = out / "doses.csv"
    export_doses_csv(path, demo.plans, FIXED_NOW)
    before = path.read_bytes()
    upcoming = demo.plans.upcoming(FIXED_NOW, 1)[0]
    demo.plans.skip_on_advice(upcoming.segment_id, upcoming.sequence, "")  # a change to export

    def refuse(source: object, target: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(OSError):
        export_doses_csv(path, demo.plans, FIXED_NOW)
    assert path.read_bytes() == before
    assert os.listdir(out) == ["doses.csv"]
