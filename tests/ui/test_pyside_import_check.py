"""Issue 21 item 6: PySide6's per-import source check, read quicker, gives the same answers.

PySide6 asks of every module imported after it whether its source says "PySide6"
(``shibokensupport.feature._mod_uses_pyside``, through ``inspect.getsource``). The app's own check
reads the file's bytes instead; these tests hold it to PySide6's answer on every module loaded in
this process, and show it takes nothing into ``linecache``."""

from __future__ import annotations

import linecache
import sys
import types
from collections.abc import Callable
from pathlib import Path
from typing import cast

import PySide6  # noqa: F401  (loads shibokensupport)
import pytest

from belimumab_companion.ui.shell import pyside_import_check
from belimumab_companion.ui.shell.pyside_import_check import quick_check, read_sources_quicker
from processes import fresh_interpreter


def _pyside_check() -> Callable[[types.ModuleType], bool]:
    check = sys.modules["shibokensupport.feature"]._mod_uses_pyside
    return cast(Callable[[types.ModuleType], bool], getattr(check, "__wrapped__", check))


def test_the_quick_check_answers_as_pyside_does_for_every_loaded_module() -> None:
    import belimumab_companion.services.app_services
    import belimumab_companion.ui.pages.today_page  # noqa: F401  (modules that use PySide6)

    original = _pyside_check()
    quick = quick_check(original)
    modules = [m for m in list(sys.modules.values()) if isinstance(m, types.ModuleType)]
    answers = {m.__name__: (quick(m), original(m)) for m in modules}
    differ = {name: pair for name, pair in answers.items() if pair[0] != pair[1]}
    assert differ == {}
    assert answers["belimumab_companion.ui.pages.today_page"] == (True, True)
    assert answers["belimumab_companion.domain.schedule"] == (False, False)
    assert answers["sys"] == (False, False)  # built in: no file, PySide6's own answer


def test_the_quick_check_keeps_no_source_in_memory(tmp_path: Path) -> None:
    source = tmp_path / "uses_qt.py"
    source.write_text("from PySide6.QtCore import QObject\n", encoding="utf-8")
    module = types.ModuleType("uses_qt")
    module.__file__ = str(source)
    linecache.checkcache()
    assert quick_check(_pyside_check())(module) is True
    assert str(source) not in linecache.cache
    assert _pyside_check()(module) is True  # PySide6's own check agrees, and keeps the text
    assert str(source) in linecache.cache


def test_a_file_that_went_away_gets_pyside_own_answer(tmp_path: Path) -> None:
    module = types.ModuleType("gone")
    module.__file__ = str(tmp_path / "gone.py")
    asked: list[str] = []

    def original(mod: types.ModuleType) -> bool:
        asked.append(mod.__name__)
        return False

    assert quick_check(original)(module) is False
    assert asked == ["gone"]


def test_without_pyside_feature_module_nothing_is_replaced(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delitem(sys.modules, "shibokensupport.feature")
    assert read_sources_quicker() is False
    monkeypatch.setitem(sys.modules, "shibokensupport.feature", types.ModuleType("renamed"))
    assert read_sources_quicker() is False  # a release without the check: left alone


def test_the_app_start_replaces_the_check_once() -> None:
    lines = fresh_interpreter(
        """
import sys
import PySide6
from belimumab_companion.ui.shell.pyside_import_check import read_sources_quicker
feature = sys.modules["shibokensupport.feature"]
first = read_sources_quicker()
replaced = feature._mod_uses_pyside
second = read_sources_quicker()
print("replaced:", first, second, feature._mod_uses_pyside is replaced,
      replaced.__wrapped__.__module__)
"""
    )
    assert lines["replaced"] == f"True True True {_pyside_check().__module__}"
    assert pyside_import_check.__name__ == "belimumab_companion.ui.shell.pyside_import_check"


def test_the_window_start_uses_the_quick_check(tmp_path: Path) -> None:
    lines = fresh_interpreter(
        """
import os, sys
from belimumab_companion.gui_main import run_gui
from belimumab_companion.ui.shell import main_window

def painted(self):
    check = sys.modules["shibokensupport.feature"]._mod_uses_pyside
    print("quick:", getattr(check, "__wrapped__", None) is not None, flush=True)
    os._exit(0)

main_window.MainWindow._after_first_paint = painted
run_gui(sys.argv[1])
""",
        str(tmp_path / "data"),
    )
    assert lines["quick"] == "True"
