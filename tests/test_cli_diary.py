"""CLI: log-symptom prints the stored entry with its triage and guidance; diary; mood."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from testsupport import run_cli

AS_OF = ("--as-of", "2026-11-23T10:00:00+00:00")


@pytest.mark.parametrize(
    ("text", "triage", "words"),
    [
        ("my lips are swelling", "emergency", "Call 911 now"),
        ("I keep thinking I would be better off dead", "crisis", "Call or text 988"),
        ("fever since last night", "care-team-today", "Contact your care team today"),
        ("a little tired", "routine", "Tell your care team about any side effect"),
    ],
)
def test_log_symptom_json_has_triage_and_guidance(
    tmp_path: Path, text: str, triage: str, words: str
) -> None:
    code, out, err = run_cli(
        tmp_path, "log-symptom", "--text", text, "--severity", "2", "--json", *AS_OF
    )
    assert code == 0, err
    row = json.loads(out)
    assert row["triage"] == triage and words in row["guidance"]
    assert row["symptom"] == text and row["severity"] == 2
    assert "better off" not in row["guidance"] and "fine" not in row["guidance"]


def test_diary_lists_newest_first_and_filters_by_date(tmp_path: Path) -> None:
    run_cli(tmp_path, "log-symptom", "--text", "Rash", "--at", "2026-11-20T09:00:00+00:00", *AS_OF)
    run_cli(
        tmp_path, "log-symptom", "--text", "Nausea", "--at", "2026-11-22T09:00:00+00:00", *AS_OF
    )
    code, out, _ = run_cli(tmp_path, "diary", "--json")
    assert code == 0 and [r["symptom"] for r in json.loads(out)] == ["Nausea", "Rash"]
    code, out, _ = run_cli(tmp_path, "diary", "--json", "--since", "2026-11-21")
    assert [r["symptom"] for r in json.loads(out)] == ["Nausea"]


def test_bad_symptom_input_is_one_line_exit_2(tmp_path: Path) -> None:
    code, _out, err = run_cli(tmp_path, "log-symptom", "--text", "  ", *AS_OF)
    assert code == 2 and err.count("\n") == 1


def test_mood_scores_like_the_gui(tmp_path: Path) -> None:
    code, out, _ = run_cli(tmp_path, "mood", "--phq2", "2,1", "--json")
    row = json.loads(out)
    assert code == 0 and row == {
        "kind": "phq2",
        "total": 3,
        "offer_phq9": True,
        "guidance": row["guidance"],
    }
    code, out, _ = run_cli(tmp_path, "mood", "--phq9", "0,0,0,0,0,0,0,0,1", "--json")
    row = json.loads(out)
    assert row["band"] == "minimal" and row["crisis"] is True and "988" in row["guidance"]
    code, out, _ = run_cli(tmp_path, "mood", "--phq9", "1,2,3,1,2,3,1,2,0", "--json")
    assert json.loads(out)["band"] == "moderately-severe"
    code, _out, err = run_cli(tmp_path, "mood", "--phq9", "1,2,3")
    assert code == 2 and "9 answers" in err


def test_the_guidance_uses_the_numbers_entered_in_settings(tmp_path: Path) -> None:
    from belimumab_companion.paths import app_paths
    from belimumab_companion.services.app_services import build_services

    services = build_services(app_paths(tmp_path).ensure())
    services.settings.set("help.country", "OTHER")
    services.settings.set("help.emergency", "112")
    services.close()
    code, out, _ = run_cli(tmp_path, "log-symptom", "--text", "I fainted", "--json", *AS_OF)
    assert code == 0 and json.loads(out)["guidance"].startswith("Call 112 now")
    code, out, _ = run_cli(tmp_path, "mood", "--phq9", "0,0,0,0,0,0,0,0,2", "--json")
    guidance = json.loads(out)["guidance"]
    assert "call 112" in guidance and "988" not in guidance  # no number invented
