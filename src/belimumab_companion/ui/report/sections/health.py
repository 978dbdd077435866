"""The "Side effects and symptoms" and "Mood check-ins" sections."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from belimumab_companion.domain.phq import NOTICE as PHQ_NOTICE
from belimumab_companion.domain.phq import Questionnaire
from belimumab_companion.services.diary_service import DiaryEntry
from belimumab_companion.services.report_data import CareTeamReport
from belimumab_companion.ui.dialogs.mood_dialog import BAND_TEXT, phq_text
from belimumab_companion.ui.models.diary_model import action_text as diary_action_text
from belimumab_companion.ui.models.diary_model import level_text, triage_text
from belimumab_companion.ui.report.sections.model import (
    Block,
    Heading,
    Image,
    Paragraph,
    Section,
    table,
)
from belimumab_companion.ui.report.sections.wording import (
    dose_number,
    moment_text,
    note_text,
)
from belimumab_companion.ui.text.i18n import marked
from belimumab_companion.ui.text.locale_format import integer_text
from belimumab_companion.ui.text.symptom_text import symptom_text
from belimumab_companion.user_text import fill

SCHEME = "belimumab-report"  # the only resources a report document answers
CHART_NAME = "severity-chart"
CHART_URL = f"{SCHEME}:{CHART_NAME}"
CHART_SIZE = (660, 330)  # in CSS pixels (1/96 in): the width of the printable area, about
MAX_CHART_SYMPTOMS = 5  # one marker shape each (the square is the doses')


def nothing() -> Paragraph:
    return Paragraph(QCoreApplication.translate("report_pdf", "Nothing recorded in this period."))


def _entry_table(
    entries: Sequence[DiaryEntry], header_zone: str, row_class: str = ""
) -> list[Block]:
    headers = [
        QCoreApplication.translate("report_pdf", "When"),
        QCoreApplication.translate("report_pdf", "Symptom"),
        QCoreApplication.translate("report_pdf", "Severity"),
        QCoreApplication.translate("report_pdf", "Gets in the way"),
        QCoreApplication.translate("report_pdf", "Triage"),
        QCoreApplication.translate("report_pdf", "Action taken"),
        QCoreApplication.translate("report_pdf", "After dose"),
    ]
    rows, notes = [], []
    for entry in entries:
        after = dose_number(entry.sequence) if entry.sequence is not None else ""
        rows.append(
            [
                moment_text(entry.onset_at, entry.zone, header_zone),  # where it happened
                symptom_text(entry.symptom, entry.symptom_code),
                level_text(entry.severity),
                level_text(entry.interference),
                triage_text(entry.triage),
                diary_action_text(entry.action),
                after,
            ]
        )
        notes.append(note_text(QCoreApplication.translate("report_pdf", "Notes: %1"), entry.notes))
    return [table(headers, rows, notes, nowrap=(0,), row_class=row_class)]


def side_effects(report: CareTeamReport, chart: bool) -> Section:
    title = QCoreApplication.translate("report_pdf", "Side effects and symptoms")
    if not report.side_effects:
        return Section(title, (nothing(),))
    blocks: list[Block] = []
    if chart and report.symptom_series:
        width, height = CHART_SIZE
        blocks.append(Image(CHART_URL, width, height))
        shown = min(len(report.symptom_series), MAX_CHART_SYMPTOMS)
        caption = QCoreApplication.translate(
            "report_pdf",
            "Severity over time (none, mild, moderate, severe, very severe); squares along the "
            "bottom are doses given.",
        )
        if report.red_flag_count:
            caption += " " + QCoreApplication.translate(
                "report_pdf",
                "Each red flag is circled and labelled on the chart, whatever its symptom.",
            )
        if len(report.symptom_series) > shown:
            caption += " " + fill(
                QCoreApplication.translate(
                    "report_pdf",
                    "The chart shows %1 of the %2 symptoms: those with red flags first, then "
                    "those with the most entries. The tables list every entry.",
                ),
                (integer_text(shown), integer_text(len(report.symptom_series))),
            )
        blocks.append(Paragraph(caption))
    red = report.side_effects[: report.red_flag_count]
    rest = report.side_effects[report.red_flag_count :]
    blocks.append(
        Heading(
            fill(
                QCoreApplication.translate("report_pdf", "Red flags (%1)"),
                (integer_text(len(red)),),
            )
        )
    )
    if red:  # R-29 emergency, R-31 crisis, R-30 care team today: before anything else
        blocks += _entry_table(red, report.zone, row_class="red-flag")
    else:
        blocks.append(Paragraph(QCoreApplication.translate("report_pdf", "None in this period.")))
    blocks.append(
        Heading(
            fill(
                QCoreApplication.translate("report_pdf", "Other entries (%1)"),
                (integer_text(len(rest)),),
            )
        )
    )
    if rest:
        blocks += _entry_table(rest, report.zone)
    else:
        blocks.append(Paragraph(QCoreApplication.translate("report_pdf", "None in this period.")))
    return Section(title, tuple(blocks))


def mood(report: CareTeamReport) -> Section:
    title = QCoreApplication.translate("report_pdf", "Mood check-ins")
    if not report.mood:
        return Section(title, (nothing(),))
    rows = []
    for check_in in report.mood:
        nine = check_in.kind is Questionnaire.PHQ9
        band = ""
        if nine and check_in.band:  # the band's name, never a reassurance
            band = marked("MoodDialog", BAND_TEXT[check_in.band])
        if nine:  # item 9 above zero is a crisis, whatever the total
            item9 = (
                QCoreApplication.translate("report_pdf", "above zero")
                if check_in.crisis
                else integer_text(0)
            )
        else:
            item9 = QCoreApplication.translate("report_pdf", "not asked (PHQ-2)")
        rows.append(
            [
                # A check-in keeps no zone of its own: the header's.
                moment_text(check_in.taken_at, report.zone, report.zone),
                "PHQ-9" if nine else "PHQ-2",
                fill(
                    QCoreApplication.translate("report_pdf", "%1 of %2"),
                    (integer_text(check_in.total), integer_text(27 if nine else 6)),
                ),
                band,
                item9,
            ]
        )
    headers = [
        QCoreApplication.translate("report_pdf", "When"),
        QCoreApplication.translate("report_pdf", "Questionnaire"),
        QCoreApplication.translate("report_pdf", "Total"),
        QCoreApplication.translate("report_pdf", "Band"),
        QCoreApplication.translate("report_pdf", "Item 9"),
    ]
    blocks: list[Block] = [table(headers, rows, nowrap=(0,))]
    blocks.append(Paragraph(phq_text(PHQ_NOTICE)))  # the form's notice goes with its scores
    return Section(title, tuple(blocks))
