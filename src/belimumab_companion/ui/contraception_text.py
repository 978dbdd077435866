"""How the contraception module is worded (R-36..R-39). The domain gives codes and dates.

Context "contraception_text" for every string here.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from belimumab_companion.domain.contraception import (
    MISSED_POINTS_TO_LEAFLET,
    Action,
    Method,
    PregnancyEvent,
    Window,
    WindowState,
    end_date_known,
)
from belimumab_companion.ui.i18n import marked
from belimumab_companion.ui.locale_format import long_date
from belimumab_companion.user_text import QT_TRANSLATE_NOOP

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


def method_name(method: Method) -> str:
    return marked("contraception_text", METHOD_NAMES[method])


def action_text(action: Action) -> str:
    return marked("contraception_text", ACTION_TEXT[action])


def action_from_detail(detail: str) -> str:
    """The body of a contraception notification (the reminder's detail is the action code)."""
    try:
        return action_text(Action(detail))
    except ValueError:
        return detail


def window_text(window: Window) -> str:
    """R-36, in one sentence."""
    end = long_date(window.needed_until) if window.needed_until else ""
    if window.state is WindowState.NOT_STARTED:
        return QCoreApplication.translate(
            "contraception_text",
            "Contraception is needed during treatment and for at least 4 months after the last "
            "dose. No treatment is recorded yet.",
        )
    if not end_date_known(window):  # no dose logged yet, so no end date
        return QCoreApplication.translate(
            "contraception_text",
            "Contraception is needed during treatment and for at least 4 months after your last "
            "dose. No dose is logged yet, so there is no end date.",
        )
    if window.state is WindowState.ON_TREATMENT:
        return QCoreApplication.translate(
            "contraception_text",
            "Contraception needed during treatment and for at least 4 months after your last "
            "dose: at present, until %1.",
        ).replace("%1", end)
    if window.state is WindowState.ENDED:
        return QCoreApplication.translate(
            "contraception_text",
            "Contraception tied to Benlysta was needed until %1: that time is over.",
        ).replace("%1", end)
    last = long_date(window.last_dose or date.min)
    if window.state is WindowState.ENDING_SOON:
        template = QCoreApplication.translate(
            "contraception_text",
            "Contraception needed until %1 (4 months after your last dose on %2). That is two "
            "weeks or less from now.",
        )
    else:
        template = QCoreApplication.translate(
            "contraception_text",
            "Contraception needed until %1 (4 months after your last dose on %2).",
        )
    return template.replace("%1", end).replace("%2", last)


def missed_text(method: Method) -> str:
    """What to do after a missed pill, patch or ring: the leaflet and the care team, never our own
    catch-up rule."""
    if method in MISSED_POINTS_TO_LEAFLET:
        return QCoreApplication.translate(
            "contraception_text",
            "Follow the leaflet that came with your %1 for what to do after a missed one, and "
            "ask your pharmacist or care team if you are unsure. You may not be protected: "
            "contraception is needed while on Benlysta.",
        ).replace("%1", marked("contraception_text", LEAFLET_METHOD_TEXT[method]))
    return QCoreApplication.translate(
        "contraception_text", "Ask your care team or pharmacist what to do."
    )


def pregnancy_kind_text(kind: PregnancyEvent) -> str:
    return marked("contraception_text", PREGNANCY_KIND_TEXT[kind])


def pregnancy_guidance(kind: PregnancyEvent, in_window: bool) -> str:
    """R-37 (contact the care team promptly, never "stop treatment"), R-39 for breastfeeding,
    and R-38: no registry number is shown."""
    if kind is PregnancyEvent.BREASTFEEDING:
        return QCoreApplication.translate(
            "contraception_text",
            "There are no human data on whether Benlysta passes into breast milk or affects a "
            "breastfed baby. Decide with your care team whether to breastfeed while on Benlysta.",
        )
    if in_window:
        return QCoreApplication.translate(
            "contraception_text",
            "Contact your care team promptly and tell them you are on Benlysta or took it in "
            "the last 4 months. Do not stop or change your treatment on your own: decide it "
            "with them.",
        )
    return QCoreApplication.translate(
        "contraception_text",
        "Contact your care team and tell them about any medicines you have taken. Do not change "
        "your treatment on your own.",
    )
