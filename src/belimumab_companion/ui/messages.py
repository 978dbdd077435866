"""User-facing wording for the codes the domain returns."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from belimumab_companion.domain.dose_log import LogProblem
from belimumab_companion.domain.monograph import MonographProblem
from belimumab_companion.domain.regimens import RefusalCode
from belimumab_companion.ui.i18n import error_text


def monograph_problem_text(problem: MonographProblem) -> str:
    texts = {
        MonographProblem.TOO_LARGE: QCoreApplication.translate(
            "messages", "The file is larger than 1 MB, too large for a monograph."
        ),
        MonographProblem.BINARY: QCoreApplication.translate(
            "messages", "The file is not text; it looks like a binary file."
        ),
        MonographProblem.NOT_UTF8: QCoreApplication.translate(
            "messages", "The file is not UTF-8 text."
        ),
        MonographProblem.NO_TITLE: QCoreApplication.translate(
            "messages", "The file has no title (a line starting with '# ')."
        ),
        MonographProblem.NO_SECTIONS: QCoreApplication.translate(
            "messages", "The file has no sections (lines starting with '### ')."
        ),
        MonographProblem.BAD_FRONT_MATTER: QCoreApplication.translate(
            "messages", "The block between the '---' lines at the top is malformed."
        ),
    }
    return texts[problem]


def refusal_text(code: RefusalCode) -> str:
    texts = {
        RefusalCode.MISSING_INDICATION: QCoreApplication.translate(
            "messages", "Choose the condition (lupus or lupus nephritis)."
        ),
        RefusalCode.MISSING_ROUTE: QCoreApplication.translate(
            "messages", "Choose injection or infusion."
        ),
        RefusalCode.MISSING_BIRTH_DATE: QCoreApplication.translate(
            "messages", "Enter the date of birth."
        ),
        RefusalCode.MISSING_WEIGHT: QCoreApplication.translate(
            "messages",
            "For children on injections the weight decides the schedule: enter the weight your care team measured.",
        ),
        RefusalCode.BIRTH_DATE_IN_FUTURE: QCoreApplication.translate(
            "messages", "The date of birth is after the first dose."
        ),
        RefusalCode.UNDER_FIVE: QCoreApplication.translate(
            "messages",
            "Belimumab has no labelled schedule under 5 years. Enter the interval and amount your prescriber gave you.",
        ),
        RefusalCode.UNDER_15_KG: QCoreApplication.translate(
            "messages",
            "There is no injection schedule under 15 kg. Ask your care team; enter the interval and amount they prescribe.",
        ),
        RefusalCode.PRESCRIPTION_NEEDED: QCoreApplication.translate(
            "messages",
            "For a child with lupus nephritis on injections, the prescriber sets the schedule. "
            "Enter the interval and amount they prescribed.",
        ),
        RefusalCode.BAD_PRESCRIPTION: QCoreApplication.translate(
            "messages", "Check the prescribed interval (1 to 366 days) and amount."
        ),
        RefusalCode.BAD_WEIGHT: QCoreApplication.translate(
            "messages", "The weight must be between 2 and 400 kg."
        ),
        RefusalCode.SYRINGE_FOR_CHILD: QCoreApplication.translate(
            "messages", "Children use the autoinjector (pen) only."
        ),
        RefusalCode.SWITCH_NEEDS_PRESCRIPTION: QCoreApplication.translate(
            "messages",
            "Your doses so far were given another way (infusions or injections). Changing how "
            "belimumab is given at this point is decided by your prescriber: enter the interval "
            "and amount they prescribed for the new plan.",
        ),
    }
    return texts[code]


def log_problem_text(problem: LogProblem) -> str:
    texts = {
        LogProblem.IN_THE_FUTURE: QCoreApplication.translate(
            "messages",
            "A dose cannot be logged more than 5 minutes ahead. Check the date and time.",
        ),
        LogProblem.NAIVE_TIME: QCoreApplication.translate(
            "messages", "The time needs its time zone."
        ),
        LogProblem.NO_OCCURRENCE: QCoreApplication.translate(
            "messages",
            "There is no planned dose for that time. Check the date, or set up the plan first.",
        ),
        LogProblem.ALREADY_LOGGED: QCoreApplication.translate(
            "messages", "That planned dose is already logged."
        ),
        LogProblem.SAME_DAY_AS_ANOTHER: QCoreApplication.translate(
            "messages",
            "Another dose is already logged that day. Never inject two doses on the same day; "
            "ask your care team if you are unsure.",
        ),
        LogProblem.TWO_SITES_NEEDED: QCoreApplication.translate(
            "messages", "A 400 mg dose is two injections: choose two sites."
        ),
        LogProblem.SAME_SITE_TWICE: QCoreApplication.translate(
            "messages", "Use two different sites, at least 5 cm apart."
        ),
        LogProblem.SITES_FOR_IV: QCoreApplication.translate(
            "messages", "An infusion has no injection site."
        ),
        LogProblem.SYRINGE_FOR_CHILD: QCoreApplication.translate(
            "messages", "Children use the autoinjector (pen) only, not the prefilled syringe."
        ),
        LogProblem.WRONG_DEVICE: QCoreApplication.translate(
            "messages", "That device is not used for this plan."
        ),
        LogProblem.CHILD_SELF_INJECTION: QCoreApplication.translate(
            "messages",
            "Under 10 years, a caregiver or a nurse gives the injection: choose who gave it.",
        ),
        LogProblem.INFUSION_NOT_BY_CLINIC: QCoreApplication.translate(
            "messages", "An infusion is given at the clinic."
        ),
        LogProblem.DOES_NOT_FIT: QCoreApplication.translate(
            "messages",
            "That date does not fit this planned dose: it is on or beyond the day of the dose "
            "before or after it. Check the date and time.",
        ),
        LogProblem.NOTHING_TO_LOG: QCoreApplication.translate(
            "messages", "No dose is due now. Choose the planned dose on the Schedule page."
        ),
    }
    return texts[problem]


def weight_band_changed_text() -> str:
    """R-08, word for word."""
    return QCoreApplication.translate(
        "messages", "Weight band changed — confirm dose schedule with your care team."
    )


def error_sentence(error: BaseException) -> str:
    """A refusal raised below the UI, as a sentence: translated (``error_text``), its first letter
    capitalised and a full stop added when it has none (the services word some refusals as
    lower-case fragments, "the plan changed since that dose")."""
    text = error_text(error).strip()
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text.endswith((".", "!", "?", "…")) else text + "."
