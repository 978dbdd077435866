"""CLI: backup, then restore (preview first; --yes restores and keeps the replaced data aside);
a hostile file is refused with the data unchanged."""

from __future__ import annotations

import hashlib
import re
import sqlite3
from pathlib import Path

from belimumab_companion.paths import app_paths
from testsupport import run_cli


def _symptoms(data: Path) -> list[str]:
    connection = sqlite3.connect(app_paths(data).database)
    try:
        return [row[0] for row in connection.execute("SELECT symptom FROM diary_entry")]
    finally:
        connection.close()


def test_backup_then_restore_round_trip(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert run_cli(data, "backup")[0] == 2  # nothing to back up yet
    run_cli(data, "log-symptom", "--text", "Headache")
    code, out, err = run_cli(data, "backup")
    assert code == 0, err
    found = re.search(r"Backed up to (\S+) \(", out)
    assert found is not None, out
    made = Path(found.group(1))
    assert made.exists()
    run_cli(data, "log-symptom", "--text", "Nausea")
    assert _symptoms(data) == ["Headache", "Nausea"]

    code, out, _ = run_cli(data, "restore", str(made))
    assert code == 0 and "Diary entries: 1" in out and "Nothing changed" in out
    # the window's words: no table names, no schema revision, no ISO timestamps (issue 20)
    assert "diary_entry" not in out and "schema" not in out and "alembic" not in out
    assert re.search(r"\d{4}-\d{2}-\d{2}T", out) is None, out
    assert re.search(r"Made: \w{3}, \d{1,2} \w{3} \d{4}, \d{2}:\d{2}", out), out
    assert _symptoms(data) == ["Headache", "Nausea"]
    code, out, err = run_cli(data, "restore", str(made), "--yes")
    assert code == 0, err
    assert _symptoms(data) == ["Headache"]
    found_kept = re.search(r"kept in (\S+)\.$", out.strip())
    assert found_kept is not None, out
    kept = Path(found_kept.group(1))
    assert kept.exists()  # the replaced data, never deleted


def test_a_hostile_file_is_refused_and_nothing_changes(tmp_path: Path) -> None:
    data = tmp_path / "data"
    run_cli(data, "log-symptom", "--text", "Headache")
    database = app_paths(data).database
    before = hashlib.sha256(database.read_bytes()).hexdigest()
    hostile = tmp_path / "hostile.sqlite3"
    connection = sqlite3.connect(hostile)
    connection.executescript(
        "CREATE TABLE alembic_version (version_num TEXT);"
        "INSERT INTO alembic_version VALUES ('9999_future');"
    )
    connection.close()
    code, _, err = run_cli(data, "restore", str(hostile), "--yes")
    assert code == 2 and "cannot be restored" in err and err.count("\n") == 1
    assert hashlib.sha256(database.read_bytes()).hexdigest() == before
