"""The frozen one-folder build (PyInstaller): build it once, then run the built binary.

Slow: the build takes one to two minutes. It runs the binary's ``--self-test`` on a fresh data
folder, checks what the bundle holds, and repeats scenario 14b (an exception inside a mid-chain
migration, see tests/storage/test_failed_migration.py) against the binary: its bundled copy of
the 0006 migration is made to fail after doing its work, as a bug in a migration would.

PyInstaller is in the ``build`` dependency group, not in ``dev``: under the plain ``uv run pytest``
this module is skipped (the reason shows in the summary); ``.ci/run`` runs it as a step of its own,
``uv run --group build pytest tests/packaging/test_frozen_build.py``.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip(
    "PyInstaller",
    reason="PyInstaller is in the build group: uv run --group build pytest "
    "tests/packaging/test_frozen_build.py (.ci/run does)",
)

from belimumab_companion.storage.database import head_revision
from testsupport import table_digests

ROOT = Path(__file__).resolve().parents[2]
BUILD_SCRIPT = ROOT / "packaging" / "pyinstaller" / "build.py"
NAME = "belimumab-companion"
FIXTURE = ROOT / "tests" / "data" / "schema-0005_make_up_and_reminders.sqlite3"
MIGRATION = "belimumab_companion/storage/migrations/versions/0006_diary.py"
INJECTED = """

_real_upgrade = upgrade


def upgrade() -> None:  # injected by tests/packaging/test_frozen_build.py
    _real_upgrade()
    raise RuntimeError("injected failure in the middle of the chain")
"""
OK_LINES = (
    "ok: migrated to revision ",
    "ok: monograph ",
    "ok: schedule IV SLE ",
    "ok: window (",
    "ok: translations ",
)

# One build for the module, on one xdist worker (the group); the build alone may take many
# minutes on a loaded machine, so its tests get 25 minutes, build included.
pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("frozen-build"), pytest.mark.timeout(1500)]


@pytest.fixture(scope="module")
def frozen_app(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The built executable (one build for the whole module)."""
    folder = tmp_path_factory.mktemp("frozen")
    command = [sys.executable, str(BUILD_SCRIPT), "--no-self-test"]
    command += ["--dist", str(folder / "dist"), "--work", str(folder / "work")]
    result = subprocess.run(
        command, cwd=ROOT, capture_output=True, text=True, timeout=1200, check=False
    )
    if result.returncode != 0:
        pytest.fail(f"the build failed:\n{result.stdout[-3000:]}\n{result.stderr[-6000:]}")
    app = folder / "dist" / NAME / (f"{NAME}.exe" if sys.platform == "win32" else NAME)
    assert app.is_file(), result.stdout
    return app


def internal(app: Path) -> Path:
    return app.parent / "_internal"


def run_app(app: Path, tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    temp = tmp_path / "tmp"
    temp.mkdir(exist_ok=True)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TMPDIR": str(temp)}
    return subprocess.run(
        [str(app), *args], env=env, capture_output=True, text=True, timeout=180, check=False
    )


def revision(path: Path) -> str:
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return str(connection.execute("SELECT version_num FROM alembic_version").fetchone()[0])
    finally:
        connection.close()


def test_the_self_test_passes_on_a_fresh_data_folder(frozen_app: Path, tmp_path: Path) -> None:
    result = run_app(frozen_app, tmp_path, "--self-test")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    for expected in OK_LINES:
        assert any(line.startswith(expected) for line in lines), result.stdout
    assert f"ok: migrated to revision {head_revision()}" in lines
    assert list((tmp_path / "tmp").iterdir()) == []  # the temporary data folder is gone


def test_the_self_test_creates_a_named_new_data_folder(frozen_app: Path, tmp_path: Path) -> None:
    data = tmp_path / "new" / "data"
    result = run_app(frozen_app, tmp_path, "--self-test", "--data-dir", str(data))
    assert result.returncode == 0, result.stderr
    assert revision(data / "companion.sqlite3") == head_revision()


def test_the_frozen_app_writes_the_care_team_report(frozen_app: Path, tmp_path: Path) -> None:
    """The report's Jinja2 templates are found inside the bundle (PackageLoader), and its chart
    is drawn (pyqtgraph and numpy are in the bundle): one symptom logged gives it something."""
    report = tmp_path / "report.pdf"
    logged = run_app(
        frozen_app, tmp_path, "--data-dir", str(tmp_path / "data"), "log-symptom",
        "--text", "Headache", "--severity", "2", "--at", "2026-10-10T09:00+02:00",
        "--as-of", "2026-11-01T10:00+01:00",
    )  # fmt: skip
    assert logged.returncode == 0, logged.stderr
    result = run_app(
        frozen_app, tmp_path, "--data-dir", str(tmp_path / "data"), "export", "pdf", str(report),
        "--from", "2026-10-01", "--to", "2026-10-31", "--as-of", "2026-11-01T10:00+01:00",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert report.read_bytes().startswith(b"%PDF-")
    pdftotext = shutil.which("pdftotext")
    if pdftotext is not None:
        text = subprocess.run(
            [pdftotext, str(report), "-"], capture_output=True, text=True, check=True
        ).stdout
        assert "Care-team report" in text and "Patient and treatment plan" in text
    pdfimages = shutil.which("pdfimages")
    if pdfimages is not None:
        images = subprocess.run(
            [pdfimages, "-list", str(report)], capture_output=True, text=True, check=True
        ).stdout.splitlines()[2:]
        assert len(images) == 1, images  # the severity chart


def test_the_bundle_holds_what_the_app_loads_at_run_time(frozen_app: Path) -> None:
    inside = internal(frozen_app)
    package = inside / "belimumab_companion"
    assert (package / "storage/migrations/env.py").is_file()
    shipped = sorted(
        p.name for p in (ROOT / "src/belimumab_companion/storage/migrations").glob("versions/0*.py")
    )
    bundled = sorted(p.name for p in (package / "storage/migrations/versions").glob("0*.py"))
    assert bundled == shipped
    assert (package / "_resources/monographs/belimumab.md").is_file()
    templates = sorted(
        p.name for p in (ROOT / "src/belimumab_companion/ui/report/templates").glob("*.j2")
    )
    assert templates  # the care-team report's, read by jinja2.PackageLoader from the package
    assert sorted(p.name for p in (package / "ui/report/templates").glob("*.j2")) == templates
    assert (package / "_resources/guide/en/index.html").is_file()
    assert (package / "_resources/guide/es/img/today.png").is_file()
    sources = {p.stem for p in (ROOT / "resources/translations").glob("*.ts")}
    compiled = {p.stem for p in (package / "_translations").glob("*.qm")}
    assert sources and sources == compiled  # paths.compiled_translations_dir()
    assert not list((package / "_resources").rglob("*.qm"))
    assert not list((package / "_resources").rglob("*.ts"))
    if sys.platform == "linux":
        qt = inside / "PySide6" / "Qt"
        platforms = {p.name for p in (qt / "plugins" / "platforms").iterdir()}
        assert {"libqxcb.so", "libqwayland.so", "libqoffscreen.so"} <= platforms
        assert (qt / "plugins" / "imageformats" / "libqsvg.so").is_file()
        assert (qt / "plugins" / "iconengines" / "libqsvgicon.so").is_file()
        assert list((qt / "translations").glob("qtbase_*.qm"))
        assert not list(inside.rglob("*VirtualKeyboard*")), "trimmed in the spec"


@pytest.mark.skipif(sys.platform != "linux", reason="ldd")
def test_no_bundled_library_misses_a_qt_or_python_library(frozen_app: Path) -> None:
    """Trimming in the spec must not remove a library that something left in still needs."""
    missing = []
    for path in internal(frozen_app).rglob("*.so*"):
        if path.is_symlink() or not path.is_file():
            continue
        result = subprocess.run(["ldd", str(path)], capture_output=True, text=True, check=False)
        for line in result.stdout.splitlines():
            if "not found" in line and line.strip().startswith(
                ("libQt6", "libpyside", "libshib", "libpython")
            ):
                missing.append(f"{path.name}: {line.strip()}")
    assert missing == []


@contextlib.contextmanager
def failing_bundled_migration(app: Path) -> Iterator[None]:
    """Make the bundle's 0006 migration do all its work and then raise, as a bug would."""
    script = internal(app) / MIGRATION
    original = script.read_bytes()
    script.write_text(original.decode() + INJECTED)
    try:
        yield
    finally:
        script.write_bytes(original)


def test_a_failed_migration_is_reported_and_leaves_the_data_file_at_its_revision(
    frozen_app: Path, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    database = data / "companion.sqlite3"
    shutil.copy(FIXTURE, database)
    before = table_digests(database)
    with failing_bundled_migration(frozen_app):
        result = run_app(frozen_app, tmp_path, "--self-test", "--data-dir", str(data))
    assert result.returncode == 1, result.stdout
    failure = [line for line in result.stderr.splitlines() if line.startswith("self-test failed: ")]
    assert len(failure) == 1, result.stderr
    assert "could not be brought up to date" in failure[0]
    assert "injected failure in the middle of the chain" in failure[0]
    assert "ok: migrated" not in result.stdout
    assert table_digests(database) == before  # no diary table, every row as it was
    assert revision(database) == "0005_make_up_and_reminders"
    backups = list((data / "backups").glob("before-upgrade-0005_make_up_and_reminders-*.sqlite3"))
    assert len(backups) == 1 and table_digests(backups[0]) == before

    # The next version fixes the migration: the same file is then brought up to date.
    result = run_app(frozen_app, tmp_path, "--self-test", "--data-dir", str(data))
    assert result.returncode == 0, result.stderr
    assert f"ok: migrated to revision {head_revision()}" in result.stdout.splitlines()
    assert revision(database) == head_revision()
