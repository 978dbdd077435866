"""Read a whole restored profile through the app's own code, before it may replace anything.

The schema check proves the tables are ours; this proves the values are: every row of every
table is loaded through the ORM's typed columns (an instant that is not one, a date that is not a
date), then through the services the pages use (a zone that is not a zone, a route or a "given by"
the app does not know, a setting the settings model does not accept), and the FHIR export is built and
serialised strictly (no NaN or infinity). Whatever fails refuses the backup, with the step named.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from belimumab_companion.paths import AppPaths
from belimumab_companion.services.storage_text import BackupRefused
from belimumab_companion.user_text import QT_TRANSLATE_NOOP, message


def _known_values() -> dict[tuple[str, str], set[str | None]]:
    """Columns that hold one of the app's codes: the values the app can mean by them."""
    from belimumab_companion.domain.regimens import Device, GivenBy, Indication, Route
    from belimumab_companion.domain.supplies import SUPPLY_DEVICES, DiscardReason
    from belimumab_companion.domain.triage import Triage
    from belimumab_companion.services.diary_service import Action

    def codes(kind: type[Any], *, optional: bool = False) -> set[str | None]:
        values: set[str | None] = {str(member.value) for member in kind}
        return values | {None} if optional else values

    return {
        ("plan_segment", "route"): codes(Route),
        ("plan_segment", "indication"): codes(Indication),
        ("administration", "route"): codes(Route),
        ("administration", "given_by"): codes(GivenBy),
        ("administration", "device"): codes(Device, optional=True),
        ("diary_entry", "triage"): codes(Triage),
        ("diary_entry", "action"): codes(Action),
        ("supply_lot", "device"): {device.value for device in SUPPLY_DEVICES},  # issue 22
        ("supply_discard", "reason"): codes(DiscardReason),
    }


def _unknown_codes(services: Any) -> None:
    from sqlalchemy import text

    with services.database.sessions.read() as session:
        for (table, column), allowed in _known_values().items():
            for (value,) in session.execute(text(f'SELECT DISTINCT "{column}" FROM "{table}"')):
                if value not in allowed:
                    raise ValueError(f"{table}.{column} holds {str(value)[:40]!r}")


def read_fully(profile: Path, now: datetime) -> None:
    """Raise BackupRefused("bad-value") when the profile in ``profile`` (a folder holding
    ``companion.sqlite3`` at head) has anything the app cannot read."""
    from sqlalchemy import select

    from belimumab_companion.services.app_services import build_services
    from belimumab_companion.services.clock import fixed_clock
    from belimumab_companion.services.csv_export import diary_rows, dose_rows
    from belimumab_companion.services.fhir_export import fhir_bundle
    from belimumab_companion.storage.models import Base
    from belimumab_companion.system.local_zone import local_zone_name

    services = build_services(AppPaths(profile), fixed_clock(now))
    try:

        def every_row() -> None:
            with services.database.sessions.read() as session:
                for mapper in Base.registry.mappers:
                    for _row in session.scalars(select(mapper.class_)).yield_per(500):
                        pass

        zone = local_zone_name()
        steps: list[tuple[str, Callable[[], Any]]] = [
            ("rows", every_row),
            ("codes", lambda: _unknown_codes(services)),
            ("settings", services.settings.load),  # the model's types and checks (issue 21)
            ("plan", services.plans.segments),
            ("schedule", lambda: services.plans.overview(now)),
            ("doses", lambda: dose_rows(services.plans, now)),
            ("diary", lambda: diary_rows(services.diary, services.plans)),
            ("mood", services.mood.history),
            ("vaccinations", services.vaccinations.all),
            ("contraception", lambda: services.contraception.status(zone)),
            ("contraception log", services.contraception.log),
            ("pregnancy", services.contraception.pregnancy_events),
            ("reminders", services.reminders.settings),
            ("help numbers", services.settings.help_numbers),
            ("supplies", lambda: services.supplies.status(now)),  # issue 22
            ("export", lambda: json.dumps(fhir_bundle(services, now), allow_nan=False)),
        ]
        for name, step in steps:
            try:
                step()
            except Exception as exc:
                raise BackupRefused(
                    "bad-value",
                    message(
                        QT_TRANSLATE_NOOP(
                            "Messages",
                            "The backup holds values this app cannot read (%1: %2); it was "
                            "refused.",
                        ),
                        name,
                        f"{type(exc).__name__}: {str(exc)[:160]}",
                    ),
                ) from exc
    finally:
        services.close()
