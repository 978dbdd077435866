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

import enum
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache


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


_W = r"(?:\s+\w+){0,3}"  # up to three words in between: "swelling of my lips"
_SELF = r"(?:my\s*self|myself|me)"
_E, _C, _T = Triage.EMERGENCY, Triage.CRISIS, Triage.CARE_TEAM_TODAY


def _en(code: str, triage: Triage, rule: str, *patterns: str) -> TriageRule:
    return TriageRule(code, triage, rule, patterns, "en")


def _es(code: str, triage: Triage, rule: str, *patterns: str) -> TriageRule:
    return TriageRule(code, triage, rule, patterns, "es")


# --- English ------------------------------------------------------------------------------------
# normalize() has already turned "can't", "can not", "could not", "unable to", "not able to" into
# "cannot", corrected known misspellings and squeezed repeated letters.
RULES_EN: tuple[TriageRule, ...] = (
    # emergency now
    _en(
        "trouble-breathing",
        _E,
        "R-29",
        rf"\b(?:trouble|difficult\w*|hard|struggl\w*|problems?|labou?red|fight\w*|battl\w*){_W}\s+breath\w*",
        r"\bbreath\w*(?:\s+\w+){0,2}\s+(?:difficult\w*|hard|trouble|problems?|labou?red|shallow|fast)\b",
        r"\bcannot\s+(?:\w+\s+){0,2}breath\w*",
        r"\b(?:barely|hardly|scarcely|not)\s+(?:\w+\s+)?breath\w*",
        r"\bshort(?:ness)?\s+(?:of\s+)?breath\w*",
        r"\bout\s+of\s+breath\b",
        r"\bbreathless\w*",
        r"\bgasp\w*",
        r"\bwheez\w*",
        r"\bchok\w*",
        r"\bsuffocat\w*",
        r"\bsmother\w*",
        r"\b(?:enough|for|no|any|more|need)\s+air\b(?!\s+fryer)",  # not "no more air fryer recipes"
        r"\bair\s*(?:hunger|hungry)\b",
        # red team, second round (issue 17): how people describe it
        r"\bbreath(?:e|es|ing|s)?\s+(?:\w+\s+){0,2}(?:through|thru)\s+(?:a\s+)?(?:\w+\s+)?straw\b",
        r"\bbreath(?:e|es|ing|s)?(?:\s+\w+){0,3}\s+(?:an?\s+)?(?:effort|struggle|hard\s+work|chore|battle)\b",
        r"\bbreath(?:e|es|ing|s)?(?:\s+\w+){0,3}\s+(?:weird\w*|strange\w*|funny|funnily|odd\w*|noisy|noisily|loud\w*|rattl\w*|raspy|gurgl\w*|whistl\w*)",
        r"\b(?:noisy|weird|strange|funny|odd|rattly|raspy|gurgling|whistling)\s+breath\w*",
        r"\bstridor\b",
        r"\basthma\s+attack\w*",
        r"\binhaler\w*(?:\s+\w+){0,2}\s+(?:not|isnt|doesnt|didnt|wont|is\s+not|does\s+not|did\s+not|no\s+longer|stopped)\s+(?:\w+\s+)?(?:help\w*|work\w*)",
        r"\b(?:lips?|mouth|fingertips?|finger\s*nails?|nails)(?:\s+\w+){0,4}\s+(?:blue|bluish|blueish|purple|purplish)\b",
        r"\b(?:blue|bluish|blueish|purple|purplish)\s+(?:lips?|mouth|fingertips?)\b",
        r"\bcyano\w*",
        r"\bcannot\s+(?:get\s+)?(?:any\s+)?air\b",
        r"\banaphyla\w*",
        r"\bsob\b(?!\s+stor)",  # "SOB" (short of breath), not "a sob story"
    ),
    _en(
        "face-throat-swelling",
        _E,
        "R-29",
        rf"\b(?:swell\w*|swollen|puff\w*|bloat\w*|big|huge|thick\w*){_W}\s+(?:face|lips?|mouth|tongue|throat)\b",
        rf"\b(?:face|lips?|mouth|tongue|throat){_W}\s+(?:swell\w*|swollen|puff\w*|huge|thick\w*|tingl\w*)",
        r"\b(?:throat|garganta|airways?|windpipe)\s+(?:\w+\s+){0,4}(?:closing|tight\w*|clos\w*|narrow\w*|block\w*|shut\w*|thick\w*)",
        r"\b(?:face|lips?|tongue|mouth|throat)\s+(?:\w+\s+){0,2}(?:blew|blown|blowing|blows|puffed|swelled)\s+up\b",
        r"\b(?:face|lips?|tongue|mouth|throat)\s+(?:\w+\s+){0,2}balloon\w*",
        r"\b(?:hard|difficult\w*|trouble|struggl\w*|painful|problems?)\s+(?:to\s+|with\s+)?swallow\w*",
        r"\bhoarse\w*(?:\s+\w+){0,4}\s+(?:sudden\w*|after\s+the\s+(?:shot|injection|dose))\b",
        r"\bsudden\w*(?:\s+\w+){0,3}\s+hoarse\w*",
        # an adrenaline auto-injector used: anaphylaxis (not belimumab's own auto-injector)
        r"\bepi\s*pens?\b",
        r"\b(?:adrenaline|epinephrine)\s+(?:pen|shot|injection|injector|auto\s*injector)s?\b",
        r"\b(?:gave|give|used|use|needed|took|had)\s+(?:\w+\s+){0,2}(?:adrenaline|epinephrine)\b",
        r"\b(?:closing|tight\w*)\s+(?:up\s+)?(?:of\s+)?(?:my\s+|the\s+)?throat\b",
        r"\bcannot\s+swallow\w*",
        r"\bangio\s*o?edema\b",
    ),
    _en(
        "fainting",
        _E,
        "R-29",  # R-44 lists loss of consciousness too ("already in R-29 as fainting")
        r"\b(?:fainted|fainting|faints|fainty)\b",
        r"\b(?:feel\w*|felt|going\s+to|gonna|about\s+to|nearly|almost|might|i|will)\s+faint\b",
        r"\bfaint\s*$",
        r"\bpass(?:ed|ing|es)?\s+out\b",
        r"\bblack(?:ed|ing|s)?\s+out\b",
        r"\bblackouts?\b",
        r"\b(?:lost|lose|losing|loss\s+of)\s+(?:\w+\s+)?consciousness\b",
        r"\bunconscious\w*",
        r"\bcollaps\w*",
        r"\bsyncope\b",
        r"\bkeeled\s+over\b",
        r"\bwent\s+down\s+and\s+(?:did\s+not|didnt)\s+respond\b",
        r"\bunresponsive\b",
    ),
    _en(
        "loss-of-consciousness",
        _E,
        "R-44",  # found on the floor, no memory of falling: a loss of consciousness, R-44
        r"\bfound\s+(?:me|him|her|them)\s+(?:\w+\s+){0,2}(?:on\s+the\s+(?:\w+\s+)?(?:floor|ground)|collapsed|passed)",
        r"\b(?:dont|do\s+not|didnt|did\s+not|cannot)\s+remember\s+(?:\w+\s+){0,2}(?:falling|fall|fell|hitting|going\s+down|passing|collaps\w*)",
        r"\b(?:woke|wake|waking|came\s+to|coming\s+to)\s+(?:up\s+)?(?:\w+\s+){0,1}on\s+the\s+(?:\w+\s+)?(?:floor|ground)\b",
    ),
    # general emergencies, whatever the drug
    _en(
        "chest-pain",
        _E,
        "R-44",
        rf"\bchest{_W}\s+(?:pain\w*|tight\w*|pressure|hurt\w*|ach\w*|heav\w*|crush\w*|squeez\w*|sore\w*|burn\w*|discomfort)",
        rf"\b(?:pain\w*|tight\w*|pressure|ach\w*|crush\w*|heav\w*|squeez\w*|hurt\w*|discomfort|stabb\w*|sharp|sitting|sat|standing|weight|elephant|vice|vise){_W}\s+(?:in\s+|on\s+|across\s+)?(?:my\s+|the\s+)?chest\b",
        r"\b(?:heart|hart)\s+(?:\w+\s+){0,2}(?:hurt\w*|pain\w*|ach\w*|squeez\w*|sore)",
        r"\b(?:pain|ache|aching|hurt\w*)\s+(?:in\s+)?(?:my\s+|the\s+)?(?:heart|hart)\b",
        r"\bheart\s+attack\b",
        r"\bangina\b",
        r"\bchestpain\b",
    ),
    _en(
        "seizure",
        _E,
        "R-44",
        r"\bseiz(?:ure|ures|ing|ed|er|ers)\b",
        r"\b(?:a|had|having|has|have|another)\s+(?:\w+\s+)?fits?\b",
        r"\bfitting\b",
        r"\bconvuls\w*",
        r"\bepilep\w*",
        r"\bshak\w*\s+uncontrollab\w*",
        r"\bjerk\w*\s+uncontrollab\w*",
    ),
    _en(
        "stroke-signs",
        _E,
        "R-44",
        r"\bstroke\b(?!\s+of\s+(?:luck|genius|fortune|midnight|the\s+pen))",
        r"\bmini\s+stroke\b",
        r"\btia\b",
        rf"\b(?:face|mouth|lip|eyelid|smile){_W}\s+(?:droop\w*|sag\w*|lopsided|uneven|numb)",
        rf"\b(?:droop\w*|sag\w*|lopsided|numb\w*){_W}\s+(?:face|mouth|smile)\b",
        r"\bcannot\s+(?:raise|lift|move|hold\s+up)\s+(?:\w+\s+){0,2}(?:arm|arms|leg|hand)\b",
        r"\b(?:arm|leg)\s+(?:\w+\s+){0,2}(?:went|gone|is)\s+(?:dead|limp|numb)\b",
        # red team, second round (issue 17): sudden weakness or numbness, speech that comes out wrong
        r"\bsudden\w*(?:\s+\w+){0,3}\s+(?:weak\w*|numb\w*|limp|heavy|droop\w*|dead)\b",
        r"\b(?:arm|leg|hand|face|side)\s+(?:\w+\s+){0,3}(?:weak\w*|numb\w*|limp|heavy)(?:\s+\w+){0,3}\s+sudden\w*",
        r"\b(?:arm|leg|hand|face|side)\s+(?:\w+\s+){0,2}(?:went|gone|going|goes)\s+(?:\w+\s+)?(?:weak|numb|limp|heavy|dead)\b",
        r"\b(?:talk\w*|speak\w*|speech|voice)\s+(?:\w+\s+)?(?:funny|funnily|weird\w*|strange\w*|wrong|odd\w*|garbl\w*)\b",
        r"\bwords?\s+(?:\w+\s+){0,2}(?:come|comes|came|coming)\s+out\s+(?:\w+\s+)?(?:wrong|weird\w*|funny|jumbled|garbled|mixed|backwards|strange\w*|wierd)",
        r"\bcannot\s+get\s+(?:\w+\s+)?words\s+out\b",
        r"\bsudden\w*(?:\s+\w+){0,3}\s+cannot\s+(?:speak|talk|get\s+(?:\w+\s+)?words)",
        r"\bcannot\s+(?:speak|talk|get\s+(?:\w+\s+)?words\s+out)(?:\s+\w+){0,3}\s+sudden\w*",
        r"\bone\s+side\s+of\s+(?:my\s+|the\s+|his\s+|her\s+)?(?:face|body)\b",
        r"\bslurr\w*",
        r"\bgarbl\w*",
        r"\bparaly\w*",
        r"\bspeech\s+(?:\w+\s+){0,2}(?:slurr\w*|garbl\w*|nonsense|jumbled)",
        r"\b(?:words|speech|talking)\s+(?:\w+\s+){0,2}(?:jumbled|mixed\s+up|do\s+not\s+make\s+sense|dont\s+make\s+sense)",
    ),
    _en(
        "sudden-confusion",
        _E,
        "R-44",
        rf"\bsudden\w*{_W}\s+(?:confus\w*|disorient\w*|delirious|delirium)",
        rf"\b(?:confus\w*|disorient\w*){_W}\s+(?:all\s+of\s+a\s+)?sudden\w*",
        r"\ball\s+of\s+a\s+sudden\s+(?:\w+\s+){0,3}(?:confus\w*|disorient\w*)",
        r"\b(?:acute|acutely)\s+(?:confus\w*|disorient\w*)",
        r"\bdelirious\b|\bdelirium\b",
        r"\bdoes\s+not\s+know\s+where\s+(?:she|he|they|i)\s+(?:is|am|are)\b",
        r"\bdont\s+know\s+where\s+i\s+am\b",
        r"\b(?:dont|do\s+not|didnt|did\s+not|doesnt|does\s+not|cannot|couldnt|no\s+longer)\s+recogni[sz]\w*\s+(?:\w+\s+){0,2}(?:family|wife|husband|partner|kids|children|child|son|daughter|mum|mom|dad|mother|father|me|him|her|them|anyone|anybody|people|faces?|house|home|room|where)\b",
    ),
    _en(
        "severe-bleeding",
        _E,
        "R-44",
        rf"\b(?:nose\s*)?bleed\w*{_W}\s+(?:wont|will\s+not|doesnt|does\s+not|didnt|did\s+not|cannot|not|isnt|is\s+not)\s+(?:\w+\s+)?stop\w*",
        r"\b(?:wont|will\s+not|doesnt|does\s+not|didnt|did\s+not|not|isnt|is\s+not)\s+stop\w*\s+bleed\w*",
        r"\b(?:bleed\w*|bled)(?:\s+\w+){0,2}\s+(?:for\s+)?(?:over\s+|more\s+than\s+)?(?:an?\s+|\d+\s+|half\s+an\s+)?hours?\b",
        r"\b(?:severe\w*|heav\w*|lots\s+of|a\s+lot\s+of|uncontroll\w*|massive\w*|profuse\w*|serious\w*|non\s+stop|nonstop|pouring|gushing)\s+(?:\w+\s+)?(?:bleed\w*|blood)\b",
        r"\bbleed\w*\s+(?:heavily|a\s+lot|badly|profusely|everywhere|like\s+crazy|non\s*stop)\b",
        r"\bblood\s+(?:is\s+)?(?:everywhere|pouring|gushing|spurting)\b",
        r"\bha?emorrhag\w*",
        r"\bcannot\s+stop\s+(?:the\s+)?bleed\w*",
    ),
    _en(
        "blood-coughed-or-vomited",
        _E,
        "R-44",
        r"\b(?:cough\w*|vomit\w*|throw\w*\s+up|threw\s+up|puk\w*|spit\w*|spat|sick)(?:\s+\w+){0,3}\s+blood\w*",
        r"\bblood\w*\s+(?:\w+\s+){0,2}(?:vomit\w*|cough\w*|sputum|phlegm|spit\w*|mucus)",
        r"\bha?emoptysis\b",
        r"\bha?ematemesis\b",
        r"\bcoffee\s+grounds?\s+vomit\w*",
        r"\b(?:vomit\w*|puk\w*|sick|throw\w*\s+up|threw\s+up)(?:\s+\w+){0,5}\s+coffee\s+grounds?\b",
        r"\b(?:black|dark)\s+(?:\w+\s+)?vomit\w*",
    ),
    # crisis
    # Death words count only in a wish, plan or thought ("thinking about dying", "feel like dying"):
    # idioms ("dead tired", "dying for a coffee", "bored to death", "I feel like death") stay out.
    # "Killing me" counts (the product lead's decision: "this headache is killing me" is crisis).
    _en(
        "suicidal-thoughts",
        _C,
        "R-31",
        r"\bsuicid\w*",
        r"\bsewer\s*slide\w*",
        r"\bunaliv\w*",
        r"\bkms\b",
        rf"\bkill\w*\s+{_SELF}\b",
        r"\b(?:off|top)\s+myself\b",
        r"\bend(?:ing)?\s+(?:my\s+life|it\s+all|my\s+own\s+life|everything|things)\b",
        # "I want to end it": ambiguous, but a false alarm costs a click (safety first).
        r"\b(?:want\w*|wanna|going|gonna|ready|plan\w*)\s+(?:to\s+)?end\s+it\b",
        r"\b(?:take|takes|taken|taking|took)\s+my\s+(?:own\s+)?life\b",
        r"\b(?:want|wanted|wanting|wanna|wish|wished|wishing)\w*\s+(?:to\s+|i\s+)?(?:die|be\s+dead|was\s+dead|were\s+dead|could\s+die|would\s+die|id\s+die|just\s+die|disappear\s+forever)\b",
        r"\b(?:ready|going|gonna)\s+to\s+die\b",
        r"\bwish\w*\s+i\s+(?:wasnt|werent|was\s+not|were\s+not|was\s+never|were\s+never|had\s+never\s+been|hadnt\s+been|was\s+no\s+longer|were\s+no\s+longer)\s+(?:alive|born|here)\b",
        r"\b(?:wish|want|hope)\w*\s+(?:i\s+)?(?:id\s+|would\s+|could\s+|to\s+)?(?:never|not|didnt|wouldnt)\s+(?:to\s+)?wake\s+up\b",
        r"\bbetter\s+off\s+(?:dead|without\s+me|if\s+i\s+(?:was|were)\s+(?:dead|gone))\b",
        r"\bthoughts?\s+(?:of|about)\s+(?:dying|death|suicide|ending)\b",
        # think / thinking / thought(s), up to two words, about / of a death word
        r"\b(?:think\w*|thought\w*)(?:\s+\w+){0,2}\s+(?:about|of)\s+(?:my\s+(?:own\s+)?)?(?:dying|death|being\s+dead|dead|suicide|ending\s+(?:it|things|everything|my\s+(?:own\s+)?life)|not\s+(?:being\s+alive|living|waking\s+up|being\s+here))\b",
        r"\bfeel\w*\s+like\s+(?:(?:i\s+am|im)\s+)?dying\b",
        r"\bno\s+(?:reason|point)\s+(?:to|in)\s+(?:go\w*\s+on|liv\w*)",
        r"\b(?:no|lost\s+(?:the|my))\s+will\s+to\s+live\b",
        r"\bnothing\s+(?:left\s+)?to\s+live\s+for\b",
        r"\b(?:not|isnt|no\s+longer)\s+worth\s+living\b",
        r"\btired\s+of\s+(?:living|being\s+alive|life)\b",
        r"\b(?:do\s+not|dont|don\s+t)\s+want\s+to\s+(?:live|be\s+here|wake\s+up)\b",
        r"\b(?:not|dont|doesnt|didnt|don\s+t|no\s+longer|never)\s+(?:want|wanna|wish)\w*\s+(?:to\s+)?(?:live|be\s+alive|be\s+here|wake\s+up|exist|go\s+on\s+(?:living|anymore|any\s+more))\b",
        r"\bcannot\s+go\s+on\s+(?:living|like\s+this|anymore)\b",
        # a suicide attempt by overdose
        r"\boverdos\w*(?:\s+\w+){0,4}\s+(?:on\s+purpose|deliberately|intentionally)\b",
        r"\b(?:deliberate|intentional|purposeful)\w*\s+overdos\w*",
        r"\b(?:took|take|taken|taking)\s+an\s+overdose\b",
        r"\b(?:tried|try\w*|attempt\w*|want\w*|wanna|going|gonna|plan\w*|think\w*\s+(?:about|of)|thought\s+(?:about|of))\s+(?:to\s+)?(?:an\s+)?(?:overdos\w*|od)\b",
        r"\boverdose\s+attempt\w*",
        # red team, second round (issue 17)
        r"\b(?:wish|want|hope|wanna|pray)\w*(?:\s+\w+){0,6}\s+(?:never|not|didnt|dont|wouldnt)\s+(?:to\s+)?wake\s+up\b",
        r"\bsleep\w*\s+forever\b",
        r"\bno\s+(?:reason|point)\s+(?:to\s+|in\s+|for\s+|of\s+)?(?:go\w*\s+on|liv\w*|being\s+alive|carry\w*\s+on|stay\w*\s+alive|exist\w*)",
        r"\bpoint\s+(?:of|in)\s+(?:living|being\s+alive|going\s+on|existing)\b",
        r"\b(?:jump\w*|throw\w*\s+myself|threw\s+myself|step\w*|walk\w*|lie|lay)\s+(?:off|from|in\s+front\s+of|under|out\s+of)\s+(?:a\s+|the\s+|my\s+|this\s+|that\s+)?(?:\w+\s+)?(?:bridge|building|roof|cliff|balcony|window|train|car|bus|truck|lorry|tower|ledge|overpass|tracks)\b",
        r"\b(?:rather|sooner)\s+(?:be\s+)?(?:dead|die)\b",
        r"\b(?:took|swallowed)\s+(?:all|the\s+whole\s+(?:bottle|box|pack))\s+(?:of\s+)?(?:my\s+)?(?:pills|tablets|meds)\b",
    ),
    _en(
        "self-harm-or-harm-to-others",
        _C,
        "R-31",
        # "myself", not "me": "my knee hurts me" is pain, not self-harm
        r"\b(?:hurt|harm|cut|injur|burn|hit|punish)\w*\s+(?:to\s+)?(?:my\s*self|myself)\b",
        r"\bself\s*[- ]?\s*harm\w*",
        r"\bself\s*(?:injur\w*|mutilat\w*)",
        r"\bsh\s+relapse\b",
        r"\b(?:hurt|harm|kill)\w*\s+(?:to\s+)?(?:someone|somebody|others|other\s+people|people|anyone|everyone|everybody|my\s+(?:child\w*|kids?|family|partner|husband|wife|son|daughter|baby|babies|mum|mom|mother|dad|father|boyfriend|girlfriend))\b",
        r"\b(?:want|wanted|wanting|wanna|urge\w*|going|gonna|tempted|feel\s+like)\s+(?:to\s+)?(?:hurt|harm|kill|stab|attack)\s+(?:him|her|them|people|everyone|everybody)\b",
        r"\bthoughts?\s+(?:of|about)\s+(?:hurting|harming|killing)\b",
        r"\b(?:think\w*|thought\w*)(?:\s+\w+){0,2}\s+(?:about|of)\s+(?:hurting|harming|killing|attacking|stabbing)\b",
    ),
    # contact the care team today
    _en(
        "allergy-signs",
        _T,
        "R-30",
        r"\bitch\w*",
        r"\brash\w*",
        r"\bhives\b",
        r"\bwelts?\b",
        r"\bdizz\w*",
        r"\bvertigo\b",
        r"\blight\s*headed\w*",
        r"\bhead\s*aches?\b",
        r"\bhead\s+(?:is\s+)?(?:pounding|killing|hurt\w*|throbbing)",
        r"\bmigraines?\b",
        r"\bnause\w*",
        r"\bqueasy\b",
        r"\b(?:feel\w*|felt)\s+(?:\w+\s+)?sick\b",
        r"\banxious\w*",
        r"\ballerg\w*",
        r"\binfusion\s+reactions?\b",
    ),
    _en(
        "infection-signs",
        _T,
        "R-30",
        r"\bfever\w*",
        r"\bfeverish\b",
        r"\b(?:high\s+)?temperature\b",
        r"\bchills?\b",
        r"\bshiver\w*",
        r"\brigors?\b",
        rf"\b(?:burn\w*|pain\w*|sting\w*|hurts?){_W}\s+(?:pee\w*|urinat\w*|wee\w*)",
        r"\b(?:pee\w*|urinat\w*)\s+(?:a\s+lot|often|frequently|all\s+the\s+time|more)\b",
        r"\bfrequent\s+urinat\w*",
        r"\butis?\b",
        rf"\bcough\w*{_W}\s+(?:mucus|phlegm|sputum|gunk|green|yellow)\b",
        r"\b(?:phlegm|sputum)\b",
        r"\b(?:warm|red|painful|hot)(?:\s+\w+)?\s+(?:skin|sores?|patch\w*)\b",
        r"\bskin(?:\s+\w+){0,2}\s+(?:warm|red|hot|painful|tender)\b",
        r"\bsores\b",  # skin sores; "a sore throat" is not this sign
        r"\b(?:skin|open)\s+sore\b",
        r"\binfect\w*",
        r"\bbronchitis\b",
        r"\bpneumonia\b",
        r"\bpus\b",
    ),
    _en(
        "neurological-signs",
        _T,
        "R-30",
        r"\bconfus\w*",
        r"\bdisorient\w*",
        r"\bmemory\b",
        r"\bforget\w*",
        r"\bcannot\s+remember\b",
        rf"\b(?:trouble|difficult\w*|problems?|hard){_W}\s+(?:speak\w*|talk\w*|words|walk\w*|balance|see\w*)",
        rf"\bspeech{_W}\s+(?:difficult\w*|problems?|issues?|trouble|chang\w*|impair\w*|slow\w*|worse)",
        r"\b(?:speak\w*|talk\w*)\s+(?:difficult\w*|problems?|issues?|trouble)\b",
        r"\b(?:slow|impaired|difficult)\s+speech\b",
        r"\bcannot\s+(?:speak|talk|find\s+(?:the\s+|my\s+)?words)\b",
        rf"\b(?:vision|eyesight|sight){_W}\s+(?:chang\w*|loss|lost|blur\w*|worse|went|problems?|issues?|trouble)",
        rf"\b(?:chang\w*|loss|lost|losing){_W}\s+(?:vision|eyesight|sight)\b",
        r"\bblurr\w*",
        r"\bdouble\s+vision\b",
        r"\bsee\w*\s+double\b",
        r"\bweak\w*",
        r"\bclums\w*",
        r"\bdropp\w*\s+things\b",
        r"\b(?:im)?balance\b",  # any mention ("balance problems", "off balance"), safety first
        r"\bunbalanced\b",
        r"\bunsteady\b",
        r"\bwobbl\w*",
        r"\bstumbl\w*",
        r"\bcannot\s+walk\w*",
        r"\bwalk\w*\s+(?:difficult\w*|problems?|issues?|trouble)\b",
        r"\bpml\b",
        r"\bleukoenceph\w*",
    ),
    _en(
        "mood-and-sleep",
        _T,
        "R-30",
        r"\bdepress\w*",
        r"\bhopeless\w*",
        r"\blow\s+mood\b",
        r"\bfeel\w*\s+(?:so\s+|very\s+|really\s+)?(?:down|low|blue|empty)\b",
        r"\banxiety\b",
        r"\bpanic\w*",
        rf"\b(?:trouble|difficult\w*|problems?|cannot){_W}\s+sleep\w*",
        r"\b(?:not|barely|hardly)\s+sleep\w*",
        r"\bsleepless\w*",
        r"\binsomnia\b",
        rf"\b(?:mood|behaviou?r){_W}\s+chang\w*",
        rf"\bchang\w*{_W}\s+(?:mood|behaviou?r)",
        r"\b(?:unusual|strange|odd|weird|out\s+of\s+character)\s+(?:behaviou?r|mood|thoughts)",
        r"\bacting\s+(?:strange\w*|odd\w*|weird\w*|out\s+of\s+character)\b",
        r"\bmood\s+swings?\b",
        r"\bimpuls\w*",
    ),
)

# --- Spanish (neutral; accents are gone after normalize: "desmayé" -> "desmaye") ---------------
RULES_ES: tuple[TriageRule, ...] = (
    # emergencia
    _es(
        "trouble-breathing",
        _E,
        "R-29",
        r"\b(?:no\s+(?:puedo|podia|pude|puede|podemos|pueden|logro|consigo|podia)|cuesta\w*|costaba|dificil|dificultad\w*|problemas?|trabajo|apenas|casi\s+no)(?:\s+\w+){0,3}\s+(?:respir\w*|breath\w*)",
        r"\brespir\w*(?:\s+\w+){0,2}\s+(?:mal|dificil\w*|con\s+dificultad|cuesta|fatal|rapid\w*)\b",
        r"\bfalt\w*(?:\s+\w+){0,2}\s+(?:aire|respiracion|aliento)\b",
        r"\b(?:sin|nada\s+de|poco)\s+aire\b",
        r"\bno\s+me\s+(?:entra|llega)\s+(?:el\s+)?aire\b",
        r"\bno\s+(?:respiro|respira|respiraba|respiramos)\s+(?:\w+\s+)?bien\b",
        r"\blabios?(?:\s+\w+){0,2}\s+(?:morad\w*|azul\w*|amoratad\w*)",
        r"\b(?:morad\w*|azul\w*|amoratad\w*)\s+(?:los\s+|mis\s+)?labios\b",
        r"\bboca\s+(?:\w+\s+)?(?:morad\w*|azul\w*|amoratad\w*)",
        r"\bcianosis\b",
        r"\bataque\s+de\s+asma\b|\bcrisis\s+(?:de\s+)?asm\w*",
        r"\bahog\w*",
        r"\basfixi\w*",
        r"\bsofoc\w*",
        r"\bsilbid\w*",
        r"\bpitid\w*\s+(?:en\s+el\s+)?pecho\b",
        r"\bsibilanc\w*",
        r"\batragant\w*",
        r"\banafila\w*",
        r"\bdisnea\b",
    ),
    _es(
        "face-throat-swelling",
        _E,
        "R-29",
        rf"\b(?:h?inch\w*|inflam\w*|edema\w*|abultad\w*|gord\w*|enorme\w*){_W}\s+(?:cara|labios?|boca|lengua|garganta|rostro|parpados?|face|lips?|mouth|tongue|throat)\b",
        rf"\b(?:cara|labios?|boca|lengua|garganta|rostro){_W}\s+(?:h?inch\w*|inflam\w*|edema\w*|enorme\w*|gord\w*|cerr\w*|cierr\w*|apret\w*|swell\w*|swollen)",
        rf"\b(?:cierr\w*|cerr\w*|apret\w*){_W}\s+(?:la\s+|el\s+|mi\s+)?(?:garganta|throat)\b",
        r"\bno\s+(?:puedo|puede|podia)\s+tragar\b",
        r"\b(?:cuesta|dificultad\w*|problemas?)\s+(?:\w+\s+)?(?:para\s+|al\s+)?tragar\b",
        r"\b(?:me|se\s+me|se\s+le|se)\s+h?inch\w*\s+(?:tod[oa]s?|entera?|el\s+cuerpo|todo\s+el\s+cuerpo)\b",
        # una pluma de adrenalina usada: anafilaxia
        r"\bepi\s*pens?\b",
        r"\b(?:use|puse|pusieron|inyecte|inyectaron|necesite)\s+(?:\w+\s+){0,2}(?:adrenalina|epinefrina)\b",
        r"\b(?:pluma|boligrafo|inyector\w*|inyeccion)\s+de\s+(?:adrenalina|epinefrina)\b",
        r"\bangioedema\b",
    ),
    _es(
        "fainting",
        _E,
        "R-29",
        r"\bdesma(?:y|ll|i)\w*",
        r"\bdesvan\w*",
        r"\bvahido\w*",
        r"\bperd\w*\s+(?:el\s+|la\s+)?(?:conocimiento|sentido|conciencia|consciencia)\b",
        r"\binconscien\w*",
        r"\bsin\s+(?:conocimiento|sentido)\b",
        r"\bsincope\b",
        r"\bdesplom\w*",
        r"\bme\s+(?:cai|caigo)\s+redond\w*",
        r"\bse\s+me\s+(?:fue|va)\s+(?:la\s+luz|el\s+mundo)\b",
        r"\bno\s+responde\b",
    ),
    _es(
        "loss-of-consciousness",
        _E,
        "R-44",
        r"\bsopon[cs]io\w*",
        r"\b(?:me|lo|la|le)\s+encontr\w*\s+(?:\w+\s+){0,2}(?:en\s+el\s+(?:suelo|piso)|tirad[oa]|desmayad[oa])",
        r"\bno\s+(?:recuerdo|me\s+acuerdo|se\s+acuerda|recuerda)\s+(?:\w+\s+){0,3}(?:cai\w*|caer\w*|caida|desmay\w*)",
        r"\b(?:me\s+desperte|desperte|se\s+desperto|amaneci)\s+(?:\w+\s+){0,1}en\s+el\s+(?:suelo|piso)\b",
    ),
    # emergencias generales
    _es(
        "chest-pain",
        _E,
        "R-44",
        rf"\b(?:dolor\w*|duel\w*|opresion|presion|apret\w*|punzada\w*|pinchazo\w*|pesadez|ardor|oprim\w*){_W}\s+(?:de\s+|en\s+(?:el\s+)?|del\s+)?pecho\b",
        rf"\bpecho{_W}\s+(?:duel\w*|apret\w*|oprim\w*|presion|opresion|dolor\w*)",
        r"\binfarto\w*",
        r"\bataque\s+(?:al|de)\s+corazon\b",
        r"\bataque\s+cardiaco\b",
        r"\bangina\s+de\s+pecho\b",
    ),
    _es(
        "seizure",
        _E,
        "R-44",
        r"\bconvul[sc]\w*",
        r"\bataques?\s+(?:epileptic\w*|de\s+epilepsia)\b",
        r"\bepilep\w*",
        r"\bcrisis\s+(?:epileptic\w*|convulsiv\w*)\b",
        r"\btemblor\w*\s+incontrolab\w*",
    ),
    _es(
        "stroke-signs",
        _E,
        "R-44",
        r"\bictus\b",
        r"\bderrame\s+cerebral\b",
        r"\baccidente\s+(?:cerebro\w*|vascular)\b",
        r"\bembolia\b",
        rf"\b(?:cara|boca|labio|sonrisa){_W}\s+(?:torcid\w*|caid\w*|desviad\w*|paralizad\w*|dormid\w*|chuec\w*)",
        rf"\b(?:cae|cayo|cayendo|tuerce|torcio|desvia|desvio){_W}\s+(?:la\s+)?(?:cara|boca)\b",
        r"\bno\s+(?:puedo|puede|podia|pudo)\s+(?:levantar|mover|alzar|subir)\s+(?:\w+\s+){0,2}(?:brazo|brazos|pierna|mano)\b",
        r"\b(?:habl\w*)\s+(?:raro|rara|arrastr\w*|enredad\w*|trabad\w*|mal|sin\s+sentido)\b",
        r"\barrastr\w*\s+(?:las\s+)?palabras\b",
        r"\blengua\s+trabada\b",
        r"\bparali\w*",
        r"\bun\s+lado\s+del\s+(?:cuerpo|la\s+cara)\b|\bun\s+lado\s+de\s+la\s+cara\b",
        r"\bmitad\s+de\s+(?:la\s+|mi\s+|su\s+)?(?:cara|cuerpo|boca)\b",
        r"\bse\s+(?:me|le)\s+(?:durmi\w*|duerme|entumec\w*|adormec\w*)\s+(?:\w+\s+)?(?:mitad|lado|cara|brazo|pierna|boca)\b",
        rf"\b(?:de\s+repente|de\s+golpe|repentinamente|subitamente){_W}\s+(?:debil\w*|dormid\w*|entumecid\w*|adormecid\w*|sin\s+fuerza)",
    ),
    _es(
        "sudden-confusion",
        _E,
        "R-44",
        rf"\bconfu\w*{_W}\s+(?:repentin\w*|subit\w*|de\s+repente|de\s+golpe)",
        rf"\b(?:de\s+repente|de\s+golpe|repentinamente|subitamente|bruscamente){_W}\s+(?:confu\w*|desorientad\w*)",
        r"\bdelirio\w*|\bdelirando\b",
        r"\bno\s+(?:se|sabe)\s+donde\s+(?:esta|estoy)\b",
        r"\bno\s+(?:me|te|nos|lo|la|los|las)\s+reconoc\w*",
        r"\bno\s+(?:reconoc\w*|reconoz\w*)\s+(?:a\s+)?(?:\w+\s+){0,2}(?:familia|esposo|esposa|marido|mujer|pareja|hijos?|hijas?|madre|padre|mama|papa|nadie|casa|gente|caras?)\b",
    ),
    _es(
        "severe-bleeding",
        _E,
        "R-44",
        rf"\bsangr\w*{_W}\s+(?:no\s+(?:para|paro|se\s+detiene|se\s+corta|deja|se\s+detuvo)|sin\s+parar|mucho|much\w*|abundante\w*)",
        r"\bhemorragi\w*",
        r"\b(?:mucha|abundante|demasiada)\s+sangre\b",
        r"\bsangrado\s+(?:\w+\s+)?(?:abundante|fuerte|grave|intenso|enorme|que\s+no\s+para)\b",
        r"\bno\s+(?:para|paro|deja|dejo)\s+de\s+sangrar\b",
        r"\bno\s+(?:puedo|consigo|logro)\s+(?:parar|detener|cortar)\s+(?:la\s+|el\s+)?(?:sangre|sangrado|hemorragia)\b",
    ),
    _es(
        "blood-coughed-or-vomited",
        _E,
        "R-44",
        r"\b(?:tos\w*|vomit\w*|escup\w*|devolv\w*|arroj\w*)(?:\s+\w+){0,3}\s+sangre\b",
        r"\bsangre\s+(?:al|en\s+el|en\s+la|en\s+los|con\s+la)\s+(?:toser|vomitar|vomito|tos|esputo|flema\w*|escupir)\b",
        r"\bhemoptisis\b",
        r"\bhematemesis\b",
        r"\bvomito\w*\s+(?:con\s+sangre|negro|oscuro\w*|como\s+posos\s+de\s+cafe)\b",
        r"\bvomit\w*(?:\s+\w+){0,4}\s+(?:posos|poso|borra|asiento)\s+de\s+cafe\b",
    ),
    # crisis
    # "Muerto de cansancio", "me muero de hambre" (idioms) stay out; "morirme", "matarme" count.
    _es(
        "suicidal-thoughts",
        _C,
        "R-31",
        r"\bsuicid\w*",
        r"\bmorirme\b",
        r"\bmatarme\b",
        r"\b(?:quiero|quisiera|queria|ganas\s+de|deseo|desearia|pienso\s+en|pensando\s+en|pense\s+en|me\s+quiero|voy\s+a|prefiero)\s+(?:me\s+)?(?:morir\w*|matar\w*|quitar\w*\s+la\s+vida|acabar\s+con\s+(?:mi\s+vida|todo)|terminar\s+con\s+(?:mi\s+vida|todo)|desaparecer|dejar\s+de\s+vivir|estar\s+muert\w*|no\s+despertar|no\s+existir)\b",
        r"\bojala\s+(?:me\s+)?(?:muera|muriera|estuviera\s+muert\w*|no\s+despierte|no\s+despertara|no\s+hubiera\s+nacido|no\s+existiera)\b",
        r"\bme\s+voy\s+a\s+matar\b",
        r"\b(?:quitarme|quitar\w*\s+me)\s+la\s+vida\b",
        r"\b(?:acabar|terminar)\s+con\s+mi\s+vida\b",
        r"\bno\s+quiero\s+(?:vivir|seguir\s+viviendo|seguir\s+aqui|despertar\w*|estar\s+aqui|existir|seguir)\b",
        r"\bno\s+vale\s+la\s+pena\s+(?:vivir|seguir)\b",
        r"\b(?:sin|no\s+tengo|no\s+hay)\s+(?:ninguna\s+)?(?:razon\w*|motivo\w*|ganas|sentido)\s+(?:para|de)\s+(?:vivir|seguir)\b",
        r"\bestar\w*\s+mejor\s+sin\s+mi\b",
        r"\bmejor\s+(?:muert[oa]s?|sin\s+mi)\b",
        # red team, second round (issue 17)
        r"\bmejor\s+(?:estaria\w*|estar|seria|estuviera)\s+muert[oa]s?\b",
        r"\b(?:estaria\w*|seria)\s+mejor\s+muert[oa]s?\b",
        r"\b(?:preferiria|prefiero)\s+(?:estar\s+muert[oa]s?|morir\w*)\b",
        r"\bmejor\s+(?:me\s+muero|me\s+mato|morir\w*|matarme)\b",
        r"\b(?:no|sin|ningun|perdi\w*)(?:\s+\w+){0,3}\s+(?:sentido|setido|sentio|cetido|centido)\s+(?:a\s+|de\s+|en\s+)?(?:la\s+|mi\s+|esta\s+)?(?:vida|vivir|seguir)\b",
        r"\b(?:vida|vivir)\s+(?:ya\s+)?no\s+tiene\s+(?:ningun\s+)?sentido\b",
        r"\b(?:tirarme|aventarme|lanzarme|arrojarme|botarme|me\s+tiro|me\s+tire|me\s+voy\s+a\s+tirar|me\s+quiero\s+tirar|me\s+quiero\s+aventar)\s+(?:por|de|del|desde|a|al|bajo|debajo\s+de|frente\s+a)\s+(?:la\s+|el\s+|un\s+|una\s+|mi\s+)?(?:\w+\s+)?(?:ventana|puente|balcon|edificio|azotea|techo|tren|metro|camion|coche|carro|auto|vias|precipicio|barranco|terraza|piso)\b",
        r"\bintent\w*\s+(?:una\s+)?sobredosis\b",
        r"\bcansad[oa]s?\s+de\s+vivir\b",
        r"\bpensamientos?\s+(?:de|sobre)\s+(?:muerte|morir|suicidio|matarme|hacerme\s+dano|quitarme\s+la\s+vida)\b",
        r"\bpien\w*\s+(?:mucho\s+)?en\s+(?:la\s+)?(?:muerte|morir\w*)\b",
        r"\bsobredosis\s+(?:a\s+proposito|intencional\w*|adrede|queriendo|voluntaria)\b",
        r"\bme\s+(?:tome|trague)\s+(?:todas\s+)?(?:las|mis)\s+pastillas\s+(?:a\s+proposito|de\s+golpe|juntas)\b",
        r"\bme\s+(?:tome|trague)\s+todas\s+(?:las|mis)\s+pastillas\b",
        r"\bintent\w*\s+(?:de\s+)?(?:suicid\w*|matarme|quitarme\s+la\s+vida)\b",
    ),
    _es(
        "self-harm-or-harm-to-others",
        _C,
        "R-31",
        r"\b(?:hacerme|me\s+hago|me\s+hice|me\s+hize|me\s+voy\s+a\s+hacer)\s+(?:\w+\s+)?dano\b",
        r"\bcortarme\b",
        r"\bme\s+(?:corto|corte|lastimo|lastime|quemo|queme|golpeo|autolesion\w*)\b",
        r"\bautolesi\w*",
        r"\blastimarme\b",
        r"\bhacer(?:le|les)?\s+dano\s+a\s+(?:alguien|otros|otras\s+personas|la\s+gente|los\s+demas|mis?\s+\w+)\b",
        r"\bmatar\s+a\s+(?:alguien|otros|otras\s+personas|la\s+gente|todos|mis?\s+\w+|mi\s+\w+)\b",
        r"\b(?:quiero|ganas\s+de|pienso\s+en|pensando\s+en)\s+(?:matar|herir|lastimar|hacer\s+dano|atacar|apunalar)\b",
    ),
    # contactar hoy con el equipo médico
    _es(
        "allergy-signs",
        _T,
        "R-30",
        r"\bpic(?:or|ores|azon|a|an|aba|ando)\b",
        r"\bcomezon\w*",
        r"\bprurito\b",
        r"\berupci\w*",
        r"\bsarpullido\w*",
        r"\bronchas?\b",
        r"\burticaria\b",
        r"\bmare\w*",
        r"\bvertigo\w*",
        r"\bdolor\w*\s+de\s+cabeza\b",
        r"\bduele\s+(?:\w+\s+)?(?:la\s+)?cabeza\b",
        r"\bcefalea\b",
        r"\bjaqueca\w*",
        r"\bmigra\w*",
        r"\bnause\w*",
        r"\bganas\s+de\s+vomitar\b",
        r"\bansios\w*",
        r"\balergi\w*",
        r"\breaccion\s+(?:\w+\s+){0,2}infusion\b",
    ),
    _es(
        "infection-signs",
        _T,
        "R-30",
        r"\bfiebr\w*",
        r"\bfebr\w*",
        r"\bcalentura\b",
        r"\btemperatura\s+(?:alta|elevada)\b",
        r"\bescalofri\w*",
        r"\btirit\w*",
        rf"\b(?:ardor|arde|escozor|escuece|duele|dolor|pica){_W}\s+(?:al\s+|cuando\s+)?(?:orin\w*|hacer\s+pis|hago\s+pis|mear|meo)\b",
        r"\borin\w*\s+(?:mucho|a\s+menudo|con\s+frecuencia|seguido|cada\s+rato)\b",
        r"\b(?:ganas|necesidad)\s+(?:\w+\s+)?de\s+orinar\b",
        r"\bflema\w*",
        r"\besputo\w*",
        r"\btos\w*\s+con\s+(?:flemas?|mocos?)\b",
        r"\bpiel\s+(?:\w+\s+){0,2}(?:caliente|roja|enrojecida|dolorosa)\b",
        r"\bllagas?\b",
        r"\bheridas?\s+en\s+la\s+piel\b",
        r"\binfecc\w*",
        r"\binfectad\w*",
        r"\bbronquitis\b",
        r"\bneumonia\b",
        r"\bpus\b",
    ),
    _es(
        "neurological-signs",
        _T,
        "R-30",
        r"\bconfu\w*",
        r"\bdesorientad\w*",
        r"\bmemoria\b",
        r"\bolvid\w*",
        r"\b(?:cuesta|dificultad\w*|problemas?)\s+(?:\w+\s+)?(?:para\s+|al\s+)?(?:hablar|caminar|andar|ver|encontrar\s+(?:las\s+)?palabras)\b",
        r"\bno\s+(?:puedo|puede)\s+(?:hablar|caminar|andar|ver\s+bien)\b",
        r"\bvision\s+(?:borrosa|doble)\b",
        r"\bcambios?\s+(?:en\s+)?(?:la\s+|mi\s+)?vista\b|\bcambios?\s+(?:en\s+)?(?:la\s+|mi\s+)?vision\b",
        r"\bveo\s+(?:borroso|doble|mal|nublado)\b",
        r"\bborros\w*",
        r"\bdebil\w*",
        r"\btorpe\w*",
        r"\bse\s+me\s+caen\s+las\s+cosas\b",
        r"\bequilibrio\b",
        r"\binestab\w*",
        r"\btropiez\w*|\btropec\w*",
        r"\bleucoencef\w*",
    ),
    _es(
        "mood-and-sleep",
        _T,
        "R-30",
        r"\bdeprim\w*",
        r"\bdepresi\w*",
        r"\bdesesperanz\w*",
        r"\bsin\s+esperanza\b",
        r"\bansiedad\b",
        r"\bangusti\w*",
        r"\bpanico\b",
        r"\binsomnio\b",
        r"\bno\s+(?:puedo|consigo|logro|pude)\s+dormir\b",
        r"\bduermo\s+(?:muy\s+)?(?:mal|poco|nada)\b",
        r"\b(?:cuesta|dificultad\w*|problemas?)\s+(?:\w+\s+)?(?:para\s+|de\s+|al\s+)?dormir\b",
        r"\bcambios?\s+(?:\w+\s+){0,2}(?:humor|animo|comportamiento|conducta)\b",
        r"\b(?:bajo|baja)\s+de\s+animo\b|\bdesanimad\w*",
        r"\b(?:muy|tan)\s+triste\b",
        r"\bimpuls\w*",
    ),
)

RULES: tuple[TriageRule, ...] = RULES_EN + RULES_ES
LANGUAGES = ("en", "es")

# "very severe" for any symptom, whatever it is: at least "contact your care team today".
VERY_SEVERE_RULE = TriageRule("very-severe", _T, "R-45", (), "any")

EMERGENCY_CODES = frozenset(r.code for r in RULES if r.triage is Triage.EMERGENCY)
CRISIS_CODES = frozenset(r.code for r in RULES if r.triage is Triage.CRISIS)
# One alternation per rule: a single search instead of one per pattern (triage runs on every save).
_COMPILED = tuple((rule, re.compile("|".join(f"(?:{p})" for p in rule.patterns))) for rule in RULES)

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
    matched = [rule for rule, pattern in _COMPILED if pattern.search(normalized)]
    if severity is not None and severity >= VERY_SEVERE:
        matched.append(VERY_SEVERE_RULE)
    matched.sort(key=lambda rule: PRIORITY.index(rule.triage))
    if not matched:
        return TriageResult(Triage.ROUTINE, (), ())
    codes = tuple(dict.fromkeys(rule.code for rule in matched))
    rules = tuple(dict.fromkeys(rule.rule for rule in matched))
    return TriageResult(matched[0].triage, codes, rules)
