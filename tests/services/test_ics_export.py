"""The iCalendar export, read back by independent parsers and compared with the engine."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import recurring_ical_events

from testsupport import run_cli

_run = run_cli


def _weekly_at_half_past_two_in_berlin(tmp_path: Path, indication: str, first_dose: str) -> Path:
    """A SubQ plan at 02:30 Europe/Berlin (the hour DST skips or repeats), set through the CLI."""
    data = tmp_path / "d"
    code, _out, err = _run(
        data,
        "plan",
        "set",
        "--indication",
        indication,
        "--route",
        "subq",
        "--birth-date",
        "1984-03-02",
        "--first-dose",
        first_dose,
        "--time",
        "02:30",
        "--zone",
        "Europe/Berlin",
    )
    assert code == 0, err
    return data


def test_every_exported_date_matches_the_engine_across_dst(tmp_path: Path) -> None:
    data = _weekly_at_half_past_two_in_berlin(tmp_path, "ln", "2025-03-03")
    as_of = "2025-03-01T12:00+01:00"
    ics = tmp_path / "doses.ics"
    code, out, err = _run(data, "export", "ics", str(ics), "--count", "40", "--as-of", as_of)
    assert code == 0, err
    assert "Wrote 40 doses" in out
    engine = json.loads(_run(data, "upcoming", "--count", "40", "--json", "--as-of", as_of)[1])

    calendar = icalendar.Calendar.from_ical(ics.read_bytes())
    events = sorted(calendar.walk("VEVENT"), key=lambda e: e.decoded("dtstart"))
    assert len(events) == 40
    assert {tz.get("tzid") for tz in calendar.walk("VTIMEZONE")} == {"Europe/Berlin"}
    for event, dose in zip(events, engine, strict=True):
        start = event.decoded("dtstart")
        assert start.isoformat() == dose["due"]
        assert event["dtstart"].params["TZID"] == "Europe/Berlin"
        assert start.astimezone(ZoneInfo("Europe/Berlin")).strftime("%H:%M") in (
            "02:30",
            "03:30",
        )  # gap policy
        (alarm,) = event.walk("VALARM")
        assert alarm.decoded("trigger") == -timedelta(minutes=30)
    assert "two injections" in str(events[0]["summary"]) and "400 mg" in str(events[0]["summary"])
    assert "200 mg" in str(events[-1]["summary"])

    window = recurring_ical_events.of(calendar).between(datetime(2025, 3, 1), datetime(2026, 3, 1))
    assert sorted(e.decoded("dtstart").isoformat() for e in window) == [d["due"] for d in engine]


def test_export_to_an_unwritable_place_is_one_line(tmp_path: Path) -> None:
    data = tmp_path / "d"
    _run(
        data,
        "plan",
        "set",
        "--indication",
        "sle",
        "--route",
        "subq",
        "--birth-date",
        "1984-03-02",
        "--first-dose",
        "2025-03-03",
        "--time",
        "18:00",
        "--zone",
        "UTC",
    )
    code, _, err = _run(data, "export", "ics", str(tmp_path / "missing-folder" / "x.ics"))
    assert code == 2 and "cannot write" in err
    assert not list(tmp_path.glob("**/*.partial"))


def test_doses_on_the_dst_sundays_follow_the_gap_and_fold_policy(tmp_path: Path) -> None:
    """Scenario 15/16 for the calendar: weekly on Sundays at 02:30 in Berlin, so one dose falls
    in the spring-forward gap (moved to 03:30 CEST, as the engine and RFC 5545 read it) and one
    in the repeated hour of fall-back (the first 02:30, CEST)."""
    data = _weekly_at_half_past_two_in_berlin(tmp_path, "sle", "2025-03-23")
    as_of = "2025-03-20T12:00+01:00"
    ics = tmp_path / "doses.ics"
    assert _run(data, "export", "ics", str(ics), "--count", "40", "--as-of", as_of)[0] == 0
    engine = json.loads(_run(data, "upcoming", "--count", "40", "--json", "--as-of", as_of)[1])
    calendar = icalendar.Calendar.from_ical(ics.read_bytes())
    events = sorted(calendar.walk("VEVENT"), key=lambda e: e.decoded("dtstart"))
    starts = {e.decoded("dtstart").date().isoformat(): e.decoded("dtstart") for e in events}
    assert [e.decoded("dtstart").isoformat() for e in events] == [d["due"] for d in engine]
    spring = starts["2025-03-30"]
    assert (spring.strftime("%H:%M"), spring.utcoffset()) == ("03:30", timedelta(hours=2))
    autumn = starts["2025-10-26"]
    assert (autumn.strftime("%H:%M"), autumn.utcoffset()) == ("02:30", timedelta(hours=2))
    # and an independent expansion of the calendar sees each of those doses exactly once
    around = recurring_ical_events.of(calendar).between(
        datetime(2025, 3, 29, tzinfo=ZoneInfo("UTC")),
        datetime(2025, 10, 27, tzinfo=ZoneInfo("UTC")),
    )
    days = [e.decoded("dtstart").date().isoformat() for e in around]
    assert days.count("2025-03-30") == 1 and days.count("2025-10-26") == 1
