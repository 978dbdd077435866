"""CLI: export csv (doses, diary) and fhir write readable, private files atomically."""

from __future__ import annotations

import csv
import json
import stat
import subprocess
from pathlib import Path

from processes import tool
from testsupport import run_cli

PLAN = (
    "plan", "set", "--indication", "sle", "--route", "subq", "--birth-date", "1989-05-01",
    "--first-dose", "2026-10-03", "--time", "18:00", "--zone", "Europe/Madrid",
)  # fmt: skip


def _data(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    assert run_cli(data, *PLAN)[0] == 0
    code, _, err = run_cli(
        data, "log-dose", "--at", "2026-10-03T18:05+02:00", "--site", "thigh-left",
        "--as-of", "2026-10-03T19:00+02:00",
    )  # fmt: skip
    assert code == 0, err
    code, _, err = run_cli(
        data, "log-symptom", "--text", "Dolor de cabeza ☃", "--notes", "=cmd|' /C calc'!A0",
        "--at", "2026-10-04T09:00+02:00", "--as-of", "2026-10-04T10:00+02:00",
    )  # fmt: skip
    assert code == 0, err
    return data


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as stream:
        return list(csv.DictReader(stream))


def test_export_csv_doses_and_diary(tmp_path: Path) -> None:
    data = _data(tmp_path)
    doses, diary = tmp_path / "doses.csv", tmp_path / "diary.csv"
    code, out, err = run_cli(data, "export", "csv", str(doses))
    assert (code, out.strip()) == (0, f"Wrote 1 dose to {doses}."), err
    [dose] = _rows(doses)
    assert dose["given_at"].startswith("2026-10-03T18:05:00+02:00")
    assert run_cli(data, "export", "csv", "--what", "diary", str(diary))[0] == 0
    [entry] = _rows(diary)
    assert entry["symptom"] == "Dolor de cabeza ☃"
    assert entry["notes"].startswith("'=")  # a formula never reaches a spreadsheet as one
    for path in (doses, diary):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_export_fhir_bundle(tmp_path: Path) -> None:
    data = _data(tmp_path)
    target = tmp_path / "bundle.json"
    code, _, err = run_cli(data, "export", "fhir", str(target))
    assert code == 0, err
    bundle = json.loads(target.read_text(encoding="utf-8"))
    kinds = sorted(e["resource"]["resourceType"] for e in bundle["entry"])
    assert bundle["resourceType"] == "Bundle"
    assert kinds.count("MedicationAdministration") == 1 and kinds.count("Observation") == 1


def test_an_unwritable_target_is_a_one_line_refusal(tmp_path: Path) -> None:
    data = _data(tmp_path)
    code, _, err = run_cli(data, "export", "csv", str(tmp_path / "no" / "such" / "x.csv"))
    assert code == 2 and err.startswith("belimumab-companion: cannot write")


def test_import_csv_previews_then_imports_all_or_nothing(tmp_path: Path) -> None:
    source = _data(tmp_path)
    exported = tmp_path / "diary.csv"
    assert run_cli(source, "export", "csv", str(exported), "--what", "diary")[0] == 0
    target = tmp_path / "other"
    assert run_cli(target, *PLAN)[0] == 0
    code, out, _ = run_cli(target, "import", "csv", str(exported))
    assert code == 0 and "1 new entry, 0 already in your diary, 0 rows with errors" in out
    assert "Nothing changed" in out
    assert json.loads(run_cli(target, "diary", "--json")[1]) == []
    code, out, _ = run_cli(target, "import", "csv", str(exported), "--yes")
    assert code == 0 and "Imported 1 entry." in out
    entries = json.loads(run_cli(target, "diary", "--json")[1])
    assert [e["notes"] for e in entries] == ["=cmd|' /C calc'!A0"]
    code, out, _ = run_cli(target, "import", "csv", str(exported), "--yes")
    assert "0 new entries, 1 already in your diary" in out and "Imported 0 entries." in out
    broken = tmp_path / "broken.csv"
    broken.write_text(
        exported.read_text(encoding="utf-8-sig").replace(",2026-10-04T", ",yesterday "),
        encoding="utf-8",
    )
    code, out, err = run_cli(target, "import", "csv", str(broken), "--yes")
    assert code != 0 and "line 2" in out and "nothing imported" in err
    code, _, err = run_cli(target, "import", "csv", str(tmp_path / "missing.csv"))
    assert code != 0 and "missing.csv" in err


def test_export_pdf_writes_the_care_team_report(tmp_path: Path) -> None:
    data = _data(tmp_path)
    report = tmp_path / "report.pdf"
    code, out, err = run_cli(
        data, "export", "pdf", str(report), "--from", "2026-10-01", "--to", "2026-10-31",
        "--as-of", "2026-11-01T10:00+01:00",
    )  # fmt: skip
    assert code == 0, err
    assert "for Thu, 1 Oct 2026 to Sat, 31 Oct 2026" in out  # issue 20: readable dates
    text = subprocess.run(
        [tool("pdftotext"), "-layout", str(report), "-"], capture_output=True, text=True, check=True
    ).stdout
    # a Spanish headache is an R-30 red flag: its table wraps the symptom over two lines
    assert "Dolor de" in text and "cabeza ☃" in text and "=cmd|' /C calc'!A0" in text
    assert "Page 1 of" in text
    assert stat.S_IMODE(report.stat().st_mode) == 0o600
    code, _, err = run_cli(
        data, "export", "pdf", str(report), "--from", "2026-11-02", "--to", "2026-11-01"
    )
    assert code != 0 and "--from is after --to" in err
