"""Refusals the GUI shows carry a translatable ``UserText`` (``exc.text``) while ``str(exc)`` stays
the English sentence the CLI prints; code-only refusals carry a stable code the UI words."""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest

from belimumab_companion.domain.contraception import (
    Method,
    PregnancyEvent,
    SetupProblem,
    default_setup,
)
from belimumab_companion.domain.regimens import Indication, Route
from belimumab_companion.services.app_services import AppServices
from belimumab_companion.services.backup_service import (
    BackupError,
    BackupRefused,
    RestoreResult,
)
from belimumab_companion.services.contraception_service import ContraceptionInputError
from belimumab_companion.services.csv_import import CsvImportRefused, decode, read_bounded
from belimumab_companion.services.diary_service import DiaryInputError, DiaryInputs
from belimumab_companion.services.plan_service import PlanInputError, PlanInputs
from belimumab_companion.services.vaccination_service import VaccinationInputError
from belimumab_companion.user_text import UserFacingError, UserText, english_value, fill, message

PLACEHOLDER = re.compile(r"%([1-9])")


def assert_translatable(error: BaseException, english: str) -> UserText:
    """``str()`` is ``english``; ``text`` is a UserText with one argument per placeholder."""
    assert str(error) == english
    text = getattr(error, "text", None)
    assert isinstance(text, UserText)
    numbers = sorted({int(n) for n in PLACEHOLDER.findall(text.source)})
    assert numbers == list(range(1, len(text.args) + 1))
    assert str(text) == english
    return text


def _plan(services: AppServices) -> None:
    services.plans.set_plan(
        PlanInputs(
            indication=Indication.SLE,
            route=Route.SUBQ,
            birth_date=date(1990, 1, 1),
            first_dose=date(2026, 11, 1),
            time_of_day=time(18),
            zone="UTC",
        )
    )


# --- plan ---------------------------------------------------------------------------------------
def test_a_plan_refusal_is_translatable_with_its_values_as_arguments(services: AppServices) -> None:
    with pytest.raises(PlanInputError) as refused:
        services.plans.record_weight(400.0, date(2026, 11, 20))
    text = assert_translatable(refused.value, "weight must be between 0 and 300 kg")
    assert refused.value.code == "bad-weight"
    assert text.args == (300.0,)  # a number, for the UI to write in the user's locale
    assert isinstance(refused.value, UserFacingError)


def test_a_plan_refusal_keeps_its_date_as_a_date(services: AppServices) -> None:
    _plan(services)
    with pytest.raises(PlanInputError) as refused:
        services.plans.set_plan(
            PlanInputs(
                indication=Indication.SLE,
                route=Route.SUBQ,
                birth_date=date(1990, 1, 1),
                first_dose=date(2026, 10, 1),
                time_of_day=time(18),
                zone="UTC",
            )
        )
    text = assert_translatable(
        refused.value, "the new plan must start after the current one (2026-11-01)"
    )
    assert text.args == (date(2026, 11, 1),)


def test_a_plan_refusal_without_values(services: AppServices) -> None:
    with pytest.raises(PlanInputError) as refused:
        services.plans.stop(date(2026, 11, 20), "  ")
    text = assert_translatable(refused.value, "give the reason for stopping")
    assert text.args == ()


# --- diary --------------------------------------------------------------------------------------
def test_a_diary_refusal_is_translatable(services: AppServices, fixed_now: datetime) -> None:
    with pytest.raises(DiaryInputError) as refused:
        services.diary.check(DiaryInputs(symptom=" ", onset_at=fixed_now, zone="UTC", severity=1))
    assert_translatable(refused.value, "choose or type the symptom")
    assert refused.value.code == "no-symptom"


# --- vaccination and contraception --------------------------------------------------------------
def test_a_vaccination_refusal_is_a_code_the_ui_words(services: AppServices) -> None:
    with pytest.raises(VaccinationInputError) as refused:
        services.vaccinations.add("  ", date(2026, 11, 25), "planned")
    assert refused.value.code == "name-needed"
    assert str(refused.value) == "name-needed"  # no English sentence is made below the UI


def test_a_contraception_setup_refusal_is_a_code_the_ui_words(services: AppServices) -> None:
    with pytest.raises(ContraceptionInputError) as refused:
        services.contraception.set_method(
            default_setup(Method.IMPLANT, date(2026, 10, 1), time(9), "UTC")
        )
    assert refused.value.problem is SetupProblem.REPLACE_BY_NEEDED
    assert str(refused.value) == "replace-by-needed"


def test_a_contraception_date_refusal_is_translatable(services: AppServices) -> None:
    with pytest.raises(UserFacingError) as refused:
        services.contraception.record_pregnancy_event(
            PregnancyEvent.PREGNANT, date(2026, 12, 24), "UTC"
        )
    text = assert_translatable(refused.value, "the date is in the future")
    assert text.args == ()
    assert refused.value.code == "in-the-future"
    assert isinstance(refused.value, ValueError)  # the dialog catches ValueError


# --- CSV import ---------------------------------------------------------------------------------
def test_a_csv_import_refusal_is_translatable(tmp_path: Path) -> None:
    empty = tmp_path / "diary.csv"
    empty.write_bytes(b"")
    with pytest.raises(CsvImportRefused) as refused:
        decode(read_bounded(empty), empty)
    text = assert_translatable(refused.value, f"The file {empty} is empty.")
    assert refused.value.code == "empty"
    assert refused.value.message == str(refused.value)
    assert text.args == (str(empty),)


def test_a_csv_position_is_never_grouped(tmp_path: Path) -> None:
    path = tmp_path / "diary.csv"
    data = b"a" * 12_344 + b"\xff"
    with pytest.raises(CsvImportRefused) as refused:
        decode(data, path)
    assert_translatable(
        refused.value,
        f"The file {path} is not UTF-8 text (byte 12345 cannot be read). Export the diary again "
        'from Belimumab Companion, or save it as "CSV UTF-8" in your spreadsheet.',
    )


def test_a_csv_file_that_cannot_be_read_says_why_translatably(tmp_path: Path) -> None:
    missing = tmp_path / "missing.csv"
    with pytest.raises(CsvImportRefused) as refused:
        read_bounded(missing)
    text = assert_translatable(
        refused.value, f"The file {missing} cannot be read: no such file or folder."
    )
    assert text.args == (str(missing), message("no such file or folder"))


def test_a_row_refused_at_import_carries_the_diarys_own_reason(
    services: AppServices, fixed_now: datetime, tmp_path: Path
) -> None:
    from belimumab_companion.services.csv_import import ImportPreview, ImportRow, import_diary_csv

    path = tmp_path / "diary.csv"
    late = DiaryInputs(
        symptom="Rash", onset_at=fixed_now + timedelta(days=2), zone="UTC", severity=1
    )
    preview = ImportPreview(path, ",", (ImportRow(2, late),), (), (), 0, 1)
    with pytest.raises(CsvImportRefused) as refused:
        import_diary_csv(services, preview)
    text = assert_translatable(
        refused.value,
        f"A row of {path} was refused (the start cannot be in the future); nothing was imported.",
    )
    assert refused.value.code == "row-rejected"
    assert text.args == (str(path), message("the start cannot be in the future"))
    assert services.diary.count() == 0


# --- backup and restore -------------------------------------------------------------------------
def test_restoring_the_data_file_in_use_is_refused_translatably(services: AppServices) -> None:
    _plan(services)  # the data file exists and holds something
    with pytest.raises(BackupRefused) as refused:
        services.backups.inspect(services.paths.database)
    text = assert_translatable(
        refused.value, "That is the data file in use now, not a backup of it."
    )
    assert refused.value.code == "current-data"
    assert refused.value.message == str(text)


def test_undoing_a_restore_that_replaced_nothing_is_refused_translatably(
    services: AppServices, tmp_path: Path
) -> None:
    result = RestoreResult(tmp_path / "backup.sqlite3", None, None, None, ())
    with pytest.raises(ValueError) as refused:
        services.backups.undo_restore(result)
    assert_translatable(
        refused.value, "that restore replaced no data file: there is nothing to put back"
    )


def test_backing_up_without_a_data_file_is_refused_translatably(tmp_path: Path) -> None:
    from belimumab_companion.paths import app_paths
    from belimumab_companion.services.backup_service import BackupService

    paths = app_paths(tmp_path / "empty").ensure()
    with pytest.raises(BackupError) as refused:
        BackupService(paths).back_up_now()
    text = assert_translatable(
        refused.value, f"there is no data file to back up at {paths.database}"
    )
    assert text.args == (str(paths.database),)


def test_a_backup_copy_that_fails_its_check_is_refused_translatably(
    services: AppServices, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from belimumab_companion.services.storage_text import BackupError as WordedBackupError
    from belimumab_companion.storage import backup

    _plan(services)
    monkeypatch.setattr(backup, "integrity_problems", lambda path, quick=False: ["page 7 broken"])
    destination = tmp_path / "copies" / "copy.sqlite3"
    with pytest.raises(backup.BackupError) as coded:  # storage: a code and its values
        backup.backup_database(services.paths.database, destination)
    assert (coded.value.code, coded.value.values) == ("integrity", ("page 7 broken",))
    assert list(destination.parent.iterdir()) == []  # neither the copy nor its partial file
    with pytest.raises(WordedBackupError) as refused:  # the service words it
        services.backups.back_up_now()
    text = assert_translatable(
        refused.value,
        "the copy failed its integrity check (page 7 broken), so it was not kept; your data is "
        "unchanged",
    )
    assert text.args == ("page 7 broken",)
    assert isinstance(refused.value.__cause__, backup.BackupError)
    assert [p for p in services.paths.backups_dir.iterdir() if p.suffix == ".sqlite3"] == []


# --- the mechanism ------------------------------------------------------------------------------
def test_fill_replaces_every_placeholder_in_one_pass() -> None:
    assert fill("%1 and %2", ("a %2 b", "c")) == "a %2 b and c"
    assert fill("%2 before %1", ("one", "two")) == "two before one"
    assert fill("%1 of %3", ("x",)) == "x of %3"  # a missing value leaves the placeholder


def test_a_user_text_can_hold_another_and_both_are_english_in_str() -> None:
    inner = message("%1 rows", 12_345)
    outer = message("refused (%1) on %2", inner, date(2026, 11, 23))
    assert str(outer) == "refused (12,345 rows) on 2026-11-23"


def test_an_os_error_is_a_translatable_reason_with_its_file() -> None:
    import errno

    from belimumab_companion.user_text import os_error_text, os_reason

    full = OSError(errno.ENOSPC, "No space left on device", "/data/report.pdf")
    assert os_reason(full) == message("the disk is full")
    assert str(os_error_text(full)) == "/data/report.pdf: the disk is full"
    odd = OSError(errno.ELOOP, "Too many levels of symbolic links")
    assert str(os_error_text(odd)) == "system error: Too many levels of symbolic links"
    assert os_reason(OSError("no errno at all")) == message("system error: %1", "no errno at all")


def test_a_user_text_is_the_english_sentence_with_english_values() -> None:
    text = message("%1 rows on %2, %3 kg", 12_345, date(2026, 11, 23), 62.5)
    assert str(text) == "12,345 rows on 2026-11-23, 62.5 kg"
    assert english_value("%1") == "%1"
    assert str(message("%1 then %2", "%2", "x")) == "%2 then x"


def test_a_file_that_is_not_a_backup_is_refused_in_a_translatable_sentence(
    tmp_path: Path,
) -> None:
    from belimumab_companion.services.storage_text import backup_refusal_text, refused
    from belimumab_companion.storage.backup import BackupRefused
    from belimumab_companion.storage.backup_checks import copy_hostile_file

    not_a_backup = tmp_path / "holiday.jpg"
    not_a_backup.write_bytes(b"\xff\xd8\xff\xe0 not sqlite at all")
    with pytest.raises(BackupRefused) as coded:
        copy_hostile_file(not_a_backup, tmp_path / "copy", max_bytes=1_000_000)
    assert (coded.value.code, coded.value.reason) == ("not-sqlite", "not-a-backup-file")
    assert coded.value.values == ("holiday.jpg",)
    worded = refused(coded.value)
    assert worded.code == "not-sqlite"
    text = assert_translatable(worded, "holiday.jpg is not a Belimumab Companion backup file.")
    assert text == backup_refusal_text(coded.value) and text.args == ("holiday.jpg",)


def test_a_data_file_from_a_newer_version_is_refused_in_a_translatable_sentence(
    tmp_path: Path,
) -> None:
    from belimumab_companion.services.storage_text import database_open_text
    from belimumab_companion.storage.database import DatabaseTooNewError, MigrationFailedError

    newer = DatabaseTooNewError(tmp_path / "companion.sqlite3", "9999_future")
    assert newer.code == "too-new"
    text = database_open_text(newer)
    assert str(text) == (
        f"The data file {tmp_path / 'companion.sqlite3'} was written by a newer version of "
        "Belimumab Companion (schema 9999_future). It has not been changed. Install the newer "
        "version to use it."
    )
    assert text.args[1] == "9999_future"
    failed = MigrationFailedError(
        tmp_path / "companion.sqlite3", "0005", tmp_path / "copy.sqlite3", RuntimeError("boom")
    )
    worded = database_open_text(failed)
    assert worded.args == (
        "RuntimeError: boom",
        str(tmp_path / "companion.sqlite3"),
        "0005",
        str(tmp_path / "copy.sqlite3"),
    )
    assert f"A copy made just before the attempt is in {tmp_path / 'copy.sqlite3'}." in str(worded)
    without_copy = database_open_text(
        MigrationFailedError(tmp_path / "companion.sqlite3", "0005", None, RuntimeError("boom"))
    )
    assert "Nothing was lost" in str(without_copy) and "A copy made" not in str(without_copy)
