"""Which pens a logged dose took, in words (issue 22), shared by the window (translated with
``ui.text.i18n.user_text``) and the command line (the English source): the lot used, a lot named
that was not on hand and the pen counted instead, or no pen of the dose's device in stock (a
prefilled-syringe dose never takes an autoinjector). A dose takes one or two pens (R-22), so each
count has its own sentence (context ``Messages``)."""

from __future__ import annotations

from belimumab_companion.domain.regimens import Device
from belimumab_companion.services.supplies_types import DosePens
from belimumab_companion.user_text import QT_TRANSLATE_NOOP, UserText, message

NONE_IN_STOCK = {
    Device.AUTOINJECTOR: QT_TRANSLATE_NOOP(
        "Messages", "No autoinjector was in stock: no pen was counted."
    ),
    Device.PREFILLED_SYRINGE: QT_TRANSLATE_NOOP(
        "Messages", "No prefilled syringe was in stock: no pen was counted."
    ),
    None: QT_TRANSLATE_NOOP("Messages", "No pen was in stock: none was counted."),
}


def _lots(pens: DosePens) -> list[str]:
    return [lot.lot for lot in pens.lots]


def dose_pens_text(pens: DosePens | None) -> tuple[UserText, ...]:
    """The sentences to show after logging a dose (none when supplies are not kept)."""
    if pens is None:
        return ()
    names = _lots(pens)
    said: list[UserText] = []
    named_missing = pens.named is not None and not pens.named_in_stock
    if named_missing and not names:
        said.append(
            message(
                QT_TRANSLATE_NOOP("Messages", "Lot %1 is not among your pens on hand."),
                pens.named or "",
            )
        )
    elif named_missing and len(names) == 1:
        said.append(
            message(
                QT_TRANSLATE_NOOP(
                    "Messages", "Lot %1 is not among your pens on hand: counted a pen of lot %2."
                ),
                pens.named or "",
                names[0],
            )
        )
    elif named_missing and len(set(names)) == 1:
        said.append(
            message(
                QT_TRANSLATE_NOOP(
                    "Messages", "Lot %1 is not among your pens on hand: counted 2 pens of lot %2."
                ),
                pens.named or "",
                names[0],
            )
        )
    elif named_missing:
        said.append(
            message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Lot %1 is not among your pens on hand: counted pens of lots %2 and %3.",
                ),
                pens.named or "",
                names[0],
                names[1],
            )
        )
    elif len(names) == 1:
        said.append(message(QT_TRANSLATE_NOOP("Messages", "Pen used: lot %1."), names[0]))
    elif len(set(names)) == 1:
        said.append(
            message(QT_TRANSLATE_NOOP("Messages", "Pens used: both from lot %1."), names[0])
        )
    elif names:
        said.append(
            message(
                QT_TRANSLATE_NOOP("Messages", "Pens used: lot %1 and lot %2."), names[0], names[1]
            )
        )
    if pens.missing and not names:
        said.append(message(NONE_IN_STOCK[pens.device]))
    elif pens.missing:
        said.append(
            message(QT_TRANSLATE_NOOP("Messages", "The second pen of this dose was not in stock."))
        )
    return tuple(said)
