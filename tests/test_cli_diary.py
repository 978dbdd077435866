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
        tmp_path, "log-symptom", "--text", text, "--severity", "2", "--country", "US", "--json",
        *AS_OF,
    )  # fmt: skip
    assert code == 0, err
    row = json.loads(out)
    guidance = " ".join(row["guidance"])
    assert row["triage"] == triage and words in guidance
    assert row["symptom"] == text and row["severity"] == 2
    assert "better off" not in guidance and "fine" not in guidance
    # every outcome, routine included, carries the safety-net line with the number
    assert row["guidance"][-1] == "If it gets worse, or you have trouble breathing, call 911."
    assert row["numbers"] == {"emergency": "911", "crisis": "988"}


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
        "numbers": row["numbers"],
        "guidance": row["guidance"],
    }
    code, out, _ = run_cli(
        tmp_path, "mood", "--phq9", "0,0,0,0,0,0,0,0,1", "--country", "US", "--json"
    )
    row = json.loads(out)
    assert row["band"] == "minimal" and row["crisis"] is True
    assert "988" in row["guidance"][0] and row["numbers"] == {"emergency": "911", "crisis": "988"}
    code, out, _ = run_cli(tmp_path, "mood", "--phq9", "1,2,3,1,2,3,1,2,0", "--json")
    assert json.loads(out)["band"] == "moderately-severe"
    code, _out, err = run_cli(tmp_path, "mood", "--phq9", "1,2,3")
    assert code == 2 and "9 answers" in err


def test_the_guidance_uses_the_numbers_entered_in_settings(tmp_path: Path) -> None:
    from belimumab_companion.paths import app_paths
    from belimumab_companion.services.app_services import build_services

    services = build_services(app_paths(tmp_path).ensure())
    services.settings.confirm_country("OTHER")
    services.settings.set_own_numbers(emergency="112")
    services.close()
    code, out, _ = run_cli(tmp_path, "log-symptom", "--text", "I fainted", "--json", *AS_OF)
    assert code == 0 and json.loads(out)["guidance"][0].startswith("Call 112 now")
    code, out, _ = run_cli(tmp_path, "mood", "--phq9", "0,0,0,0,0,0,0,0,2", "--json")
    guidance = " ".join(json.loads(out)["guidance"])
    assert "Call 112 now" in guidance and "988" not in guidance  # no number invented
    assert "add a local one" in guidance  # no crisis line known: the emergency number, and ask


def test_both_screens_lines_in_text_and_json(tmp_path: Path) -> None:
    """Issue 17: "I can't breathe and I want to die" needs the emergency AND the crisis line."""
    text = "I can't breathe and I want to die"
    code, out, err = run_cli(tmp_path, "log-symptom", "--text", text, "--country", "US", *AS_OF)
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0] == "EMERGENCY: Call 911 now. Do not wait to see if it gets better."
    assert lines[1].startswith("CRISIS: Call or text 988 now")
    assert "if you are in immediate danger call 911" in lines[1]
    code, out, _ = run_cli(
        tmp_path, "log-symptom", "--text", text, "--json", "--country", "US", *AS_OF
    )
    row = json.loads(out)
    assert row["triage"] == "emergency" and set(row["rules"]) >= {"R-29", "R-31"}
    assert row["numbers"] == {"emergency": "911", "crisis": "988"}
    assert [g.split()[0:2] for g in row["guidance"][:2]] == [["Call", "911"], ["Call", "or"]]
    assert any("988" in g for g in row["guidance"])


@pytest.mark.parametrize(
    ("country", "emergency", "crisis"),
    [("ES", "112", "024"), ("GB", "999", "116 123"), ("MX", "911", None), ("IT", "112", None)],
)
def test_country_on_the_command_line_picks_its_numbers(
    tmp_path: Path, country: str, emergency: str, crisis: str | None
) -> None:
    code, out, err = run_cli(
        tmp_path, "log-symptom", "--text", "no puedo respirar y quiero morirme", "--json",
        "--country", country.lower(), *AS_OF,
    )  # fmt: skip
    assert code == 0, err
    row = json.loads(out)
    # MX's crisis line is only partly verified: not shown until the user confirms it
    assert row["numbers"] == {"emergency": emergency, "crisis": crisis}
    assert row["guidance"][0] == f"Call {emergency} now. Do not wait to see if it gets better."
    assert all("911" not in g for g in row["guidance"]) or emergency == "911"


def test_settings_country_stores_it_and_confirms_partly_verified_numbers(tmp_path: Path) -> None:
    code, out, _ = run_cli(tmp_path, "settings", "country", "es", "--json")
    row = json.loads(out)
    assert code == 0 and row["country"] == "ES" and row["confirmed"] is True
    assert row["numbers"] == {"emergency": "112", "crisis": "024"}
    code, out, _ = run_cli(tmp_path, "log-symptom", "--text", "me desmayé", "--json", *AS_OF)
    assert json.loads(out)["guidance"][0].startswith("Call 112 now")
    code, out, _ = run_cli(tmp_path, "settings", "country", "MX")
    assert "Partly verified crisis number 800 911 2000: is this right for you?" in out
    assert "Crisis line: not confirmed yet" in out  # not "not known": the line is listed
    code, out, _ = run_cli(tmp_path, "settings", "country", "MX", "--confirm-numbers", "--json")
    assert json.loads(out)["numbers"] == {"emergency": "911", "crisis": "800 911 2000"}
    with pytest.raises(SystemExit):  # argparse refuses it: usage on stderr, status 2
        run_cli(tmp_path, "settings", "country", "Spain")


def test_notes_over_the_limit_are_refused_with_a_clear_message(tmp_path: Path) -> None:
    notes = "x" * 10_001
    code, _out, err = run_cli(tmp_path, "log-symptom", "--text", "Rash", "--notes", notes, *AS_OF)
    assert code == 2 and err.count("\n") == 1
    assert "nothing was saved" in err and "10,001 characters" in err and "10,000" in err
    code, out, _ = run_cli(tmp_path, "diary", "--json")
    assert json.loads(out) == []


def test_settings_numbers_are_the_users_own_and_win(tmp_path: Path) -> None:
    run_cli(tmp_path, "settings", "country", "CO")
    code, out, _ = run_cli(tmp_path, "mood", "--phq9", "0,0,0,0,0,0,0,0,1", "--json")
    assert "settings numbers --crisis NUMBER" in json.loads(out)["guidance"][0]
    code, out, _ = run_cli(tmp_path, "settings", "numbers", "--crisis", "106", "--json")
    assert code == 0 and json.loads(out)["numbers"] == {"emergency": "123", "crisis": "106"}
    code, out, _ = run_cli(tmp_path, "mood", "--phq9", "0,0,0,0,0,0,0,0,1", "--json")
    assert json.loads(out)["guidance"][0].startswith("Call 106 now (crisis line)")
    code, _out, err = run_cli(tmp_path, "settings", "numbers", "--crisis", "call <b>me</b>")
    assert code == 2 and "not a phone number" in err
    code, out, _ = run_cli(tmp_path, "settings", "numbers", "--crisis", "", "--json")
    assert json.loads(out)["numbers"]["crisis"] is None


# --- a refused entry is still read first ---------------------------------------


@pytest.mark.parametrize(
    ("extra", "refusal"),
    [
        (("--notes", "x" * 10_001), "10,001 characters"),
        (("--at", "2026-12-25T09:00:00+00:00"), "the start cannot be in the future"),
        (("--at", "0026-12-01T09:00:00+00:00"), "0026-12-01"),
        (("--at", "next tuesday"), "not an ISO-8601 date"),
    ],
)
def test_a_refused_entry_still_prints_the_emergency_and_crisis_lines_first(
    tmp_path: Path, extra: tuple[str, str], refusal: str
) -> None:
    text = "my throat feels like it's closing up and I want to die"
    code, out, err = run_cli(
        tmp_path, "log-symptom", "--text", text, "--country", "US", *extra, *AS_OF
    )
    assert code == 2
    lines = out.splitlines()
    assert lines[0] == "EMERGENCY: Call 911 now. Do not wait to see if it gets better."
    assert lines[1].startswith("CRISIS: Call or text 988 now (crisis line)")
    assert err.count("\n") == 1 and "nothing was saved" in err and refusal in err
    code, out, _ = run_cli(tmp_path, "diary", "--json")
    assert json.loads(out) == []


def test_a_refused_entry_in_json_says_nothing_was_saved_and_why(tmp_path: Path) -> None:
    code, out, err = run_cli(
        tmp_path, "log-symptom", "--text", "Rash", "--notes", "used my epipen " * 700,
        "--country", "US", "--json", *AS_OF,
    )  # fmt: skip
    row = json.loads(out)
    assert code == 2 and row["saved"] is False and row["triage"] == "emergency"
    assert row["guidance"][0].startswith("Call 911 now") and "characters" in row["refused"]
    assert "nothing was saved" in err


def test_a_refused_ordinary_entry_prints_only_the_refusal(tmp_path: Path) -> None:
    code, out, err = run_cli(
        tmp_path, "log-symptom", "--text", "Rash", "--notes", "x" * 10_001, *AS_OF
    )
    assert code == 2 and out == "" and err.count("\n") == 1


# --- settings country: a code that is no country; a listed line still to confirm -----------------


def test_settings_country_refuses_a_code_that_is_no_country_in_one_line(tmp_path: Path) -> None:
    run_cli(tmp_path, "settings", "country", "ES")
    for code in ("ZZ", "zz", "UK"):
        status, out, err = run_cli(tmp_path, "settings", "country", code)
        assert status == 2 and out == "" and err.count("\n") == 1
        assert "is not a country code (ISO 3166-1" in err and "nothing was changed" in err
    assert "the United Kingdom is GB" in run_cli(tmp_path, "settings", "country", "UK")[2]
    status, out, _ = run_cli(tmp_path, "settings", "country", "--json")
    assert json.loads(out)["country"] == "ES"  # unchanged: 112 and 024 still shown
    assert json.loads(out)["numbers"] == {"emergency": "112", "crisis": "024"}


def test_a_real_country_without_numbers_is_stored_with_a_clear_message(tmp_path: Path) -> None:
    status, out, _ = run_cli(tmp_path, "settings", "country", "JP")
    assert status == 0 and "Country: JP" in out
    assert "No emergency or crisis number is known for JP: enter your own with " in out
    assert "'settings numbers --emergency NUMBER --crisis NUMBER'" in out
    status, out, _ = run_cli(tmp_path, "settings", "country", "JP", "--json")
    assert json.loads(out)["note"].startswith("No emergency or crisis number is known for JP")
    run_cli(tmp_path, "settings", "numbers", "--emergency", "119")
    status, out, _ = run_cli(tmp_path, "settings", "country", "JP")
    assert "No emergency or crisis number is known" not in out  # the user's own number now


@pytest.mark.parametrize("country", ["MX", "AR"])
def test_a_partly_verified_crisis_line_says_it_needs_confirming(
    tmp_path: Path, country: str
) -> None:
    run_cli(tmp_path, "settings", "country", country)
    _status, out, _ = run_cli(tmp_path, "log-symptom", "--text", "quiero morirme", *AS_OF)
    crisis = next(line for line in out.splitlines() if line.startswith("CRISIS:"))
    assert "no crisis line is known" not in crisis
    assert f"the crisis line listed for {country} is only partly verified" in crisis
    assert f"'settings country {country} --confirm-numbers'" in crisis and "Settings" in crisis
    run_cli(tmp_path, "settings", "country", country, "--confirm-numbers")
    _status, out, _ = run_cli(tmp_path, "log-symptom", "--text", "quiero morirme", *AS_OF)
    assert "CRISIS: Call 0800 999 0091 now" in out or "CRISIS: Call 800 911 2000 now" in out
