"""The care-team report's data (issue 7) from real services on a real SQLite file: the period's
doses by phase, the missed-dose decisions, red flags first, and nothing deleted or outside the
dates. The seeded history is written through the services, so it obeys every rule."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from belimumab_companion.domain.contraception import (
    Method,
    PregnancyEvent,
    WindowState,
    default_setup,
)
from belimumab_companion.domain.dose_log import suggest_sites
from belimumab_companion.domain.make_up import AfterMakeUp, MakeUpKind
from belimumab_companion.domain.regimens import Indication, Route
from belimumab_companion.domain.schedule import DoseStatus, MissedAdvice, Phase
from belimumab_companion.domain.triage import Triage
from belimumab_companion.paths import AppPaths
from belimumab_companion.services.app_services import AppServices, build_services
from belimumab_companion.services.contraception_service import DONE, MISSED
from belimumab_companion.services.diary_service import DiaryInputs
from belimumab_companion.services.plan_service import PlanInputs
from belimumab_companion.services.report_data import (
    CareTeamReport,
    Outcome,
    PhaseAdherence,
    build_report,
)
from testsupport import FIXED_NOW

ZONE = "Europe/Madrid"
TZ = ZoneInfo(ZONE)
START, END = date(2026, 9, 1), date(2026, 11, 22)  # FIXED_NOW is 2026-11-23
HOSTILE = '<b>x</b><img src=http://example.invalid/a.png>\n=HYPERLINK("http://x")'
SKIP_NOTE = "Infection: the nurse said skip"
PILL_START = date(2026, 9, 8)


class MovableClock:
    """The services' clock; ``broken`` makes reading it fail (build_report must not read it)."""

    def __init__(self, now: datetime) -> None:
        self.now = now
        self.broken = False

    def __call__(self) -> datetime:
        if self.broken:
            raise AssertionError("the clock was read")
        return self.now


def local(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), TZ)


def seed(services: AppServices, clock: MovableClock) -> None:
    """Lupus nephritis, weekly SubQ on Tuesdays at 18:00 (R-05: four 400 mg doses first).

    Doses (due date: what happened): #1 08-25 on time (before the period); #2 09-01 on time;
    #3 09-08 missed; #4 09-15 given late on 09-16, "keep my day" chosen (R-17); #5 09-22 skipped
    on advice; #6 09-29 on time (the 4th 400 mg dose given: loading ends, R-05); #7 10-06 and
    #8 10-13 on time; #9 10-20 missed; #10 10-27 given early on 10-26; #11..#13 on time;
    #14 11-24 is after the period.
    """
    plans = services.plans
    # The app was set up the day before the first dose: adherence counts from then.
    clock.now = local(date(2026, 8, 24), 12)
    plans.set_plan(
        PlanInputs(
            indication=Indication.LN,
            route=Route.SUBQ,
            birth_date=date(1990, 3, 3),
            first_dose=date(2026, 8, 25),
            time_of_day=time(18, 0),
            zone=ZONE,
        )
    )
    clock.now = FIXED_NOW
    segment = plans.segments()[0].id
    missed, skipped = {3, 9}, {5}
    given_on = {4: (date(2026, 9, 16), 8, 40), 10: (date(2026, 10, 26), 18, 5)}
    for dose in plans.schedule(FIXED_NOW, END):
        if dose.sequence in missed:
            continue
        if dose.sequence in skipped:
            plans.skip_on_advice(segment, dose.sequence, SKIP_NOTE)
            continue
        day, hour, minute = given_on.get(dose.sequence, (dose.local_date, 18, 10))
        plans.log_dose(
            given_at=local(day, hour, minute),
            sites=suggest_sites(plans.site_history(), dose.injections),
            sequence=dose.sequence,
            given_by="clinic" if dose.sequence == 1 else "self",
        )
        if dose.sequence == 4:
            plans.choose_after_make_up(segment, 4, AfterMakeUp.KEEP_DAY)

    diary = services.diary
    for symptom, onset, severity, notes in [
        ("Tiredness", local(date(2026, 9, 3), 10), 2, "Needed a nap"),
        ("Trouble breathing", local(date(2026, 10, 10), 20), 4, HOSTILE),
        ("Low mood", local(date(2026, 10, 20), 9), 3, "I had thoughts of suicide"),
        ("Headache", local(date(2026, 9, 5), 15), 1, ""),
        ("Injection-site reaction", local(date(2026, 11, 18), 19), 1, ""),
        ("Nausea before", local(date(2026, 8, 31), 23, 30), 2, ""),  # the day before the period
        ("Nausea after", local(date(2026, 11, 23), 0, 30), 2, ""),  # the day after the period
    ]:
        diary.add(
            DiaryInputs(symptom=symptom, onset_at=onset, zone=ZONE, severity=severity, notes=notes)
        )
    gone = diary.add(
        DiaryInputs(
            symptom="Deleted one", onset_at=local(date(2026, 10, 1), 9), zone=ZONE, severity=1
        )
    )
    diary.delete(gone.entry.id)

    for moment, kind, answers in [
        (datetime(2026, 8, 15, 12, 0, tzinfo=UTC), "phq2", [0, 0]),  # before the period
        (datetime(2026, 10, 1, 12, 0, tzinfo=UTC), "phq2", [2, 1]),
        (datetime(2026, 10, 1, 12, 5, tzinfo=UTC), "phq9", [1, 2, 1, 0, 1, 0, 2, 1, 1]),
        (FIXED_NOW, "phq2", [1, 1]),  # the day after the period
    ]:
        clock.now = moment
        if kind == "phq2":
            services.mood.record_phq2(answers)
        else:
            services.mood.record_phq9(answers)
    clock.now = FIXED_NOW

    contraception = services.contraception
    # 21 pills then 7 free days from 09-08: the third pack runs 11-03..11-23.
    contraception.set_method(default_setup(Method.COMBINED_PILL, PILL_START, time(21, 30), ZONE))
    recent = contraception.status(ZONE).recent  # pills of 11-22 back to 11-16, newest first
    assert [item.due.date() for item in recent] == [
        date(2026, 11, 22) - timedelta(days=n) for n in range(7)
    ]
    for item in recent:
        answer = MISSED if item.due.date() in (date(2026, 11, 19), date(2026, 11, 20)) else DONE
        contraception.answer(item, answer, ZONE)
    corrected = next(i for i in recent if i.due.date() == date(2026, 11, 20))
    contraception.answer(corrected, DONE, ZONE)  # the latest answer counts
    contraception.record_pregnancy_event(
        PregnancyEvent.MIGHT_BE_PREGNANT, date(2026, 10, 5), ZONE, "Test at home"
    )
    contraception.record_pregnancy_event(PregnancyEvent.BREASTFEEDING, date(2026, 8, 20), ZONE)
    deleted = contraception.record_pregnancy_event(PregnancyEvent.PREGNANT, date(2026, 11, 1), ZONE)
    contraception.delete_pregnancy_event(deleted.id)

    vaccinations = services.vaccinations
    vaccinations.add("Flu vaccine", date(2026, 10, 14), "received", care_team_says_live=False)
    vaccinations.add("Shingles vaccine", date(2026, 12, 1), "planned")  # after the period
    removed = vaccinations.add("Deleted vaccine", date(2026, 10, 2), "received")
    vaccinations.delete(removed.id)


@pytest.fixture
def clock() -> MovableClock:
    return MovableClock(FIXED_NOW)


@pytest.fixture
def seeded(migrated_paths: AppPaths, clock: MovableClock) -> Iterator[AppServices]:
    services = build_services(migrated_paths, clock=clock)
    seed(services, clock)
    yield services
    services.close()


@pytest.fixture
def report(seeded: AppServices, clock: MovableClock) -> CareTeamReport:
    clock.broken = True  # the report takes ``now``; it never reads the clock itself
    return build_report(seeded, START, END, FIXED_NOW, ZONE)


def counts(row: PhaseAdherence) -> tuple[int, int, int, int, int, int]:
    return (row.due, row.on_time, row.late, row.early, row.missed, row.skipped)


def test_adherence_by_phase_counts_the_doses_due_in_the_period(report: CareTeamReport) -> None:
    phases = {row.phase: counts(row) for row in report.adherence}
    # (due, on time, late, early, missed, skipped on advice); #1 was before the period.
    assert phases == {
        Phase.LOADING: (5, 2, 1, 0, 1, 1),  # #2..#6 (R-05: the 4th 400 mg dose given is #6)
        Phase.MAINTENANCE: (7, 5, 0, 1, 1, 0),  # #7..#13
    }
    assert [row.phase for row in report.adherence] == [Phase.LOADING, Phase.MAINTENANCE]
    assert report.adherence_total.phase is None
    assert counts(report.adherence_total) == (12, 7, 1, 1, 2, 1)
    given_days = [at.astimezone(TZ).date() for at in report.doses_given]
    assert len(given_days) == 9
    assert all(START <= day <= END for day in given_days)


def test_doses_not_given_on_their_day_come_with_what_followed(report: CareTeamReport) -> None:
    by_sequence = {d.dose.sequence: d for d in report.decisions}
    assert sorted(by_sequence) == [3, 4, 5, 9, 10]
    missed = by_sequence[3]
    # a later dose (#4) was given, so #3 is missed-closed; the report keeps what the
    # app asked while it was open, for the care team.
    assert (missed.outcome, missed.dose.status, missed.advice) == (
        Outcome.MISSED,
        DoseStatus.MISSED_CLOSED,
        MissedAdvice.INJECT_WHEN_REMEMBERED,
    )
    assert missed.given_at is None
    late = by_sequence[4]
    assert late.outcome is Outcome.LATE
    assert late.given_at == local(date(2026, 9, 16), 8, 40)
    assert late.make_up is MakeUpKind.WEEKLY_CHOICE
    assert late.choice is not None
    assert (late.choice.choice, late.choice.make_up_on, late.choice.next_dose) == (
        AfterMakeUp.KEEP_DAY,
        date(2026, 9, 16),
        date(2026, 9, 22),
    )
    skipped = by_sequence[5]
    assert (skipped.outcome, skipped.note, skipped.advice) == (Outcome.SKIPPED, SKIP_NOTE, None)
    assert (by_sequence[9].outcome, by_sequence[9].dose.status) == (
        Outcome.MISSED,
        DoseStatus.MISSED_CLOSED,
    )
    early = by_sequence[10]
    assert (early.outcome, early.make_up, early.choice) == (Outcome.EARLY, MakeUpKind.NONE, None)


def test_red_flags_come_first_then_the_rest_by_time(report: CareTeamReport) -> None:
    order = [(e.symptom, e.triage) for e in report.side_effects]
    assert order == [
        ("Trouble breathing", Triage.EMERGENCY),
        ("Low mood", Triage.CRISIS),
        ("Headache", Triage.CARE_TEAM_TODAY),
        ("Tiredness", Triage.ROUTINE),  # 09-03
        ("Injection-site reaction", Triage.ROUTINE),  # 11-18
    ]
    assert report.red_flag_count == 3
    assert report.side_effects[1].notes == "I had thoughts of suicide"
    assert report.side_effects[0].notes == HOSTILE  # kept as typed: the PDF escapes it


def test_deleted_entries_and_entries_outside_the_dates_are_left_out(
    report: CareTeamReport,
) -> None:
    symptoms = {e.symptom for e in report.side_effects}
    assert not symptoms & {"Deleted one", "Nausea before", "Nausea after"}
    assert all(not e.deleted for e in report.side_effects)
    charted = {s.symptom for s in report.symptom_series}
    assert charted == symptoms


def test_the_chart_series_put_red_flag_symptoms_first(report: CareTeamReport) -> None:
    flagged = [s.red_flag for s in report.symptom_series]
    assert flagged == [True, True, True, False, False]
    breathing = next(s for s in report.symptom_series if s.symptom == "Trouble breathing")
    assert breathing.points == ((local(date(2026, 10, 10), 20), 4),)


def test_mood_check_ins_in_the_period_with_scores_and_bands(report: CareTeamReport) -> None:
    assert [(c.kind.value, c.total, c.band and c.band.value, c.crisis) for c in report.mood] == [
        ("phq2", 3, None, False),
        ("phq9", 9, "mild", True),  # 9 is mild; R-31: item 9 above zero
    ]


def test_contraception_status_and_the_reminders_answered(report: CareTeamReport) -> None:
    summary = report.contraception
    assert (summary.enabled, summary.method, summary.method_since) == (
        True,
        Method.COMBINED_PILL,
        PILL_START,
    )
    assert summary.window.state is WindowState.ON_TREATMENT
    assert summary.window.last_dose == date(2026, 11, 17)
    assert summary.window.needed_until == date(2027, 3, 17)  # last dose + 4 months
    assert (summary.done, summary.missed) == (6, 1)  # 11-20 was corrected to done
    assert [i.due.date() for i in summary.missed_items] == [date(2026, 11, 19)]


def test_pregnancy_events_and_vaccinations_in_the_period_only(report: CareTeamReport) -> None:
    assert [(p.kind, p.on, p.note, p.in_window) for p in report.pregnancy_events] == [
        (PregnancyEvent.MIGHT_BE_PREGNANT, date(2026, 10, 5), "Test at home", True)
    ]
    assert [(v.name, v.on_date, v.status.value) for v in report.vaccinations] == [
        ("Flu vaccine", date(2026, 10, 14), "received")
    ]


def test_patient_plan_and_when_it_was_generated(report: CareTeamReport) -> None:
    assert (report.start, report.end, report.zone) == (START, END, ZONE)
    assert report.generated_at == FIXED_NOW.astimezone(TZ)
    assert report.generated_at.utcoffset() == timedelta(hours=1)
    patient = report.patient
    assert (patient.name, patient.birth_date) == (None, date(1990, 3, 3))
    assert (patient.on_treatment, patient.last_dose) == (True, date(2026, 11, 17))
    assert len(report.plans) == 1
    regimen = report.plans[0].regimen
    assert (regimen.indication, regimen.route, regimen.interval_days) == (
        Indication.LN,
        Route.SUBQ,
        7,
    )
    assert (regimen.loading_amount_mg, regimen.loading_doses, regimen.maintenance_amount_mg) == (
        400,
        4,
        200,
    )


def test_a_period_before_the_plan_has_no_plan_and_no_doses(
    seeded: AppServices,
) -> None:
    early = build_report(seeded, date(2026, 7, 1), date(2026, 8, 1), FIXED_NOW, ZONE)
    assert early.plans == ()
    assert early.adherence == ()
    assert early.adherence_total.due == 0
    assert early.decisions == () and early.side_effects == () and early.mood == ()
    assert early.vaccinations == () and early.pregnancy_events == ()


def test_a_plan_that_ended_before_the_period_is_not_in_it(
    services: AppServices,
) -> None:
    plans = services.plans
    for first in (date(2026, 6, 2), date(2026, 9, 1)):  # the second replaces the first
        plans.set_plan(
            PlanInputs(
                indication=Indication.SLE,
                route=Route.SUBQ,
                birth_date=date(1980, 1, 1),
                first_dose=first,
                time_of_day=time(9, 0),
                zone=ZONE,
            )
        )
    report = build_report(services, date(2026, 10, 1), date(2026, 10, 31), FIXED_NOW, ZONE)
    assert [s.first_dose for s in report.plans] == [date(2026, 9, 1)]
    both = build_report(services, date(2026, 8, 1), date(2026, 10, 31), FIXED_NOW, ZONE)
    assert [s.first_dose for s in both.plans] == [date(2026, 6, 2), date(2026, 9, 1)]


def test_an_empty_data_folder_gives_an_empty_report_in_utc(services: AppServices) -> None:
    report = build_report(services, START, END, FIXED_NOW)
    assert report.zone == "UTC"
    assert report.generated_at == FIXED_NOW
    assert report.plans == () and report.adherence == () and report.side_effects == ()
    assert report.contraception.enabled is None
    assert report.contraception.window.state is WindowState.NOT_STARTED


@pytest.mark.parametrize(
    ("start", "end", "now", "zone"),
    [
        (END, START, FIXED_NOW, ZONE),  # the wrong way round
        (START, END, FIXED_NOW.replace(tzinfo=None), ZONE),  # naive
        (START, END, FIXED_NOW, "Mars/Olympus_Mons"),
        (START, END, FIXED_NOW, "../../etc/passwd"),
    ],
)
def test_bad_arguments_are_refused(
    services: AppServices, start: date, end: date, now: datetime, zone: str
) -> None:
    with pytest.raises(ValueError):
        build_report(services, start, end, now, zone)
