"""The proposals' words outside any widget, one context (see docs/TRANSLATING.md).

- ``Proposals``: how proposals and their fields read wherever they are listed
  (module functions of ``texts`` and ``fields``, the map's items, labels and legends,
  and the sketch tools' functions that are not widgets).
"""

from __future__ import annotations

from cosafe.core.i18n import Context


class Proposals(Context):
    """Proposals drawn by workshop groups: their names, fields, map symbols and sketch tools."""
