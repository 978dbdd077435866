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


class DataSetAsideError(DataUnavailableError):
    def __init__(
        self,
        problems: tuple[str, ...],
        kept_in: Path,
        offer_made_at: datetime | None,
        restore_offer: Callable[[], object] | None,
    ) -> None:
        self.problems = problems
        self.kept_in = kept_in
        self.offer_made_at = offer_made_at
        self.restore_offer = restore_offer  # restores the offered backup; None when there is none
        super().__init__(
            f"The data file was damaged ({'; '.join(problems) or 'unreadable'}) and was moved to "
            f"{kept_in}, unchanged."
        )
