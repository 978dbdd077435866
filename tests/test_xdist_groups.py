"""The suite leans on pytest-xdist's ``--dist loadgroup`` (pyproject's addopts): tests marked
``xdist_group`` run on one worker, one after the other (the X display ones, a pair that must run
in order). pytest 9.2 made the mark a silent no-op with pytest-xdist 3.8 (pytest-dev/pytest-xdist
#1386), and nothing failed; this test fails instead when that happens again."""

from __future__ import annotations

import os

import pytest


@pytest.mark.xdist_group("xdist-groups-probe")
def test_a_grouped_test_is_scheduled_as_its_group(request: pytest.FixtureRequest) -> None:
    if "PYTEST_XDIST_WORKER" not in os.environ:
        pytest.skip("runs in one process: nothing is distributed (-n0 or -p no:xdist)")
    if not getattr(request.config.option, "loadgroup", False):  # set in each worker by xdist
        pytest.skip("another distribution mode was asked for on the command line")
    assert request.node.nodeid.endswith("@xdist-groups-probe")
