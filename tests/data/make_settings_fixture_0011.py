# mypy: ignore-errors
# (It runs against the app before issue 21 item 4 and uses that settings API; see below.)
"""Write tests/data/settings-0011_supplies.sqlite3: a data file as the app BEFORE issue 21 item 4
saved it (schema 0011, every preference under its own string key, times as "HH:MM" text, codes
as bare strings), made through the services of that app, not by hand.

It needs the code of that app (main at ff364b2), for example:

    git archive ff364b2 src resources | tar -x -C /tmp/old
    PYTHONPATH=/tmp/old/src uv run python tests/data/make_settings_fixture_0011.py

``tests/storage/test_settings_upgrade.py`` upgrades the file and reads every value back through
the typed columns and the settings model.
"""

from __future__ import annotations

import sqlite3
import tempfile
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
NOW = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)


def main() -> None:
    from belimumab_companion.domain.contraception import Method, default_setup
    from belimumab_companion.domain.dose_log import Site
    from belimumab_companion.domain.regimens import Indication, Route
    from belimumab_companion.domain.reminders import LeadTime, ReminderSettings, TravelPolicy
    from belimumab_companion.paths import app_paths
    from belimumab_companion.services import settings_service as keys
    from belimumab_companion.services.app_services import build_services
    from belimumab_companion.services.clock import fixed_clock
    from belimumab_companion.services.fhir_export import _namespace
    from belimumab_companion.services.plan_service.inputs import PlanInputs
    from belimumab_companion.services.supplies_types import RefillSettings
    from belimumab_companion.storage.database import head_revision

    assert head_revision() == "0011_supplies", "run this against the app before issue 21 item 4"
    with tempfile.TemporaryDirectory() as folder:
        paths = app_paths(folder)
        services = build_services(paths, fixed_clock(NOW))
        zone = "Europe/Madrid"
        services.plans.set_plan(
            PlanInputs(
                indication=Indication.SLE,
                route=Route.SUBQ,
                birth_date=date(1990, 2, 28),
                first_dose=date(2026, 11, 3),
                time_of_day=time(7, 45),
                zone=zone,
                weight_kg=61.0,
            )
        )
        services.plans.log_dose(
            segment_id=1,
            sequence=1,
            given_at=datetime(2026, 11, 3, 6, 50, tzinfo=UTC),
            sites=[Site.ABDOMEN_LEFT],
            given_by="self",
            lot_number="LOT-☃",
        )
        services.mood.record_phq9([1, 2, 0, 0, 1, 0, 0, 0, 0])
        services.mood.set_every_days(14)
        services.contraception.set_enabled(True)
        services.contraception.set_method(
            default_setup(Method.COMBINED_PILL, date(2026, 10, 1), time(21, 30), zone)
        )
        settings = services.settings
        settings.confirm_country("MX", numbers_confirmed=True)
        settings.set(keys.HELP_EMERGENCY, "911")
        settings.set(keys.HELP_CRISIS, "800 911 2000")
        settings.set_belimumab_anaphylaxis(True)
        settings.mark_guide_step("country")
        settings.mark_guide_step("plan")
        settings.set(keys.GUIDE_FOR, "child")
        settings.set(keys.GUIDE_CHILD_NAME, "Ana María")
        services.reminders.save_settings(
            ReminderSettings(
                lead_times=(LeadTime(days_before=1, at=time(20, 15)), LeadTime(minutes_before=30)),
                prep=False,
                check_ins=True,
                check_in_at=time(19, 5),
                quiet_from=time(22, 0),
                quiet_until=time(7, 0),
                travel=TravelPolicy.FOLLOW_LOCAL,
                morning=time(8, 30),
            )
        )
        services.supplies.save_refill_settings(
            RefillSettings(lead_days=10, refills_left=3, pharmacy_phone="+34 600 000 000")
        )
        services.handling.take_out(datetime(2026, 11, 23, 9, 0, tzinfo=UTC))
        services.handling.record_warmest(23.5)
        services.red_flags.dismiss(datetime(2026, 11, 22, 20, 0, tzinfo=UTC))
        namespace: Any = _namespace(services)
        services.close()
        connection = sqlite3.connect(paths.database)
        connection.execute("PRAGMA journal_mode=DELETE")
        connection.close()
        target = HERE / f"settings-{head_revision()}.sqlite3"
        target.write_bytes(paths.database.read_bytes())
        print(f"wrote {target} (FHIR namespace {namespace})")


if __name__ == "__main__":
    main()
