"""The proposals of an exported map, drawn as the canvas draws them.

Contract (registered by the proposals package with ``map.overlay_registry``):
``build(request) -> ProposalOverlay`` draws every proposal with the canvas's own
``ProposalLayer``, leaving out the groups of the ``hidden_groups`` option ("" = the
ungrouped), as the canvas does. ``groups`` are the (label, colour) of each group
with a drawn proposal, in the groups' order, then the ungrouped; ``legend_rows()``
is one row for each, its mark the group's key (its marker, line and area as drawn,
``symbols.group_key``: a reader tells the groups apart by shape too), and a note on
the badges. ``label_candidates`` are the badges
(``map_labels.ProposalBadges``): each drawn proposal's number, as in the Proposals
list and the plan's tables, and its votes, as on the canvas.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np
import shapely

from cosafe.core.i18n import QT_TRANSLATE_NOOP, arg, translate
from cosafe.core.palette import PROPOSAL_COLOUR
from cosafe.core.records import Group, Proposal
from cosafe.store.project_store import ProjectStore
from cosafe.ui.features.proposals.texts import PROPOSALS
from cosafe.ui.features.proposals.map_items import ProposalLayer
from cosafe.ui.features.proposals.map_labels import ProposalBadges
from cosafe.ui.features.proposals.words import Proposals
from cosafe.ui.map.export_legend import GROUP_KEY_PX, LegendRow, group_mark
from cosafe.ui.map.label_placement import ScreenFrame
from cosafe.ui.map.layer_stack import Extent
from cosafe.ui.map.overlay_registry import OverlayRequest

BADGE_NOTE = QT_TRANSLATE_NOOP("Proposals", "12 ● 3: proposal no. 12 (as in the tables), 3 voting dots")


@dataclass
class ProposalOverlay:
    keys: frozenset[str] = frozenset({PROPOSALS})
    groups: list[tuple[str, str]] = field(default_factory=list)  # (label, colour) of the drawn proposals
    bounds: Extent | None = None
    xy: np.ndarray = field(default_factory=lambda: np.empty((0, 2)))  # vertices, Mercator metres
    badges: ProposalBadges | None = None

    def extent(self) -> Extent | None:
        return self.bounds

    def drawn_xy(self) -> np.ndarray:
        return self.xy

    def legend_rows(self) -> list[LegendRow]:
        rows = [LegendRow(label, group_mark(colour), mark_px=GROUP_KEY_PX) for label, colour in self.groups]
        if rows and self.badges is not None and self.badges.numbers:
            rows.append(LegendRow(translate("Proposals", BADGE_NOTE)))
        return rows

    def label_candidates(self, frame: ScreenFrame, metres_per_px: float) -> list[Any]:
        return self.badges.label_candidates(frame, metres_per_px) if self.badges is not None else []


def build(request: OverlayRequest) -> ProposalOverlay:
    hidden = frozenset(request.options.get("hidden_groups", frozenset()))
    layer = ProposalLayer(request.view)
    layer.set_store(request.store)
    layer.set_hidden_groups(hidden)
    part = ProposalOverlay(badges=layer.badges)
    geoms = [geom for geom in (layer.geometry(uuid) for uuid in layer.uuids) if geom is not None]
    if geoms:
        part.bounds = tuple(float(v) for v in shapely.total_bounds(np.asarray(geoms, dtype=object)))  # type: ignore[assignment]
        part.xy = shapely.get_coordinates(np.asarray(geoms, dtype=object))
    part.groups = _groups(request.store, set(layer.uuids), hidden)
    return part


def _groups(store: ProjectStore, drawn: set[str], hidden: frozenset[str]) -> list[tuple[str, str]]:
    """(label, colour) for each group with a drawn proposal, in the groups' order, then the ungrouped."""
    used = {p.group_uuid or "" for p in store.list(Proposal, with_geometry=False) if p.uuid in drawn} - hidden
    groups = [group for group in store.list(Group) if group.uuid in used]
    entries = list(dict.fromkeys((arg(Proposals.tr("Proposals: %1", "a legend row: a group's proposals"),
                                     group.name or Proposals.tr("unnamed group")), group.colour) for group in groups))
    if used - {group.uuid for group in groups}:
        entries.append((Proposals.tr("Proposals (no group)"), PROPOSAL_COLOUR))
    return entries
