"""Every command's QAction is made one way.

Contract: ``make_action(parent, text, icon_name="", shortcut="", tip="", slot=None,
checkable=False)`` returns a QAction with ``text`` (with its & mnemonic), the bundled
icon ``icon_name``, the ``shortcut`` key sequence, and ``tip`` as status tip. Its
tooltip names the command and, where there is a shortcut, the key:
"Audit Point: Click to place … (U)". ``slot`` is called with no argument when the
action is triggered.

``limit_shortcut(action, where)`` makes the action's shortcut act only while a widget
the action is added to has focus (``Qt.WidgetShortcut``), and its tooltip say so:
"Point: Click to place … (P on the map)". For single keys that must not fire while
someone types elsewhere.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

from cosafe.core.i18n import arg
from cosafe.ui.kit.icons import icon
from cosafe.ui.kit.words import Commands

WHERE = "cosafe_shortcut_where"  # a limited shortcut's property: where it acts, as its tooltip says


def make_action(parent: QObject, text: str, icon_name: str = "", shortcut: str | Sequence[str] = "", tip: str = "",
                slot: Callable[[], object] | None = None, checkable: bool = False) -> QAction:
    action = QAction(icon(icon_name), text, parent) if icon_name else QAction(text, parent)
    keys = [shortcut] if isinstance(shortcut, str) else list(shortcut)
    keys = [QKeySequence(key) for key in keys if key]
    if keys:
        action.setShortcuts(keys)
    name = text.replace("&", "").rstrip("…")
    if tip:
        action.setStatusTip(tip)
        if keys:
            action.setToolTip(arg(Commands.tr("%1: %2 (%3)"), name, tip,
                                  keys[0].toString(QKeySequence.SequenceFormat.NativeText)))
        else:
            action.setToolTip(arg(Commands.tr("%1: %2"), name, tip))
    action.setCheckable(checkable)
    if slot is not None:
        action.triggered.connect(lambda _checked=False: slot())
    return action


def limit_shortcut(action: QAction, where: str) -> QAction:
    """The shortcut acts only in a focused widget the action is added to; the tooltip names ``where``."""
    action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    keys = action.shortcuts()
    if keys:
        key = keys[0].toString(QKeySequence.SequenceFormat.NativeText)
        key_text = f"({key})"
        tip = action.toolTip()
        if tip.endswith(key_text):
            action.setToolTip(arg(Commands.tr("%1 (%2 %3)", "a tooltip; %2 is a key, %3 where it acts"),
                                  tip[:-len(key_text)].rstrip(), key, where))
    action.setProperty(WHERE, where)
    return action
