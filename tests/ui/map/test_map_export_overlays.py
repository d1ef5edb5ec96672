"""Map image export with overlays: proposals and perceptions drawn by the canvas's items, legend, public blur."""

from __future__ import annotations

import math

import numpy as np
import pytest
from PySide6.QtGui import QColor, QImage
from shapely.geometry import Point
from map_support import LAT, LON, close, street_project

from cosafe.core.palette import FEELING_COLOURS
from cosafe.core.projection import point_to_lonlat, point_to_mercator
from cosafe.core.records import Group, PerceptionPin, Proposal, Workshop
from cosafe.store.project_store import ProjectStore
from cosafe.ui.map.export import render_map_image, render_map_images
import cosafe.ui.features  # noqa: F401 - the features register the overlays they draw
from cosafe.core.privacy import METRES_PER_DEGREE_LAT, snap_to_grid
from cosafe.ui.map.export_overlays import build_overlays, overlay_keys
from cosafe.ui.features.proposals.map_export import BADGE_NOTE
from cosafe.ui.map.style import BACKGROUND

BBOX = (LON - 0.004, LAT - 0.003, LON + 0.004, LAT + 0.003)
SIZE = (800, 600)
GROUP_COLOUR = "#56B4E9"  # sky blue: nothing in the street basemap is like it
PROPOSAL_AT = (LON - 0.002, LAT + 0.0015)
PIN_AT = (LON + 0.0021, LAT + 0.0012)


def _pixel_of(lon: float, lat: float, bbox=BBOX, size=SIZE) -> tuple[int, int]:
    """Where lon/lat lands when ``bbox`` is fitted whole and centred into the image."""
    width, height = size
    x0, y0 = point_to_mercator(bbox[0], bbox[1])
    x1, y1 = point_to_mercator(bbox[2], bbox[3])
    per_px = max((x1 - x0) / width, (y1 - y0) / height)
    x, y = point_to_mercator(lon, lat)
    return round(width / 2 + (x - (x0 + x1) / 2) / per_px), round(height / 2 - (y - (y0 + y1) / 2) / per_px)


def _colour_at(image: QImage, lon: float, lat: float, bbox=BBOX) -> QColor:
    return image.pixelColor(*_pixel_of(lon, lat, bbox, (image.width(), image.height())))


def _add_workshop(store: ProjectStore, pins=((PIN_AT, "safe"),)) -> None:
    workshop = Workshop(title="Walk", held_on="2026-11-20")
    group = Group(workshop_uuid=workshop.uuid, name="Market women", colour=GROUP_COLOUR)
    store.insert(workshop)
    store.insert(group)
    store.insert(Proposal(geom=Point(*PROPOSAL_AT), workshop_uuid=workshop.uuid, group_uuid=group.uuid,
                          title="Lights on Soko St"))
    for (lon, lat), feeling in pins:
        store.insert(PerceptionPin(geom=Point(lon, lat), workshop_uuid=workshop.uuid, group_uuid=group.uuid,
                                   feeling=feeling, time_of_day="day", story="My neighbour's gate",
                                   created_at="2026-11-20T10:00:00.000Z"))


@pytest.fixture
def streets(tmp_path):
    store, _layer = street_project(tmp_path / "streets.gpkg")
    yield store
    store.close()


def test_a_proposal_and_a_pin_are_drawn_where_they_are_in_their_colours(qapp, streets):
    _add_workshop(streets)
    plain = render_map_image(streets, *SIZE, bbox=BBOX)
    image = render_map_image(streets, *SIZE, bbox=BBOX, overlays={"proposals", "pins"})
    assert close(_colour_at(image, *PROPOSAL_AT), GROUP_COLOUR)
    assert close(_colour_at(image, *PIN_AT), FEELING_COLOURS["safe"])
    assert not close(_colour_at(plain, *PROPOSAL_AT), GROUP_COLOUR, tolerance=30)
    assert not close(_colour_at(plain, *PIN_AT), FEELING_COLOURS["safe"], tolerance=30)
    only_pins = render_map_image(streets, *SIZE, bbox=BBOX, overlays={"pins"})
    assert not close(_colour_at(only_pins, *PROPOSAL_AT), GROUP_COLOUR, tolerance=30)


def test_markers_keep_their_printed_size_at_a_higher_dpi(qapp, streets):
    _add_workshop(streets)
    size = (SIZE[0] * 2, SIZE[1] * 2)
    image = render_map_image(streets, *size, bbox=BBOX, dpi=192, overlays={"proposals"})
    x, y = _pixel_of(*PROPOSAL_AT, BBOX, size)
    # The marker is 8 screen pixels in radius: 16 image pixels at twice the DPI.
    assert close(image.pixelColor(x + 10, y), GROUP_COLOUR)
    assert not close(image.pixelColor(x + 20, y), GROUP_COLOUR, tolerance=30)


def test_public_pins_are_drawn_at_the_centre_of_their_grid_cell(qapp, streets):
    grid = 200.0
    _add_workshop(streets)
    (lon,), (lat,) = snap_to_grid(np.array([PIN_AT[0]]), np.array([PIN_AT[1]]), grid)
    row = grid / METRES_PER_DEGREE_LAT  # the ground grid: rows grid metres tall, cells grid metres wide
    assert math.isclose((lat / row) % 1, 0.5, abs_tol=1e-6)
    assert math.isclose((lon / (row / math.cos(math.radians(lat)))) % 1, 0.5, abs_tol=1e-6)
    moved = math.dist(_pixel_of(*PIN_AT), _pixel_of(lon, lat))
    assert moved > 15  # far enough that the marker no longer covers its true place
    image = render_map_image(streets, *SIZE, bbox=BBOX, overlays={"pins"}, public=True, grid_m=grid)
    assert close(_colour_at(image, lon, lat), FEELING_COLOURS["safe"])
    assert not close(_colour_at(image, *PIN_AT), FEELING_COLOURS["safe"], tolerance=30)


def test_public_heat_map_is_made_from_the_blurred_pins(qapp, streets):
    _add_workshop(streets, pins=((PIN_AT, "unsafe"),))
    drawn = build_overlays(streets, {"heat", "pins"}, public=True, grid_m=200)
    snapped = snap_to_grid(np.array([PIN_AT[0]]), np.array([PIN_AT[1]]), 200)
    pins = drawn.part("pins")
    assert np.allclose(pins.content.pin_lons, snapped[0]) and np.allclose(pins.content.pin_lats, snapped[1])
    assert pins.heat_source == "unsafe_pins"
    image = render_map_image(streets, *SIZE, bbox=BBOX, overlays={"heat"}, public=True, grid_m=200)
    red = _colour_at(image, float(snapped[0][0]) + 0.0003, float(snapped[1][0]))
    assert red.red() > red.blue() + 40  # warm heat beside the blurred pin


def test_legend_lists_what_is_drawn_and_is_painted_top_left(qapp, streets):
    _add_workshop(streets, pins=((PIN_AT, "unsafe"),))
    texts = [row.text for row in build_overlays(streets, {"proposals", "pins"}).legend_rows()]
    # no "Feels safe": none drawn; the note says what the proposals' badges mean
    assert texts == ["Proposals: Market women", BADGE_NOTE, "Feels unsafe"]
    public = [row.text for row in build_overlays(streets, {"pins"}, public=True, grid_m=200).legend_rows()]
    assert public == ["Feels unsafe", "Pin locations blurred to a 200 m grid"]
    no_pins = [row.text for row in build_overlays(streets, {"proposals"}, public=True).legend_rows()]
    assert no_pins == ["Proposals: Market women", BADGE_NOTE]  # no pins drawn: nothing blurred to mention
    plain = render_map_image(streets, *SIZE, bbox=BBOX)
    image = render_map_image(streets, *SIZE, bbox=BBOX, overlays={"proposals", "pins"})
    corner = [(x, y) for x in range(14, 150, 2) for y in range(14, 50, 2)]
    changed = sum(plain.pixelColor(x, y) != image.pixelColor(x, y) for x, y in corner)
    assert changed > len(corner) // 3
    swatch = [image.pixelColor(x, y) for x in range(18, 40) for y in range(16, 36)]
    assert any(close(c, GROUP_COLOUR) for c in swatch)  # the group's swatch in the first row


def test_no_overlays_draws_the_map_exactly_as_before(qapp, streets):
    before = render_map_image(streets, *SIZE, bbox=BBOX)
    _add_workshop(streets)
    after = render_map_image(streets, *SIZE, bbox=BBOX, overlays=frozenset())
    assert after == before
    several = render_map_images(streets, *SIZE, [frozenset(), frozenset({"pins"})], bbox=BBOX)
    assert several[0] == before and several[1] != before


def test_without_a_basemap_the_overlays_frame_the_map(qapp, tmp_path):
    store = ProjectStore.create(str(tmp_path / "bare.gpkg"), name="bare")
    try:
        with pytest.raises(ValueError, match="Nothing to draw"):
            render_map_image(store, *SIZE, overlays={"pins"})
        _add_workshop(store)
        image = render_map_image(store, *SIZE, overlays={"proposals", "pins"})
        found = {name: False for name in ("proposal", "pin")}
        for x in range(0, SIZE[0], 2):
            for y in range(0, SIZE[1], 2):
                colour = image.pixelColor(x, y)
                found["proposal"] |= close(colour, GROUP_COLOUR, tolerance=3)
                found["pin"] |= close(colour, FEELING_COLOURS["safe"], tolerance=3)
        assert found == {"proposal": True, "pin": True}
        corner = [image.pixelColor(x, y) for x in range(SIZE[0] - 160, SIZE[0] - 2, 2)
                  for y in range(SIZE[1] - 20, SIZE[1] - 2, 2)]
        assert all(close(colour, BACKGROUND, tolerance=3) for colour in corner)  # no basemap: no one to credit
    finally:
        store.close()


def test_unknown_overlays_are_refused(qapp, streets):
    assert set(overlay_keys()) == {"proposals", "audit_points", "pins", "incidents", "routes", "heat"}
    with pytest.raises(ValueError, match="Unknown map overlay 'stories'"):
        render_map_image(streets, *SIZE, overlays={"stories"})


def test_snap_to_grid_keeps_points_in_their_cell_and_refuses_no_grid():
    lons, lats = np.array([LON, LON + 0.00001]), np.array([LAT, LAT])
    snapped = snap_to_grid(lons, lats, 100)
    for lon, lat, s_lon, s_lat in zip(lons, lats, *snapped):
        # At most half a 100 m cell each way, in metres on the ground.
        assert abs(s_lon - lon) * METRES_PER_DEGREE_LAT * math.cos(math.radians(s_lat)) <= 50
        assert abs(s_lat - lat) * METRES_PER_DEGREE_LAT <= 50
    with pytest.raises(ValueError):
        snap_to_grid(lons, lats, 0)


def _lonlat_of(px: float, py: float, bbox=BBOX, size=SIZE) -> tuple[float, float]:
    width, height = size
    x0, y0 = point_to_mercator(bbox[0], bbox[1])
    x1, y1 = point_to_mercator(bbox[2], bbox[3])
    per_px = max((x1 - x0) / width, (y1 - y0) / height)
    return point_to_lonlat((x0 + x1) / 2 + (px - width / 2) * per_px, (y0 + y1) / 2 - (py - height / 2) * per_px)


def test_the_legend_moves_to_a_corner_that_hides_no_markers(qapp, streets):
    crowd = [(_lonlat_of(px, py), "safe") for px in range(30, 170, 25) for py in (25, 45)]
    _add_workshop(streets, pins=crowd)
    plain = render_map_image(streets, *SIZE, bbox=BBOX)
    image = render_map_image(streets, *SIZE, bbox=BBOX, overlays={"pins"})
    for (lon, lat), _feeling in crowd:  # every pin in the top-left corner still shows
        assert close(_colour_at(image, lon, lat), FEELING_COLOURS["safe"])
    # The one-row legend now sits bottom-left, above the scale bar.
    lower_left = [(x, y) for x in range(16, 120, 2) for y in range(505, 545, 2)]
    assert sum(plain.pixelColor(x, y) != image.pixelColor(x, y) for x, y in lower_left) > len(lower_left) // 3


def test_a_long_legend_goes_in_two_columns_and_keeps_every_row(qapp):
    from PySide6.QtCore import QSizeF
    from PySide6.QtGui import QFont, QPainter

    from cosafe.ui.map.export_legend import LegendRow, paint_legend, symbol_mark

    rows = [LegendRow(f"Row {i}", symbol_mark("square", "#263238", "#440154")) for i in range(14)]
    image = QImage(600, 300, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("white"))
    painter = QPainter(image)
    font = QFont()
    font.setPixelSize(11)
    tall = paint_legend(painter, QSizeF(600, 300), font, rows, 1.0)
    short = paint_legend(painter, QSizeF(600, 300), font, rows[:3], 1.0)
    painter.end()
    assert tall.height() <= 0.45 * 300 + 20 and tall.width() > 1.6 * short.width()
    squares = sum(close(image.pixelColor(x, y), "#440154") for x in range(0, 600, 2) for y in range(0, 300, 2))
    assert squares > 14 * 15  # every row's swatch drawn (about 7x7 sampled pixels each)


def test_a_heat_map_frames_the_points_it_is_made_of(qapp, tmp_path):
    from perception_support import new_project

    store, _seeded = new_project(tmp_path / "heat.gpkg")  # audit points along LAT, pins 90 m north and south
    try:
        low_scores = build_overlays(store, {"heat"}, heat_source="low_scores").extent()
        unsafe_pins = build_overlays(store, {"heat"}, heat_source="unsafe_pins").extent()
        assert low_scores is not None and unsafe_pins is not None
        assert low_scores[3] - low_scores[1] < 10 < 150 < unsafe_pins[3] - unsafe_pins[1]  # Mercator metres
    finally:
        store.close()


def test_features_register_their_overlays_once_and_options_are_checked(qapp, streets):
    from cosafe.ui.map.overlay_registry import overlay_labels, register_overlays

    assert list(overlay_labels()) == ["proposals", "audit_points", "pins", "incidents", "routes", "heat"]
    with pytest.raises(ValueError, match="'pins' is registered already"):
        register_overlays({"pins": "Pins again"}, lambda request: None)
    with pytest.raises(ValueError, match="Unknown map overlay option 'colour'"):
        render_map_image(streets, *SIZE, bbox=BBOX, overlays={"pins"}, colour="red")


def test_public_maps_blur_recorded_incidents_too(qapp, streets):
    from cosafe.ui.features.analysis.content import MapContent

    content = MapContent(incident_lons=np.array([PIN_AT[0]]), incident_lats=np.array([PIN_AT[1]]))
    drawn = build_overlays(streets, {"incidents"}, public=True, grid_m=200, content=content)
    incidents = drawn.part("incidents").content
    (lon,), (lat,) = snap_to_grid(np.array([PIN_AT[0]]), np.array([PIN_AT[1]]), 200)
    assert np.allclose(incidents.incident_lons, lon) and np.allclose(incidents.incident_lats, lat)
    assert drawn.legend_rows()[-1].text == "Incident locations blurred to a 200 m grid"
    exact = build_overlays(streets, {"incidents"}, content=content).part("incidents").content
    assert np.allclose(exact.incident_lons, PIN_AT[0])  # only the public variant moves them


def test_a_legend_for_an_arabic_map_has_its_marks_on_the_right_and_its_ramp_from_the_right(qapp):
    """Drawn for a right-to-left language, each row is mirrored; the plate keeps its corner."""
    from PySide6.QtCore import QSizeF
    from PySide6.QtGui import QFont, QPainter, QPixmap

    from cosafe.core.i18n import english, speaking
    from cosafe.ui.map.export_legend import HEAT_STRIP_PX, LegendRow, paint_legend, symbol_mark

    def ramp(width: int, height: int) -> QPixmap:  # black on the left half, white on the right
        pixmap = QPixmap(width, height)
        pixmap.fill(QColor("white"))
        painter = QPainter(pixmap)
        painter.fillRect(0, 0, width // 2, height, QColor("black"))
        painter.end()
        return pixmap

    rows = [LegendRow("الشعور بالأمان", symbol_mark("square", "#263238", "#440154")),
            LegendRow("أقل ← أكثر", ramp, wide=True)]

    def drawn(code: str):
        image = QImage(400, 200, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(QColor("#cccccc"))
        painter = QPainter(image)
        font = QFont()
        font.setPixelSize(11)
        with speaking(code, english):
            plate = paint_legend(painter, QSizeF(400, 200), font, rows, 1.0)
        painter.end()
        swatch = [x for x in range(400) for y in range(200) if close(image.pixelColor(x, y), "#440154")]
        ramp_row = [(x, image.pixelColor(x, y).lightness()) for x in range(int(plate.left()), int(plate.right()))
                    for y in range(int(plate.top()) + 24, int(plate.bottom()))]
        dark = [x for x, lightness in ramp_row if lightness < 30]
        return plate, sum(swatch) / len(swatch), sum(dark) / len(dark), image

    plate_en, swatch_en, dark_en, _ = drawn("en")
    plate_ar, swatch_ar, dark_ar, _ = drawn("ar")
    assert plate_ar == plate_en  # same corner, same size
    middle = plate_en.center().x()
    assert swatch_en < middle < swatch_ar  # the mark before the text: left, or right for Arabic
    strip = HEAT_STRIP_PX[0]
    assert dark_en < plate_en.left() + 8 + strip  # the ramp's dark end at its left...
    assert dark_ar > plate_ar.right() - 8 - strip / 2  # ...and, mirrored, at its right
