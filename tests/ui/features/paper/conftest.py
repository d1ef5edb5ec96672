"""Fixtures of the paper-sheet window tests: a sample project, its printed sheets and synthetic photos of them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import cv2
import numpy as np
import pytest

sys.path.insert(0, str(Path(__file__).parents[3] / "io" / "paper_sheets"))  # the synthetic camera

from checks import cosafe_command  # noqa: E402
from sheet_camera import Sticker, photograph, render_page, stick  # noqa: E402

DPI = 200
# On sheet 1 (A4): one sticker of each kind apart, and two unsafe ones touching (to be checked).
STICKERS = [Sticker("unsafe", 60.0, 70.0, 12.0), Sticker("safe", 120.0, 110.0, 16.0),
            Sticker("idea", 160.0, 150.0, 19.0), Sticker("unsafe", 90.0, 160.0, 12.0),
            Sticker("unsafe", 101.5, 160.0, 12.0)]


def run(*args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([*cosafe_command(), *args], capture_output=True, text=True, timeout=180, env=env)


@pytest.fixture(scope="session")
def paper(tmp_path_factory) -> dict:
    """The sample project, its A4 sheets (``--json``), a photo of sheet 1 with ``STICKERS`` and a photo of no sheet."""
    folder = tmp_path_factory.mktemp("paper")
    sample = folder / "sample.gpkg"
    assert run("sample", str(sample)).returncode == 0
    pdf = folder / "sheets.pdf"
    printed = run("print-sheets", str(sample), "-o", str(pdf), "--paper", "a4", "--json")
    assert printed.returncode == 0, printed.stderr
    rng = np.random.default_rng(18)
    photo = folder / "IMG_20261207_101500.jpg"
    photo.write_bytes(photograph(stick(render_page(pdf, 1, DPI), STICKERS, DPI, rng), rng, max_tilt=30).jpeg)
    table = folder / "table.jpg"
    cv2.imwrite(str(table), rng.integers(0, 255, (900, 1200, 3), dtype=np.uint8))
    return {"sample": sample, "sheets": json.loads(printed.stdout)["sheets"], "photo": photo, "table": table}
