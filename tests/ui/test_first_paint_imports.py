"""The window must paint before SQLAlchemy is imported (its import alone costs ~300 ms here), and
before pyqtgraph and numpy (the charts', over a second here: issue 21)."""

from __future__ import annotations

from processes import fresh_interpreter

SCRIPT = """
import sys
from PySide6.QtWidgets import QApplication
from belimumab_companion.ui.shell.main_window import MainWindow
app = QApplication([])
window = MainWindow(lambda: None)
heavy = sorted(m for m in sys.modules if m.split('.')[0] in (
    'sqlalchemy', 'alembic', 'dateutil', 'icalendar', 'jinja2', 'pyqtgraph', 'numpy'))
print('heavy:', ','.join(heavy) or 'none')
"""


def test_building_the_window_imports_no_sqlalchemy() -> None:
    assert fresh_interpreter(SCRIPT, timeout=60)["heavy"] == "none"
