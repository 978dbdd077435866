"""A rotating log file, 0600, with app events and errors only: never health data.

Code that logs passes event names and error types, never what the user typed or recorded.
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from belimumab_companion.paths import make_file_private

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """Every log file it opens (the first and each one after a rotation) is 0600, whatever the
    umask."""

    def _open(self):  # type: ignore[no-untyped-def]
        stream = super()._open()
        make_file_private(Path(self.baseFilename))
        return stream


def setup_logging(log_file: Path, level: int = logging.INFO) -> logging.Handler:
    log_file.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    handler = PrivateRotatingFileHandler(
        log_file, maxBytes=1_000_000, backupCount=3, encoding="utf-8", delay=False
    )
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    root = logging.getLogger("belimumab_companion")
    root.setLevel(level)
    root.addHandler(handler)
    return handler
