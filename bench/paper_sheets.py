"""Reading printed group maps back from phone photos: stickers found, false detections, error, seconds per photo.

Prints the sample project's group maps (``cosafe print-sheets``), renders the pages as
pdftoppm draws them, sticks dots at random known places and photographs each page with
the tests' synthetic camera (``tests/io/paper_sheets/sheet_camera.py``: up to 40° from
above, any rotation, uneven tinted light and a shadow, blur, noise, JPEG quality 60,
8–12 MP); then times ``read_photo`` on each JPEG (decoding included) and compares what
it found with what was stuck. Targets (issue 18): ≥ 98 % found, ≤ 2 % false, ≤ 2 mm
error on the paper, < 5 s a photo on a 2-core laptop. With --strokes N (default 4) each page
also gets N pen strokes (open routes and closed shapes, felt-pen widths 0.9–1.8 mm, apart from
the dots): how many are traced with the right kind, false pen detections, and the mean
distance (mm) of each traced path to its true line.
With --numbers 30 (default 0: none) a number from 1 to 30 is written in pen beside each sticker
where there is room, with handwritten digits the reader never learnt (6–10 mm, turned up to 8°, dark
pen colours): how many are read right (flagged or not), read right and sure, flagged, read as another
number without a flag (must be none), and not seen at all.
With --picture OUT.png it also writes the first photo beside its rectified page with what was
found drawn over it (a ring per dot in its legend colour, thinner when less certain, and in red below it the
number read beside it, "?" when unsure).
Usage: python bench/paper_sheets.py [--photos 40] [--stickers 20] [--strokes 4] [--numbers 0] [--paper a4]
       [--seed 18] [--picture OUT.png]
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

from sheet_camera import (draw, photograph, random_stickers, random_strokes, render_page, score,  # noqa: E402
                          score_numbers, score_strokes, stick, write_numbers)

from cosafe.io.paper_sheets.layout import layout_for  # noqa: E402
from cosafe.io.paper_sheets.reading import NotASheet, read_photo  # noqa: E402

DPI = 250


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--photos", type=int, default=40)
    parser.add_argument("--stickers", type=int, default=20)
    parser.add_argument("--strokes", type=int, default=4)
    parser.add_argument("--numbers", type=int, default=0, help="the largest number written beside a sticker")
    parser.add_argument("--paper", choices=("a4", "a3", "a2"), default="a4")
    parser.add_argument("--seed", type=int, default=18)
    parser.add_argument("--picture", metavar="OUT.png")
    args = parser.parse_args()
    cosafe = str(Path(sys.executable).with_name("cosafe"))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    with tempfile.TemporaryDirectory() as folder:
        sample, pdf = Path(folder) / "sample.gpkg", Path(folder) / "sheets.pdf"
        subprocess.run([cosafe, "sample", str(sample)], check=True, capture_output=True, env=env)
        started = time.perf_counter()
        printed = subprocess.run([cosafe, "print-sheets", str(sample), "-o", str(pdf), "--paper", args.paper,
                                  "--json"], check=True, capture_output=True, text=True, env=env)
        print_seconds = time.perf_counter() - started
        sheets = json.loads(printed.stdout)["sheets"]
        pages = {sheet["page_number"]: render_page(pdf, sheet["page_number"], DPI) for sheet in sheets}
        layout = layout_for(args.paper)
        rng = np.random.default_rng(args.seed)
        total = found = false = refused = 0
        errors: list[float] = []
        pen_total = pen_found = pen_false = 0
        pen_errors: list[float] = []
        notes: dict[str, int] = {}
        seconds: list[float] = []
        tilts: list[float] = []
        megapixels: list[float] = []
        for index in range(args.photos):
            number = 1 + index % len(pages)
            stickers = random_stickers(rng, layout, args.stickers)
            strokes = random_strokes(rng, layout, args.strokes, stickers) if args.strokes else []
            page, written = pages[number], [None] * len(stickers)
            if args.numbers:
                boxes = [(min(p[0] for p in s.points_mm) - 5, min(p[1] for p in s.points_mm) - 5,
                          max(p[0] for p in s.points_mm) + 5, max(p[1] for p in s.points_mm) + 5) for s in strokes]
                page, written = write_numbers(page, stickers, DPI, rng,
                                              [int(rng.integers(1, args.numbers + 1)) for _ in stickers],
                                              layout.frame, boxes)
            photo = photograph(draw(stick(page, stickers, DPI, rng), strokes, DPI, rng), rng)
            tilts.append(photo.tilt)
            megapixels.append(photo.size[0] * photo.size[1] / 1e6)
            started = time.perf_counter()
            try:
                reading = read_photo(cv2.imdecode(np.frombuffer(photo.jpeg, np.uint8), cv2.IMREAD_COLOR))
            except NotASheet:
                refused += 1
                total += len(stickers)
                pen_total += len(strokes)
                notes["numbers"] = notes.get("numbers", 0) + sum(n is not None for n in written)
                continue
            finally:
                seconds.append(time.perf_counter() - started)
            result = score(reading.detections, stickers)
            if args.picture and index == 0:
                cv2.imwrite(args.picture, _picture(photo, reading))
            total, found, false = total + result.stickers, found + result.found, false + result.false
            errors += result.errors_mm
            pens = score_strokes(reading.detections, strokes)
            pen_total, pen_found, pen_false = pen_total + pens.stickers, pen_found + pens.found, pen_false + pens.false
            pen_errors += pens.errors_mm
            for key, value in score_numbers(reading.detections, stickers, written).items():
                notes[key] = notes.get(key, 0) + value
    errors.sort()
    print(f"paper {args.paper}, {args.photos} photos ({min(megapixels):.1f}–{max(megapixels):.1f} MP, "
          f"tilt {min(tilts):.0f}–{max(tilts):.0f}°), {total} stickers; printing {len(sheets)} sheets: "
          f"{print_seconds:.1f} s")
    print(f"photos refused: {refused}")
    print(f"stickers found: {found}/{total} = {100 * found / total:.2f} %")
    print(f"false detections: {false} = {100 * false / total:.2f} % of the stickers")
    if errors:
        print(f"position error on paper: mean {statistics.mean(errors):.3f} mm, "
              f"95th percentile {errors[int(0.95 * (len(errors) - 1))]:.3f} mm, max {errors[-1]:.3f} mm")
    if pen_total:
        pen_errors.sort()
        print(f"pen strokes traced: {pen_found}/{pen_total} = {100 * pen_found / pen_total:.2f} %, "
              f"false pen detections: {pen_false}")
        if pen_errors:
            print(f"traced line to true line: mean {statistics.mean(pen_errors):.3f} mm, "
                  f"95th percentile {pen_errors[int(0.95 * (len(pen_errors) - 1))]:.3f} mm, "
                  f"max {pen_errors[-1]:.3f} mm")
    if notes.get("numbers"):
        n = notes["numbers"]
        print(f"numbers beside stickers (1–{args.numbers}): {n}; read right {notes['right']} = "
              f"{100 * notes['right'] / n:.1f} % (sure and right {100 * notes['sure'] / n:.1f} %), flagged to check "
              f"{100 * notes['flagged'] / n:.1f} %, another number "
              f"unflagged {notes['wrong_unflagged']}, not seen {notes['lost']}, a number on a dot without one "
              f"{notes['unwritten']}")
    seconds.sort()
    print(f"seconds per photo (decoding included): median {statistics.median(seconds):.2f}, "
          f"95th percentile {seconds[int(0.95 * (len(seconds) - 1))]:.2f}, max {seconds[-1]:.2f}")


def _picture(photo, reading) -> np.ndarray:
    """The photo and the rectified page side by side, 900 px high, the detections ringed on the page."""
    shot = cv2.imdecode(np.frombuffer(photo.jpeg, np.uint8), cv2.IMREAD_COLOR)
    page = reading.rectified.copy()
    for found in reading.detections:
        if found.points_mm:  # a pen line or shape: its traced path in orange over the ink
            path = np.array([[round(x * reading.px_per_mm), round(y * reading.px_per_mm)] for x, y in found.points_mm],
                            np.int32)
            cv2.polylines(page, [path], found.kind == "area", (0, 140, 255), 4, cv2.LINE_AA)
            continue
        colour = tuple(int(found.colour[i:i + 2], 16) for i in (5, 3, 1))
        centre = (round(found.x_mm * reading.px_per_mm), round(found.y_mm * reading.px_per_mm))
        radius = round((found.diameter_mm / 2 + 2.5) * reading.px_per_mm)
        cv2.circle(page, centre, radius, (0, 0, 0), 9 if found.confidence > 0.8 else 4, cv2.LINE_AA)
        cv2.circle(page, centre, radius, colour, 5 if found.confidence > 0.8 else 2, cv2.LINE_AA)
        if found.note is not None or "number_unsure" in found.flags:  # the number read beside it, "?" if unsure
            text = ("" if found.note is None else str(found.note)) + ("?" if "number_unsure" in found.flags else "")
            corner = (centre[0] - radius, centre[1] + radius + round(9 * reading.px_per_mm))
            cv2.putText(page, text, corner, cv2.FONT_HERSHEY_SIMPLEX, 2.6, (255, 255, 255), 14, cv2.LINE_AA)
            cv2.putText(page, text, corner, cv2.FONT_HERSHEY_SIMPLEX, 2.6, (0, 0, 200), 5, cv2.LINE_AA)
    height = 900
    parts = [cv2.resize(image, (round(image.shape[1] * height / image.shape[0]), height), interpolation=cv2.INTER_AREA)
             for image in (shot, page)]
    gap = np.full((height, 20, 3), 255, dtype=np.uint8)
    return np.hstack([parts[0], gap, parts[1]])


if __name__ == "__main__":
    main()
