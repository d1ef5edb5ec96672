"""OSM import benchmark: CoSafe's import beside `ogr2ogr -f GPKG` on the same file.

Builds a larger extract by tiling ../shared/data/west-oakland.osm (default 12×12
copies), then times, median of N runs each: ogr2ogr writing a GeoPackage, and
`import_vector_basemap` into a new project (read, classify, write, commit).
Usage: python bench/import_osm.py [--copies 12] [--runs 3]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from osm_tiling import SHARED_OSM, tile_osm  # noqa: E402

from cosafe.io.basemap_import import import_vector_basemap  # noqa: E402
from cosafe.store.project_store import ProjectStore  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=12)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        source = tile_osm(SHARED_OSM, Path(folder) / "city.osm", args.copies)
        ogr, ours, count = [], [], 0
        for run in range(args.runs):
            target = Path(folder) / f"ogr{run}.gpkg"
            start = time.perf_counter()
            subprocess.run(["ogr2ogr", "-f", "GPKG", str(target), str(source)], check=True, capture_output=True)
            ogr.append(time.perf_counter() - start)
            project = Path(folder) / f"project{run}.gpkg"
            ProjectStore.create(str(project), name="bench").close()
            with ProjectStore.open(str(project)) as store:
                start = time.perf_counter()
                layers = import_vector_basemap(store, str(source))
                ours.append(time.perf_counter() - start)
                count = sum(layer.feature_count for layer in layers)
        size_mb = os.path.getsize(source) / 1e6
    print(f"input: {args.copies}x{args.copies} copies of west-oakland.osm, {size_mb:.1f} MB; {count} features kept")
    print(f"ogr2ogr -f GPKG:         median {statistics.median(ogr):.3f} s")
    print(f"CoSafe import_basemap:   median {statistics.median(ours):.3f} s")
    print(f"ratio CoSafe / ogr2ogr:  {statistics.median(ours) / statistics.median(ogr):.2f}  (budget <= 1.0)")


if __name__ == "__main__":
    main()
