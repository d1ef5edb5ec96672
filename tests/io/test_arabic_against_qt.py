"""The plan's Arabic, drawn by reportlab through CoSafe's code, against the same lines laid out by Qt.

Qt shapes with HarfBuzz and orders with its own bidi: what it draws is how the line
should look. Each sample line (joined letters, a Latin name inside, numbers) is drawn
by reportlab into a PDF — as a plan paragraph (``styles.Text`` in a right-to-left
plan) and as a chart or page label (``rtl_text.visual_line``) — rasterised with
pdftoppm, and compared with Qt's image of it in the same font file at the same size:
each cropped to its ink, both at the same size in pixels, blurred a little (a
pixel of antialiasing is no difference) and correlated. Drawn wrong — letters unjoined, or words
left to right — the same line must score clearly below.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageFilter

from cosafe.bundled import bundled_file
from cosafe.io.plan_report import fonts
from cosafe.io.rtl_text import joined, log2vis, visual_line

LINES = [
    "منطقة آمنة في شارع Moi Avenue",
    "الإنارة ضعيفة بعد الساعة 7 مساءً قرب السوق",
    "12 مشاركاً من Riverside في 3 ورش",
    "لا توجد إضاءة عند Soko Street منذ 2024",
]
POINTS = 24  # the lines' size in the PDF
DPI = 144  # pdftoppm's resolution: 24 pt at 144 dpi is 48 px, Qt's size
PIXELS = POINTS * DPI // 72
QT_SCRIPT = Path(__file__).resolve().parents[1] / "qt_text_lines.py"

# How a line is drawn: ours two ways, then three ways a plan could get it wrong.
DRAWN = {
    "paragraph": None,  # styles.Text, as every plan paragraph
    "label": lambda t: visual_line(t, True),  # drawString, as chart labels and page furniture
    "unshaped, left to right": lambda t: t,  # what reportlab does alone
    "joined, left to right": joined,  # letters joined, words not ordered
    "right to left, unjoined": lambda t: log2vis(t, "RTL"),  # ordered, letters apart
}


def _reportlab_images(tmp_path: Path, how: str) -> list[np.ndarray]:
    from reportlab.pdfgen.canvas import Canvas

    from cosafe.io.plan_report.styles import Styles, Text

    fonts.register_fonts()
    pdf = tmp_path / f"{how.replace(' ', '_').replace(',', '')}.pdf"
    canvas = Canvas(str(pdf), pagesize=(1100, 3 * POINTS), initialFontName=fonts.REGULAR)
    style = Styles(right_to_left=True).body
    style.fontSize, style.leading = POINTS, POINTS * 1.3
    for line in LINES:
        if DRAWN[how] is None:
            paragraph = Text(line, style)
            paragraph.wrapOn(canvas, 1060, 3 * POINTS)
            paragraph.drawOn(canvas, 20, POINTS * 0.6)
        else:
            canvas.setFont(fonts.REGULAR, POINTS)
            canvas.drawRightString(1080, POINTS, DRAWN[how](line))
        canvas.showPage()
    canvas.save()
    subprocess.run(["pdftoppm", "-r", str(DPI), "-gray", "-png", str(pdf), str(tmp_path / pdf.stem)], check=True)
    return [_grey(path) for path in sorted(tmp_path.glob(f"{pdf.stem}-*.png"))]


def _grey(path: Path) -> np.ndarray:
    return np.asarray(Image.open(path).convert("L"), dtype=np.float64)


@pytest.fixture(scope="module")
def qt_images(tmp_path_factory) -> list[np.ndarray]:
    """Qt's lines, in a process of its own (a QGuiApplication here would outlive the test)."""
    out = tmp_path_factory.mktemp("qt")
    font = bundled_file("fonts", "DejaVuSans.ttf")
    subprocess.run([sys.executable, str(QT_SCRIPT), str(font), str(PIXELS), str(out)],
                   input=json.dumps(LINES), text=True, check=True, timeout=120,
                   env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    return [_grey(out / f"qt-{i}.png") for i in range(len(LINES))]


def _ink(grey: np.ndarray) -> np.ndarray:
    """The ink (1 black … 0 white) cropped to its bounding box."""
    ink = 1.0 - grey / 255.0
    rows, columns = np.nonzero(ink > 0.5)
    assert rows.size, "nothing drawn"
    return ink[rows.min():rows.max() + 1, columns.min():columns.max() + 1]


SHIFT = 4  # px either way the crops may be moved against each other to line up best


def similarity(ours: np.ndarray, reference: np.ndarray) -> float:
    """1 for the same ink: the correlation of the two crops, times the ratio of their widths.

    Both are drawn at the same size in pixels, so the crops are compared as they are,
    on one canvas, lined up where they match best within ``SHIFT`` pixels (a mark
    placed a little higher, a pixel of kerning, moves a bounding box); blurred by
    about a pixel first, so that rasterisers' antialiasing is no difference.
    """
    a, b = _ink(ours), _ink(reference)
    widths = min(a.shape[1], b.shape[1]) / max(a.shape[1], b.shape[1])
    height, width = max(a.shape[0], b.shape[0]) + 2 * SHIFT, max(a.shape[1], b.shape[1]) + 2 * SHIFT

    def placed(ink: np.ndarray, dy: int = 0, dx: int = 0) -> np.ndarray:
        canvas = np.zeros((height, width))
        top, left = height - SHIFT - ink.shape[0] + dy, SHIFT + dx  # bottom-left corners together
        canvas[top:top + ink.shape[0], left:left + ink.shape[1]] = ink
        image = Image.fromarray((canvas * 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(1.5))
        return np.asarray(image, dtype=np.float64).ravel()

    fixed = placed(a)
    best = max(float(np.corrcoef(fixed, placed(b, dy, dx))[0, 1])
               for dy in range(-SHIFT, SHIFT + 1) for dx in range(-SHIFT, SHIFT + 1))
    return best * widths


@pytest.fixture(scope="module")
def scores(qt_images, tmp_path_factory) -> dict[str, list[float]]:
    out = tmp_path_factory.mktemp("reportlab")
    return {how: [similarity(ours, qt) for ours, qt in zip(_reportlab_images(out, how), qt_images)]
            for how in DRAWN}


def test_our_arabic_looks_like_qt_s_and_wrong_arabic_does_not(scores):
    print("\nsimilarity to Qt, per line:")
    for how, values in scores.items():
        print(f"  {how:26s} " + "  ".join(f"{v:.3f}" for v in values))
    for how in ("paragraph", "label"):
        assert min(scores[how]) > 0.9, (how, scores[how])
    worst_ours = min(min(scores["paragraph"]), min(scores["label"]))
    for how in ("unshaped, left to right", "joined, left to right", "right to left, unjoined"):
        assert max(scores[how]) < 0.75, (how, scores[how])
        assert max(scores[how]) < worst_ours - 0.2, (how, scores[how])
