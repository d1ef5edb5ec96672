"""Screenshots of File › Read Paper Sheets…'s review on a synthetic photo of a printed group map or audit sheet (docs/images/).

Usage: python scripts/paper_review_screenshot.py OUT_FOLDER [--language xx] [--audit]
The sample project is written and its sheets printed (``cosafe sample``, ``cosafe print-sheets``);
sheet 1 gets six dot stickers (two of them touching, to be checked), numbers written beside three
of them, a pen route and a closed pen shape, and is photographed by the tests' synthetic camera (``tests/io/paper_sheets/sheet_camera.py``).
The review is shot in windows of 1024×768 (the dialog fills it) and 1920×1080 (the dialog 90 % of it),
as ``paper-review-WxH.png`` with the first numbered note's text typed, saved with 256 colours so each stays well under 300 KB.
``--audit`` shoots an audit sheet instead (``audit-review-WxH.png``): sheet 1 of the sample's day walk,
its boxes ticked, crossed, filled and circled (one row ticked twice, to be checked) and dusk ticked for
a point, so the review shows a sheet that disagrees with the walk's time of day. Run with
QT_QPA_PLATFORM=offscreen or under Xvfb. Settings are kept in a temporary folder.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SIZES = ((1024, 768), (1920, 1080))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output")
    parser.add_argument("--language", default="en", help="the window's language code: en, es, fr, pt, ar, sw")
    parser.add_argument("--audit", action="store_true", help="an audit sheet instead of a group map")
    args = parser.parse_args()
    os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="cosafe-shot-")
    sys.path[:0] = [str(ROOT / "tests"), str(ROOT / "tests" / "io" / "paper_sheets")]
    import numpy as np
    from sheet_camera import (Sticker, Stroke, draw, photograph, print_sample_sheets, render_page, stick,
                              write_numbers)

    out = Path(args.output)
    work = Path(tempfile.mkdtemp(prefix="cosafe-paper-"))
    sample, pdf, _sheets = print_sample_sheets(work)
    rng = np.random.default_rng(18)
    if args.audit:
        photo = _audit_photo(sample, work, rng)
        return _shoot(args.language, sample, photo, out, work, "audit-review")
    stickers = [Sticker("unsafe", 60.0, 70.0, 12.0), Sticker("safe", 120.0, 110.0, 16.0),
                Sticker("idea", 160.0, 150.0, 19.0), Sticker("unsafe", 90.0, 160.0, 12.0),
                Sticker("unsafe", 101.5, 160.0, 12.0), Sticker("safe", 200.0, 60.0, 12.0)]
    strokes = [Stroke(((40.0, 120.0), (70.0, 105.0), (100.0, 130.0), (130.0, 125.0))),
               Stroke(((175.0, 95.0), (205.0, 100.0), (200.0, 125.0), (170.0, 120.0)), closed=True)]
    photo = work / "IMG_20261207_101500.jpg"
    # Numbers written beside three of the dots, linking them to the margin's notes.
    boxes = [(min(x for x, _ in s.points_mm) - 5, min(y for _, y in s.points_mm) - 5,
              max(x for x, _ in s.points_mm) + 5, max(y for _, y in s.points_mm) + 5) for s in strokes]
    page, _written = write_numbers(render_page(pdf, 1, 200), stickers, 200, rng, [3, 7, 12, None, None, None],
                                   avoid=boxes)
    page = draw(stick(page, stickers, 200, rng), strokes, 200, rng)
    photo.write_bytes(photograph(page, rng, max_tilt=30).jpeg)
    return _shoot(args.language, sample, photo, out, work, "paper-review")


def _audit_photo(sample: Path, work: Path, rng) -> Path:
    """A photo of audit sheet 1 of the sample's day walk, marked by hand."""
    import subprocess

    from sheet_camera import Mark, photograph, render_page, tick

    from cosafe.io.paper_sheets.audit_layout import TIME_ROW, audit_layout_for

    pdf = work / "audit.pdf"
    subprocess.run([sys.executable, "-m", "cosafe", "print-sheets", str(sample), "--walk",
                    "Market to river loop (day)", "-o", str(pdf)], check=True, capture_output=True)
    layout = audit_layout_for("a4", 3, 9)
    marks = [Mark(kind, layout.box_of(point, row, value), "#1f3a93", 0.5) for kind, point, row, value in (
        ("check", 0, 0, 0), ("check", 0, 0, 2), ("cross", 0, 1, 3), ("fill", 0, 2, 2), ("circle", 0, 3, 1),
        ("check", 1, 0, 1), ("check", 1, 1, 2), ("cross", 1, 2, 3), ("check", 2, 0, 2), ("circle", 2, 3, 2),
        ("check", 0, TIME_ROW, "day"), ("check", 1, TIME_ROW, "day"), ("check", 2, TIME_ROW, "dusk"))]
    photo = work / "IMG_20261207_171500.jpg"
    photo.write_bytes(photograph(tick(render_page(pdf, 1, 200), marks, 200, rng), rng, max_tilt=30).jpeg)
    return photo


def _shoot(language: str, sample: Path, photo: Path, out: Path, work: Path, name: str) -> int:
    """The review of ``photo`` in a window of each size, saved as ``name-WxH.png`` in ``out``."""
    from PIL import Image
    from PySide6.QtCore import Qt

    from cosafe.ui.app import create_application
    from cosafe.ui.features.paper.read_dialog import ReadSheetsDialog
    from cosafe.ui.shell.main_window import MainWindow

    app = create_application(language)
    suffix = "" if language == "en" else f"-{language}"
    for width, height in SIZES:
        project = work / f"project-{width}.gpkg"
        shutil.copy(sample, project)
        window = MainWindow()
        window.resize(width, height)
        window.show()
        if not window.open_project(str(project)):
            return 1
        dialog = ReadSheetsDialog(window.host.session, window.host, window)
        dialog.resize(window.size() if width <= 1024 else window.size() * 0.9)
        dialog.show()
        dialog.read([str(photo)])
        panel = dialog.current_panel()
        if panel is not None and panel.notes_table.rowCount():  # one note's text typed, as a facilitator does
            number = panel.notes_table.item(0, 0).data(Qt.ItemDataRole.UserRole)
            panel.set_note_text(number, "No light under the bridge at night")
        for _ in range(20):
            app.processEvents()
        shot = work / "shot.png"
        dialog.grab().save(str(shot))
        target = out / f"{name}-{width}x{height}{suffix}.png"
        Image.open(shot).convert("RGB").quantize(256, method=Image.Quantize.FASTOCTREE,
                                                 dither=Image.Dither.NONE).save(target, optimize=True)
        print(f"{target} ({target.stat().st_size // 1024} KB)")
        dialog.close()
        window.close()
        app.processEvents()
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
