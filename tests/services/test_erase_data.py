"""Erase all data (scenario 24): the database, backups, logs, set-aside files and the login entry
go; exports saved elsewhere stay byte for byte; files the app did not make are left and listed."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import pytest

from belimumab_companion.logging_setup import setup_logging
from belimumab_companion.paths import AppPaths
from belimumab_companion.services.app_services import AppServices, build_services
from belimumab_companion.services.clock import fixed_clock
from belimumab_companion.services.csv_export import export_diary_csv
from belimumab_companion.services.diary_service import DiaryInputs
from belimumab_companion.services.erase_data import (
    ERASE_CONFIRMATION_WORD,
    DataStillOpenError,
    confirmation_matches,
    erase_all_data,
)
from belimumab_companion.storage.backup import sidecars
from belimumab_companion.system.autostart import Autostart
from testsupport import FIXED_NOW

SENTINEL = "Zorblatinib-7Q"  # a made-up medication name, to find in files


@dataclass
class Folder:
    """A data folder with everything the app makes, plus an export outside and a user file in."""

    paths: AppPaths
    autostart: Autostart
    desktop_file: Path
    export_outside: Path
    export_bytes: bytes
    user_file_inside: Path
    set_aside: Path


def linux_autostart(tmp_path: Path) -> Autostart:
    env = {"HOME": str(tmp_path / "home"), "XDG_CONFIG_HOME": str(tmp_path / "config")}
    return Autostart(["/opt/belimumab/bin/belimumab-companion", "--minimized"], "linux", env)


def add_entry(services: AppServices) -> None:
    services.diary.add(
        DiaryInputs(
            symptom="Headache",
            onset_at=FIXED_NOW - timedelta(hours=2),
            zone="UTC",
            severity=1,
            notes=f"took {SENTINEL} with it",
        )
    )


def fill(paths: AppPaths, tmp_path: Path, services: AppServices) -> Folder:
    """Everything the running app would have made, with ``services`` left open."""
    add_entry(services)
    services.backups.back_up_now()
    handler = setup_logging(paths.log_file)
    try:
        logging.getLogger("belimumab_companion.test").info("start")
    finally:
        logging.getLogger("belimumab_companion").removeHandler(handler)
        handler.close()
    rotated = paths.logs_dir / (paths.log_file.name + ".1")
    rotated.write_text("an older log\n", encoding="utf-8")
    paths.quarantine_dir.mkdir(mode=0o700)
    set_aside = paths.quarantine_dir / "companion.sqlite3.corrupt-20240101T000000Z"
    set_aside.write_bytes(b"not really a database, but the person's data all the same")
    autostart = linux_autostart(tmp_path)
    entry = autostart.enable()
    exports = tmp_path / "exports"
    exports.mkdir()
    export_outside = exports / "diary.csv"
    export_diary_csv(export_outside, services.diary, services.plans)
    user_file = paths.data_dir / "my diary copy.csv"
    export_diary_csv(user_file, services.diary, services.plans)
    return Folder(
        paths=paths,
        autostart=autostart,
        desktop_file=Path(entry.location),
        export_outside=export_outside,
        export_bytes=export_outside.read_bytes(),
        user_file_inside=user_file,
        set_aside=set_aside,
    )


@pytest.fixture
def folder(migrated_paths: AppPaths, tmp_path: Path) -> Folder:
    services = build_services(migrated_paths, clock=fixed_clock(FIXED_NOW))
    try:
        return fill(migrated_paths, tmp_path, services)
    finally:
        services.close()


def every_file(root: Path) -> set[Path]:
    return {Path(dirpath, name) for dirpath, _dirs, files in os.walk(root) for name in files}


def test_erase_removes_everything_the_app_made_and_nothing_else(folder: Folder) -> None:
    paths = folder.paths
    assert folder.autostart.is_enabled() and folder.desktop_file.is_file()
    assert any(paths.backups_dir.iterdir()) and paths.log_file.is_file()
    made_by_app = every_file(paths.data_dir) - {folder.user_file_inside}

    result = erase_all_data(paths, folder.autostart)

    assert result.complete, result
    for path in (paths.database, *sidecars(paths.database)):
        assert not path.exists()
    for app_folder in (paths.backups_dir, paths.logs_dir, paths.quarantine_dir):
        assert not app_folder.exists()
    assert not folder.set_aside.exists()
    assert not folder.desktop_file.exists() and not folder.autostart.is_enabled()
    # What is left: the export outside (byte for byte), the person's own file inside, listed.
    assert folder.export_outside.read_bytes() == folder.export_bytes
    assert folder.user_file_inside.is_file()
    assert result.left == (folder.user_file_inside,)
    assert every_file(paths.data_dir) == {folder.user_file_inside}
    assert made_by_app <= set(result.removed)
    assert {paths.backups_dir, paths.logs_dir, paths.quarantine_dir} <= set(result.removed)
    assert result.lock_kept is None and result.failed == ()


def test_no_file_the_app_made_still_holds_the_sentinel(folder: Folder) -> None:
    paths = folder.paths
    assert any(SENTINEL.encode() in p.read_bytes() for p in every_file(paths.data_dir))
    erase_all_data(paths, folder.autostart)
    remaining = every_file(paths.data_dir) - {folder.user_file_inside}
    assert not [p for p in remaining if SENTINEL.encode() in p.read_bytes()]


def test_erasing_while_the_database_is_open_is_refused_and_removes_nothing(
    data_paths: AppPaths, tmp_path: Path
) -> None:
    services = build_services(data_paths, clock=fixed_clock(FIXED_NOW))
    try:
        folder = fill(data_paths, tmp_path, services)
        before = {p: p.read_bytes() for p in every_file(data_paths.data_dir)}
        with pytest.raises(DataStillOpenError, match="still open"):
            erase_all_data(data_paths, folder.autostart)
        assert {p: p.read_bytes() for p in every_file(data_paths.data_dir)} == before
        assert folder.autostart.is_enabled()
        assert services.diary.page()  # the open data still works
    finally:
        services.close()
    assert erase_all_data(data_paths, folder.autostart).complete


def test_the_running_apps_lock_file_is_kept(folder: Folder) -> None:
    lock = folder.paths.lock_file
    lock.write_text("12345\nbelimumab-companion\nhost\n", encoding="utf-8")
    result = erase_all_data(folder.paths, folder.autostart)
    assert result.lock_kept == lock and lock.is_file()
    assert lock not in result.left and lock not in result.removed


def test_leftovers_of_the_app_are_removed_and_links_never_followed(
    folder: Folder, tmp_path: Path
) -> None:
    paths = folder.paths
    probe = paths.data_dir / ".write-probe-abc123"
    probe.write_bytes(b"")
    partial = paths.data_dir / "companion.sqlite3.partial"
    partial.write_bytes(b"half a restore")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    precious = elsewhere / "keep.txt"
    precious.write_text("not the app's", encoding="utf-8")
    link_in_backups = paths.backups_dir / "linked.sqlite3"
    link_in_backups.symlink_to(precious)
    folder_link = paths.data_dir / "linked-folder"
    folder_link.symlink_to(elsewhere, target_is_directory=True)

    result = erase_all_data(paths, folder.autostart)

    assert not probe.exists() and not partial.exists()
    assert precious.read_text(encoding="utf-8") == "not the app's"
    assert link_in_backups.is_symlink() and folder_link.is_symlink()
    assert set(result.left) == {link_in_backups, folder_link, folder.user_file_inside}
    assert paths.backups_dir.is_dir()  # it still holds the link
    assert list(paths.backups_dir.iterdir()) == [link_in_backups]


def test_a_killed_restores_copies_and_neutral_temporary_files_are_erased(
    folder: Folder,
) -> None:
    """Issue 18: a restore works inside the data folder (never the system's temporary folder,
    which Erase cannot reach); what a killed one left there is health data and goes too."""
    paths = folder.paths
    work = paths.data_dir / ".restore-work-999999-abc"
    work.mkdir()
    (work / "companion.sqlite3").write_bytes(f"a copy with {SENTINEL}".encode())
    temporary = paths.data_dir / ".tmp-abc123"
    temporary.write_bytes(SENTINEL.encode())
    result = erase_all_data(paths, folder.autostart)
    assert not work.exists() and not temporary.exists()
    assert work in result.removed_folders and temporary in result.removed_files


def test_a_login_entry_that_cannot_be_removed_does_not_stop_the_rest(folder: Folder) -> None:
    broken = Autostart(["/bin/true"], "linux", env={})  # no HOME: the entry cannot be found
    result = erase_all_data(folder.paths, broken)
    assert result.autostart_error and "HOME" in result.autostart_error
    assert not result.complete
    assert not folder.paths.database.exists() and not folder.paths.backups_dir.exists()
    missing = erase_all_data(folder.paths, None)
    assert missing.autostart_error and missing.removed == ()


def test_a_file_that_cannot_be_removed_is_reported_and_the_rest_goes(
    folder: Folder, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = folder.paths
    logs = every_file(paths.logs_dir)
    unlink = Path.unlink

    def refusing_unlink(self: Path, missing_ok: bool = False) -> None:
        if self.parent == paths.logs_dir:  # as a read-only folder would (root ignores modes)
            raise PermissionError(13, "Permission denied", str(self))
        unlink(self, missing_ok=missing_ok)

    monkeypatch.setattr(Path, "unlink", refusing_unlink)
    result = erase_all_data(paths, folder.autostart)
    assert {path for path, _reason in result.failed} == logs
    assert {str(reason) for _path, reason in result.failed} == {"permission denied"}
    assert not result.complete and paths.logs_dir not in result.removed
    assert not paths.database.exists() and not paths.backups_dir.exists()
    assert not folder.desktop_file.exists()


def test_an_empty_or_missing_folder_erases_without_error(tmp_path: Path) -> None:
    paths = AppPaths(tmp_path / "never-made")
    result = erase_all_data(paths, linux_autostart(tmp_path))
    assert result.complete and result.removed == () and result.left == ()


def test_the_log_handler_writing_into_the_folder_is_closed(folder: Folder) -> None:
    handler = setup_logging(folder.paths.log_file)
    app_logger = logging.getLogger("belimumab_companion")
    try:
        erase_all_data(folder.paths, folder.autostart)
        assert handler not in app_logger.handlers
        logging.getLogger("belimumab_companion.test").info("after the erase")
        assert not folder.paths.logs_dir.exists()
    finally:
        app_logger.removeHandler(handler)
        handler.close()


@pytest.mark.parametrize(
    ("typed", "matches"),
    [
        (ERASE_CONFIRMATION_WORD, True),
        ("erase", True),
        ("  Erase ", True),
        ("", False),
        ("ERAS", False),
        ("ERASED", False),
        ("E R A S E", False),
        ("delete", False),
    ],
)
def test_the_confirmation_word(typed: str, matches: bool) -> None:
    assert confirmation_matches(typed) is matches
