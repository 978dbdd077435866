"""Render a parsed monograph as the (escaped) HTML subset QTextBrowser shows.

Every piece of text from the file is escaped: the file's content is data, never markup.
No colours are set here, so the panel follows the system's light or dark palette.
"""

from __future__ import annotations

from html import escape

from belimumab_companion.domain.monograph import (
    BulletList,
    Inline,
    ListItem,
    Monograph,
    Paragraph,
    SubHeading,
)


def _runs(runs: tuple[Inline, ...]) -> str:
    parts = []
    for run in runs:
        text = escape(run.text)
        if run.italic:
            text = f"<i>{text}</i>"
        if run.bold:
            text = f"<b>{text}</b>"
        parts.append(text)
    return "".join(parts)


def _items(items: tuple[ListItem, ...]) -> str:
    rendered = []
    for item in items:
        children = f"<ul>{_items(item.children)}</ul>" if item.children else ""
        rendered.append(f"<li>{_runs(item.runs)}{children}</li>")
    return "".join(rendered)


def monograph_html(monograph: Monograph) -> str:
    parts = [f"<h1>{escape(monograph.title)}</h1>"]
    for section in monograph.sections:
        parts.append(f'<h2><a name="{escape(section.anchor)}"></a>{escape(section.title)}</h2>')
        for block in section.blocks:
            if isinstance(block, Paragraph):
                parts.append(f"<p>{_runs(block.runs)}</p>")
            elif isinstance(block, SubHeading):
                parts.append(f"<h3>{escape(block.text)}</h3>")
            elif isinstance(block, BulletList):
                parts.append(f"<ul>{_items(block.items)}</ul>")
    return "\n".join(parts)
