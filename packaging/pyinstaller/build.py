"""Build the one-folder app: ``uv run --group build python packaging/pyinstaller/build.py``
(PyInstaller is in the ``build`` dependency group).

Result: ``dist/belimumab-companion/belimumab-companion`` (``.exe`` on Windows; on macOS also
``dist/Belimumab Companion.app``), PyInstaller's work files in ``build/pyinstaller/``. Then it
runs ``--self-test`` on the result (skip with ``--no-self-test``). Extra arguments go to
PyInstaller, e.g. ``--clean`` or ``--log-level INFO``.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
SPEC = HERE / "belimumab-companion.spec"
NAME = "belimumab-companion"


def executable(dist: Path) -> Path:
    return dist / NAME / (f"{NAME}.exe" if sys.platform == "win32" else NAME)


def folder_size(folder: Path) -> int:
    """Bytes on disk, each file once (the bundle has symbolic links to its libraries)."""
    files = (path for path in folder.rglob("*") if path.is_file() and not path.is_symlink())
    return sum(path.stat().st_size for path in files)


def build(dist: Path, work: Path, extra: list[str]) -> Path:
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN"]
    command += ["--distpath", str(dist), "--workpath", str(work), *extra, str(SPEC)]
    subprocess.run(command, cwd=ROOT, check=True)
    return executable(dist)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="default: dist/")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller")
    parser.add_argument("--no-self-test", action="store_true", help="do not run --self-test")
    args, extra = parser.parse_known_args(argv)
    started = time.monotonic()
    app = build(args.dist.resolve(), args.work.resolve(), extra)
    seconds = time.monotonic() - started
    size = folder_size(app.parent) / 1e6
    print(f"built {app} in {seconds:.0f} s, {size:.0f} MB", flush=True)
    if args.no_self_test:
        return 0
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([str(app), "--self-test"], env=env, check=False).returncode


if __name__ == "__main__":
    sys.exit(main())
