"""Property tests: whatever bytes or text arrive, the parser returns a monograph or raises
MonographError, nothing else; and a well-formed document always keeps every section."""

from __future__ import annotations

import contextlib

from hypothesis import given, settings
from hypothesis import strategies as st

from belimumab_companion.domain.monograph import (
    MonographError,
    parse_monograph,
    parse_monograph_bytes,
)

markdownish = st.lists(
    st.one_of(
        st.sampled_from(
            [
                "---",
                "# ",
                "### ",
                "* ",
                "    * ",
                "**",
                "*",
                "Q:",
                "A:",
                ":",
                "\n",
                "\r\n",
                " ",
                "title: x",
            ]
        ),
        st.text(max_size=20),
    ),
    max_size=40,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2000))
def test_arbitrary_bytes_only_raise_monograph_error(data: bytes) -> None:
    with contextlib.suppress(MonographError):
        parse_monograph_bytes(data)


@settings(max_examples=500, deadline=None)
@given(markdownish)
def test_markdown_like_text_only_raises_monograph_error(text: str) -> None:
    try:
        monograph = parse_monograph(text)
    except MonographError:
        return
    assert monograph.title
    assert monograph.sections
    assert len({s.anchor for s in monograph.sections}) == len(monograph.sections)


heading = st.text(
    alphabet=st.characters(categories=["L", "N"], include_characters=" -'"), min_size=1, max_size=30
).filter(lambda s: s.strip() != "")


@settings(max_examples=200, deadline=None)
@given(
    st.lists(heading, min_size=1, max_size=12),
    st.lists(st.text(alphabet="abc xyz.,", max_size=40), max_size=12),
)
def test_every_heading_becomes_a_section(headings: list[str], bodies: list[str]) -> None:
    lines = ["# Title"]
    for index, title in enumerate(headings):
        lines.append(f"### {title}")
        if index < len(bodies):
            lines.append(bodies[index])
    monograph = parse_monograph("\n".join(lines))
    assert [s.title for s in monograph.sections] == [h.strip() for h in headings]
