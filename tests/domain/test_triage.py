"""Red-flag triage (R-29..R-31): a case per rule through the catalogue and free text, wording
variants, and Hypothesis: any text is triaged without error, and an emergency or crisis phrase
always escalates whatever surrounds it."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from belimumab_companion.domain.monograph import parse_monograph_bytes
from belimumab_companion.domain.triage import RULES, RULES_EN, RULES_ES, Triage, normalize, triage
from belimumab_companion.paths import shipped_monograph

CATALOGUE = [
    ("Nausea", Triage.CARE_TEAM_TODAY),  # R-30 allergy signs
    ("Diarrhea", Triage.ROUTINE),
    ("Fever", Triage.CARE_TEAM_TODAY),
    ("Common cold", Triage.ROUTINE),
    ("Sore throat", Triage.ROUTINE),
    ("Bronchitis", Triage.CARE_TEAM_TODAY),  # an infection: asked about today, to be safe
    ("Trouble sleeping", Triage.CARE_TEAM_TODAY),
    ("Depression", Triage.CARE_TEAM_TODAY),
    ("Migraine", Triage.CARE_TEAM_TODAY),  # a headache
    ("Pain in arms or legs", Triage.ROUTINE),
    ("Injection-site reaction", Triage.ROUTINE),
    ("Rash", Triage.CARE_TEAM_TODAY),
    ("Itching", Triage.CARE_TEAM_TODAY),
    ("Headache", Triage.CARE_TEAM_TODAY),
    ("Dizziness", Triage.CARE_TEAM_TODAY),
    ("Tiredness", Triage.ROUTINE),
    ("Muscle pain", Triage.ROUTINE),
    ("Anxiety", Triage.CARE_TEAM_TODAY),
    ("Serious infection", Triage.CARE_TEAM_TODAY),
    ("Allergic reaction", Triage.CARE_TEAM_TODAY),
    ("Anaphylaxis", Triage.EMERGENCY),
    ("Infusion reaction", Triage.CARE_TEAM_TODAY),
    ("PML", Triage.CARE_TEAM_TODAY),
    ("Worsening depression", Triage.CARE_TEAM_TODAY),
    ("Suicidal thoughts", Triage.CRISIS),
]

EMERGENCY_PHRASES = [
    "trouble breathing",
    "Difficulty breathing",
    "I can't breathe",
    "cant catch my breath",
    "short of breath",
    "hard to breathe",
    "swelling of my lips",
    "Swollen tongue",
    "my throat is closing",
    "face is puffy and swollen",
    "fainted",
    "I passed out",
    "felt faint",
    "anaphylaxis",
    "blacked out",
    "throat closing",
    "my tongue is swollen",
    # slurred speech is a stroke sign (FAST), the emergency pathway, not R-30
    "slurred speech",
]
CRISIS_PHRASES = [
    "thoughts of suicide",
    "suicidal",
    "I want to die",
    "I wish I was dead",
    "better off dead",
    "thinking of killing myself",
    "I don't want to live anymore",
    "I hurt myself",
    "self-harm",
    "thoughts of hurting someone",
    "I attempted suicide",
    # the audit's misses (R-31 said "thought(s)" only)
    "thinking about dying",
    "I think about dying a lot",
    "I keep thinking about death",
    "I don't want to be alive",
    # thinking of dying, death, suicide, not living
    "I thought about dying",
    "thinking a lot about death",
    "thinking about being dead",
    "I think of killing myself",
    "thinking of ending it",
    "thinking about ending my life",
    "I have thought about not waking up",
    "I feel like dying",
    "I feel like I'm dying",
    # wishes and statements
    "I wish I were dead",
    "wish I wasn't alive",
    "I wish I had never been born",
    "I wanna die",
    "I do not want to be alive",
    "dont want to live",
    "I don't want to wake up",
    "I wish I'd never wake up",
    "I don't want to exist",
    "no reason to live",
    "nothing to live for",
    "life isn't worth living",
    "tired of living",
    "they would be better off without me",
    "I want to end it all",
    "I want to end it",
    "im going to end it",
    "take my own life",
    "thinking about taking my life",
    # suicide attempt
    "I tried to kill myself",
    "took an overdose on purpose",
    "I overdosed on my pills deliberately",
    "a deliberate overdose",
    # self-harm
    "self harm",
    "selfharm again",
    "self-injury",
    "I harm myself",
    "I cut myself",
    "harming my self",
    # hurting others
    "hurting someone",
    "killing others",
    "harm to others",
    "I want to hurt him",
    "thinking about killing people",
]


# R-30 wording variants of every sign the rule lists, through free text.
CARE_TEAM_PHRASES = [
    # other allergy signs
    "anxious",
    "anxiousness",
    "dizzy",
    "vertigo",
    "itchy",
    "headache",
    "nauseous",
    # infection signs
    "coughing up phlegm",
    "coughing up green phlegm",
    "burning when I pee",
    "it burns when I urinate",
    "peeing a lot",
    "frequent urination",
    "warm red painful skin",
    "the skin is warm and red",
    "sores on my leg",
    "chills",
    # neurological signs (PML)
    "confused",
    "disoriented",
    "memory problems",
    "forgetful",
    "I can't remember things",
    "speech difficulty",
    "speech problems",
    "trouble speaking",
    "can't find my words",
    "vision change",
    "changes in my vision",
    "vision problems",
    "blurry",
    "seeing double",
    "weak",
    "weakness in my arm",
    "clumsy",
    "dropping things",
    "trouble walking",
    "can't walk straight",
    "I keep stumbling",
    "balance",
    "balance problems",
    "off balance",
    # mood, sleep, behaviour
    "feeling hopeless",
    "low mood",
    "panic attacks",
    "not sleeping well",
    "sleepless nights",
    "changes in my mood",
    "unusual behaviour",
    "acting strangely",
    "acting on dangerous impulses",
]

# Ordinary wording deliberately not flagged: death words only count in a wish, plan or thought.
MUST_STAY_ROUTINE = [
    "dead tired",
    "my hair is dying",
    "dying for a coffee",
    "bored to death",
    "I feel like death today",
    "death in the family",
    "my knee hurts me when I walk",
    "accidentally injected a double dose",
    "sore throat",
    "the injection site is red and warm",
    # ordinary words one typo away from a red-flag word are not "corrected" into it
    "breast tenderness",
    "I was cooking",
    "blending a smoothie",
    "painted the kitchen",
    "some bread",
]


@pytest.mark.parametrize(
    ("text", "expected", "rule"),
    [
        ("Trouble breathing after the injection", Triage.EMERGENCY, "R-29"),
        ("swelling of the face", Triage.EMERGENCY, "R-29"),
        ("Fainting", Triage.EMERGENCY, "R-29"),
        ("Suicidal thoughts", Triage.CRISIS, "R-31"),
        ("I keep thinking about hurting others", Triage.CRISIS, "R-31"),
        ("itchy skin", Triage.CARE_TEAM_TODAY, "R-30"),
        ("rash on my arms", Triage.CARE_TEAM_TODAY, "R-30"),
        ("fever and chills", Triage.CARE_TEAM_TODAY, "R-30"),
        ("it burns when I pee", Triage.CARE_TEAM_TODAY, "R-30"),
        ("coughing up mucus", Triage.CARE_TEAM_TODAY, "R-30"),
        ("new confusion and trouble finding words", Triage.CARE_TEAM_TODAY, "R-30"),
        ("blurred vision", Triage.CARE_TEAM_TODAY, "R-30"),
        ("loss of balance", Triage.CARE_TEAM_TODAY, "R-30"),
        ("feeling more depressed", Triage.CARE_TEAM_TODAY, "R-30"),
        ("can't sleep", Triage.CARE_TEAM_TODAY, "R-30"),
        ("Mood changes", Triage.CARE_TEAM_TODAY, "R-30"),
        ("a bit of diarrhoea", Triage.ROUTINE, None),
        ("sore joints", Triage.ROUTINE, None),
    ],
)
def test_each_rule_through_free_text(text: str, expected: Triage, rule: str | None) -> None:
    result = triage(text)
    assert result.triage is expected
    assert (result.rules[0] if result.rules else None) == rule


@pytest.mark.parametrize(("item", "expected"), CATALOGUE)
def test_every_item_of_the_shipped_catalogue(item: str, expected: Triage) -> None:
    assert triage(item).triage is expected


def test_the_catalogue_list_above_is_the_whole_shipped_catalogue() -> None:
    monograph = parse_monograph_bytes(shipped_monograph().read_bytes())
    assert {entry.name for entry in monograph.side_effects.entries()} == {i for i, _ in CATALOGUE}


@pytest.mark.parametrize("phrase", EMERGENCY_PHRASES)
def test_r29_emergency_phrases(phrase: str) -> None:
    result = triage(phrase)
    assert result.triage is Triage.EMERGENCY and result.emergency


@pytest.mark.parametrize("phrase", CRISIS_PHRASES)
def test_r31_crisis_phrases(phrase: str) -> None:
    result = triage(phrase)
    assert result.crisis and "R-31" in result.rules


@pytest.mark.parametrize("phrase", CARE_TEAM_PHRASES)
def test_r30_care_team_phrases(phrase: str) -> None:
    result = triage(phrase)
    assert result.triage is Triage.CARE_TEAM_TODAY and result.rules == ("R-30",)


@pytest.mark.parametrize("text", MUST_STAY_ROUTINE)
def test_ordinary_wording_stays_routine(text: str) -> None:
    assert triage(text).triage is Triage.ROUTINE


def test_a_report_can_need_both_screens_and_negation_still_escalates() -> None:
    both = triage("trouble breathing and I want to die")
    assert both.triage is Triage.EMERGENCY and both.emergency and both.crisis
    assert triage("no trouble breathing today").emergency  # safety first, by design


def test_no_false_alarm_from_a_faint_rash() -> None:
    result = triage("a faint rash on my arm")
    assert result.triage is Triage.CARE_TEAM_TODAY and not result.emergency


def test_normalize() -> None:
    assert normalize("I Can’t  BREATHE!!") == "i cannot breathe"
    assert normalize("Déprimée, très fatiguée") == "deprimee tres fatiguee"


def test_every_rule_cites_its_clinical_rule_and_both_languages_have_every_code() -> None:
    assert {rule.rule for rule in RULES} == {"R-29", "R-30", "R-31", "R-44"}
    assert len({(rule.language, rule.code) for rule in RULES}) == len(RULES)
    assert {r.code for r in RULES_EN} == {r.code for r in RULES_ES}
    for rule in RULES_EN + RULES_ES:
        same = {r.rule for r in RULES if r.code == rule.code}
        assert same == {rule.rule}, rule.code  # a code means one clinical rule in every language


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_any_text_is_triaged(text: str) -> None:
    assert triage(text).triage in Triage


@settings(max_examples=300, deadline=None)
@given(
    st.text(max_size=200),
    st.text(max_size=200),
    st.sampled_from(EMERGENCY_PHRASES + CRISIS_PHRASES),
)
def test_a_red_flag_phrase_always_escalates_whatever_surrounds_it(
    before: str, after: str, phrase: str
) -> None:
    result = triage(f"{before}\n{phrase}.\n{after}")
    if phrase in EMERGENCY_PHRASES:
        assert result.emergency and result.triage is Triage.EMERGENCY
    else:
        assert result.crisis and result.triage in (Triage.EMERGENCY, Triage.CRISIS)
