"""Adding one proposal, commit included: the cost of every stroke a workshop draws.

Creates a project with the sample basemap, then adds N proposals one by one (each
its own transaction, committed with fsync as the app does), timing each; prints the
median and 95th percentile. Budget: < 10 ms per proposal.
Usage: python bench/add_proposal.py [--count 300]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import tempfile
import time
from pathlib import Path

import shapely

from cosafe.core.edits import AddRecord
from cosafe.core.records import Proposal
from cosafe.store.project_store import ProjectStore

SAMPLE = Path(__file__).resolve().parents[1] / "sample_projects" / "riverside.gpkg"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=300)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.gpkg"
        shutil.copy(SAMPLE, path)
        times = []
        with ProjectStore.open(str(path)) as store:
            for index in range(args.count):
                x, y = 36.845 + (index % 30) * 0.0003, -1.284 + (index // 30) * 0.0003
                shape = shapely.Polygon([(x, y), (x + 0.0002, y), (x + 0.0002, y + 0.0002), (x, y + 0.0002)])
                edit = AddRecord(Proposal(geom=shape, title=f"Proposal {index}", cpted_principle="natural_surveillance"))
                start = time.perf_counter()
                edit.apply(store)
                times.append((time.perf_counter() - start) * 1000)
        size = os.path.getsize(path) / 1e6
    times.sort()
    print(f"{args.count} proposals added one by one to the sample project ({size:.1f} MB file)")
    print(f"per proposal, commit included: median {statistics.median(times):.2f} ms, "
          f"95th percentile {times[int(len(times) * 0.95)]:.2f} ms, max {times[-1]:.2f} ms  (budget < 10 ms)")


if __name__ == "__main__":
    main()
