"""The side-effect catalogue in the user's language (issue 17).

A diary entry picked from the catalogue stores the term's language-neutral code
(``domain.monograph.symptom_code``) and its English name. Here each code of the shipped
catalogue has its English name marked for translation (context "symptoms"; the groups, "symptom
groups"): our own translations of the monograph's terms, not the leaflet's. A term of another
monograph the user opened, or a code we do not know, is shown in the monograph's own words; a
symptom the user typed is shown as typed. A test keeps this table equal to the shipped catalogue.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from belimumab_companion.domain.monograph import SideEffectEntry, symptom_code
from belimumab_companion.ui.text.i18n import marked
from belimumab_companion.user_text import QT_TRANSLATE_NOOP

SYMPTOMS_CONTEXT = "symptoms"
GROUPS_CONTEXT = "symptom groups"

# code -> the English term, as the shipped monograph names it.
SYMPTOM_TERMS: dict[str, str] = {
    "nausea": QT_TRANSLATE_NOOP("symptoms", "Nausea"),
    "diarrhea": QT_TRANSLATE_NOOP("symptoms", "Diarrhea"),
    "fever": QT_TRANSLATE_NOOP("symptoms", "Fever"),
    "common-cold": QT_TRANSLATE_NOOP("symptoms", "Common cold"),
    "sore-throat": QT_TRANSLATE_NOOP("symptoms", "Sore throat"),
    "bronchitis": QT_TRANSLATE_NOOP("symptoms", "Bronchitis"),
    "trouble-sleeping": QT_TRANSLATE_NOOP("symptoms", "Trouble sleeping"),
    "depression": QT_TRANSLATE_NOOP("symptoms", "Depression"),
    "migraine": QT_TRANSLATE_NOOP("symptoms", "Migraine"),
    "pain-in-arms-or-legs": QT_TRANSLATE_NOOP("symptoms", "Pain in arms or legs"),
    "injection-site-reaction": QT_TRANSLATE_NOOP("symptoms", "Injection-site reaction"),
    "rash": QT_TRANSLATE_NOOP("symptoms", "Rash"),
    "itching": QT_TRANSLATE_NOOP("symptoms", "Itching"),
    "headache": QT_TRANSLATE_NOOP("symptoms", "Headache"),
    "dizziness": QT_TRANSLATE_NOOP("symptoms", "Dizziness"),
    "tiredness": QT_TRANSLATE_NOOP("symptoms", "Tiredness"),
    "muscle-pain": QT_TRANSLATE_NOOP("symptoms", "Muscle pain"),
    "anxiety": QT_TRANSLATE_NOOP("symptoms", "Anxiety"),
    "serious-infection": QT_TRANSLATE_NOOP("symptoms", "Serious infection"),
    "allergic-reaction": QT_TRANSLATE_NOOP("symptoms", "Allergic reaction"),
    "anaphylaxis": QT_TRANSLATE_NOOP("symptoms", "Anaphylaxis"),
    "infusion-reaction": QT_TRANSLATE_NOOP("symptoms", "Infusion reaction"),
    "pml": QT_TRANSLATE_NOOP("symptoms", "PML"),
    "worsening-depression": QT_TRANSLATE_NOOP("symptoms", "Worsening depression"),
    "suicidal-thoughts": QT_TRANSLATE_NOOP("symptoms", "Suicidal thoughts"),
}

# The body systems and frequency groups of the shipped catalogue, by their English names.
GROUP_TERMS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("symptom groups", "Stomach and gut"),
    QT_TRANSLATE_NOOP("symptom groups", "General"),
    QT_TRANSLATE_NOOP("symptom groups", "Breathing and airways"),
    QT_TRANSLATE_NOOP("symptom groups", "Sleep and mood"),
    QT_TRANSLATE_NOOP("symptom groups", "Head and nerves"),
    QT_TRANSLATE_NOOP("symptom groups", "Muscles and joints"),
    QT_TRANSLATE_NOOP("symptom groups", "Injection site"),
    QT_TRANSLATE_NOOP("symptom groups", "Skin"),
    QT_TRANSLATE_NOOP("symptom groups", "Infections"),
    QT_TRANSLATE_NOOP("symptom groups", "Immune system"),
    QT_TRANSLATE_NOOP("symptom groups", "Infusion"),
    QT_TRANSLATE_NOOP("symptom groups", "Brain and nerves"),
    QT_TRANSLATE_NOOP(
        "symptom groups", "Most common (reported by 5 in 100 people or more in studies)"
    ),
    QT_TRANSLATE_NOOP(
        "symptom groups",
        "Other side effects reported (these can also be signs of a delayed allergic reaction)",
    ),
    QT_TRANSLATE_NOOP("symptom groups", "Serious side effects (see Warning Signs)"),
)


def symptom_text(symptom: str, code: str | None) -> str:
    """What to show for a diary symptom: the catalogue term in the user's language when ``code``
    is one we know, else ``symptom`` as stored (a typed symptom, another monograph's term)."""
    if code is not None and code in SYMPTOM_TERMS:
        return marked(SYMPTOMS_CONTEXT, SYMPTOM_TERMS[code])
    return symptom


def group_text(name: str) -> str:
    """A body system or frequency group of the catalogue in the user's language (as written in
    the monograph when it is not one of the shipped catalogue's)."""
    return marked(GROUPS_CONTEXT, name)


@dataclass(frozen=True)
class CatalogueTerm:
    """A catalogue entry as the diary offers it: its code, its English name (what is stored) and
    what the user reads."""

    code: str
    english: str
    shown: str
    group: str


def catalogue_terms(entries: Iterable[SideEffectEntry]) -> list[CatalogueTerm]:
    """Each term once (the first place it is listed), named in the user's language."""
    seen: set[str] = set()
    terms = []
    for entry in entries:
        if entry.code in seen:
            continue
        seen.add(entry.code)
        terms.append(
            CatalogueTerm(
                entry.code,
                entry.name,
                symptom_text(entry.name, entry.code),
                group_text(entry.body_system),
            )
        )
    return terms


def match_term(text: str, terms: Iterable[CatalogueTerm]) -> CatalogueTerm | None:
    """The catalogue term ``text`` names, in the user's language or in English (case and spaces
    ignored), or None for the user's own words."""
    folded = " ".join(text.split()).casefold()
    if not folded:
        return None
    for term in terms:
        if folded in (term.shown.casefold(), term.english.casefold()):
            return term
    code = symptom_code(folded)
    return next((term for term in terms if term.code == code), None)
