"""Fixtures of the paper-sheet window tests: a sample project, its printed sheets and synthetic photos of them."""

from __future__ import annotations

import sys
from pathlib import Path

import cv2
import numpy as np
import pytest

sys.path.insert(0, str(Path(__file__).parents[3] / "io" / "paper_sheets"))  # the synthetic camera

from sheet_camera import Sticker, photograph, print_sample_sheets, render_page, stick  # noqa: E402

DPI = 200
# On sheet 1 (A4): one sticker of each kind apart, and two unsafe ones touching (to be checked).
STICKERS = [Sticker("unsafe", 60.0, 70.0, 12.0), Sticker("safe", 120.0, 110.0, 16.0),
            Sticker("idea", 160.0, 150.0, 19.0), Sticker("unsafe", 90.0, 160.0, 12.0),
            Sticker("unsafe", 101.5, 160.0, 12.0)]


@pytest.fixture(scope="session")
def paper(tmp_path_factory) -> dict:
    """The sample project, its A4 sheets (``--json``) and PDF, a photo of sheet 1 with ``STICKERS`` and a photo of
    no sheet."""
    folder = tmp_path_factory.mktemp("paper")
    sample, pdf, sheets = print_sample_sheets(folder)
    rng = np.random.default_rng(18)
    photo = folder / "IMG_20261207_101500.jpg"
    photo.write_bytes(photograph(stick(render_page(pdf, 1, DPI), STICKERS, DPI, rng), rng, max_tilt=30).jpeg)
    table = folder / "table.jpg"
    cv2.imwrite(str(table), rng.integers(0, 255, (900, 1200, 3), dtype=np.uint8))
    return {"sample": sample, "sheets": sheets, "photo": photo, "table": table, "pdf": pdf}
