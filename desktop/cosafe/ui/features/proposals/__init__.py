"""The proposals feature: sketching proposals on the map, their details, list, comparison and voting.

Registers the proposals as an overlay of exported maps (``map_export``).
"""

from cosafe.core.i18n import QT_TRANSLATE_NOOP
from cosafe.ui.features.proposals.texts import PROPOSALS
from cosafe.ui.map.overlay_registry import OverlayPart, OverlayRequest, register_overlays


def _build_export(request: OverlayRequest) -> OverlayPart:
    # map_export loads with the first export: it needs pyqtgraph and the map items.
    from cosafe.ui.features.proposals.map_export import build

    return build(request)


# First: the proposals lead an exported map's legend, as they did before perceptions were drawn.
register_overlays({PROPOSALS: QT_TRANSLATE_NOOP("Proposals", "Proposals")}, _build_export, options=("hidden_groups",),
                  order=10, context="Proposals")
