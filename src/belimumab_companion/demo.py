"""A throwaway demo profile: about six months of realistic history, written through the same
services as the app (so it obeys every rule), for newcomers and the README's screenshots.

Ana (user journey 1): SLE, weekly 200 mg injections on Tuesdays at 18:00 in Madrid. She gives
most doses on time, one late the next morning, misses one, and rotates sites as suggested.
She keeps a symptom diary and takes a combined pill with the contraception reminders on.
"""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from belimumab_companion.domain.dose_log import Site, suggest_sites
from belimumab_companion.domain.regimens import Indication, Route
from belimumab_companion.domain.schedule import DoseStatus
from belimumab_companion.services.app_services import AppServices
from belimumab_companion.services.clock import fixed_clock
from belimumab_companion.services.plan_service import PlanInputs, PlanService

DEMO_ZONE = "Europe/Madrid"
WEEKS = 26


def seed_demo(services: AppServices, now: datetime, seed: int = 7) -> int:
    """Fill an empty data folder; returns the number of doses logged."""
    rng = random.Random(seed)
    zone = ZoneInfo(DEMO_ZONE)
    today = now.astimezone(zone).date()
    first = today - timedelta(days=7 * WEEKS)
    first += timedelta(days=(1 - first.weekday()) % 7)  # a Tuesday
    # Ana set the app up the day before her first dose: adherence counts from then.
    set_up = PlanService(
        services.database.sessions,
        fixed_clock(datetime.combine(first - timedelta(days=1), time(12), zone)),
    )
    set_up.set_plan(
        PlanInputs(
            indication=Indication.SLE,
            route=Route.SUBQ,
            birth_date=date(today.year - 34, 4, 12),
            first_dose=first,
            time_of_day=time(18, 0),
            zone=DEMO_ZONE,
            weight_kg=63.0,
        )
    )
    missed = {9}
    late = {14}
    logged = 0
    for dose in services.plans.schedule(now, today):
        if dose.status not in (DoseStatus.OPEN, DoseStatus.MISSED_CLOSED, DoseStatus.OVERDUE):
            continue
        if dose.due >= now:
            continue
        if dose.sequence in missed:
            continue
        if dose.sequence in late:
            given = datetime.combine(dose.local_date + timedelta(days=1), time(8, 40), zone)
        else:
            given = dose.due + timedelta(minutes=rng.randint(-20, 45))
        site = suggest_sites(services.plans.site_history(), 1)
        services.plans.log_dose(
            segment_id=dose.segment_id,
            sequence=dose.sequence,
            given_at=given,
            sites=site if site else [Site.THIGH_LEFT],
            given_by="clinic" if dose.sequence == 1 else "self",
            lot_number=f"DEMO{rng.randint(1000, 9999)}",
            notes="First dose at the clinic" if dose.sequence == 1 else "",
        )
        logged += 1
    services.vaccinations.add(
        "Flu vaccine", today - timedelta(days=40), "received", care_team_says_live=False
    )
    _seed_diary(services, now, rng)
    _seed_contraception(services, today)
    return logged


def _seed_contraception(services: AppServices, today: date) -> None:
    """Ana takes a combined pill (21/7) at 21:30 and marks it; one was missed this week."""
    from belimumab_companion.domain.contraception import Method, default_setup
    from belimumab_companion.services.contraception_service import DONE, MISSED

    start = today - timedelta(days=28 * 2 + 10)
    service = services.contraception
    service.set_method(default_setup(Method.COMBINED_PILL, start, time(21, 30), DEMO_ZONE))
    recent = service.status(DEMO_ZONE).recent
    for number, item in enumerate(recent[1:]):  # the newest stays to be marked
        service.answer(item, MISSED if number == 2 else DONE, DEMO_ZONE)


# (days after the dose, symptom, severity 0-4, how much it gets in the way 0-4, notes)
DIARY = [
    (0, "Injection-site reaction", 1, 0, "A small mark, gone by the morning"),
    (1, "Headache", 1, 1, ""),
    (2, "Tiredness", 2, 2, "Needed a nap after work"),
    (1, "Nausea", 2, 1, "Better after eating"),
    (3, "Pain in arms or legs", 1, 1, ""),
]


def _seed_diary(services: AppServices, now: datetime, rng: random.Random) -> None:
    """Symptoms now and then after a dose, the way Ana keeps her diary."""
    from belimumab_companion.domain.monograph import symptom_code
    from belimumab_companion.services.diary_service import DiaryInputs

    given = [
        d.administration.given_at
        for d in services.plans.schedule(now, now.date())
        if d.administration is not None and not d.administration.skipped_on_advice
    ]
    for index, at in enumerate(given[::3]):
        days, symptom, severity, interference, notes = DIARY[index % len(DIARY)]
        onset = at + timedelta(days=days, hours=rng.randint(1, 5))
        if onset >= now:
            continue
        services.diary.add(
            DiaryInputs(
                symptom=symptom,
                onset_at=onset,
                zone=DEMO_ZONE,
                severity=severity,
                interference=interference,
                from_catalogue=True,
                symptom_code=symptom_code(symptom),  # catalogue terms: shown in each language
                notes=notes,
            )
        )
