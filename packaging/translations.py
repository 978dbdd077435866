"""Extract and compile the app's translations.

    uv run python packaging/translations.py update     # sources -> resources/translations/*.ts
    uv run python packaging/translations.py compile D  # every .ts -> D/<same name>.qm (by hand)

``update`` runs ``pyside6-lupdate`` over every Python file under ``src/`` into each
``belimumab_companion_<lang>.ts`` (new strings come in "unfinished"; strings no longer in the
sources are dropped). Translate with Qt Linguist (``uv run pyside6-linguist FILE``) or any
editor. The builds compile by themselves: ``hatch_build.py`` for the wheel and for the editable
install of a checkout (``uv sync``, and ``uv run`` after a ``.ts`` changed, write
``src/belimumab_companion/_translations/``), the PyInstaller spec for the frozen app. ``compile``
is for looking at a ``.qm`` by hand.
A new language: ``update --add fr``.

Counts ("%n doses logged") have real plural forms (issue 17). ``pyside6-lupdate`` 6.11 marks a
message as plural only for ``self.tr(text, None, n)``; from ``QCoreApplication.translate`` with a
variable count it extracts a plain message. So ``update`` ends with a plural pass: every message
whose source has ``%n`` becomes a plural ("numerus") message, keeping the forms already
translated. The English forms ("1 dose logged") live in ``belimumab_companion_en.ts``, which
holds only those plural messages (the source language needs nothing else).
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path
from xml.sax.saxutils import escape

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


SOURCE_LANGUAGE = "en"
# How many plural forms a language has (Qt's rules); 2 unless listed.
PLURAL_FORMS: dict[str, int] = {"en": 2, "es": 2}
PLURAL = re.compile(r"%n")


def catalogues() -> list[Path]:
    """Every translation file, the source language's plural-only one included."""
    return sorted(TRANSLATIONS.glob(f"{CATALOGUE}_*.ts"))


def source_catalogue() -> Path:
    return TRANSLATIONS / f"{CATALOGUE}_{SOURCE_LANGUAGE}.ts"


def run_lupdate(targets: list[Path], extra_args: tuple[str, ...] = (), quiet: bool = False) -> None:
    """lupdate from the repository root (relative, stable paths in the .ts files), then the
    plural pass on each target."""
    if not targets:
        return
    saved = {target: plural_forms(target) if target.is_file() else {} for target in targets}
    command = [tool("pyside6-lupdate"), *source_files(), "-no-obsolete", "-locations", "none"]
    command += [*extra_args, "-ts", *(str(target) for target in targets)]
    subprocess.run(command, cwd=ROOT, check=True, capture_output=quiet)
    for target in targets:
        make_plurals(target, saved[target])


def update(targets: list[Path], extra_args: tuple[str, ...] = ()) -> None:
    run_lupdate([t for t in targets if t != source_catalogue()], extra_args)
    update_source_plurals()


def update_source_plurals() -> None:
    """The source language's file: only the plural messages, with their English forms kept."""
    target = source_catalogue()
    kept = plural_forms(target) if target.is_file() else {}
    with tempfile.TemporaryDirectory() as scratch:
        fresh = Path(scratch) / f"{CATALOGUE}_{SOURCE_LANGUAGE}.ts"
        run_lupdate([fresh], ("-target-language", SOURCE_LANGUAGE), quiet=True)
        make_plurals(fresh, kept)
        text = fresh.read_text(encoding="utf-8")
    text = re.sub(r"\n    <message>.*?</message>", "", text, flags=re.S)
    text = re.sub(r"<context>\s*<name>[^<]*</name>\s*</context>\n", "", text)
    target.write_text(text, encoding="utf-8")


def plural_forms(path: Path) -> dict[tuple[str, str], list[str]]:
    """(context, source) -> the translated plural forms, for every finished plural message."""
    found: dict[tuple[str, str], list[str]] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if message.get("numerus") != "yes" or translation is None:
                continue
            forms = [form.text or "" for form in translation.iter("numerusform")]
            if translation.get("type") != "unfinished" and all(forms):
                found[(name, message.findtext("source") or "")] = forms
    return found


def _language(text: str) -> str:
    match = re.search(r'<TS [^>]*language="([^"]+)"', text)
    return match.group(1).split("_")[0] if match else ""


def make_plurals(path: Path, saved: dict[tuple[str, str], list[str]]) -> None:
    """Every message whose source has %n becomes a plural message, with the forms in ``saved``
    (or empty, unfinished, forms to translate). Edits the text, so lupdate's layout stays."""
    text = path.read_text(encoding="utf-8")
    count = PLURAL_FORMS.get(_language(text), 2)
    indent = " " * 8

    def in_context(block: re.Match[str]) -> str:
        name_match = re.search(r"<name>(.*?)</name>", block.group(0))
        name = _unescape(name_match.group(1)) if name_match else ""

        def in_message(found: re.Match[str]) -> str:
            message = found.group(0)
            source_match = re.search(r"<source>(.*?)</source>", message, re.S)
            if source_match is None or not PLURAL.search(source_match.group(1)):
                return message
            if 'numerus="yes"' in message and "<numerusform" in message:
                forms_now = re.findall(r"<numerusform>(.*?)</numerusform>", message, re.S)
                if all(forms_now) and 'type="unfinished"' not in message:
                    return message  # a real plural message, translated: keep it
            forms = saved.get((name, _unescape(source_match.group(1))))
            if forms:
                body = "".join(
                    f"\n{indent}    <numerusform>{_escape(f)}</numerusform>" for f in forms
                )
                translation = f"<translation>{body}\n{indent}</translation>"
            else:
                body = f"\n{indent}    <numerusform></numerusform>" * count
                translation = f'<translation type="unfinished">{body}\n{indent}</translation>'
            message = message.replace("<message>", '<message numerus="yes">', 1)
            return re.sub(
                r"<translation[^>]*?(?:/>|>.*?</translation>)",
                lambda _: translation,
                message,
                count=1,
                flags=re.S,
            )

        return re.sub(r"<message.*?</message>", in_message, block.group(0), flags=re.S)

    path.write_text(re.sub(r"<context>.*?</context>", in_context, text, flags=re.S), "utf-8")


def _escape(text: str) -> str:
    return escape(text, {"'": "&apos;", '"': "&quot;"})


def _unescape(text: str) -> str:
    from xml.sax.saxutils import unescape

    return unescape(text, {"&apos;": "'", "&quot;": '"'})


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
            run_lupdate(
                [TRANSLATIONS / f"{CATALOGUE}_{args.add}.ts"], ("-target-language", args.add)
            )
        update(catalogues())
    else:
        for path in compile_all(args.out_dir):
            print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
