"""Triage on the labelled corpus (tests/data/triage/corpus.csv, issue 17): recall and precision per
level, overall and per language, and every phrasing triaged lower than its label (there must be
none: tests/domain/test_triage_corpus.py fails then).

Recall of a level: of the phrasings labelled at that level, the share triaged at it or above
(a higher level is never a miss: over-triage is acceptable, R-46). Precision of a level: of the
phrasings triaged at that level, the share labelled at it (over-triage lowers it).

Run: uv run python tests/benchmarks/triage_recall.py
It only prints; it asserts nothing, and pytest never collects it.
"""

from __future__ import annotations

import csv
import sys
from collections import Counter
from pathlib import Path

from belimumab_companion.domain.triage import PRIORITY, Triage, triage

CORPUS = Path(__file__).resolve().parents[1] / "data" / "triage" / "corpus.csv"


def load() -> list[dict[str, str]]:
    with CORPUS.open(encoding="utf-8", newline="") as stream:
        return list(csv.DictReader(stream))


def rank(level: Triage) -> int:
    return PRIORITY.index(level)  # 0 is the most urgent


def main() -> int:
    rows = load()
    results = []
    for row in rows:
        severity = int(row["severity"]) if row["severity"] else None
        got = triage(row["text"], severity).triage
        results.append((row, Triage(row["level"]), got))
    print(f"Triage corpus: {len(rows)} phrasings ({CORPUS.relative_to(Path.cwd())})")
    for language in (None, "en", "es", "mix"):
        chosen = [r for r in results if language is None or r[0]["language"] == language]
        print(f"\n{'all languages' if language is None else language}: {len(chosen)} phrasings")
        print(f"  {'level':<16}{'labelled':>9}{'recall':>9}{'precision':>11}")
        for level in PRIORITY:
            labelled = [r for r in chosen if r[1] is level]
            caught = [r for r in labelled if rank(r[2]) <= rank(level)]
            triaged = [r for r in chosen if r[2] is level]
            right = [r for r in triaged if r[1] is level]
            recall = f"{100 * len(caught) / len(labelled):.1f}%" if labelled else "-"
            precision = f"{100 * len(right) / len(triaged):.1f}%" if triaged else "-"
            print(f"  {level.value:<16}{len(labelled):>9}{recall:>9}{precision:>11}")
    lower = [r for r in results if rank(r[2]) > rank(r[1])]
    print(f"\nTriaged lower than the label: {len(lower)}")
    for row, label, got in lower:
        print(f"  {label.value} -> {got.value}: {row['text'][:100]!r}")
    over = Counter((r[1].value, r[2].value) for r in results if rank(r[2]) < rank(r[1]))
    print("Triaged higher than the label (over-triage):", dict(over) or "none")
    return 0


if __name__ == "__main__":
    sys.exit(main())
