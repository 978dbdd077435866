"""PySide6 looks at every module imported after it: the same answer, read quicker.

PySide6's ``__feature__`` support (``snake_case``, ``true_property``) asks, for each module
imported once PySide6 is loaded, whether its source mentions "PySide6"; it gets the source with
``inspect.getsource``, which reads the file through ``linecache``, decodes it, splits it into
lines and keeps every line in memory for the rest of the run. The app imports about 350 modules
after PySide6 (SQLAlchemy, the services, the pages) on its way to Today's data: about 60 ms and
the text of every one of those files kept in memory, on the project machine (issue 21).

:func:`read_sources_quicker` puts a check with the same answer in its place: the file's bytes,
searched for ``b"PySide6"``, nothing cached. Anything it cannot read the plain way (no file, a
package without source, a zip, a source declaring an encoding other than UTF-8) goes to
PySide6's own check. The app never selects a feature, so the answer only sorts modules into
"uses PySide6" and "ignore"; it is kept the same all the same. When a PySide6 release renames
or drops the check, nothing is replaced.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from types import ModuleType

_FEATURE_MODULE = "shibokensupport.feature"
_CHECK = "_mod_uses_pyside"
_NEEDLE = b"PySide6"


def quick_check(original: Callable[[ModuleType], bool]) -> Callable[[ModuleType], bool]:
    """PySide6's ``original`` check, reading a plain ``.py`` file's bytes itself."""

    def uses_pyside(module: ModuleType) -> bool:
        file = getattr(module, "__file__", None)
        if isinstance(file, str) and file.endswith(".py"):
            try:
                with open(file, "rb") as source:
                    data = source.read()
            except OSError:
                return original(module)
            if _declared_encoding(data) in _UTF8:
                return _NEEDLE in data
        return original(module)

    uses_pyside.__wrapped__ = original  # type: ignore[attr-defined]
    return uses_pyside


# PEP 263: a coding declaration on the first or second line
_CODING = re.compile(rb"^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)")
_UTF8 = {"utf-8", "utf8", "utf_8"}


def _declared_encoding(data: bytes) -> str:
    """The source's declared encoding (lower case), ``utf-8`` when it declares none. Another
    one (UTF-7, say) may spell "PySide6" in other bytes: PySide6's own check decodes it."""
    for line in data.split(b"\n", 2)[:2]:
        match = _CODING.match(line)
        if match:
            return match.group(1).decode("ascii", "replace").lower()
    return "utf-8"


def read_sources_quicker() -> bool:
    """Replace PySide6's per-import source check (once PySide6 is imported); True if it was."""
    feature = sys.modules.get(_FEATURE_MODULE)
    original = getattr(feature, _CHECK, None)
    if feature is None or not callable(original):
        return False
    if getattr(original, "__wrapped__", None) is not None:
        return True  # already ours
    setattr(feature, _CHECK, quick_check(original))
    return True
