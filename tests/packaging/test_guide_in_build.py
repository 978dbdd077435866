"""The user guide (resources/guide) ships in the frozen build and in the wheel, where
``paths.resources_dir()`` finds it: read from the PyInstaller spec and pyproject.toml themselves,
without building (the slow build test checks the built folder)."""

from __future__ import annotations

import ast
import tomllib
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "packaging" / "pyinstaller" / "belimumab-companion.spec"
GUIDE = ROOT / "resources" / "guide"
BUNDLED = "belimumab_companion/_resources"


def spec_parts() -> tuple[ast.Module, dict[str, Any]]:
    """The spec's parsed text, and its own ``tree`` function and ``SKIPPED`` set, run as written."""
    module = ast.parse(SPEC.read_text(encoding="utf-8"))
    wanted = [
        node
        for node in module.body
        if (isinstance(node, ast.FunctionDef) and node.name == "tree")
        or (
            isinstance(node, ast.Assign)
            and any(isinstance(t, ast.Name) and t.id == "SKIPPED" for t in node.targets)
        )
    ]
    assert len(wanted) == 2, "the spec's tree() and SKIPPED moved: update this test"
    namespace: dict[str, Any] = {"Path": Path}
    exec(
        compile(ast.Module(body=list[ast.stmt](wanted), type_ignores=[]), str(SPEC), "exec"),
        namespace,
    )
    return module, namespace


def resources_call(module: ast.Module) -> ast.Call:
    """The ``tree(RESOURCES, "belimumab_companion/_resources", ...)`` call that fills datas."""
    for node in ast.walk(module):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == "tree"
            and node.args
            and isinstance(node.args[0], ast.Name)
            and node.args[0].id == "RESOURCES"
        ):
            return node
    raise AssertionError("the spec no longer bundles resources/ with tree(RESOURCES, ...)")


def test_the_spec_bundles_every_guide_file_where_the_app_looks_for_it() -> None:
    module, namespace = spec_parts()
    call = resources_call(module)
    target = ast.literal_eval(call.args[1])
    skipped = ast.literal_eval(call.args[2]) if len(call.args) > 2 else ()
    assert target == BUNDLED
    bundled = set(namespace["tree"](ROOT / "resources", target, skipped))
    guide_files = [path for path in GUIDE.rglob("*") if path.is_file()]
    assert any(path.name == "index.html" for path in guide_files)
    assert any(path.suffix == ".png" for path in guide_files)
    for path in guide_files:
        folder = str(Path(BUNDLED, path.relative_to(ROOT / "resources").parent))
        assert (str(path), folder) in bundled, path
    assert "resources/guide" in SPEC.read_text(encoding="utf-8")  # named in the spec's notes


def test_the_wheel_carries_resources_with_the_guide() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    force = project["tool"]["hatch"]["build"]["targets"]["wheel"]["force-include"]
    assert force["resources"] == BUNDLED
    assert (GUIDE / "en" / "index.html").is_file() and (GUIDE / "es" / "index.html").is_file()
