"""The words of the window's shared pieces (``ui/kit``), one context per topic (see docs/TRANSLATING.md).

- ``Dialogs``: the messages and file choices every panel uses — file dialogs' titles,
  the human names of file types ("All map files", "CoSafe projects"), the buttons of
  message boxes.
- ``Commands``: how a command describes itself in its tooltip ("Undo: … (Ctrl+Z)").
- ``Shortcuts``: the Keyboard Shortcuts page's groups and where a key acts ("on the map").
- ``Fields``: the small field widgets every panel shares — costs, currencies, photos,
  progress of slow work.

Not here: the file types' patterns ("*.gpkg"), object names, settings keys.
"""

from __future__ import annotations

from cosafe.core.i18n import Context


class Dialogs(Context):
    """Message boxes and file dialogs: titles, buttons, names of file types."""


class Commands(Context):
    """A command's tooltip: its name, what it does and its key."""


class Shortcuts(Context):
    """Help › Keyboard Shortcuts: the page's groups and where each key acts (the host marks the map's keys)."""


class Fields(Context):
    """Shared field widgets: costs, currencies, photos, progress of slow work."""
