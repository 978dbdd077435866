"""How a PHQ-9 severity band reads (context ``MoodDialog``, R-40)."""

from __future__ import annotations

from belimumab_companion.domain.phq import Band
from belimumab_companion.user_text import QT_TRANSLATE_NOOP

CONTEXT = "MoodDialog"

BAND_TEXT = {
    Band.MINIMAL: QT_TRANSLATE_NOOP("MoodDialog", "minimal"),
    Band.MILD: QT_TRANSLATE_NOOP("MoodDialog", "mild"),
    Band.MODERATE: QT_TRANSLATE_NOOP("MoodDialog", "moderate"),
    Band.MODERATELY_SEVERE: QT_TRANSLATE_NOOP("MoodDialog", "moderately severe"),
    Band.SEVERE: QT_TRANSLATE_NOOP("MoodDialog", "severe"),
}
