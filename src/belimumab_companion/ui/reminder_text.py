"""How a reminder is worded (the domain gives kinds, times and the audience)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from belimumab_companion.domain.regimens import Route
from belimumab_companion.domain.reminders import AT_THE_TIME, Audience, Reminder, ReminderKind
from belimumab_companion.ui.dose_text import short_when_text


def _tr(text: str) -> str:
    return QCoreApplication.translate("reminder_text", text)


def reminder_title(reminder: Reminder) -> str:
    caregiver = reminder.audience is Audience.CAREGIVER  # never addressed to the child
    if reminder.kind is ReminderKind.PREP:
        return _tr("Take the pen or syringe out of the fridge")
    if reminder.kind is ReminderKind.CHECK_IN:
        return _tr("How are you since your dose?")
    if reminder.kind is ReminderKind.CONTRACEPTION:
        return _tr("Contraception reminder")
    now = reminder.detail == AT_THE_TIME.slot
    if reminder.route is Route.IV:  # an appointment, never "take it"
        return _tr("Infusion appointment now") if now else _tr("Infusion appointment coming up")
    if reminder.in_clinic:
        return _tr("First injection at the clinic")
    if caregiver:
        return (
            _tr("Injection due now (given by a caregiver)") if now else _tr("Injection coming up")
        )
    return _tr("Time for your injection") if now else _tr("Injection coming up")


def reminder_body(reminder: Reminder) -> str:
    when = short_when_text(reminder.due) if reminder.due is not None else ""
    if reminder.kind is ReminderKind.PREP:
        return _tr(
            "Injection at %1. Let it reach room temperature for 30 minutes; do not warm it any "
            "other way."
        ).replace("%1", when)
    if reminder.kind is ReminderKind.CHECK_IN:
        return _tr("Day %1 after your dose: note any new or worse symptoms in your diary.").replace(
            "%1", reminder.detail
        )
    if reminder.kind is ReminderKind.CONTRACEPTION:
        from belimumab_companion.ui.contraception_text import action_from_detail

        return action_from_detail(reminder.detail)
    return when


def summary(reminders: Sequence[Reminder]) -> tuple[str, str]:
    """One notification for several reminders (after sleep or a restart)."""
    if len(reminders) == 1:
        return reminder_title(reminders[0]), reminder_body(reminders[0])
    title = _tr("%1 reminders while you were away").replace("%1", str(len(reminders)))
    lines = [f"• {reminder_title(r)} — {reminder_body(r)}" for r in reminders[-5:]]
    return title, "\n".join(lines)
