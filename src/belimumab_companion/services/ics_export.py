"""iCalendar export of the upcoming doses: one VEVENT per dose, with TZID and a VALARM."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from pathlib import Path

import icalendar

from belimumab_companion import __version__
from belimumab_companion.domain.regimens import Route
from belimumab_companion.domain.schedule import PlannedDose
from belimumab_companion.system.atomic_write import write_atomically

PREP_MINUTES = 30  # out of the fridge 30 minutes before injecting


# Discreet titles (issue 18): a calendar is often synced to a phone or a cloud, and shown on a
# lock screen or to a colleague sharing it. With ``discreet`` nothing in the file names the drug,
# the treatment or the app: "Reminder", at the same times, with the same alarms.
DISCREET_TITLE = "Reminder"


def doses_calendar(
    doses: Sequence[PlannedDose], now: datetime, *, discreet: bool = False
) -> icalendar.Calendar:
    calendar = icalendar.Calendar()
    calendar.add(
        "prodid", "-//Companion//EN" if discreet else f"-//Belimumab Companion//{__version__}//EN"
    )
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", "Reminders" if discreet else "Belimumab doses")
    for dose in firm_doses(doses):
        event = icalendar.Event()
        host = "companion.invalid" if discreet else "belimumab-companion"
        event.add("uid", f"dose-{dose.segment_id}-{dose.sequence}@{host}")
        event.add("dtstamp", now)
        event.add("dtstart", dose.due)
        if dose.route is Route.IV:
            event.add("dtend", dose.due + timedelta(hours=1))
            amount = (
                f"{dose.amount_mg:g} mg"
                if dose.amount_mg is not None
                else f"{dose.mg_per_kg:g} mg/kg"
            )
            event.add("summary", f"Belimumab infusion ({amount}) at the infusion centre")
            alarm_before, alarm_text = timedelta(days=1), "Infusion appointment tomorrow"
        else:
            event.add("dtend", dose.due + timedelta(minutes=15))
            injections = " (two injections, two sites)" if dose.injections == 2 else ""
            event.add("summary", f"Belimumab {dose.amount_mg:g} mg injection{injections}")
            alarm_before = timedelta(minutes=PREP_MINUTES)
            alarm_text = "Take the pen or syringe out of the fridge now (30 minutes before)"
        if discreet:
            event["summary"] = icalendar.vText(DISCREET_TITLE)
            alarm_text = DISCREET_TITLE
        else:
            event.add(
                "description",
                f"Planned dose #{dose.sequence} ({dose.phase.value}). Not medical advice: follow "
                "your care team.",
            )
        alarm = icalendar.Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", alarm_text)
        alarm.add("trigger", -alarm_before)
        event.add_component(alarm)
        calendar.add_component(event)
    calendar.add_missing_timezones()
    return calendar


def firm_doses(doses: Sequence[PlannedDose]) -> list[PlannedDose]:
    """Only firm dates go into a calendar: a date the care team gives (R-11, R-20, R-21, R-48)
    is never exported as if it were set."""
    return [dose for dose in doses if dose.firm]


def export_ics(
    path: Path, doses: Sequence[PlannedDose], now: datetime, *, discreet: bool = False
) -> int:
    write_atomically(path, doses_calendar(doses, now, discreet=discreet).to_ical())
    return len(firm_doses(doses))
