"""How the contraception module is worded (R-36..R-39). The domain gives codes and dates."""

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
)
from belimumab_companion.ui.dose_text import long_date_text


def _tr(text: str) -> str:
    return QCoreApplication.translate("contraception_text", text)


def method_name(method: Method) -> str:
    return {
        Method.COMBINED_PILL: _tr("Combined pill"),
        Method.PROGESTIN_PILL: _tr("Progestin-only pill"),
        Method.PATCH: _tr("Patch"),
        Method.RING: _tr("Vaginal ring"),
        Method.INJECTION: _tr("Injection"),
        Method.IMPLANT: _tr("Implant"),
        Method.IUD: _tr("IUD (coil)"),
        Method.BARRIER: _tr("Barrier method (condom, diaphragm…)"),
        Method.OTHER: _tr("Other method"),
    }[method]


def action_text(action: Action) -> str:
    return {
        Action.START_PACK: _tr("Start a new pack today and take the first pill"),
        Action.TAKE_PILL: _tr("Take your pill"),
        Action.APPLY_PATCH: _tr("Put on a new patch (first week of the cycle)"),
        Action.CHANGE_PATCH: _tr("Change your patch"),
        Action.REMOVE_PATCH: _tr("Take off your patch: your patch-free week starts"),
        Action.INSERT_RING: _tr("Put in a new ring"),
        Action.REMOVE_RING: _tr("Take out your ring: your ring-free week starts"),
        Action.INJECTION: _tr("Your contraceptive injection is due"),
        Action.REPLACE_SOON: _tr("Book the replacement of your implant or IUD: due in 4 weeks"),
        Action.REPLACE: _tr("Your implant or IUD is due to be replaced"),
        Action.USE_CONSISTENTLY: _tr("A reminder to use your contraception every time"),
        Action.WINDOW_ENDING: _tr(
            "Your contraception cover tied to Benlysta ends in two weeks. Talk with your care team "
            "about what suits you after that."
        ),
        Action.WINDOW_ENDED: _tr(
            "The 4 months after your last Benlysta dose are over: the reminders tied to it stop. "
            "You can turn the module off in Settings."
        ),
    }[action]


def action_from_detail(detail: str) -> str:
    """The body of a contraception notification (the reminder's detail is the action code)."""
    try:
        return action_text(Action(detail))
    except ValueError:
        return detail


def window_text(window: Window) -> str:
    """R-36, in one sentence."""
    end = long_date_text(window.needed_until) if window.needed_until else ""
    if window.state is WindowState.NOT_STARTED:
        return _tr(
            "Contraception is needed during treatment and for at least 4 months after the last "
            "dose. No treatment is recorded yet."
        )
    if window.state is WindowState.ON_TREATMENT:
        return _tr(
            "Contraception needed during treatment and for at least 4 months after your last "
            "dose: at present, until %1."
        ).replace("%1", end)
    if window.state is WindowState.ENDED:
        return _tr(
            "Contraception tied to Benlysta was needed until %1: that time is over."
        ).replace("%1", end)
    text = _tr("Contraception needed until %1 (4 months after your last dose on %2).")
    text = text.replace("%1", end).replace("%2", long_date_text(window.last_dose or date.min))
    if window.state is WindowState.ENDING_SOON:
        text += " " + _tr("That is two weeks or less from now.")
    return text


def missed_text(method: Method) -> str:
    """What to do after a missed pill, patch or ring: the leaflet and the care team, never our own
    catch-up rule."""
    if method in MISSED_POINTS_TO_LEAFLET:
        return _tr(
            "Follow the leaflet that came with your %1 for what to do after a missed one, and "
            "ask your pharmacist or care team if you are unsure. You may not be protected: "
            "contraception is needed while on Benlysta."
        ).replace("%1", method_name(method).lower())
    return _tr("Ask your care team or pharmacist what to do.")


def pregnancy_kind_text(kind: PregnancyEvent) -> str:
    return {
        PregnancyEvent.MIGHT_BE_PREGNANT: _tr("I might be pregnant"),
        PregnancyEvent.PREGNANT: _tr("I am pregnant (or had a positive test)"),
        PregnancyEvent.BREASTFEEDING: _tr("I am breastfeeding or plan to"),
    }[kind]


def pregnancy_guidance(kind: PregnancyEvent, in_window: bool) -> str:
    """R-37 (contact the care team promptly, never "stop treatment"), R-39 for breastfeeding,
    and R-38: no registry number is shown."""
    if kind is PregnancyEvent.BREASTFEEDING:
        return _tr(
            "There are no human data on whether Benlysta passes into breast milk or affects a "
            "breastfed baby. Decide with your care team whether to breastfeed while on Benlysta."
        )
    if in_window:
        return _tr(
            "Contact your care team promptly and tell them you are on Benlysta or took it in "
            "the last 4 months. Do not stop or change your treatment on your own: decide it "
            "with them."
        )
    return _tr(
        "Contact your care team and tell them about any medicines you have taken. Do not change "
        "your treatment on your own."
    )
