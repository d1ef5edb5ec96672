"""The basemap feature's words outside its widgets, one context per topic (see docs/TRANSLATING.md).

- ``Layers``: the names of the undo steps that change basemap layers ("Hide layer “Riverside”").
- ``BasemapImport``: what importing a map file says when it is done.
"""

from __future__ import annotations

from cosafe.core.i18n import Context


class Layers(Context):
    """Changes to the basemap's layers: show, hide, rename, opacity, order, remove (undo step names)."""


class BasemapImport(Context):
    """File › Import Basemap: what an import brought in."""


class PaperMap(Context):
    """Placing a photo of a paper map by matching points on it with the project's map."""
