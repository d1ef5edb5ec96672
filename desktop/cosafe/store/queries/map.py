"""What the map reads of the project beyond records: extents, basemap shapes in a box, proposal rows.

Contract (read only, indexed where it matters):
- ``tile_bounds(store, table)``: the data extent gpkg_contents records for a tile
  pyramid (its own units), or None.
- ``vector_layer_bounds(store, layer_uuid)``: the lon/lat box of one vector layer's
  features, from the R-tree (no geometry decoded), or None when it has none.
- ``visible_basemap_rows(store, table, box)``: (fid, geometry blob, style class, name,
  tags JSON, layer name, layer uuid) of the features of visible layers in ``table``
  (points, lines or polygons) whose R-tree box meets ``box`` (min lon, min lat, max
  lon, max lat); one indexed query.
- ``tile_zoom_levels(store, table)`` / ``tiles_in_view(store, table, zoom, bounds)``:
  the zoom levels of a tile pyramid, and its (column, row, image bytes) tiles at
  ``zoom`` overlapping Web Mercator ``bounds``.
- ``proposal_rows(store, uuids=None)``: (uuid, group uuid, geometry blob) of the
  proposals that have a geometry (all, or those of ``uuids``): the raw stored bytes,
  so a view can tell what changed without decoding.
- ``proposal_numbers(store)``: proposal UUID -> its number, 1 to n, the same wherever
  a proposal is named (map badges, the Proposals list, the plan's tables): in the
  order proposals were made (``created_at``), ties by UUID, over every proposal, with
  a geometry or not. A number never depends on votes, fids or filters, so it stays put
  while people vote and is the same in every copy of a file holding the same
  proposals; deleting or merging in an older proposal moves the numbers after it.
- ``proposal_dots(store)``: proposal UUID -> the dots placed on it in all workshops
  (the plan's "Dots"); proposals without votes are absent.
- ``project_area(store)``: the lon/lat box the facilitator set as the project's area
  (``PROJECT_AREA_KEY`` in project_meta, "min lon,min lat,max lon,max lat"), or None
  when none is set or the stored text is not a box.
- ``workshop_extent(store)``: the lon/lat box of the workshop's own records —
  proposals, perception pins, audit walks and audit points (from their R-trees, no
  geometry decoded) — and the project area; None when there is none of them.
  Basemap layers and imported incidents are not part of it: a city-wide data set or
  a long railway would make the workshop's streets a speck.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Iterator

from cosafe.store import tiles
from cosafe.store.basemap import LINES, POINTS, POLYGONS
from cosafe.store.project_store import ProjectStore

Box = tuple[float, float, float, float]

PROJECT_AREA_KEY = "project_area"
WORKSHOP_TABLES = ("proposals", "perception_pins", "audit_walks", "audit_points")


def tile_bounds(store: ProjectStore, table: str) -> Box | None:
    if not tiles.is_tile_table(store.connection, table):
        return None  # a layer's data_table is read from the file: only a real tile pyramid is drawn
    row = store.connection.execute(
        "SELECT min_x, min_y, max_x, max_y FROM gpkg_contents WHERE table_name = ?", (table,)).fetchone()
    if row is None or any(v is None for v in row):
        return None
    return tuple(float(v) for v in row)  # type: ignore[return-value]


def vector_layer_bounds(store: ProjectStore, layer_uuid: str) -> Box | None:
    boxes = []
    for table in (POINTS, LINES, POLYGONS):
        row = store.connection.execute(
            f"SELECT min(r.minx), min(r.miny), max(r.maxx), max(r.maxy) FROM rtree_{table}_geom r "
            f"JOIN {table} f ON f.fid = r.id WHERE f.layer_uuid = ?", (layer_uuid,)).fetchone()
        if row is not None and row[0] is not None:
            boxes.append(row)
    if not boxes:
        return None
    return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))


def visible_basemap_rows(store: ProjectStore, table: str, box: Box) -> list[tuple]:
    if table not in (POINTS, LINES, POLYGONS):
        raise ValueError(f"not a basemap feature table: {table!r}")
    min_lon, min_lat, max_lon, max_lat = box
    return store.connection.execute(
        f"SELECT f.fid, f.geom, f.style_class, f.name, f.tags, l.name, l.uuid FROM rtree_{table}_geom r "
        f"JOIN {table} f ON f.fid = r.id JOIN basemap_layers l ON l.uuid = f.layer_uuid "
        "WHERE r.minx <= ? AND r.maxx >= ? AND r.miny <= ? AND r.maxy >= ? AND l.visible = 1 "
        "AND f.geom IS NOT NULL", (max_lon, min_lon, max_lat, min_lat)).fetchall()


def proposal_rows(store: ProjectStore, uuids: Collection[str] | None = None) -> list[tuple[str, str | None, bytes]]:
    if uuids is None:
        return store.connection.execute(
            "SELECT uuid, group_uuid, geom FROM proposals WHERE geom IS NOT NULL").fetchall()
    marks = ",".join("?" * len(uuids))
    return store.connection.execute(
        f"SELECT uuid, group_uuid, geom FROM proposals WHERE geom IS NOT NULL AND uuid IN ({marks})",
        tuple(uuids)).fetchall()


def proposal_numbers(store: ProjectStore) -> dict[str, int]:
    rows = store.connection.execute("SELECT uuid FROM proposals ORDER BY created_at, uuid").fetchall()
    return {uuid: number for number, (uuid,) in enumerate(rows, start=1)}


def proposal_dots(store: ProjectStore) -> dict[str, int]:
    return dict(store.connection.execute(
        "SELECT proposal_uuid, sum(dots) FROM votes GROUP BY proposal_uuid").fetchall())


def parse_area(text: str | None) -> Box | None:
    """"min lon,min lat,max lon,max lat" as a box; None for anything else (an empty or
    inverted box, a value off the globe)."""
    try:
        values = tuple(float(part) for part in (text or "").split(","))
    except ValueError:
        return None
    if len(values) != 4 or not all(math.isfinite(v) for v in values):
        return None
    west, south, east, north = values
    if not (-180 <= west < east <= 180 and -90 <= south < north <= 90):
        return None
    return values  # type: ignore[return-value]


def format_area(box: Box) -> str:
    return ",".join(f"{value:.7f}" for value in box)


def project_area(store: ProjectStore) -> Box | None:
    return parse_area(store.get_meta(PROJECT_AREA_KEY))


def workshop_extent(store: ProjectStore) -> Box | None:
    boxes = []
    for table in WORKSHOP_TABLES:
        row = store.connection.execute(
            f"SELECT min(minx), min(miny), max(maxx), max(maxy) FROM rtree_{table}_geom").fetchone()
        if row is not None and row[0] is not None:
            boxes.append(row)
    area = project_area(store)
    if area is not None:
        boxes.append(area)
    if not boxes:
        return None
    return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))


def tile_zoom_levels(store: ProjectStore, table: str) -> list[int]:
    return tiles.zoom_levels(store.connection, table)


def tiles_in_view(store: ProjectStore, table: str, zoom: int, bounds: Box) -> Iterator[tuple[int, int, bytes]]:
    return tiles.tiles_in(store.connection, table, zoom, bounds)
