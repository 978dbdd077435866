"""How a reminder is worded (the domain gives kinds, times and the audience).

The same words go to the "dose due" window, the desktop notification and the tray balloon.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from belimumab_companion.domain.regimens import Route
from belimumab_companion.domain.reminders import (
    AT_THE_TIME,
    Audience,
    Reminder,
    ReminderKind,
    SnoozeChoice,
)
from belimumab_companion.domain.supplies import REFILL_ASK_NEW_PRESCRIPTION
from belimumab_companion.ui.text.dose_text import short_when_text
from belimumab_companion.ui.text.i18n import marked
from belimumab_companion.ui.text.locale_format import integer_text
from belimumab_companion.user_text import QT_TRANSLATE_NOOP, fill

# "Remind me again in…": the dose-due window and Today offer the same three choices.
SNOOZE_TEXT = {
    SnoozeChoice.TEN_MINUTES: QT_TRANSLATE_NOOP("reminder_text", "10 minutes"),
    SnoozeChoice.ONE_HOUR: QT_TRANSLATE_NOOP("reminder_text", "1 hour"),
    SnoozeChoice.TOMORROW_MORNING: QT_TRANSLATE_NOOP("reminder_text", "Until tomorrow morning"),
}


def snooze_choices() -> list[tuple[SnoozeChoice, str]]:
    return [(choice, marked("reminder_text", text)) for choice, text in SNOOZE_TEXT.items()]


def reminder_title(reminder: Reminder) -> str:
    caregiver = reminder.audience is Audience.CAREGIVER  # never addressed to the child
    if reminder.kind is ReminderKind.PREP:
        return QCoreApplication.translate(
            "reminder_text", "Take the pen or syringe out of the fridge"
        )
    if reminder.kind is ReminderKind.CHECK_IN:
        if caregiver:
            return QCoreApplication.translate("reminder_text", "How is your child since the dose?")
        return QCoreApplication.translate("reminder_text", "How are you since your dose?")
    if reminder.kind is ReminderKind.CONTRACEPTION:
        return QCoreApplication.translate("reminder_text", "Contraception reminder")
    if reminder.kind is ReminderKind.REFILL:
        if reminder.detail.split("\n", 1)[0] == REFILL_ASK_NEW_PRESCRIPTION:
            return QCoreApplication.translate("reminder_text", "Ask for a new prescription")
        return QCoreApplication.translate("reminder_text", "Time to order more pens")
    now = reminder.detail == AT_THE_TIME.slot
    if reminder.route is Route.IV:  # an appointment, never "take it"
        if now:
            return QCoreApplication.translate("reminder_text", "Infusion appointment now")
        return QCoreApplication.translate("reminder_text", "Infusion appointment coming up")
    if reminder.in_clinic:
        return QCoreApplication.translate("reminder_text", "First injection at the clinic")
    if not now:
        return QCoreApplication.translate("reminder_text", "Injection coming up")
    if caregiver:
        return QCoreApplication.translate(
            "reminder_text", "Injection due now (given by a caregiver)"
        )
    return QCoreApplication.translate("reminder_text", "Time for your injection")


def reminder_body(reminder: Reminder) -> str:
    when = short_when_text(reminder.due) if reminder.due is not None else ""
    if reminder.kind is ReminderKind.PREP:
        return QCoreApplication.translate(
            "reminder_text",
            "Injection at %1. Let it reach room temperature for 30 minutes; do not warm it any "
            "other way.",
        ).replace("%1", when)
    if reminder.kind is ReminderKind.CHECK_IN:
        day = reminder.detail
        text = (
            QCoreApplication.translate(  # to the caregiver, about the child
                "reminder_text",
                "Day %1 after the dose: note any new or worse symptoms in your child's diary.",
            )
            if reminder.audience is Audience.CAREGIVER
            else QCoreApplication.translate(
                "reminder_text",
                "Day %1 after your dose: note any new or worse symptoms in your diary.",
            )
        )
        return fill(text, (integer_text(int(day)) if day.isdigit() else day,))
    if reminder.kind is ReminderKind.CONTRACEPTION:
        from belimumab_companion.ui.text.contraception_text import action_from_detail

        return action_from_detail(reminder.detail)
    if reminder.kind is ReminderKind.REFILL:
        return refill_body(reminder, when)
    return when


def refill_body(reminder: Reminder, when: str) -> str:
    """Issue 22: the first dose the pens on hand do not cover, and where to order."""
    ask, pharmacy, phone = [*reminder.detail.split("\n"), "", ""][:3]
    if ask == REFILL_ASK_NEW_PRESCRIPTION:
        text = QCoreApplication.translate(
            "reminder_text",
            "No refills are left on your prescription: ask your care team for a new one, then "
            "order more pens or syringes before your dose on %1.",
        )
    else:
        text = QCoreApplication.translate(
            "reminder_text",
            "Your pens or syringes do not cover your dose on %1: order more now.",
        )
    text = fill(text, (when,))
    if pharmacy and phone:
        where = fill(
            QCoreApplication.translate("reminder_text", "Pharmacy: %1, %2."), (pharmacy, phone)
        )
    elif pharmacy or phone:
        where = fill(
            QCoreApplication.translate("reminder_text", "Pharmacy: %1."), (pharmacy or phone,)
        )
    else:
        return text
    return f"{text} {where}"


def summary(reminders: Sequence[Reminder]) -> tuple[str, str]:
    """One notification for several reminders (after sleep or a restart)."""
    if len(reminders) == 1:
        return reminder_title(reminders[0]), reminder_body(reminders[0])
    # Always two or more here, so no numerus form: pyside6-lupdate writes numerus messages as
    # plain ones, and Qt then shows the English for every n but 1.
    title = QCoreApplication.translate("reminder_text", "%1 reminders while you were away").replace(
        "%1", integer_text(len(reminders))
    )
    line = QCoreApplication.translate("reminder_text", "• %1 — %2")  # one reminder: title, body
    lines = [fill(line, (reminder_title(r), reminder_body(r))) for r in reminders[-5:]]
    return title, "\n".join(lines)
