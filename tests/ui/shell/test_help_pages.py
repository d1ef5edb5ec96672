"""Help › Workshop Guide and Help › Keyboard Shortcuts, as a facilitator opens them."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QAction, QKeySequence, QTextDocument
from PySide6.QtWidgets import QApplication
import pytest
from shell_support import menu_action

from cosafe.bundled import bundled_file
from cosafe.ui.shell.help_pages import ELSEWHERE

# The offscreen platform cannot raise a window or pass size hints; a screen can.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)\(\)")


def test_workshop_guide_opens_offline_with_its_pictures(window, qtbot):
    action = menu_action(window, "Help", "Workshop Guide")
    assert action.shortcut().toString() == "F1"
    action.trigger()
    guide = window.guide_window
    qtbot.waitUntil(guide.isVisible)
    text = guide.browser.toPlainText()
    for heading in ("Before the workshop", "During the workshop", "After the workshop"):
        assert heading in text
    for topic in ("basemap", "Sign-in Sheet", "Perception Pin", "Audit Walk", "Voting", "F5",
                  "Analysis", "Public version", "Field Copy", "Merge Projects", "Privacy"):
        assert topic in text, topic
    document = guide.browser.document()
    pictures = ["window.png", "presentation.png"]
    for name in pictures:
        image = document.resource(QTextDocument.ResourceType.ImageResource, QUrl(name))
        assert image is not None and not image.isNull(), name
    # A link inside the page goes to its section, and nothing leaves the laptop.
    guide.browser.anchorClicked.emit(QUrl("#after"))
    assert guide.browser.source().fileName() == "index.html"
    guide.browser.anchorClicked.emit(QUrl("https://example.org/"))
    assert guide.browser.source().fileName() == "index.html"
    # Asked again, the same window comes forward.
    action.trigger()
    assert window.guide_window is guide


def test_guide_pictures_are_small_and_all_used():
    folder = bundled_file("guide")
    page = (folder / "index.html").read_text(encoding="utf-8")
    pictures = sorted(folder.glob("*.png"))
    assert pictures
    for picture in pictures:
        assert picture.stat().st_size <= 150_000, picture.name
        assert f'src="{picture.name}"' in page, picture.name


def test_keyboard_shortcuts_lists_every_action_with_a_key_by_menu(window, qtbot):
    menu_action(window, "Help", "Keyboard Shortcuts").trigger()
    dialog = window.shortcuts_dialog
    qtbot.waitUntil(dialog.isVisible)
    rows = dialog.rows()
    shown = {(command, keys) for _menu, command, keys, _where in rows}
    with_keys = [a for a in window.findChildren(QAction) if a.shortcuts()]
    assert len(with_keys) > 20
    for action in with_keys:
        keys = " or ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts())
        command = action.text().replace("&", "").rstrip("…")
        assert (command, keys) in shown, (command, keys)
    by_command = {command: (menu, keys, where) for menu, command, keys, where in rows}
    assert by_command["Open Project"] == ("File", "Ctrl+O", "")
    assert by_command["Redo"] == ("Edit", "Ctrl+Shift+Z or Ctrl+Y", "")
    assert by_command["Point"] == ("Draw", "P", "on the map")
    assert by_command["Presentation Mode"] == ("View", "F5", "")
    assert by_command["Leave Full Screen or Presentation"] == (ELSEWHERE, "Esc", "")
    assert by_command["Delete Action"] == ("Plan", "Del", "in its panel")
    assert by_command["Workshop Guide"] == ("Help", "F1", "")
    assert by_command["Next Panel"] == ("View", "F6", "")
    assert by_command["Previous Panel"] == (ELSEWHERE, "Shift+F6", "")
    assert by_command["Move the map"] == ("On the map", "Arrow keys", "on the map")


def test_keyboard_shortcuts_follow_a_changed_key(window, qtbot):
    window.commands.export_map.setShortcut(QKeySequence("Ctrl+Shift+X"))
    menu_action(window, "Help", "Keyboard Shortcuts").trigger()
    rows = window.shortcuts_dialog.rows()
    assert ("File", "Export Map Image", "Ctrl+Shift+X", "") in rows
    QApplication.processEvents()
