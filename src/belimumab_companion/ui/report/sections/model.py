"""The shapes a report section is made of: plain data, already in the user's words, for the
templates (``templates/blocks.html.j2`` draws one per ``kind``). Nothing here is markup: the
templates escape every string."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar


@dataclass(frozen=True)
class Heading:
    """A sub-heading inside a section (the section's own title is ``Section.title``)."""

    kind: ClassVar[str] = "heading"
    text: str


@dataclass(frozen=True)
class Paragraph:
    kind: ClassVar[str] = "paragraph"
    text: str


@dataclass(frozen=True)
class Notice:
    """Framed, so it cannot be taken for part of the data."""

    kind: ClassVar[str] = "notice"
    text: str


@dataclass(frozen=True)
class Pairs:
    """Label and value, one pair a line."""

    kind: ClassVar[str] = "pairs"
    rows: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Row:
    cells: tuple[str, ...]
    note: str = ""  # user text, on its own full-width line under the row


@dataclass(frozen=True)
class Table:
    """A full-width table, its header row repeated on every page. Columns in ``nowrap``
    (dates and times) are never broken."""

    kind: ClassVar[str] = "table"
    headers: tuple[str, ...]
    rows: tuple[Row, ...]
    nowrap: frozenset[int] = field(default_factory=frozenset)
    row_class: str = ""


@dataclass(frozen=True)
class Image:
    """One of the report's own images (``document.ReportDocument`` answers only those)."""

    kind: ClassVar[str] = "image"
    url: str
    width: int
    height: int


Block = Heading | Paragraph | Notice | Pairs | Table | Image


@dataclass(frozen=True)
class Section:
    title: str
    blocks: tuple[Block, ...]


def table(
    headers: list[str],
    rows: list[list[str]],
    notes: list[str] | None = None,
    nowrap: tuple[int, ...] = (),
    row_class: str = "",
) -> Table:
    notes = notes if notes is not None else [""] * len(rows)
    return Table(
        tuple(headers),
        tuple(Row(tuple(cells), note) for cells, note in zip(rows, notes, strict=True)),
        frozenset(nowrap),
        row_class,
    )
