"""How a plan and a planned dose read (context ``dose_text``): status, missed-dose advice, route,
phase and amount. The domain gives codes and numbers; the window and the command line word them
from these tables."""

from __future__ import annotations

from belimumab_companion.domain.regimens import Route
from belimumab_companion.domain.schedule import DoseStatus, Phase, PlannedDose
from belimumab_companion.user_text import QT_TRANSLATE_NOOP

CONTEXT = "dose_text"

STATUS_TEXT = {
    DoseStatus.GIVEN: QT_TRANSLATE_NOOP("dose_text", "given"),
    DoseStatus.DUE: QT_TRANSLATE_NOOP("dose_text", "due today"),
    DoseStatus.OVERDUE: QT_TRANSLATE_NOOP("dose_text", "due now, not logged yet"),
    DoseStatus.OPEN: QT_TRANSLATE_NOOP("dose_text", "missed, still to give"),
    DoseStatus.MISSED_CLOSED: QT_TRANSLATE_NOOP("dose_text", "missed — not to be made up"),
    DoseStatus.GIVEN_LATE: QT_TRANSLATE_NOOP("dose_text", "given late"),
    DoseStatus.AWAITING_CARE_TEAM: QT_TRANSLATE_NOOP(
        "dose_text", "date to be given by your care team"
    ),
    DoseStatus.UPCOMING: QT_TRANSLATE_NOOP("dose_text", "upcoming"),
    DoseStatus.SKIPPED: QT_TRANSLATE_NOOP("dose_text", "skipped on the care team's advice"),
}

PENDING = (DoseStatus.DUE, DoseStatus.OVERDUE, DoseStatus.UPCOMING, DoseStatus.AWAITING_CARE_TEAM)

# an infusion's date still to come is the infusion centre's, or only proposed.
APPOINTMENT_STATUS = {
    True: QT_TRANSLATE_NOOP("dose_text", "%1 (confirmed)"),
    False: QT_TRANSLATE_NOOP("dose_text", "%1 (proposed date)"),
}


def appointment_status(dose: PlannedDose) -> str | None:
    """The template around the status of an infusion still to come (R-03), else None."""
    if dose.route is Route.IV and dose.status in PENDING:
        return APPOINTMENT_STATUS[dose.appointment_confirmed]
    return None


MISSED_ADVICE_TEXT = {
    "inject-when-remembered": QT_TRANSLATE_NOOP(
        "dose_text", "Inject as soon as you remember. Never two doses on the same day."
    ),
    "inject-and-ask-next-date": QT_TRANSLATE_NOOP(
        "dose_text",
        "Inject as soon as you remember, then contact your care team for the next date.",
    ),
    "contact-infusion-centre": QT_TRANSLATE_NOOP(
        "dose_text", "Contact your infusion centre to book a new appointment."
    ),
    "contact-care-team": QT_TRANSLATE_NOOP(
        "dose_text",
        "Do not inject on your own: contact your care team, who will give you the date.",
    ),
    "none": QT_TRANSLATE_NOOP("dose_text", "Nothing to do for this dose."),
}

ROUTE_TEXT = {
    "infusion": QT_TRANSLATE_NOOP("dose_text", "infusion at the clinic"),
    "in-clinic": QT_TRANSLATE_NOOP("dose_text", "first injection, at the clinic"),
    "injection": QT_TRANSLATE_NOOP("dose_text", "injection under the skin"),
}


def route_key(dose: PlannedDose) -> str:
    if dose.route is Route.IV:
        return "infusion"
    return "in-clinic" if dose.in_clinic else "injection"


PHASE_TEXT = {
    Phase.LOADING: QT_TRANSLATE_NOOP("dose_text", "starting dose"),
    Phase.MAINTENANCE: QT_TRANSLATE_NOOP("dose_text", "regular dose"),
}

# The amount in a list: "%1" is the number of mg (or of mg per kg, R-02).
SHORT_AMOUNT_TEXT = {
    "per-kg": QT_TRANSLATE_NOOP("dose_text", "%1 mg/kg"),
    "two-injections": QT_TRANSLATE_NOOP("dose_text", "%1 mg, 2 injections"),
    "mg": QT_TRANSLATE_NOOP("dose_text", "%1 mg"),
}


def short_amount(dose: PlannedDose) -> tuple[str, float]:
    """(the template, its number) for the amount of ``dose`` in a list."""
    if dose.amount_mg is None:
        return SHORT_AMOUNT_TEXT["per-kg"], dose.mg_per_kg or 0.0
    if dose.injections == 2:
        return SHORT_AMOUNT_TEXT["two-injections"], dose.amount_mg
    return SHORT_AMOUNT_TEXT["mg"], dose.amount_mg


# A plan in one line: "lupus (SLE) by injection, every 7 days".
INDICATION_TEXT = {
    "sle": QT_TRANSLATE_NOOP("dose_text", "lupus (SLE)"),
    "ln": QT_TRANSLATE_NOOP("dose_text", "lupus nephritis"),
}
ROUTE_NAME_TEXT = {
    "iv": QT_TRANSLATE_NOOP("dose_text", "infusion"),
    "subq": QT_TRANSLATE_NOOP("dose_text", "injection"),
}
EVERY_TEXT = {
    False: QT_TRANSLATE_NOOP("dose_text", "every %1 days"),
    True: QT_TRANSLATE_NOOP("dose_text", "every %1 days (as prescribed)"),
}
PLAN_TEXT = QT_TRANSLATE_NOOP("dose_text", "%1 by %2, %3")  # indication, route, every
