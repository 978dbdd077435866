"""Regression guard: PySide6 6.12.0 on CPython <= 3.11 aborts after ~5,000 void Qt calls.

Run in a child process, so that an abort fails this test instead of killing the whole run.
"""

from __future__ import annotations

import os
import subprocess
import sys

SCRIPT = """
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel()
for _ in range(20_000):
    label.setText("x")
print("survived")
"""


def test_twenty_thousand_void_qt_calls_do_not_abort() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "survived"
