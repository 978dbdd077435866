"""Fixtures of the translation tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from qtsupport import speaking


@pytest.fixture
def in_spanish(qapp: QApplication) -> Iterator[None]:
    """The app's Spanish translation installed for the test, English again afterwards."""
    with speaking("es"):
        yield
