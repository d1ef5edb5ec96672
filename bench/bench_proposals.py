"""Proposals on the map: a workshop with 10,000 proposals in the main window.

Copies the sample project, adds N proposals (points, lines and areas of the three
sample groups, spread over the neighbourhood), opens it in the real main window
(offscreen, 1280x800) and prints: time to open, full redraw of the map (median
repaint), and adding one more proposal through the undoable edit path, commit and
map refresh included (median of several).
Usage: QT_QPA_PLATFORM=offscreen python bench/bench_proposals.py [--count 10000]
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shapely  # noqa: E402

from cosafe.core.edits import AddRecord  # noqa: E402
from cosafe.core.records import Group, Proposal  # noqa: E402
from cosafe.io.samples.project import SAMPLE_BBOX  # noqa: E402
from cosafe.store.project_store import ProjectStore  # noqa: E402
from timing import median_ms  # noqa: E402  (bench/ is on sys.path when run as a script)

SAMPLE = Path(__file__).resolve().parents[1] / "sample_projects" / "riverside.gpkg"


def _shape(chooser: random.Random) -> shapely.Geometry:
    west, south, east, north = SAMPLE_BBOX
    x, y = chooser.uniform(west, east), chooser.uniform(south, north)
    kind = chooser.randrange(3)
    if kind == 0:
        return shapely.Point(x, y)
    if kind == 1:
        return shapely.LineString([(x, y), (x + 0.0008, y + 0.0003), (x + 0.0012, y - 0.0002)])
    return shapely.box(x, y, x + 0.0004, y + 0.0003)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=10_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "proposals.gpkg"
        shutil.copy(SAMPLE, path)
        chooser = random.Random(7)
        with ProjectStore.open(str(path)) as store:
            groups = store.list(Group)
            store.insert_many([Proposal(geom=_shape(chooser), title=f"Idea {n}", group_uuid=groups[n % 3].uuid,
                                        workshop_uuid=groups[0].workshop_uuid, cpted_principle="natural_surveillance")
                               for n in range(args.count)])

        from cosafe.ui.app import create_application
        from cosafe.ui.shell.main_window import MainWindow

        app = create_application()
        window = MainWindow()
        window.resize(1280, 800)
        window.show()
        start = time.perf_counter()
        window.open_project(str(path))
        app.processEvents()
        opened = time.perf_counter() - start
        viewport = window.map_canvas.graphics_view.viewport()
        redraw = median_ms(viewport.repaint)

        def add_one() -> None:
            window.session.perform(AddRecord(Proposal(geom=_shape(chooser), title="One more",
                                                      group_uuid=groups[0].uuid)))
            app.processEvents()

        added = median_ms(add_one, repeats=7)
        total = window.session.store.count(Proposal)
        window.close()
    print(f"{total} proposals (sample basemap underneath), canvas 1280x800, platform {os.environ['QT_QPA_PLATFORM']}")
    print(f"open project in the window:          {opened:.2f} s")
    print(f"full redraw of the map:              {redraw:.1f} ms  (budget < 50 ms)")
    print(f"add one proposal, commit + refresh:  {added:.1f} ms  (budget < 10 ms for the commit alone: bench/add_proposal.py)")


if __name__ == "__main__":
    main()
