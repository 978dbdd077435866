"""The "Patient and treatment plan" and "Doses" sections."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QCoreApplication

from belimumab_companion.services.report_data import (
    CareTeamReport,
    DoseDecision,
    PhaseAdherence,
)
from belimumab_companion.ui.report.sections.model import (
    Block,
    Heading,
    Pairs,
    Paragraph,
    Section,
    table,
)
from belimumab_companion.ui.report.sections.wording import (
    amount_text,
    choice_text,
    condition_text,
    day_text,
    dose_number,
    every_text,
    moment_text,
    note_text,
    phase_text,
    route_text,
    zone_name,
)
from belimumab_companion.ui.text.dose_text import missed_advice_text, status_text
from belimumab_companion.ui.text.locale_format import integer_text, time_text
from belimumab_companion.user_text import fill


def patient_and_plan(report: CareTeamReport) -> Section:
    patient = report.patient
    facts: list[tuple[str, str]] = []
    if patient.name:  # no name entered: no line (never "Name: not entered")
        facts.append((QCoreApplication.translate("report_pdf", "Name"), patient.name))
    facts += [
        (
            QCoreApplication.translate("report_pdf", "Date of birth"),
            day_text(patient.birth_date)
            if patient.birth_date
            else QCoreApplication.translate("report_pdf", "not entered"),
        ),
        (
            QCoreApplication.translate("report_pdf", "Treatment"),
            QCoreApplication.translate("report_pdf", "ongoing")
            if patient.on_treatment
            else QCoreApplication.translate("report_pdf", "stopped or not started"),
        ),
        (
            QCoreApplication.translate("report_pdf", "Last dose given"),
            day_text(patient.last_dose)
            if patient.last_dose
            else QCoreApplication.translate("report_pdf", "none recorded"),
        ),
        (
            QCoreApplication.translate("report_pdf", "Past anaphylaxis to belimumab"),
            QCoreApplication.translate(
                "report_pdf", "RECORDED by the patient: do not give Benlysta; contact the care team"
            )
            if patient.belimumab_anaphylaxis
            else QCoreApplication.translate("report_pdf", "not recorded"),
        ),
    ]
    blocks: list[Block] = [
        Pairs(tuple(facts)),
        Heading(QCoreApplication.translate("report_pdf", "Plan in this period")),
    ]
    if not report.plans:
        blocks.append(
            Paragraph(
                QCoreApplication.translate("report_pdf", "No treatment plan covers this period.")
            )
        )
        return Section(
            QCoreApplication.translate("report_pdf", "Patient and treatment plan"), tuple(blocks)
        )
    rows = []
    for segment in report.plans:
        until = (
            day_text(segment.ends_before - timedelta(days=1))
            if segment.ends_before is not None
            else QCoreApplication.translate("report_pdf", "current")
        )
        rows.append(
            [
                day_text(segment.first_dose),
                until,
                condition_text(segment.regimen.indication),
                route_text(segment.regimen.route),
                amount_text(segment),
                every_text(segment),
                fill(
                    QCoreApplication.translate("report_pdf", "%1 (%2)"),
                    (time_text(segment.time_of_day), segment.zone),
                ),
            ]
        )
    headers = [
        QCoreApplication.translate("report_pdf", "From"),
        QCoreApplication.translate("report_pdf", "Until"),
        QCoreApplication.translate("report_pdf", "Condition"),
        QCoreApplication.translate("report_pdf", "Route"),
        QCoreApplication.translate("report_pdf", "Dose"),
        QCoreApplication.translate("report_pdf", "Schedule"),
        QCoreApplication.translate("report_pdf", "Time"),
    ]
    blocks.append(table(headers, rows, nowrap=(0, 1)))
    return Section(
        QCoreApplication.translate("report_pdf", "Patient and treatment plan"), tuple(blocks)
    )


def _adherence_row(row: PhaseAdherence) -> list[str]:
    return [
        phase_text(row.phase),
        integer_text(row.due),
        integer_text(row.on_time),
        integer_text(row.late),
        integer_text(row.early),
        integer_text(row.missed),
        integer_text(row.skipped),
    ]


def _decision_row(decision: DoseDecision, header_zone: str) -> tuple[list[str], str]:
    dose = decision.dose
    zone = zone_name(dose.due.tzinfo, header_zone)  # the plan's zone: where it was due
    outcome = decision.outcome.value
    if outcome == "late":
        happened = QCoreApplication.translate("report_pdf", "given late")
    elif outcome == "early":
        happened = QCoreApplication.translate("report_pdf", "given early")
    else:
        happened = status_text(dose)  # "missed" (R-16) / "skipped on the care team's advice"
    given = moment_text(decision.given_at, zone, header_zone) if decision.given_at else ""
    if decision.advice is not None:
        after = missed_advice_text(decision.advice.value)
    else:
        after = choice_text(decision)
    row = [
        dose_number(dose.sequence),
        moment_text(dose.due, zone, header_zone),
        phase_text(dose.phase),
        happened,
        given,
        after,
    ]
    return row, note_text(QCoreApplication.translate("report_pdf", "Note: %1"), decision.note)


def doses(report: CareTeamReport) -> Section:
    blocks: list[Block] = []
    if report.adherence_total.due == 0:
        blocks.append(
            Paragraph(
                QCoreApplication.translate(
                    "report_pdf", "No doses were due in this period (up to the generated date)."
                )
            )
        )
    else:
        headers = [
            QCoreApplication.translate("report_pdf", "Phase"),
            QCoreApplication.translate("report_pdf", "Due"),
            QCoreApplication.translate("report_pdf", "On time"),
            QCoreApplication.translate("report_pdf", "Late"),
            QCoreApplication.translate("report_pdf", "Early"),
            QCoreApplication.translate("report_pdf", "Missed"),
            QCoreApplication.translate("report_pdf", "Skipped on advice"),
        ]
        rows = [_adherence_row(row) for row in report.adherence]
        rows.append(_adherence_row(report.adherence_total))
        blocks.append(table(headers, rows))
        blocks.append(
            Paragraph(
                QCoreApplication.translate(
                    "report_pdf",
                    "Doses still to come on the generated date are not counted. On time: given "
                    "on the day it was due.",
                )
            )
        )
        if report.tracked_from is not None and report.tracked_from > report.start:
            blocks.append(
                Paragraph(
                    fill(
                        QCoreApplication.translate(
                            "report_pdf",
                            "Doses due before %1, the day the app was set up, are counted only "
                            "if they were logged; none of them counts as missed.",
                        ),
                        (day_text(report.tracked_from),),
                    )
                )
            )
    if report.missed_out_of_supply:  # issue 22: a missed dose on a day with no pen on hand
        blocks.append(
            Paragraph(
                fill(
                    QCoreApplication.translate(
                        "report_pdf", "Doses missed while out of supply (no pen on hand): %1."
                    ),
                    (", ".join(day_text(day) for day in report.missed_out_of_supply),),
                )
            )
        )
    blocks.append(
        Heading(
            QCoreApplication.translate(
                "report_pdf", "Doses not given on their day, and what followed"
            )
        )
    )
    if not report.decisions:
        blocks.append(Paragraph(QCoreApplication.translate("report_pdf", "None in this period.")))
        return Section(QCoreApplication.translate("report_pdf", "Doses"), tuple(blocks))
    headers = [
        QCoreApplication.translate("report_pdf", "Dose"),
        QCoreApplication.translate("report_pdf", "Due"),
        QCoreApplication.translate("report_pdf", "Phase"),
        QCoreApplication.translate("report_pdf", "What happened"),
        QCoreApplication.translate("report_pdf", "Given"),
        QCoreApplication.translate("report_pdf", "Advice shown, or choice made"),
    ]
    built = [_decision_row(d, report.zone) for d in report.decisions]
    rows, notes = [row for row, _ in built], [note for _, note in built]
    blocks.append(table(headers, rows, notes, nowrap=(0, 1, 4)))
    return Section(QCoreApplication.translate("report_pdf", "Doses"), tuple(blocks))
