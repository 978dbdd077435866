"""The monograph the app ships: it parses, and it carries the corrections clinical-rules.md
section 11 lists against the seed (each check cites the rule it protects)."""

from __future__ import annotations

import re

import pytest

from belimumab_companion.domain.monograph import Monograph, parse_monograph_bytes
from belimumab_companion.paths import shipped_monograph


@pytest.fixture(scope="module")
def shipped() -> Monograph:
    return parse_monograph_bytes(shipped_monograph().read_bytes())


@pytest.fixture(scope="module")
def text(shipped: Monograph) -> str:
    return re.sub(r"\s+", " ", shipped.plain_text())


def test_it_has_title_source_revision_disclaimer_and_faqs(shipped: Monograph) -> None:
    assert "Belimumab" in shipped.title
    assert shipped.generic_name == "belimumab"
    assert shipped.source and shipped.revised
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", shipped.revised)
    assert shipped.disclaimer and "not medical advice" in shipped.disclaimer.lower()
    assert len(shipped.faqs) >= 6


def test_side_effect_catalogue_is_usable_by_the_diary(shipped: Monograph) -> None:
    names = {e.name.lower() for e in shipped.side_effects.entries()}
    for expected in ("nausea", "diarrhea", "fever", "trouble sleeping", "depression", "migraine"):
        assert any(expected in name for name in names), expected
    assert any("injection" in name for name in names)


def test_pediatric_subq_weight_bands_r06(text: str) -> None:
    assert "40 kg or more" in text
    assert "at least 15 kg but less than 40 kg" in text
    assert "every 2 weeks" in text


def test_missed_dose_rule_by_route_r16_r17_r21(shipped: Monograph) -> None:
    section = shipped.section("Missed Doses")
    assert section is not None
    body = section.plain_text().lower()
    assert "as soon as you remember" in body
    assert "usual day" in body and "new weekly schedule" in body
    assert "two doses on the same day" in body
    assert "infusion" in body


def test_injection_sites_exclude_upper_arm_r28(shipped: Monograph) -> None:
    section = shipped.section("Injection Sites")
    assert section is not None
    body = section.plain_text().lower()
    assert "abdomen" in body and "thigh" in body
    assert "5 cm" in body
    assert "not" in body and "upper arm" in body


def test_storage_and_handling_r24_r26(text: str) -> None:
    for phrase in ("2", "8 °C", "30 minutes", "12 hours", "25 °C"):
        assert phrase in text


def test_live_vaccines_r34(text: str) -> None:
    assert "live vaccine" in text.lower()
    assert "30 days" in text


def test_pregnancy_wording_r36_r37_r38(shipped: Monograph) -> None:
    section = shipped.section("Pregnancy, Contraception and Breastfeeding")
    assert section is not None
    body = section.plain_text().lower()
    assert "4 months" in body
    assert "do not stop" in body
    assert "1-877-681-6296" not in shipped.plain_text()


def test_premedication_is_for_infusions_only(text: str) -> None:
    lowered = text.lower()
    assert "premedication" not in lowered or "infusion" in lowered
