"""Fill a data folder with a realistic long-time user's data, for tests and benchmarks.

``populate(data_dir)`` opens the database exactly the way the app does (``open_database`` on
``app_paths(data_dir)``, so an empty folder is created and migrated to head first) and writes what
the *current* schema can hold, then returns the row count of every table.

Today the schema holds only the patient profile (one row), settings and the monograph choice, so
that is one profile row and a realistic handful of settings, nothing more: no fake history is
smuggled into settings. The monograph choice is left empty (the shipped monograph), because a
choice names a file on the user's disk and one pointing nowhere would change what the app shows.

Later issues (dose log, side-effect diary, mood check-ins, contraception) extend ``populate`` with
10 years of their history. The function is built for that: one private ``_populate_<feature>``
helper per feature, each taking the session, a ``random.Random`` and the time span, called in
order from ``populate``. Add a helper, call it there, and the counts come back automatically.

Everything is deterministic: randomness comes from ``random.Random(seed)`` and every stored
instant is derived from the fixed anchor ``NOW`` (never the real clock), as an aware UTC datetime
(the ``UtcDateTime`` column refuses naive ones).

Run by hand: ``uv run python tests/generate_history.py DIR [--years N] [--seed S]``.
"""

from __future__ import annotations

import argparse
import random
import sys
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from belimumab_companion.paths import app_paths
from belimumab_companion.storage.database import open_database
from belimumab_companion.storage.models import Base, PatientProfile, Setting

NOW = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)
"""The generated user's "now": the last moment of their history (same as testsupport.FIXED_NOW)."""


@dataclass(frozen=True)
class Span:
    """The stretch of time the generated history covers: ``start`` up to ``end`` (= NOW)."""

    start: datetime
    end: datetime

    def random_instant(self, rng: random.Random) -> datetime:
        seconds = (self.end - self.start).total_seconds()
        return self.start + timedelta(seconds=int(rng.uniform(0, seconds)))


def populate(data_dir: Path, years: int = 10, seed: int = 42) -> dict[str, int]:
    """Write ``years`` years of a user's data into ``data_dir``; return rows per table.

    Safe to run again on the same folder: rows are merged by primary key, not duplicated.
    """
    if years < 1:
        raise ValueError(f"years must be at least 1, not {years}")
    rng = random.Random(seed)
    span = Span(start=NOW - timedelta(days=round(365.25 * years)), end=NOW)
    db = open_database(app_paths(data_dir))
    try:
        with db.sessions.begin() as session:
            _populate_profile(session, rng, span)
            _populate_settings(session, rng, span)
            _populate_dose_log(session, rng, span)
            # Later features: _populate_dose_log, _populate_diary, _populate_mood,
            # _populate_contraception (10 years each), called here in that order.
        with db.sessions.read() as session:
            return _row_counts(session)
    finally:
        db.close()


def _populate_profile(session: Session, rng: random.Random, span: Span) -> None:
    """The one person this folder is about; set up at the start of the span, edited since."""
    age_years = rng.randint(16, 45) + (span.end - span.start).days // 365
    birth = date(span.end.year - age_years, rng.randint(1, 12), rng.randint(1, 28))
    created = span.start.replace(hour=rng.randint(8, 20), minute=rng.randint(0, 59))
    session.merge(
        PatientProfile(
            id=1,
            display_name=rng.choice(["Alex", "Sam", "Maria", "Jordan", "Aisha", "Lena"]),
            birth_date=birth,
            country="US",
            managed_by_caregiver=False,
            created_at=created,
            updated_at=Span(created, span.end).random_instant(rng),
        )
    )


def _populate_settings(session: Session, rng: random.Random, span: Span) -> None:
    """The preferences a long-time user has touched: one settings document (issue 21)."""
    from belimumab_companion.domain.reminders import ReminderSettings
    from belimumab_companion.services.settings_model import (
        AppSettings,
        HelpSettings,
        settings_to_document,
    )

    at = time(rng.randint(7, 10), rng.choice([0, 15, 30, 45]))
    value = AppSettings(
        help=HelpSettings(country="US", country_confirmed=True),
        reminders=ReminderSettings(check_in_at=at),
        mood_every_days=rng.choice([7, 14]),
        contraception_enabled=False,
    )
    session.merge(
        Setting(key="app", value=settings_to_document(value), updated_at=span.random_instant(rng))
    )


def _populate_dose_log(session: Session, rng: random.Random, span: Span) -> None:
    """Weekly SLE injections over the whole span, every one logged (a few late), sites rotated."""
    from zoneinfo import ZoneInfo

    from belimumab_companion.storage.models import AdministrationRow, PlanSegmentRow

    zone = ZoneInfo("Europe/Madrid")
    first = span.start.astimezone(zone).date()
    session.merge(
        PlanSegmentRow(
            id=1,
            indication="sle",
            route="subq",
            regimen_code="sle-subq-adult-weekly",
            birth_date=date(1984, 4, 12),
            weight_kg=63.0,
            weight_recorded_on=first,
            prescribed_interval_days=None,
            prescribed_amount_mg=None,
            switching_from_iv=False,
            first_dose=first,
            time_of_day=time(18, 0),
            zone="Europe/Madrid",
            first_sequence=1,
            ends_before=None,
            loading_given_before=0,
            end_reason=None,
            created_at=span.start,
        )
    )
    sites = ["abdomen-left", "abdomen-right", "thigh-left", "thigh-right"]
    sequence, day = 1, first
    end_day = span.end.astimezone(zone).date()
    while day < end_day:
        late = rng.random() < 0.05
        given = datetime.combine(day, datetime.min.time(), zone).replace(hour=9 if late else 18) + (
            timedelta(days=1) if late else timedelta(minutes=rng.randint(-15, 30))
        )
        session.merge(
            AdministrationRow(
                id=sequence,
                segment_id=1,
                sequence=sequence,
                given_at=given,
                zone="Europe/Madrid",
                amount_mg=200.0,
                route="subq",
                device="autoinjector",
                sites=[sites[sequence % 4]],
                given_by="self",
                lot_number=None,
                notes="",
                skipped_on_advice=False,
                not_fully_given=False,
                created_at=given,
            )
        )
        sequence += 1
        day += timedelta(days=7)


def _row_counts(session: Session) -> dict[str, int]:
    counts: dict[str, int] = {}
    for table in Base.metadata.sorted_tables:
        counts[table.name] = session.scalar(select(func.count()).select_from(table)) or 0
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data_dir", type=Path, metavar="DIR", help="the data folder to fill")
    parser.add_argument("--years", type=int, default=10, help="years of history (default 10)")
    parser.add_argument("--seed", type=int, default=42, help="random seed (default 42)")
    args = parser.parse_args(argv)
    counts = populate(args.data_dir, years=args.years, seed=args.seed)
    print(f"{app_paths(args.data_dir).database}")
    for table, count in counts.items():
        print(f"  {table:<20} {count:>8}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
