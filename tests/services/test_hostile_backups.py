"""Issue 18, break 2: a backup is validated like hostile input before it can replace anything.

Crafted from a real, full backup (the demo profile: plan, doses, diary, mood, vaccinations,
contraception): an altered CHECK, a dropped column, an FTS index with another tokenizer, a value
the app does not know ("pwned"), "not a date" in a date column, an unpadded year. Each is refused
with a named reason and the live data stays byte for byte as it was. Then a property: random
corruptions of the valid backup are either refused, or restore to data the app reads fully.
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from belimumab_companion.paths import AppPaths, app_paths
from belimumab_companion.services.app_services import build_services
from belimumab_companion.services.backup_reading import read_fully
from belimumab_companion.services.backup_service import BackupRefused, BackupService
from belimumab_companion.services.clock import fixed_clock
from testsupport import set_marker

NOW = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)


@pytest.fixture(scope="module")
def valid_backup(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from belimumab_companion.demo import seed_demo

    paths = app_paths(tmp_path_factory.mktemp("source") / "data").ensure()
    services = build_services(paths, fixed_clock(NOW))
    try:
        seed_demo(services, NOW)
    finally:
        services.close()
    return BackupService(paths, fixed_clock(NOW)).back_up_now().path


@pytest.fixture
def live(tmp_path: Path) -> AppPaths:
    paths = app_paths(tmp_path / "live").ensure()
    services = build_services(paths, fixed_clock(NOW))
    set_marker(services.settings, "mine")
    services.close()
    return paths


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _crafted(valid: Path, folder: Path, *statements: str) -> Path:
    crafted = folder / "crafted.sqlite3"
    shutil.copy(valid, crafted)
    connection = sqlite3.connect(crafted, isolation_level=None)
    try:
        connection.execute("PRAGMA ignore_check_constraints=ON")
        for statement in statements:
            connection.execute(statement)
    finally:
        connection.close()
    return crafted


def _writable_schema(table: str, old: str, new: str) -> tuple[str, ...]:
    return (
        "PRAGMA writable_schema=ON",
        f"UPDATE sqlite_master SET sql=replace(sql, '{old}', '{new}') WHERE name='{table}'",
        "PRAGMA writable_schema=OFF",
    )


CRAFTED = {
    "altered-check": (
        _writable_schema("diary_entry", "severity BETWEEN 0 AND 4", "severity BETWEEN 0 AND 9"),
        "schema-mismatch",
        "table diary_entry is defined differently",
    ),
    "dropped-column": (
        ("ALTER TABLE vaccination DROP COLUMN notes",),
        "schema-mismatch",
        "table vaccination is defined differently",
    ),
    "extra-index": (
        ("CREATE INDEX ix_extra ON diary_entry (notes)",),
        "schema-mismatch",
        "index ix_extra is not one the app makes",
    ),
    "fts-tokenizer": (
        _writable_schema("diary_fts", "unicode61 remove_diacritics 2", "porter"),
        "schema-mismatch",
        "diary_fts",
    ),
    "unknown-value": (
        ("UPDATE administration SET given_by='pwned'",),
        "bad-value",
        "pwned",
    ),
    "not-a-date": (
        (
            "UPDATE diary_entry SET onset_at='not a date' WHERE id=(SELECT min(id) FROM diary_entry)",
        ),
        "bad-value",
        "rows",
    ),
    "not-a-zone": (
        ("UPDATE plan_segment SET zone='pwned'",),
        "bad-value",
        "pwned",
    ),
    "unpadded-year": (
        (
            "UPDATE administration SET created_at='26-12-01T09:00:00.000000Z' "
            "WHERE id=(SELECT min(id) FROM administration)",
        ),
        "bad-value",
        "rows",
    ),
    "supply-discard-zone": (  # issue 22: a discard's zone is read to give its day
        (
            "INSERT INTO supply_lot VALUES (90, 'autoinjector', 'L', '2027-01-01', '2026-11-01', "
            "2, '', '2026-11-01T09:00:00.000000Z', '2026-11-01T09:00:00.000000Z', NULL)",
            "INSERT INTO supply_discard VALUES (90, 90, 1, 'dropped', "
            "'2026-11-02T09:00:00.000000Z', 'pwned', '2026-11-02T09:00:00.000000Z', NULL)",
        ),
        "bad-value",
        "pwned",
    ),
    "supply-reason": (
        (
            "INSERT INTO supply_lot VALUES (91, 'autoinjector', 'L', '2027-01-01', '2026-11-01', "
            "2, '', '2026-11-01T09:00:00.000000Z', '2026-11-01T09:00:00.000000Z', NULL)",
            "INSERT INTO supply_discard VALUES (91, 91, 1, 'pwned', "
            "'2026-11-02T09:00:00.000000Z', 'UTC', '2026-11-02T09:00:00.000000Z', NULL)",
        ),
        "bad-value",
        "pwned",
    ),
    "infinite-amount": (
        ("UPDATE administration SET amount_mg=9e999",),
        "bad-value",
        "",
    ),
}


@pytest.mark.parametrize("kind", sorted(CRAFTED))
def test_a_crafted_backup_is_refused_with_a_named_reason_and_nothing_changes(
    kind: str, valid_backup: Path, live: AppPaths, tmp_path: Path
) -> None:
    statements, code, words = CRAFTED[kind]
    crafted = _crafted(valid_backup, tmp_path, *statements)
    before = _digest(live.database)
    backups = BackupService(live, fixed_clock(NOW))
    with pytest.raises(BackupRefused) as refused:
        backups.restore(crafted)
    assert refused.value.code == code, refused.value.message
    assert words in refused.value.message
    assert _digest(live.database) == before
    assert not list(live.data_dir.glob(".restore-work-*"))


def test_the_valid_backup_itself_restores_and_reads_fully(
    valid_backup: Path, live: AppPaths
) -> None:
    BackupService(live, fixed_clock(NOW)).restore(valid_backup)
    read_fully(live.data_dir, NOW)


# --- random corruptions ----------------------------------------------------------------------

_TABLES = (
    "administration",
    "diary_entry",
    "mood_check_in",
    "plan_segment",
    "vaccination",
    "setting",
    "contraception_log",
    "supply_lot",
)
_VALUES = st.one_of(
    st.none(),
    st.integers(min_value=-(2**63), max_value=2**63 - 1),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=30),
    st.binary(max_size=16),
    st.sampled_from(["pwned", "", "0026-12-01", "26-12-01T09:00:00.000000Z", "9999-99-99", "{"]),
)


@st.composite
def corruptions(draw: st.DrawFn) -> tuple[str, object]:
    kind = draw(st.sampled_from(["value", "bytes", "schema"]))
    if kind == "value":
        return kind, (draw(st.sampled_from(_TABLES)), draw(st.integers(0, 30)), draw(_VALUES))
    if kind == "bytes":
        return kind, (draw(st.integers(100, 1 << 16)), draw(st.binary(min_size=1, max_size=8)))
    return kind, (
        draw(st.sampled_from(_TABLES)),
        draw(st.sampled_from(["NOT NULL", "CHECK", "VARCHAR", "INTEGER", "(", ","])),
        draw(st.sampled_from(["", "NULL", "CHECK (1)", "TEXT", "BLOB"])),
    )


def _apply(path: Path, kind: str, detail: Any) -> None:
    if kind == "bytes":
        offset, data = detail
        size = path.stat().st_size
        with path.open("r+b") as stream:
            stream.seek(offset % size)
            stream.write(data)
        return
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        connection.execute("PRAGMA ignore_check_constraints=ON")
        if kind == "value":
            table, column_index, value = detail
            columns = [row[1] for row in connection.execute(f'PRAGMA table_info("{table}")')]
            column = columns[column_index % len(columns)]
            connection.execute(
                f'UPDATE "{table}" SET "{column}"=? WHERE rowid=(SELECT min(rowid) FROM "{table}")',
                (value,),
            )
        else:
            table, old, new = detail
            connection.execute("PRAGMA writable_schema=ON")
            connection.execute(
                "UPDATE sqlite_master SET sql=replace(sql, ?, ?) WHERE name=?", (old, new, table)
            )
    except sqlite3.DatabaseError:
        pass  # the corruption itself was refused by SQLite: the file is what it is
    finally:
        connection.close()


@settings(
    max_examples=20,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
    derandomize=False,
)
@given(corruption=corruptions())
def test_a_randomly_corrupted_backup_is_refused_or_restores_to_data_the_app_reads(
    corruption: tuple[str, object], valid_backup: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    folder = tmp_path_factory.mktemp("corrupt")
    paths = app_paths(folder / "live").ensure()
    services = build_services(paths, fixed_clock(NOW))
    set_marker(services.settings, "mine")
    services.close()
    before = _digest(paths.database)
    crafted = folder / "crafted.sqlite3"
    shutil.copy(valid_backup, crafted)
    _apply(crafted, *corruption)
    backups = BackupService(paths, fixed_clock(NOW))
    try:
        backups.restore(crafted)
    except BackupRefused:
        assert _digest(paths.database) == before
        return
    read_fully(paths.data_dir, NOW)  # restored: the app reads all of it


def test_a_restored_file_whose_upgrade_fails_is_refused_and_kept_nowhere(
    live: AppPaths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 18: the upgrade of a backup from an older version runs on the private copy; when it
    fails, the backup is refused with the reason, the data is unchanged, and no copy of the
    backup is left behind as a 'before-upgrade' backup."""
    import belimumab_companion.services.backup_service as module

    old = tmp_path / "schema-0001_foundation.sqlite3"
    shutil.copy(Path(__file__).resolve().parent.parent / "data" / old.name, old)

    def broken(path: Path) -> None:
        raise RuntimeError("a migration step failed")

    monkeypatch.setattr(module, "migrate_file", broken)
    before = _digest(live.database)
    backups = BackupService(live, fixed_clock(NOW))
    with pytest.raises(BackupRefused) as refused:
        backups.restore(old)
    assert refused.value.code == "cannot-upgrade"
    assert "a migration step failed" in refused.value.message
    assert _digest(live.database) == before
    assert not any(b.reason == "before-upgrade" for b in backups.backups())
    assert not list(live.data_dir.glob(".restore-work-*"))
