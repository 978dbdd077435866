"""What the care-team report says, as plain data in the user's words (``ReportText``): the title
block (who recorded it, the period and the zone its times are in, when it was made, the notice
that it is not medical advice), then the patient and plan, the doses, side effects, mood
check-ins, contraception and pregnancy, and vaccinations. The templates lay it out."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from belimumab_companion import APP_NAME
from belimumab_companion.services.report_data import CareTeamReport
from belimumab_companion.ui.dialogs.about import NOT_MEDICAL_ADVICE
from belimumab_companion.ui.report.sections.care import contraception, vaccinations
from belimumab_companion.ui.report.sections.health import mood, side_effects
from belimumab_companion.ui.report.sections.model import Section
from belimumab_companion.ui.report.sections.plan import doses, patient_and_plan
from belimumab_companion.ui.report.sections.wording import day_text, generated_text
from belimumab_companion.ui.text.i18n import marked
from belimumab_companion.user_text import fill


@dataclass(frozen=True)
class ReportText:
    title: str
    intro: tuple[str, ...]  # who recorded it, the period (and the zone of its times), when made
    disclaimer: str
    sections: tuple[Section, ...]


def report_text(report: CareTeamReport, chart: bool = True) -> ReportText:
    """Everything the report says. ``chart``: the side effects show the severity chart."""
    period = fill(
        QCoreApplication.translate("report_pdf", "Period: %1 to %2 (times in %3)"),
        (day_text(report.start), day_text(report.end), report.zone),
    )
    recorded = fill(
        QCoreApplication.translate(
            "report_pdf", "Recorded by the patient or their caregiver in %1."
        ),
        (APP_NAME,),
    )
    return ReportText(
        title=QCoreApplication.translate("report_pdf", "Care-team report"),
        intro=(recorded, period, generated_text(report)),
        disclaimer=marked("AboutDialog", NOT_MEDICAL_ADVICE),
        sections=(
            patient_and_plan(report),
            doses(report),
            side_effects(report, chart),
            mood(report),
            contraception(report),
            vaccinations(report),
        ),
    )
