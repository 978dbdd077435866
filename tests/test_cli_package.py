"""The command line as a package (issue 19): no Qt outside `export pdf`, one place that builds the
services and the clock, no module over 500 lines."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import belimumab_companion.cli

PACKAGE = Path(belimumab_companion.cli.__file__).parent

_SCRIPT = """
import io, json, sys
from belimumab_companion.cli import main, run

data = sys.argv[1]
as_of = ["--as-of", "2026-10-09T10:00+02:00"]
plan = ["plan", "set", "--indication", "sle", "--route", "subq", "--birth-date", "1980-01-01",
        "--first-dose", "2026-10-01", "--time", "09:00", "--zone", "Europe/Madrid"]
assert main(["--data-dir", data, *plan]) == 0
out = io.StringIO()
due = run(["--data-dir", data, "due", "--json", *as_of], stdout=out)
for argv in (["upcoming", *as_of], ["due", *as_of], ["plan", "show"], ["diary"],
             ["contraception", "status", *as_of]):
    run(["--data-dir", data, *argv], stdout=io.StringIO())
qt = sorted(m for m in sys.modules if m.split(".")[0] == "PySide6")
ui = sorted(m for m in sys.modules if m.startswith("belimumab_companion.ui"))
print(json.dumps({"due": due, "rows": json.loads(out.getvalue()), "qt": qt, "ui": ui}))
"""


def test_commands_on_the_data_never_import_qt(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-c", _SCRIPT, str(tmp_path / "data")],
        capture_output=True,
        text=True,
        timeout=120,
        env=dict(os.environ),
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    # the commands really ran: the dose of 8 October is missed and suggested
    assert report["due"] == 1
    assert [(r["sequence"], r["suggested"]) for r in report["rows"]] == [(2, True)]
    assert report["qt"] == []
    assert report["ui"] == []


def _sources() -> dict[str, str]:
    return {path.name: path.read_text(encoding="utf-8") for path in PACKAGE.glob("*.py")}


def test_no_module_of_the_package_is_over_500_lines() -> None:
    lengths = {name: text.count("\n") for name, text in _sources().items()}
    assert lengths and max(lengths.values()) <= 500, lengths


def test_only_the_context_builds_services_or_a_clock() -> None:
    builders = re.compile(r"\b(build_services|start_services|fixed_clock|\w+Service)\(")
    found = {
        name: sorted(set(builders.findall(text)))
        for name, text in _sources().items()
        if builders.search(text)
    }
    # BackupService works on the files, not on the database's services (backup, restore, start)
    assert found == {
        "context.py": ["build_services", "fixed_clock"],
        "backup.py": ["BackupService"],
        "main.py": ["BackupService"],
    }


def test_only_export_pdf_imports_qt_or_the_ui() -> None:
    importing = {
        name
        for name, text in _sources().items()
        if re.search(r"^\s*(from|import) (PySide6|belimumab_companion\.ui)\b", text, re.M)
    }
    assert importing == {"export.py"}
