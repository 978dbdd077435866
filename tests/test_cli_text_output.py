"""Issue 20: the command line's text output uses the window's plain words and readable dates;
the codes and ISO 8601 stay in ``--json``. Real data folder, real commands."""

from __future__ import annotations

import json
import re
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QLocale

from belimumab_companion.domain.schedule import DoseStatus
from belimumab_companion.text.dates import english_date, english_date_time
from belimumab_companion.text.doses import MISSED_ADVICE_TEXT, STATUS_TEXT
from testsupport import run_cli

PLAN = (
    "plan", "set", "--indication", "sle", "--route", "subq", "--birth-date", "1980-01-01",
    "--first-dose", "2026-10-01", "--time", "09:00", "--zone", "Europe/Madrid",
)  # fmt: skip
AS_OF = ("--as-of", "2026-10-09T10:00+02:00")  # dose #2 of Thu 8 Oct missed, not logged
ISO_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
CODES = ("sle-subq-adult-weekly", "inject-when-remembered", "subq", "maintenance", "open")


def _text_and_json(data: Path, *argv: str) -> tuple[str, object]:
    code, text, err = run_cli(data, *argv)
    assert code in (0, 1), err
    json_code, raw, err = run_cli(data, *argv, "--json")
    assert json_code == code, err
    return text, json.loads(raw)


def test_plan_due_and_upcoming_print_words_not_codes(tmp_path: Path) -> None:
    code, out, err = run_cli(tmp_path, *PLAN)
    assert code == 0, err
    assert out.startswith("Plan set: lupus (SLE) by injection, every 7 days from Thu, 1 Oct 2026")
    assert "sle-subq-adult-weekly" not in out and not ISO_DATE.search(out)

    text, rows = _text_and_json(tmp_path, "plan", "show")
    assert (
        text == "Thu, 1 Oct 2026: lupus (SLE) by injection, every 7 days, at 09:00 Europe/Madrid\n"
    )
    assert isinstance(rows, list) and rows[0]["regimen"] == "sle-subq-adult-weekly"

    text, rows = _text_and_json(tmp_path, "due", *AS_OF)
    # the window's words for a missed weekly dose, from the same table
    advice = MISSED_ADVICE_TEXT["inject-when-remembered"]
    assert text == (
        f"#2    Thu, 8 Oct 2026, 09:00   {STATUS_TEXT[DoseStatus.OPEN]} (the dose to give now). "
        f"{advice}\n"
    )
    assert isinstance(rows, list)
    assert [(r["status"], r["advice"], r["due"]) for r in rows] == [
        ("open", "inject-when-remembered", "2026-10-08T09:00:00+02:00")
    ]

    text, rows = _text_and_json(tmp_path, "upcoming", "--count", "2", *AS_OF)
    assert text.splitlines() == [
        "#3    Thu, 15 Oct 2026, 09:00  200 mg, injection under the skin, regular dose: upcoming",
        "#4    Thu, 22 Oct 2026, 09:00  200 mg, injection under the skin, regular dose: upcoming",
    ]
    assert isinstance(rows, list)
    assert [(r["route"], r["phase"], r["status"]) for r in rows] == [
        ("subq", "maintenance", "upcoming")
    ] * 2
    for line in text.splitlines():
        assert not ISO_DATE.search(line)
        assert not any(re.search(rf"(?<![\w-]){code}(?![\w-])", line) for code in CODES), line


def test_log_dose_diary_and_contraception_print_readable_dates(tmp_path: Path) -> None:
    assert run_cli(tmp_path, *PLAN)[0] == 0
    code, out, err = run_cli(
        tmp_path, "log-dose", "--at", "2026-10-09T09:00+02:00", "--site", "thigh-left",
        "--then", "keep-day", *AS_OF,
    )  # fmt: skip
    assert code == 0, err
    assert out.splitlines() == [
        "Logged dose #2 (planned Thu, 8 Oct 2026, 09:00).",
        "Next dose: Thu, 15 Oct 2026 (on your usual weekday, R-17).",  # not "keep-day"
    ]
    code, out, err = run_cli(
        tmp_path, "log-symptom", "--text", "Headache", "--severity", "2", *AS_OF
    )
    assert code == 0, err
    assert "CARE TEAM TODAY: Contact your care team today" in out  # not "CARE-TEAM-TODAY"
    text, rows = _text_and_json(tmp_path, "diary")
    assert "moderate" in text and "contact care team today" in text and "Headache" in text
    assert "care-team-today" not in text and not ISO_DATE.search(text)
    assert isinstance(rows, list) and rows[0]["triage"] == "care-team-today"

    code, out, err = run_cli(
        tmp_path, "contraception", "set", "--method", "ring", "--start", "2026-10-01",
        "--zone", "Europe/Madrid",
    )  # fmt: skip
    assert code == 0, err
    assert out.startswith("Contraception method set: Vaginal ring from Thu, 1 Oct 2026.")
    text, row = _text_and_json(tmp_path, "contraception", "status", *AS_OF)
    assert "Method: Vaginal ring" in text and "remove-ring" not in text
    assert "Next reminder: Thu, 22 Oct 2026, 21:00: Take out your ring" in text
    assert not ISO_DATE.search(text)
    assert isinstance(row, dict) and row["method"] == "ring" and row["next_action"] == "remove-ring"


def test_mood_prints_the_band_in_words(tmp_path: Path) -> None:
    answers = ("--phq9", "2,2,2,2,2,2,2,1,0", "--country", "US")  # 15: moderately severe
    text, row = _text_and_json(tmp_path, "mood", *answers)
    assert text.splitlines()[0] == "PHQ-9 score 15 of 27 (moderately severe)."
    assert "moderately-severe" not in text and "band=" not in text
    assert isinstance(row, dict) and (row["total"], row["band"]) == (15, "moderately-severe")
    code, out, err = run_cli(tmp_path, "mood", "--phq2", "1,1", "--country", "US")
    assert code == 0, err
    assert out.splitlines()[0] == "PHQ-2 score 2 of 6."


def test_english_dates_are_the_windows_english_format() -> None:
    assert english_date(date(2026, 10, 1)) == "Thu, 1 Oct 2026"
    moment = datetime(2026, 3, 29, 3, 30, tzinfo=ZoneInfo("Europe/Madrid"))  # after the gap
    assert english_date_time(moment) == "Sun, 29 Mar 2026, 03:30"


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 12, 31)))
def test_english_date_matches_the_window_in_english(day: date) -> None:
    """The window's medium date (ui.locale_format.medium_date) in British English."""
    from belimumab_companion.ui.text.locale_format import medium_date

    previous = QLocale()
    QLocale.setDefault(QLocale("en_GB"))
    try:
        assert english_date(day) == medium_date(day)
    finally:
        QLocale.setDefault(previous)
