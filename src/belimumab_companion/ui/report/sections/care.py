"""The "Contraception and pregnancy" and "Vaccinations" sections."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from belimumab_companion.domain.vaccines import VaccinationStatus
from belimumab_companion.services.report_data import CareTeamReport
from belimumab_companion.ui.report.sections.health import nothing
from belimumab_companion.ui.report.sections.model import (
    Block,
    Heading,
    Pairs,
    Paragraph,
    Section,
    table,
)
from belimumab_companion.ui.report.sections.wording import (
    day_text,
    moment_text,
    note_text,
    yes_no,
    zone_name,
)
from belimumab_companion.ui.text.contraception_text import (
    action_text,
    method_name,
    pregnancy_kind_text,
    window_text,
)
from belimumab_companion.ui.text.i18n import marked
from belimumab_companion.ui.text.locale_format import integer_text
from belimumab_companion.user_text import fill


def contraception(report: CareTeamReport) -> Section:
    title = QCoreApplication.translate("report_pdf", "Contraception and pregnancy")
    summary = report.contraception
    if summary.enabled is True:
        state = QCoreApplication.translate("report_pdf", "on")
    elif summary.enabled is False:
        state = QCoreApplication.translate("report_pdf", "off")
    else:
        state = QCoreApplication.translate("report_pdf", "not set up")
    method = QCoreApplication.translate("report_pdf", "none recorded")
    if summary.method is not None:
        method = fill(
            QCoreApplication.translate("report_pdf", "%1, since %2"),
            (method_name(summary.method), day_text(summary.method_since)),
        )
    blocks: list[Block] = [
        Pairs(
            (
                (QCoreApplication.translate("report_pdf", "Contraception module"), state),
                (QCoreApplication.translate("report_pdf", "Method"), method),
                (
                    QCoreApplication.translate("report_pdf", "Window (as of the generated date)"),
                    window_text(summary.window),
                ),
                (
                    QCoreApplication.translate("report_pdf", "Reminders in this period"),
                    fill(
                        QCoreApplication.translate(
                            "report_pdf", "%1 marked done, %2 marked missed"
                        ),
                        (integer_text(summary.done), integer_text(summary.missed)),
                    ),
                ),
            )
        )
    ]
    if summary.missed_items:
        rows = [
            [
                # on the method's clock, where the reminder was due
                moment_text(item.due, zone_name(item.due.tzinfo, report.zone), report.zone),
                action_text(item.action),
            ]
            for item in summary.missed_items
        ]
        blocks.append(Heading(QCoreApplication.translate("report_pdf", "Reminders marked missed")))
        blocks.append(
            table(
                [
                    QCoreApplication.translate("report_pdf", "Due"),
                    QCoreApplication.translate("report_pdf", "Reminder"),
                ],
                rows,
                nowrap=(0,),
            )
        )
    blocks.append(Heading(QCoreApplication.translate("report_pdf", "Pregnancy and breastfeeding")))
    if not report.pregnancy_events:
        blocks.append(
            Paragraph(
                QCoreApplication.translate("report_pdf", "No events recorded in this period.")
            )
        )
        return Section(title, tuple(blocks))
    rows = [
        [day_text(event.on), pregnancy_kind_text(event.kind), yes_no(event.in_window)]
        for event in report.pregnancy_events
    ]
    notes = [
        note_text(QCoreApplication.translate("report_pdf", "Note: %1"), event.note)
        for event in report.pregnancy_events
    ]
    headers = [
        QCoreApplication.translate("report_pdf", "Date"),
        QCoreApplication.translate("report_pdf", "Event"),
        QCoreApplication.translate(
            "report_pdf", "During treatment or within 4 months of the last dose"
        ),
    ]
    blocks.append(table(headers, rows, notes, nowrap=(0,)))
    return Section(title, tuple(blocks))


def vaccinations(report: CareTeamReport) -> Section:
    from belimumab_companion.ui.dialogs.vaccinations_dialog import NOTICE_TEXT

    title = QCoreApplication.translate("report_pdf", "Vaccinations")
    if not report.vaccinations:
        return Section(title, (nothing(),))
    rows = [
        [
            day_text(v.on_date),
            v.name,
            QCoreApplication.translate("report_pdf", "planned")
            if v.status is VaccinationStatus.PLANNED
            else QCoreApplication.translate("report_pdf", "received"),
            marked("VaccinationsDialog", NOTICE_TEXT[v.notice]),
        ]
        for v in report.vaccinations
    ]
    notes = [
        note_text(QCoreApplication.translate("report_pdf", "Notes: %1"), v.notes)
        for v in report.vaccinations
    ]
    headers = [
        QCoreApplication.translate("report_pdf", "Date"),
        QCoreApplication.translate("report_pdf", "Vaccine"),
        QCoreApplication.translate("report_pdf", "Status"),
        QCoreApplication.translate("report_pdf", "Live-vaccine check"),
    ]
    return Section(title, (table(headers, rows, notes, nowrap=(0,)),))
