"""Map canvas benchmark: a ~100k-feature basemap, build time, redraw, pan, memory.

Input is fixed: the West Oakland OSM extract (/work/shared/data/west-oakland.osm or
the path given), classified roughly into style classes and tiled over a grid of
translated copies until there are about 100k features, stored in a temporary
project. Figures printed:

- store write (not a canvas budget), basemap read + projection, item build;
- full redraw (median ``viewport().repaint()`` of a 1280x800 canvas) at four views:
  whole extent (with level of detail), whole extent with level of detail forced off
  (every feature drawn: the worst case), a 6 km view (buildings drawn), a street view;
- pan frame (translate + repaint), peak memory (ru_maxrss).

Budgets (docs: DESIGN.md): redraw < 50 ms, peak memory < 500 MB.

    QT_QPA_PLATFORM=offscreen python bench/bench_canvas.py [--osm FILE] [--screenshots DIR]

Under a real X server (DISPLAY set, e.g. Xvfb) ``--screenshots`` saves window grabs.
"""

from __future__ import annotations

import argparse
import math
import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pyogrio.raw
import shapely

DEFAULT_OSM = "/work/shared/data/west-oakland.osm"
TARGET_FEATURES = 100_000
MAJOR = {"motorway", "trunk", "primary", "secondary", "tertiary"}
MINOR = {"residential", "unclassified", "service", "living_street", "road"}
PATHS = {"footway", "cycleway", "path", "pedestrian", "steps", "track", "bridleway"}
GREEN = {"park", "playground", "garden", "grass", "forest", "meadow", "recreation_ground", "cemetery", "wood",
         "scrub", "grassland", "pitch"}


def _column(fields: dict, name: str, count: int) -> list:
    return list(fields[name]) if name in fields else [None] * count


def read_osm(path: str) -> list[tuple[shapely.Geometry, str]]:
    """(geometry, style class) for every OSM feature the canvas would draw."""
    out: list[tuple[shapely.Geometry, str]] = []
    for layer in ("multipolygons", "lines", "points"):
        meta, _, wkb, values = pyogrio.raw.read(path, layer=layer)
        geometries = shapely.from_wkb(wkb)
        fields = dict(zip(meta["fields"], values))
        n = len(geometries)
        for i, geom in enumerate(geometries):
            tag = {k: _column(fields, k, n)[i] for k in ("highway", "railway", "waterway", "building", "landuse",
                                                          "natural", "leisure", "amenity")}
            out.append((geom, _classify(layer, tag)))
    return out


def _classify(layer: str, tag: dict) -> str:
    if layer == "points":
        return "poi"
    if layer == "lines":
        highway = (tag["highway"] or "").removesuffix("_link")
        if highway in MAJOR:
            return "major_road"
        if highway in MINOR:
            return "minor_road"
        if highway in PATHS:
            return "path"
        if tag["railway"]:
            return "railway"
        if tag["waterway"]:
            return "waterway"
        return "other"
    if tag["building"]:
        return "building"
    if tag["natural"] == "water" or tag["waterway"]:
        return "water"
    if tag["leisure"] in GREEN or tag["landuse"] in GREEN or tag["natural"] in GREEN:
        return "green"
    if tag["landuse"] or tag["amenity"]:  # school grounds, parking, …
        return "landuse"
    return "other"


def tiled(features: list[tuple[shapely.Geometry, str]], target: int, dense: bool = False
          ) -> tuple[list[tuple[shapely.Geometry, str]], tuple[float, float]]:
    """Copies of ``features`` on a square grid, and the lon/lat of the middle copy's core.

    Copies are offset by the extract's own size, or with ``dense`` by the size of its
    built-up core (the polygons), so long roads of neighbouring copies overlap: about
    ten times the density, closer to a real city centre.
    """
    geometries = np.array([g for g, _ in features], dtype=object)
    polygons = np.array([g for g, c in features if g.geom_type.endswith("Polygon")], dtype=object)
    min_x, min_y, max_x, max_y = shapely.total_bounds(polygons if dense else geometries)
    core_x, core_y = middle_of(features)
    side = math.ceil(math.sqrt(target / len(features)))
    middle = (core_x + side // 2 * (max_x - min_x), core_y + side // 2 * (max_y - min_y))
    out = []
    for row in range(side):
        for col in range(side):
            dx, dy = col * (max_x - min_x), row * (max_y - min_y)
            moved = shapely.transform(geometries, lambda c, dx=dx, dy=dy: c + (dx, dy))
            out.extend(zip(moved, (cls for _, cls in features)))
            if len(out) >= target:
                return out, middle
    return out, middle


def middle_of(features: list[tuple[shapely.Geometry, str]]) -> tuple[float, float]:
    """Lon/lat of the centre of the extract's polygons (its built-up core)."""
    polygons = np.array([g for g, _ in features if g.geom_type.endswith("Polygon")], dtype=object)
    return shapely.centroid(shapely.box(*shapely.total_bounds(polygons))).coords[0]


def make_project(folder: str, features: list, name: str):
    from cosafe.core.records import BasemapLayer
    from cosafe.store import basemap
    from cosafe.store.basemap import BasemapFeature
    from cosafe.store.project_store import ProjectStore

    store = ProjectStore.create(os.path.join(folder, f"{name}.gpkg"), name=name)
    layer = BasemapLayer(name="OSM", kind="vector", attribution="© OpenStreetMap contributors")
    basemap.add_vector_layer(store, layer, (BasemapFeature(g, c) for g, c in features))
    return store


def save_picture(canvas, path: Path) -> None:
    """A real-window capture under X (what is on screen), else the widget's own rendering."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    app.processEvents()
    if app.platformName() == "xcb":
        canvas.window().raise_()
        app.processEvents()
        canvas.screen().grabWindow(canvas.winId()).save(str(path))
    else:
        canvas.grab().save(str(path))


def rss_mb() -> float:
    """Resident memory now (Linux /proc), MB."""
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def median_ms(action, repeats: int = 9) -> float:
    action()  # warm-up: first paint builds glyph caches and the like
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--osm", default=DEFAULT_OSM)
    parser.add_argument("--features", type=int, default=TARGET_FEATURES)
    parser.add_argument("--dense", action="store_true", help="overlap the copies: a city-centre density")
    parser.add_argument("--screenshots", type=Path, help="folder for PNG grabs of the canvas")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen" if not os.environ.get("DISPLAY") else "xcb")

    from PySide6.QtWidgets import QApplication

    from cosafe.ui.map import MapCanvas, basemap_data, basemap_items, style
    from cosafe.ui.map.projection import point_to_mercator

    app = QApplication.instance() or QApplication(sys.argv)
    source = read_osm(args.osm)
    features, middle = tiled(source, args.features, args.dense)
    vertices = int(shapely.get_num_coordinates(np.array([g for g, _ in features], dtype=object)).sum())
    print(f"basemap: {len(features)} features ({len(source)} per tile, {'dense' if args.dense else 'sparse'} grid), "
          f"{vertices} vertices")

    with tempfile.TemporaryDirectory() as folder:
        start = time.perf_counter()
        store = make_project(folder, features, "bench")
        print(f"store write            {time.perf_counter() - start:8.2f} s")
        del features

        start = time.perf_counter()
        data = basemap_data.load_basemap(store, style.max_resolution)
        print(f"read + project + batch {time.perf_counter() - start:8.2f} s")
        start = time.perf_counter()
        items = basemap_items.build_items(data)
        print(f"build batched items    {time.perf_counter() - start:8.2f} s  ({len(items)} items)")
        del items

        canvas = MapCanvas()
        canvas.resize(1280, 800)
        canvas.show()
        app.processEvents()
        before = rss_mb()
        start = time.perf_counter()
        canvas.set_project(store)
        print(f"set_project (all)      {time.perf_counter() - start:8.2f} s")
        app.processEvents()
        viewport = canvas.graphics_view.viewport()
        print(f"viewport               {viewport.width()}x{viewport.height()} px")

        cx, cy = point_to_mercator(*middle)
        lat_scale = math.cos(math.radians(middle[1]))

        def view(ground_width: float | None) -> None:
            if ground_width is None:
                canvas.zoom_to_extent()
            else:
                half = ground_width / lat_scale / 2
                canvas.view_box.setRange(xRange=(cx - half, cx + half), yRange=(cy, cy + 1), padding=0)
            app.processEvents()

        def redraw() -> None:
            viewport.repaint()

        def set_fine(fine: bool) -> None:
            for item in canvas.basemap_items.values():
                item.fine = fine

        views = [("whole extent, LOD", None), ("6 km view", 6000.0), ("1.5 km street view", 1500.0)]
        print("redraw (median repaint)        draft     fine   (draft: while moving; fine: once at rest)")
        for label, width in views:
            view(width)
            set_fine(False)
            draft = median_ms(redraw)
            set_fine(True)
            fine = median_ms(redraw)
            print(f"  {label:24s} {draft:7.1f}  {fine:7.1f} ms  ({canvas.ground_metres_per_pixel():.2f} m/px)")
            if args.screenshots:
                args.screenshots.mkdir(parents=True, exist_ok=True)
                grid = "dense" if args.dense else "sparse"
                save_picture(canvas, args.screenshots / f"{grid}-{label.split()[0]}-{int(width or 0)}.png")

        basemap_items.BasemapClassItem.lod = False  # every feature, every vertex
        view(None)
        print(f"  {'whole extent, LOD off':24s} {median_ms(redraw, 3):7.1f} ms (every vertex of every feature)")
        basemap_items.BasemapClassItem.lod = True

        set_fine(False)
        view(1500.0)
        step = [1.0]

        def pan() -> None:
            step[0] = -step[0]
            canvas.view_box.translateBy(x=step[0] * 40 * canvas.view_box.viewPixelSize()[0])
            viewport.repaint()

        print(f"pan frame, 1.5 km view (draft)  {median_ms(pan, 21):6.1f} ms")
        view(6000.0)
        print(f"pan frame, 6 km view (draft)    {median_ms(pan, 21):6.1f} ms")

        print(f"canvas memory (RSS growth with the basemap shown) {rss_mb() - before:6.0f} MB")
        canvas.set_project(None)
        store.close()
        if args.screenshots:
            small = make_project(folder, source, "oakland")
            canvas.set_project(small)
            app.processEvents()
            for item in canvas.basemap_items.values():
                item.fine = True
            save_picture(canvas, args.screenshots / "oakland.png")
            x, y = point_to_mercator(*middle_of(source))
            canvas.view_box.setRange(xRange=(x - 400, x + 400), yRange=(y, y + 1), padding=0)
            for item in canvas.basemap_items.values():
                item.fine = True
            save_picture(canvas, args.screenshots / "oakland-street.png")
            canvas.set_project(None)
            small.close()

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory (ru_maxrss)       {peak:6.0f} MB")
    print(f"machine: {os.cpu_count()} cores, Qt platform {app.platformName()}")


if __name__ == "__main__":
    main()
