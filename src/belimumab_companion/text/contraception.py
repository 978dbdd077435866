"""How the contraception module's codes read (context ``contraception_text``, R-36..R-39)."""

from __future__ import annotations

from belimumab_companion.domain.contraception import Action, Method, PregnancyEvent
from belimumab_companion.user_text import QT_TRANSLATE_NOOP

CONTEXT = "contraception_text"

METHOD_NAMES = {
    Method.COMBINED_PILL: QT_TRANSLATE_NOOP("contraception_text", "Combined pill"),
    Method.PROGESTIN_PILL: QT_TRANSLATE_NOOP("contraception_text", "Progestin-only pill"),
    Method.PATCH: QT_TRANSLATE_NOOP("contraception_text", "Patch"),
    Method.RING: QT_TRANSLATE_NOOP("contraception_text", "Vaginal ring"),
    Method.INJECTION: QT_TRANSLATE_NOOP("contraception_text", "Injection"),
    Method.IMPLANT: QT_TRANSLATE_NOOP("contraception_text", "Implant"),
    Method.IUD: QT_TRANSLATE_NOOP("contraception_text", "IUD (coil)"),
    Method.BARRIER: QT_TRANSLATE_NOOP("contraception_text", "Barrier method (condom, diaphragm…)"),
    Method.OTHER: QT_TRANSLATE_NOOP("contraception_text", "Other method"),
}

ACTION_TEXT = {
    Action.START_PACK: QT_TRANSLATE_NOOP(
        "contraception_text", "Start a new pack today and take the first pill"
    ),
    Action.TAKE_PILL: QT_TRANSLATE_NOOP("contraception_text", "Take your pill"),
    Action.APPLY_PATCH: QT_TRANSLATE_NOOP(
        "contraception_text", "Put on a new patch (first week of the cycle)"
    ),
    Action.CHANGE_PATCH: QT_TRANSLATE_NOOP("contraception_text", "Change your patch"),
    Action.REMOVE_PATCH: QT_TRANSLATE_NOOP(
        "contraception_text", "Take off your patch: your patch-free week starts"
    ),
    Action.INSERT_RING: QT_TRANSLATE_NOOP("contraception_text", "Put in a new ring"),
    Action.REMOVE_RING: QT_TRANSLATE_NOOP(
        "contraception_text", "Take out your ring: your ring-free week starts"
    ),
    Action.INJECTION: QT_TRANSLATE_NOOP(
        "contraception_text", "Your contraceptive injection is due"
    ),
    Action.REPLACE_SOON: QT_TRANSLATE_NOOP(
        "contraception_text", "Book the replacement of your implant or IUD: due in 4 weeks"
    ),
    Action.REPLACE: QT_TRANSLATE_NOOP(
        "contraception_text", "Your implant or IUD is due to be replaced"
    ),
    Action.USE_CONSISTENTLY: QT_TRANSLATE_NOOP(
        "contraception_text", "A reminder to use your contraception every time"
    ),
    Action.WINDOW_ENDING: QT_TRANSLATE_NOOP(
        "contraception_text",
        "In two weeks, the period in which Benlysta requires contraception ends (4 months "
        "after your last dose). Your method keeps working for as long as you use it: talk with "
        "your care team about what suits you after that.",
    ),
    Action.WINDOW_ENDED: QT_TRANSLATE_NOOP(
        "contraception_text",
        "The 4 months after your last Benlysta dose are over: the period in which Benlysta "
        "requires contraception has ended, and so do the reminders tied to it. Your method keeps "
        "working for as long as you use it. You can turn the module off in Settings.",
    ),
}

PREGNANCY_KIND_TEXT = {
    PregnancyEvent.MIGHT_BE_PREGNANT: QT_TRANSLATE_NOOP(
        "contraception_text", "I might be pregnant"
    ),
    PregnancyEvent.PREGNANT: QT_TRANSLATE_NOOP(
        "contraception_text", "I am pregnant (or had a positive test)"
    ),
    PregnancyEvent.BREASTFEEDING: QT_TRANSLATE_NOOP(
        "contraception_text", "I am breastfeeding or plan to"
    ),
}

# The method as it reads inside "Follow the leaflet that came with your %1" (only the methods of
# MISSED_POINTS_TO_LEAFLET): a phrase of its own, as languages decline or reorder it.
LEAFLET_METHOD_TEXT = {
    Method.COMBINED_PILL: QT_TRANSLATE_NOOP("contraception_text", "combined pill"),
    Method.PROGESTIN_PILL: QT_TRANSLATE_NOOP("contraception_text", "progestin-only pill"),
    Method.PATCH: QT_TRANSLATE_NOOP("contraception_text", "patch"),
    Method.RING: QT_TRANSLATE_NOOP("contraception_text", "vaginal ring"),
}
