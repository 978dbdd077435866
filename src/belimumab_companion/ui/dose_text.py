"""How a planned dose is worded for the patient (the domain gives codes and numbers)."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from belimumab_companion.domain.regimens import Route
from belimumab_companion.domain.schedule import DoseStatus, Phase, PlannedDose


def _tr(text: str) -> str:
    return QCoreApplication.translate("dose_text", text)


def amount_text(dose: PlannedDose) -> str:
    if dose.amount_mg is None:
        return _tr("%1 mg per kg of body weight").replace("%1", f"{dose.mg_per_kg:g}")
    text = _tr("%1 mg").replace("%1", f"{dose.amount_mg:g}")
    if dose.injections == 2:
        text += _tr(" (two 200 mg injections, at two sites at least 5 cm apart)")
    return text


def short_amount_text(dose: PlannedDose) -> str:
    if dose.amount_mg is None:
        return _tr("%1 mg/kg").replace("%1", f"{dose.mg_per_kg:g}")
    if dose.injections == 2:
        return _tr("%1 mg, 2 injections").replace("%1", f"{dose.amount_mg:g}")
    return _tr("%1 mg").replace("%1", f"{dose.amount_mg:g}")


def route_text(dose: PlannedDose) -> str:
    if dose.route is Route.IV:
        return _tr("infusion at the clinic")
    if dose.in_clinic:
        return _tr("first injection, at the clinic")
    return _tr("injection under the skin")


def phase_text(dose: PlannedDose) -> str:
    return _tr("starting dose") if dose.phase is Phase.LOADING else _tr("regular dose")


STATUS_TEXT = {
    DoseStatus.GIVEN: "given",
    DoseStatus.DUE: "due today",
    DoseStatus.OVERDUE: "due now, not logged yet",
    DoseStatus.MISSED: "missed",
    DoseStatus.UPCOMING: "upcoming",
    DoseStatus.SKIPPED: "skipped on the care team's advice",
}


PENDING = (DoseStatus.DUE, DoseStatus.OVERDUE, DoseStatus.UPCOMING)


def status_text(dose: PlannedDose) -> str:
    text = _tr(STATUS_TEXT[dose.status])
    if dose.route is Route.IV and dose.status in PENDING:  # the centre sets the date
        text += _tr(" (confirmed)") if dose.appointment_confirmed else _tr(" (proposed date)")
    return text


def appointment_text(dose: PlannedDose) -> str:
    """For an infusion still to come: whether its date is the centre's or only proposed (R-03)."""
    if dose.route is not Route.IV or dose.status not in PENDING:
        return ""
    if dose.appointment_confirmed:
        return _tr("Date confirmed with your infusion centre.")
    return _tr(
        "Proposed date from the usual schedule: confirm it with your infusion centre, then enter "
        "their date on the Schedule page."
    )


def when_text(due: datetime) -> str:
    locale = QLocale()
    day = QDate(due.year, due.month, due.day)
    return f"{locale.toString(day, QLocale.FormatType.LongFormat)}, {due.strftime('%H:%M')}"


def long_date_text(day: date) -> str:
    """A day in full, in the user's language ("Sunday, 28 February 2027")."""
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)


def short_when_text(due: datetime) -> str:
    day = QDate(due.year, due.month, due.day)
    return f"{QLocale().toString(day, 'ddd d MMM yyyy')}, {due.strftime('%H:%M')}"


def countdown_text(due: datetime, now: datetime) -> str:
    seconds = (due - now).total_seconds()
    if seconds <= 0:
        return _tr("now")
    days, rest = divmod(int(seconds), 86400)
    hours, rest = divmod(rest, 3600)
    minutes = rest // 60
    if days >= 2:
        return _tr("in %1 days").replace("%1", str(days))
    if days == 1:
        return _tr("in 1 day and %1 hours").replace("%1", str(hours))
    if hours:
        return _tr("in %1 h %2 min").replace("%1", str(hours)).replace("%2", str(minutes))
    return _tr("in %1 minutes").replace("%1", str(minutes))


def preparation_text(dose: PlannedDose) -> str:
    if dose.route is Route.IV:  # an appointment, never "take it at home"
        return _tr(
            "Go to your infusion appointment. Tell the team how you have been since the last one."
        )
    if dose.in_clinic:
        return _tr(
            "Your first injection is given at the clinic, where you are shown how. "
            "Bring your pen or syringe if the clinic asked you to."
        )
    pens = _tr("both pens or syringes") if dose.injections == 2 else _tr("the pen or syringe")
    return _tr(
        "Take %1 out of the fridge 30 minutes before (do not warm it any other way). "
        "Inject into your abdomen (not within 5 cm of the navel) or thigh, never the upper arm."
    ).replace("%1", pens)


MISSED_ADVICE_TEXT = {
    "inject-when-remembered": "Inject as soon as you remember. Never two doses on the same day.",
    "inject-and-ask-next-date": "Inject as soon as you remember, then contact your care team for the next date.",
    "contact-infusion-centre": "Contact your infusion centre to book a new appointment.",
}


def missed_advice_text(code: str) -> str:
    return _tr(MISSED_ADVICE_TEXT[code])
