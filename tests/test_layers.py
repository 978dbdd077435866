"""The layer rule is executable: ``lint-imports`` (the project's own contracts in pyproject.toml)
passes on the package as it is and fails on a copy with one upward import added.

The copy is linted, not the real tree: ``PYTHONPATH`` puts the copy's ``src`` before the installed
(editable) package, so grimp reads the copy's files.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import belimumab_companion

PROJECT = Path(__file__).resolve().parent.parent
PACKAGE = Path(belimumab_companion.__file__).resolve().parent


def lint_copy(tmp_path: Path, upward: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """Run lint-imports over a copy of the package, with ``upward`` lines prepended to modules."""
    src = tmp_path / "src"
    shutil.copytree(
        PACKAGE, src / "belimumab_companion", ignore=shutil.ignore_patterns("__pycache__")
    )
    for module, line in upward.items():
        path = src / "belimumab_companion" / module
        path.write_text(f"{line}\n{path.read_text(encoding='utf-8')}", encoding="utf-8")
    shutil.copy(PROJECT / "pyproject.toml", tmp_path / "pyproject.toml")
    lint = Path(sys.executable).with_name("lint-imports")
    env = {**os.environ, "PYTHONPATH": str(src)}
    return subprocess.run(
        [str(lint), "--config", str(tmp_path / "pyproject.toml"), "--no-cache", "--no-logo"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def test_the_package_as_it_is_keeps_every_contract(tmp_path: Path) -> None:
    real = subprocess.run(
        [str(Path(sys.executable).with_name("lint-imports")), "--no-cache", "--no-logo"],
        cwd=PROJECT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    copied = lint_copy(tmp_path, {})  # the copy the other tests break passes as it is
    for result in (real, copied):
        assert result.returncode == 0, result.stdout + result.stderr
        assert "Layers: entry points > ui > services > storage" in result.stdout
        assert "0 broken" in result.stdout


@pytest.mark.parametrize(
    ("module", "line", "importer", "imported"),
    [
        # the finding of issue 19: storage reaching up into services
        (
            "storage/types.py",
            "import belimumab_companion.services.clock",
            "belimumab_companion.storage.types",
            "belimumab_companion.services.clock",
        ),
        # the OS plumbing reaching up into storage
        (
            "system/local_zone.py",
            "import belimumab_companion.storage.engine",
            "belimumab_companion.system.local_zone",
            "belimumab_companion.storage.engine",
        ),
        # a shared helper reaching up into the system layer
        (
            "paths.py",
            "import belimumab_companion.system.atomic_write",
            "belimumab_companion.paths",
            "belimumab_companion.system.atomic_write",
        ),
        # services reaching up into the window (no Qt needed to break the layers)
        (
            "services/clock.py",
            "import belimumab_companion.ui.widgets.wall_time",
            "belimumab_companion.services.clock",
            "belimumab_companion.ui.widgets.wall_time",
        ),
    ],
)
def test_an_upward_import_breaks_the_build(
    tmp_path: Path, module: str, line: str, importer: str, imported: str
) -> None:
    result = lint_copy(tmp_path, {module: line})
    assert result.returncode != 0, result.stdout
    assert "Layers: entry points > ui > services > storage" in result.stdout
    assert "BROKEN" in result.stdout
    assert f"{importer} -> {imported}" in result.stdout, result.stdout
