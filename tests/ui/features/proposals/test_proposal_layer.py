"""Proposals on the map: individual items close up, one batched overview when thousands are in view."""

from __future__ import annotations

import pyqtgraph as pg
import pytest
import shapely

from cosafe.core.projection import point_to_mercator
from cosafe.core.records import Group, Proposal
from cosafe.ui.features.proposals.map_items import ProposalLayer
from cosafe.ui.features.proposals.map_overview import BATCH_ABOVE

LON, LAT = 36.85, -1.28


@pytest.fixture
def layer(qtbot, store):
    view = pg.GraphicsView()
    box = pg.ViewBox(lockAspect=True)
    view.setCentralItem(box)
    view.resize(800, 600)
    qtbot.addWidget(view)
    view.show()
    proposals_layer = ProposalLayer(box)
    proposals_layer.view_box, proposals_layer.view = box, view  # kept alive; the tests zoom
    proposals_layer.set_store(store)
    return proposals_layer


def _zoom_to(layer, lon: float, lat: float, half_metres: float) -> None:
    x, y = point_to_mercator(lon, lat)
    layer.view_box.setRange(xRange=(x - half_metres, x + half_metres), yRange=(y - half_metres, y + half_metres),
                            padding=0)


def _many(store, count: int) -> list[Proposal]:
    group = Group(name="Youth", colour="#0072B2")
    store.insert(group)
    proposals = []
    for n in range(count):
        x, y = LON + (n % 60) * 0.0001, LAT + (n // 60) * 0.0001
        shape = (shapely.Point(x, y), shapely.LineString([(x, y), (x + 0.00005, y)]),
                 shapely.box(x, y, x + 0.00004, y + 0.00004))[n % 3]
        proposals.append(Proposal(geom=shape, title=f"Idea {n}", group_uuid=group.uuid))
    store.insert_many(proposals)
    return proposals


def test_a_multipoint_shows_a_marker_at_every_point(layer, store):
    proposal = Proposal(geom=shapely.MultiPoint([(LON, LAT), (LON + 0.001, LAT), (LON, LAT + 0.001)]), title="Benches")
    store.insert(proposal)
    layer.refresh()
    item = layer.items[proposal.uuid]
    positions = [(round(p.x()), round(p.y())) for p in item.marker_positions()]
    expected = [tuple(round(v) for v in point_to_mercator(lon, lat)) for lon, lat in shapely.get_coordinates(proposal.geom)]
    assert positions == expected and len(item.childItems()) == 3


def test_thousands_in_view_are_drawn_batched_and_close_up_individually(layer, store):
    proposals = _many(store, BATCH_ABOVE + 300)
    layer.refresh()
    _zoom_to(layer, LON + 0.003, LAT + 0.0015, 600)  # the whole cluster
    assert layer._batched and layer._overview.isVisible()
    assert not any(item.isVisible() for item in layer.items.values())
    assert layer.hit(*point_to_mercator(LON, LAT), 5.0) == proposals[0].uuid  # still selectable

    layer.set_selected([proposals[0].uuid])  # the selected one comes out of the batch, with its halo
    assert [uuid for uuid, item in layer.items.items() if item.isVisible()] == [proposals[0].uuid]

    _zoom_to(layer, LON, LAT, 20)  # a street corner: a few proposals, each its own item
    assert not layer._batched and not layer._overview.isVisible()
    assert all(item.isVisible() for item in layer.items.values())


def test_an_added_proposal_is_read_alone_and_joins_the_batch(layer, store):
    _many(store, BATCH_ABOVE + 10)
    layer.refresh()
    _zoom_to(layer, LON + 0.003, LAT + 0.0015, 600)
    extra = Proposal(geom=shapely.Point(LON + 0.002, LAT + 0.002), title="One more")
    store.insert(extra)
    layer.refresh(only={extra.uuid})
    assert extra.uuid in layer.uuids and len(layer.uuids) == BATCH_ABOVE + 11
    assert not layer.items[extra.uuid].isVisible()  # drawn by the overview
    store.delete(Proposal, extra.uuid)
    layer.refresh(only={extra.uuid})
    assert extra.uuid not in layer.uuids
