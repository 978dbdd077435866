"""The suite's isolation (``tests/conftest.py``): each test gets its own change gateway, so a
window or page a finished test left behind (closed, not yet deleted by Qt) never hears the next
test's changes. It was a flake: a leftover settings page's supplies box, told of a later test's
change, read its own test's data folder, gone by then, and logged "no such table" there."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from belimumab_companion.ui.shell.operations import Change, Operations, operations

_LEFT_BEHIND: dict[str, object] = {}
# one worker, in file order
pytestmark = pytest.mark.xdist_group("change-gateway-per-test")


def test_a_test_leaves_a_listener_behind(qapp: QApplication) -> None:
    heard: list[Change] = []
    gateway = operations()
    gateway.changed.connect(heard.append)
    gateway.changed.emit(Change.SUPPLIES)
    assert heard == [Change.SUPPLIES]  # heard within its own test
    _LEFT_BEHIND.update(gateway=gateway, heard=heard)


def test_the_next_test_has_a_gateway_of_its_own(qapp: QApplication) -> None:
    if not _LEFT_BEHIND:
        pytest.skip("needs the test above to have run first on this worker")
    gateway = operations()
    assert isinstance(gateway, Operations)
    assert gateway is not _LEFT_BEHIND["gateway"]
    gateway.changed.emit(Change.SUPPLIES | Change.DATA_REPLACED)
    assert _LEFT_BEHIND["heard"] == [Change.SUPPLIES]  # the listener left behind heard nothing
