"""Help › Workshop Guide and Help › Keyboard Shortcuts.

Contract:
- ``GuideWindow`` shows the Workshop Guide in the window's language (``guide_page``),
  shipped in the package with its screenshots, in a ``QTextBrowser``: offline, links
  within the page work, links elsewhere are not followed. The English guide is
  ``resources/guide/index.html``; another language's is ``resources/guide/<code>/index.html``
  with its own screenshots beside it under the same names, so every guide's page refers to
  ``window.png`` and ``presentation.png`` alike. A language without a guide gets English's.
- ``shortcut_groups(window)`` lists every shortcut of the window's actions, read from
  the QActions themselves so it cannot go stale: grouped by top-level menu (a
  submenu's actions under their menu) in menu-bar order, then "Elsewhere in the
  window" for an action with a shortcut that is in no menu (Escape). Each row is
  (command, keys, where): keys in the platform's own text, several joined by " or ";
  where is "" for a key of the whole window (or of the window and its children, as
  F1, F5 and F11 are), "on the map" for a map tool's key, and
  "in its panel" for another key that acts only where the focus is. Last, "On the map":
  the keys the map answers itself (``MAP_KEYS``: moving, zooming, a click at the centre),
  which are no action's.
- ``ShortcutsDialog`` shows those groups in a table.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QHeaderView, QMainWindow, QMenu, QTextBrowser, QTreeWidget, QTreeWidgetItem,
    QVBoxLayout, QWidget,
)

from cosafe.bundled import bundled_file
from cosafe.core import i18n
from cosafe.core.i18n import QT_TRANSLATE_NOOP, arg, translate
from cosafe.ui.kit import dialogs
from cosafe.ui.kit.actions import WHERE
from cosafe.ui.kit.words import Shortcuts

GUIDE_PAGE = ("guide", "index.html")
ELSEWHERE = QT_TRANSLATE_NOOP("Shortcuts", "Elsewhere in the window")
WHOLE_WINDOW = (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut)
ON_THE_MAP = QT_TRANSLATE_NOOP("Shortcuts", "On the map")


@dataclass(frozen=True)
class ShortcutRow:
    command: str
    keys: str
    where: str


def guide_page(code: str | None = None) -> Path:
    """The Workshop Guide's page in ``code`` (default: the language the window speaks), else English's."""
    code = code or i18n.language()
    if code != "en":
        page = bundled_file(GUIDE_PAGE[0], code, GUIDE_PAGE[1])
        if page.is_file():
            return page
    return bundled_file(*GUIDE_PAGE)


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def _either(keys: list[str]) -> str:
    """"F5 or Ctrl+P": the keys of one command."""
    text = keys[0] if keys else ""
    for key in keys[1:]:
        text = arg(Shortcuts.tr("%1 or %2", "keys of one command"), text, key)
    return text


def _row(action: QAction, window: QMainWindow) -> ShortcutRow:
    keys = _either([key.toString(QKeySequence.SequenceFormat.NativeText) for key in action.shortcuts()])
    context = action.shortcutContext()
    if context in WHOLE_WINDOW or (context == Qt.ShortcutContext.WidgetWithChildrenShortcut
                                   and window in action.associatedObjects()):  # F1, F5, F11: the window's keys
        where = ""
    elif action.property(WHERE):  # limit_shortcut(action, "on the map"), given to the map's view
        where = str(action.property(WHERE))
    else:
        where = Shortcuts.tr("in its panel")
    return ShortcutRow(_plain(action.text()), keys, where)


# The map canvas's own keys (``ui.map.canvas``), while it has the focus: F6 or a map tool gets there.
MAP_KEYS = (
    (QT_TRANSLATE_NOOP("Shortcuts", "Move the map"), QT_TRANSLATE_NOOP("Shortcuts", "Arrow keys")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Zoom in, zoom out"), QT_TRANSLATE_NOOP("Shortcuts", "+ and −")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Click at the centre: place a point, pin or vertex, select"),
     QT_TRANSLATE_NOOP("Shortcuts", "Insert, or Enter")),
)


def map_keys() -> list[ShortcutRow]:
    """The map's own keys (``MAP_KEYS``) in the reader's language."""
    where = map_where()
    return [ShortcutRow(translate("Shortcuts", command), translate("Shortcuts", keys), where)
            for command, keys in MAP_KEYS]


def map_where() -> str:
    """Where a map tool's key acts, as its tooltip and the Keyboard Shortcuts page say."""
    return Shortcuts.tr("on the map")


def _menu_actions(menu: QMenu) -> list[QAction]:
    found: list[QAction] = []
    for action in menu.actions():
        if action.menu() is not None:
            found.extend(_menu_actions(action.menu()))
        elif not action.isSeparator():
            found.append(action)
    return found


def shortcut_groups(window: QMainWindow) -> list[tuple[str, list[ShortcutRow]]]:
    """The window's shortcuts grouped by menu (see the module contract)."""
    groups: list[tuple[str, list[ShortcutRow]]] = []
    seen: set[int] = set()
    for top in window.menuBar().actions():
        if top.menu() is None:
            continue
        rows: list[ShortcutRow] = []
        for action in _menu_actions(top.menu()):
            if action.shortcuts():
                row = _row(action, window)
                if row not in rows:  # the same command twice in one menu (a submenu and the menu)
                    rows.append(row)
            seen.add(id(action))
        if rows:
            groups.append((_plain(top.text()), rows))
    rest = [_row(action, window) for action in window.findChildren(QAction)
            if action.shortcuts() and id(action) not in seen]
    if rest:
        groups.append((translate("Shortcuts", ELSEWHERE), rest))
    groups.append((translate("Shortcuts", ON_THE_MAP), map_keys()))
    return groups


class ShortcutsDialog(QDialog):
    """Every keyboard shortcut of ``window``, by menu, read when the dialog opens."""

    def __init__(self, window: QMainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("Command"), self.tr("Keys"), self.tr("Where")])
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        for title, rows in shortcut_groups(window):
            group = QTreeWidgetItem(self.tree, [title])
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            group.setFirstColumnSpanned(True)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for row in rows:
                QTreeWidgetItem(group, [row.command, row.keys, row.where])
        self.tree.expandAll()
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addWidget(buttons)
        dialogs.resize_within_screen(self, 560, 640)
        self._fitted = False

    def showEvent(self, event: QShowEvent) -> None:
        """As wide as the three columns, within the screen, measured once styled (on the first show).

        At 560 pixels the Where column ("on the map", "in its panel") was behind a sideways
        scroll bar, in English already.
        """
        if not self._fitted:
            self._fitted = True
            self.ensurePolished()
            header = self.tree.header()
            header.resizeSections(QHeaderView.ResizeMode.ResizeToContents)
            margins = self.layout().contentsMargins()
            # The last column stretches over what is left: its own width is its contents', at
            # least the header's default size.
            last = max(self.tree.sizeHintForColumn(2), header.sectionSizeHint(2), header.defaultSectionSize())
            wanted = (header.sectionSize(0) + header.sectionSize(1) + last + 2 * self.tree.frameWidth()
                      + self.tree.verticalScrollBar().sizeHint().width() + margins.left() + margins.right())
            dialogs.resize_within_screen(self, max(self.width(), wanted), self.height())
        super().showEvent(event)

    def rows(self) -> list[tuple[str, str, str, str]]:
        """(menu, command, keys, where) as shown, top to bottom."""
        shown = []
        for i in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(i)
            for j in range(group.childCount()):
                item = group.child(j)
                shown.append((group.text(0), item.text(0), item.text(1), item.text(2)))
        return shown


class GuideWindow(QDialog):
    """The Workshop Guide, offline (see the module contract)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Workshop Guide"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)  # followed below: within the guide only
        self.browser.anchorClicked.connect(self._follow)
        page = guide_page()
        self.browser.setSearchPaths([str(page.parent)])
        self.browser.setSource(QUrl.fromLocalFile(str(page)))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        dialogs.resize_within_screen(self, 900, 760)

    def _follow(self, url: QUrl) -> None:
        if url.scheme() in ("", "file"):
            if url.hasFragment() and (url.path() == "" or url.path() == self.browser.source().path()):
                self.browser.scrollToAnchor(url.fragment())
            else:
                self.browser.setSource(url)
        # A web address is not followed: the guide is for rooms without internet.
