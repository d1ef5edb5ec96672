"""The Workshop Guide in every language CoSafe ships: shaped like the English one, really
translated, naming the window's menus, panels, buttons and keys as that language's window
shows them; F1 opens the guide of the window's language, Arabic's right to left."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from xml.etree import ElementTree

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAction, QKeySequence, QTextDocument

from cosafe.bundled import bundled_file
from cosafe.core.i18n import LANGUAGES, RIGHT_TO_LEFT
from cosafe.ui.language import install_language
from cosafe.ui.shell.help_pages import guide_page

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)\(\)")

TRANSLATED = [code for code in LANGUAGES if code != "en"]
PATH = " › "  # between the steps of a menu path: "File › New Project"


@dataclass
class Paragraph:
    text: str = ""
    ui: list[str] = field(default_factory=list)  # <b class="ui">: words of the window
    keys: list[str] = field(default_factory=list)  # <kbd>: keys as Help › Keyboard Shortcuts shows them


class Guide(HTMLParser):
    """What a guide page is made of, read with the standard library's HTML parser."""

    def __init__(self, page: Path) -> None:
        super().__init__()
        self.attributes: dict[str, dict[str, str | None]] = {}
        self.headings: list[tuple[str, str | None]] = []
        self.heading_texts: list[str] = []
        self.links: list[str] = []
        self.images: list[str] = []
        self.alts: list[str] = []
        self.paragraphs: list[Paragraph] = []
        self.title = ""
        self._open: list[tuple[str, bool]] = []  # (tag, is a window word)
        self._collected = ""
        self.feed(page.read_text(encoding="utf-8"))
        self.paragraphs = [Paragraph(" ".join(p.text.split()), [" ".join(u.split()) for u in p.ui],
                                     [k.strip() for k in p.keys]) for p in self.paragraphs]

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag in ("html", "body"):
            self.attributes[tag] = attributes
        if tag in ("h1", "h2", "h3"):
            self.headings.append((tag, attributes.get("id")))
        if tag == "a":
            self.links.append(attributes.get("href") or "")
        if tag == "img":
            self.images.append(attributes.get("src") or "")
            self.alts.append(attributes.get("alt") or "")
        if tag == "p":
            self.paragraphs.append(Paragraph())
        if tag in ("b", "kbd", "h1", "h2", "h3"):
            self._collected = ""
        if tag != "img":
            self._open.append((tag, tag == "b" and attributes.get("class") == "ui"))

    def handle_endtag(self, tag):
        if not self._open:
            return
        opened, is_ui = self._open.pop()
        if opened == "b" and is_ui:
            self.paragraphs[-1].ui.append(self._collected)
        if opened == "kbd":
            self.paragraphs[-1].keys.append(self._collected)
        if opened in ("h1", "h2", "h3"):
            self.heading_texts.append(" ".join(self._collected.split()))

    def handle_data(self, data):
        if any(tag == "title" for tag, _ in self._open):
            self.title += data
        if any(tag == "p" for tag, _ in self._open):
            self.paragraphs[-1].text += data
        self._collected += data


def page_of(code: str) -> Path:
    return bundled_file("guide", "index.html") if code == "en" else bundled_file("guide", code, "index.html")


def plain(text: str) -> str:
    """A window word as a person reads it: no mnemonic '&', no trailing '…' or ':'."""
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return text.rstrip("…").rstrip(":").rstrip("\u00a0 ").strip()


def catalogue(code: str) -> dict[str, set[str]]:
    """English source → every translation of it in ``cosafe_<code>.ts`` (every context), as read."""
    root = ElementTree.parse(bundled_file("translations", f"cosafe_{code}.ts")).getroot()
    found: dict[str, set[str]] = {}
    for message in root.iter("message"):
        translation = message.find("translation")
        if translation is None or message.get("numerus") == "yes":
            continue
        found.setdefault(plain(message.findtext("source") or ""), set()).add(plain(translation.text or ""))
    return found


def same_window_word(english: str, translated: str, translations: dict[str, set[str]]) -> bool:
    steps, translated_steps = english.split(PATH), translated.split(PATH)
    return len(steps) == len(translated_steps) and all(
        step in translations.get(source, set()) for source, step in zip(steps, translated_steps))


def words(text: str) -> set[str]:
    return {word for word in re.findall(r"[^\W\d_]{4,}", text.lower())}


ENGLISH = Guide(page_of("en"))


def test_the_english_guide_names_only_words_of_the_window():
    sources = catalogue("es")  # every source string, whatever the language
    named = [item for paragraph in ENGLISH.paragraphs for item in paragraph.ui]
    assert len(named) > 25
    for item in named:
        for step in item.split(PATH):
            assert step in sources, f"{item!r}: “{step}” is no word of the window"
    assert ENGLISH.attributes["html"].get("lang") == "en"


@pytest.mark.parametrize("code", TRANSLATED)
def test_each_language_has_a_guide_shaped_like_the_english_one(code):
    page = page_of(code)
    assert guide_page(code) == page and page.is_file(), code
    guide = Guide(page)
    assert guide.attributes["html"].get("lang") == code
    direction = "rtl" if code in RIGHT_TO_LEFT else None
    assert guide.attributes["html"].get("dir") == direction
    assert guide.headings == ENGLISH.headings  # the same sections, with the same anchors
    assert guide.links == ENGLISH.links
    assert guide.images == ENGLISH.images
    assert len(guide.paragraphs) == len(ENGLISH.paragraphs)
    for picture in guide.images:
        path = page.parent / picture
        assert path.is_file(), picture
        assert path.stat().st_size <= 150_000, path
    # Every picture beside the page is one the page shows.
    assert sorted(path.name for path in page.parent.glob("*.png")) == sorted(set(guide.images))


@pytest.mark.parametrize("code", TRANSLATED)
def test_no_paragraph_is_left_in_english(code):
    guide = Guide(page_of(code))
    assert guide.title != ENGLISH.title
    assert all(heading != english for heading, english in zip(guide.heading_texts, ENGLISH.heading_texts))
    assert len(guide.heading_texts) == len(ENGLISH.heading_texts) > 15
    assert all(alt != english for alt, english in zip(guide.alts, ENGLISH.alts))
    for paragraph, english in zip(guide.paragraphs, ENGLISH.paragraphs):
        if not words(english.text):
            continue  # a picture
        assert paragraph.text != english.text
        # Names (CoSafe, GeoPackage, OpenStreetMap …), numbers and window words aside, hardly a
        # word of the English paragraph may remain.
        kept = words(paragraph.text) - words(" ".join(paragraph.ui + paragraph.keys)) - {"cosafe", "geopackage", "openstreetmap",
                                                                          "shapefile", "ctrl", "shift"}
        english_words = words(english.text)
        assert len(kept & english_words) <= max(3, len(kept) // 5), (code, sorted(kept & english_words))


@pytest.mark.parametrize("code", TRANSLATED)
def test_the_guide_names_menus_panels_and_buttons_as_that_languages_window_does(code):
    """Each <b class="ui"> of a paragraph is, step by step, a translation (in cosafe_<code>.ts) of one of
    the English paragraph's: a guide naming a menu the window does not show fails here."""
    translations = catalogue(code)
    guide = Guide(page_of(code))
    for number, (paragraph, english) in enumerate(zip(guide.paragraphs, ENGLISH.paragraphs)):
        assert len(paragraph.ui) == len(english.ui), (code, number, paragraph.ui, english.ui)
        unmatched = list(paragraph.ui)
        for item in english.ui:
            match = next((named for named in unmatched if same_window_word(item, named, translations)), None)
            assert match is not None, f"{code}, paragraph {number}: no translation of “{item}” in {unmatched}"
            unmatched.remove(match)


def test_a_misnamed_menu_is_caught():
    translations = catalogue("es")
    assert same_window_word("File › New Project", "Archivo › Nuevo proyecto", translations)
    assert not same_window_word("File › New Project", "Archivo › Proyecto nuevo", translations)
    assert not same_window_word("File › New Project", "Fichero › Nuevo proyecto", translations)
    assert not same_window_word("File › New Project", "Archivo", translations)


def _menu_entry(window, path: str):
    """The action at ``path`` ("File › Export › Export Plan (PDF)") in the window's menu bar, or None."""
    actions = window.menuBar().actions()
    found = None
    for step in path.split(PATH):
        found = next((action for action in actions if plain(action.text()) == step), None)
        if found is None:
            return None
        actions = found.menu().actions() if found.menu() is not None else []
    return found


@pytest.mark.parametrize("code", list(LANGUAGES))
def test_menu_paths_and_keys_are_the_windows_own(code, qapp, qtbot, fake_canvas, dialog_log):
    """Every "Menu › Entry" of the guide is in that language's menu bar, and every key is written as
    Help › Keyboard Shortcuts writes it in that language ("Control+Z" in Spanish, "Échap" in French)."""
    from cosafe.ui.shell.main_window import MainWindow

    install_language(qapp, code)
    window = MainWindow()
    qtbot.addWidget(window)
    guide = Guide(page_of(code))
    paths = [item for paragraph in guide.paragraphs for item in paragraph.ui if PATH in item]
    assert len(paths) > 15
    for path in paths:
        assert _menu_entry(window, path) is not None, f"{code}: no menu “{path}” in the window"
    for paragraph, english in zip(guide.paragraphs, ENGLISH.paragraphs):
        shown = [QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText) for key in english.keys]
        assert paragraph.keys == shown, (code, paragraph.keys, shown)
    window.close()


@pytest.mark.parametrize(("code", "heading"), [("es", "Antes del taller"), ("ar", "قبل الورشة")])
def test_f1_opens_the_guide_in_the_windows_language(code, heading, qapp, qtbot, fake_canvas, dialog_log):
    from cosafe.ui.shell.main_window import MainWindow

    install_language(qapp, code)
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    action = next(action for action in window.findChildren(QAction) if action.shortcut() == QKeySequence("F1"))
    action.trigger()
    guide = window.guide_window
    qtbot.waitUntil(guide.isVisible)
    assert Path(guide.browser.source().toLocalFile()) == page_of(code)
    assert heading in guide.browser.toPlainText()
    assert "Before the workshop" not in guide.browser.toPlainText()
    document = guide.browser.document()
    for name in ("window.png", "presentation.png"):
        image = document.resource(QTextDocument.ResourceType.ImageResource, QUrl(name))
        assert image is not None and not image.isNull(), name
        # The picture of this language's window, not the English one.
        assert Path(guide.browser.searchPaths()[0], name) == page_of(code).parent / name
    block, directions = document.begin(), set()
    while block.isValid():
        if block.text().strip():
            directions.add(block.textDirection())
        block = block.next()
    expected = Qt.LayoutDirection.RightToLeft if code in RIGHT_TO_LEFT else Qt.LayoutDirection.LeftToRight
    assert directions == {expected}
    assert guide.layoutDirection() == expected
    # Within the page a link still goes to its section.
    guide.browser.anchorClicked.emit(QUrl("#after"))
    assert Path(guide.browser.source().toLocalFile()) == page_of(code)
    guide.close()
    window.close()


def test_a_language_without_a_guide_reads_the_english_one():
    assert guide_page("en") == page_of("en")
    assert guide_page("zz") == page_of("en")
