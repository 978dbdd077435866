"""Issue 18, breaks 3-6 and the weak points at the boundary: every value a person (or a file)
hands the app goes through one validation layer, and the command line answers one line and exit
2, never a traceback."""

from __future__ import annotations

import hashlib
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from belimumab_companion.domain import bounds
from belimumab_companion.paths import app_paths
from belimumab_companion.services.diary_service import MAX_SEARCH_WORDS, fts_query
from belimumab_companion.storage.types import StoredValueError, UtcDateTime
from belimumab_companion.system.local_zone import is_valid_zone
from testsupport import run_cli, table_digests

PLAN = (
    "plan", "set", "--indication", "sle", "--route", "subq", "--birth-date", "1989-05-01",
    "--first-dose", "2026-10-03", "--time", "18:00", "--zone", "Europe/Berlin",
)  # fmt: skip


def _one_line_refusal(result: tuple[int, str, str]) -> str:
    code, _out, err = result
    assert code == 2, err
    assert err.count("\n") == 1 and "Traceback" not in err, err
    return err


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# --- dates -----------------------------------------------------------------------------------


def test_a_year_below_1000_is_written_zero_padded_and_an_unpadded_one_reads_as_a_clear_error() -> (
    None
):
    column = UtcDateTime()
    stored = column.process_bind_param(datetime(26, 12, 1, 9, 0, tzinfo=UTC), None)  # type: ignore[arg-type]  # no dialect needed: the decorator ignores it
    assert stored == "0026-12-01T09:00:00.000000Z"
    assert column.process_result_value(stored, None) == datetime(26, 12, 1, 9, 0, tzinfo=UTC)  # type: ignore[arg-type]  # no dialect needed
    with pytest.raises(StoredValueError, match="26-12-01"):
        column.process_result_value("26-12-01T09:00:00.000000Z", None)  # type: ignore[arg-type]  # no dialect needed
    with pytest.raises(StoredValueError):
        column.process_result_value("not a date", None)  # type: ignore[arg-type]  # no dialect needed


def test_a_typo_year_never_reaches_the_diary(tmp_path: Path) -> None:
    # One line and exit 2 (log-symptom reads the date itself, after the triage of the text:
    # ); no red flag here, so the data is not even opened.
    code, out, err = run_cli(
        tmp_path, "log-symptom", "--text", "Headache", "--at", "0026-12-01T09:00:00+00:00"
    )
    assert code == 2 and out == "" and err.count("\n") == 1 and "0026-12-01" in err
    assert not app_paths(tmp_path).database.exists()


def test_the_event_and_birth_date_bounds() -> None:
    assert bounds.event_date_in_range(date(2000, 1, 1))
    assert not bounds.event_date_in_range(date(1999, 12, 31))
    assert not bounds.event_date_in_range(date(2101, 1, 1))
    today = date(2026, 12, 7)
    assert bounds.birth_date_problem(date(1899, 12, 31), today) == "before-1900"
    assert bounds.birth_date_problem(date(2026, 12, 8), today) == "in-future"
    assert bounds.birth_date_problem(date(1989, 5, 1), today) is None


def test_a_stored_unpadded_year_is_one_line_not_a_traceback(tmp_path: Path) -> None:
    assert run_cli(tmp_path, "log-symptom", "--text", "Headache")[0] == 0
    connection = sqlite3.connect(app_paths(tmp_path).database)
    connection.execute("UPDATE diary_entry SET onset_at='26-12-01T09:00:00.000000Z'")
    connection.commit()
    connection.close()
    err = _one_line_refusal(run_cli(tmp_path, "diary"))
    assert "cannot read" in err


def test_as_of_cannot_store_a_symptom_in_the_future(tmp_path: Path) -> None:
    err = _one_line_refusal(
        run_cli(tmp_path, "log-symptom", "--text", "Rash", "--as-of", "2099-01-01T09:00+00:00")
    )
    assert "in the future" in err


# --- amounts -----------------------------------------------------------------------------------


@pytest.mark.parametrize("amount", ["nan", "inf", "-200", "0", "1e309"])
def test_a_dose_amount_must_be_a_finite_positive_number(tmp_path: Path, amount: str) -> None:
    assert run_cli(tmp_path, *PLAN)[0] == 0
    err = _one_line_refusal(
        run_cli(
            tmp_path,
            "log-dose",
            "--at",
            "2026-10-03T18:05+02:00",
            "--sequence",
            "1",
            "--site",
            "thigh-left",
            "--amount",
            amount,
        )
    )
    assert "amount" in err
    connection = sqlite3.connect(app_paths(tmp_path).database)
    assert connection.execute("SELECT count(*) FROM administration").fetchone()[0] == 0
    connection.close()


@pytest.mark.parametrize("value", [float("nan"), float("inf"), -1.0, 0.0, 5000.5])
def test_the_amount_bounds(value: float) -> None:
    assert bounds.amount_problem(value) is not None
    assert bounds.amount_problem(200.0) is None


def test_weight_and_temperature_bounds() -> None:
    assert bounds.weight_problem(float("nan")) == "not-a-number"
    assert bounds.weight_problem(1.0) == "too-small"
    assert bounds.weight_problem(70.0) is None
    assert bounds.temperature_problem(float("inf")) == "not-a-number"
    assert bounds.temperature_problem(25.5) is None
    assert bounds.temperature_problem(500.0) == "too-large"


# --- text ----------------------------------------------------------------------------------------


def test_free_text_loses_its_control_characters_and_the_diary_never_prints_them_raw(
    tmp_path: Path,
) -> None:
    # Issue 17: stripped before storing (each one a space, so no two words are joined).
    code, _out, err = run_cli(tmp_path, "log-symptom", "--text", "Rash\x1b[2J\x1b]0;x\x07")
    assert code == 0, err
    connection = sqlite3.connect(app_paths(tmp_path).database)
    (stored,) = connection.execute("SELECT symptom FROM diary_entry").fetchone()
    connection.close()
    assert stored == "Rash [2J ]0;x"
    # An older file may hold one: printed, it is harmless.
    connection = sqlite3.connect(app_paths(tmp_path).database)
    connection.execute("UPDATE diary_entry SET symptom='Rash\x1b[2J'")
    connection.commit()
    connection.close()
    code, out, _err = run_cli(tmp_path, "diary")
    assert code == 0 and "\x1b" not in out and "Rash\ufffd[2J" in out


def test_a_note_has_a_length_limit(tmp_path: Path) -> None:
    long_note = "x" * (bounds.NOTE_TEXT_MAX + 1)
    err = _one_line_refusal(
        run_cli(tmp_path, "log-symptom", "--text", "Rash", "--notes", long_note)
    )
    assert "keep them to 10,000" in err or "keep them to 10000" in err


def test_a_search_of_thousands_of_words_is_a_few_prefix_scans() -> None:
    query = fts_query(" ".join("abcdefghij"[i % 10] for i in range(5000)))
    assert query.count('"') == 2 * 10 or query.count("*") <= MAX_SEARCH_WORDS
    assert query.count("*") <= MAX_SEARCH_WORDS


# --- zones -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "zone", ["localtime", "Factory", "posixrules", "../etc/passwd", "Mars/Base"]
)
def test_only_real_iana_zones(zone: str, tmp_path: Path) -> None:
    assert not is_valid_zone(zone)
    plan = list(PLAN)
    plan[plan.index("Europe/Berlin")] = zone
    err = _one_line_refusal(run_cli(tmp_path, *plan))
    assert "zone" in err


def test_real_zones_are_accepted() -> None:
    assert is_valid_zone("Europe/Madrid") and is_valid_zone("UTC")


# --- paths ---------------------------------------------------------------------------------------


def test_an_export_never_replaces_the_data_file_a_sidecar_a_backup_or_the_folder(
    tmp_path: Path,
) -> None:
    assert run_cli(tmp_path, *PLAN)[0] == 0
    code, _out, _ = run_cli(tmp_path, "backup")
    assert code == 0
    paths = app_paths(tmp_path)
    backup = next(paths.backups_dir.glob("*.sqlite3"))

    def records() -> dict[str, str]:  # what the person recorded (not the app's own bookkeeping)
        digests = table_digests(paths.database)
        return {t: digests[t] for t in ("plan_segment", "administration", "diary_entry")}

    before = (records(), _digest(backup))
    targets = [paths.database, backup, Path(f"{paths.database}-wal"), paths.data_dir]
    for target in targets:
        for kind in (("export", "csv", str(target)), ("export", "fhir", str(target))):
            err = _one_line_refusal(run_cli(tmp_path, *kind))
            assert str(target) in err
    assert (records(), _digest(backup)) == before
    assert not Path(f"{paths.database}-wal").exists() or Path(f"{paths.database}-wal").is_file()


def test_data_dir_empty_a_file_or_a_folder_in_place_of_the_data_file(tmp_path: Path) -> None:
    err = _one_line_refusal(run_cli("", "due"))
    assert "--data-dir is empty" in err
    a_file = tmp_path / "file"
    a_file.write_text("x")
    assert "not a folder" in _one_line_refusal(run_cli(a_file, "due"))
    data = tmp_path / "data"
    (data / "companion.sqlite3").mkdir(parents=True)
    assert "is not a file" in _one_line_refusal(run_cli(data, "due"))


def test_a_deeply_nested_monograph_is_one_line(tmp_path: Path) -> None:
    nested = tmp_path / "deep.md"
    nested.write_text(
        "# Title\n\n### Section\n\n" + "> " * 1000 + "- " * 1000 + "text\n", encoding="utf-8"
    )
    code, _out, err = run_cli(tmp_path / "data", "info", "--monograph", str(nested))
    assert code in (0, 2) and "Traceback" not in err


# --- a killed export leaves nothing --------------------------------------------------------------

_WRITER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from belimumab_companion.system.atomic_write import atomic_writer
    with atomic_writer(Path(sys.argv[1])) as stream:
        stream.write(b"health data " * 1000)
        stream.flush()
        print("writing", flush=True)
        time.sleep(60)
    """
)


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_a_killed_export_leaves_no_partial_file(tmp_path: Path) -> None:
    target = tmp_path / "lupus-report.csv"
    writer = subprocess.Popen(
        [sys.executable, "-c", _WRITER, str(target)], stdout=subprocess.PIPE, text=True
    )
    assert writer.stdout is not None
    assert writer.stdout.readline().strip() == "writing"
    os.kill(writer.pid, signal.SIGKILL)
    writer.wait(timeout=30)
    writer.stdout.close()
    leftovers = list(tmp_path.iterdir())
    # Linux (O_TMPFILE): nothing at all; elsewhere one neutral .tmp-* name, which says nothing.
    assert all(p.name.startswith(".tmp-") and "lupus" not in p.name for p in leftovers)
    if sys.platform.startswith("linux"):
        assert leftovers == []


# --- privacy at rest -----------------------------------------------------------------------------


def test_a_discreet_calendar_names_neither_the_drug_nor_the_app(tmp_path: Path) -> None:
    import icalendar

    assert run_cli(tmp_path / "data", *PLAN)[0] == 0
    plain, discreet = tmp_path / "plain.ics", tmp_path / "discreet.ics"
    as_of = ("--as-of", "2026-10-01T09:00+02:00")
    assert run_cli(tmp_path / "data", "export", "ics", str(plain), *as_of)[0] == 0
    assert run_cli(tmp_path / "data", "export", "ics", str(discreet), "--discreet", *as_of)[0] == 0
    assert b"belimumab" in plain.read_bytes().lower()
    assert b"belimumab" not in discreet.read_bytes().lower()
    assert b"injection" not in discreet.read_bytes().lower()

    def starts(path: Path) -> list[object]:
        calendar = icalendar.Calendar.from_ical(path.read_bytes())
        return [event.decoded("DTSTART") for event in calendar.walk("VEVENT")]

    assert starts(discreet) == starts(plain) and starts(plain)


def test_a_monograph_that_overflows_the_parser_is_refused_in_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import belimumab_companion.services.monograph_files as files

    def too_deep(data: bytes) -> object:
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(files, "parse_monograph_bytes", too_deep)
    nested = tmp_path / "deep.md"
    nested.write_text("# Title\n\n### Section\n\n" + "> " * 1000 + "text\n", encoding="utf-8")
    err = _one_line_refusal(run_cli(tmp_path / "data", "info", "--monograph", str(nested)))
    assert "nested too deeply" in err


def test_a_backup_on_a_full_disk_is_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import belimumab_companion.services.backup_service as module

    assert run_cli(tmp_path, "log-symptom", "--text", "Headache")[0] == 0

    def full(*_args: object) -> object:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(module, "backup_database", full)
    err = _one_line_refusal(run_cli(tmp_path, "backup"))
    assert "the backup failed" in err and "full" in err


def test_a_huge_note_from_an_older_file_is_shortened_in_the_report() -> None:
    from belimumab_companion.ui.report.sections.wording import REPORT_NOTE_MAX, shortened

    huge = "word " * 2_000_000  # 10 MB
    short = shortened(huge)
    assert len(short) <= REPORT_NOTE_MAX + 1 and short.endswith("…")
    assert shortened("a short note") == "a short note"


def test_a_birth_date_before_1900_is_refused_by_the_plan_service(tmp_path: Path) -> None:
    from belimumab_companion.domain.regimens import Indication, Route
    from belimumab_companion.services.app_services import build_services
    from belimumab_companion.services.plan_service import PlanInputError, PlanInputs

    services = build_services(app_paths(tmp_path).ensure())
    try:
        inputs = PlanInputs(
            Indication.SLE,
            Route.SUBQ,
            date(1066, 10, 14),
            date(2026, 10, 3),
            datetime(2026, 1, 1, 18, 0).time(),
            "Europe/Berlin",
        )
        with pytest.raises(PlanInputError) as refused:
            services.plans.preview(inputs)
        assert refused.value.code == "birth-date-before-1900"
    finally:
        services.close()


@pytest.mark.skipif(os.name != "posix", reason="owners are POSIX")
def test_a_data_folder_owned_by_someone_else_is_refused_in_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As root every folder is readable, so "someone else's" is made by changing who we are."""
    data = tmp_path / "data"
    data.mkdir()
    real_owner = data.stat().st_uid
    monkeypatch.setattr(os, "getuid", lambda: real_owner + 4242)
    err = _one_line_refusal(run_cli(data, "due"))
    assert "belongs to another user" in err
    assert list(data.iterdir()) == []  # nothing made in it
