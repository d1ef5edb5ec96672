"""``cosafe print-sheets``: the PDF's pages, its --json, and that the drawn markers and QR code say the same."""

from __future__ import annotations

import json
import re
import os
import subprocess
from pathlib import Path

import cv2
import numpy as np
import pytest
from checks import cosafe_command

from cosafe.io.paper_sheets.layout import MARKER_GAP, SheetIdentity, layout_for, marker_id
from cosafe.store.project_store import ProjectStore

DPI = 150


def run(*args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([*cosafe_command(), *args], capture_output=True, text=True, timeout=180, env=env)


@pytest.fixture(scope="module")
def sample(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("sample") / "sample.gpkg"
    result = run("sample", str(path))
    assert result.returncode == 0, result.stderr
    return path


@pytest.fixture(scope="module")
def printed(sample, tmp_path_factory) -> tuple[Path, dict]:
    pdf = tmp_path_factory.mktemp("sheets") / "sheets.pdf"
    result = run("print-sheets", str(sample), "-o", str(pdf), "--paper", "a4", "--json")
    assert result.returncode == 0, result.stderr
    return pdf, json.loads(result.stdout)


def page_image(pdf: Path, page: int, dpi: int = DPI) -> np.ndarray:
    prefix = pdf.with_name(f"page-{page}-{dpi}")
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", "-f", str(page), "-l", str(page), "-singlefile", str(pdf),
                    str(prefix)], check=True, timeout=60)
    return cv2.imread(f"{prefix}.png")


def test_one_page_per_group_with_names_legend_and_notes(sample, printed):
    pdf, data = printed
    with ProjectStore.open(str(sample), read_only=True) as store:
        groups = store.connection.execute("SELECT name FROM groups ORDER BY created_at, uuid").fetchall()
    sheets = data["sheets"]
    assert [sheet["group"] for sheet in sheets] == [name for (name,) in groups]
    assert [sheet["page_number"] for sheet in sheets] == list(range(1, len(groups) + 1))
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert re.search(rf"^Pages:\s+{len(groups)}$", info, re.M)
    assert "841.89 x 595.276 pts" in info  # A4 landscape
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    pages = text.split("\f")
    for sheet, page in zip(sheets, pages):
        assert sheet["group"] in page
        assert "Orange-red dot: an unsafe place" in page and "Blue dot: an idea for a change" in page
        assert f"Sheet {sheet['page_number']}" in page
    # The map (an image: its street names are pixels) fills the frame, light and colourless.
    image = page_image(pdf, 1, dpi=50)
    frame = sheets[0]["frame_mm"]
    to_px = 50 / 25.4
    inside = image[round((frame["top"] + 3) * to_px):round((frame["top"] + frame["height"] - 3) * to_px),
                   round((frame["left"] + 3) * to_px):round((frame["left"] + frame["width"] - 3) * to_px)]
    hsv = cv2.cvtColor(inside, cv2.COLOR_BGR2HSV)
    assert hsv[..., 2].std() > 8 and np.percentile(hsv[..., 2], 5) > 60  # drawn, and never dark
    assert np.percentile(hsv[..., 1], 99.9) < 40  # no strong colour a camera could take for a sticker


def test_json_matches_the_issue_structure(printed):
    _pdf, data = printed
    layout = layout_for("a4")
    for sheet in data["sheets"]:
        assert set(sheet) == {"id", "group", "page_number", "part", "parts", "page", "frame_mm", "bounds", "projection",
                              "stickers"}
        assert (sheet["part"], sheet["parts"]) == (1, 1)  # the sample fits one sheet at 1:10,000
        assert sheet["page"] == {"width_mm": 297.0, "height_mm": 210.0}
        assert list(sheet["frame_mm"].values()) == pytest.approx(list(layout.frame))
        assert sheet["projection"] == "EPSG:3857"
        west, south, east, north = sheet["bounds"]
        assert 36.8 < west < east < 36.9 and -1.3 < south < north < -1.2  # the sample's riverside in Nairobi
        assert {s["meaning"]: s["colour"] for s in sheet["stickers"]} == {
            "unsafe": "#D55E00", "safe": "#009E73", "idea": "#0072B2"}


def test_drawn_markers_are_where_the_json_frame_says(printed):
    pdf, data = printed
    sheet = data["sheets"][1]
    image = page_image(pdf, sheet["page_number"])
    detector = cv2.aruco.ArucoDetector(cv2.aruco.getPredefinedDictionary(cv2.aruco.DICT_4X4_50))
    corners, ids, _rejected = detector.detectMarkers(cv2.cvtColor(image, cv2.COLOR_BGR2GRAY))
    assert ids is not None
    found = {int(i): c.reshape(4, 2) / DPI * 25.4 for i, c in zip(ids.ravel(), corners)}
    assert sorted(found) == [marker_id("a4", corner) for corner in range(4)]
    frame = sheet["frame_mm"]
    left, top = frame["left"], frame["top"]
    right, bottom = left + frame["width"], top + frame["height"]
    g = MARKER_GAP
    # Each marker's inner corner (OpenCV's corner order: clockwise from the marker's top-left).
    expected = {0: (2, (left - g, top - g)), 1: (3, (right + g, top - g)), 2: (0, (right + g, bottom + g)),
                3: (1, (left - g, bottom + g))}
    for corner, (index, point) in expected.items():
        # Pixel centres versus edges: within half a pixel and the detector's own error.
        assert np.hypot(*(found[marker_id("a4", corner)][index] - point)) < 0.4


def test_the_qr_code_names_project_group_and_map(sample, printed):
    pdf, data = printed
    sheet = data["sheets"][2]
    image = page_image(pdf, sheet["page_number"])
    text, _points, _code = cv2.QRCodeDetector().detectAndDecode(image)
    identity = SheetIdentity.decode(text)
    assert identity is not None, text
    with ProjectStore.open(str(sample), read_only=True) as store:
        assert identity.project == store.get_meta("project_uuid")
        group, workshop = store.connection.execute("SELECT uuid, workshop_uuid FROM groups WHERE name = ?",
                                                   (sheet["group"],)).fetchone()
    assert identity.group == group and identity.workshop == workshop
    assert identity.number == sheet["page_number"] and identity.paper == "a4"
    assert list(identity.bounds) == pytest.approx(sheet["bounds"], abs=1e-7)


def test_choices_and_refusals(sample, tmp_path):
    pdf = tmp_path / "one.pdf"
    with ProjectStore.open(str(sample), read_only=True) as store:
        name = store.connection.execute("SELECT name FROM groups ORDER BY created_at LIMIT 1").fetchone()[0]
    one = run("print-sheets", str(sample), "-o", str(pdf), "--group", name, "--paper", "a3", "--json")
    assert one.returncode == 0, one.stderr
    sheets = json.loads(one.stdout)["sheets"]
    assert [s["group"] for s in sheets] == [name] and sheets[0]["page"] == {"width_mm": 420.0, "height_mm": 297.0}
    unknown = run("print-sheets", str(sample), "-o", str(pdf), "--group", "Nobody")
    assert unknown.returncode == 1 and unknown.stderr.strip() == "cosafe: No group is called Nobody"
    workshop = run("print-sheets", str(sample), "-o", str(pdf), "--workshop", "Nowhere")
    assert workshop.returncode == 1 and len(workshop.stderr.strip().splitlines()) == 1
    empty = tmp_path / "empty.gpkg"
    assert run("new", str(empty)).returncode == 0
    nothing = run("print-sheets", str(empty), "-o", str(pdf))
    assert nothing.returncode == 1 and "no group" in nothing.stderr and len(nothing.stderr.strip().splitlines()) == 1
    folder = run("print-sheets", str(sample), "-o", str(tmp_path / "missing" / "x.pdf"))
    assert folder.returncode == 1 and "does not exist" in folder.stderr


def test_an_arabic_sheet_reads_from_the_right_and_reads_back_the_same(sample, printed, tmp_path):
    """In Arabic the title, legend and notes are mirrored in their boxes, letters joined; the map, markers
    and QR code stay where the reader looks for them, so a photo of it is read like any other."""
    from sheet_camera import Sticker, photograph, score, stick

    from cosafe.io.paper_sheets.reading import read_photo

    english_pdf, english = printed
    pdf = tmp_path / "arabic.pdf"
    result = run("print-sheets", str(sample), "-o", str(pdf), "--paper", "a4", "--json", "--language", "ar")
    assert result.returncode == 0, result.stderr
    arabic = json.loads(result.stdout)
    assert [s["frame_mm"] for s in arabic["sheets"]] == [s["frame_mm"] for s in english["sheets"]]
    layout = layout_for("a4")

    def swatches_x(path: Path) -> float:
        """Where the legend's coloured dots are across the legend's box (0 its left edge, 1 its right)."""
        image = page_image(path, 1, dpi=100)
        left, top, width, height = layout.legend
        to_px = 100 / 25.4
        box = image[round(top * to_px):round((top + height) * to_px), round(left * to_px):round((left + width) * to_px)]
        _ys, xs = np.nonzero(cv2.cvtColor(box, cv2.COLOR_BGR2HSV)[..., 1] > 120)
        return float(xs.mean()) / box.shape[1]

    assert swatches_x(english_pdf) < 0.15 and swatches_x(pdf) > 0.85
    words = subprocess.run(["pdftotext", "-bbox", "-f", "1", "-l", "1", str(pdf), "-"], capture_output=True,
                           text=True, check=True).stdout
    boxes = [(float(x0), float(x1), text) for x0, x1, text in
             re.findall(r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>', words)]
    arabic_words = [(x0, x1) for x0, x1, text in boxes if re.search("[\u0600-\u06ff\ufb50-\ufeff]", text)]
    assert len(arabic_words) > 20  # the legend and notes in Arabic
    to_pt = 72 / 25.4
    panel_right = (layout.legend[0] + layout.legend[2]) * to_pt
    assert max(x1 for _x0, x1 in arabic_words) > panel_right - 3  # lines end at the right edge of the panel
    # Joined letters: the PDF holds Arabic presentation forms (a letter's shape depends on its neighbours).
    assert any(re.search("[\ufe70-\ufeff]", text) for _x0, _x1, text in boxes)

    rng = np.random.default_rng(61)
    stickers = [Sticker("unsafe", 70.0, 80.0, 12.0), Sticker("safe", 130.0, 120.0, 16.0),
                Sticker("idea", 170.0, 150.0, 19.0)]
    reading = read_photo(cv2.imdecode(np.frombuffer(
        photograph(stick(page_image(pdf, 1, dpi=250), stickers, 250, rng), rng, max_tilt=30).jpeg, np.uint8),
        cv2.IMREAD_COLOR))
    assert reading.identity.number == 1
    found = score(reading.detections, stickers)
    assert found.found == 3 and found.false == 0 and max(found.errors_mm) < 2.0
