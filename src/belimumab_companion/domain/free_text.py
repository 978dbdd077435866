"""What the user types, before it is stored (issue 17): one length limit for the diary's notes,
the same in the window, the CLI and the CSV import, and control characters stripped.

The limit is generous (about five printed pages) and only guards against pasted documents; triage
reads everything the user wrote whatever its length (R-46), so a red flag at the end of a long
note is never cut off. The symptom has its own, shorter limit (``MAX_SYMPTOM``)."""

from __future__ import annotations

import re

MAX_NOTES = 10_000  # characters, after control characters are stripped
MAX_SYMPTOM = 200

# C0 and C1 control characters, DEL, and the Unicode line/paragraph separators, bidi overrides and
# zero-width characters that can hide or reorder text. Tabs and line breaks (LF, CR) are kept as
# typed: they are layout, and an exported diary imports back exactly.
# They are replaced, not deleted: "throat\u2028closing" or "swollen\u200btongue" stays two words,
# so triage still reads them. Line and paragraph separators become line breaks; the
# joiners and the byte-order mark, which never separate words, simply go.
_CONTROLS = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069]"
)
_LINE_BREAKS = re.compile("[\x85\u2028\u2029]")
_JOINERS = re.compile("[\u200c\u200d\ufeff]")


def strip_controls(text: str) -> str:
    """``text`` without control characters (tabs and line breaks kept): each becomes a space
    (a separator, a line break), so no two words are joined."""
    return _JOINERS.sub("", _CONTROLS.sub(" ", _LINE_BREAKS.sub("\n", text)))


def one_line(text: str) -> str:
    """A one-line field as stored (a lot number, a vaccine's name, a reason): control
    characters as spaces, runs of spaces as one, no space at either end (issue 20)."""
    return " ".join(strip_controls(text).split())
