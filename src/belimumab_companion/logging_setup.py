"""A rotating log file, 0600, with app events and errors only: never health data.

Code that logs passes event names and error types, never what the user typed or recorded.
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from belimumab_companion.paths import make_file_private

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def setup_logging(log_file: Path, level: int = logging.INFO) -> logging.Handler:
    log_file.parent.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(
        log_file, maxBytes=1_000_000, backupCount=3, encoding="utf-8", delay=False
    )
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    make_file_private(log_file)
    root = logging.getLogger("belimumab_companion")
    root.setLevel(level)
    root.addHandler(handler)
    return handler
