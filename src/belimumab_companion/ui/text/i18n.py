"""The user's language: which translation is loaded, and how text from below the UI is translated.

Translations are Qt Linguist files, ``resources/translations/belimumab_companion_<lang>.ts``
(extracted from the sources with ``pyside6-lupdate``, see ``packaging/translations.py``). They are
compiled when the package is built (``hatch_build.py``: the wheel, and the editable install that
``uv sync`` makes of a checkout; the PyInstaller spec for the frozen app) into
``paths.compiled_translations_dir()``. At start-up the app only loads those ``.qm`` files; it never
runs a tool. A missing one (a broken install) means English, with one warning in the log.

The language follows the system's unless one is chosen in Settings (``paths.language_file``):
that file is read before the window exists, because the window is built before the database opens.
Dates and numbers always follow the locale of the language in use (``QLocale.setDefault``).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from belimumab_companion.paths import compiled_translations_dir, resources_dir
from belimumab_companion.services.errors import STORAGE_MESSAGES, StorageWriteError
from belimumab_companion.ui.text.locale_format import (
    date_text,
    date_time_text,
    integer_text,
    quantity_text,
    time_text,
)
from belimumab_companion.user_text import MESSAGES_CONTEXT, UserText, Value, fill, os_error_text

log = logging.getLogger(__name__)

CATALOGUE = "belimumab_companion"
SOURCE_LANGUAGE = "en"

# The languages offered in Settings, each named in itself (a reader who cannot read the current
# language can still find their own). "" is the system's language.
LANGUAGE_NAMES: dict[str, str] = {"en": "English", "es": "Español"}


def translations_dir() -> Path:
    return resources_dir() / "translations"


def available_languages() -> list[str]:
    """The source language and every language with a translation file (a ``.ts`` source, or a
    compiled ``.qm``: the frozen app has only those), sorted."""
    found = {SOURCE_LANGUAGE}
    for folder, suffix in ((translations_dir(), ".ts"), (compiled_translations_dir(), ".qm")):
        if folder.is_dir():
            for entry in folder.iterdir():
                stem = entry.stem
                if entry.suffix == suffix and stem.startswith(CATALOGUE + "_"):
                    found.add(stem.removeprefix(CATALOGUE + "_"))
    return sorted(found)


def read_language_choice(language_file: Path) -> str:
    """The language chosen in Settings, or "" for the system's (also when the file is unreadable)."""
    try:
        chosen = language_file.read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        return ""
    return chosen if chosen in available_languages() else ""


def write_language_choice(language_file: Path, language: str) -> None:
    """Keep the choice for the next start; "" removes it (follow the system)."""
    from belimumab_companion.system.atomic_write import atomic_writer

    if not language:
        language_file.unlink(missing_ok=True)
        return
    if language not in available_languages():
        raise ValueError(f"no translation for {language!r}")
    with atomic_writer(language_file) as handle:
        handle.write(language.encode("utf-8") + b"\n")


def system_language() -> str:
    """The first of the system's preferred languages that has a translation, else English."""
    offered = available_languages()
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in offered:
            return code
    return SOURCE_LANGUAGE


@dataclass
class InstalledLanguage:
    language: str  # what is shown: "en", "es"…
    translators: list[QTranslator]


_installed: InstalledLanguage | None = None


def install_language(choice: str = "") -> InstalledLanguage:
    """Load the app's and Qt's own translations for ``choice`` ("" = the system's language) and
    make dates and numbers follow it. Safe to call again: the previous translators are removed."""
    global _installed
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install_language needs a QApplication")
    if _installed is not None:
        for translator in _installed.translators:
            QCoreApplication.removeTranslator(translator)
    language = choice if choice in available_languages() else system_language()
    translators: list[QTranslator] = []
    if language == SOURCE_LANGUAGE:
        # English needs only its plural forms ("1 dose logged" for "%n doses logged").
        plurals = QTranslator(app)
        compiled = compiled_catalogue(SOURCE_LANGUAGE)
        if compiled is not None and plurals.load(str(compiled)):
            translators.append(plurals)
    else:
        ours = QTranslator(app)
        compiled = compiled_catalogue(language)
        if compiled is not None and ours.load(str(compiled)):
            translators.append(ours)
        else:
            if compiled is not None and language not in _missing_warned:
                _missing_warned.add(language)
                log.warning("the translation %s does not load; showing English", compiled)
            language = SOURCE_LANGUAGE
        qt_own = QTranslator(app)  # Qt's standard buttons and dialogs ("Cancel", "Yes")
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if language != SOURCE_LANGUAGE and qt_own.load(f"qtbase_{language}", qt_folder):
            translators.append(qt_own)
    for translator in translators:
        QCoreApplication.installTranslator(translator)
    QLocale.setDefault(_locale_for(language))
    _installed = InstalledLanguage(language, translators)
    return _installed


def current_language() -> str:
    return _installed.language if _installed is not None else SOURCE_LANGUAGE


def _locale_for(language: str) -> QLocale:
    """The system's own locale when it speaks that language (keeps its country: es_MX, en_GB),
    else the language's default one."""
    system = QLocale.system()
    if QLocale.languageToCode(system.language()) == language:
        return system
    return QLocale(language)


# --- the compiled catalogues -------------------------------------------------------------------

_missing_warned: set[str] = set()


def compiled_catalogue(language: str) -> Path | None:
    """The language's compiled translation, or None (and a warning, once per language) when the
    build did not put it there."""
    compiled = compiled_translations_dir() / f"{CATALOGUE}_{language}.qm"
    if compiled.is_file():
        return compiled
    if language not in _missing_warned:
        _missing_warned.add(language)
        log.warning(
            "the compiled translation %s is missing (a checkout compiles it in `uv sync`); "
            "showing English",
            compiled,
        )
    return None


# --- translating what the domain and the services said ------------------------------------------


def marked(context: str, source: str) -> str:
    """Translate a string marked with ``QT_TRANSLATE_NOOP(context, source)`` elsewhere (a table of
    labels, a code's text). The one place a translate call takes a variable."""
    return QCoreApplication.translate(context, source)


def counted(context: str, source: str, count: int) -> str:
    """A count's words in the plural form the language uses for ``count`` ("1 dose", "2 doses"):
    ``source`` has ``%n`` (marked elsewhere; ``packaging/translations.py`` makes it a plural
    message); Qt writes the number in place of ``%n``."""
    return QCoreApplication.translate(context, source, None, count)


def user_text(text: UserText) -> str:
    """A domain or service sentence in the user's language, its values in the user's locale."""
    template = QCoreApplication.translate(MESSAGES_CONTEXT, text.source)
    return fill(template, tuple(value_text(value) for value in text.args))


def error_text(error: BaseException) -> str:
    """What to show for a refusal raised below the UI."""
    text = getattr(error, "text", None)
    if isinstance(text, UserText):
        return user_text(text)
    if isinstance(error, StorageWriteError):
        return marked(MESSAGES_CONTEXT, STORAGE_MESSAGES[error.kind])
    if isinstance(error, OSError):
        return user_text(os_error_text(error))
    return str(error)


def value_text(value: Value) -> str:
    """A placeholder's value as the user's locale writes it."""
    from datetime import date, datetime, time

    if isinstance(value, UserText):
        return user_text(value)
    if isinstance(value, datetime):
        return date_time_text(value)
    if isinstance(value, date):
        return date_text(value)
    if isinstance(value, time):
        return time_text(value)
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float):
        return quantity_text(value)
    if isinstance(value, int):
        return integer_text(value)
    return value
