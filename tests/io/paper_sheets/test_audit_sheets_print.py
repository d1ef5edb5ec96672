"""``cosafe print-sheets --walk``: audit sheets' pages, their --json boxes, markers and QR code as drawn."""

from __future__ import annotations

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
from cosafe.io.paper_sheets.audit_layout import (AuditIdentity, audit_layout_for, audit_marker_id, max_criteria,
                                                 points_per_sheet)
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
    assert "Point 1" in text and "Point 3" in text and "Day" in text and "Night" in text
    assert [c["label"] for c in sheets[0]["criteria"]] == labels


def test_json_boxes_are_the_drawn_boxes(printed):
    pdf, data = printed
    sheet = data["sheets"][0]
    image = cv2.cvtColor(page_image(pdf, 1), cv2.COLOR_BGR2GRAY)
    px = DPI / 25.4
    boxes = sheet["boxes"]
    assert len(boxes) == 3 * (2 + 4 * len(sheet["criteria"]))
    assert {(b["criterion"], b["score"]) for b in boxes if b["point"] == 2} == (
        {("time_of_day", "day"), ("time_of_day", "night")}
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
    assert (identity.walk, identity.number, identity.paper, identity.total, identity.sequences) == (
        walk.uuid, 2, "a4", 20, (4, 5, 6))
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
    assert AuditIdentity.decode(identity.encode()) == identity
    assert AuditIdentity.decode("COSAFE-SHEET/1/x") is None and AuditIdentity.decode("hello") is None


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
