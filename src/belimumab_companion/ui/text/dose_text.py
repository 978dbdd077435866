"""How a planned dose is worded for the patient (the domain gives codes and numbers).

Context "dose_text" for every string here (``report_pdf`` reuses "%1 mg" and
"%1 mg per kg of body weight" from it); the tables of the codes' words are in ``text.doses`` (the
command line prints them too).
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from belimumab_companion.domain.regimens import Route
from belimumab_companion.domain.schedule import PlannedDose
from belimumab_companion.text.doses import MISSED_ADVICE_TEXT as MISSED_ADVICE_TEXT
from belimumab_companion.text.doses import PENDING as PENDING
from belimumab_companion.text.doses import (
    PHASE_TEXT,
    ROUTE_TEXT,
    appointment_status,
    route_key,
    short_amount,
)
from belimumab_companion.text.doses import STATUS_TEXT as STATUS_TEXT
from belimumab_companion.ui.text.i18n import marked
from belimumab_companion.ui.text.locale_format import (
    integer_text,
    long_date_time_text,
    medium_date_time_text,
    quantity_text,
)
from belimumab_companion.ui.text.zone_text import with_zone
from belimumab_companion.user_text import fill


def amount_text(dose: PlannedDose) -> str:
    if dose.amount_mg is None:
        return QCoreApplication.translate("dose_text", "%1 mg per kg of body weight").replace(
            "%1", quantity_text(dose.mg_per_kg or 0.0)
        )
    amount = quantity_text(dose.amount_mg)
    if dose.injections == 2:
        return QCoreApplication.translate(
            "dose_text", "%1 mg (two 200 mg injections, at two sites at least 5 cm apart)"
        ).replace("%1", amount)
    return QCoreApplication.translate("dose_text", "%1 mg").replace("%1", amount)


def short_amount_text(dose: PlannedDose) -> str:
    template, number = short_amount(dose)
    return marked("dose_text", template).replace("%1", quantity_text(number))


def route_text(dose: PlannedDose) -> str:
    return marked("dose_text", ROUTE_TEXT[route_key(dose)])


def phase_text(dose: PlannedDose) -> str:
    return marked("dose_text", PHASE_TEXT[dose.phase])


def status_text(dose: PlannedDose) -> str:
    text = marked("dose_text", STATUS_TEXT[dose.status])
    around = appointment_status(dose)  # the centre sets an infusion's date
    return text if around is None else marked("dose_text", around).replace("%1", text)


def appointment_text(dose: PlannedDose) -> str:
    """For an infusion still to come: whether its date is the centre's or only proposed (R-03)."""
    if dose.route is not Route.IV or dose.status not in PENDING:
        return ""
    if dose.appointment_confirmed:
        return QCoreApplication.translate("dose_text", "Date confirmed with your infusion centre.")
    return QCoreApplication.translate(
        "dose_text",
        "Proposed date from the usual schedule: confirm it with your infusion centre, then enter "
        "their date on the Schedule page.",
    )


def when_text(due: datetime) -> str:
    """The day in full and the time: "Tuesday, 24 November 2026, 18:00", in the dose's own zone,
    named when it is not the computer's (the time-zone policy, ui/zone_text.py)."""
    return with_zone(long_date_time_text(due), due)


def short_when_text(due: datetime) -> str:
    """Weekday, day, month and year in short words and the time: "Tue, 24 Nov 2026, 18:00"
    (and the zone when it is not the computer's)."""
    return with_zone(medium_date_time_text(due), due)


def countdown_text(due: datetime, now: datetime) -> str:
    seconds = (due - now).total_seconds()
    if seconds <= 0:
        return QCoreApplication.translate("dose_text", "now")
    days, rest = divmod(int(seconds), 86400)
    hours, rest = divmod(rest, 3600)
    minutes = rest // 60
    # No plural forms: pyside6-lupdate marks no QCoreApplication.translate() call as plural, and
    # a translation that is not plural is not found when a number is passed. The numbers here
    # are never 1 where the text is plural (1 has a message of its own).
    if days >= 2:
        return QCoreApplication.translate("dose_text", "in %1 days").replace(
            "%1", integer_text(days)
        )
    if days == 1:
        if hours == 1:
            return QCoreApplication.translate("dose_text", "in 1 day and 1 hour")
        return QCoreApplication.translate("dose_text", "in 1 day and %1 hours").replace(
            "%1", integer_text(hours)
        )
    if hours:
        return fill(
            QCoreApplication.translate("dose_text", "in %1 h %2 min"),
            (integer_text(hours), integer_text(minutes)),
        )
    if minutes == 1:
        return QCoreApplication.translate("dose_text", "in 1 minute")
    return QCoreApplication.translate("dose_text", "in %1 minutes").replace(
        "%1", integer_text(minutes)
    )


def preparation_text(dose: PlannedDose) -> str:
    if dose.route is Route.IV:  # an appointment, never "take it at home"
        return QCoreApplication.translate(
            "dose_text",
            "Go to your infusion appointment. Tell the team how you have been since the last one.",
        )
    if dose.in_clinic:
        return QCoreApplication.translate(
            "dose_text",
            "Your first injection is given at the clinic, where you are shown how. "
            "Bring your pen or syringe if the clinic asked you to.",
        )
    if dose.injections == 2:
        return QCoreApplication.translate(
            "dose_text",
            "Take both pens or syringes out of the fridge 30 minutes before (do not warm them any "
            "other way). Inject into your abdomen (not within 5 cm of the navel) or thigh, never "
            "the upper arm.",
        )
    return QCoreApplication.translate(
        "dose_text",
        "Take the pen or syringe out of the fridge 30 minutes before (do not warm it any other "
        "way). Inject into your abdomen (not within 5 cm of the navel) or thigh, never the upper "
        "arm.",
    )


def missed_advice_text(code: str) -> str:
    return marked("dose_text", MISSED_ADVICE_TEXT[code])
