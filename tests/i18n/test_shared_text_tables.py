"""Issue 19: the codes' words live in one Qt-free package (``text``), shared by the window and the
command line. Each table's entries are extracted in its module's one context and translated there
(the window shows them in Spanish); no role has two contexts that differ only in case."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

from belimumab_companion.text import contraception, diary, doses, messages, mood

ROOT = Path(__file__).resolve().parents[2]
SPANISH = ROOT / "resources" / "translations" / "belimumab_companion_es.ts"


def _spanish() -> dict[tuple[str, str], str]:
    found = {}
    for context in ET.parse(SPANISH).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            finished = translation.get("type") != "unfinished"
            found[(name, message.findtext("source") or "")] = (
                (translation.text or "") if finished else ""
            )
    return found


def _entries(module: ModuleType) -> list[str]:
    """Every English source of the module's tables (its upper-case names but CONTEXT)."""
    entries: list[str] = []
    for name, value in vars(module).items():
        if not name.isupper() or name == "CONTEXT":
            continue
        if isinstance(value, str):
            entries.append(value)
        elif isinstance(value, dict):
            entries.extend(v for v in value.values() if isinstance(v, str))
        elif isinstance(value, tuple):
            entries.extend(v for v in value if isinstance(v, str))
    return entries


@pytest.mark.parametrize(
    ("module", "context"),
    [
        (doses, "dose_text"),
        (contraception, "contraception_text"),
        (diary, "DiaryModel"),
        (messages, "Messages"),
        (mood, "MoodDialog"),
    ],
)
def test_every_table_entry_is_translated_in_its_context(module: ModuleType, context: str) -> None:
    spanish = _spanish()
    entries = _entries(module)
    assert getattr(module, "CONTEXT", "Messages") == context
    assert len(entries) >= 4
    missing = [e for e in entries if not spanish.get((context, e))]
    assert missing == []


def test_one_context_per_role() -> None:
    names = [c.findtext("name") or "" for c in ET.parse(SPANISH).getroot().iter("context")]
    folded = [name.casefold() for name in names]
    assert sorted(n for n in names if folded.count(n.casefold()) > 1) == []
    assert "messages" not in names  # the window's refusals joined "Messages" (issue 19)


def test_the_window_words_codes_from_the_shared_tables() -> None:
    from belimumab_companion.ui.dialogs import mood_dialog
    from belimumab_companion.ui.models import diary_model
    from belimumab_companion.ui.text import contraception_text, dose_text

    assert dose_text.STATUS_TEXT is doses.STATUS_TEXT
    assert dose_text.MISSED_ADVICE_TEXT is doses.MISSED_ADVICE_TEXT
    assert contraception_text.METHOD_NAMES is contraception.METHOD_NAMES
    assert contraception_text.ACTION_TEXT is contraception.ACTION_TEXT
    assert diary_model.TRIAGE_WORDS is diary.TRIAGE_WORDS
    assert mood_dialog.BAND_TEXT is mood.BAND_TEXT
