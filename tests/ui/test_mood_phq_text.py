"""The PHQ wording marked for translation in the mood dialog is exactly the domain's (R-40): a
licensed instrument, verbatim, so a translation is looked up under the same English text."""

from __future__ import annotations

from belimumab_companion.domain.phq import ITEMS, NOTICE, RECALL, RESPONSES
from belimumab_companion.ui.mood_dialog import PHQ_SOURCES, phq_text


def test_the_marked_phq_wording_is_the_domains_word_for_word() -> None:
    assert (RECALL, *RESPONSES, *ITEMS, NOTICE) == PHQ_SOURCES


def test_without_a_translation_the_phq_is_shown_in_english(qtbot) -> None:  # type: ignore[no-untyped-def]
    assert [phq_text(item) for item in ITEMS] == list(ITEMS)
    assert phq_text(NOTICE) == NOTICE
