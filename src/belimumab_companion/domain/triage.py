"""Red-flag triage of a symptom (a catalogue item or free text): what the user must do next.

R-29 emergency now: trouble breathing; swelling of the face, lips, mouth, tongue or throat;
fainting. R-31 crisis: thoughts of suicide, dying, or hurting oneself or others, or a suicide
attempt. R-30 contact the care team today: other allergy signs, infection signs, new neurological
signs (PML), new or worse depression or anxiety, trouble sleeping, mood or behaviour changes.
Anything else is routine, which is never worded as reassurance (R-32: the UI's job).

Matching is deliberately generous (safety first): case, accents, apostrophes and punctuation are
ignored, common spelling and wording variants are listed, and a phrase counts even when negated
("no trouble breathing" still shows the emergency screen: a false alarm costs a click, a missed
one can cost a life). Emergency and crisis are separate flags, because a report can need both.
"""

from __future__ import annotations

import enum
import re
import unicodedata
from dataclasses import dataclass


class Triage(enum.Enum):
    EMERGENCY = "emergency"
    CRISIS = "crisis"
    CARE_TEAM_TODAY = "care-team-today"
    ROUTINE = "routine"


# Most urgent first: the screen order when one report matches several.
PRIORITY = (Triage.EMERGENCY, Triage.CRISIS, Triage.CARE_TEAM_TODAY, Triage.ROUTINE)


@dataclass(frozen=True)
class TriageRule:
    code: str  # stable, stored with the entry
    triage: Triage
    rule: str  # the clinical rule id
    patterns: tuple[str, ...]  # regular expressions over normalized text (see normalize)


@dataclass(frozen=True)
class TriageResult:
    triage: Triage  # the most urgent match
    matched: tuple[str, ...]  # rule codes, most urgent first
    rules: tuple[str, ...]  # their clinical rule ids, without repeats

    @property
    def emergency(self) -> bool:
        return any(code in EMERGENCY_CODES for code in self.matched)

    @property
    def crisis(self) -> bool:
        return any(code in CRISIS_CODES for code in self.matched)


_W = r"(?:\s+\w+){0,3}"  # up to three words in between: "swelling of my lips"
_SELF = r"(?:my\s*self|myself|me)"

RULES: tuple[TriageRule, ...] = (
    # --- emergency now -------------------------------------------------------------------
    TriageRule(
        "trouble-breathing",
        Triage.EMERGENCY,
        "R-29",
        (
            rf"\b(?:trouble|difficult\w*|hard|struggl\w*|problems?|labou?red){_W}\s+breath\w*",
            r"\bbreath\w*(?:\s+\w+){0,2}\s+(?:difficult\w*|hard|trouble|problems?|labou?red)\b",
            r"\bcannot\s+(?:catch\s+my\s+|get\s+my\s+)?breath\w*",
            r"\bshort(?:ness)?\s+of\s+breath\b",
            r"\bout\s+of\s+breath\b",
            r"\bbreathless\w*",
            r"\bgasp\w*",
            r"\bwheez\w*",
            r"\bchok\w*",
            r"\banaphyla\w*",
        ),
    ),
    TriageRule(
        "face-throat-swelling",
        Triage.EMERGENCY,
        "R-29",
        (
            rf"\b(?:swell\w*|swollen|puff\w*){_W}\s+(?:face|lips?|mouth|tongue|throat)\b",
            rf"\b(?:face|lips?|mouth|tongue|throat){_W}\s+(?:swell\w*|swollen|puff\w*)",
            r"\bthroat\s+(?:is\s+|feels\s+)?(?:closing|tight\w*|clos\w*\s+up)",
            r"\bangio\s*o?edema\b",
        ),
    ),
    TriageRule(
        "fainting",
        Triage.EMERGENCY,
        "R-29",
        (
            r"\b(?:fainted|fainting|faints)\b",
            r"\b(?:feel\w*|felt|going\s+to|about\s+to|nearly|almost|might|i)\s+faint\b",
            r"\bfaint\s*$",
            r"\bpass(?:ed|ing)?\s+out\b",
            r"\bblack(?:ed|ing)?\s+out\b",
            r"\b(?:lost|lose|losing|loss\s+of)\s+consciousness\b",
            r"\bunconscious\b",
            r"\bcollaps\w*",
            r"\bsyncope\b",
        ),
    ),
    # --- crisis ----------------------------------------------------------------------------
    # Death words count only in a wish, plan or thought ("thinking about dying", "feel like dying"):
    # idioms ("dead tired", "dying for a coffee", "bored to death", "I feel like death") stay out.
    TriageRule(
        "suicidal-thoughts",
        Triage.CRISIS,
        "R-31",
        (
            r"\bsuicid\w*",
            rf"\bkill\w*\s+{_SELF}\b",
            r"\bend(?:ing)?\s+(?:my\s+life|it\s+all|my\s+own\s+life)\b",
            # "I want to end it": ambiguous, but a false alarm costs a click (safety first).
            r"\b(?:want\w*|wanna|going|ready|plan\w*)\s+(?:to\s+)?end\s+it\b",
            r"\b(?:take|takes|taken|taking|took)\s+my\s+(?:own\s+)?life\b",
            r"\b(?:want|wanted|wanting|wanna|wish|wished|wishing)\w*\s+(?:to\s+|i\s+)?(?:die|be\s+dead|was\s+dead|were\s+dead|could\s+die|would\s+die|id\s+die)\b",
            r"\bwish\w*\s+i\s+(?:wasnt|werent|was\s+not|were\s+not|was\s+never|were\s+never|had\s+never\s+been|hadnt\s+been|was\s+no\s+longer|were\s+no\s+longer)\s+(?:alive|born)\b",
            r"\b(?:wish|want|hope)\w*\s+(?:i\s+)?(?:id\s+|would\s+|could\s+|to\s+)?(?:never|not|didnt|wouldnt)\s+(?:to\s+)?wake\s+up\b",
            r"\bbetter\s+off\s+(?:dead|without\s+me)\b",
            r"\bthoughts?\s+(?:of|about)\s+(?:dying|death|suicide|ending)\b",
            # think / thinking / thought(s), up to two words, about / of a death word
            r"\b(?:think\w*|thought\w*)(?:\s+\w+){0,2}\s+(?:about|of)\s+(?:my\s+(?:own\s+)?)?(?:dying|death|being\s+dead|dead|suicide|ending\s+(?:it|things|everything|my\s+(?:own\s+)?life)|not\s+(?:being\s+alive|living|waking\s+up|being\s+here))\b",
            r"\bfeel\w*\s+like\s+(?:(?:i\s+am|im)\s+)?dying\b",
            r"\bno\s+(?:reason|point)\s+(?:to|in)\s+liv\w*",
            r"\b(?:no|lost\s+(?:the|my))\s+will\s+to\s+live\b",
            r"\bnothing\s+(?:left\s+)?to\s+live\s+for\b",
            r"\b(?:not|isnt|no\s+longer)\s+worth\s+living\b",
            r"\btired\s+of\s+(?:living|being\s+alive)\b",
            r"\b(?:do\s+not|dont|don\s+t)\s+want\s+to\s+(?:live|be\s+here|wake\s+up)\b",
            r"\b(?:not|dont|doesnt|didnt|don\s+t|no\s+longer|never)\s+(?:want|wanna|wish)\w*\s+(?:to\s+)?(?:live|be\s+alive|be\s+here|wake\s+up|exist|go\s+on\s+(?:living|anymore|any\s+more))\b",
            # a suicide attempt by overdose
            r"\boverdos\w*(?:\s+\w+){0,4}\s+(?:on\s+purpose|deliberately|intentionally)\b",
            r"\b(?:deliberate|intentional|purposeful)\w*\s+overdos\w*",
            r"\b(?:took|take|taken|taking)\s+an\s+overdose\b",
        ),
    ),
    TriageRule(
        "self-harm-or-harm-to-others",
        Triage.CRISIS,
        "R-31",
        (
            # "myself", not "me": "my knee hurts me" is pain, not self-harm
            r"\b(?:hurt|harm|cut|injur)\w*\s+(?:to\s+)?(?:my\s*self|myself)\b",
            r"\bself\s*[- ]?\s*harm\w*",
            r"\bself\s*(?:injur\w*|mutilat\w*)",
            r"\b(?:hurt|harm|kill)\w*\s+(?:to\s+)?(?:someone|somebody|others|other\s+people|people|anyone|everyone|everybody|my\s+(?:child\w*|kids?|family|partner|husband|wife|son|daughter|baby|babies|mum|mom|mother|dad|father|boyfriend|girlfriend))\b",
            r"\b(?:want|wanted|wanting|wanna|urge\w*|going|tempted|feel\s+like)\s+(?:to\s+)?(?:hurt|harm|kill|stab|attack)\s+(?:him|her|them|people|everyone|everybody)\b",
            r"\bthoughts?\s+(?:of|about)\s+(?:hurting|harming|killing)\b",
            r"\b(?:think\w*|thought\w*)(?:\s+\w+){0,2}\s+(?:about|of)\s+(?:hurting|harming|killing|attacking|stabbing)\b",
        ),
    ),
    # --- contact the care team today -----------------------------------------------------
    TriageRule(
        "allergy-signs",
        Triage.CARE_TEAM_TODAY,
        "R-30",
        (
            r"\bitch\w*",
            r"\brash\w*",
            r"\bhives\b",
            r"\bdizz\w*",
            r"\bvertigo\b",
            r"\blight\s*headed\w*",
            r"\bhead\s*aches?\b",
            r"\bmigraines?\b",
            r"\bnause\w*",
            r"\b(?:feel\w*|felt)\s+sick\b",
            r"\banxious\w*",
            r"\ballerg\w*",
            r"\binfusion\s+reactions?\b",
        ),
    ),
    TriageRule(
        "infection-signs",
        Triage.CARE_TEAM_TODAY,
        "R-30",
        (
            r"\bfever\w*",
            r"\b(?:high\s+)?temperature\b",
            r"\bchills?\b",
            r"\bshiver\w*",
            rf"\b(?:burn\w*|pain\w*|sting\w*|hurts?){_W}\s+(?:pee\w*|urinat\w*|wee\w*)",
            r"\b(?:pee\w*|urinat\w*)\s+(?:a\s+lot|often|frequently|all\s+the\s+time|more)\b",
            r"\bfrequent\s+urinat\w*",
            rf"\bcough\w*{_W}\s+(?:mucus|phlegm|sputum)\b",  # "coughing up green phlegm"
            r"\b(?:phlegm|sputum)\b",
            r"\b(?:warm|red|painful|hot)(?:\s+\w+)?\s+(?:skin|sores?|patch\w*)\b",
            r"\bskin(?:\s+\w+){0,2}\s+(?:warm|red|hot|painful|tender)\b",  # "skin is warm"
            r"\bsores\b",  # skin sores; "a sore throat" is not this sign
            r"\b(?:skin|open)\s+sore\b",
            r"\binfect\w*",
            r"\bbronchitis\b",
        ),
    ),
    TriageRule(
        "neurological-signs",
        Triage.CARE_TEAM_TODAY,
        "R-30",
        (
            r"\bconfus\w*",
            r"\bdisorient\w*",
            r"\bmemory\b",
            r"\bforget\w*",
            r"\bcannot\s+remember\b",
            rf"\b(?:trouble|difficult\w*|problems?|hard){_W}\s+(?:speak\w*|talk\w*|words|walk\w*|balance|see\w*)",
            r"\bslurr\w*",
            rf"\bspeech{_W}\s+(?:difficult\w*|problems?|issues?|trouble|chang\w*|impair\w*|slow\w*|worse)",
            r"\b(?:speak\w*|talk\w*)\s+(?:difficult\w*|problems?|issues?|trouble)\b",
            r"\b(?:slow|garbled|impaired|difficult)\s+speech\b",
            r"\bcannot\s+(?:speak|talk|find\s+(?:the\s+|my\s+)?words)\b",
            rf"\b(?:vision|eyesight|sight){_W}\s+(?:chang\w*|loss|lost|blur\w*|worse|went|problems?|issues?|trouble)",
            rf"\b(?:chang\w*|loss|lost|losing){_W}\s+(?:vision|eyesight|sight)\b",  # "changes in my vision"
            r"\bblurr\w*",  # "blurry", "things look blurred"
            r"\bdouble\s+vision\b",
            r"\bsee\w*\s+double\b",
            r"\bweak\w*",
            r"\bclums\w*",
            r"\bdropp\w*\s+things\b",
            r"\b(?:im)?balance\b",  # any mention ("balance problems", "off balance"), safety first
            r"\bunbalanced\b",
            r"\bunsteady\b",
            r"\bstumbl\w*",
            r"\bcannot\s+walk\w*",
            r"\bwalk\w*\s+(?:difficult\w*|problems?|issues?|trouble)\b",
            r"\bpml\b",
            r"\bleukoenceph\w*",
        ),
    ),
    TriageRule(
        "mood-and-sleep",
        Triage.CARE_TEAM_TODAY,
        "R-30",
        (
            r"\bdepress\w*",
            r"\bhopeless\w*",
            r"\blow\s+mood\b",
            r"\bfeel\w*\s+(?:down|low|blue)\b",
            r"\banxiety\b",
            r"\bpanic\w*",
            rf"\b(?:trouble|difficult\w*|problems?|cannot|can\s+t){_W}\s+sleep\w*",
            r"\b(?:not|barely|hardly)\s+sleep\w*",
            r"\bsleepless\w*",
            r"\binsomnia\b",
            rf"\b(?:mood|behaviou?r){_W}\s+chang\w*",
            rf"\bchang\w*{_W}\s+(?:mood|behaviou?r)",  # "changes in my mood"
            r"\b(?:unusual|strange|odd|weird|out\s+of\s+character)\s+(?:behaviou?r|mood|thoughts)",
            r"\bacting\s+(?:strange\w*|odd\w*|weird\w*|out\s+of\s+character)\b",
            r"\bmood\s+swings?\b",
            r"\bimpuls\w*",
        ),
    ),
)

EMERGENCY_CODES = frozenset(r.code for r in RULES if r.triage is Triage.EMERGENCY)
CRISIS_CODES = frozenset(r.code for r in RULES if r.triage is Triage.CRISIS)
# One alternation per rule: a single search instead of one per pattern (triage runs on every save).
_COMPILED = tuple((rule, re.compile("|".join(f"(?:{p})" for p in rule.patterns))) for rule in RULES)
MAX_TEXT = 20_000  # longer text is triaged on its first 20,000 characters


def normalize(text: str) -> str:
    """Lower case, no accents, apostrophes joined ("can't" -> "cant"), punctuation as spaces,
    "can't" / "can not" / "cant" all as "cannot"."""
    decomposed = unicodedata.normalize("NFKD", text[:MAX_TEXT].casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    plain = re.sub(r"[’'`´]", "", plain)
    plain = re.sub(r"[^\w]+|_", " ", plain)
    plain = re.sub(r"\b(?:can\s+not|cant)\b", "cannot", plain)
    return " ".join(plain.split())


def triage(text: str) -> TriageResult:
    normalized = normalize(text)
    matched = [rule for rule, pattern in _COMPILED if pattern.search(normalized)]
    matched.sort(key=lambda rule: PRIORITY.index(rule.triage))
    if not matched:
        return TriageResult(Triage.ROUTINE, (), ())
    rules = tuple(dict.fromkeys(rule.rule for rule in matched))
    return TriageResult(matched[0].triage, tuple(rule.code for rule in matched), rules)
