"""Which backups to keep and which to delete. Pure: the caller passes the list and ``now``.

The policy:

- **Automatic backups** (taken at start and at quit) rotate. Kept: the
  newest *good* backup of each of the 7 most recent days that have one, of each of the 4 most recent
  ISO weeks that have one, and of each of the 12 most recent months that have one. One backup may
  count for several rules at once (as restic's ``--keep-daily/--keep-weekly/--keep-monthly``), and
  the buckets are "the most recent that have a backup", not "the last 7 calendar days", so a person
  who changes nothing for a month still has 7 daily backups.
- **Only good backups count.** A corrupt backup (truncated, failing ``integrity_check``) never fills
  a slot, so it can never push a good older backup out of the rotation.
- **A corrupt backup is never deleted by rotation** either: it is listed as damaged and the person
  decides. (A false "corrupt" verdict must not be able to delete a good file.)
- **The newest good backup is always kept**, whatever the limits are set to.
- **Backups the person asked for** ("Back up now") are outside the rotation: a quit backup later
  that day must not delete the one made just before something risky. The 10 newest good ones
  are kept, and every one younger than 30 days.
- **Safety backups** (before an upgrade, before a restore) are outside the rotation too: per kind,
  the 3 newest good ones are kept, and every one younger than 30 days.
- A backup dated after ``now`` (the clock went back) is kept: we never delete what we cannot place.

Days, weeks and months are counted in the zone passed as ``tz`` (UTC unless told otherwise), so
the verdict does not depend on where the machine happens to be.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, tzinfo


class BackupKind(enum.Enum):
    ROUTINE = "routine"  # automatic: at start, at quit
    MANUAL = "manual"
    BEFORE_UPGRADE = "before-upgrade"
    BEFORE_RESTORE = "before-restore"


@dataclass(frozen=True)
class BackupEntry:
    name: str
    created_at: datetime  # aware
    ok: bool
    kind: BackupKind = BackupKind.ROUTINE


@dataclass(frozen=True)
class RetentionPolicy:
    daily: int = 7
    weekly: int = 4
    monthly: int = 12
    manual_keep: int = 10
    safety_keep: int = 3
    recent: timedelta = timedelta(days=30)  # manual and safety backups younger than this stay


DEFAULT_POLICY = RetentionPolicy()


@dataclass(frozen=True)
class RetentionPlan:
    keep: Mapping[str, tuple[str, ...]]  # name -> why it is kept
    delete: tuple[str, ...]


def plan_retention(
    entries: Iterable[BackupEntry],
    now: datetime,
    policy: RetentionPolicy = DEFAULT_POLICY,
    tz: tzinfo = UTC,
) -> RetentionPlan:
    entries = list(entries)
    if now.tzinfo is None or any(entry.created_at.tzinfo is None for entry in entries):
        raise ValueError("retention needs aware datetimes")
    reasons: dict[str, list[str]] = {entry.name: [] for entry in entries}
    newest_first = sorted(entries, key=lambda e: (e.created_at, e.name), reverse=True)

    for entry in newest_first:
        if not entry.ok:
            reasons[entry.name].append("damaged")
        elif entry.created_at > now:
            reasons[entry.name].append("future")

    good = [e for e in newest_first if e.ok]
    routine = [e for e in good if e.kind is BackupKind.ROUTINE]
    for newest in {group[0].name for group in (good, routine) if group}:
        reasons[newest].append("newest")
    rules: tuple[tuple[str, int, Callable[[datetime], Hashable]], ...] = (
        ("daily", policy.daily, lambda at: at.date()),
        ("weekly", policy.weekly, lambda at: at.isocalendar()[:2]),
        ("monthly", policy.monthly, lambda at: (at.year, at.month)),
    )
    for label, count, bucket_of in rules:
        for entry in _newest_per_bucket(routine, count, bucket_of, tz):
            reasons[entry.name].append(label)

    own_rules = (
        (BackupKind.MANUAL, policy.manual_keep, "manual"),
        (BackupKind.BEFORE_UPGRADE, policy.safety_keep, "safety"),
        (BackupKind.BEFORE_RESTORE, policy.safety_keep, "safety"),
    )
    for kind, count, label in own_rules:
        for index, entry in enumerate(e for e in good if e.kind is kind):
            if index < count:
                reasons[entry.name].append(f"{label}-newest")
            elif now - entry.created_at < policy.recent:
                reasons[entry.name].append(f"{label}-recent")

    keep = {name: tuple(why) for name, why in reasons.items() if why}
    delete = tuple(entry.name for entry in newest_first if entry.name not in keep)
    return RetentionPlan(keep, delete)


def _newest_per_bucket(
    newest_first: Sequence[BackupEntry],
    count: int,
    bucket_of: Callable[[datetime], Hashable],
    tz: tzinfo,
) -> list[BackupEntry]:
    chosen: list[BackupEntry] = []
    seen: set[Hashable] = set()
    for entry in newest_first:
        if len(seen) >= count:
            break
        bucket = bucket_of(entry.created_at.astimezone(tz))
        if bucket not in seen:
            seen.add(bucket)
            chosen.append(entry)
    return chosen
