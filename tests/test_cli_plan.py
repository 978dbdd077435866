"""The stable CLI for plans and upcoming doses (issue 3 item 8), on a real data folder."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from testsupport import run_cli

_run = run_cli


SLE_WEEKLY = (
    "plan",
    "set",
    "--indication",
    "sle",
    "--route",
    "subq",
    "--birth-date",
    "1990-05-17",
    "--first-dose",
    "2025-01-06",
    "--time",
    "18:00",
    "--zone",
    "America/New_York",
)


def test_plan_set_then_upcoming_json_r04(tmp_path: Path) -> None:
    assert _run(tmp_path, *SLE_WEEKLY)[0] == 0
    code, out, _ = _run(
        tmp_path, "upcoming", "--count", "3", "--json", "--as-of", "2025-01-01T12:00-05:00"
    )
    assert code == 0
    rows = json.loads(out)
    assert [r["due"] for r in rows] == [
        "2025-01-06T18:00:00-05:00",
        "2025-01-13T18:00:00-05:00",
        "2025-01-20T18:00:00-05:00",
    ]
    assert {(r["amount_mg"], r["route"], r["phase"], r["status"]) for r in rows} == {
        (200.0, "subq", "maintenance", "upcoming")
    }
    assert [r["sequence"] for r in rows] == [1, 2, 3]


def test_upcoming_keeps_local_time_across_dst(tmp_path: Path) -> None:
    _run(tmp_path, *SLE_WEEKLY)
    _, out, _ = _run(
        tmp_path, "upcoming", "--count", "2", "--json", "--as-of", "2025-03-04T12:00-05:00"
    )
    assert [r["due"] for r in json.loads(out)] == [
        "2025-03-10T18:00:00-04:00",
        "2025-03-17T18:00:00-04:00",
    ]


def test_r02_iv_upcoming_shows_mg_per_kg_or_the_dose_for_the_weight(tmp_path: Path) -> None:
    _run(
        tmp_path,
        "plan",
        "set",
        "--indication",
        "ln",
        "--route",
        "iv",
        "--birth-date",
        "1980-01-01",
        "--weight",
        "70",
        "--first-dose",
        "2025-01-06",
        "--time",
        "09:30",
        "--zone",
        "Europe/Berlin",
    )
    _, out, _ = _run(tmp_path, "upcoming", "--count", "4", "--json", "--as-of", "2025-01-01T00:00Z")
    rows = json.loads(out)
    assert [r["due"][:10] for r in rows] == ["2025-01-06", "2025-01-20", "2025-02-03", "2025-03-03"]
    assert [r["phase"] for r in rows] == ["loading"] * 3 + ["maintenance"]
    assert {r["amount_mg"] for r in rows} == {700.0}


@pytest.mark.parametrize(
    ("extra", "words"),
    [
        (
            (
                "--indication",
                "ln",
                "--route",
                "subq",
                "--birth-date",
                "2014-04-02",
                "--weight",
                "35",
            ),
            "R-07",
        ),
        (("--indication", "sle", "--route", "subq", "--birth-date", "2014-04-02"), "weight"),
        (
            (
                "--indication",
                "sle",
                "--route",
                "subq",
                "--birth-date",
                "2014-04-02",
                "--weight",
                "14.9",
            ),
            "15 kg",
        ),
        (
            (
                "--indication",
                "sle",
                "--route",
                "subq",
                "--birth-date",
                "1990-01-01",
                "--zone",
                "Mars/Olympus",
            ),
            "time zone",
        ),
        (
            (
                "--indication",
                "sle",
                "--route",
                "subq",
                "--birth-date",
                "1990-01-01",
                "--interval-days",
                "7",
            ),
            "go together",
        ),
    ],
    ids=["r07-child-ln", "r01-no-weight", "r06-under-15", "bad-zone", "half-prescription"],
)
def test_plan_set_refusals_are_one_line_exit_2_and_save_nothing(
    tmp_path: Path, extra: tuple[str, ...], words: str
) -> None:
    code, out, err = _run(
        tmp_path, "plan", "set", *extra, "--first-dose", "2025-01-06", "--time", "18:00"
    )
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and words in err
    assert _run(tmp_path, "plan", "show", "--json")[1].strip() == "[]"


def test_r07_child_ln_as_prescribed(tmp_path: Path) -> None:
    code, _, err = _run(
        tmp_path,
        "plan",
        "set",
        "--indication",
        "ln",
        "--route",
        "subq",
        "--birth-date",
        "2014-04-02",
        "--weight",
        "35",
        "--first-dose",
        "2025-01-06",
        "--time",
        "18:00",
        "--zone",
        "UTC",
        "--interval-days",
        "14",
        "--amount-mg",
        "200",
    )
    assert code == 0, err
    (segment,) = json.loads(_run(tmp_path, "plan", "show", "--json")[1])
    assert segment["as_prescribed"] is True and segment["interval_days"] == 14


def test_a_new_plan_version_keeps_history_and_continues_sequences(tmp_path: Path) -> None:
    _run(tmp_path, *SLE_WEEKLY)
    code, _, err = _run(
        tmp_path,
        "plan",
        "set",
        "--indication",
        "sle",
        "--route",
        "subq",
        "--birth-date",
        "1990-05-17",
        "--first-dose",
        "2025-02-05",
        "--time",
        "08:00",
        "--zone",
        "America/New_York",
    )
    assert code == 0, err
    segments = json.loads(_run(tmp_path, "plan", "show", "--json")[1])
    assert [(s["first_dose"], s["ends_before"]) for s in segments] == [
        ("2025-01-06", "2025-02-05"),
        ("2025-02-05", None),
    ]
    _, out, _ = _run(
        tmp_path, "upcoming", "--count", "2", "--json", "--as-of", "2025-02-01T12:00-05:00"
    )
    rows = json.loads(out)
    assert [(r["segment"], r["sequence"], r["due"]) for r in rows] == [
        (1, 5, "2025-02-03T18:00:00-05:00"),
        (2, 6, "2025-02-05T08:00:00-05:00"),
    ]
    code, _, err = _run(
        tmp_path,
        "plan",
        "set",
        "--indication",
        "sle",
        "--route",
        "subq",
        "--birth-date",
        "1990-05-17",
        "--first-dose",
        "2025-01-01",
        "--time",
        "08:00",
        "--zone",
        "UTC",
    )
    assert code == 2 and "after the current one" in err


LN_WEEKLY = (
    "plan",
    "set",
    "--indication",
    "ln",
    "--route",
    "subq",
    "--birth-date",
    "1984-03-02",
    "--first-dose",
    "2025-01-06",
    "--time",
    "18:00",
    "--zone",
    "Europe/Madrid",
)


def _log(data: Path, at: str, *extra: str) -> tuple[int, str, str]:
    """Log dose #1 (R-47: named; on 1 Feb the dose suggested is #4)."""
    return _run(
        data, "log-dose", "--sequence", "1", "--at", at, "--as-of", "2025-02-01T12:00+01:00", *extra
    )


def test_r22_a_400_mg_dose_needs_two_different_sites(tmp_path: Path) -> None:
    _run(tmp_path, *LN_WEEKLY)
    code, _, err = _log(
        tmp_path, "2025-01-06T18:05+01:00", "--site", "thigh-left", "--site", "thigh-left"
    )
    assert code == 2 and "R-22" in err
    code, out, err = _log(
        tmp_path, "2025-01-06T18:05+01:00", "--site", "thigh-left", "--site", "abdomen-right"
    )
    assert code == 0, err
    assert "#1" in out and "Incomplete" not in out


def test_r22_r23_one_injection_of_two_is_flagged_incomplete(tmp_path: Path) -> None:
    _run(tmp_path, *LN_WEEKLY)
    code, out, _ = _log(tmp_path, "2025-01-06T18:05+01:00", "--site", "thigh-left")
    assert code == 0
    assert "Incomplete dose" in out and "do not inject another dose on your own" in out


def test_r18_never_two_weekly_doses_on_the_same_day(tmp_path: Path) -> None:
    _run(tmp_path, *SLE_WEEKLY)
    assert (
        _run(
            tmp_path,
            "log-dose",
            "--sequence",
            "1",
            "--at",
            "2025-01-08T09:00-05:00",
            "--as-of",
            "2025-01-20T12:00-05:00",
            "--site",
            "thigh-left",
            "--then",
            "keep-day",
        )[0]
        == 0
    )
    code, _, err = _run(
        tmp_path,
        "log-dose",
        "--at",
        "2025-01-08T20:00-05:00",
        "--sequence",
        "2",
        "--as-of",
        "2025-01-20T12:00-05:00",
        "--site",
        "thigh-right",
    )
    assert code == 2 and "R-18" in err


def test_a_dose_logged_after_midnight_answers_the_late_occurrence_not_the_next(
    tmp_path: Path,
) -> None:
    _run(tmp_path, *SLE_WEEKLY)
    code, out, _ = _run(
        tmp_path,
        "log-dose",
        "--at",
        "2025-01-14T00:30-05:00",
        "--as-of",
        "2025-01-14T01:00-05:00",
        "--site",
        "abdomen-left",
        "--then",
        "keep-day",  # after midnight it is a make-up dose
    )
    assert code == 0 and "#2" in out
    _, upcoming, _ = _run(
        tmp_path, "upcoming", "--count", "1", "--json", "--as-of", "2025-01-14T01:00-05:00"
    )
    assert json.loads(upcoming)[0]["sequence"] == 3


def test_a_dose_more_than_5_minutes_in_the_future_is_refused(tmp_path: Path) -> None:
    _run(tmp_path, *SLE_WEEKLY)
    code, _, err = _run(
        tmp_path,
        "log-dose",
        "--at",
        "2025-01-06T18:06-05:00",
        "--as-of",
        "2025-01-06T18:00-05:00",
        "--site",
        "thigh-left",
    )
    assert code == 2 and "5 minutes" in err
    assert (
        _run(
            tmp_path,
            "log-dose",
            "--at",
            "2025-01-06T18:05-05:00",
            "--as-of",
            "2025-01-06T18:00-05:00",
            "--site",
            "thigh-left",
        )[0]
        == 0
    )


def test_r28_the_upper_arm_is_not_a_site(tmp_path: Path) -> None:
    _run(tmp_path, *SLE_WEEKLY)
    with pytest.raises(SystemExit) as caught:
        _run(tmp_path, "log-dose", "--at", "2025-01-06T18:00-05:00", "--site", "upper-arm-left")
    assert caught.value.code == 2


SLE_IV = (
    "plan",
    "set",
    "--indication",
    "sle",
    "--route",
    "iv",
    "--birth-date",
    "1990-05-17",
    "--weight",
    "60",
    "--first-dose",
    "2025-01-06",
    "--time",
    "09:00",
    "--zone",
    "Europe/Madrid",
)


def _log_iv(data: Path, sequence: int, day: str) -> None:
    code, _, err = _run(
        data,
        "log-dose",
        "--sequence",
        str(sequence),
        "--at",
        f"{day}T10:00+01:00",
        "--as-of",
        "2025-03-05T12:00+01:00",
    )
    assert code == 0, err


def test_r13_switch_outside_the_window_is_refused_with_the_window(tmp_path: Path) -> None:
    _run(tmp_path, *SLE_IV)
    for sequence, day in enumerate(("2025-01-06", "2025-01-20", "2025-02-03", "2025-03-03"), 1):
        _log_iv(tmp_path, sequence, day)
    code, _, err = _run(tmp_path, "plan", "switch", "--route", "subq", "--first-dose", "2025-04-01")
    assert code == 2
    assert "between 2025-03-10 and 2025-03-31" in err and "R-13" in err
    code, _out, err = _run(
        tmp_path,
        "plan",
        "switch",
        "--route",
        "subq",
        "--first-dose",
        "2025-03-10",
        "--time",
        "18:00",
    )
    assert code == 0, err
    segments = json.loads(_run(tmp_path, "plan", "show", "--json")[1])
    assert [(s["route"], s["ends_before"]) for s in segments] == [
        ("iv", "2025-03-10"),
        ("subq", None),
    ]
    _, upcoming, _ = _run(
        tmp_path, "upcoming", "--count", "2", "--json", "--as-of", "2025-03-05T12:00+01:00"
    )
    rows = json.loads(upcoming)
    assert [(r["sequence"], r["route"], r["due"], r["amount_mg"]) for r in rows] == [
        (5, "subq", "2025-03-10T18:00:00+01:00", 200.0),
        (6, "subq", "2025-03-17T18:00:00+01:00", 200.0),
    ]


def test_r14_ln_switch_needs_two_infusions(tmp_path: Path) -> None:
    _run(tmp_path, *[a if a != "sle" else "ln" for a in SLE_IV])
    _log_iv(tmp_path, 1, "2025-01-06")
    code, _, err = _run(tmp_path, "plan", "switch", "--route", "subq", "--first-dose", "2025-01-15")
    assert code == 2 and "at least 2 infusions" in err


def test_r15_subq_to_iv_is_for_the_prescriber(tmp_path: Path) -> None:
    _run(tmp_path, *SLE_WEEKLY)
    code, _, err = _run(tmp_path, "plan", "switch", "--route", "iv", "--first-dose", "2025-02-01")
    assert code == 2 and "R-15" in err


def test_stop_keeps_history_and_reason(tmp_path: Path) -> None:
    _run(tmp_path, *SLE_WEEKLY)
    _run(
        tmp_path,
        "log-dose",
        "--at",
        "2025-01-13T18:00-05:00",
        "--as-of",
        "2025-01-14T00:00-05:00",
        "--site",
        "thigh-left",
    )
    code, _, err = _run(
        tmp_path, "plan", "stop", "--date", "2025-01-12", "--reason", "care team decision"
    )
    assert code == 2 and "logged after" in err
    code, _out, err = _run(
        tmp_path, "plan", "stop", "--date", "2025-01-13", "--reason", "care team decision"
    )
    assert code == 0, err
    (segment,) = json.loads(_run(tmp_path, "plan", "show", "--json")[1])
    assert segment["ends_before"] == "2025-01-14"
    _, upcoming, _ = _run(tmp_path, "upcoming", "--json", "--as-of", "2025-01-14T00:00-05:00")
    assert json.loads(upcoming) == []
