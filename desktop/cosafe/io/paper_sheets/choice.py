"""Which group maps to print, and the map area they show (no Qt).

Contract:
- ``choose_sheets(store, paper, workshop=None, groups=()) -> list[PlannedSheet]``: one sheet
  per group, numbered 1… in the order of the workshops' and groups' creation; ``workshop`` (a
  workshop's title) keeps that workshop's groups, ``groups`` (names) keeps those. A name
  that matches nothing, or a project with no group to print, raises ``SheetsError`` with one
  translated line.
- Every sheet shows the workshop's area as Zoom to Project frames it
  (``store.queries.map.workshop_extent``: the project area, or everything the workshops
  drew, with 8 % margin), else the visible basemap; widened to the frame's proportions
  (``layout.fit_bounds``). No area at all raises ``SheetsError``.
- ``sheets_json(sheets) -> dict``: the ``--json`` structure of issue 18 (frame in mm from
  the page's top-left, bounds, "EPSG:3857", sticker colours and meanings).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from cosafe.core.i18n import arg
from cosafe.core.projection import point_to_lonlat, point_to_mercator
from cosafe.core.records import BasemapLayer, Group, Workshop
from cosafe.io.paper_sheets.layout import PROJECTION, STICKERS, Bounds, SheetIdentity, SheetLayout, fit_bounds, layout_for
from cosafe.io.paper_sheets.words import Sheets
from cosafe.store.errors import ProjectError
from cosafe.store.project_store import ProjectStore
from cosafe.store.queries.map import vector_layer_bounds, workshop_extent

AREA_MARGIN = 0.08  # Zoom to Project's margin around the workshop's area
MIN_SIDE_M = 200.0  # a single pin still shows its streets


class SheetsError(ProjectError):
    """The sheets cannot be made or read; the message is one translated line."""


@dataclass(frozen=True)
class PlannedSheet:
    """One page to print: who it is for, where everything goes, and what its QR code says."""

    identity: SheetIdentity
    layout: SheetLayout
    workshop_title: str
    group_name: str
    group_colour: str
    project_name: str


def choose_sheets(store: ProjectStore, paper: str, workshop: str | None = None,
                  groups: Sequence[str] = ()) -> list[PlannedSheet]:
    """The sheets to print (see the module contract)."""
    workshops = store.list(Workshop, order_by="created_at, uuid")
    if workshop is not None:
        workshops = [w for w in workshops if w.title == workshop]
        if not workshops:
            raise SheetsError(arg(Sheets.tr("No workshop is called %1"), workshop))
    chosen: list[tuple[Workshop, Group]] = []
    for each in workshops:
        for group in store.list(Group, "workshop_uuid = ?", (each.uuid,), order_by="created_at, uuid"):
            if not groups or group.name in groups:
                chosen.append((each, group))
    missing = [name for name in groups if name not in {group.name for _, group in chosen}]
    if missing:
        raise SheetsError(arg(Sheets.tr("No group is called %1"), missing[0]))
    if not chosen:
        raise SheetsError(Sheets.tr("There is no group to print a map for: add groups to a workshop first"))
    layout = layout_for(paper)
    bounds = fit_bounds(_area(store), layout.frame)
    project = store.get_meta("project_uuid") or ""
    return [PlannedSheet(SheetIdentity(project, each.uuid, group.uuid, number, paper, bounds), layout, each.title,
                         group.name, group.colour, store.name)
            for number, (each, group) in enumerate(chosen, start=1)]


def _area(store: ProjectStore) -> Bounds:
    area = workshop_extent(store)
    if area is None:
        boxes = [vector_layer_bounds(store, layer.uuid) for layer in store.list(BasemapLayer)
                 if layer.visible and layer.kind == "vector"]
        boxes = [box for box in boxes if box is not None]
        if not boxes:
            raise SheetsError(Sheets.tr("Nothing to print: the project has no workshop area and no basemap"))
        area = (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))
    min_x, min_y = point_to_mercator(area[0], area[1])
    max_x, max_y = point_to_mercator(area[2], area[3])
    pad_x = max((max_x - min_x) * AREA_MARGIN, (MIN_SIDE_M - (max_x - min_x)) / 2)
    pad_y = max((max_y - min_y) * AREA_MARGIN, (MIN_SIDE_M - (max_y - min_y)) / 2)
    west, south = point_to_lonlat(min_x - pad_x, min_y - pad_y)
    east, north = point_to_lonlat(max_x + pad_x, max_y + pad_y)
    return (west, south, east, north)


def sheets_json(sheets: Sequence[PlannedSheet]) -> dict[str, Any]:
    """The ``--json`` structure: where each sheet's map is on the paper and what its colours mean."""
    return {"sheets": [{
        "id": sheet.identity.number,  # what a detection's "sheet" names
        "group": sheet.group_name,
        "page_number": sheet.identity.number,
        "page": {"width_mm": sheet.layout.page[0], "height_mm": sheet.layout.page[1]},
        "frame_mm": dict(zip(("left", "top", "width", "height"), (round(v, 3) for v in sheet.layout.frame))),
        "bounds": list(sheet.identity.bounds),
        "projection": PROJECTION,
        "stickers": [{"colour": colour, "meaning": meaning} for meaning, (colour, _label) in STICKERS.items()],
    } for sheet in sheets]}
