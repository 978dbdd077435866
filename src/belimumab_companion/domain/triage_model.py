"""The vocabulary of red-flag triage (domain/triage.py): the levels, a rule row, and the helpers
the per-language rule tables are written with."""

from __future__ import annotations

import enum
from dataclasses import dataclass


class Triage(enum.Enum):
    EMERGENCY = "emergency"
    CRISIS = "crisis"
    CARE_TEAM_TODAY = "care-team-today"
    ROUTINE = "routine"


# Most urgent first: the screen order when one report matches several.
PRIORITY = (Triage.EMERGENCY, Triage.CRISIS, Triage.CARE_TEAM_TODAY, Triage.ROUTINE)
VERY_SEVERE = 4  # the top step of the diary's severity scale (none, mild, … very severe): R-45


@dataclass(frozen=True)
class TriageRule:
    code: str  # stable, stored with the entry; the same code in every language's table
    triage: Triage
    rule: str  # the clinical rule id
    patterns: tuple[str, ...]  # regular expressions over normalized text (see normalize)
    language: str = "en"


W = r"(?:\s+\w+){0,3}"  # up to three words in between: "swelling of my lips"
SELF = r"(?:my\s*self|myself|me)"
E, C, T = Triage.EMERGENCY, Triage.CRISIS, Triage.CARE_TEAM_TODAY


def en(code: str, triage: Triage, rule: str, *patterns: str) -> TriageRule:
    return TriageRule(code, triage, rule, patterns, "en")


def es(code: str, triage: Triage, rule: str, *patterns: str) -> TriageRule:
    return TriageRule(code, triage, rule, patterns, "es")
