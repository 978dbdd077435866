"""Emergency and crisis numbers by country. Only verified entries are listed: clinical-rules.md
verifies the US (911; the 988 Suicide & Crisis Lifeline, call or text, S36) and says other
countries were not researched, so elsewhere the user enters their own numbers."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class HelpNumbers:
    emergency: str | None  # None: "your local emergency number", and ask the user to enter it
    crisis: str | None
    crisis_by_text: bool = False
    source: str = ""


VERIFIED = {"US": HelpNumbers("911", "988", crisis_by_text=True, source="S36")}


def help_numbers(
    country: str, emergency_entered: str | None = None, crisis_entered: str | None = None
) -> HelpNumbers:
    """What the emergency and crisis screens show: the user's own entries win, then the table."""
    known = VERIFIED.get(country.upper(), HelpNumbers(None, None))
    return HelpNumbers(
        emergency=(emergency_entered or "").strip() or known.emergency,
        crisis=(crisis_entered or "").strip() or known.crisis,
        crisis_by_text=known.crisis_by_text and not (crisis_entered or "").strip(),
        source=known.source,
    )
