"""Red-flag triage of a symptom report (the symptom and the notes, whole): what the user must do.

R-29 emergency now: trouble breathing; swelling of the face, lips, mouth, tongue or throat;
fainting. R-44 general emergencies, also the emergency pathway: chest pain or tightness, a fit or
seizure, loss of consciousness, signs of a stroke (FAST), sudden confusion, severe bleeding that
will not stop, coughing or vomiting blood. R-31 crisis: thoughts of suicide, dying, or hurting
oneself or others, or a suicide attempt. R-30 contact the care team today: other allergy signs,
infection signs, new neurological signs (PML), new or worse depression or anxiety, trouble
sleeping, mood or behaviour changes. R-45: "very severe" for any symptom is at least R-30.
Anything else is routine, which is never worded as reassurance (R-32; R-45's safety-net line is
the UI's and the CLI's job, for every outcome).

R-46: triage reads everything the user wrote, in every language the app speaks. There is one rule
table per language (``RULES_EN``, ``RULES_ES``), each row citing its clinical rule, and every
text is read against both tables (people mix languages). Matching is deliberately generous
(safety first): case, accents, apostrophes, punctuation and emoji are ignored, letters repeated
for emphasis are squeezed, common misspellings are corrected (a list of known ones, and one typo
away from a distinctive red-flag word), and a phrase counts even when negated ("no trouble
breathing" still shows the emergency screen: a false alarm costs a click, a missed one can cost
a life). Emergency and crisis are separate flags, because a report can need both. There is no
length limit here: a red flag at the end of a very long note counts like one at the start.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from belimumab_companion.domain.triage_model import (
    PRIORITY,
    VERY_SEVERE,
    Triage,
    TriageRule,
)
from belimumab_companion.domain.triage_rules_en import RULES_EN
from belimumab_companion.domain.triage_rules_es import RULES_ES

__all__ = [
    "PRIORITY",
    "RULES_EN",
    "RULES_ES",
    "VERY_SEVERE",
    "Triage",
    "TriageResult",
    "TriageRule",
]

_T = Triage.CARE_TEAM_TODAY


@dataclass(frozen=True)
class TriageResult:
    triage: Triage  # the most urgent match
    matched: tuple[str, ...]  # rule codes, most urgent first, without repeats
    rules: tuple[str, ...]  # their clinical rule ids, without repeats

    @property
    def emergency(self) -> bool:
        return any(code in EMERGENCY_CODES for code in self.matched)

    @property
    def crisis(self) -> bool:
        return any(code in CRISIS_CODES for code in self.matched)


RULES: tuple[TriageRule, ...] = RULES_EN + RULES_ES
LANGUAGES = ("en", "es")

# "very severe" for any symptom, whatever it is: at least "contact your care team today".
VERY_SEVERE_RULE = TriageRule("very-severe", _T, "R-45", (), "any")

EMERGENCY_CODES = frozenset(r.code for r in RULES if r.triage is Triage.EMERGENCY)
CRISIS_CODES = frozenset(r.code for r in RULES if r.triage is Triage.CRISIS)
# One alternation per rule: a single search instead of one per pattern (triage runs on every save).


@lru_cache(maxsize=1)
def _compiled() -> tuple[tuple[TriageRule, re.Pattern[str]], ...]:
    """The rules' patterns, compiled on the first triage (not at import: the window starts
    faster, and most starts never triage anything)."""
    return tuple((rule, re.compile("|".join(f"(?:{p})" for p in rule.patterns))) for rule in RULES)


# --- normalization ------------------------------------------------------------------------------
# Known misspellings and shorthand, word for word (after accents and apostrophes are gone).
MISSPELLINGS = {
    # English
    "cnt": "cannot",
    "carnt": "cannot",
    "caint": "cannot",
    "couldnt": "cannot",
    "cudnt": "cannot",
    "cant": "cannot",
    "breth": "breath",
    "brethe": "breathe",
    "breathin": "breathing",
    "brethin": "breathing",
    "breeth": "breath",
    "breethe": "breathe",
    "tounge": "tongue",
    "tonge": "tongue",
    "toungue": "tongue",
    "tung": "tongue",
    "throte": "throat",
    "throught": "throat",
    "troat": "throat",
    "lipps": "lips",
    "swolen": "swollen",
    "swolle": "swollen",
    "swoln": "swollen",
    "sweling": "swelling",
    "pased": "passed",
    "fanted": "fainted",
    "feinted": "fainted",
    "fainte": "fainted",
    "siezure": "seizure",
    "seazure": "seizure",
    "sezure": "seizure",
    "chst": "chest",
    "chets": "chest",
    "cheast": "chest",
    "sucide": "suicide",
    "suiside": "suicide",
    "sucidal": "suicidal",
    "suicidle": "suicidal",
    "kil": "kill",
    "kilme": "kill me",
    "myslef": "myself",
    "mysef": "myself",
    "meself": "myself",
    "ded": "dead",
    "wana": "wanna",
    "wnt": "want",
    "2": "to",
    "u": "you",
    "bleding": "bleeding",
    "bleedin": "bleeding",
    "vomitting": "vomiting",
    "vommiting": "vomiting",
    "coughin": "coughing",
    "unconcious": "unconscious",
    "unconsious": "unconscious",
    "conscious": "conscious",
    "dizy": "dizzy",
    "fevr": "fever",
    "feaver": "fever",
    "rach": "rash",
    "itchey": "itchy",
    "dificult": "difficult",
    "dificulty": "difficulty",
    "difficlt": "difficult",
    "clsoing": "closing",
    "cofee": "coffee",
    "coffe": "coffee",
    "hart": "heart",
    "wierd": "weird",
    "jumpin": "jumping",
    "thinkin": "thinking",
    "reconosco": "reconozco",
    "reconose": "reconoce",
    # Spanish (accents already gone: "respiración" is "respiracion")
    "respirrar": "respirar",
    "resprar": "respirar",
    "respiar": "respirar",
    "desmalle": "desmaye",
    "desmallo": "desmayo",
    "desmalla": "desmaya",
    "desmaie": "desmaye",
    "inconsiente": "inconsciente",
    "inconciente": "inconsciente",
    "combulsion": "convulsion",
    "combulsiones": "convulsiones",
    "convulcion": "convulsion",
    "suisidio": "suicidio",
    "suisidarme": "suicidarme",
    "morirme": "morirme",
    "morime": "morirme",
    "matame": "matarme",
    "yengua": "lengua",
    "gargenta": "garganta",
    "pecno": "pecho",
    "dano": "dano",
    "danio": "dano",
    "dao": "dano",
    "sangr": "sangre",
    "q": "que",
    "xq": "porque",
    "ke": "que",
}


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Distinctive red-flag words: a word one typo away from one of these (a letter missing, extra,
# wrong, or two swapped) is read as it. Only words of six letters or more, and never the ordinary
# words in _REAL_WORDS ("cooking" is not "choking", "painted" is not "fainted").
FUZZY_TARGETS = _words(
    """
    breathe breathing breath breathless swollen swelling tongue throat fainted fainting
    unconscious consciousness collapsed anaphylaxis anaphylactic seizure seizures convulsion
    convulsions suicide suicidal myself bleeding vomiting coughing choking wheezing gasping
    confused confusion suddenly slurred garbled drooping paralysed paralyzed suffocating
    haemorrhage hemorrhage overdose
    respirar respirando respiro garganta hinchada hinchado hinchazon hinchada desmaye desmayo
    desmayado desmayada desmaya inconsciente conocimiento convulsion convulsiones suicidarme
    suicidio morirme matarme quitarme sangrando sangrado hemorragia vomitando lengua infarto
    """
)
_REAL_WORDS = _words(
    """
    cooking cooked painted painting paints breeding bleeping breadth strike strikes smelling
    spelling dwelling threat threats sodden selling telling yelling coping hoping loving
    confuse confess matarte morirte lenguas sangria respire respira coughed seizing
    fainter faintly dealing healing feeling peeling reeling sealing blurred blurry blurring
    gargled gargling grasping rasping dropping dropped bread breads breadth breaths tainted
    overdone wheeling contusion contusions slurped shelling morirse matarse matarle sagrado
    legua leguas breast breasts blending breach gassing
    """
)


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def _transpositions(word: str) -> set[str]:
    return {word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(len(word) - 1)}


# For "one typo away": every target and its one-letter deletions, back to the target
# (symmetric deletion: two words are one insertion, deletion or substitution apart when they
# share a deletion, or one is a deletion of the other).
_FUZZY_INDEX: dict[str, str] = {}
for _target in sorted(FUZZY_TARGETS):
    for _key in {_target} | _deletions(_target):
        _FUZZY_INDEX.setdefault(_key, _target)


@lru_cache(maxsize=65_536)
def _corrected(token: str) -> str:
    known = MISSPELLINGS.get(token)
    if known is not None:
        return known
    if len(token) < 5 or token in FUZZY_TARGETS or token in _REAL_WORDS or token.isdigit():
        return token
    for key in (token, *_deletions(token), *_transpositions(token)):
        target = _FUZZY_INDEX.get(key)
        if target is not None and len(target) >= 6 and abs(len(target) - len(token)) <= 1:
            return target
    return token


_APOSTROPHES = re.compile(r"[’'`´ʼ]")
_NOT_WORD = re.compile(r"[^\w]+|_")
# Letters written as digits or signs between two letters ("d1e", "k!ll", "su1cide", "d3ad"):
# read as the letter. Only between letters, so "38.5", "2pm" and "help!" are left alone.
_LEET_LETTER = r"[^\W\d_]"
_LEET = re.compile(rf"(?<={_LEET_LETTER})[0134579!|@$](?={_LEET_LETTER})")
_LEET_MAP = {
    "0": "o",
    "1": "i",
    "3": "e",
    "4": "a",
    "5": "s",
    "7": "t",
    "9": "g",
    "!": "i",
    "|": "i",
    "@": "a",
    "$": "s",
}
_REPEATS = re.compile(r"(\w)\1{2,}")  # "breatheee" -> "breathee", "sooo" -> "soo"
_CANNOT = re.compile(
    r"\b(?:can\s+not|can\s+t|could\s+not|couldn\s+t|unable\s+to|not\s+able\s+to|cannot\s+even)\b"
)


def normalize(text: str) -> str:
    """Lower case, no accents, apostrophes joined ("can't" -> "cant"), punctuation and emoji as
    spaces, digits and signs between letters read as letters ("d1e"), letters repeated three
    times or more squeezed to two, known misspellings and one-typo
    variants of red-flag words corrected, and "can't" / "can not" / "could not" / "unable to" /
    "not able to" all as "cannot". The whole text, however long."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    plain = _APOSTROPHES.sub("", plain)
    plain = _LEET.sub(lambda m: _LEET_MAP[m.group()], plain)
    plain = _NOT_WORD.sub(" ", plain)
    plain = _REPEATS.sub(r"\1\1", plain)
    words = " ".join(_corrected(word) for word in plain.split())
    return _CANNOT.sub("cannot", words)


def triage(text: str, severity: int | None = None) -> TriageResult:
    """Everything in ``text`` (symptom and notes), read against every language's table; with
    ``severity`` at the top of the scale (R-45), at least "contact your care team today"."""
    normalized = normalize(text)
    matched = [rule for rule, pattern in _compiled() if pattern.search(normalized)]
    if severity is not None and severity >= VERY_SEVERE:
        matched.append(VERY_SEVERE_RULE)
    matched.sort(key=lambda rule: PRIORITY.index(rule.triage))
    if not matched:
        return TriageResult(Triage.ROUTINE, (), ())
    codes = tuple(dict.fromkeys(rule.code for rule in matched))
    rules = tuple(dict.fromkeys(rule.rule for rule in matched))
    return TriageResult(matched[0].triage, codes, rules)
