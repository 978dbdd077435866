"""Issue 8, translations: the .ts files are complete and match the sources.

- every string the sources mark for translation (what ``pyside6-lupdate`` extracts now) is in
  every translation file, and the file holds nothing the sources no longer have;
- every translation is finished (the PHQ's too: the official Spanish wording, issue 17);
- a translation has exactly the placeholders (%1…%9, %n) of its source, and a keyboard
  accelerator (&) where the source has one;
- the sources only ever pass literal strings to ``tr``/``translate``/``QT_TRANSLATE_NOOP`` (a
  variable cannot be extracted, so it would never be translated), with one reviewed exception:
  ``ui/text/i18n.py``, which translates strings marked elsewhere.

The files are read with ElementTree, not with Qt.
"""

from __future__ import annotations

import ast
import importlib.util
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ROOT / "src" / "belimumab_companion"
TRANSLATIONS = ROOT / "resources" / "translations"
PLACEHOLDER = re.compile(r"%(?:\d|n)")
ACCELERATOR = re.compile(r"&(?!&)(?=\S)")
SOURCE_LANGUAGE_FILE = TRANSLATIONS / "belimumab_companion_en.ts"


def packaging_translations() -> Any:  # a module loaded from a file: its names are not known
    """packaging/translations.py, the project's own update command (its plural pass)."""
    spec = importlib.util.spec_from_file_location(
        "translations", ROOT / "packaging/translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    numerus: bool
    translations: tuple[str, ...]
    finished: bool


def read_ts(path: Path) -> list[Message]:
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = tuple(form.text or "" for form in translation.iter("numerusform"))
            texts = forms if forms else (translation.text or "",)
            messages.append(
                Message(
                    context=name,
                    source=message.findtext("source") or "",
                    numerus=message.get("numerus") == "yes",
                    translations=texts,
                    finished=translation.get("type") not in ("unfinished", "vanished", "obsolete"),
                )
            )
    return messages


def catalogues() -> list[Path]:
    return sorted(TRANSLATIONS.glob("belimumab_companion_*.ts"))


def test_there_is_a_spanish_translation() -> None:
    assert TRANSLATIONS / "belimumab_companion_es.ts" in catalogues()


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> list[Message]:
    """What the sources mark for translation right now, by the same command the project uses."""
    fresh = tmp_path_factory.mktemp("lupdate") / "belimumab_companion_xx.ts"
    sources = sorted(str(path.relative_to(ROOT)) for path in SOURCES.rglob("*.py"))
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    result = subprocess.run(
        [str(lupdate), *sources, "-no-obsolete", "-locations", "none", "-ts", str(fresh)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    packaging_translations().make_plurals(fresh, {})  # what `update` does after lupdate
    messages = read_ts(fresh)
    assert len(messages) > 500  # the whole app, not an empty run
    return messages


@pytest.mark.parametrize("catalogue", catalogues(), ids=lambda path: path.stem)
def test_a_translation_file_has_every_string_of_the_sources_and_no_other(
    catalogue: Path, extracted: list[Message]
) -> None:
    wanted = {(m.context, m.source, m.numerus) for m in extracted}
    if catalogue == SOURCE_LANGUAGE_FILE:  # English holds only the plural forms
        wanted = {key for key in wanted if key[2]}
    present = {(m.context, m.source, m.numerus) for m in read_ts(catalogue)}
    missing = sorted(wanted - present)
    stale = sorted(present - wanted)
    assert not missing, (
        f"{len(missing)} strings are missing from {catalogue.name} (run "
        f"`uv run python packaging/translations.py update`): {missing[:20]}"
    )
    assert not stale, f"{catalogue.name} has strings the sources no longer have: {stale[:20]}"


@pytest.mark.parametrize("catalogue", catalogues(), ids=lambda path: path.stem)
def test_every_string_is_translated(catalogue: Path) -> None:
    untranslated = [
        (m.context, m.source)
        for m in read_ts(catalogue)
        if not m.finished or not all(text.strip() for text in m.translations)
    ]
    assert not untranslated, f"{len(untranslated)} untranslated: {untranslated[:20]}"


@pytest.mark.parametrize("catalogue", catalogues(), ids=lambda path: path.stem)
def test_a_translation_keeps_the_placeholders_and_the_accelerator_of_its_source(
    catalogue: Path,
) -> None:
    problems = []
    for m in read_ts(catalogue):
        wanted = sorted(PLACEHOLDER.findall(m.source))
        for text in m.translations:
            if not text:
                continue  # untranslated: shown in English, reported by the test above
            if m.numerus:
                # a singular form may spell the number out; every other placeholder must stay
                ok = sorted(set(PLACEHOLDER.findall(text)) - {"%n"}) == sorted(set(wanted) - {"%n"})
            else:
                ok = sorted(PLACEHOLDER.findall(text)) == wanted
            if not ok:
                problems.append(f"{m.context}: {m.source!r} -> {text!r}: placeholders differ")
            if bool(ACCELERATOR.search(m.source)) != bool(ACCELERATOR.search(text)):
                problems.append(f"{m.context}: {m.source!r} -> {text!r}: accelerator differs")
    assert not problems, "\n".join(problems)


def test_placeholder_check_catches_a_dropped_or_renumbered_placeholder(tmp_path: Path) -> None:
    broken = tmp_path / "belimumab_companion_zz.ts"
    broken.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="zz">'
        "<context><name>X</name>"
        "<message><source>Dose %1 of %2</source><translation>Dosis %1 de %3</translation></message>"
        "<message><source>&amp;Save</source><translation>Guardar</translation></message>"
        "</context></TS>",
        encoding="utf-8",
    )
    with pytest.raises(AssertionError, match="placeholders differ") as failure:
        test_a_translation_keeps_the_placeholders_and_the_accelerator_of_its_source(broken)
    assert "accelerator differs" in str(failure.value)


TRANSLATING_CALLS = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"}
# ui/text/i18n.py translates what was marked elsewhere: its calls take variables on purpose.
REVIEWED = {SOURCES / "ui" / "text" / "i18n.py"}


def literal(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def test_the_sources_only_pass_literal_strings_to_translation() -> None:
    problems = []
    for path in sorted(SOURCES.rglob("*.py")):
        if path in REVIEWED:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef) and node.name in ("_tr", "_", "tr_"):
                problems.append(f"{path.relative_to(ROOT)}:{node.lineno}: a wrapper {node.name}()")
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name not in TRANSLATING_CALLS:
                continue
            texts = node.args[:2] if name in ("translate", "QT_TRANSLATE_NOOP") else node.args[:1]
            if not texts or not all(literal(arg) for arg in texts):
                problems.append(f"{path.relative_to(ROOT)}:{node.lineno}: {name}() of a variable")
            if name == "tr" and not (
                isinstance(func, ast.Attribute)
                and isinstance(func.value, ast.Name)
                and func.value.id == "self"
            ):
                problems.append(
                    f"{path.relative_to(ROOT)}:{node.lineno}: tr() on another object "
                    "(lupdate gives it the wrong context; use QCoreApplication.translate)"
                )
            if name == "translate" and (len(node.args) > 3 or node.keywords):
                problems.append(
                    f"{path.relative_to(ROOT)}:{node.lineno}: translate() with a count: "
                    "pyside6-lupdate 6.11 extracts it only when the count is a literal; mark the "
                    "text with QT_TRANSLATE_NOOP and call i18n.counted(context, text, n), or use "
                    "self.tr(text, None, n) in a class"
                )
            if name == "tr" and node.keywords:
                problems.append(
                    f"{path.relative_to(ROOT)}:{node.lineno}: tr() with keywords "
                    "(lupdate does not extract it; use self.tr(text, None, n))"
                )
            if name == "tr" and len(node.args) > 1:
                plural = (
                    len(node.args) == 3
                    and isinstance(node.args[1], ast.Constant)
                    and node.args[1].value is None
                    and literal(node.args[0])
                    and "%n" in node.args[0].value  # type: ignore[attr-defined]  # an ast.Constant, checked above
                )
                if not plural:
                    problems.append(
                        f"{path.relative_to(ROOT)}:{node.lineno}: tr() with more than a text: "
                        "only a plural, self.tr('... %n ...', None, n), is extracted right"
                    )
    assert not problems, "\n".join(problems)
