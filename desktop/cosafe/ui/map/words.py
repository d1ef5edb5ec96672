"""The words of the map (``ui/map``), one context (see docs/TRANSLATING.md).

- ``Map``: what the map itself says — its hints ("No basemap yet"), the scale bar's
  units, the north arrow's letter, the credit of a basemap with none of its own, and why
  an exported map image could not be drawn.

Not here: style class names, overlay keys, layer names people gave.
"""

from __future__ import annotations

from cosafe.core.i18n import Context


class Map(Context):
    """The map canvas and exported map images: hints, scale bar, north arrow, credits, refusals."""
