"""Street names along winding streets: how many are named, what placing and drawing them costs.

Input is fixed: a city of 1,200 named winding lanes (the bends of an informal settlement or
an old town, 45–65 m round, turning 70–100° before the next bends back), 12 lanes tiled
10 x 10, in a temporary project. Figures printed, per zoom (1280x800 view at its middle):

- the lanes in view (by name) and how many get a label; the labels placed, and how many
  of them curve (a name repeated in other tiles may be placed more than once);
- making the candidates and placing them (median of 15), what the canvas does when the
  view rests;
- a pan frame in the canvas (draft, median of 21) with the labels and without them.

    QT_QPA_PLATFORM=offscreen python bench/bench_winding_labels.py

To compare with other code (the labels before names followed curves, say), run it with
``PYTHONPATH=<that checkout>/desktop`` in front: the figures are of whichever ``cosafe``
is imported.
"""

from __future__ import annotations

import math
import os
import sys
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shapely  # noqa: E402

from timing import median_ms  # noqa: E402  (bench/ is on sys.path when run as a script)

LON, LAT = -122.30, 37.81
NAMES = ("Mwanzo Lane", "Baraka Road", "Amani Way", "Tumaini Street", "Neema Lane", "Upendo Road", "Faraja Way",
         "Imani Lane", "Furaha Street", "Maua Road", "Kazi Lane", "Jua Way")
TILES = 10
TILE_DEG = (0.0105, 0.0085)  # lon, lat: one block of 12 lanes
ZOOMS = (0.5, 1.0, 1.5, 2.0, 2.9)  # ground metres per pixel (side streets are named from 3 m/px in)


def lanes() -> list[tuple[shapely.LineString, str]]:
    """(lon/lat line, name) of every lane: 12 per tile, one set of names per tile."""
    metres = 1 / 111_320
    across = metres / math.cos(math.radians(LAT))
    block = []
    for index, name in enumerate(NAMES):
        offset = (index // 2 - 2.5) * 150.0
        x, y, side = -225.0, 0.0, 1 if index % 3 else -1
        turn = math.radians(70 + 6 * (index % 6))
        heading = -side * turn / 2
        points = [(x, y)]
        for bend in range(7):
            radius = 45.0 + 5 * ((index + bend) % 5)
            for _ in range(round(turn * radius / 3.0)):
                heading += side * 3.0 / radius
                x, y = x + 3.0 * math.cos(heading), y + 3.0 * math.sin(heading)
                points.append((x, y))
            side = -side
        if index % 2:
            points = [(LON + (offset + b) * across, LAT + a * metres) for a, b in points]
        else:
            points = [(LON + a * across, LAT + (offset + b) * metres) for a, b in points]
        block.append((shapely.LineString(points), name))
    out = []
    for i in range(TILES):
        for j in range(TILES):
            for line, name in block:
                moved = shapely.affinity.translate(line, xoff=i * TILE_DEG[0], yoff=j * TILE_DEG[1])
                out.append((moved, name if (i + j) % 2 == 0 else f"{name} {i}-{j}"))
    return out


def main() -> None:
    from PySide6.QtWidgets import QApplication

    from cosafe.core.projection import point_to_mercator
    from cosafe.core.records import BasemapLayer
    from cosafe.store import basemap
    from cosafe.store.basemap import BasemapFeature
    from cosafe.store.project_store import ProjectStore
    from cosafe.ui.map.canvas import MapCanvas
    from cosafe.ui.map.label_placement import LineCandidate, place_labels
    from cosafe.ui.map.labels import reserved_corners

    app = QApplication.instance() or QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as folder:
        store = ProjectStore.create(os.path.join(folder, "winding.gpkg"), name="winding city")
        features = [BasemapFeature(line, "minor_road", name, {"highway": "residential"}) for line, name in lanes()]
        basemap.add_vector_layer(store, BasemapLayer(name="lanes", kind="vector"), features)
        print(f"basemap: {len(features)} named winding lanes")
        canvas = MapCanvas()
        canvas.resize(1280, 800)
        canvas.show()
        app.processEvents()
        canvas.set_project(store)
        app.processEvents()
        viewport = canvas.graphics_view.viewport()
        lon, lat = LON + TILE_DEG[0] * TILES / 2, LAT + TILE_DEG[1] * TILES / 2
        cx, cy = point_to_mercator(lon, lat)
        labels = canvas.labels
        source = labels._sources[0][0]  # the basemap's names
        print("zoom        lanes in view → named   labels (curved)   candidates + placing   "
              "pan frame: labels on / off")
        for metres_per_px in ZOOMS:
            units = metres_per_px / math.cos(math.radians(lat))
            half_w, half_h = 1280 * units / 2, 800 * units / 2
            canvas.view_box.setRange(xRange=(cx - half_w, cx + half_w), yRange=(cy - half_h, cy + half_h), padding=0)
            canvas._refine()  # what the canvas does once the view rests
            app.processEvents()
            frame = labels.frame()
            metres = labels.metres_per_px(frame)
            reserved = reserved_corners(frame.width, frame.height)
            placing = median_ms(lambda: place_labels(source.label_candidates(frame, metres), frame, reserved), 15)
            candidates = source.label_candidates(frame, metres)
            in_view = {c.key for c in candidates if isinstance(c, LineCandidate)}
            placed = place_labels(candidates, frame, reserved)
            named = {label.key for label in placed} & in_view
            curved = sum(getattr(label, "glyphs", None) is not None for label in placed)
            for item in canvas.basemap_items.values():
                item.fine = False
            step = [1.0]

            def pan() -> None:
                step[0] = -step[0]
                canvas.view_box.translateBy(x=step[0] * 40 * canvas.view_box.viewPixelSize()[0])
                viewport.repaint()

            with_labels = median_ms(pan, 21, warm_up=True)
            labels.set_visible(False)
            app.processEvents()
            without = median_ms(pan, 21, warm_up=True)
            labels.set_visible(True)
            for item in canvas.basemap_items.values():
                item.fine = True
            print(f"{metres_per_px:4.1f} m/px   {len(in_view):9d} → {len(named):3d}   {len(placed):6d} ({curved:3d})"
                  f"       {placing:7.1f} ms            {with_labels:6.1f} / {without:6.1f} ms")
        canvas.set_project(None)
        store.close()
    print(f"machine: {os.cpu_count()} cores, Qt platform {os.environ.get('QT_QPA_PLATFORM')}")


if __name__ == "__main__":
    main()
