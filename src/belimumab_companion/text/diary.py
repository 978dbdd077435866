"""The diary's words for its levels, its triage and what was done (context ``DiaryModel``)."""

from __future__ import annotations

from belimumab_companion.user_text import QT_TRANSLATE_NOOP

CONTEXT = "DiaryModel"

# Our own five words (not PRO-CTCAE), for severity and for how much it gets in the way.
LEVEL_WORDS = (
    QT_TRANSLATE_NOOP("DiaryModel", "none"),
    QT_TRANSLATE_NOOP("DiaryModel", "mild"),
    QT_TRANSLATE_NOOP("DiaryModel", "moderate"),
    QT_TRANSLATE_NOOP("DiaryModel", "severe"),
    QT_TRANSLATE_NOOP("DiaryModel", "very severe"),
)

# What the entry called for. Never a reassuring word: "routine", not "fine".
TRIAGE_WORDS = {
    "emergency": QT_TRANSLATE_NOOP("DiaryModel", "emergency"),
    "crisis": QT_TRANSLATE_NOOP("DiaryModel", "crisis"),
    "care-team-today": QT_TRANSLATE_NOOP("DiaryModel", "contact care team today"),
    "routine": QT_TRANSLATE_NOOP("DiaryModel", "routine"),
}

ACTION_WORDS = {
    "nothing": QT_TRANSLATE_NOOP("DiaryModel", "nothing"),
    "called-care-team": QT_TRANSLATE_NOOP("DiaryModel", "called the care team"),
    "urgent-care": QT_TRANSLATE_NOOP("DiaryModel", "went to urgent care"),
    "emergency-department": QT_TRANSLATE_NOOP("DiaryModel", "went to the emergency department"),
}
