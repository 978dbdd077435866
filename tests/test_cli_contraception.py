"""CLI: contraception set / status (JSON with method, next_reminder, needed_until), on/off, and
the window after a stop (R-36)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from belimumab_companion.cli import CONTRACEPTION_METHODS
from belimumab_companion.domain.contraception import Method
from testsupport import run_cli

PLAN = (
    "plan", "set", "--indication", "sle", "--route", "subq", "--birth-date", "1989-05-01",
    "--first-dose", "2026-10-03", "--time", "18:00", "--zone", "Europe/Berlin",
)  # fmt: skip


def _status(data: Path, as_of: str) -> dict[str, object]:
    code, out, err = run_cli(data, "contraception", "status", "--json", "--as-of", as_of)
    assert code == 0, err
    parsed: dict[str, Any] = json.loads(out)
    return parsed


def test_the_cli_offers_every_method() -> None:
    assert tuple(m.value for m in Method) == CONTRACEPTION_METHODS


def test_set_and_status_json_through_a_stop(tmp_path: Path) -> None:
    assert run_cli(tmp_path, *PLAN)[0] == 0
    code, out, err = run_cli(
        tmp_path, "contraception", "set", "--method", "ring", "--start", "2026-10-01",
        "--time", "08:30", "--zone", "Europe/Berlin",
    )  # fmt: skip
    assert code == 0, err and "ring" in out
    for day in ("2026-10-03", "2026-10-10", "2026-10-17", "2026-10-24", "2026-10-31"):
        code, _, err = run_cli(
            tmp_path, "log-dose", "--at", f"{day}T18:05+01:00", "--site", "thigh-left",
            "--as-of", f"{day}T19:00+01:00",
        )  # fmt: skip
        assert code == 0, err
    row = _status(tmp_path, "2026-11-02T10:00+01:00")
    assert row["method"] == "ring" and row["window"] == "on-treatment"
    assert row["needed_until"] == "2027-02-28" and row["last_dose"] == "2026-10-31"
    # the ring went in on 1 October: out on the 22nd, in again on the 29th, out on 19 November
    assert row["next_reminder"] == "2026-11-19T08:30:00+01:00"
    assert row["next_action"] == "remove-ring"
    assert (
        run_cli(tmp_path, "plan", "stop", "--date", "2026-10-31", "--reason", "remission")[0] == 0
    )
    row = _status(tmp_path, "2027-02-15T10:00+01:00")
    assert (row["window"], row["needed_until"]) == ("ending-soon", "2027-02-28")
    assert (row["next_reminder"], row["next_action"]) == (
        "2027-02-18T08:30:00+01:00",
        "insert-ring",
    )
    # the ring after that comes out on 11 March, after the window: no more reminders
    assert _status(tmp_path, "2027-02-19T10:00+01:00")["next_reminder"] is None
    row = _status(tmp_path, "2027-03-02T10:00+01:00")
    assert row["window"] == "ended" and row["next_reminder"] is None
    code, out, _ = run_cli(tmp_path, "contraception", "status", "--as-of", "2027-03-02T10:00+01:00")
    assert "needed until Sun, 28 Feb 2027 (that time is over)" in out  # issue 20: a readable date


def test_off_hides_the_reminders_and_keeps_the_method(tmp_path: Path) -> None:
    run_cli(tmp_path, *PLAN)
    run_cli(tmp_path, "contraception", "set", "--method", "progestin-pill", "--start", "2026-10-01")
    assert run_cli(tmp_path, "contraception", "off")[0] == 0
    row = _status(tmp_path, "2026-11-02T10:00+01:00")
    assert row["enabled"] is False and row["method"] == "progestin-pill"
    assert row["next_reminder"] is None
    code, out, _ = run_cli(tmp_path, "contraception", "status")
    assert code == 0 and "off" in out
    run_cli(tmp_path, "contraception", "on")
    assert _status(tmp_path, "2026-11-02T10:00+01:00")["next_reminder"] is not None


def test_bad_input_is_a_one_line_refusal(tmp_path: Path) -> None:
    code, _, err = run_cli(
        tmp_path, "contraception", "set", "--method", "iud", "--start", "2026-10-01"
    )
    assert code == 2 and "--replace-by" in err and err.count("\n") == 1
    code, _, err = run_cli(
        tmp_path, "contraception", "set", "--method", "patch", "--start", "2026-10-01",
        "--days-off", "0",
    )  # fmt: skip
    assert code == 2 and "--days-off" in err
    code, _, err = run_cli(
        tmp_path, "contraception", "set", "--method", "injection", "--start", "2026-10-01",
        "--zone", "Mars/Olympus",
    )  # fmt: skip
    assert code == 2 and "Mars/Olympus" in err
    code, _out, _ = run_cli(
        tmp_path, "contraception", "set", "--method", "iud", "--start", "2026-10-01",
        "--replace-by", "2031-10-01",
    )  # fmt: skip
    assert code == 0


def test_before_the_first_dose_is_logged_no_end_date_is_given(tmp_path: Path) -> None:
    """R-49: a plan whose first dose is next week and no dose logged: no date, in text or JSON."""
    assert run_cli(tmp_path, *PLAN)[0] == 0
    assert run_cli(tmp_path, "contraception", "on")[0] == 0
    row = _status(tmp_path, "2026-09-26T10:00+02:00")
    assert row["on_treatment"] is True and row["last_dose"] is None
    assert row["needed_until"] is None
    code, out, err = run_cli(
        tmp_path, "contraception", "status", "--as-of", "2026-09-26T10:00+02:00"
    )
    assert code == 0, err
    assert "No dose is logged yet, so there is no end date." in out
    assert "until" not in out
