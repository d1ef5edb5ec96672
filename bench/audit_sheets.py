"""Reading ticked audit sheets back from phone photos: rows read right, flagged, wrong; seconds per photo.

Prints the sample project's day walk as audit sheets (``cosafe print-sheets --walk``), renders
the pages as pdftoppm draws them, ticks every row by hand with the tests' synthetic camera
(``tests/io/paper_sheets/sheet_camera.py``: ticks, crosses, filled boxes and circles round a box
in black, blue, red ballpoint or pencil, 0.35–1 mm, of varied size, slant and place; 10 % of rows
left empty, ``--doubles`` of them ticked in two boxes) and photographs each page (up to 40° from
above, any rotation, uneven tinted light and a shadow, blur, noise, JPEG quality 60, 8–12 MP);
then times ``read_audit_photo`` on each JPEG (decoding included) and compares every row with
what was ticked. A row is *correct* when its score is read unflagged (or an empty row is read
empty, or a double tick is flagged), *flagged* when it is left for a person, *wrong* when a wrong
score, a missed tick or an invented one is read unflagged. Targets (issue 18): ≥ 99.5 % correct,
none wrong, < 5 s a photo on a 2-core laptop.
Usage: python bench/audit_sheets.py [--photos 40] [--paper a4] [--doubles 0.03] [--seed 18]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import cv2
import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "io" / "paper_sheets"))

from sheet_camera import photograph, random_marks, render_page, score_ticks, tick  # noqa: E402

from cosafe.io.paper_sheets.audit_layout import audit_layout_for  # noqa: E402
from cosafe.io.paper_sheets.audit_reading import read_audit_photo  # noqa: E402
from cosafe.io.paper_sheets.reading import NotASheet  # noqa: E402

DPI = 250
WALK = "Market to river loop (day)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--photos", type=int, default=40)
    parser.add_argument("--paper", choices=("a4", "a3"), default="a4")
    parser.add_argument("--doubles", type=float, default=0.03)
    parser.add_argument("--seed", type=int, default=18)
    args = parser.parse_args()
    cosafe = str(Path(sys.executable).with_name("cosafe"))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    with tempfile.TemporaryDirectory() as folder:
        sample, pdf = Path(folder) / "sample.gpkg", Path(folder) / "audit.pdf"
        subprocess.run([cosafe, "sample", str(sample)], check=True, capture_output=True, env=env)
        started = time.perf_counter()
        printed = subprocess.run([cosafe, "print-sheets", str(sample), "--walk", WALK, "-o", str(pdf), "--paper",
                                  args.paper, "--json"], check=True, capture_output=True, text=True, env=env)
        print_seconds = time.perf_counter() - started
        sheets = json.loads(printed.stdout)["sheets"]
        full = [sheet for sheet in sheets if len(sheet["points"]) == len(sheets[0]["points"])]
        pages = {sheet["page_number"]: render_page(pdf, sheet["page_number"], DPI) for sheet in full}
        layout = audit_layout_for(args.paper, len(full[0]["points"]), len(full[0]["criteria"]))
        rng = np.random.default_rng(args.seed)
        totals: dict[str, int] = {}
        seconds: list[float] = []
        tilts: list[float] = []
        for index in range(args.photos):
            number = full[index % len(full)]["page_number"]
            marks, truths = random_marks(rng, layout, double_share=args.doubles)
            photo = photograph(tick(pages[number], marks, DPI, rng), rng)
            tilts.append(photo.tilt)
            started = time.perf_counter()
            try:
                reading = read_audit_photo(cv2.imdecode(np.frombuffer(photo.jpeg, np.uint8), cv2.IMREAD_COLOR))
            except NotASheet:
                reading = None
            seconds.append(time.perf_counter() - started)
            if reading is None:
                totals["refused"] = totals.get("refused", 0) + 1
                continue
            for key, value in score_ticks(reading.ticks, truths, reading.identity.sequences).items():
                totals[key] = totals.get(key, 0) + value
    rows = totals.get("rows", 0)
    print(f"paper {args.paper}: {args.photos} photos ({len(sheets)} sheets printed in {print_seconds:.1f} s), "
          f"tilt up to {max(tilts):.0f}°, {rows} rows ({totals.get('ticked', 0)} ticked once, "
          f"{totals.get('doubles', 0)} twice, the rest empty), refused {totals.get('refused', 0)}")
    print(f"correct {totals.get('correct', 0)} ({100 * totals.get('correct', 0) / max(rows, 1):.2f} %), "
          f"flagged {totals.get('flagged', 0)} ({100 * totals.get('flagged', 0) / max(rows, 1):.2f} %), "
          f"wrong {totals.get('wrong', 0)}, double ticks flagged {totals.get('doubles_flagged', 0)} of "
          f"{totals.get('doubles', 0)}")
    ordered = sorted(seconds)
    print(f"seconds per photo: median {statistics.median(seconds):.2f}, "
          f"95th pct {ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]:.2f}, max {max(seconds):.2f}")


if __name__ == "__main__":
    main()
