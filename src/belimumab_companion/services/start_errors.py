"""What the start-up check found, for the GUI (kept free of heavy imports: read before the data).

The data file is checked (``quick_check``) before it is opened. A damaged file has already been
moved aside, unchanged, when this is raised; the GUI offers the newest good backup, or a fresh
start (the damaged file and every backup stay where they are).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from belimumab_companion.services.errors import DataUnavailableError
from belimumab_companion.user_text import QT_TRANSLATE_NOOP, UserText, message


class DataUnusableError(DataUnavailableError):
    """A DataUnavailableError whose message the UI can translate: ``text`` (``str()`` is the
    same sentence in English)."""

    def __init__(self, text: UserText) -> None:
        super().__init__(str(text))
        self.text = text


class DataSetAsideError(DataUnavailableError):
    def __init__(
        self,
        problems: tuple[str, ...],
        kept_in: Path,
        offer_made_at: datetime | None,
        restore_offer: Callable[[], object] | None,
        *,
        missing: bool = False,
        start_fresh: Callable[[], None] | None = None,
    ) -> None:
        self.problems = problems
        self.kept_in = kept_in
        self.offer_made_at = offer_made_at
        self.restore_offer = restore_offer  # restores the offered backup; None when there is none
        # No data file at all, but earlier data was found in ``kept_in`` (a restore or a move
        # that did not finish): offered, never silently replaced by an empty profile.
        self.missing = missing
        self.start_fresh = start_fresh  # call before starting with no data after all
        if missing:
            self.text = message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "There is no data file, but earlier data was found in %1. Restore it, or "
                    "start with no data (it stays where it is).",
                ),
                str(kept_in),
            )
        elif problems:
            self.text = message(
                QT_TRANSLATE_NOOP(
                    "Messages", "The data file was damaged (%1) and was moved to %2, unchanged."
                ),
                "; ".join(problems),  # SQLite's own words, not translated
                str(kept_in),
            )
        else:
            self.text = message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "The data file was damaged (unreadable) and was moved to %1, unchanged.",
                ),
                str(kept_in),
            )
        super().__init__(str(self.text))
