from __future__ import annotations

import pytest

from belimumab_companion.domain.monograph import (
    MAX_MONOGRAPH_BYTES,
    BulletList,
    Inline,
    MonographError,
    MonographProblem,
    Paragraph,
    SubHeading,
    parse_monograph,
    parse_monograph_bytes,
    slugify,
)
from monograph_samples import SEED_STYLE, VALID


def test_front_matter_title_sections_and_anchors() -> None:
    m = parse_monograph(VALID)
    assert m.title == "Testamab"
    assert m.generic_name == "testamab"
    assert m.source == "Test source, 2026"
    assert m.revised == "2026-01-02"
    assert [s.title for s in m.sections] == [
        "Generic Name",
        "Usage",
        "Side Effects",
        "Storage",
        "FAQs",
        "Disclaimer",
    ]
    assert [s.anchor for s in m.sections] == [
        "generic-name",
        "usage",
        "side-effects",
        "storage",
        "faqs",
        "disclaimer",
    ]


def test_inline_emphasis_is_kept_as_structure_not_text() -> None:
    usage = parse_monograph(VALID).section("usage")
    assert usage is not None
    (paragraph,) = usage.blocks
    assert isinstance(paragraph, Paragraph)
    assert paragraph.runs == (
        Inline("Used for "),
        Inline("testing", bold=True),
        Inline(" the "),
        Inline("parser", italic=True),
        Inline("."),
    )
    assert "*" not in paragraph.text


def test_nested_bullets() -> None:
    storage = parse_monograph(VALID).section("Storage")
    assert storage is not None
    lists = [b for b in storage.blocks if isinstance(b, BulletList)]
    assert len(lists) == 1
    first, second = lists[0].items
    assert first.text == "Do not freeze."
    assert [c.text for c in first.children] == ["Not even briefly."]
    assert second.text == "Do not shake." and second.children == ()


def test_side_effect_catalogue_groups_systems_and_items() -> None:
    catalogue = parse_monograph(VALID).side_effects
    assert [g.name for g in catalogue.groups] == ["Most common", "Serious"]
    assert [(s.body_system, s.items) for s in catalogue.groups[0].systems] == [
        ("Gastrointestinal", ("Nausea", "Diarrhea")),
        ("General", ("Fever",)),
    ]
    assert [e.name for e in catalogue.search("naus")] == ["Nausea"]
    assert [e.name for e in catalogue.search("IMMUNE")] == ["Anaphylaxis"]
    assert set(catalogue.by_body_system()) == {"Gastrointestinal", "General", "Immune system"}
    assert catalogue.entries()[-1].frequency_group == "Serious"


def test_faqs_and_disclaimer_section() -> None:
    m = parse_monograph(VALID)
    assert [(f.question, f.answer) for f in m.faqs] == [
        ("Can I freeze it?", "No."),
        ("Can I shake it?", "No, never."),
    ]
    assert m.disclaimer == "For learning only. Not medical advice."


def test_seed_style_file_with_inline_disclaimer_and_no_source() -> None:
    m = parse_monograph(SEED_STYLE)
    assert m.title == "Seedamab"
    assert m.source is None and m.revised is None
    assert [(f.question, f.answer) for f in m.faqs] == [("One?", "Yes."), ("Two?", "Also yes.")]
    assert m.disclaimer == "Educational only."
    assert m.front_matter["layout"] == "minimal-medicine"


def test_sub_headings_are_blocks() -> None:
    catalogue_section = parse_monograph(VALID).section("side effects")
    assert catalogue_section is not None
    assert isinstance(catalogue_section.blocks[0], SubHeading)
    assert catalogue_section.blocks[0].text == "Most common:"


def test_plain_text_has_every_section_and_no_markup() -> None:
    text = parse_monograph(VALID).plain_text()
    for title in ("Generic Name", "Usage", "Side Effects", "Storage", "FAQs", "Disclaimer"):
        assert f"\n{title}\n" in text
    assert "**" not in text
    assert "Source: Test source, 2026" in text


def test_duplicate_headings_get_unique_anchors() -> None:
    m = parse_monograph("# T\n### Notes\na\n### Notes\nb\n")
    assert [s.anchor for s in m.sections] == ["notes", "notes-2"]


def test_title_from_front_matter_when_no_hash_line() -> None:
    assert parse_monograph("---\ntitle: Fronted\n---\n### One\ntext\n").title == "Fronted"


def test_slugify_folds_accents_and_punctuation() -> None:
    assert slugify("Warning Signs: When to Get Help") == "warning-signs-when-to-get-help"
    assert slugify("Vacunación") == "vacunacion"
    assert slugify("***") == "section"


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"### Section\ntext\n", MonographProblem.NO_TITLE),
        (b"", MonographProblem.NO_TITLE),
        (b"# Title only\nno sections here\n", MonographProblem.NO_SECTIONS),
        (b"# T\n### S\n\xff\xfe bad bytes", MonographProblem.NOT_UTF8),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", MonographProblem.BINARY),
        (b"# T\n### S\nbell \x07 char\n", MonographProblem.BINARY),
        (b"---\ntitle: x\n# T\n### S\n", MonographProblem.BAD_FRONT_MATTER),
        (b"---\nnot a pair\n---\n# T\n### S\n", MonographProblem.BAD_FRONT_MATTER),
        (b"# T\n### S\n" + b"a" * MAX_MONOGRAPH_BYTES, MonographProblem.TOO_LARGE),
    ],
    ids=[
        "no-title",
        "empty",
        "no-sections",
        "not-utf8",
        "binary",
        "control-char",
        "unclosed-front",
        "bad-front",
        "too-large",
    ],
)
def test_malformed_files_raise_the_documented_error(data: bytes, problem: MonographProblem) -> None:
    with pytest.raises(MonographError) as caught:
        parse_monograph_bytes(data)
    assert caught.value.problem is problem


def test_utf8_bom_and_crlf_are_accepted() -> None:
    m = parse_monograph_bytes("\ufeff# Título\r\n### Sección\r\ntexto\r\n".encode())
    assert m.title == "Título"
    assert m.sections[0].plain_text() == "texto"
