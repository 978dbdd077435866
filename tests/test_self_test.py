"""``belimumab-companion --self-test`` run from the sources (tests/packaging runs the frozen build)."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from alembic.runtime import migration
from PySide6.QtWidgets import QApplication

from belimumab_companion.app import main
from belimumab_companion.storage.database import head_revision

FIXTURE = Path(__file__).resolve().parent / "data" / "schema-0005_make_up_and_reminders.sqlite3"
OK_LINES = (
    "ok: migrated to revision ",
    "ok: monograph ",
    "ok: schedule IV SLE ",
    "ok: window (",
    "ok: translations ",
)


def revision(path: Path) -> str:
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return str(connection.execute("SELECT version_num FROM alembic_version").fetchone()[0])
    finally:
        connection.close()


def test_every_check_passes_on_a_new_data_folder(
    qapp: QApplication,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    data = tmp_path / "data"
    assert main(["--self-test", "--data-dir", str(data)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == len(OK_LINES), lines  # one line per check, in this order
    for line, ok in zip(lines, OK_LINES, strict=True):
        assert line.startswith(ok), lines
    assert f"ok: migrated to revision {head_revision()}" in lines
    assert revision(data / "companion.sqlite3") == head_revision()


@pytest.mark.expect_log_errors(match=r"^the upgrade from \S+ failed$")
def test_a_failed_migration_fails_the_self_test_and_keeps_the_file(
    qapp: QApplication,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Scenario 14b, as tests/storage/test_failed_migration.py makes it: 0006 raises."""
    original_init = migration.RevisionStep.__init__

    def init(self: Any, revision_map: Any, revision: Any, is_upgrade: bool) -> None:
        original_init(self, revision_map, revision, is_upgrade)
        if is_upgrade and revision.revision == "0006_diary":
            real = self.migration_fn

            def fail_after_the_work(*args: Any, **kwargs: Any) -> None:
                real(*args, **kwargs)
                raise RuntimeError("injected failure in the middle of the chain")

            self.migration_fn = fail_after_the_work

    monkeypatch.setattr(migration.RevisionStep, "__init__", init)
    data = tmp_path / "data"
    data.mkdir()
    shutil.copy(FIXTURE, data / "companion.sqlite3")
    assert main(["--self-test", "--data-dir", str(data)]) == 1
    captured = capsys.readouterr()
    assert "ok: migrated" not in captured.out
    failure = captured.err.strip().splitlines()[-1]
    assert failure.startswith("self-test failed: Your data could not be brought up to date")
    assert "injected failure in the middle of the chain" in failure
    assert revision(data / "companion.sqlite3") == "0005_make_up_and_reminders"


def test_a_folder_with_other_files_and_no_data_file_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "documents"
    folder.mkdir()
    (folder / "letter.txt").write_text("keep me")
    assert main(["--self-test", "--data-dir", str(folder)]) == 1
    assert "is not empty and holds no data file" in capsys.readouterr().err
    assert sorted(p.name for p in folder.iterdir()) == ["letter.txt"]


def test_the_self_test_takes_no_command(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--self-test", "info"])
    assert exited.value.code == 2
    assert "--self-test takes no command" in capsys.readouterr().err


def test_the_installed_command_passes_in_its_own_process(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TMPDIR": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-m", "belimumab_companion", "--self-test"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    for ok in OK_LINES:
        assert any(line.startswith(ok) for line in result.stdout.splitlines()), result.stdout
    assert list(tmp_path.iterdir()) == []  # the temporary data folder was removed
