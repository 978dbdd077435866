from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from belimumab_companion.domain.backup_retention import (
    BackupEntry,
    BackupKind,
    RetentionPolicy,
    plan_retention,
)

START = datetime(2026, 1, 1, 8, 0, tzinfo=UTC)  # a Thursday


def _daily(days: int) -> list[BackupEntry]:
    return [
        BackupEntry(f"start-{(START + timedelta(days=i)):%Y%m%d}", START + timedelta(days=i), True)
        for i in range(days)
    ]


def _day(name: str) -> date:
    return datetime.strptime(name.split("-")[1], "%Y%m%d").date()


def test_120_daily_backups_keep_7_daily_4_weekly_and_every_month() -> None:
    entries = _daily(120)  # 2026-01-01 .. 2026-04-30
    plan = plan_retention(entries, entries[-1].created_at + timedelta(hours=1))
    kept = sorted(_day(name) for name in plan.keep)
    daily = [date(2026, 4, d) for d in range(24, 31)]
    weekly = [date(2026, 4, 12), date(2026, 4, 19), date(2026, 4, 26), date(2026, 4, 30)]
    monthly = [date(2026, 1, 31), date(2026, 2, 28), date(2026, 3, 31), date(2026, 4, 30)]
    assert kept == sorted(set(daily) | set(weekly) | set(monthly))
    assert len(plan.keep) + len(plan.delete) == 120
    assert "daily" in plan.keep["start-20260424"]
    assert plan.keep["start-20260412"] == ("weekly",)
    assert plan.keep["start-20260131"] == ("monthly",)
    assert set(plan.keep["start-20260430"]) == {"newest", "daily", "weekly", "monthly"}


def test_a_year_and_a_half_keeps_at_most_12_months() -> None:
    entries = _daily(550)
    plan = plan_retention(entries, entries[-1].created_at)
    months = {(_day(name).year, _day(name).month) for name, why in plan.keep.items()}
    assert len([why for why in plan.keep.values() if "monthly" in why]) == 12
    assert len(months) == 12
    assert len([why for why in plan.keep.values() if "weekly" in why]) == 4
    assert len([why for why in plan.keep.values() if "daily" in why]) == 7


def test_a_corrupt_newest_backup_does_not_push_a_good_one_out() -> None:
    entries = _daily(120)
    now = entries[-1].created_at + timedelta(hours=1)
    clean = plan_retention(entries, now)
    entries[-1] = BackupEntry(entries[-1].name, entries[-1].created_at, ok=False)
    damaged = plan_retention(entries, now)
    assert damaged.keep["start-20260430"] == ("damaged",)
    assert "start-20260423" in damaged.keep  # the 7th good day, now that Apr 30 does not count
    assert "daily" in damaged.keep["start-20260423"]
    assert set(damaged.delete) <= set(clean.delete)
    assert "newest" in damaged.keep["start-20260429"]


def test_corrupt_backups_are_never_deleted_and_fill_no_slot() -> None:
    old_bad = BackupEntry("start-old", START - timedelta(days=400), ok=False)
    bad_today = [
        BackupEntry(f"quit-bad-{i}", START + timedelta(days=30, minutes=i), ok=False)
        for i in range(10)
    ]
    entries = [*_daily(30), old_bad, *bad_today]
    plan = plan_retention(entries, START + timedelta(days=31), RetentionPolicy(daily=3))
    assert "start-old" in plan.keep and all(e.name in plan.keep for e in bad_today)
    good_daily = sorted(name for name, why in plan.keep.items() if "daily" in why)
    assert good_daily == ["start-20260128", "start-20260129", "start-20260130"]


def test_the_newest_good_backup_survives_any_policy() -> None:
    entries = _daily(5)
    plan = plan_retention(
        entries, START + timedelta(days=10), RetentionPolicy(daily=0, weekly=0, monthly=0)
    )
    assert list(plan.keep) == ["start-20260105"]
    assert len(plan.delete) == 4


def test_several_backups_on_one_day_keep_the_newest_of_that_day() -> None:
    day = START + timedelta(days=3)
    entries = [BackupEntry(f"quit-{i}", day + timedelta(hours=i), True) for i in range(5)]
    plan = plan_retention(entries, day + timedelta(days=1))
    assert list(plan.keep) == ["quit-4"]
    assert sorted(plan.delete) == ["quit-0", "quit-1", "quit-2", "quit-3"]


def test_safety_backups_have_their_own_rule_and_take_no_routine_slot() -> None:
    now = START + timedelta(days=200)
    upgrades = [
        BackupEntry(f"up-{i}", now - timedelta(days=100 + i), True, BackupKind.BEFORE_UPGRADE)
        for i in range(5)
    ]
    restores = [
        BackupEntry(f"rs-{i}", now - timedelta(days=i * 7), True, BackupKind.BEFORE_RESTORE)
        for i in range(6)
    ]
    routine = [BackupEntry("start-1", now - timedelta(days=1), True)]
    plan = plan_retention([*upgrades, *restores, *routine], now)
    assert sorted(n for n in plan.keep if n.startswith("up-")) == ["up-0", "up-1", "up-2"]
    assert sorted(plan.delete) == ["rs-5", "up-3", "up-4"]
    assert plan.keep["rs-4"] == ("safety-recent",)  # 28 days old; rs-5 (35 days) is not
    assert set(plan.keep["start-1"]) == {"newest", "daily", "weekly", "monthly"}


def test_backups_made_on_request_are_not_rotated_away_by_automatic_ones() -> None:
    day = START + timedelta(days=100)
    manual = [
        BackupEntry(f"manual-{i}", day - timedelta(days=i * 5, hours=3), True, BackupKind.MANUAL)
        for i in range(14)
    ]
    automatic = [BackupEntry(f"quit-{i}", day - timedelta(days=i), True) for i in range(3)]
    plan = plan_retention([*manual, *automatic], day + timedelta(hours=1))
    assert plan.keep["manual-0"] == ("manual-newest",)  # same day as a newer quit backup
    kept_manual = sorted(n for n in plan.keep if n.startswith("manual-"))
    assert len(kept_manual) == 10
    assert sorted(plan.delete) == ["manual-10", "manual-11", "manual-12", "manual-13"]
    assert {n for n in plan.keep if n.startswith("quit-")} == {"quit-0", "quit-1", "quit-2"}


def test_a_backup_from_the_future_is_kept() -> None:
    entries = [*_daily(20), BackupEntry("start-future", START + timedelta(days=400), True)]
    plan = plan_retention(entries, START + timedelta(days=20), RetentionPolicy(daily=1))
    assert "future" in plan.keep["start-future"]


def test_days_are_counted_in_the_zone_given() -> None:
    entries = [
        BackupEntry("a", datetime(2026, 2, 28, 12, 0, tzinfo=UTC), True),
        BackupEntry("b", datetime(2026, 3, 1, 22, 30, tzinfo=UTC), True),
        BackupEntry("c", datetime(2026, 3, 1, 23, 30, tzinfo=UTC), True),
    ]
    policy = RetentionPolicy(daily=2, weekly=0, monthly=0)
    now = datetime(2026, 3, 2, 6, 0, tzinfo=UTC)
    assert plan_retention(entries, now, policy).delete == ("b",)
    assert plan_retention(entries, now, policy, ZoneInfo("Europe/Berlin")).delete == ("a",)


def test_naive_datetimes_are_refused() -> None:
    with pytest.raises(ValueError):
        plan_retention([BackupEntry("x", datetime(2026, 1, 1), True)], START)


_entries = st.lists(
    st.tuples(
        st.integers(min_value=0, max_value=24 * 500),  # hours before now
        st.booleans(),
        st.sampled_from(list(BackupKind)),
    ),
    max_size=40,
)


@given(_entries, st.data())
def test_marking_one_backup_corrupt_never_deletes_another_kept_one(
    raw: list[tuple[int, bool, BackupKind]], data: st.DataObject
) -> None:
    now = START + timedelta(days=600)
    entries = [
        BackupEntry(f"b{i}", now - timedelta(hours=hours), ok, kind)
        for i, (hours, ok, kind) in enumerate(raw)
    ]
    before = plan_retention(entries, now)
    assert all(e.name in before.keep for e in entries if not e.ok)
    good = [e for e in entries if e.ok]
    if good:
        newest = max(good, key=lambda e: (e.created_at, e.name))
        assert newest.name in before.keep
    if not entries:
        return
    index = data.draw(st.integers(min_value=0, max_value=len(entries) - 1))
    spoiled = entries[index]
    entries[index] = BackupEntry(spoiled.name, spoiled.created_at, False, spoiled.kind)
    after = plan_retention(entries, now)
    assert set(before.keep) <= set(after.keep)
