"""The basemap tiles phones draw their map with (``GET /tiles/{z}/{x}/{y}.png``).

Contract: ``stored_tile(store, z, x, y)`` is the image of the project's raster basemap at
that tile of the web map grid (x from the west, y from the north, as GeoPackage stores
rows) and its media type, or None when no visible tile layer has it. Layers are tried
from the top of the window's layer list down (higher ``sort_order`` first), so a phone
sees what the projector shows on top. The bytes are those stored (PNG, JPEG or WebP,
as the MBTiles file held them), with the media type read from them, whatever the path's
extension says. ``tile_in_grid(z, x, y)`` says whether such a tile can exist. ``tile_zooms(store)`` are
the zoom levels any visible tile layer has tiles at (the page picks its tiles' level from them).

What is not here yet: a vector basemap (an OpenStreetMap import) is drawn by the
window's canvas with Qt, so serving it needs tiles rendered in CoSafe's style by the
window part of the room; until then a project whose only basemap is vector gives
phones 404 for every tile, and the page draws the project's shapes on a plain ground.
"""

from __future__ import annotations

from cosafe.core.records import BasemapLayer
from cosafe.store import tiles
from cosafe.store.project_store import ProjectStore

MAX_ZOOM = 22


def tile_in_grid(z: int, x: int, y: int) -> bool:
    return 0 <= z <= MAX_ZOOM and 0 <= x < (1 << z) and 0 <= y < (1 << z)


def media_type(data: bytes) -> str:
    if data[:8] == b"\x89PNG\r\n\x1a\n":
        return "image/png"
    if data[:3] == b"\xff\xd8\xff":
        return "image/jpeg"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    return "application/octet-stream"


def _tile_tables(store: ProjectStore) -> list[str]:
    layers = store.list(BasemapLayer, "kind = 'tiles' AND visible = 1", order_by="sort_order DESC, fid DESC")
    return [layer.data_table for layer in layers
            if layer.data_table and tiles.is_tile_table(store.connection, layer.data_table)]


def tile_zooms(store: ProjectStore) -> list[int]:
    return sorted({zoom for table in _tile_tables(store) for zoom in tiles.zoom_levels(store.connection, table)})


def stored_tile(store: ProjectStore, z: int, x: int, y: int) -> tuple[bytes, str] | None:
    if not tile_in_grid(z, x, y):
        return None
    for table in _tile_tables(store):
        bounds = tiles.tile_bounds(z, x, y)
        inset = tiles.tile_span(z) / 1000  # the tile itself, not its neighbours touching its edges
        found = next(tiles.tiles_in(store.connection, table, z, (
            bounds[0] + inset, bounds[1] + inset, bounds[2] - inset, bounds[3] - inset)), None)
        if found is not None:
            data = bytes(found[2])
            return data, media_type(data)
    return None
