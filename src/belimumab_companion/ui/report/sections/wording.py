"""The report's words for dates, times, amounts and plan facts, in the user's language and
locale (context "report_pdf" for every string, as before the report was a package).

Dates are written with the weekday and the month in words ("Tue, 1 Sep 2026", "mar, 1 de sept
de 2026": ``locale_format.medium_date``), never as bare numbers, whose order differs between
countries. A time is written on the wall clock of the zone it happened in; when that zone is not
the one the report's header names, the zone follows it ("Tue, 1 Sep 2026" over "18:00 (Etc/UTC)").
"""

from __future__ import annotations

from datetime import date, datetime, tzinfo
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QLocale

from belimumab_companion.domain.make_up import AfterMakeUp, MakeUpKind
from belimumab_companion.domain.regimens import Indication, Route
from belimumab_companion.domain.schedule import Phase, PlanSegment
from belimumab_companion.services.report_data import CareTeamReport, DoseDecision
from belimumab_companion.ui.text.locale_format import (
    integer_text,
    medium_date,
    medium_date_time_text,
    quantity_text,
    time_text,
)
from belimumab_companion.user_text import fill

# A note in the report is for the care team to glance at: past this many characters it ends
# with "…" (the whole note stays in the diary and the exports). A note pasted from a 10 MB file,
# kept from before notes had a limit, made the layout take minutes (issue 18).
REPORT_NOTE_MAX = 2000


def shortened(text: str, limit: int = REPORT_NOTE_MAX) -> str:
    return text if len(text) <= limit else text[:limit].rstrip() + "…"


def day_text(day: date | None) -> str:
    """A date as the user's locale writes it, weekday and month in words."""
    return medium_date(day) if day is not None else ""


def zone_name(value: tzinfo | str | None, fallback: str) -> str:
    """The IANA name of ``value`` (a ZoneInfo or a name), else ``fallback``."""
    if isinstance(value, str):
        return value
    if isinstance(value, ZoneInfo):
        return value.key
    return fallback


def moment_text(moment: datetime, zone: str, header_zone: str) -> str:
    """``moment`` on the wall clock of ``zone`` (where it happened), for a table's cell: the
    date, and the time on a line of its own; the zone is named after the time when it is not
    ``header_zone``, the one the report's header says its times are in."""
    local = moment.astimezone(ZoneInfo(zone))
    clock = time_text(local)
    if zone != header_zone:
        clock = fill(QCoreApplication.translate("report_pdf", "%1 (%2)"), (clock, zone))
    return f"{medium_date(local.date())}\n{clock}"


def number_text(value: float) -> str:
    """An amount ("200", "2.5" or "2,5"), as the user's locale writes it."""
    return quantity_text(value)


def dose_number(sequence: int) -> str:
    return fill(QCoreApplication.translate("report_pdf", "#%1"), (integer_text(sequence),))


def generated_text(report: CareTeamReport) -> str:
    return fill(
        QCoreApplication.translate("report_pdf", "Generated %1 (%2)"),
        (medium_date_time_text(report.generated_at), report.zone),
    )


def condition_text(indication: Indication) -> str:
    if indication is Indication.SLE:
        return QCoreApplication.translate("report_pdf", "lupus (SLE)")
    return QCoreApplication.translate("report_pdf", "lupus nephritis")


def route_text(route: Route) -> str:
    return (
        QCoreApplication.translate("report_pdf", "infusion")
        if route is Route.IV
        else QCoreApplication.translate("report_pdf", "injection")
    )


def amount_text(segment: PlanSegment) -> str:
    regimen = segment.regimen
    if regimen.mg_per_kg is not None:  # 10 mg/kg, prepared by the infusion team
        if segment.weight_kg is not None:
            return fill(
                QCoreApplication.translate(
                    "report_pdf", "%1 mg per kg of body weight (weight %2 kg)"
                ),
                (number_text(regimen.mg_per_kg), number_text(segment.weight_kg)),
            )
        return fill(
            QCoreApplication.translate("report_pdf", "%1 mg per kg of body weight"),
            (number_text(regimen.mg_per_kg),),
        )
    if regimen.maintenance_amount_mg is None:
        return QCoreApplication.translate("report_pdf", "as prescribed")
    regular = fill(
        QCoreApplication.translate("report_pdf", "%1 mg"),
        (number_text(regimen.maintenance_amount_mg),),
    )
    if regimen.loading_doses and regimen.loading_amount_mg is not None:
        return fill(
            QCoreApplication.translate("report_pdf", "%1 mg for the first %2 doses given, then %3"),
            (
                number_text(regimen.loading_amount_mg),
                integer_text(regimen.loading_doses),
                regular,
            ),
        )
    return regular


def every_text(segment: PlanSegment) -> str:
    regimen = segment.regimen
    days = integer_text(regimen.interval_days)
    if regimen.as_prescribed:
        return fill(
            QCoreApplication.translate("report_pdf", "every %1 days (as prescribed)"), (days,)
        )
    return fill(QCoreApplication.translate("report_pdf", "every %1 days"), (days,))


def phase_text(phase: Phase | None) -> str:
    if phase is Phase.LOADING:
        return QCoreApplication.translate("report_pdf", "Starting doses")
    if phase is Phase.MAINTENANCE:
        return QCoreApplication.translate("report_pdf", "Regular doses")
    return QCoreApplication.translate("report_pdf", "All doses")


def choice_text(decision: DoseDecision) -> str:
    choice = decision.choice
    if choice is not None:  # R-17 (a) / (b), R-20
        words = {
            AfterMakeUp.KEEP_DAY: QCoreApplication.translate(
                "report_pdf", "Kept the usual day; next dose %1"
            ),
            AfterMakeUp.NEW_DAY: QCoreApplication.translate(
                "report_pdf", "Made %2 the new weekly day; next dose %1"
            ),
            AfterMakeUp.CARE_TEAM_DATE: QCoreApplication.translate(
                "report_pdf", "Next dose on the date from the care team: %1"
            ),
        }[choice.choice]
        return fill(
            words,
            (day_text(choice.next_dose), QLocale().dayName(choice.make_up_on.isoweekday())),
        )
    if decision.make_up is MakeUpKind.NONE:
        return ""
    return QCoreApplication.translate("report_pdf", "No choice recorded yet for the next dose")


def yes_no(value: bool) -> str:
    return (
        QCoreApplication.translate("report_pdf", "yes")
        if value
        else QCoreApplication.translate("report_pdf", "no")
    )


def note_text(template: str, note: str) -> str:
    """ "Note: …" for a note with something in it, else nothing (the row has no note line)."""
    return fill(template, (shortened(note),)) if note.strip() else ""
