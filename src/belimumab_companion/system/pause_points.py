"""Named points where a test can stop a real process (to kill it there, or to start another
command while it waits). Inert unless the environment names the point.

``BELIMUMAB_COMPANION_PAUSE_AT=<point>`` and ``BELIMUMAB_COMPANION_PAUSE_GATE=<file>``: on
reaching the point the process creates ``<file>.reached`` and waits until ``<file>`` exists (at
most a minute). Only tests set these; the variables are read when the point is reached.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

PAUSE_AT_ENV = "BELIMUMAB_COMPANION_PAUSE_AT"
PAUSE_GATE_ENV = "BELIMUMAB_COMPANION_PAUSE_GATE"
_MAX_WAIT_SECONDS = 60.0


def pause_point(name: str) -> None:
    if os.environ.get(PAUSE_AT_ENV) != name:
        return
    gate = os.environ.get(PAUSE_GATE_ENV)
    if not gate:
        return
    Path(f"{gate}.reached").touch()
    deadline = time.monotonic() + _MAX_WAIT_SECONDS
    while not Path(gate).exists() and time.monotonic() < deadline:
        time.sleep(0.01)
