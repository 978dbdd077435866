"""Extract and compile the app's translations.

    uv run python packaging/translations.py update     # sources -> resources/translations/*.ts
    uv run python packaging/translations.py compile D  # every .ts -> D/<same name>.qm

``update`` runs ``pyside6-lupdate`` over every Python file under ``src/`` into each
``belimumab_companion_<lang>.ts`` (new strings come in "unfinished"; strings no longer in the
sources are dropped). Translate with Qt Linguist (``uv run pyside6-linguist FILE``) or any
editor. ``compile`` is what a build runs (the frozen build puts the ``.qm`` files beside the
``.ts`` in its resources); run from a checkout, the app compiles on first use instead.
A new language: ``update --add fr``.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "src" / "belimumab_companion"
TRANSLATIONS = ROOT / "resources" / "translations"
CATALOGUE = "belimumab_companion"


def tool(name: str) -> str:
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.is_file() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: run this with `uv run python …`")
    return found


def source_files() -> list[str]:
    return sorted(str(path.relative_to(ROOT)) for path in SOURCES.rglob("*.py"))


def catalogues() -> list[Path]:
    return sorted(TRANSLATIONS.glob(f"{CATALOGUE}_*.ts"))


def update(targets: list[Path], extra_args: tuple[str, ...] = ()) -> None:
    """Run lupdate from the repository root (relative, stable paths in the .ts files)."""
    if not targets:
        return
    command = [tool("pyside6-lupdate"), *source_files(), "-no-obsolete", "-locations", "none"]
    command += [*extra_args, "-ts", *(str(target) for target in targets)]
    subprocess.run(command, cwd=ROOT, check=True)


def compile_all(out_dir: Path) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for source in catalogues():
        target = out_dir / source.with_suffix(".qm").name
        subprocess.run(
            [tool("pyside6-lrelease"), "-silent", str(source), "-qm", str(target)], check=True
        )
        written.append(target)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    do_update = commands.add_parser("update", help="extract the strings into every .ts file")
    do_update.add_argument("--add", metavar="LANG", help="start a new language (e.g. fr)")
    do_compile = commands.add_parser("compile", help="compile every .ts file into OUT_DIR")
    do_compile.add_argument("out_dir", type=Path)
    args = parser.parse_args(argv)
    if args.command == "update":
        if args.add:
            update([TRANSLATIONS / f"{CATALOGUE}_{args.add}.ts"], ("-target-language", args.add))
        update(catalogues())
    else:
        for path in compile_all(args.out_dir):
            print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
