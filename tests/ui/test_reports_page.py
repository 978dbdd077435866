"""Reports page: exports through the GUI, back up now, restore with a preview and an undo, and the
damaged-file offer at start (issue 7 items 2-4, scenarios 9 and 12 through the real window)."""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QPushButton, QTreeWidgetItem, QWidget
from pytestqt.qtbot import QtBot

from belimumab_companion.paths import AppPaths
from belimumab_companion.services.app_services import AppServices, start_services
from belimumab_companion.services.backup_service import BackupService
from belimumab_companion.services.clock import fixed_clock
from belimumab_companion.services.diary_service import DiaryInputs
from belimumab_companion.ui.pages.reports_page import ReportsPage
from belimumab_companion.ui.shell.main_window import MainWindow
from testsupport import FIXED_NOW

CLOCK = fixed_clock(FIXED_NOW)


def _note(services: AppServices, text: str) -> None:
    services.diary.add(
        DiaryInputs(
            symptom="Headache",
            onset_at=FIXED_NOW - timedelta(hours=2),
            zone="UTC",
            severity=1,
            notes=text,
        )
    )


def _notes(services: AppServices) -> set[str]:
    return {entry.notes for entry in services.diary.page()}


def _open_window(qtbot: QtBot, data_paths: AppPaths) -> MainWindow:
    backups = BackupService(data_paths, CLOCK)
    main = MainWindow(lambda: start_services(data_paths, backups, CLOCK), reminders=False)
    qtbot.addWidget(main)
    main.show()
    return main


@pytest.fixture
def opened(qtbot: QtBot, data_paths: AppPaths) -> Iterator[MainWindow]:
    main = _open_window(qtbot, data_paths)
    qtbot.waitUntil(lambda: main.services is not None, timeout=10_000)
    yield main
    if main.services is not None:
        main.services.close()


def _reports(window: MainWindow) -> ReportsPage:
    window.show_page("reports")
    page = window.page("reports")
    assert isinstance(page, ReportsPage)
    return page


def _first_row(page: ReportsPage) -> QTreeWidgetItem:
    item = page.backup_list.topLevelItem(0)
    assert item is not None, "no backup listed"
    return item


def _box(qtbot: QtBot, window: QWidget, name: str) -> QMessageBox:
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, name) is not None, timeout=5_000)
    box = window.findChild(QMessageBox, name)
    assert isinstance(box, QMessageBox)
    return box


def _click(box: QMessageBox, name: str) -> None:
    button = box.findChild(QPushButton, name)
    assert button is not None, name
    button.click()


def test_every_export_writes_the_file_the_person_chose(opened: MainWindow, tmp_path: Path) -> None:
    assert opened.services is not None
    _note(opened.services, '=HYPERLINK("http://x")')
    page = _reports(opened)
    assert page.export_result.isHidden()  # no empty line kept for a message not said yet
    chosen: list[str] = []

    def chooser(title: str, name: str, _filter: str) -> Path:
        chosen.append(name)
        return tmp_path / name

    page.choose_save_file = chooser
    page.export_diary.click()
    with (tmp_path / chosen[-1]).open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.DictReader(stream))
    assert [row["notes"] for row in rows] == ['\'=HYPERLINK("http://x")']
    assert "Saved 1 diary entry to" in page.export_result.text()  # its plural form (issue 17)
    assert not page.export_result.isHidden()
    page.export_fhir.click()
    bundle = json.loads((tmp_path / chosen[-1]).read_text(encoding="utf-8"))
    assert bundle["resourceType"] == "Bundle"
    page.export_doses.click()
    assert chosen[-1].endswith(".csv") and (tmp_path / chosen[-1]).exists()
    page.export_ics.click()
    assert (tmp_path / chosen[-1]).read_text(encoding="utf-8").startswith("BEGIN:VCALENDAR")
    assert chosen[0] == "belimumab-diary-2026-11-23.csv"
    for name in chosen:
        assert (tmp_path / name).stat().st_mode & 0o777 == 0o600


def test_a_failed_export_says_so_and_a_cancelled_one_writes_nothing(
    qtbot: QtBot,
    opened: MainWindow,
    tmp_path: Path,
) -> None:
    page = _reports(opened)
    page.choose_save_file = lambda *_args: None
    page.export_diary.click()
    assert list(tmp_path.glob("*.csv")) == []
    page.choose_save_file = lambda *_args: tmp_path / "no-such-folder" / "diary.csv"
    page.export_diary.click()
    box = _box(qtbot, page, "exportFailedDialog")
    assert "could not be written" in box.text()
    assert f"{tmp_path / 'no-such-folder' / 'diary.csv'}: no such file or folder" in box.text()
    box.close()


def test_back_up_now_lists_the_checked_backup(opened: MainWindow) -> None:
    page = _reports(opened)
    assert page.backup_list.topLevelItemCount() == 0
    assert page.backup_result.text() == "No backups yet." and not page.backup_result.isHidden()
    page.backup_now.click()
    assert page.backup_list.topLevelItemCount() == 1
    item = _first_row(page)
    assert item.text(1) == "made by you" and item.text(3) == "good"
    assert "Backed up and checked" in page.backup_result.text()
    backup = _first_row(page).data(0, 256)
    assert backup.path.stat().st_mode & 0o777 == 0o600


def test_restore_previews_replaces_the_data_and_can_be_undone(
    qtbot: QtBot,
    opened: MainWindow,
) -> None:
    """Scenario 12 through the window: S1 -> backup -> S2; restore gives S1; undo gives S2."""
    assert opened.services is not None
    _note(opened.services, "before the backup")
    page = _reports(opened)
    page.backup_now.click()
    _note(opened.services, "after the backup")
    page.backup_list.setCurrentItem(_first_row(page))
    assert page.restore_selected.isEnabled()
    old_services = opened.services
    page.restore_selected.click()
    question = _box(qtbot, opened, "restoreQuestion")
    assert "1 diary entry" in question.informativeText()  # its plural form (issue 17)
    assert question.defaultButton() is question.button(QMessageBox.StandardButton.Cancel)
    _click(question, "restoreConfirmButton")
    qtbot.waitUntil(lambda: opened.services is not old_services, timeout=10_000)
    assert opened.services is not None
    assert _notes(opened.services) == {"before the backup"}
    assert page.undo_bar.isVisible() and "previous data is kept" in page.undo_bar.text.text()
    kept = opened.services.paths.quarantine_dir
    assert any(kept.iterdir()), "the replaced data is kept aside"
    page.undo_bar.button.click()
    assert _notes(opened.services) == {"before the backup", "after the backup"}
    # the diary page shows the data now on disk, not what it held before
    opened.show_page("diary")
    diary = opened.page("diary")
    assert diary.model.rowCount() == 2  # type: ignore[attr-defined]  # page() returns a QWidget; this is the diary page


def test_a_hostile_file_is_refused_and_nothing_changes(
    qtbot: QtBot,
    opened: MainWindow,
    tmp_path: Path,
) -> None:
    assert opened.services is not None
    _note(opened.services, "mine")
    hostile = tmp_path / "backup.sqlite3"
    hostile.write_bytes(os.urandom(8192))
    page = _reports(opened)
    page.choose_open_file = lambda *_args: hostile
    services = opened.services
    page.restore_file.click()
    box = _box(qtbot, opened, "restoreRefusedDialog")
    assert "SQLite" in box.text() or "not" in box.text()
    assert opened.services is services and _notes(services) == {"mine"}
    assert opened.findChild(QMessageBox, "restoreQuestion") is None


def test_a_damaged_data_file_is_set_aside_and_the_good_backup_offered(
    qtbot: QtBot,
    data_paths: AppPaths,
) -> None:
    """Scenario 9 through the window: the file is moved aside, the backup offered and restored."""
    first = start_services(data_paths, BackupService(data_paths, CLOCK), CLOCK)
    _note(first, "kept in the backup")
    first.backups.back_up_now()
    first.close()
    data_paths.database.write_bytes(b"garbage" * 1000)
    main = _open_window(qtbot, data_paths)
    box = _box(qtbot, main, "damagedDataQuestion")
    assert "moved, unchanged" in box.text() and "Restore it?" in box.informativeText()
    assert main.services is None
    _click(box, "restoreOfferedBackupButton")
    qtbot.waitUntil(lambda: main.services is not None, timeout=10_000)
    assert main.services is not None
    assert _notes(main.services) == {"kept in the backup"}
    kept = list(data_paths.quarantine_dir.glob("*corrupt*"))
    assert kept and kept[0].read_bytes() == b"garbage" * 1000
    main.services.close()


def test_with_no_good_backup_the_app_starts_empty_and_keeps_the_damaged_file(
    qtbot: QtBot,
    data_paths: AppPaths,
) -> None:
    data_paths.database.write_bytes(b"")
    main = _open_window(qtbot, data_paths)
    box = _box(qtbot, main, "damagedDataQuestion")
    assert "no good backup" in box.informativeText()
    assert box.findChild(QPushButton, "restoreOfferedBackupButton") is None
    _click(box, "startWithNoDataButton")
    qtbot.waitUntil(lambda: main.services is not None, timeout=10_000)
    assert main.services is not None and _notes(main.services) == set()
    assert list(data_paths.quarantine_dir.glob("*corrupt*"))
    main.services.close()


def test_the_care_team_report_opens_from_the_page(opened: MainWindow, tmp_path: Path) -> None:
    page = _reports(opened)
    dialog = page.open_report_dialog()  # type: ignore[no-untyped-call]  # untyped in ui
    assert dialog.isVisible() and dialog.objectName() == "reportDialog"
    dialog.choose_file = lambda *_args: tmp_path / "report.pdf"
    dialog.save_button.click()
    assert (tmp_path / "report.pdf").read_bytes().startswith(b"%PDF")
    dialog.close()


def test_a_diary_csv_is_previewed_imported_at_once_and_can_be_undone(
    qtbot: QtBot,
    opened: MainWindow,
    tmp_path: Path,
) -> None:
    from belimumab_companion.paths import app_paths
    from belimumab_companion.services.app_services import build_services
    from belimumab_companion.services.csv_export import export_diary_csv

    other = build_services(app_paths(tmp_path / "other").ensure(), clock=CLOCK)
    _note(other, "from the other computer")
    _note(other, "<b>second</b>")
    exported = tmp_path / "diary.csv"
    export_diary_csv(exported, other.diary, other.plans)
    other.close()
    bad = tmp_path / "bad.csv"
    lines = exported.read_text(encoding="utf-8-sig").splitlines()
    bad.write_text("\n".join([lines[0], lines[1].replace(",Headache,", ",,"), lines[2]]) + "\n")
    assert opened.services is not None
    page = _reports(opened)

    page.choose_open_file = lambda *_args: bad
    page.import_diary.click()
    box = _box(qtbot, page, "importPreviewDialog")
    assert "1 new entry, 0 already in your diary, 1 row with errors." in box.text()
    assert "line 2" in box.detailedText()
    box.button(QMessageBox.StandardButton.Cancel).click()
    qtbot.waitUntil(lambda: page.findChild(QMessageBox, "importPreviewDialog") is None)
    assert _notes(opened.services) == set()

    page.choose_open_file = lambda *_args: exported
    page.import_diary.click()
    qtbot.waitUntil(lambda: page.findChild(QMessageBox, "importPreviewDialog") is not None)
    preview = page.findChild(QMessageBox, "importPreviewDialog")
    assert isinstance(preview, QMessageBox) and "2 new entries" in preview.text()
    _click(preview, "importConfirmButton")
    assert _notes(opened.services) == {"from the other computer", "<b>second</b>"}
    assert opened.page("diary").model.rowCount() == 2  # type: ignore[attr-defined]  # page() returns a QWidget; this is the diary page
    assert "Imported 2 diary entries from diary.csv" in page.undo_bar.text.text()
    page.undo_bar.button.click()
    assert _notes(opened.services) == set()


def test_a_file_that_is_not_a_diary_is_refused_with_the_reason(
    qtbot: QtBot,
    opened: MainWindow,
    tmp_path: Path,
) -> None:
    other = tmp_path / "doses.csv"
    other.write_text("record_id,when\n1,now\n", encoding="utf-8")
    page = _reports(opened)
    page.choose_open_file = lambda *_args: other
    page.import_diary.click()
    box = _box(qtbot, page, "importRefusedDialog")
    assert "not a diary exported by Belimumab Companion" in box.text()


def test_the_stock_of_pens_is_exported_beside_the_other_exports(
    opened: MainWindow, tmp_path: Path
) -> None:
    """Issue 22: the stock as a CSV file, one row per delivery, read back with Python's csv."""
    from datetime import date, time

    from belimumab_companion.domain.regimens import Device, Indication, Route
    from belimumab_companion.domain.supplies import DiscardReason
    from belimumab_companion.services.plan_service import PlanInputs

    services = opened.services
    assert services is not None
    services.plans.set_plan(
        PlanInputs(
            indication=Indication.SLE, route=Route.SUBQ, birth_date=date(1984, 3, 2),
            first_dose=date(2026, 11, 16), time_of_day=time(18), zone="Europe/Madrid",
        )
    )  # fmt: skip
    services.supplies.add_delivery(
        count=4, device=Device.AUTOINJECTOR, lot="AB123", expires=date(2027, 6, 30),
        received=date(2026, 11, 20), pharmacy="Farmacia Sol, Calle Mayor",
    )  # fmt: skip
    services.supplies.discard(lot="AB123", reason=DiscardReason.DROPPED)
    page = _reports(opened)
    assert page.export_supplies.text() == "Stock of &pens (CSV)…"
    assert page.export_supplies.accessibleName() == "Export the stock of pens as a CSV file"
    assert page.export_supplies.parent() is page.export_doses.parent()  # beside the others
    chosen: list[str] = []

    def chooser(title: str, name: str, _filter: str) -> Path:
        chosen.append(name)
        return tmp_path / name

    page.choose_save_file = chooser
    page.export_supplies.click()
    assert chosen == ["belimumab-supplies-2026-11-23.csv"]
    with (tmp_path / chosen[0]).open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.DictReader(stream))
    assert len(rows) == 1
    row = rows[0]
    assert (row["lot"], row["device"], row["expires"], row["received"]) == (
        "AB123", "autoinjector", "2027-06-30", "2026-11-20",
    )  # fmt: skip
    assert row["pharmacy"] == "Farmacia Sol, Calle Mayor"
    assert (row["delivered"], row["on_hand"], row["set_aside"]) == ("4", "3", "1")
    assert "Saved 1 delivery to" in page.export_result.text(), page.export_result.text()
    assert (tmp_path / chosen[0]).stat().st_mode & 0o777 == 0o600
