"""A walk through the whole window, collecting every word it shows, and the checks made on them (issue 15).

Holds no tests (``test_language_walk.py`` runs them). Contract:

- ``Catalogue.read(code)`` reads ``resources/translations/cosafe_<code>.ts`` (and the English
  catalogue's plural forms): its English sources, and which of them read differently in
  ``code`` — the ones that must never be seen in English when ``code`` is installed.
- ``collect(root)`` returns a ``Seen`` for every visible word under a widget: its text,
  tooltip, status tip, accessible name and description, placeholder, window title, group
  box title, tab titles, the headers a view shows, combo items, the rows of a list or
  table (where vocabulary shows), with the widget's class and object path.
  ``collect_actions(actions, where)`` does the same for menu entries and toolbar actions.
- ``walk(window, qtbot, monkeypatch, pseudo=False)`` opens everything in turn — every menu and
  submenu (each shown, so entries made when a menu shows are there), toolbars, every dock
  (shown and raised, each tab page), the status bar, the welcome page (first, before
  ``open``), each dialog of ``dialog_tour``, the Workshop Guide, Keyboard Shortcuts, the
  presentation mode's window and a set of message boxes (a wrong file to open,
  a wrong basemap, deleting a group, the About box) — and returns what it saw, plus the fit
  problems (``fit_problems``) of each window as it was shown when ``sizes`` is set.
- ``english_left(seen, catalogue, typed)`` lists the words shown in English: a text equal to
  a source (or matching a source with placeholders, filled in) that reads otherwise in the
  language, or a text mostly of English words (two or more) found in no translation of the
  language (words not passed through ``tr``). ``typed`` is what people typed in the project (names, stories):
  it stays as typed, so it is taken out before the English-word check.
- ``Pseudo`` is a translator making every text about 40 % longer, with accented letters
  between brackets, keeping placeholders, mnemonics, HTML tags and entities intact.
- ``fit_problems(root)`` lists every visible label, button, check box, group box, tab and
  column title whose text does not fit (narrower than it needs while not word-wrapped, less
  tall than its lines when wrapped, reaching out of its parent, or elided), a dialog's part
  smaller than its contents need (they overlap) and a dialog larger than a 1024×768 screen.
"""

from __future__ import annotations

import contextlib
import functools
import html
import math
import re
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, Qt, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QApplication, QComboBox, QDialog, QDockWidget, QGroupBox, QHeaderView,
    QLabel, QLayout, QLineEdit, QMenu, QMessageBox, QPlainTextEdit, QStyle, QTabBar, QTextEdit, QToolBar, QWidget,
)

from cosafe.core import i18n
from cosafe.ui.kit import dialogs

I18N = Path(__file__).resolve().parents[3] / "resources" / "translations"
LANGUAGES = ("es", "fr", "pt", "ar", "sw")
SMALL_SCREEN = (1024, 768)
# The real message functions, kept before a test's ``dialog_log`` replaces them.
REAL_DIALOGS = {name: getattr(dialogs, name) for name in
                ("show_error", "show_info", "ask_confirm", "offer", "ask_open_read_only")}

# Words that read the same in every language: names of file formats, programs and
# standards, units and the app's own name. Each is a proper name or a symbol, never a
# sentence, so it cannot hide a missing translation.
PROPER_NAMES = frozenset({
    "cosafe", "qgis", "geopackage", "gpkg", "geojson", "openstreetmap", "osm", "pbf", "shapefile", "kml", "kmz",
    "gpx", "flatgeobuf", "csv", "mbtiles", "png", "jpg", "jpeg", "tif", "tiff", "pdf", "svg", "json", "zip", "shp",
    "fgb", "topojson", "cpted", "gpl", "wgs", "epsg", "usb", "utm", "xlsx", "ods", "html", "qfield", "mergin", "sqlite",
})
_WORD = re.compile(r"[^\W\d_]{3,}", re.UNICODE)
_TAG = re.compile(r"<[^>]*>")
_PLACEHOLDER = re.compile(r"%L?(?:[1-9]|n)")


def plain(text: str) -> str:
    """What a person reads: mnemonics' "&" gone ("&&" is one "&"), HTML tags and entities read, spaces folded."""
    if "<" in text and ">" in text:
        text = html.unescape(_TAG.sub(" ", text))
    text = re.sub(r"&(?!&)", "", text).replace("&&", "&")
    return " ".join(text.split())


# -- the catalogue ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Catalogue:
    code: str
    sources: frozenset[str]  # every English source and English plural form, read plain
    must_change: frozenset[str]  # sources whose translation in ``code`` reads otherwise
    patterns: re.Pattern | None  # must_change sources with placeholders, as one pattern
    translated_words: frozenset[str]  # every word of the language's translations, lowercase
    english_words: frozenset[str]  # every word of the English sources, lowercase

    @classmethod
    @functools.cache
    def read(cls, code: str) -> Catalogue:
        english_forms = _english_forms()
        sources: set[str] = set()
        must_change: set[str] = set()
        templates: set[str] = set()
        translated_words: set[str] = set()
        translations_read: set[str] = set()
        for context, source, translations in _messages(code):
            forms = english_forms.get((context, source), [source])
            shown = {plain(form) for form in (source, *forms)}
            sources |= shown
            read = {plain(t) for t in translations if t}
            translations_read |= read
            for text in read:
                translated_words |= {w.lower() for w in _WORD.findall(_PLACEHOLDER.sub(" ", text))}
            for text in shown - read:
                if _PLACEHOLDER.search(text):
                    templates.add(text)
                else:
                    must_change.add(text)
        # A text the language itself gives somewhere is its own word, not English left: French
        # "Vote" (the noun of the voting panel) while the room's verb "Vote" reads "Voter".
        must_change -= translations_read
        english_words = {w.lower() for s in sources for w in _WORD.findall(_PLACEHOLDER.sub(" ", s))}
        return cls(code, frozenset(sources), frozenset(must_change), _pattern(templates, translated_words),
                   frozenset(translated_words), frozenset(english_words))

    def english_sources(self, text: str) -> list[str]:
        """The English sources ``text`` may be in this language (for finding a menu by its English name)."""
        return sorted(_reverse(self.code).get(plain(text), ()))


def _messages(code: str) -> Iterator[tuple[str, str, list[str]]]:
    root = ElementTree.parse(I18N / f"cosafe_{code}.ts").getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [] if translation is None else (
                [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""])
            yield name, message.findtext("source") or "", forms


@functools.cache
def _english_forms() -> dict[tuple[str, str], list[str]]:
    return {(context, source): forms for context, source, forms in _messages("en") if any(forms)}


@functools.cache
def _reverse(code: str) -> dict[str, set[str]]:
    reverse: dict[str, set[str]] = {}
    for _context, source, forms in _messages(code):
        for form in forms:
            reverse.setdefault(plain(form), set()).add(plain(source))
    return reverse


def _pattern(templates: Iterable[str], translated_words: set[str]) -> re.Pattern | None:
    """One pattern for sources with placeholders: each placeholder any text, the rest as written.

    Only a source with a word of its own (three letters or more) outside its placeholders
    that the language does not use too counts: "%1 (%2)" reads the same in every language,
    and French says "%1 contact" as well as English.
    """
    parts = []
    for template in sorted(templates):
        pieces = _PLACEHOLDER.split(template)
        words = {w.lower() for piece in pieces for w in _WORD.findall(piece)}
        if not words - translated_words:
            continue
        parts.append(".+?".join(re.escape(piece) for piece in pieces))
    return re.compile("|".join(f"(?:{p})" for p in parts)) if parts else None


# -- what is seen ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Seen:
    where: str  # which window or step of the walk
    kind: str  # the widget's class
    path: str  # object path: its parents' names (or classes) down to it
    what: str  # text, tooltip, header…
    text: str

    def __str__(self) -> str:
        return f"{self.where}: {self.kind} {self.path} [{self.what}] {self.text!r}"


def object_path(obj) -> str:
    names = []
    while isinstance(obj, QObject):
        names.append(obj.objectName() or type(obj).__name__)
        obj = obj.parent()
    return "/".join(reversed(names[:5]))


def _add(found: list[Seen], where: str, obj, what: str, text: str | None) -> None:
    if text and plain(text):
        found.append(Seen(where, type(obj).__name__, object_path(obj), what, text))


ROWS = 60  # rows of a list or table read: enough for every vocabulary list of the sample


def _view_texts(found: list[Seen], where: str, view: QAbstractItemView) -> None:
    model = view.model()
    if model is None:
        return
    header = getattr(view, "horizontalHeader", lambda: None)() or getattr(view, "header", lambda: None)()
    if isinstance(header, QHeaderView) and header.isVisible():
        for section in range(header.count()):
            if not header.isSectionHidden(section):
                _add(found, where, header, "header", model.headerData(section, Qt.Orientation.Horizontal))
                _add(found, where, header, "header tooltip",
                     model.headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole))

    def columns(parent: QModelIndex) -> int:
        try:
            return model.columnCount(parent)
        except TypeError:  # a list model's columnCount is not Python's to call: it has one
            return 1

    def rows(parent: QModelIndex, depth: int) -> None:
        for row in range(min(model.rowCount(parent), ROWS)):
            for column in range(columns(parent)):
                if getattr(view, "isColumnHidden", lambda _c: False)(column):
                    continue
                index = model.index(row, column, parent)
                value = index.data(Qt.ItemDataRole.DisplayRole)
                if isinstance(value, str):
                    _add(found, where, view, "row", value)
                tip = index.data(Qt.ItemDataRole.ToolTipRole)
                if isinstance(tip, str):
                    _add(found, where, view, "row tooltip", tip)
            if depth < 2:
                rows(model.index(row, 0, parent), depth + 1)

    rows(QModelIndex(), 0)


def collect(root: QWidget, where: str) -> list[Seen]:
    """Every visible word under ``root`` (see the module contract)."""
    found: list[Seen] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or isinstance(widget, QMenu):
            continue
        if widget.isWindow() or isinstance(widget, QDockWidget):
            _add(found, where, widget, "title", widget.windowTitle())
        _add(found, where, widget, "tooltip", widget.toolTip())
        _add(found, where, widget, "status tip", widget.statusTip())
        _add(found, where, widget, "accessible name", widget.accessibleName())
        _add(found, where, widget, "accessible description", widget.accessibleDescription())
        if isinstance(widget, QLabel):
            _add(found, where, widget, "text", widget.text())
        elif isinstance(widget, QAbstractButton):
            _add(found, where, widget, "text", widget.text())
        elif isinstance(widget, QGroupBox):
            _add(found, where, widget, "title", widget.title())
        elif isinstance(widget, QLineEdit):
            _add(found, where, widget, "placeholder", widget.placeholderText())
        elif isinstance(widget, (QTextEdit, QPlainTextEdit)):
            _add(found, where, widget, "placeholder", widget.placeholderText())
        elif isinstance(widget, QComboBox):
            _add(found, where, widget, "placeholder", widget.placeholderText())
            for index in range(widget.count()):
                _add(found, where, widget, "item", widget.itemText(index))
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                _add(found, where, widget, "tab", widget.tabText(index))
                _add(found, where, widget, "tab tooltip", widget.tabToolTip(index))
        elif isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView):
            _view_texts(found, where, widget)
        if isinstance(widget, QToolBar):
            found += collect_actions(widget.actions(), where)
    return found


def collect_actions(actions: Iterable[QAction], where: str) -> list[Seen]:
    found: list[Seen] = []
    for action in actions:
        if action.isSeparator() or not action.isVisible():
            continue
        _add(found, where, action, "entry", action.text())
        if action.toolTip() != plain(action.text()):
            _add(found, where, action, "tooltip", action.toolTip())
        _add(found, where, action, "status tip", action.statusTip())
    return found


# -- the checks -------------------------------------------------------------------------------------


# Stored texts that are the app's words, not people's: vocabulary labels (criteria, reason
# tags) and the default criteria set's name are shown translated; the rest is bookkeeping.
APP_WORDS = {("criteria", "label"), ("reason_tags", "label"), ("criteria_sets", "name")}
BOOKKEEPING = ("schema_migrations", "sqlite_sequence", "layer_styles", "merge_", "devices")


def typed_texts(project: str, *names: str) -> frozenset[str]:
    """Every text people typed into the project (names, titles, stories): it stays as typed.

    ``names`` are more of them from outside the project: a file's name, a layer's.
    """
    texts: set[str] = set(names)
    connection = sqlite3.connect(project)
    try:
        tables = [row[0] for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'rtree%' AND name NOT LIKE 'gpkg%'")]
        for table in tables:
            if table.startswith(BOOKKEEPING):
                continue
            cursor = connection.execute(f'SELECT * FROM "{table}"')  # noqa: S608 - names from the file itself
            columns = [column[0] for column in cursor.description]
            for row in cursor:
                texts |= {value for column, value in zip(columns, row, strict=True)
                          if isinstance(value, str) and (table, column) not in APP_WORDS and len(value) < 2000}
    finally:
        connection.close()
    return frozenset(plain(text) for text in texts if plain(text))


def english_left(seen: Iterable[Seen], catalogue: Catalogue, typed: frozenset[str]) -> list[Seen]:
    """The words of ``seen`` shown in English where the language has its own (see the module contract).

    A typed text stays as typed even where it is also one of the app's words (a group named
    "Youth"); inside a longer text it is masked before the text is compared.
    """
    left = []
    typed_longest_first = sorted((t for t in typed if len(t) >= 3), key=len, reverse=True)
    for item in seen:
        text = plain(item.text)
        if text in typed or len(text) < 2:  # one character is a key ("N" in Keyboard Shortcuts) or a symbol
            continue
        for name in typed_longest_first:
            if name in text:
                text = text.replace(name, "‹›")
        if text in catalogue.must_change or (catalogue.patterns is not None and catalogue.patterns.fullmatch(text)):
            left.append(item)
            continue
        words = [w.lower() for w in _WORD.findall(text)]
        english = [w for w in words if w in catalogue.english_words and w not in catalogue.translated_words
                   and w not in PROPER_NAMES]
        if len(english) >= 2 and len(english) * 2 >= len(words):
            left.append(item)
    return left


# -- the pseudo-translation -------------------------------------------------------------------------

_ACCENTED = dict(zip("aceinoursyzACEINOURSYZ", "åçéîñöûŕšýžÅÇÉÎÑÖÛŔŠÝŽ", strict=True))
# What must come through unchanged: tags, entities, placeholders, a mnemonic's letter, Qt date formats' words.
_KEEP = re.compile(r"<[^>]*>|&[a-zA-Z]+;|&#\d+;|%L?[1-9]|%L?n|%%|&&|&.")


def pseudo(source: str) -> str:
    """``source`` about 40 % longer: accented letters inside brackets, padded; what Qt reads left as is."""
    if not source.strip():
        return source
    out, last = [], 0
    for match in _KEEP.finditer(source):
        out.append("".join(_ACCENTED.get(c, c) for c in source[last:match.start()]))
        out.append(match.group())
        last = match.end()
    out.append("".join(_ACCENTED.get(c, c) for c in source[last:]))
    shown = len(plain(source))
    padding = max(1, math.ceil(shown * 0.4) - 2)
    return f"[{''.join(out)}{'·' * padding}]"


class Pseudo(QTranslator):
    """Every text of every context, pseudo-translated (see ``pseudo``)."""

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ARG002 - Qt's signature
        return pseudo(source)

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False


@contextlib.contextmanager
def pseudo_catalogue(app: QCoreApplication) -> Iterator[None]:
    translator = Pseudo(app)
    app.installTranslator(translator)
    i18n.install(lambda context, source, disambiguation, n: QCoreApplication.translate(context, source,
                                                                                       disambiguation, n), "en")
    try:
        yield
    finally:
        i18n.install(None)
        app.removeTranslator(translator)


# -- fitting ----------------------------------------------------------------------------------------


def _needs(widget: QWidget) -> int:
    return max(widget.minimumSizeHint().width(), 0)


def fit_problems(root: QWidget, where: str) -> list[str]:
    """Every visible text under ``root`` that does not fit (see the module contract)."""
    problems: list[str] = []

    def problem(widget: QWidget, text: str, why: str) -> None:
        problems.append(f"{where}: {type(widget).__name__} {object_path(widget)} {plain(text)!r}: {why}")

    if isinstance(root, QDialog) and root.isWindow():
        width, height = SMALL_SCREEN
        need = root.minimumSizeHint().expandedTo(root.minimumSize())
        if need.width() > width or need.height() > height:
            problem(root, root.windowTitle(),
                    f"needs {need.width()}×{need.height()}, more than a {width}×{height} screen")
    for widget in [root, *root.findChildren(QWidget)]:
        # On screen: a panel tabbed behind another is "visible" to Qt, parked off the window.
        if not widget.isVisible() or widget.width() <= 0 or widget.visibleRegion().isEmpty():
            continue
        parent = widget.parentWidget()
        if not isinstance(parent, QWidget):  # a stale wrapper of another type, seen once (as for layout below)
            parent = None
        texts = (widget.text() if isinstance(widget, (QLabel, QAbstractButton)) else
                 widget.title() if isinstance(widget, QGroupBox) else "")
        if texts and parent is not None and not widget.isWindow() and not isinstance(parent, QTabBar) \
                and not parent.rect().contains(widget.geometry()):
            problem(widget, texts, f"reaches out of its {type(parent).__name__} ({widget.geometry().getRect()} "
                                   f"in {parent.rect().getRect()}): cut off")
        # A dialog's widget smaller than its layout needs: its contents overlap. (The window's
        # panels are let shrink below that on a small screen: they scroll or are resized.)
        layout = widget.layout()  # PySide has been seen to hand back a stale wrapper of another type here
        if isinstance(layout, QLayout) and isinstance(widget.window(), QDialog) \
                and not isinstance(widget, QAbstractItemView):
            need = layout.totalMinimumSize()
            tall = layout.totalHeightForWidth(widget.width()) if layout.hasHeightForWidth() else need.height()
            if widget.width() < need.width() - 1 or widget.height() < min(tall, 10000) - 1:
                problem(widget, widget.windowTitle() or widget.objectName(),
                        f"{widget.width()}×{widget.height()}, less than its contents need "
                        f"({need.width()}×{tall}): they overlap or are cut")
        if isinstance(widget, QLabel) and widget.text() and widget.pixmap().isNull():
            if not widget.wordWrap():
                need = widget.sizeHint().width()
                if widget.width() < need:
                    problem(widget, widget.text(), f"{widget.width()} px wide, its text needs {need}")
            else:  # a wrapped label is cut when it is less tall than its lines at its width
                need = widget.heightForWidth(widget.width())
                if widget.height() < need - 1:
                    problem(widget, widget.text(), f"{widget.height()} px tall, its lines need {need}")
        elif isinstance(widget, QAbstractButton) and widget.text() and not isinstance(widget.parent(), QTabBar):
            need = widget.sizeHint().width()
            if widget.width() < need:
                problem(widget, widget.text(), f"{widget.width()} px wide, its text needs {need}")
        elif isinstance(widget, QGroupBox) and widget.title():
            need = _needs(widget)
            if widget.width() < need:
                problem(widget, widget.title(), f"{widget.width()} px wide, needs {need}")
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                if widget.tabRect(index).width() < widget.tabSizeHint(index).width() - 1:
                    problem(widget, widget.tabText(index), "tab title cut or elided")
        elif isinstance(widget, QHeaderView) and widget.orientation() == Qt.Orientation.Horizontal:
            model = widget.model()
            margin = 2 * widget.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, widget)
            for section in range(widget.count()):
                text = model.headerData(section, Qt.Orientation.Horizontal) if model is not None else None
                if widget.isSectionHidden(section) or not isinstance(text, str) or not text:
                    continue
                need = widget.fontMetrics().horizontalAdvance(text) + margin
                if widget.sectionSize(section) < need:
                    problem(widget, text, f"column {widget.sectionSize(section)} px wide, its title needs {need}")
    return problems


# -- the walk ---------------------------------------------------------------------------------------


@dataclass
class Walked:
    seen: list[Seen]
    misfits: list[str]
    places: list[str]  # what was visited, for telling the walk missed something


def open_menus(window, where: str = "menu") -> list[Seen]:
    """Every menu and submenu, shown in turn (entries made when a menu shows appear), then closed."""
    found: list[Seen] = []

    def visit(menu: QMenu, trail: str) -> None:
        menu.aboutToShow.emit()
        QApplication.processEvents()
        found.extend(collect_actions(menu.actions(), f"{where} {trail}"))
        _add(found, f"{where} {trail}", menu, "title", menu.title())
        for action in menu.actions():
            if action.menu() is not None and action.isVisible():
                visit(action.menu(), f"{trail} › {plain(action.text())}")
        menu.aboutToHide.emit()

    for action in window.menuBar().actions():
        if action.menu() is not None and action.isVisible():
            _add(found, where, action, "menu", action.text())
            visit(action.menu(), plain(action.text()))
    return found


def show_docks(window, each: Callable[[QWidget, str], None]) -> list[str]:
    """Show and raise every dock that can be shown, each of its tab pages, and call ``each`` on it."""
    from PySide6.QtWidgets import QTabWidget

    names = []
    for dock in window.findChildren(QDockWidget):
        if not dock.toggleViewAction().isEnabled():
            continue
        dock.show()
        dock.raise_()
        QApplication.processEvents()
        names.append(dock.objectName())
        each(dock, f"dock {dock.objectName()}")
        for tabs in dock.findChildren(QTabWidget):
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                QApplication.processEvents()
                each(dock, f"dock {dock.objectName()} tab {index}")
    return names


def _message_boxes(window, tmp_path: Path, look: Callable[[QWidget, str], None]) -> list[str]:
    """Drive a few flows that end in a message box; ``look`` at each box, then close it unanswered."""
    import pytest

    from cosafe.core.records import Group, Workshop
    from cosafe.ui.features.workshops.panel import UUID_ROLE

    shown: list[str] = []

    def exec_looked(box: QMessageBox) -> int:
        box.show()
        QApplication.processEvents()
        look(box, f"message box {len(shown) + 1}")
        shown.append(plain(box.windowTitle()))
        box.hide()
        return QMessageBox.StandardButton.Cancel

    not_a_map = tmp_path / "streets.geojson"
    not_a_map.write_text("this is not GeoJSON", encoding="utf-8")
    not_a_project = tmp_path / "notes.gpkg"
    not_a_project.write_text("these are notes, not a project", encoding="utf-8")
    store = window.session.store
    panel = window.features.workshops.panel
    with pytest.MonkeyPatch.context() as patch:
        for name, real in REAL_DIALOGS.items():
            patch.setattr(dialogs, name, real)
        patch.setattr(QMessageBox, "exec", exec_looked)
        window.show_about()
        window.show_saving_note()
        window.features.basemap.importer.run(str(not_a_map))
        for kind, uuid in (("group", store.list(Group)[0].uuid), ("workshop", store.list(Workshop)[0].uuid)):
            item = next(i for i in panel._items() if i.data(0, UUID_ROLE) == uuid)
            panel.tree.setCurrentItem(item)
            assert panel.selected() == (kind, uuid), panel.selected()
            panel.delete_selected()
        window.open_project(str(not_a_project))
    return shown


def walk(window, qtbot, monkeypatch, tmp_path: Path, project: str, catalogue: Catalogue | None,
         sizes: bool = False) -> Walked:
    """Everything the window shows, in the order a person meets it (see the module contract).

    ``window`` is new (its welcome page showing); ``project`` is opened in it. ``catalogue``
    gives the English names of menus in the window's language (None: English or pseudo, whose
    menus are found by undoing the pseudo-translation). With ``sizes`` the window is 1024×768
    and every window's fit problems are listed too.
    """
    from dialog_tour import tour

    seen: list[Seen] = []
    misfits: list[str] = []
    places: list[str] = []

    def look(root: QWidget, where: str) -> None:
        seen.extend(collect(root, where))
        if sizes:
            misfits.extend(fit_problems(root, where))
        places.append(where)

    if sizes:
        window.setWindowState(Qt.WindowState.WindowNoState)
        window.resize(*SMALL_SCREEN)
        QApplication.processEvents()
    look(window, "welcome page")
    seen.extend(open_menus(window, "welcome menu"))
    assert window.open_project(project)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    if sizes:
        window.resize(*SMALL_SCREEN)
        QApplication.processEvents()
        if window.minimumSizeHint().width() > SMALL_SCREEN[0] or window.minimumSizeHint().height() > SMALL_SCREEN[1]:
            need = window.minimumSizeHint()
            misfits.append(f"main window: needs {need.width()}×{need.height()}, more than a 1024×768 screen")
    look(window, "window")
    seen.extend(open_menus(window))
    places += show_docks(window, look)

    def english(text: str) -> list[str]:
        if catalogue is not None:
            return catalogue.english_sources(text) or [text]
        return [_unpseudo(text)]

    places += tour(window, qtbot, monkeypatch, lambda name, dialog: look(dialog, f"dialog {name}"), english)
    for name, show in (("Workshop Guide", window.show_guide), ("Keyboard Shortcuts", window.show_shortcuts)):
        show()
        shown = window.guide_window if name == "Workshop Guide" else window.shortcuts_dialog
        qtbot.waitExposed(shown)
        look(shown, f"window {name}")
        shown.hide()
    window.commands.presentation.setChecked(True)
    QApplication.processEvents()
    look(window.presentation.window, "window Presentation Mode")
    window.commands.presentation.setChecked(False)
    QApplication.processEvents()
    places += _message_boxes(window, tmp_path, look)
    return Walked(seen, misfits, places)


def _unpseudo(text: str) -> str:
    """The English a pseudo-translated text came from (accents undone, brackets and padding gone)."""
    back = {v: k for k, v in _ACCENTED.items()}
    text = text.strip()
    if text.startswith("[") and text.endswith("]"):
        text = text[1:-1].rstrip("·")
    return "".join(back.get(c, c) for c in text)
