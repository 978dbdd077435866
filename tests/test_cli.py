from __future__ import annotations

import io
import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from belimumab_companion.cli import parse_as_of, run
from belimumab_companion.paths import AppPaths
from belimumab_companion.storage.database import open_database
from monograph_samples import VALID


def _run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(list(argv), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def test_info_prints_the_shipped_monograph() -> None:
    code, out, err = _run("info")
    assert code == 0 and err == ""
    assert out.startswith("Belimumab")
    assert "Missed Doses" in out and "Disclaimer" in out


def test_info_one_section_by_name_any_case() -> None:
    code, out, _ = _run("info", "--section", "missed doses")
    assert code == 0
    assert out.splitlines()[0] == "Missed Doses"
    assert "as soon as you remember" in out
    assert "Storage and Handling" not in out


def test_info_unknown_section_is_a_one_line_refusal() -> None:
    code, out, err = _run("info", "--section", "Nope")
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and "no section 'Nope'" in err


def test_info_given_file(tmp_path: Path) -> None:
    path = tmp_path / "t.md"
    path.write_text(VALID, encoding="utf-8")
    code, out, _ = _run("info", "--monograph", str(path))
    assert code == 0 and out.startswith("Testamab")


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"no title here\n", "no '# ' title"),
        (b"\x00\x01\x02binary", "binary"),
        (b"# T\n### S\n\xff", "UTF-8"),
    ],
)
def test_info_malformed_file_exits_2_with_one_line_and_no_traceback(
    tmp_path: Path, content: bytes, words: str
) -> None:
    path = tmp_path / "bad.md"
    path.write_bytes(content)
    result = subprocess.run(
        [sys.executable, "-m", "belimumab_companion", "info", "--monograph", str(path)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and words in lines[0]
    assert "Traceback" not in result.stderr


def test_info_missing_file(tmp_path: Path) -> None:
    code, _, err = _run("info", "--monograph", str(tmp_path / "nope.md"))
    assert code == 2 and "no such file" in err


def test_check_ok_and_missing(data_paths: AppPaths) -> None:
    code, out, _ = _run("--data-dir", str(data_paths.data_dir), "check")
    assert code == 0 and "nothing to check" in out
    open_database(data_paths).close()
    code, out, _ = _run("--data-dir", str(data_paths.data_dir), "check")
    assert code == 0 and out.startswith("ok:")


def test_check_fails_on_a_corrupt_file(data_paths: AppPaths) -> None:
    database = open_database(data_paths)
    with database.engine.begin() as connection:
        connection.exec_driver_sql("CREATE TABLE filler(x)")
        for index in range(300):
            connection.exec_driver_sql(f"INSERT INTO filler VALUES ('{'x' * 500}{index}')")
        connection.exec_driver_sql("CREATE INDEX ix_filler ON filler(x)")
    database.close()
    raw = bytearray(data_paths.database.read_bytes())
    page = 4096
    raw[page * 5 : page * 5 + 200] = b"\xa5" * 200
    data_paths.database.write_bytes(bytes(raw))
    code, out, _ = _run("--data-dir", str(data_paths.data_dir), "check")
    assert code == 1
    assert out.startswith("FAILED")


def test_as_of_parses_iso_with_and_without_offset() -> None:
    assert parse_as_of("2026-03-29T03:30+02:00") == datetime(2026, 3, 29, 1, 30, tzinfo=UTC)
    local = parse_as_of("2026-03-29T03:30")
    assert local.tzinfo == UTC
    with pytest.raises(Exception, match="ISO-8601"):
        parse_as_of("next tuesday")


def test_help_and_version_run_without_qt() -> None:
    script = (
        "import sys; from belimumab_companion.app import main; code = main(['--version']); "
        "main(['info', '--list-sections']); "
        "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt was imported'; print('clean', code)"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=60,
        env=dict(os.environ),
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "clean 0"


def test_a_reader_that_goes_away_never_hears_nothing_was_changed(tmp_path: Path) -> None:
    """`log-symptom … | true`: the entry is saved before the reader leaves, so the command must
    not say "nothing was changed" (issue 20: plain, true words), nor print a traceback."""
    import os
    import sqlite3

    from belimumab_companion.paths import app_paths

    data = tmp_path / "data"
    read, write = os.pipe()
    os.close(read)  # the reader is gone before the command writes a word
    try:
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "belimumab_companion",
                "--data-dir",
                str(data),
                "log-symptom",
                "--text",
                "Headache",
            ],
            stdout=write,
            stderr=subprocess.PIPE,
            text=True,
            timeout=60,
            check=False,
        )
    finally:
        os.close(write)
    assert "nothing was changed" not in result.stderr
    assert "Traceback" not in result.stderr and "Exception ignored" not in result.stderr
    assert result.returncode == 141
    connection = sqlite3.connect(app_paths(data).database)
    try:
        rows = connection.execute("SELECT symptom FROM diary_entry").fetchall()
    finally:
        connection.close()
    assert rows == [("Headache",)]
