"""How the contraception module is worded (R-36..R-39). The domain gives codes and dates.

Context "contraception_text" for every string here; the tables of the codes' words are in
``text.contraception`` (the command line prints them too).
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
from belimumab_companion.text.contraception import ACTION_TEXT as ACTION_TEXT
from belimumab_companion.text.contraception import LEAFLET_METHOD_TEXT as LEAFLET_METHOD_TEXT
from belimumab_companion.text.contraception import METHOD_NAMES as METHOD_NAMES
from belimumab_companion.text.contraception import PREGNANCY_KIND_TEXT as PREGNANCY_KIND_TEXT
from belimumab_companion.ui.text.i18n import marked
from belimumab_companion.ui.text.locale_format import long_date


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
