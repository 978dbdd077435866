"""PySide6 looks at every module imported after it: the same answer, read quicker.

PySide6's ``__feature__`` support (``snake_case``, ``true_property``) asks, for each module
imported once PySide6 is loaded, whether its source mentions "PySide6"; it gets the source with
``inspect.getsource``, which reads the file through ``linecache``, decodes it, splits it into
lines and keeps every line in memory for the rest of the run. The app imports about 350 modules
after PySide6 (SQLAlchemy, the services, the pages) on its way to Today's data: about 60 ms and
the text of every one of those files kept in memory, on the project machine (issue 21).

:func:`read_sources_quicker` puts a check with the same answer in its place: the file's bytes,
searched for ``b"PySide6"``, nothing cached. Anything it cannot read the plain way (no file, a
package without source, a zip) goes to PySide6's own check. The app never selects a feature, so
the answer only sorts modules into "uses PySide6" and "ignore"; it is kept the same all the same.
When a PySide6 release renames or drops the check, nothing is replaced.
"""

from __future__ import annotations

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
                    return _NEEDLE in source.read()
            except OSError:
                pass
        return original(module)

    uses_pyside.__wrapped__ = original  # type: ignore[attr-defined]
    return uses_pyside


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
