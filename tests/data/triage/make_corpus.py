"""Write corpus.csv from phrasings.py: every phrasing, plus derived variants of each emergency and
crisis phrasing (upper case, emoji around it, inside a long note, some beyond 20,000 characters)
and of each Spanish one with accents (written without them). Run from the repository root:
uv run python tests/data/triage/make_corpus.py
"""

from __future__ import annotations

import csv
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from phrasings import (  # type: ignore[import-not-found]  # noqa: E402  (the folder is on sys.path only when run)
    EN,
    ES,
    FILLER_EN,
    FILLER_ES,
    MIXED,
    SEVERITY,
)

RED = ("emergency", "crisis")


def plain(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize(
        "NFC", "".join(c for c in decomposed if not unicodedata.combining(c))
    )


def rows() -> list[dict[str, str]]:
    out: list[dict[str, str]] = []

    def add(
        text: str, level: str, rules: str, language: str, kind: str, severity: str = ""
    ) -> None:
        out.append(
            {
                "text": text,
                "level": level,
                "rules": rules,
                "language": language,
                "kind": kind,
                "severity": severity,
            }
        )

    tables = [(EN, "en", FILLER_EN), (ES, "es", FILLER_ES), (MIXED, "mix", FILLER_EN)]
    for table, language, _filler in tables:
        for text, level, rules, kind in table:
            add(text, level, rules, language, kind)
    for text, level, rules, language, severity in SEVERITY:
        add(text, level, rules, language, "severity", str(severity))
    long_count = 0
    for table, language, filler in tables:
        for index, (text, level, rules, _kind) in enumerate(table):
            if level in RED:
                add(text.upper(), level, rules, language, "case")
                add(f"😰😰 {text} 🙏🚑", level, rules, language, "emoji")
                # a long note, the red flag near its end; every 50th one beyond 20,000 characters
                repeats = 160 if index % 50 == 0 else 3 + index % 5
                long_count += repeats == 160
                note = filler * repeats + f"And now: {text}. " + filler
                add(note, level, rules, language, "long-note")
            elif index % 4 == 0:  # routine and care-team phrasings inside notes too (precision)
                add(filler * 2 + text + ". " + filler, level, rules, language, "long-note")
            if language == "es" and plain(text) != text:
                add(plain(text), level, rules, language, "no-accents")
    assert long_count >= 4
    return out


def main() -> None:
    with (HERE / "corpus.csv").open("w", encoding="utf-8", newline="") as stream:
        writer = csv.DictWriter(
            stream, ["text", "level", "rules", "language", "kind", "severity"], lineterminator="\n"
        )
        writer.writeheader()
        writer.writerows(rows())


if __name__ == "__main__":
    main()
