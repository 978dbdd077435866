"""Triage on our labelled corpus (tests/data/triage/corpus.csv, issue 17; R-29, R-31, R-44,
R-45, R-46): every emergency and crisis phrasing is caught (100% recall), with every rule its
label names, and no phrasing is ever triaged lower than its label. Hypothesis: any text that
contains an emergency or crisis phrasing, anywhere, at any length (beyond 20,000 characters too),
escalates. The figures per level: tests/benchmarks/triage_recall.py."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from belimumab_companion.domain.triage import PRIORITY, Triage, triage

CORPUS = Path(__file__).resolve().parents[1] / "data" / "triage" / "corpus.csv"
with CORPUS.open(encoding="utf-8", newline="") as _stream:
    ROWS = list(csv.DictReader(_stream))

RED = [r for r in ROWS if r["level"] in ("emergency", "crisis") and r["kind"] != "long-note"]
EMERGENCY = sorted({r["text"] for r in RED if r["level"] == "emergency"})
# a crisis phrasing alone (rows labelled emergency may need both screens; those are above)
CRISIS = sorted({r["text"] for r in RED if r["level"] == "crisis"})


def _severity(row: dict[str, str]) -> int | None:
    return int(row["severity"]) if row["severity"] else None


def test_the_corpus_is_large_enough_and_in_both_languages() -> None:
    assert len(ROWS) >= 600
    languages = {r["language"] for r in ROWS}
    assert {"en", "es", "mix"} <= languages
    for language in ("en", "es"):
        levels = {r["level"] for r in ROWS if r["language"] == language}
        assert levels == {t.value for t in Triage}
    kinds = {r["kind"] for r in ROWS}
    assert {"paraphrase", "misspelling", "accents", "slang", "negation", "case", "emoji"} <= kinds
    assert {"long-note", "mixed", "severity", "no-accents"} <= kinds
    assert any(len(r["text"]) > 20_000 for r in ROWS)
    for row in ROWS:
        assert row["level"] in {t.value for t in Triage}
        rules = set(row["rules"].split(";")) - {"-"}
        assert rules <= {"R-29", "R-30", "R-31", "R-44", "R-45"}
        assert (row["level"] == "routine") == (not rules), row["text"][:80]


@pytest.mark.parametrize("level", ["emergency", "crisis"])
def test_recall_is_100_percent_for_emergency_and_crisis(level: str) -> None:
    missed = []
    for row in ROWS:
        if row["level"] != level:
            continue
        result = triage(row["text"], _severity(row))
        flags = {"emergency": result.emergency, "crisis": result.crisis}
        if not flags[level] or result.triage is not Triage(level):
            missed.append(row["text"][:120])
        # a phrasing that needs both screens gets both (emergency first, then crisis)
        if "R-31" in row["rules"] and not result.crisis:
            missed.append(row["text"][:120])
        if {"R-29", "R-44"} & set(row["rules"].split(";")) and not result.emergency:
            missed.append(row["text"][:120])
    assert missed == []


def test_no_phrasing_is_triaged_lower_than_its_label_and_every_rule_is_cited() -> None:
    lower, uncited = [], []
    for row in ROWS:
        result = triage(row["text"], _severity(row))
        if PRIORITY.index(result.triage) > PRIORITY.index(Triage(row["level"])):
            lower.append((row["level"], result.triage.value, row["text"][:120]))
        labelled = set(row["rules"].split(";")) - {"-"}
        if not labelled <= set(result.rules):
            uncited.append((row["rules"], result.rules, row["text"][:120]))
    assert lower == []
    assert uncited == []


_SEPARATOR = st.sampled_from([" ", "\n", ". ", ", ", " 😰 ", "\t", "; ", "!! ", "\r\n"])


@settings(max_examples=200, deadline=None)
@given(
    before=st.text(max_size=300),
    after=st.text(max_size=300),
    phrase=st.sampled_from(EMERGENCY + CRISIS),
    padding=st.integers(min_value=0, max_value=30_000),
    left=_SEPARATOR,
    right=_SEPARATOR,
)
def test_a_red_flag_phrase_escalates_anywhere_at_any_length(
    before: str, after: str, phrase: str, padding: int, left: str, right: str
) -> None:
    filler = ("ok " * (padding // 3 + 1))[:padding]
    text = f"{filler}{before}{left}{phrase}{right}{after}{filler}"
    result = triage(text)
    if phrase in EMERGENCY:
        assert result.emergency and result.triage is Triage.EMERGENCY
    if phrase in CRISIS:
        assert result.crisis and result.triage in (Triage.EMERGENCY, Triage.CRISIS)


def test_a_red_flag_at_the_end_of_a_very_long_note_counts() -> None:
    note = "Ordinary day, walked the dog. " * 3_000  # 90,000 characters
    assert len(note) > 20_000
    assert triage(note + "now my tongue is swollen").emergency
    assert triage(note + "ahora quiero morirme").crisis


@pytest.mark.parametrize("severity", [0, 1, 2, 3])
def test_r45_only_very_severe_raises_an_ordinary_symptom(severity: int) -> None:
    assert triage("joint pain", severity).triage is Triage.ROUTINE
    very = triage("joint pain", 4)
    assert very.triage is Triage.CARE_TEAM_TODAY and very.rules == ("R-45",)
    assert triage("I fainted", 4).triage is Triage.EMERGENCY  # never lowered by R-45


@pytest.mark.parametrize(
    "text",
    ["tongue\x01swollen", "swollen\u200btongue", "my throat\u2028closing", "throat\x85closing"],
)
def test_r46_invisible_characters_never_join_the_words_of_a_red_flag(text: str) -> None:
    """Red team, issue 17: a control or zero-width character between two words used to be
    deleted, joining them ("tongueswollen": routine). Stored text keeps them apart."""
    from belimumab_companion.domain.free_text import strip_controls

    assert triage(strip_controls(text)).triage in (Triage.EMERGENCY,)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # red team, second round (issue 17): narrow protections for ordinary words ...
        ("stroke of luck today", Triage.ROUTINE),
        ("no more air fryer recipes pls", Triage.ROUTINE),
        ("sob story on the news", Triage.ROUTINE),
        ("help!", Triage.ROUTINE),  # a sign at the end of a word is not a letter ("d1e" is)
        # ... that leave the red flags next to them untouched
        ("I think I had a stroke", Triage.EMERGENCY),
        ("SOB since the shot", Triage.EMERGENCY),
        ("I need more air", Triage.EMERGENCY),
        ("no air getting in", Triage.EMERGENCY),
        ("i wanna d1e", Triage.CRISIS),
        ("k!ll myself", Triage.CRISIS),
    ],
)
def test_narrow_protections_for_ordinary_words_keep_the_red_flags(
    text: str, expected: Triage
) -> None:
    assert triage(text).triage is expected
