"""User-facing wording for the codes the domain returns."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from belimumab_companion.domain.dose_log import LogProblem
from belimumab_companion.domain.monograph import MonographProblem
from belimumab_companion.domain.regimens import RefusalCode


def _tr(text: str) -> str:
    return QCoreApplication.translate("messages", text)


def monograph_problem_text(problem: MonographProblem) -> str:
    texts = {
        MonographProblem.TOO_LARGE: _tr("The file is larger than 1 MB, too large for a monograph."),
        MonographProblem.BINARY: _tr("The file is not text; it looks like a binary file."),
        MonographProblem.NOT_UTF8: _tr("The file is not UTF-8 text."),
        MonographProblem.NO_TITLE: _tr("The file has no title (a line starting with '# ')."),
        MonographProblem.NO_SECTIONS: _tr("The file has no sections (lines starting with '### ')."),
        MonographProblem.BAD_FRONT_MATTER: _tr(
            "The block between the '---' lines at the top is malformed."
        ),
    }
    return texts[problem]


def refusal_text(code: RefusalCode) -> str:
    texts = {
        RefusalCode.MISSING_INDICATION: _tr("Choose the condition (lupus or lupus nephritis)."),
        RefusalCode.MISSING_ROUTE: _tr("Choose injection or infusion."),
        RefusalCode.MISSING_BIRTH_DATE: _tr("Enter the date of birth."),
        RefusalCode.MISSING_WEIGHT: _tr(
            "For children on injections the weight decides the schedule: enter the weight your care team measured."
        ),
        RefusalCode.BIRTH_DATE_IN_FUTURE: _tr("The date of birth is after the first dose."),
        RefusalCode.UNDER_FIVE: _tr(
            "Belimumab has no labelled schedule under 5 years. Enter the interval and amount your prescriber gave you."
        ),
        RefusalCode.UNDER_15_KG: _tr(
            "There is no injection schedule under 15 kg. Ask your care team; enter the interval and amount they prescribe."
        ),
        RefusalCode.PRESCRIPTION_NEEDED: _tr(
            "For a child with lupus nephritis on injections, the prescriber sets the schedule. "
            "Enter the interval and amount they prescribed."
        ),
        RefusalCode.BAD_PRESCRIPTION: _tr(
            "Check the prescribed interval (1 to 366 days) and amount."
        ),
        RefusalCode.BAD_WEIGHT: _tr("The weight must be between 2 and 400 kg."),
        RefusalCode.SYRINGE_FOR_CHILD: _tr("Children use the autoinjector (pen) only."),
    }
    return texts[code]


def log_problem_text(problem: LogProblem) -> str:
    texts = {
        LogProblem.IN_THE_FUTURE: _tr(
            "A dose cannot be logged more than 5 minutes ahead. Check the date and time."
        ),
        LogProblem.NAIVE_TIME: _tr("The time needs its time zone."),
        LogProblem.NO_OCCURRENCE: _tr(
            "There is no planned dose for that time. Check the date, or set up the plan first."
        ),
        LogProblem.ALREADY_LOGGED: _tr("That planned dose is already logged."),
        LogProblem.SAME_DAY_AS_ANOTHER: _tr(
            "Another dose is already logged that day. Never inject two doses on the same day; "
            "ask your care team if you are unsure."
        ),
        LogProblem.TWO_SITES_NEEDED: _tr("A 400 mg dose is two injections: choose two sites."),
        LogProblem.SAME_SITE_TWICE: _tr("Use two different sites, at least 5 cm apart."),
        LogProblem.SITES_FOR_IV: _tr("An infusion has no injection site."),
        LogProblem.SYRINGE_FOR_CHILD: _tr(
            "Children use the autoinjector (pen) only, not the prefilled syringe."
        ),
        LogProblem.WRONG_DEVICE: _tr("That device is not used for this plan."),
        LogProblem.CHILD_SELF_INJECTION: _tr(
            "Under 10 years, a caregiver or a nurse gives the injection: choose who gave it."
        ),
        LogProblem.INFUSION_NOT_BY_CLINIC: _tr("An infusion is given at the clinic."),
    }
    return texts[problem]


def weight_band_changed_text() -> str:
    """R-08, word for word."""
    return _tr("Weight band changed — confirm dose schedule with your care team.")
