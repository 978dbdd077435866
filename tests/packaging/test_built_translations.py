"""Issue 21: the translations are compiled when the package is built (hatch_build.py), not at
start-up. The wheel ``uv build --wheel`` makes carries one ``.qm`` per ``.ts`` where
``paths.compiled_translations_dir()`` looks, and they translate. (The editable install of the
checkout: tests/i18n/test_language_in_use.py; the frozen app: test_frozen_build.py.)"""

from __future__ import annotations

import os
import shutil
import subprocess
import tomllib
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
COMPILED = "belimumab_companion/_translations"


def uv() -> str:
    found = os.environ.get("UV") or shutil.which("uv")  # `uv run` sets UV to itself
    if not found:
        pytest.fail("uv not found: the wheel is built with `uv build` (run the tests with uv run)")
    return found


@pytest.mark.slow
@pytest.mark.timeout(900)
def test_the_wheel_carries_every_translation_compiled(tmp_path: Path) -> None:
    result = subprocess.run(
        [uv(), "build", "--wheel", "--out-dir", str(tmp_path), str(ROOT)],
        capture_output=True,
        text=True,
        timeout=840,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-4000:]
    (wheel,) = tmp_path.glob("belimumab_companion-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        assert len(names) == len(set(names)), "a file twice in the wheel"
        sources = sorted(path.stem for path in TRANSLATIONS.glob("*.ts"))
        compiled = sorted(
            Path(name).stem
            for name in names
            if name.startswith(f"{COMPILED}/") and name.endswith(".qm")
        )
        assert sources and compiled == sources
        assert [name for name in names if name.endswith(".qm")] == [
            f"{COMPILED}/{stem}.qm" for stem in compiled
        ]
        spanish = tmp_path / "es.qm"
        spanish.write_bytes(archive.read(f"{COMPILED}/belimumab_companion_es.qm"))
    translator = QTranslator()
    assert translator.load(str(spanish))
    assert translator.translate("MainWindow", "Today") == "Hoy"


def pyside6_essentials(requirements: list[str]) -> list[str]:
    return sorted(r.replace(" ", "") for r in requirements if r.startswith("pyside6-essentials"))


def test_the_build_compiles_with_the_same_pyside6_as_the_app_runs_on() -> None:
    """pyside6-lrelease comes from [build-system].requires; its PySide6 follows the app's."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    build = pyside6_essentials(project["build-system"]["requires"])
    assert build and build == pyside6_essentials(project["project"]["dependencies"])
    hooks = project["tool"]["hatch"]["build"]["targets"]["wheel"]["hooks"]
    assert "custom" in hooks and (ROOT / "hatch_build.py").is_file()
    keys = project["tool"]["uv"]["cache-keys"]
    assert {"file": "resources/translations/*.ts"} in keys  # an edited .ts: uv builds again
