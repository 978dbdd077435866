"""What a backup holds, in words, by table: the window says "%n diary entries" (a plural message,
translated); the command line prints the English label and the count ("Diary entries: 3"). Table
names never reach the text (issue 20); a table without words here is not listed."""

from __future__ import annotations

from belimumab_companion.user_text import QT_TRANSLATE_NOOP

COUNT_TEXT = {
    "plan_segment": QT_TRANSLATE_NOOP("DataRestore", "%n treatment plan versions"),
    "administration": QT_TRANSLATE_NOOP("DataRestore", "%n doses logged"),
    "diary_entry": QT_TRANSLATE_NOOP("DataRestore", "%n diary entries"),
    "mood_check_in": QT_TRANSLATE_NOOP("DataRestore", "%n mood check-ins"),
    "vaccination": QT_TRANSLATE_NOOP("DataRestore", "%n vaccinations"),
    "contraception_log": QT_TRANSLATE_NOOP("DataRestore", "%n contraception reminders answered"),
    "pregnancy_event": QT_TRANSLATE_NOOP("DataRestore", "%n pregnancy events"),
    "supply_lot": QT_TRANSLATE_NOOP("DataRestore", "%n deliveries of pens or syringes"),
}


def count_label(table: str) -> str | None:
    """The command line's label for a table's count: "Diary entries" (None: not listed)."""
    text = COUNT_TEXT.get(table)
    if text is None:
        return None
    words = text.removeprefix("%n ")
    return words[:1].upper() + words[1:]
