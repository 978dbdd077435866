"""Help → User guide (F1, issue 20 item 6): the offline guide opens from the real window, in the
language in use, with its contents links, its screenshots and a find field; the guide files
themselves walk the six journeys of docs/user-journeys.md in plain words (no rule codes)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from html.parser import HTMLParser

import pytest
from PySide6.QtCore import QLocale, Qt, QUrl
from PySide6.QtGui import QAction, QImage, QTextDocument
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from belimumab_companion.paths import AppPaths
from belimumab_companion.services.app_services import AppServices, build_services
from belimumab_companion.services.clock import fixed_clock
from belimumab_companion.ui.dialogs.user_guide import UserGuideDialog, guide_dir, guide_file
from belimumab_companion.ui.shell.main_window import MainWindow
from belimumab_companion.ui.text import i18n
from testsupport import FIXED_NOW

LANGUAGES = ("en", "es")

# The six journeys (docs/user-journeys.md), then the short sections, as each guide titles them.
JOURNEYS = {
    "en": [
        "Ana starts weekly injections at home",
        "Ana misses a dose on holiday",
        "David sets up the app for his son Leo",
        "Grace: lupus nephritis, 400 mg doses and an emergency",
        "Sam switches from infusions to injections",
        "Maya stops treatment and keeps up her contraception",
    ],
    "es": [
        "Ana empieza las inyecciones semanales en casa",
        "Ana olvida una dosis durante un viaje",
        "David configura la aplicación para su hijo Leo",
        "Grace: nefritis lúpica, dosis de 400 mg y una emergencia",
        "Sam pasa de las infusiones a las inyecciones",
        "Maya termina el tratamiento y sigue con su anticoncepción",
    ],
}
SHORT_SECTIONS = {
    "en": [
        "First start",
        "Logging a dose",
        "The diary, and when to get urgent help",
        "Backups and restore",
        "Your data stays on this computer",
    ],
    "es": [
        "La primera vez",
        "Registrar una dosis",
        "El diario, y cuándo pedir ayuda urgente",
        "Copias de seguridad y restauración",
        "Sus datos se quedan en esta computadora",
    ],
}
# What the urgent-help section must say plainly, in each language.
CALL_NOW = {"en": "Call your emergency number now", "es": "Llame ahora al número de emergencias"}
RED_FLAGS = {
    "en": ["trouble breathing", "swelling of the face, lips, mouth, tongue or throat", "fainting"],
    "es": [
        "dificultad para respirar",
        "hinchazón de la cara, los labios, la boca, la lengua o la garganta",
        "desmayo",
    ],
}


class GuideParts(HTMLParser):
    """The guide's section headings, anchors, links and images, read as a plain HTML parser
    (not Qt) would."""

    def __init__(self) -> None:
        super().__init__()
        self.headings: list[str] = []
        self.anchors: set[str] = set()
        self.links: list[str] = []
        self.images: list[str] = []
        self.text: list[str] = []
        self._heading: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "h2":
            self._heading = []
        elif tag == "a" and values.get("name"):
            self.anchors.add(str(values["name"]))
        elif tag == "a" and values.get("href"):
            self.links.append(str(values["href"]))
        elif tag == "img":
            self.images.append(str(values["src"]))

    def handle_endtag(self, tag: str) -> None:
        if tag == "h2" and self._heading is not None:
            self.headings.append(" ".join("".join(self._heading).split()))
            self._heading = None

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        if self._heading is not None:
            self._heading.append(data)


def parts(language: str) -> GuideParts:
    parser = GuideParts()
    parser.feed(guide_file(language).read_text(encoding="utf-8"))
    return parser


@pytest.fixture
def spanish(qapp: QApplication) -> Iterator[None]:
    before = QLocale()
    i18n.install_language("es")
    try:
        yield
    finally:
        i18n.install_language("en")
        QLocale.setDefault(before)


def open_window(qtbot: QtBot, data_paths: AppPaths) -> tuple[MainWindow, list[AppServices]]:
    built: list[AppServices] = []

    def loader() -> AppServices:
        built.append(build_services(data_paths, clock=fixed_clock(FIXED_NOW)))
        return built[-1]

    main = MainWindow(loader, reminders=False)
    qtbot.addWidget(main)
    with qtbot.waitSignal(main.data_shown, timeout=10_000):
        main.show()
    return main, built


def guide_action(window: MainWindow) -> QAction:
    action = window.findChild(QAction, "actionUserGuide")
    assert action is not None
    return action


def shown_guide(window: MainWindow) -> UserGuideDialog:
    found = [d for d in window.findChildren(UserGuideDialog) if d.isVisible()]
    assert len(found) == 1
    return found[0]


def test_help_user_guide_opens_the_english_guide(qtbot: QtBot, window: MainWindow) -> None:
    action = guide_action(window)
    menus = [m for m in action.associatedObjects() if isinstance(m, QMenu)]
    assert [menu.title() for menu in menus] == ["&Help"]
    assert menus[0].actions().index(action) == 0  # before About
    assert action.text() == "&User guide"
    assert action in window.actions()  # F1 whichever page shows
    assert not window.findChildren(UserGuideDialog)

    action.trigger()
    dialog = shown_guide(window)
    assert dialog.windowTitle() == "User guide"
    assert dialog.source == guide_dir() / "en" / "index.html"
    text = dialog.browser.toPlainText()
    for heading in JOURNEYS["en"] + SHORT_SECTIONS["en"]:
        assert heading in text
    assert dialog.browser.isReadOnly()
    assert not dialog.isModal()  # the window stays usable beside it

    action.trigger()  # again: the same dialog comes to the front, not a second one
    assert shown_guide(window) is dialog


def test_f1_opens_the_guide(qtbot: QtBot, window: MainWindow) -> None:
    window.show_page("schedule")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    target = QApplication.focusWidget() or window
    qtbot.keyClick(target, Qt.Key.Key_F1)
    dialog = shown_guide(window)
    assert "Ana starts weekly injections at home" in dialog.browser.toPlainText()


def test_in_spanish_the_menu_and_the_guide_are_spanish(
    qtbot: QtBot, spanish: None, data_paths: AppPaths
) -> None:
    window, built = open_window(qtbot, data_paths)
    try:
        action = guide_action(window)
        assert action.text() == "Guía del &usuario"
        action.trigger()
        dialog = shown_guide(window)
        assert dialog.windowTitle() == "Guía del usuario"
        assert dialog.source == guide_dir() / "es" / "index.html"
        text = dialog.browser.toPlainText()
        for heading in JOURNEYS["es"] + SHORT_SECTIONS["es"]:
            assert heading in text
        assert JOURNEYS["en"][0] not in text
        dialog.close()
    finally:
        for services in built:
            services.close()


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_guide_has_a_section_per_journey_and_the_short_sections(language: str) -> None:
    headings = parts(language).headings
    for heading in JOURNEYS[language] + SHORT_SECTIONS[language]:
        assert heading in headings, heading
    assert len(headings) == len(set(headings))


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_contents_link_has_its_section_and_every_section_is_linked(language: str) -> None:
    guide = parts(language)
    targets = [link.removeprefix("#") for link in guide.links]
    assert all(link.startswith("#") for link in guide.links)  # offline: nothing to fetch
    assert set(targets) <= guide.anchors
    assert len(targets) >= len(JOURNEYS[language]) + len(SHORT_SECTIONS[language])


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_image_the_guide_shows_exists_and_loads(qapp: QApplication, language: str) -> None:
    guide = parts(language)
    assert len(guide.images) >= 8
    dialog = UserGuideDialog(language=language)
    try:
        base = QUrl.fromLocalFile(str(dialog.source))
        for source in guide.images:
            path = guide_file(language).parent / source
            assert path.is_file(), source
            assert path.resolve().is_relative_to(guide_dir().resolve())
            assert not QImage(str(path)).isNull(), source
            # and as the dialog loads it (scaled to fit, never blank)
            shown = dialog.browser.loadResource(
                QTextDocument.ResourceType.ImageResource.value, base.resolved(QUrl(source))
            )
            assert isinstance(shown, QImage) and not shown.isNull(), source
            assert 0 < shown.width() <= 720
    finally:
        dialog.deleteLater()


def test_the_screenshots_stay_small() -> None:
    images = list(guide_dir().rglob("*.png"))
    assert images
    assert sum(path.stat().st_size for path in images) < 2_000_000


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_guide_says_plainly_to_call_the_emergency_number_for_the_red_flags(
    language: str,
) -> None:
    text = " ".join(" ".join(parts(language).text).split())
    assert CALL_NOW[language] in text
    for flag in RED_FLAGS[language]:
        assert flag in text, flag


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_guide_has_no_rule_codes(language: str) -> None:
    text = guide_file(language).read_text(encoding="utf-8")
    assert re.findall(r"R-\d\d", text) == []


def test_find_selects_the_words_and_says_when_they_are_nowhere(qapp: QApplication) -> None:
    dialog = UserGuideDialog(language="en")
    try:
        dialog.find_edit.setText("fridge")
        assert dialog.find_next()
        first = dialog.browser.textCursor().position()
        assert dialog.browser.textCursor().selectedText() == "fridge"
        assert dialog.find_next()
        assert dialog.browser.textCursor().position() > first
        assert dialog.find_previous()
        assert dialog.browser.textCursor().position() == first
        assert dialog.find_status.text() == ""
        dialog.find_edit.setText("no such words in the guide")
        assert not dialog.find_next()
        assert dialog.find_status.text() == "Not found"
    finally:
        dialog.deleteLater()


def test_a_contents_link_goes_to_its_section(qtbot: QtBot) -> None:
    dialog = UserGuideDialog(language="en")
    qtbot.addWidget(dialog)
    dialog.show()
    bar = dialog.browser.verticalScrollBar()
    assert bar.value() == 0
    dialog.browser.setSource(QUrl("#maya"))
    qtbot.waitUntil(lambda: bar.value() > 0)
    assert dialog.source.name == "index.html"  # still the guide, further down


def test_a_language_without_a_guide_gets_the_english_one() -> None:
    assert guide_file("xx") == guide_dir() / "en" / "index.html"


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_two_controls_of_the_guide_share_an_alt_letter(
    qapp: QApplication, language: str
) -> None:
    from test_accelerators import clashes  # type: ignore[import-not-found]  # a sibling test module

    before = QLocale()
    i18n.install_language(language)
    try:
        dialog = UserGuideDialog()
        dialog.show()
        assert dialog.source.parent.name == language
        assert clashes(dialog, f"user guide ({language})") == []
        dialog.close()
        dialog.deleteLater()
    finally:
        i18n.install_language("en")
        QLocale.setDefault(before)


# packaging/README.md's glossary: the words the neutral Spanish does not use ("Not" column).
NOT_IN_SPANISH = (
    "ordenador",
    "nevera",
    "heladera",
    "frigorífico",
    "perfusión",
    "pulse",
    "jeringuilla",
    "reacción secundaria",
    "gravedad",
    "equipo de atención",
    "bandera roja",
    "respaldo",
    "ajustes",
    "preferencias",
    "picor",
    "comezón",
    "sistema inmune",
)


def test_the_spanish_guide_keeps_to_the_glossary() -> None:
    text = " ".join(" ".join(parts("es").text).split()).lower()
    for word in NOT_IN_SPANISH:
        assert re.search(rf"\b{word}\b", text) is None, word
    for chosen in ("computadora", "refrigerador", "equipo médico", "número de emergencias"):
        assert chosen in text, chosen
