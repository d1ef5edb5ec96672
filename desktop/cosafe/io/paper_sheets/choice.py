"""Which group maps to print, and the map area they show (no Qt).

Contract:
- ``choose_sheets(store, paper, workshop=None, groups=()) -> list[PlannedSheet]``: one sheet
  per group, in the order of the workshops' and groups' creation; ``workshop`` (a
  workshop's title) keeps that workshop's groups, ``groups`` (names) keeps those. A name
  that matches nothing, or a project with no group to print, raises ``SheetsError`` with one
  translated line.
- A large area is cut into tiles: when the area would be drawn smaller than ``MAX_SCALE``
  (1:10,000 on the ground) on the paper, each group gets one sheet per tile (``part`` 1… of
  ``parts``), the tiles drawn at 1:10,000 or larger, sharing ``TILE_OVERLAP`` of their width and
  height with their neighbours (a place near an edge is on both), at most ``MAX_TILES`` a group
  (beyond that the tiles are drawn smaller). A tiled group's sheets follow an overview page
  (``overview_pages``) that shows the whole area and where each tile is.
- Sheets are numbered by their page in the PDF (1…), overview pages counted: ``identity.number``
  is the page a sheet is printed on.
- Every sheet shows the workshop's area as Zoom to Project frames it
  (``store.queries.map.workshop_extent``: the project area, or everything the workshops
  drew, with 8 % margin), else the visible basemap; widened to the frame's proportions
  (``layout.fit_bounds``). No area at all raises ``SheetsError``.
- ``sheets_json(sheets) -> dict``: the ``--json`` structure of issue 18 (frame in mm from
  the page's top-left, bounds, "EPSG:3857", sticker colours and meanings).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from cosafe.core.i18n import arg
from cosafe.core.projection import point_to_lonlat, point_to_mercator
from cosafe.core.records import BasemapLayer, Group, Workshop
from cosafe.io.paper_sheets.layout import (PROJECTION, STICKERS, Bounds, Box, SheetIdentity, SheetLayout, fit_bounds,
                                           layout_for)
from cosafe.io.paper_sheets.words import Sheets
from cosafe.store.errors import ProjectError
from cosafe.store.project_store import ProjectStore
from cosafe.store.queries.map import vector_layer_bounds, workshop_extent

AREA_MARGIN = 0.08  # Zoom to Project's margin around the workshop's area
MIN_SIDE_M = 200.0  # a single pin still shows its streets
MAX_SCALE = 10_000.0  # ground metres per paper metre at most: street names and a dot's place stay readable
TILE_OVERLAP = 0.1  # of a tile's width and height, shared with its neighbour
MAX_TILES = 9  # a group's tiles at most; a larger area gets smaller-scale tiles


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
    part: int = 1  # which tile of the group's area, 1-based
    parts: int = 1  # how many tiles the area is cut into


@dataclass(frozen=True)
class OverviewPage:
    """A page before a tiled group's sheets: the whole area, each tile outlined with its sheet number.
    It has no markers nor QR code: it is not read back."""

    layout: SheetLayout
    page_number: int
    bounds: Bounds  # the whole area, fitted to the layout's frame
    tiles: tuple[tuple[int, Bounds], ...]  # (sheet number, the tile's bounds)
    workshop_title: str
    group_name: str
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
    tiles = tile_bounds(_area(store), layout.frame)
    project = store.get_meta("project_uuid") or ""
    sheets: list[PlannedSheet] = []
    page = 0
    for each, group in chosen:
        page += len(tiles) > 1  # the group's overview page
        for part, bounds in enumerate(tiles, start=1):
            page += 1
            sheets.append(PlannedSheet(SheetIdentity(project, each.uuid, group.uuid, page, paper, bounds), layout,
                                       each.title, group.name, group.colour, store.name, part, len(tiles)))
    return sheets


def tile_bounds(area: Bounds, frame: Box) -> list[Bounds]:
    """The bounds of each sheet showing ``area`` (lon/lat) in ``frame`` (mm): the area fitted to the
    frame when that draws it at ``MAX_SCALE`` or larger, else tiles in rows from the north-west,
    each fitted to the frame (see the module contract)."""
    whole = fit_bounds(area, frame)
    min_x, min_y = point_to_mercator(whole[0], whole[1])
    max_x, max_y = point_to_mercator(whole[2], whole[3])
    ground = math.cos(math.radians((whole[1] + whole[3]) / 2))  # ground metres per Web Mercator metre
    a_min_x, a_min_y = point_to_mercator(area[0], area[1])
    a_max_x, a_max_y = point_to_mercator(area[2], area[3])
    area_w, area_h = a_max_x - a_min_x, a_max_y - a_min_y
    tile_w = MAX_SCALE * frame[2] / 1000.0 / ground  # Web Mercator metres across one frame at MAX_SCALE
    if (max_x - min_x) <= tile_w * 1.0001:
        return [whole]
    aspect = frame[2] / frame[3]
    while True:
        tile_h = tile_w / aspect
        columns = _tiles_across(area_w, tile_w)
        rows = _tiles_across(area_h, tile_h)
        if columns * rows <= MAX_TILES:
            break
        tile_w *= 1.1
    step_x, step_y = tile_w * (1 - TILE_OVERLAP), tile_h * (1 - TILE_OVERLAP)
    # The tiles together, centred on the area.
    left = (a_min_x + a_max_x) / 2 - (tile_w + (columns - 1) * step_x) / 2
    top = (a_min_y + a_max_y) / 2 + (tile_h + (rows - 1) * step_y) / 2
    tiles = []
    for row in range(rows):
        for column in range(columns):
            x0, y1 = left + column * step_x, top - row * step_y
            west, south = point_to_lonlat(x0, y1 - tile_h)
            east, north = point_to_lonlat(x0 + tile_w, y1)
            tiles.append((west, south, east, north))
    return tiles


def _tiles_across(length: float, tile: float) -> int:
    """How many tiles overlapping by ``TILE_OVERLAP`` cover ``length``."""
    if length <= tile:
        return 1
    return 1 + math.ceil((length - tile) / (tile * (1 - TILE_OVERLAP)) - 1e-9)


def overview_pages(sheets: Sequence[PlannedSheet]) -> list[OverviewPage]:
    """The overview page of each tiled group among ``sheets`` (``choose_sheets``' order), numbered
    the page before the group's first tile."""
    pages: list[OverviewPage] = []
    for sheet in sheets:
        if sheet.parts < 2 or sheet.part != 1:
            continue
        group = [each for each in sheets if each.identity.group == sheet.identity.group
                 and each.identity.workshop == sheet.identity.workshop]
        boxes = [each.identity.bounds for each in group]
        union = (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))
        pages.append(OverviewPage(sheet.layout, sheet.identity.number - 1, fit_bounds(union, sheet.layout.frame),
                                  tuple((each.identity.number, each.identity.bounds) for each in group),
                                  sheet.workshop_title, sheet.group_name, sheet.project_name))
    return pages


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
        "part": sheet.part,  # which tile of the group's area (1 of 1 when it fits one sheet)
        "parts": sheet.parts,
        "page": {"width_mm": sheet.layout.page[0], "height_mm": sheet.layout.page[1]},
        "frame_mm": dict(zip(("left", "top", "width", "height"), (round(v, 3) for v in sheet.layout.frame))),
        "bounds": list(sheet.identity.bounds),
        "projection": PROJECTION,
        "stickers": [{"colour": colour, "meaning": meaning} for meaning, (colour, _label) in STICKERS.items()],
    } for sheet in sheets]}
