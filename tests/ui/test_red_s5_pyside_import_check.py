"""Red team (s5): modules on which the quick source check and PySide6's own check disagree.

PySide6 decodes the source as Python does (its coding cookie) and looks for "PySide6" in the
text; the quick check looks for the bytes b"PySide6" in the file. A source in an encoding that is
not ASCII for those letters (UTF-7 here, which Python accepts) gives different answers."""

from __future__ import annotations

import importlib
import sys
import types
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import cast

import PySide6  # noqa: F401  (loads shibokensupport)
import pytest

from belimumab_companion.ui.shell.pyside_import_check import quick_check


def _pyside_check() -> Callable[[types.ModuleType], bool]:
    check = sys.modules["shibokensupport.feature"]._mod_uses_pyside
    return cast(Callable[[types.ModuleType], bool], getattr(check, "__wrapped__", check))


@pytest.fixture
def on_path(tmp_path: Path) -> Iterator[Path]:
    sys.path.insert(0, str(tmp_path))
    yield tmp_path
    sys.path.remove(str(tmp_path))
    for name in ("red_s5_utf7_uses", "red_s5_utf7_not"):
        sys.modules.pop(name, None)


def _imported(folder: Path, name: str, source: bytes) -> types.ModuleType:
    (folder / f"{name}.py").write_bytes(source)
    importlib.invalidate_caches()
    return importlib.import_module(name)


def test_a_utf7_module_naming_pyside6_gets_pyside_answer(on_path: Path) -> None:
    # "+AFA-ySide6" is "PySide6" in UTF-7: the text says PySide6, the bytes do not
    module = _imported(on_path, "red_s5_utf7_uses", b'# coding: utf-7\nNAME = "+AFA-ySide6"\n')
    assert module.NAME == "PySide6"
    assert _pyside_check()(module) is True
    assert quick_check(_pyside_check())(module) is True  # actual: False


def test_a_utf7_module_whose_bytes_hold_pyside6_gets_pyside_answer(on_path: Path) -> None:
    # the bytes "PySide6" inside a UTF-7 shift sequence are other letters in the text
    module = _imported(on_path, "red_s5_utf7_not", b'# coding: utf-7\nNAME = "+PySide6A-"\n')
    assert "PySide6" not in module.NAME
    assert _pyside_check()(module) is False
    assert quick_check(_pyside_check())(module) is False  # actual: True
