"""Groups are told apart on the map without their colours (issue 14).

Each test draws the same proposal twice, once in each of two groups, at the same place
and size, and compares what was drawn as a colour-blind reader would: by which pixels
carry ink (a mask of everything that is not background), or, inside an area, by which
pixels differ from the area's own fill. Drawn as circles, solid lines and plain fills
for every group, as before issue 14, the two drawings had equal masks.
"""

from __future__ import annotations

import dataclasses

import numpy as np
import pyqtgraph as pg
import pytest
import shapely
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QImage

import cosafe.ui.features  # noqa: F401 - the features register the overlays they draw
from cosafe.core.group_symbols import MARKER_SHAPES
from cosafe.core.palette import GROUP_COLOURS
from cosafe.core.projection import point_to_mercator
from cosafe.core.records import Group, Proposal, Workshop
from cosafe.ui.features.proposals.map_items import ProposalLayer
from cosafe.ui.map.export import render_map_image
from cosafe.ui.map.export_legend import LegendRow
from cosafe.ui.map.export_overlays import build_overlays
from cosafe.ui.map.style import BACKGROUND
from cosafe.ui.map.symbols import marker_path

LON, LAT = 36.85, -1.28
BLACK = QColor("black")  # the canvas's background here: every colour and the markers' white edges show on it
POINT = shapely.Point(LON, LAT)
LINE = shapely.LineString([(LON - 0.0008, LAT), (LON + 0.0008, LAT)])
AREA = shapely.box(LON - 0.0008, LAT - 0.0006, LON + 0.0008, LAT + 0.0006)


def pixels(image: QImage) -> np.ndarray:
    """(height, width, 3) RGB of an image."""
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    rows = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.bytesPerLine() // 4, 4)
    return rows[:, :image.width(), 2::-1].copy()  # BGRA in memory


def ink(image: QImage, background: QColor) -> np.ndarray:
    """Where anything is drawn: a mask that knows no colour."""
    rgb = pixels(image).astype(int)
    return np.abs(rgb - np.array(background.getRgb()[:3])).sum(axis=2) > 30


def texture(rgb: np.ndarray) -> float:
    """The share of pixels unlike the commonest one: 0 for a plain fill, more for a hatch."""
    flat = rgb.reshape(-1, 3)
    values, counts = np.unique(flat, axis=0, return_counts=True)
    common = values[counts.argmax()]
    return float((np.abs(flat.astype(int) - common).sum(axis=1) > 30).mean())


@pytest.fixture
def groups(store):
    workshop = Workshop(title="Market walk", held_on="2026-11-20")
    store.insert(workshop)
    # The colours the first two groups of a workshop get.
    made = [Group(workshop_uuid=workshop.uuid, name=name, colour=colour)
            for name, colour in (("Youth", GROUP_COLOURS[0]), ("Women traders", GROUP_COLOURS[1]))]
    for group in made:
        store.insert(group)
    return made


@pytest.fixture
def canvas(qtbot, store):
    view = pg.GraphicsView(background=BLACK)
    box = pg.ViewBox(lockAspect=True, enableMenu=False)
    view.setCentralItem(box)
    view.resize(240, 240)
    qtbot.addWidget(view)
    view.show()
    layer = ProposalLayer(box)
    layer.set_store(store)
    x, y = point_to_mercator(LON, LAT)
    box.setRange(xRange=(x - 150, x + 150), yRange=(y - 150, y + 150), padding=0)
    return view, layer


def drawn_in_each_group(store, groups, geom, draw) -> list[QImage]:
    """``draw()`` once with ``geom`` a proposal of each group, in the same place."""
    proposal = Proposal(geom=geom, title="Lights", workshop_uuid=groups[0].workshop_uuid, group_uuid=groups[0].uuid)
    store.insert(proposal)
    images = []
    for group in groups:
        store.replace(dataclasses.replace(proposal, group_uuid=group.uuid))
        images.append(draw())
    return images


def on_canvas(canvas):
    view, layer = canvas

    def draw() -> QImage:
        layer.refresh()
        return view.grab().toImage()
    return draw


def in_export(store):
    bbox = (LON - 0.0015, LAT - 0.0015, LON + 0.0015, LAT + 0.0015)
    # Twice the screen's resolution, as a print would have: a marker 28 pixels across.
    return lambda: render_map_image(store, 600, 600, bbox=bbox, dpi=192, overlays={"proposals"}, labels=False)


def middle(image: QImage, half: int) -> QImage:
    return image.copy(image.width() // 2 - half, image.height() // 2 - half, 2 * half, 2 * half)


def test_point_proposals_of_two_groups_have_different_shapes_on_the_canvas(canvas, store, groups):
    first, second = (ink(middle(image, 14), BLACK)
                     for image in drawn_in_each_group(store, groups, POINT, on_canvas(canvas)))
    assert 100 < first.sum() < 600 and 100 < second.sum() < 600  # a marker each, of like size
    assert (first ^ second).sum() >= 40  # yet not the same shape: a circle and a star


def test_line_proposals_of_two_groups_have_different_dashes_on_the_canvas(canvas, store, groups):
    first, second = (ink(image, BLACK) for image in drawn_in_each_group(store, groups, LINE, on_canvas(canvas)))
    assert first.sum() > 0 and second.sum() > 0
    assert second.sum() < 0.85 * first.sum()  # the second group's line has gaps: dashed
    assert (first ^ second).sum() >= 0.15 * first.sum()


def test_area_proposals_of_two_groups_have_different_fills_on_the_canvas(canvas, store, groups):
    first, second = (pixels(middle(image, 40))
                     for image in drawn_in_each_group(store, groups, AREA, on_canvas(canvas)))
    assert texture(first) < 0.02  # the first group's plain translucent fill
    assert texture(second) > 0.1  # the second's hatched


@pytest.mark.parametrize("geom", [POINT, LINE], ids=["point", "line"])
def test_an_exported_map_draws_the_groups_apart_without_colour(store, groups, geom):
    # Cut to the middle: the legend, scale bar and north arrow stay in the corners.
    first, second = (ink(middle(image, 40), QColor(BACKGROUND))
                     for image in drawn_in_each_group(store, groups, geom, in_export(store)))
    assert first.sum() > 0 and second.sum() > 0
    assert (first ^ second).sum() >= 0.1 * first.sum()


def test_an_exported_area_is_hatched_for_the_second_group(store, groups):
    first, second = (pixels(middle(image, 60)) for image in drawn_in_each_group(store, groups, AREA, in_export(store)))
    assert texture(first) < 0.02 and texture(second) > 0.1


def alpha_mask(image: QImage) -> np.ndarray:
    """Where a legend mark (on a transparent pixmap) has ink."""
    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    rows = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.bytesPerLine() // 4, 4)
    return rows[:, :image.width(), 3] > 60


def legend_mark(row: LegendRow) -> QImage:
    width, height = row.mark_size() if hasattr(row, "mark_size") else (16, 16)  # before issue 14: a swatch
    return row.mark(width * 2, height * 2).toImage()


def test_the_export_legend_shows_each_groups_symbol(qapp, store, groups):
    for group in groups:
        store.insert(Proposal(geom=POINT, title="Lights", workshop_uuid=group.workshop_uuid, group_uuid=group.uuid))
    part = build_overlays(store, frozenset({"proposals"})).part("proposals")
    rows = [row for row in part.legend_rows() if row.mark is not None]
    assert [row.text for row in rows] == ["Proposals: Youth", "Proposals: Women traders"]
    first, second = (alpha_mask(legend_mark(row)) for row in rows)
    assert first.shape == second.shape
    assert (first ^ second).sum() >= 0.1 * first.sum()  # another marker, another dash, another hatch


def test_every_group_marker_covers_the_place_it_marks(qapp):
    for shape in MARKER_SHAPES:
        path = marker_path(shape, 16)
        assert path.contains(QPointF(0, 0)) and path.contains(QPointF(2, 0)), shape
        box = path.boundingRect()
        assert 12 <= box.width() <= 20 and 8 <= box.height() <= 20, (shape, box)


def test_markers_grow_with_the_presentations_text(canvas, store, groups):
    view, layer = canvas
    store.insert(Proposal(geom=POINT, title="Lights", workshop_uuid=groups[1].workshop_uuid, group_uuid=groups[1].uuid))
    layer.refresh()
    normal = ink(middle(view.grab().toImage(), 30), BLACK).sum()
    layer.set_marker_scale(2.0)  # what the canvas's labels ask when presentation mode doubles the text
    larger = ink(middle(view.grab().toImage(), 30), BLACK).sum()
    assert 3.0 * normal < larger < 5.0 * normal
    store.insert(Proposal(geom=shapely.Point(LON + 0.0001, LAT), title="Bench", group_uuid=groups[0].uuid))
    layer.refresh()  # a proposal added meanwhile is drawn as large
    assert all(item.marker_scale == 2.0 for item in layer.items.values())
