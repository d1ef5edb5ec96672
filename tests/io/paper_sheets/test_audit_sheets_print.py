"""``cosafe print-sheets --walk``: audit sheets' pages, their --json boxes, markers and QR code as drawn."""

from __future__ import annotations

import dataclasses
import json
import os
import re
import subprocess
from pathlib import Path

import cv2
import numpy as np
import pytest
from checks import cosafe_command

from cosafe.core.records import AuditWalk
from cosafe.io.paper_sheets.audit_layout import (TIME_ROW, AuditIdentity, audit_layout_for, audit_marker_id,
                                                 max_criteria, points_per_sheet)
from cosafe.io.paper_sheets.layout import ARUCO_DICTIONARY, marker_id
from cosafe.store.project_store import ProjectStore

DPI = 150
WALK = "Market to river loop (day)"


def run(*args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([*cosafe_command(), *args], capture_output=True, text=True, timeout=180, env=env)


@pytest.fixture(scope="module")
def sample(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("sample") / "sample.gpkg"
    assert run("sample", str(path)).returncode == 0
    return path


@pytest.fixture(scope="module")
def printed(sample) -> tuple[Path, dict]:
    pdf = sample.with_name("audit.pdf")
    result = run("print-sheets", str(sample), "--walk", WALK, "-o", str(pdf), "--json")
    assert result.returncode == 0, result.stderr
    return pdf, json.loads(result.stdout)


def page_image(pdf: Path, page: int) -> np.ndarray:
    prefix = pdf.with_name(f"audit-{page}")
    subprocess.run(["pdftoppm", "-r", str(DPI), "-png", "-f", str(page), "-l", str(page), "-singlefile", str(pdf),
                    str(prefix)], check=True, timeout=60)
    return cv2.imread(f"{prefix}.png")


def test_a_sheet_per_three_points_with_the_walks_criteria(sample, printed):
    pdf, data = printed
    with ProjectStore.open(str(sample), read_only=True) as store:
        walk = store.list(AuditWalk, "title = ?", (WALK,))[0]
        points = store.connection.execute("SELECT count(*) FROM audit_points WHERE walk_uuid = ?",
                                          (walk.uuid,)).fetchone()[0]
        labels = [label for (label,) in store.connection.execute(
            "SELECT label FROM criteria WHERE set_uuid = ? AND retired = 0 ORDER BY position", (walk.criteria_set_uuid,))]
    sheets = data["sheets"]
    assert len(sheets) == -(-points // 3) and points == 20
    assert [s for sheet in sheets for s in sheet["points"]] == list(range(1, points + 1))
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert re.search(rf"^Pages:\s+{len(sheets)}$", info, re.M) and "595.276 x 841.89 pts" in info  # A4 portrait
    text = subprocess.run(["pdftotext", "-f", "1", "-l", "1", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    for label in labels:
        assert label in text
    assert "Point 1" in text and "Point 3" in text and "Time of day" in text
    assert text.count("Day") == text.count("Dusk") == text.count("Night") == 3  # under each point's three boxes
    assert [c["label"] for c in sheets[0]["criteria"]] == labels


def test_json_boxes_are_the_drawn_boxes(printed):
    pdf, data = printed
    sheet = data["sheets"][0]
    image = cv2.cvtColor(page_image(pdf, 1), cv2.COLOR_BGR2GRAY)
    px = DPI / 25.4
    boxes = sheet["boxes"]
    assert len(boxes) == 3 * (3 + 4 * len(sheet["criteria"]))
    assert {(b["criterion"], b["score"]) for b in boxes if b["point"] == 2} == (
        {("time_of_day", "day"), ("time_of_day", "dusk"), ("time_of_day", "night")}
        | {(c["key"], s) for c in sheet["criteria"] for s in range(4)})
    for box in boxes:
        assert box["width"] >= 7 and box["height"] >= 7
        left, top, right, bottom = (round(v * px) for v in (box["left"], box["top"], box["left"] + box["width"],
                                                             box["top"] + box["height"]))
        # Its four edges drawn in black, its inside white, and white just outside: nothing else is there.
        for edge in (image[top - 1:top + 2, left + 3:right - 3], image[bottom - 1:bottom + 2, left + 3:right - 3],
                     image[top + 3:bottom - 3, left - 1:left + 2], image[top + 3:bottom - 3, right - 1:right + 2]):
            assert edge.min(axis=0 if edge.shape[1] > edge.shape[0] else 1).max() < 100
        assert image[top + 4:bottom - 4, left + 4:right - 4].min() > 200
        assert image[top - 5:top - 3, left + 3:right - 3].min() > 150  # only light row lines near a box


def test_markers_and_qr_code_read_from_the_render(sample, printed):
    pdf, data = printed
    image = page_image(pdf, 2)
    detector = cv2.aruco.ArucoDetector(cv2.aruco.getPredefinedDictionary(getattr(cv2.aruco, ARUCO_DICTIONARY)),
                                       cv2.aruco.DetectorParameters())
    _corners, ids, _ = detector.detectMarkers(cv2.cvtColor(image, cv2.COLOR_BGR2GRAY))
    assert sorted(ids.ravel().tolist()) == [audit_marker_id("a4", corner) for corner in range(4)] == [0, 1, 2, 3]
    assert not {marker_id(paper, c) for paper in ("a4", "a3", "a2") for c in range(4)} & {0, 1, 2, 3, 4, 5, 6, 7}
    text, _points, _ = cv2.QRCodeDetector().detectAndDecode(image)
    identity = AuditIdentity.decode(text)
    with ProjectStore.open(str(sample), read_only=True) as store:
        walk = store.list(AuditWalk, "title = ?", (WALK,))[0]
        assert identity is not None and identity.project == store.get_meta("project_uuid")
    assert (identity.walk, identity.number, identity.paper, identity.total, identity.sequences, identity.version) == (
        walk.uuid, 2, "a4", 20, (4, 5, 6), "2")
    assert text.startswith("COSAFE-AUDIT/2/")  # the layout with a dusk box
    assert len(identity.criteria) == len(data["sheets"][1]["criteria"])


def test_a3_takes_more_points_and_the_layout_is_fixed_by_its_counts():
    assert points_per_sheet("a4") == 3 and points_per_sheet("a3") >= 4
    assert max_criteria("a4") >= 12
    a = audit_layout_for("a4", 3, 9)
    assert a == audit_layout_for("a4", 3, 9)
    for one in a.boxes:  # no two boxes closer than 3 mm
        for other in a.boxes:
            if one is not other:
                x1, y1, w, h = one.box
                x2, y2, _, _ = other.box
                assert abs(x1 - x2) >= w + 3 or abs(y1 - y2) >= h + 3
    identity = AuditIdentity("0f6a3c7e-8b3e-4d6f-9f4e-1d2c3b4a5e6f", "1a2b3c4d-0000-4000-8000-00000000000a", 2, "a3",
                             14, (5, 6, 7, 8), ("0123ABCD", "FEDC9876"))
    assert AuditIdentity.decode(identity.encode()) == identity and identity.version == "2"
    older = dataclasses.replace(identity, version="1")  # a sheet printed before dusk had a box
    assert older.encode().startswith("COSAFE-AUDIT/1/") and AuditIdentity.decode(older.encode()) == older
    assert AuditIdentity.decode(identity.encode().replace("COSAFE-AUDIT/2/", "COSAFE-AUDIT/3/")) is None
    assert AuditIdentity.decode("COSAFE-SHEET/1/x") is None and AuditIdentity.decode("hello") is None


def test_the_time_row_has_day_dusk_and_night_and_older_sheets_keep_day_and_night_where_they_were():
    for paper in ("a4", "a3"):
        points = points_per_sheet(paper)
        now, before = audit_layout_for(paper, points, 9), audit_layout_for(paper, points, 9, version="1")
        assert now.times == ("day", "dusk", "night") and before.times == ("day", "night")
        assert now.route_map == before.route_map and now.row_tops == before.row_tops  # only the time row moved
        for point in range(points):
            scores = [box.box for box in now.row_boxes(point, 0)]
            # Before: day in the first score box's place, night in the third's (as those sheets were printed).
            assert [box.box[0] for box in before.row_boxes(point, TIME_ROW)] == [scores[0][0], scores[2][0]]
            # Now: day, dusk and night spread over the whole block, so each word has room under its box.
            left, middle, right = (box.box[0] for box in now.row_boxes(point, TIME_ROW))
            assert (left, right) == (scores[0][0], scores[3][0]) and middle == pytest.approx((left + right) / 2)
        # Each box's word has its room, clear of the neighbours' words, even between two points' blocks.
        centres = sorted(box.box[0] + box.box[2] / 2 for box in now.boxes if box.row == TIME_ROW)
        assert min(b - a for a, b in zip(centres, centres[1:])) >= now.time_word_mm
        assert now.time_word_mm >= 13.0 and before.time_word_mm == 19.0
    with pytest.raises(ValueError):
        audit_layout_for("a4", 3, 9, version="9")


@pytest.mark.parametrize(("code", "paper"), [("en", "a4"), ("es", "a4"), ("fr", "a4"), ("pt", "a4"), ("ar", "a4"),
                                           ("sw", "a4"), ("fr", "a3"), ("ar", "a3")])
def test_the_time_words_fit_under_their_boxes_in_every_language(sample, tmp_path, code, paper):
    """Each time box's word as the PDF prints it in the sheet's language (Arabic shaped, right to left): one word
    under each box, centred on it, within the room the reader leaves it, and not shrunk below 6 pt."""
    from cosafe.catalogues import speaking
    from cosafe.io.paper_sheets.audit_pdf import write_audit_pdf
    from cosafe.io.paper_sheets.audit_sheets import choose_audit_sheets

    pdf = tmp_path / f"{code}.pdf"
    with ProjectStore.open(str(sample), read_only=True) as store, speaking(code):
        sheets = choose_audit_sheets(store, WALK, paper)
        write_audit_pdf(sheets[:1], str(pdf))
    layout = sheets[0].layout
    boxes = sorted((box.box for box in layout.boxes if box.row == TIME_ROW), key=lambda box: box[0])
    foot = boxes[0][1] + boxes[0][3]
    html = subprocess.run(["pdftotext", "-bbox", "-f", "1", "-l", "1", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    pt = 25.4 / 72
    words = [(float(x0) * pt, float(y0) * pt, float(x1) * pt, float(y1) * pt) for x0, y0, x1, y1 in re.findall(
        r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">', html)]
    under = sorted((w for w in words if foot + 2.0 < (w[1] + w[3]) / 2 < foot + 8.0), key=lambda w: w[0])
    assert len(under) == len(boxes) == 3 * points_per_sheet(paper)
    for (x0, y0, x1, y1), (left, _top, width, _height) in zip(under, boxes):
        assert abs((x0 + x1) / 2 - (left + width / 2)) < 0.6  # centred under its own box
        assert x1 - x0 <= layout.time_word_mm - 0.4  # within its room: clear of its neighbours, inside the reader's mask
        assert y1 - y0 >= 6.0 * pt  # 6 pt or more (the box pdftotext gives is the font's size): legible


def test_a_walk_without_route_or_of_another_name_is_one_line(sample, tmp_path):
    copy = tmp_path / "copy.gpkg"
    copy.write_bytes(sample.read_bytes())
    with ProjectStore.open(str(copy)) as store:
        store.insert(AuditWalk(title="Unwalked", criteria_set_uuid=store.list(AuditWalk)[0].criteria_set_uuid))
    for walk, words in (("Unwalked", "has no route"), ("Nowhere", "No audit walk is called Nowhere")):
        result = run("print-sheets", str(copy), "--walk", walk, "-o", str(tmp_path / "x.pdf"))
        assert result.returncode == 1 and words in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1 and not (tmp_path / "x.pdf").exists()
    result = run("print-sheets", str(copy), "--walk", WALK, "--paper", "a2", "-o", str(tmp_path / "x.pdf"))
    assert result.returncode == 1 and len(result.stderr.strip().splitlines()) == 1
