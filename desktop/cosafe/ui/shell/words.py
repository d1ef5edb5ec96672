"""The words of the main window's frame (``ui/shell``) said outside a widget class (see docs/TRANSLATING.md).

Widgets and dialogs of the shell mark their words with ``self.tr`` (their class is the
context); module functions use these:

- ``Menus``: the main window's commands — menu entries, toolbar buttons, their tips.
- ``WindowTitle``: the window's title (a field copy and its team, read-only).
- ``AboutCoSafe``: Help › About and Help › How CoSafe Saves, and the status bar's note on saving.
"""

from __future__ import annotations

from cosafe.core.i18n import Context


class Menus(Context):
    """The main window's menus, commands and toolbar: entries (with & for the key letter) and tips."""


class WindowTitle(Context):
    """The main window's title bar."""


class AboutCoSafe(Context):
    """Help › About, Help › How CoSafe Saves, and the status bar's note on how work is saved."""
