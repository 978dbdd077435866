"""Hatch build hook: compile the translations (``resources/translations/*.ts``) when the package
is built, so the app only ever loads ``.qm`` files and never runs a tool at start-up (issue 21).

- A wheel (``uv build``, ``pip install .``): every ``.ts`` is compiled into a temporary folder
  and added to the wheel as ``belimumab_companion/_translations/<same name>.qm``.
- The editable install of a checkout (what ``uv sync`` and ``uv run`` make): compiled into
  ``src/belimumab_companion/_translations/`` (git-ignored), where the package imported from
  ``src/`` finds them. uv builds the editable again when a ``.ts`` changes (``[tool.uv]
  cache-keys`` in pyproject.toml), and every build compiles all of them afresh, so an edited
  ``.ts`` is in effect at the next ``uv run``.

The compiler is ``pyside6-lrelease`` from the build environment (``pyside6-essentials`` is in
``[build-system].requires``). The frozen build (PyInstaller) compiles its own copy the same way.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

SOURCES = Path("resources", "translations")
EDITABLE_TARGET = Path("src", "belimumab_companion", "_translations")
WHEEL_TARGET = "belimumab_companion/_translations"


def lrelease() -> str:
    """``pyside6-lrelease`` of the environment this build runs in."""
    for folder in (sysconfig.get_path("scripts"), str(Path(sys.executable).parent)):
        found = shutil.which("pyside6-lrelease", path=folder)
        if found:
            return found
    found = shutil.which("pyside6-lrelease")
    if not found:
        raise RuntimeError(
            "pyside6-lrelease not found: the build needs pyside6-essentials "
            "([build-system].requires in pyproject.toml)"
        )
    return found


def compile_catalogues(sources: list[Path], target: Path) -> list[Path]:
    """Each ``.ts`` -> ``target/<same name>.qm``, written whole (a running app never reads half a
    file); ``.qm`` files in ``target`` without a ``.ts`` any more are removed."""
    target.mkdir(parents=True, exist_ok=True)
    command = lrelease()
    written = []
    for source in sources:
        qm = target / source.with_suffix(".qm").name
        partial = qm.with_name(f".{qm.name}.{os.getpid()}")
        result = subprocess.run(
            [command, "-silent", str(source), "-qm", str(partial)],
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode != 0 or not partial.is_file():
            partial.unlink(missing_ok=True)
            raise RuntimeError(f"pyside6-lrelease failed on {source}:\n{result.stderr}")
        os.replace(partial, qm)
        written.append(qm)
    for stale in set(target.glob("*.qm")) - set(written):
        stale.unlink()
    return written


class TranslationsHook(BuildHookInterface):
    PLUGIN_NAME = "custom"

    _scratch: tempfile.TemporaryDirectory[str] | None = None

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        root = Path(self.root)
        sources = sorted((root / SOURCES).glob("*.ts"))
        if version == "editable":
            compile_catalogues(sources, root / EDITABLE_TARGET)
            return
        self._scratch = tempfile.TemporaryDirectory(prefix="belimumab-translations-")
        for qm in compile_catalogues(sources, Path(self._scratch.name)):
            build_data["force_include"][str(qm)] = f"{WHEEL_TARGET}/{qm.name}"

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        if self._scratch is not None:
            self._scratch.cleanup()
            self._scratch = None
