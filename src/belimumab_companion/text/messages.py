"""How the domain's refusals and problems read in the window (context ``Messages``, the one
context of sentences about what went wrong; ``user_text`` marks the services' sentences in it too).

The command line words these codes with its own sentences where they name its options
(``--site``, ``--interval-days``): the window's say "choose two sites", which a terminal cannot.
"""

from __future__ import annotations

from belimumab_companion.domain.dose_log import LogProblem
from belimumab_companion.domain.monograph import MonographProblem
from belimumab_companion.domain.regimens import RefusalCode
from belimumab_companion.user_text import QT_TRANSLATE_NOOP

MONOGRAPH_PROBLEM_TEXT = {
    MonographProblem.TOO_LARGE: QT_TRANSLATE_NOOP(
        "Messages", "The file is larger than 1 MB, too large for a monograph."
    ),
    MonographProblem.BINARY: QT_TRANSLATE_NOOP(
        "Messages", "The file is not text; it looks like a binary file."
    ),
    MonographProblem.NOT_UTF8: QT_TRANSLATE_NOOP("Messages", "The file is not UTF-8 text."),
    MonographProblem.NO_TITLE: QT_TRANSLATE_NOOP(
        "Messages", "The file has no title (a line starting with '# ')."
    ),
    MonographProblem.NO_SECTIONS: QT_TRANSLATE_NOOP(
        "Messages", "The file has no sections (lines starting with '### ')."
    ),
    MonographProblem.BAD_FRONT_MATTER: QT_TRANSLATE_NOOP(
        "Messages", "The block between the '---' lines at the top is malformed."
    ),
}

REFUSAL_TEXT = {
    RefusalCode.MISSING_INDICATION: QT_TRANSLATE_NOOP(
        "Messages", "Choose the condition (lupus or lupus nephritis)."
    ),
    RefusalCode.MISSING_ROUTE: QT_TRANSLATE_NOOP("Messages", "Choose injection or infusion."),
    RefusalCode.MISSING_BIRTH_DATE: QT_TRANSLATE_NOOP("Messages", "Enter the date of birth."),
    RefusalCode.MISSING_WEIGHT: QT_TRANSLATE_NOOP(
        "Messages",
        "For children on injections the weight decides the schedule: enter the weight your care team measured.",
    ),
    RefusalCode.BIRTH_DATE_IN_FUTURE: QT_TRANSLATE_NOOP(
        "Messages", "The date of birth is after the first dose."
    ),
    RefusalCode.UNDER_FIVE: QT_TRANSLATE_NOOP(
        "Messages",
        "Belimumab has no labelled schedule under 5 years. Enter the interval and amount your prescriber gave you.",
    ),
    RefusalCode.UNDER_15_KG: QT_TRANSLATE_NOOP(
        "Messages",
        "There is no injection schedule under 15 kg. Ask your care team; enter the interval and amount they prescribe.",
    ),
    RefusalCode.PRESCRIPTION_NEEDED: QT_TRANSLATE_NOOP(
        "Messages",
        "For a child with lupus nephritis on injections, the prescriber sets the schedule. "
        "Enter the interval and amount they prescribed.",
    ),
    RefusalCode.BAD_PRESCRIPTION: QT_TRANSLATE_NOOP(
        "Messages", "Check the prescribed interval (1 to 366 days) and amount."
    ),
    RefusalCode.BAD_WEIGHT: QT_TRANSLATE_NOOP(
        "Messages", "The weight must be between 2 and 400 kg."
    ),
    RefusalCode.SYRINGE_FOR_CHILD: QT_TRANSLATE_NOOP(
        "Messages", "Children use the autoinjector (pen) only."
    ),
    RefusalCode.SWITCH_NEEDS_PRESCRIPTION: QT_TRANSLATE_NOOP(
        "Messages",
        "Your doses so far were given another way (infusions or injections). Changing how "
        "belimumab is given at this point is decided by your prescriber: enter the interval "
        "and amount they prescribed for the new plan.",
    ),
}

LOG_PROBLEM_TEXT = {
    LogProblem.IN_THE_FUTURE: QT_TRANSLATE_NOOP(
        "Messages",
        "A dose cannot be logged more than 5 minutes ahead. Check the date and time.",
    ),
    LogProblem.NAIVE_TIME: QT_TRANSLATE_NOOP("Messages", "The time needs its time zone."),
    LogProblem.NO_OCCURRENCE: QT_TRANSLATE_NOOP(
        "Messages",
        "There is no planned dose for that time. Check the date, or set up the plan first.",
    ),
    LogProblem.ALREADY_LOGGED: QT_TRANSLATE_NOOP(
        "Messages", "That planned dose is already logged."
    ),
    LogProblem.SAME_DAY_AS_ANOTHER: QT_TRANSLATE_NOOP(
        "Messages",
        "Another dose is already logged that day. Never inject two doses on the same day; "
        "ask your care team if you are unsure.",
    ),
    LogProblem.TWO_SITES_NEEDED: QT_TRANSLATE_NOOP(
        "Messages", "A 400 mg dose is two injections: choose two sites."
    ),
    LogProblem.SAME_SITE_TWICE: QT_TRANSLATE_NOOP(
        "Messages", "Use two different sites, at least 5 cm apart."
    ),
    LogProblem.SITES_FOR_IV: QT_TRANSLATE_NOOP("Messages", "An infusion has no injection site."),
    LogProblem.SYRINGE_FOR_CHILD: QT_TRANSLATE_NOOP(
        "Messages", "Children use the autoinjector (pen) only, not the prefilled syringe."
    ),
    LogProblem.WRONG_DEVICE: QT_TRANSLATE_NOOP(
        "Messages", "That device is not used for this plan."
    ),
    LogProblem.CHILD_SELF_INJECTION: QT_TRANSLATE_NOOP(
        "Messages",
        "Under 10 years, a caregiver or a nurse gives the injection: choose who gave it.",
    ),
    LogProblem.INFUSION_NOT_BY_CLINIC: QT_TRANSLATE_NOOP(
        "Messages", "An infusion is given at the clinic."
    ),
    LogProblem.DOES_NOT_FIT: QT_TRANSLATE_NOOP(
        "Messages",
        "That date does not fit this planned dose: it is on or beyond the day of the dose "
        "before or after it. Check the date and time.",
    ),
    LogProblem.NOTHING_TO_LOG: QT_TRANSLATE_NOOP(
        "Messages", "No dose is due now. Choose the planned dose on the Schedule page."
    ),
}

# R-08, word for word.
WEIGHT_BAND_CHANGED = QT_TRANSLATE_NOOP(
    "Messages", "Weight band changed — confirm dose schedule with your care team."
)
