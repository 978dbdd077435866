"""Parse a drug monograph in the project's markdown format into a structured, read-only object.

The format (see ``resources/monographs/belimumab.md``): a ``---`` front-matter block of
``key: value`` lines, one ``# `` title, ``### `` sections, paragraphs, bold sub-heading lines
(``**Adults:**``), ``* `` bullets (nested by indentation), and ``* **Q: ...** A: ...`` FAQs.
The Side Effects section is a catalogue: bold frequency-group lines, each followed by bullets
``* Body system: item, item``.

Every failure raises :class:`MonographError` with a :class:`MonographProblem` code; nothing else
escapes :func:`parse_monograph_bytes` (a property test holds us to that).
"""

from __future__ import annotations

import enum
import re
import unicodedata
from dataclasses import dataclass, field

MAX_MONOGRAPH_BYTES = 1_000_000


class MonographProblem(enum.Enum):
    TOO_LARGE = "too-large"
    BINARY = "binary"
    NOT_UTF8 = "not-utf8"
    NO_TITLE = "no-title"
    NO_SECTIONS = "no-sections"
    BAD_FRONT_MATTER = "bad-front-matter"


class MonographError(ValueError):
    """The file is not a monograph this app can show. ``problem`` says why (the UI words it)."""

    def __init__(self, problem: MonographProblem, detail: str = "") -> None:
        self.problem = problem
        self.detail = detail
        super().__init__(f"{problem.value}: {detail}" if detail else problem.value)


@dataclass(frozen=True)
class Inline:
    """A run of text with its emphasis. ``text`` is plain; markup is never kept as text."""

    text: str
    bold: bool = False
    italic: bool = False


@dataclass(frozen=True)
class Paragraph:
    runs: tuple[Inline, ...]

    @property
    def text(self) -> str:
        return "".join(r.text for r in self.runs)


@dataclass(frozen=True)
class SubHeading:
    text: str


@dataclass(frozen=True)
class ListItem:
    runs: tuple[Inline, ...]
    children: tuple[ListItem, ...] = ()

    @property
    def text(self) -> str:
        return "".join(r.text for r in self.runs)


@dataclass(frozen=True)
class BulletList:
    items: tuple[ListItem, ...]


Block = Paragraph | SubHeading | BulletList


@dataclass(frozen=True)
class Section:
    title: str
    anchor: str
    blocks: tuple[Block, ...]

    def plain_text(self) -> str:
        return "\n".join(_block_lines(self.blocks))


@dataclass(frozen=True)
class SideEffectGroup:
    """One body system inside one frequency group, e.g. ("Gastrointestinal", ("Nausea", ...))."""

    body_system: str
    items: tuple[str, ...]


@dataclass(frozen=True)
class FrequencyGroup:
    name: str
    systems: tuple[SideEffectGroup, ...]


def symptom_code(name: str) -> str:
    """The language-neutral code of a catalogue term: its English name folded to a slug
    ("Injection-site reaction" -> "injection-site-reaction"). A diary entry picked from the
    catalogue stores it, so each language can show the term in its own words (issue 17)."""
    return re.sub(r"[^a-z0-9]+", "-", _fold(" ".join(name.split()))).strip("-")


@dataclass(frozen=True)
class SideEffectEntry:
    """One catalogue item with where it sits; what the diary offers as a pickable symptom."""

    name: str
    body_system: str
    frequency_group: str

    @property
    def code(self) -> str:
        return symptom_code(self.name)


@dataclass(frozen=True)
class SideEffectCatalogue:
    groups: tuple[FrequencyGroup, ...] = ()

    def entries(self) -> tuple[SideEffectEntry, ...]:
        return tuple(
            SideEffectEntry(item, system.body_system, group.name)
            for group in self.groups
            for system in group.systems
            for item in system.items
        )

    def by_body_system(self) -> dict[str, tuple[SideEffectEntry, ...]]:
        grouped: dict[str, list[SideEffectEntry]] = {}
        for entry in self.entries():
            grouped.setdefault(entry.body_system, []).append(entry)
        return {system: tuple(items) for system, items in grouped.items()}

    def by_code(self) -> dict[str, SideEffectEntry]:
        """Each term by its code (the first place it appears, when a term is listed twice)."""
        found: dict[str, SideEffectEntry] = {}
        for entry in self.entries():
            found.setdefault(entry.code, entry)
        return found

    def search(self, text: str) -> tuple[SideEffectEntry, ...]:
        needle = _fold(text)
        return tuple(
            e for e in self.entries() if needle in _fold(e.name) or needle in _fold(e.body_system)
        )


@dataclass(frozen=True)
class Faq:
    question: str
    answer: str


@dataclass(frozen=True)
class Monograph:
    title: str
    generic_name: str
    sections: tuple[Section, ...]
    side_effects: SideEffectCatalogue
    faqs: tuple[Faq, ...]
    source: str | None
    revised: str | None
    disclaimer: str | None
    front_matter: dict[str, str] = field(default_factory=dict)

    def section(self, name: str) -> Section | None:
        """The section whose title or anchor matches ``name`` (case- and accent-insensitive)."""
        wanted = _fold(name)
        for section in self.sections:
            if _fold(section.title) == wanted or section.anchor == slugify(name):
                return section
        return None

    def plain_text(self) -> str:
        lines = [self.title, "=" * len(self.title)]
        if self.source:
            lines.append(f"Source: {self.source}")
        if self.revised:
            lines.append(f"Revised: {self.revised}")
        for section in self.sections:
            lines += ["", section.title, "-" * len(section.title), section.plain_text()]
        return "\n".join(lines).rstrip() + "\n"


def slugify(text: str) -> str:
    folded = _fold(text)
    slug = re.sub(r"[^a-z0-9]+", "-", folded).strip("-")
    return slug or "section"


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold().strip()


def parse_monograph_bytes(data: bytes) -> Monograph:
    """Check size and encoding, then parse. Raises only :class:`MonographError`."""
    if len(data) > MAX_MONOGRAPH_BYTES:
        raise MonographError(MonographProblem.TOO_LARGE, f"{len(data)} bytes")
    if b"\x00" in data:
        raise MonographError(MonographProblem.BINARY)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise MonographError(MonographProblem.NOT_UTF8, f"byte {exc.start}") from None
    return parse_monograph(text)


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def parse_monograph(text: str) -> Monograph:
    """Parse monograph text. Raises only :class:`MonographError`."""
    if _CONTROL.search(text):
        raise MonographError(MonographProblem.BINARY, "control characters")
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    front, body_start = _front_matter(lines)
    title: str | None = None
    raw_sections: list[tuple[str, list[str]]] = []
    current: list[str] | None = None
    for line in lines[body_start:]:
        stripped = line.strip()
        if stripped.startswith("# ") and title is None and not raw_sections:
            title = _plain(stripped[2:].strip())
            continue
        if stripped.startswith("### "):
            heading = _plain(stripped[4:].strip())
            if heading:
                current = []
                raw_sections.append((heading, current))
                continue
        if current is not None:
            current.append(line)
    title = title or front.get("title", "").strip() or None
    if not title:
        raise MonographError(MonographProblem.NO_TITLE)
    if not raw_sections:
        raise MonographError(MonographProblem.NO_SECTIONS)

    sections: list[Section] = []
    used: set[str] = set()
    disclaimer: str | None = None
    for heading, body in raw_sections:
        blocks = _blocks(body)
        anchor = _unique(slugify(heading), used)
        section = Section(heading, anchor, blocks)
        sections.append(section)
        if _fold(heading) == "disclaimer" and blocks:
            disclaimer = section.plain_text().strip()
    if disclaimer is None:
        disclaimer = _inline_disclaimer(sections)

    catalogue = SideEffectCatalogue()
    faqs: list[Faq] = []
    for section in sections:
        folded = _fold(section.title)
        if folded in ("side effects", "side-effects", "adverse effects"):
            catalogue = _catalogue(section.blocks)
        if folded in ("faqs", "faq", "frequently asked questions"):
            faqs = _faqs(section.blocks)

    generic = front.get("generic_name") or _first_paragraph(sections, "generic name") or title
    return Monograph(
        title=title,
        generic_name=generic.strip(),
        sections=tuple(sections),
        side_effects=catalogue,
        faqs=tuple(faqs),
        source=front.get("source") or None,
        revised=front.get("revised") or front.get("revision_date") or None,
        disclaimer=disclaimer,
        front_matter=front,
    )


def _front_matter(lines: list[str]) -> tuple[dict[str, str], int]:
    if not lines or lines[0].strip() != "---":
        return {}, 0
    front: dict[str, str] = {}
    for index, line in enumerate(lines[1:], start=1):
        if line.strip() == "---":
            return front, index + 1
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        key, sep, value = line.partition(":")
        if not sep or not key.strip():
            raise MonographError(MonographProblem.BAD_FRONT_MATTER, f"line {index + 1}")
        front[key.strip().lower()] = value.strip()
    raise MonographError(MonographProblem.BAD_FRONT_MATTER, "front matter is never closed")


_BULLET = re.compile(r"^(?P<indent>[ \t]*)[*+-][ \t]+(?P<text>.*)$")
_BOLD_LINE = re.compile(r"^\*\*(?P<text>[^*]+?)\*\*$")


def _blocks(body: list[str]) -> tuple[Block, ...]:
    blocks: list[Block] = []
    paragraph: list[str] = []
    bullets: list[tuple[int, str]] = []

    def flush_paragraph() -> None:
        if paragraph:
            blocks.append(Paragraph(_inline(" ".join(p.strip() for p in paragraph))))
            paragraph.clear()

    def flush_bullets() -> None:
        if bullets:
            blocks.append(BulletList(_nest(bullets)))
            bullets.clear()

    for line in body:
        if not line.strip():
            flush_paragraph()
            continue
        bullet = _BULLET.match(line)
        if bullet and bullet.group("text").strip():
            flush_paragraph()
            indent = len(bullet.group("indent").expandtabs(4))
            bullets.append((indent, bullet.group("text").strip()))
            continue
        bold = _BOLD_LINE.match(line.strip())
        if bold:
            flush_paragraph()
            flush_bullets()
            blocks.append(SubHeading(bold.group("text").strip()))
            continue
        if bullets and not paragraph and line.startswith((" ", "\t")):
            indent, text = bullets[-1]
            bullets[-1] = (indent, f"{text} {line.strip()}")
            continue
        flush_bullets()
        paragraph.append(line)
    flush_paragraph()
    flush_bullets()
    return tuple(blocks)


def _nest(bullets: list[tuple[int, str]]) -> tuple[ListItem, ...]:
    """Turn (indent, text) pairs into a tree: deeper indentation nests under the item above."""

    def build(start: int, parent_level: int) -> tuple[list[ListItem], int]:
        items: list[ListItem] = []
        index = start
        while index < len(bullets):
            level, text = bullets[index]
            if level <= parent_level:
                break
            children, index = build(index + 1, level)
            items.append(ListItem(_inline(text), tuple(children)))
        return items, index

    items, _ = build(0, -1)
    return tuple(items)


_EMPHASIS = re.compile(
    r"\*\*(?P<bold>.+?)\*\*|(?<![*\w])\*(?P<italic>[^*\s](?:[^*]*[^*\s])?)\*(?!\*)"
)


def _inline(text: str) -> tuple[Inline, ...]:
    runs: list[Inline] = []
    position = 0
    for match in _EMPHASIS.finditer(text):
        if match.start() > position:
            runs.append(Inline(text[position : match.start()]))
        if match.group("bold") is not None:
            runs.append(Inline(match.group("bold").replace("*", ""), bold=True))
        else:
            runs.append(Inline(match.group("italic"), italic=True))
        position = match.end()
    if position < len(text):
        runs.append(Inline(text[position:]))
    return tuple(_merge(runs))


def _merge(runs: list[Inline]) -> list[Inline]:
    merged: list[Inline] = []
    for run in runs:
        if not run.text:
            continue
        if merged and (merged[-1].bold, merged[-1].italic) == (run.bold, run.italic):
            merged[-1] = Inline(merged[-1].text + run.text, run.bold, run.italic)
        else:
            merged.append(run)
    return merged


def _plain(text: str) -> str:
    return "".join(r.text for r in _inline(text)).strip()


def _unique(anchor: str, used: set[str]) -> str:
    candidate, counter = anchor, 2
    while candidate in used:
        candidate = f"{anchor}-{counter}"
        counter += 1
    used.add(candidate)
    return candidate


def _catalogue(blocks: tuple[Block, ...]) -> SideEffectCatalogue:
    groups: list[FrequencyGroup] = []
    group_name: str | None = None
    systems: list[SideEffectGroup] = []

    def close() -> None:
        if group_name is not None and systems:
            groups.append(FrequencyGroup(group_name, tuple(systems)))

    for block in blocks:
        if isinstance(block, SubHeading):
            close()
            group_name, systems = block.text.rstrip(":").strip(), []
        elif isinstance(block, BulletList) and group_name is not None:
            for item in block.items:
                system, sep, rest = item.text.partition(":")
                if not sep:
                    continue
                names = tuple(n.strip().rstrip(".") for n in rest.split(",") if n.strip())
                if names:
                    systems.append(SideEffectGroup(system.strip(), names))
    close()
    return SideEffectCatalogue(tuple(groups))


_FAQ = re.compile(r"^Q:\s*(?P<q>.+?)\s*A:\s*(?P<a>.+)$", re.DOTALL)


def _faqs(blocks: tuple[Block, ...]) -> list[Faq]:
    faqs: list[Faq] = []
    for block in blocks:
        texts = [i.text for i in block.items] if isinstance(block, BulletList) else []
        if isinstance(block, Paragraph):
            texts = [block.text]
        for text in texts:
            match = _FAQ.match(text.strip())
            if match:
                faqs.append(Faq(match.group("q").strip(), match.group("a").strip()))
    return faqs


def _first_paragraph(sections: list[Section], title: str) -> str | None:
    for section in sections:
        if _fold(section.title) == title:
            for block in section.blocks:
                if isinstance(block, Paragraph):
                    return block.text
    return None


def _inline_disclaimer(sections: list[Section]) -> str | None:
    """The seed format puts ``**Disclaimer:** ...`` as a paragraph inside another section."""
    for section in sections:
        for block in section.blocks:
            if isinstance(block, Paragraph) and block.text.lower().startswith("disclaimer:"):
                return block.text.partition(":")[2].strip()
    return None


def _block_lines(blocks: tuple[Block, ...]) -> list[str]:
    lines: list[str] = []
    for block in blocks:
        if isinstance(block, Paragraph):
            lines += [block.text, ""]
        elif isinstance(block, SubHeading):
            lines.append(block.text)
        else:
            lines += _item_lines(block.items, 0)
            lines.append("")
    while lines and not lines[-1]:
        lines.pop()
    return lines


def _item_lines(items: tuple[ListItem, ...], depth: int) -> list[str]:
    lines: list[str] = []
    for item in items:
        lines.append(f"{'  ' * depth}- {item.text}")
        lines += _item_lines(item.children, depth + 1)
    return lines
