"""Red team, issue 22, on the command line: a delivery recorded on the evening of the first dose
logged with the app. The dose was logged before any delivery was recorded, so nothing was said
of pens; the box it came from is then recorded with today as its day: the dose took one of its
pens (counted by hand: 4 delivered, 1 used, 3 in the fridge)."""

from __future__ import annotations

import json
from pathlib import Path

from testsupport import run_cli


def test_the_first_dose_logged_before_the_first_delivery_takes_one_of_its_pens(
    tmp_path: Path,
) -> None:
    code, _, err = run_cli(
        tmp_path, "plan", "set", "--indication", "sle", "--route", "subq", "--birth-date",
        "1985-01-01", "--first-dose", "2026-10-07", "--time", "18:00", "--zone", "Europe/Madrid",
    )  # fmt: skip
    assert code == 0, err
    code, out, err = run_cli(
        tmp_path, "log-dose", "--at", "2026-10-07T18:05+02:00", "--site", "thigh-left",
        "--as-of", "2026-10-07T19:00+02:00",
    )  # fmt: skip
    assert code == 0, err
    assert "pen" not in out.lower()  # no supplies kept yet: nothing said of pens
    code, _, err = run_cli(
        tmp_path, "supplies", "add", "--count", "4", "--device", "autoinjector", "--lot", "AB1",
        "--expires", "2027-06-30", "--received", "2026-10-07", "--as-of", "2026-10-07T19:30+02:00",
    )  # fmt: skip
    assert code == 0, err
    code, out, err = run_cli(
        tmp_path, "supplies", "status", "--json", "--as-of", "2026-10-08T09:00+02:00"
    )
    assert code == 0, err
    row = json.loads(out)
    assert row["on_hand"] == 3
    assert row["covered_until"] == "2026-10-28"  # 14, 21, 28 Oct
    assert row["lots"][0]["on_hand"] == 3
    # the first dose not covered is 4 Nov: reminded 10 days before (the default lead)
    assert str(row["refill_reminder_at"]).startswith("2026-10-25"), row["refill_reminder_at"]
