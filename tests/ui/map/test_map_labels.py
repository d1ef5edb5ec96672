"""The map's labels: street, place and landmark names on the canvas and in exported images."""

from __future__ import annotations

import math

import numpy as np
import pytest
import shapely
from map_support import (LAT, LON, ROAD_Y, WINDING_NAMES, assert_no_overlaps, street_project,
                         winding_street_features)
from PySide6.QtCore import QPoint, QPointF
from PySide6.QtGui import QColor, QImage

from cosafe.core.projection import point_to_mercator, to_mercator
from cosafe.core.records import BasemapLayer
from cosafe.io import osm_classes
from cosafe.io.basemap_import import import_vector_basemap
from cosafe.io.samples.project import write_sample_project
from cosafe.store import basemap
from cosafe.store.basemap import BasemapFeature
from cosafe.store.project_store import ProjectStore
from cosafe.ui.map import label_data
from cosafe.ui.map.basemap_data import load_basemap
from cosafe.ui.map.canvas import MapCanvas
from cosafe.ui.map.export import render_map_image
from cosafe.ui.map.labels import BASEMAP_LABEL_Z, HALO_PX, TEXT_STYLES, TextArt, paint_labels, scaled
from cosafe.ui.map.layer_items import BASEMAP_TOP_Z
from cosafe.ui.map.style import max_resolution

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")
SIZE = (1000, 700)
MAJOR_INK = QColor(TEXT_STYLES["major_road"].ink)


@pytest.fixture
def streets(tmp_path):
    store, _ = street_project(tmp_path / "streets.gpkg")
    yield store
    store.close()


@pytest.fixture
def winding(tmp_path):
    store = ProjectStore.create(str(tmp_path / "winding.gpkg"), name="winding")
    basemap.add_vector_layer(store, BasemapLayer(name="lanes", kind="vector"), winding_street_features())
    yield store
    store.close()


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    path = tmp_path_factory.mktemp("sample") / "sample.gpkg"
    write_sample_project(str(path))
    store = ProjectStore.open(str(path), read_only=True)
    yield store
    store.close()


def _canvas(qtbot, store) -> MapCanvas:
    canvas = MapCanvas()
    qtbot.addWidget(canvas)
    canvas.resize(*SIZE)
    canvas.show()
    qtbot.waitExposed(canvas)
    canvas.set_project(store)
    return canvas


def _look(canvas: MapCanvas, metres_per_px: float, lon: float = LON, lat: float = ROAD_Y) -> None:
    """Centre the view on lon/lat at ``metres_per_px`` ground metres per pixel and let it rest."""
    x, y = point_to_mercator(lon, lat)
    units = metres_per_px / math.cos(math.radians(lat))
    size = canvas.view_box.size()
    half_w, half_h = size.width() * units / 2, size.height() * units / 2
    canvas.view_box.setRange(xRange=(x - half_w, x + half_w), yRange=(y - half_h, y + half_h), padding=0)
    canvas._refine()  # what the canvas does once the view rests (REFINE_DELAY_MS)
    assert canvas.ground_metres_per_pixel() == pytest.approx(metres_per_px, rel=0.02)


def _texts(canvas: MapCanvas) -> list[str]:
    return [label.art.text for label in canvas.labels.placed]


def _ink_box(image: QImage, colour: QColor, tolerance: int = 10) -> tuple[int, int, int, int] | None:
    """Bounds (x0, y0, x1, y1) of the pixels of about ``colour`` away from the map furniture
    (the scale bar and north arrow are drawn in a dark ink too)."""
    array = np.frombuffer(image.convertToFormat(QImage.Format.Format_RGB32).constBits(), dtype=np.uint8)
    pixels = array.reshape(image.height(), image.bytesPerLine() // 4, 4)[:, :image.width(), :3].astype(int)
    target = np.array([colour.blue(), colour.green(), colour.red()])  # RGB32 is BGRA in memory
    near = np.abs(pixels - target).max(axis=2) <= tolerance
    width, height = image.width(), image.height()
    near[:, : width // 5] = near[:, width - width // 8:] = False
    near[: height // 7, :] = near[height - height // 7:, :] = False
    ys, xs = np.nonzero(near)
    if not len(xs):
        return None
    return int(xs.min()), int(ys.min()), int(xs.max()), int(ys.max())


def test_street_names_at_street_zoom_none_far_out(qtbot, streets):
    canvas = _canvas(qtbot, streets)
    _look(canvas, 1.0)
    assert {"Main St", "Side St", "Park", "Cafe"} <= set(_texts(canvas))
    _look(canvas, 5.0)  # a neighbourhood: the main road keeps its name, side streets and shops lose theirs
    assert "Main St" in _texts(canvas) and "Side St" not in _texts(canvas) and "Cafe" not in _texts(canvas)
    _look(canvas, 60.0)  # a whole city: names would only clutter
    assert _texts(canvas) == []
    canvas.labels.set_visible(False)
    _look(canvas, 1.0)
    assert _texts(canvas) == []


def test_each_street_is_named_once_per_view_though_stored_in_pieces(qtbot, tmp_path):
    store = ProjectStore.create(str(tmp_path / "blocks.gpkg"), name="blocks")
    ends = [LON - 0.004 + i * 0.0008 for i in range(11)]  # blocks share their end nodes, as OSM ways do
    blocks = [BasemapFeature(shapely.LineString([(ends[i], LAT), (ends[i + 1], LAT)]), "minor_road", "Wood Street",
                             {"highway": "residential"}) for i in range(10)]
    basemap.add_vector_layer(store, BasemapLayer(name="blocks", kind="vector"), blocks)
    data = load_basemap(store, max_resolution)
    assert len(data.labels.line_names) == 1  # the ten blocks merged into one street
    canvas = _canvas(qtbot, store)
    _look(canvas, 1.0, lat=LAT)
    assert _texts(canvas).count("Wood Street") in (1, 2)  # ~700 px of street: REPEAT_PX allows two at most
    store.close()


def test_labels_never_overlap_and_stay_upright_on_the_sample(qtbot, sample):
    canvas = _canvas(qtbot, sample)
    lon, lat = 36.85, -1.28
    for metres in (0.4, 1.0, 2.0, 3.5):
        _look(canvas, metres, lon, lat)
        placed = canvas.labels.placed
        assert placed, f"labels at {metres} m/px"
        assert_no_overlaps(placed)
        assert all(-95 <= label.angle < 85 for label in placed)  # upright
        # Every label lies inside the view.
        width, height = SIZE
        assert all(label.corners[:, 0].min() >= 0 and label.corners[:, 0].max() <= width
                   and label.corners[:, 1].min() >= 0 and label.corners[:, 1].max() <= height for label in placed)
    _look(canvas, 1.0, lon, lat)
    assert {"Soko Street", "Riverside Road", "Mto Park"} <= set(_texts(canvas))


def test_a_label_keeps_its_size_on_screen_at_every_zoom(qtbot, streets):
    canvas = _canvas(qtbot, streets)
    sizes, inks = [], []
    for metres in (0.5, 1.0, 2.5):
        _look(canvas, metres)
        label = next(label for label in canvas.labels.placed if label.art.text == "Main St")
        corners = label.corners
        sizes.append((round(float(np.ptp(corners[:, 0])), 3), round(float(np.ptp(corners[:, 1])), 3)))
        # What is drawn: the bold dark ink of the main road's name (nothing else on this map is that colour).
        image = canvas.grab().toImage()
        ink = _ink_box(image, MAJOR_INK)
        assert ink is not None
        inks.append((ink[2] - ink[0], ink[3] - ink[1]))
    assert sizes[0] == sizes[1] == sizes[2]
    assert max(w for w, _ in inks) - min(w for w, _ in inks) <= 2
    assert max(h for _, h in inks) - min(h for _, h in inks) <= 2


def test_a_pan_moves_the_labels_with_the_map_until_they_are_placed_again(qtbot, streets):
    canvas = _canvas(qtbot, streets)
    _look(canvas, 1.0)
    before = {label.art.text: (label.x, label.y) for label in canvas.labels.placed}
    canvas.view_box.translateBy(x=40.0)  # the view moves: the placement stays anchored on the map
    assert {label.art.text: (label.x, label.y) for label in canvas.labels.placed} == before
    qtbot.waitUntil(lambda: canvas.labels.place_ms > 0 and {label.art.text for label in canvas.labels.placed}
                    and canvas.labels.frame().left == pytest.approx(canvas.view_box.viewRect().left()), timeout=3000)


def test_labels_lie_above_the_basemap_and_below_workshop_layers():
    from cosafe.ui.features.analysis.map_items import Z as ANALYSIS_Z
    from cosafe.ui.features.analysis.map_items import HEAT
    from cosafe.ui.features.proposals.map_items import PROPOSAL_Z
    from cosafe.ui.features.proposals.sketch.controller import BADGE_Z

    assert BASEMAP_TOP_Z < BASEMAP_LABEL_Z < PROPOSAL_Z < BADGE_Z
    assert ANALYSIS_Z[HEAT] < BASEMAP_LABEL_Z  # names read through the heat map
    assert all(z > BASEMAP_LABEL_Z for key, z in ANALYSIS_Z.items() if key != HEAT)  # pins, walks, points


def test_the_exported_map_carries_the_names_scaled_with_its_dpi(qapp, streets):
    bbox = (LON - 0.004, LAT - 0.003, LON + 0.004, LAT + 0.003)
    plain = render_map_image(streets, 800, 600, bbox=bbox, labels=False)
    assert _ink_box(plain, MAJOR_INK) is None
    small = render_map_image(streets, 800, 600, bbox=bbox)
    large = render_map_image(streets, 1600, 1200, bbox=bbox, dpi=192)  # the same map, twice the pixels
    small_ink, large_ink = _ink_box(small, MAJOR_INK), _ink_box(large, MAJOR_INK)
    assert small_ink is not None and large_ink is not None
    small_w, large_w = small_ink[2] - small_ink[0], large_ink[2] - large_ink[0]
    assert large_w == pytest.approx(2 * small_w, rel=0.1)
    # Along the road: the name's ink straddles the road's row of pixels.
    (x0, y0), (x1, y1) = point_to_mercator(*bbox[:2]), point_to_mercator(*bbox[2:])
    units = max((x1 - x0) / 800, (y1 - y0) / 600)
    road_row = 300 - (point_to_mercator(LON, ROAD_Y)[1] - (y0 + y1) / 2) / units
    assert small_ink[1] < road_row < small_ink[3]


def test_osm_places_and_landmarks_are_kept_for_their_names(tmp_path):
    assert osm_classes.PLACE_CLASS == label_data.PLACE_CLASS
    osm = tmp_path / "places.osm"
    osm.write_text("""<?xml version='1.0' encoding='UTF-8'?>
<osm version="0.6" generator="test">
  <node id="1" lat="37.8070" lon="-122.3000"><tag k="place" v="neighbourhood"/><tag k="name" v="Prescott"/></node>
  <node id="2" lat="37.8075" lon="-122.2990"><tag k="tourism" v="artwork"/><tag k="name" v="Black Panther Mural"/></node>
  <node id="3" lat="37.8072" lon="-122.2992"><tag k="place" v="neighbourhood"/></node>
  <node id="4" lat="37.8078" lon="-122.2980"/>
  <node id="5" lat="37.8080" lon="-122.2995"/>
  <way id="10"><nd ref="4"/><nd ref="5"/><tag k="highway" v="residential"/><tag k="name" v="Wood Street"/></way>
</osm>
""")
    store = ProjectStore.create(str(tmp_path / "p.gpkg"), name="p")
    import_vector_basemap(store, str(osm))
    classes = {f.name: f.style_class for f in basemap.iter_features(store)}
    assert classes == {"Prescott": "place", "Black Panther Mural": "poi", "Wood Street": "minor_road"}
    data = load_basemap(store, max_resolution)
    assert set(data.labels.names) == {"Prescott", "Black Panther Mural"}
    # A place is named, never drawn: no item, no marker.
    assert "place" not in {c for layer in data.layers.values() for c in layer.batches}
    store.close()


def test_names_keep_clear_of_the_markers_drawn_over_them(qtbot, streets):
    import pyqtgraph as pg

    canvas = _canvas(qtbot, streets)
    _look(canvas, 1.0)
    road = next(label for label in canvas.labels.placed if label.art.text == "Main St")
    # Pins (a scatter item above the labels, as the perception layers draw them) all along the road.
    xs = np.linspace(canvas.view_box.viewRect().left(), canvas.view_box.viewRect().right(), 200)
    pins = pg.ScatterPlotItem(x=xs, y=np.full(xs.size, road.y), size=12, pxMode=True)
    pins.setZValue(BASEMAP_TOP_Z + 5)
    canvas.view_box.addItem(pins, ignoreBounds=True)
    canvas._refine()
    assert "Main St" not in _texts(canvas)  # nowhere along it is free: better no name than one under the pins
    pins.setVisible(False)
    canvas._refine()
    assert "Main St" in _texts(canvas)


def _dark_pixels(image: QImage, darker_than: int = 150) -> np.ndarray:
    """(n, 2) x, y of the pixels darker than ``darker_than`` in every channel (names' ink: the winding
    lanes and the ground are light), away from the map furniture."""
    rgb = image.convertToFormat(QImage.Format.Format_RGB32)  # kept while its bits are read
    array = np.frombuffer(rgb.constBits(), dtype=np.uint8)
    pixels = array.reshape(rgb.height(), rgb.bytesPerLine() // 4, 4)[:, :rgb.width(), :3]
    dark = (pixels < darker_than).all(axis=2)
    dark[rgb.height() - 60:, :] = dark[:90, rgb.width() - 70:] = False  # scale bar, attribution, north arrow
    ys, xs = np.nonzero(dark)
    return np.column_stack([xs, ys])


def test_winding_streets_are_named_along_their_curves(qtbot, winding):
    canvas = _canvas(qtbot, winding)
    _look(canvas, 1.5, lat=LAT)
    placed = canvas.labels.placed
    named = set(_texts(canvas))
    # The lanes bend too much for a straight name on most of their length: before names followed
    # curves, 3 of the 12 found a straight enough stretch at this zoom; now only the tightest bends
    # (30 px round here) and crossings refuse a name.
    assert len(named & set(WINDING_NAMES)) >= 8
    curved = [label for label in placed if label.glyphs is not None]
    assert len(curved) >= 5
    assert_no_overlaps(placed)
    # What is drawn: the letters' ink lies on each curved name's letters, turned along the lane.
    image = canvas.graphics_view.viewport().grab().toImage()
    ink = _dark_pixels(image)
    world = canvas.view_box.childGroup.sceneTransform() * canvas.graphics_view.viewportTransform()
    for label in curved:
        at = world.map(QPointF(label.x, label.y))
        letters = label.glyphs[:, :2] + np.array([at.x(), at.y()])
        for (x, y), letter in zip(letters, label.art.letters):
            if letter.strip():
                nearest = np.hypot(ink[:, 0] - x, ink[:, 1] - y).min()
                assert nearest < 4, (label.art.text, letter)


def test_the_exported_map_draws_curved_names_letter_by_letter(qapp, winding, monkeypatch):
    from cosafe.ui.map import export

    drawn = []

    def spy(painter, labels, world):
        drawn.extend((label, world.map(QPointF(label.x, label.y))) for label in labels)
        return paint_labels(painter, labels, world)

    monkeypatch.setattr(export, "paint_labels", spy)  # the plan's maps draw through it as well
    bbox = (LON - 0.0062, LAT - 0.0045, LON + 0.0062, LAT + 0.0045)  # about 1 m/px
    image = render_map_image(winding, 1000, 1000, bbox=bbox, dpi=96)
    curved = [(label, at) for label, at in drawn if label.glyphs is not None]
    assert len(curved) >= 3
    ink = _dark_pixels(image)
    for label, at in curved:
        for (x, y), letter in zip(label.glyphs[:, :2] + np.array([at.x(), at.y()]), label.art.letters):
            if letter.strip():
                assert np.hypot(ink[:, 0] - x, ink[:, 1] - y).min() < 4, (label.art.text, letter)
    # And every pixel of ink lies on a lane: within a letter's height of it.
    (x0, y0), (x1, y1) = point_to_mercator(*bbox[:2]), point_to_mercator(*bbox[2:])
    units = max((x1 - x0) / 1000, (y1 - y0) / 1000)
    lanes = []
    for feature in winding_street_features():
        xs, ys = to_mercator(*np.array(feature.geometry.coords).T)
        lanes.append(shapely.LineString(np.column_stack([500 + (xs - (x0 + x1) / 2) / units,
                                                         500 - (ys - (y0 + y1) / 2) / units])))
    streets = shapely.union_all(lanes)
    assert not [p for p in ink.tolist() if streets.distance(shapely.Point(p)) > 10]


def test_a_name_is_measured_letter_by_letter_unless_its_script_joins_its_letters(qapp):
    art = TextArt("Rue de l'Église", "minor_road")
    assert "".join(art.letters) == art.text and len(art.advances) == len(art.text)
    assert sum(art.advances) == pytest.approx(art.width - 2 * HALO_PX)  # the name as laid out whole
    assert all(advance > 0 for advance in art.advances)
    assert scaled(art, 2.0).advances == pytest.approx([2 * advance for advance in art.advances])
    # An accent typed as its own code point stays on its letter.
    assert TextArt("Cafe\u0301 Lane", "minor_road").letters[3] == "e\u0301"
    # Arabic joins its letters, Devanagari stacks them: drawn one by one they would be wrong, so straight only.
    assert TextArt("شارع الملك", "minor_road").advances == ()
    assert TextArt("गांधी मार्ग", "minor_road").advances == ()


def test_the_halo_spans_the_gap_between_words(qapp):
    # Without it the street's casing shows through between the words and reads as a dot.
    art = TextArt("Faraja Way", "minor_road")
    space = art.letters.index(" ")
    middle = sum(art.advances[:space]) + art.advances[space] / 2 - sum(art.advances) / 2  # from the name's centre
    image = art.image(1.0)
    x, y = round(art.width / 2 + middle), round(art.height / 2)
    assert image.pixelColor(x, y).alpha() > 200
    # And along a curve: the space's own image carries the halo.
    from cosafe.ui.map.labels import glyph_images

    halo, ink, where = glyph_images(art.style, " ", 1.0)
    centre = round(-where.left())  # the space's middle
    assert max(halo.pixelColor(centre, j).alpha() for j in range(halo.height())) > 200
    assert not any(ink.pixelColor(i, j).alpha() for i in range(ink.width()) for j in range(ink.height()))


def test_a_curved_name_waits_for_the_next_placement_after_a_zoom(qtbot, winding, monkeypatch):
    from cosafe.ui.map import labels as map_labels

    canvas = _canvas(qtbot, winding)
    _look(canvas, 1.5, lat=LAT)
    drawn = []
    real = map_labels.paint_label
    monkeypatch.setattr(map_labels, "paint_label", lambda painter, label, at: (drawn.append(label),
                                                                               real(painter, label, at)))
    canvas.graphics_view.viewport().grab()
    assert any(label.glyphs is not None for label in drawn)
    # Zoomed in, not yet placed again: the curved names would leave the streets' bends; straight ones stay.
    drawn.clear()
    canvas.view_box.scaleBy((0.8, 0.8))
    canvas.graphics_view.viewport().grab()
    assert drawn and all(label.glyphs is None for label in drawn)
    canvas._refine()  # the view rests: placed again for this zoom
    drawn.clear()
    canvas.graphics_view.viewport().grab()
    assert any(label.glyphs is not None for label in drawn)
