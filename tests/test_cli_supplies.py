"""Issue 22 on the command line: supplies add | status [--json] | discard, with R-05 (an LN
400 mg dose is two pens), R-09 (a child: autoinjector only), R-26/R-27 (a pen set aside)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from testsupport import run_cli

AS_OF = "2026-10-01T09:00+02:00"  # a Thursday; the plans start on Wed 7 Oct


def _plan(
    data: Path, indication: str = "sle", route: str = "subq", birth: str = "1985-01-01"
) -> None:
    code, _, err = run_cli(
        data, "plan", "set", "--indication", indication, "--route", route, "--birth-date", birth,
        "--first-dose", "2026-10-07", "--time", "18:00", "--zone", "Europe/Madrid",
        *(("--weight", "31") if birth > "2015" else ()),
    )  # fmt: skip
    assert code == 0, err


def _status(data: Path, as_of: str = AS_OF) -> dict[str, object]:
    code, out, err = run_cli(data, "supplies", "status", "--json", "--as-of", as_of)
    assert code == 0, err
    return json.loads(out)  # type: ignore[no-any-return]


def _add(data: Path, count: int, lot: str, expires: str = "2027-06-30") -> tuple[int, str, str]:
    return run_cli(
        data, "supplies", "add", "--count", str(count), "--device", "autoinjector", "--lot", lot,
        "--expires", expires, "--received", "2026-10-01", "--as-of", AS_OF,
    )  # fmt: skip


def test_a_delivery_covers_the_weekly_doses_and_a_discard_moves_the_date(tmp_path: Path) -> None:
    _plan(tmp_path)
    code, out, err = _add(tmp_path, 3, "AB123")
    assert code == 0, err
    assert "Added 3 autoinjectors of lot AB123" in out
    row = _status(tmp_path)
    assert row["on_hand"] == 3 and row["covered_until"] == "2026-10-21"  # 7, 14, 21 Oct
    assert row["next_expiry"] == "2027-06-30"
    assert row["refill_reminder_at"] is not None and str(row["refill_reminder_at"]) < "2026-10-28"
    lots = row["lots"]
    assert isinstance(lots, list) and lots[0]["lot"] == "AB123" and lots[0]["on_hand"] == 3

    code, out, err = run_cli(
        tmp_path, "supplies", "discard", "--lot", "AB123", "--reason", "out-of-fridge-too-long",
        "--as-of", AS_OF,
    )  # fmt: skip
    assert code == 0, err
    assert "Set aside 1 pen" in out
    row = _status(tmp_path)
    assert row["on_hand"] == 2 and row["covered_until"] == "2026-10-14"

    code, out, err = run_cli(tmp_path, "supplies", "status", "--as-of", AS_OF)
    assert code == 0, err
    assert "On hand: 2 pens." in out and "up to Wed, 14 Oct 2026" in out
    assert "out-of-pens" not in out  # words, not codes, in the text output


def test_a_lupus_nephritis_loading_dose_takes_two_pens(tmp_path: Path) -> None:
    _plan(tmp_path, indication="ln")
    assert _add(tmp_path, 4, "LN1")[0] == 0
    assert _status(tmp_path)["covered_until"] == "2026-10-14"  # two 400 mg doses


def test_a_child_plan_refuses_prefilled_syringes(tmp_path: Path) -> None:
    _plan(tmp_path, birth="2017-03-01")
    code, out, err = run_cli(
        tmp_path, "supplies", "add", "--count", "2", "--device", "prefilled-syringe", "--lot",
        "S1", "--expires", "2027-01-31", "--as-of", AS_OF,
    )  # fmt: skip
    assert code == 2 and out == "" and err.count("\n") == 1  # one line
    assert _status(tmp_path)["on_hand"] == 0


def test_an_infusion_plan_has_no_supplies(tmp_path: Path) -> None:
    _plan(tmp_path, route="iv")
    code, _, err = _add(tmp_path, 2, "IV1")
    assert code == 2 and "infusion" in err
    assert _status(tmp_path)["applies"] is False


def test_bad_counts_and_unknown_lots_are_refused_in_one_line(tmp_path: Path) -> None:
    _plan(tmp_path)
    for count in (0, 1001):  # argparse: usage and one line on stderr, exit 2
        with pytest.raises(SystemExit) as refused:
            _add(tmp_path, count, "Z")
        assert refused.value.code == 2
    assert _status(tmp_path)["on_hand"] == 0
    code, _, err = run_cli(
        tmp_path, "supplies", "discard", "--lot", "NOPE", "--reason", "dropped", "--as-of", AS_OF
    )
    assert code == 2 and err.count("\n") == 1


def test_due_never_says_nothing_to_do_beside_a_dose_due_now(tmp_path: Path) -> None:
    """Red team: a dose due today printed "due now … Nothing to do for this dose"."""
    code, _, err = run_cli(
        tmp_path, "plan", "set", "--indication", "sle", "--route", "subq", "--birth-date",
        "1990-01-01", "--first-dose", "2026-11-02", "--time", "09:00", "--zone", "UTC",
    )  # fmt: skip
    assert code == 0, err
    code, out, err = run_cli(tmp_path, "due", "--as-of", "2026-11-09T10:00Z")  # dose 2, its day
    assert "due now" in out or "due" in out, out
    assert "Nothing to do" not in out, out


def test_one_pen_expiring_before_its_dose_reads_in_the_singular(tmp_path: Path) -> None:
    _plan(tmp_path)
    code, _, err = run_cli(
        tmp_path, "supplies", "add", "--count", "1", "--device", "autoinjector", "--lot", "OLD",
        "--expires", "2026-10-05", "--received", "2026-10-01", "--as-of", AS_OF,
    )  # fmt: skip
    assert code == 0, err
    code, out, err = run_cli(tmp_path, "supplies", "status", "--as-of", AS_OF)
    assert code == 0, err
    assert "1 pen will be past its expiry date" in out and "do not use it then" in out, out


# --- red team (issue 22) ----------------------------------------------------------------------
DOSE_DAY = "2026-10-07T18:05+02:00"  # dose 1, Wed 7 Oct


def _log(data: Path, *extra: str) -> tuple[int, str, str]:
    return run_cli(
        data, "log-dose", "--at", DOSE_DAY, "--site", "thigh-left", "--given-by", "clinic",
        "--as-of", "2026-10-07T19:00+02:00", *extra,
    )  # fmt: skip


def test_a_delivery_already_past_its_expiry_date_is_refused(tmp_path: Path) -> None:
    _plan(tmp_path)
    code, out, err = run_cli(
        tmp_path, "supplies", "add", "--count", "4", "--device", "autoinjector", "--lot", "OLD",
        "--expires", "2026-09-30", "--received", "2026-06-01", "--as-of", AS_OF,
    )  # fmt: skip
    assert code != 0 and out == ""
    assert "already past their expiry date" in err and err.count("\n") == 1, err
    assert _status(tmp_path)["lots"] == []


def test_log_dose_says_which_lot_it_used(tmp_path: Path) -> None:
    _plan(tmp_path)
    assert _add(tmp_path, 3, "AB123")[0] == 0
    code, out, err = _log(tmp_path)
    assert code == 0, err
    assert "Pen used: lot AB123." in out, out
    assert _status(tmp_path, "2026-10-07T19:00+02:00")["on_hand"] == 2


def test_a_syringe_dose_never_takes_an_autoinjector(tmp_path: Path) -> None:
    _plan(tmp_path)
    assert _add(tmp_path, 3, "AB123")[0] == 0
    code, out, err = _log(tmp_path, "--device", "prefilled-syringe")
    assert code == 0, err
    assert "Logged dose #1" in out
    assert "No prefilled syringe was in stock: no pen was counted." in out, out
    assert _status(tmp_path, "2026-10-07T19:00+02:00")["on_hand"] == 3


def test_a_lot_not_in_stock_is_said_with_the_pen_counted(tmp_path: Path) -> None:
    _plan(tmp_path)
    assert _add(tmp_path, 3, "AB123")[0] == 0
    code, out, err = _log(tmp_path, "--lot", "UNKNOWN")
    assert code == 0, err
    assert "Lot UNKNOWN is not among your pens on hand: counted a pen of lot AB123." in out, out
    assert _status(tmp_path, "2026-10-07T19:00+02:00")["on_hand"] == 2


def test_a_pen_set_aside_names_the_lot_as_stored(tmp_path: Path) -> None:
    _plan(tmp_path)
    assert _add(tmp_path, 2, "BIG")[0] == 0
    code, out, err = run_cli(
        tmp_path, "supplies", "discard", "--lot", "big", "--reason", "dropped", "--as-of", AS_OF
    )
    assert code == 0, err
    assert "of lot BIG:" in out and "big" not in out, out


def test_a_line_break_in_the_pharmacy_name_is_kept_on_one_line(tmp_path: Path) -> None:
    """The window's pharmacy field is one line; the command line keeps it so (a line break
    would split the refill reminder's pharmacy line in two)."""
    _plan(tmp_path)
    code, _, err = run_cli(
        tmp_path, "supplies", "add", "--count", "2", "--device", "autoinjector", "--lot", "P1",
        "--expires", "2027-06-30", "--pharmacy", "Farmacia\nCentral  \r\n", "--as-of", AS_OF,
    )  # fmt: skip
    assert code == 0, err
    lots = _status(tmp_path)["lots"]
    assert isinstance(lots, list) and lots[0]["pharmacy"] == "Farmacia Central"
