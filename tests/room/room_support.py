"""A project a room can serve, and a room on it for Starlette's TestClient (tests/room)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

from shapely.geometry import Point

from cosafe.core.edits import AddRecord, SetProjectProperties
from cosafe.core.i18n import english
from cosafe.core.records import Group, Proposal, Workshop
from cosafe.io.mbtiles_import import import_mbtiles
from cosafe.room.app import RoomApp
from cosafe.room.contributions import room_scope
from cosafe.room.limits import RoomLimits
from cosafe.room.writer import StoreWriter
from cosafe.store.project_store import ProjectStore
from map_files import TILE_TMS_YS, TILE_XS, ZOOM, make_mbtiles

# The project area: the MBTiles test file's four tiles (Berkeley, lon -122.32 to -122.30, lat 37.84 to 37.86).
AREA = (-122.32, 37.84, -122.30, 37.86)
INSIDE = (-122.31, 37.85)
OUTSIDE = (36.85, -1.28)
TILE = (ZOOM, TILE_XS[0], (1 << ZOOM) - 1 - TILE_TMS_YS[0])  # z, x, y (from the north) of a stored tile
ANSWERS = {"gender": "woman", "age_band": "15_24", "role": "trader"}


def make_room_project(path: Path) -> dict[str, str]:
    """A project with a workshop of two groups (3 dots each), one proposal, an area and a raster basemap.

    Returns the UUIDs: workshop, group_a, group_b, proposal.
    """
    mbtiles = make_mbtiles(path.with_suffix(".mbtiles"))
    with ProjectStore.create(str(path), name="Room test", place="Oakland") as store:
        workshop = Workshop(title="Market walk", votes_per_participant=3)
        group_a = Group(workshop_uuid=workshop.uuid, name="Women traders")
        group_b = Group(workshop_uuid=workshop.uuid, name="Youth")
        proposal = Proposal(geom=Point(*INSIDE), workshop_uuid=workshop.uuid, group_uuid=group_b.uuid,
                            title="Light the market lane", cpted_principle="natural_surveillance",
                            intervention_type="street_lighting", description="Someone's private note")
        for record in (workshop, group_a, group_b, proposal):
            AddRecord(record).apply(store)
        SetProjectProperties(store, {"project_area": ",".join(map(str, AREA))}).apply(store)
        import_mbtiles(store, str(mbtiles))
    return {"workshop": workshop.uuid, "group_a": group_a.uuid, "group_b": group_b.uuid, "proposal": proposal.uuid}


@contextlib.contextmanager
def open_room(path: Path, limits: RoomLimits = RoomLimits(), allowed_host: str | None = None,
              language: str = "en", translator=english, tiles=None) -> Iterator[tuple[RoomApp, ProjectStore]]:
    """A room on the project at ``path``, as ``cosafe room`` opens it; closed after the block."""
    store = ProjectStore.open(str(path))
    writer = StoreWriter(store)
    try:
        scope = room_scope(store)
        assert scope is not None
        room = RoomApp(writer, scope, language=language, translator=translator, limits=limits,
                       allowed_host=allowed_host, tiles=tiles)
        yield room, store
        room.close()
    finally:
        writer.close()
        store.close()
