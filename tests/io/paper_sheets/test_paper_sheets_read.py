"""Reading printed group maps back from photos: the synthetic camera's measurement, ``cosafe read-sheets``, refusals."""

from __future__ import annotations

import hashlib
import json
import math
import os
import subprocess
from pathlib import Path

import cv2
import numpy as np
import pytest
from checks import cosafe_command
from sheet_camera import (Sticker, Stroke, draw, photograph, print_sample_sheets, random_stickers, random_strokes,
                          render_page, score, score_numbers, score_strokes, stick, trace_error_mm, write_numbers)

from cosafe.core.records import PaperSheet, PaperSheetRecord, PerceptionPin, Proposal
from cosafe.io.paper_sheets.layout import layout_for, lonlat_to_paper
from cosafe.io.paper_sheets.reading import NotASheet, find_stickers, read_photo, split_uncertain
from cosafe.io.paper_sheets.storing import sheet_edit
from cosafe.store.project_store import ProjectStore
from cosafe.store.queries.paper_sheets import sheet_of_record

DPI = 250  # the page as printed, about as sharp as an 8–12 MP photo sees it


def run(*args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([*cosafe_command(), *args], capture_output=True, text=True, timeout=180, env=env)


@pytest.fixture(scope="module")
def printed(tmp_path_factory) -> dict:
    folder = tmp_path_factory.mktemp("sheets")
    sample, pdf, sheets = print_sample_sheets(folder)
    pages = {sheet["page_number"]: render_page(pdf, sheet["page_number"], DPI) for sheet in sheets[:2]}
    return {"folder": folder, "sample": sample, "pdf": pdf, "sheets": sheets, "pages": pages}


def decode(photo) -> np.ndarray:
    return cv2.imdecode(np.frombuffer(photo.jpeg, np.uint8), cv2.IMREAD_COLOR)


def test_synthetic_photos_meet_the_targets(printed):
    """≥ 98 % of stickers found, ≤ 2 % false detections, ≤ 2 mm error on the paper, up to 40° from above."""
    rng = np.random.default_rng(18)
    layout = layout_for("a4")
    total, found, false, errors, tilts = 0, 0, 0, [], []
    for index in range(6):
        number = 1 + index % 2
        stickers = random_stickers(rng, layout, 18)
        photo = photograph(stick(printed["pages"][number], stickers, DPI, rng), rng)
        assert 8e6 * 0.99 <= photo.size[0] * photo.size[1] <= 12e6
        reading = read_photo(decode(photo))
        assert reading.identity.number == number
        result = score(reading.detections, stickers)
        total, found, false = total + result.stickers, found + result.found, false + result.false
        errors += result.errors_mm
        tilts.append(photo.tilt)
    assert max(tilts) > 25  # the set holds steep views, not only photos from straight above
    assert found >= 0.98 * total, (found, total)
    assert false <= 0.02 * total, (false, total)
    assert max(errors) <= 2.0


def test_a_sheet_without_stickers_shows_no_dots(printed):
    rng = np.random.default_rng(7)
    reading = read_photo(decode(photograph(printed["pages"][2], rng)))
    assert reading.detections == [] and reading.identity.number == 2


def test_a_flat_scan_and_a_photo_with_a_corner_covered_are_read(printed):
    rng = np.random.default_rng(9)
    stickers = [Sticker("unsafe", 70.0, 80.0, 12.0), Sticker("safe", 150.0, 140.0, 12.0)]
    page = stick(printed["pages"][1], stickers, DPI, rng)
    scan = read_photo(page)  # a scanner's page: no perspective, no shadow
    assert score(scan.detections, stickers).found == 2 and len(scan.detections) == 2
    layout = layout_for("a4")
    x, y, size = layout.markers[2]  # a hand over the bottom-right marker
    px = DPI / 25.4
    covered = page.copy()
    covered[round((y - 2) * px):round((y + size + 2) * px), round((x - 2) * px):round((x + size + 2) * px)] = (
        60, 90, 140)
    reading = read_photo(decode(photograph(covered, rng, max_tilt=30)))
    result = score(reading.detections, stickers)
    assert result.found == 2 and result.false == 0 and max(result.errors_mm) <= 2.0


def test_read_sheets_prints_detections_and_stores_them_for_the_group(printed, tmp_path):
    rng = np.random.default_rng(3)
    sheet = printed["sheets"][1]
    layout = layout_for("a4")
    stickers = [Sticker("unsafe", 60.0, 70.0, 12.0), Sticker("safe", 120.0, 110.0, 16.0),
                Sticker("idea", 160.0, 150.0, 19.0), Sticker("unsafe", 100.0, 160.0, 12.0)]
    photo_path = tmp_path / "sheet2.jpg"
    photo_path.write_bytes(photograph(stick(printed["pages"][2], stickers, DPI, rng), rng, max_tilt=35).jpeg)
    project = tmp_path / "project.gpkg"
    project.write_bytes(printed["sample"].read_bytes())
    with ProjectStore.open(str(project), read_only=True) as store:
        before = {kind: store.count(kind) for kind in (PerceptionPin, Proposal)}

    dry = run("read-sheets", str(project), str(photo_path), "--dry-run", "--json")
    assert dry.returncode == 0, dry.stderr
    detections = json.loads(dry.stdout)["detections"]
    assert sorted(d["meaning"] for d in detections) == ["idea", "safe", "unsafe", "unsafe"]
    for detection in detections:
        assert set(detection) == {"sheet", "kind", "meaning", "colour", "lon", "lat", "confidence", "flags"}
        assert detection["flags"] == []
        assert detection["sheet"] == sheet["page_number"] and detection["kind"] == "dot"
        x, y = lonlat_to_paper(detection["lon"], detection["lat"], layout.frame, tuple(sheet["bounds"]))
        nearest = min(stickers, key=lambda s: math.hypot(s.x_mm - x, s.y_mm - y))
        assert nearest.meaning == detection["meaning"] and math.hypot(nearest.x_mm - x, nearest.y_mm - y) < 2.0
        assert 0.5 < detection["confidence"] <= 1.0
    with ProjectStore.open(str(project), read_only=True) as store:
        assert {kind: store.count(kind) for kind in (PerceptionPin, Proposal)} == before  # a dry run stores nothing

    stored = run("read-sheets", str(project), str(photo_path))
    assert stored.returncode == 0, stored.stderr
    assert stored.stdout.strip() == "sheet2.jpg: sheet 2: 4 dots added as pins and ideas"
    with ProjectStore.open(str(project), read_only=True) as store:
        group = store.connection.execute("SELECT uuid FROM groups WHERE name = ?", (sheet["group"],)).fetchone()[0]
        pins = store.list(PerceptionPin, "group_uuid = ?", (group,), order_by="fid DESC")[:3]
        ideas = store.list(Proposal, "group_uuid = ?", (group,), order_by="fid DESC")[:1]
        assert store.count(PerceptionPin) == before[PerceptionPin] + 3
        assert store.count(Proposal) == before[Proposal] + 1
    assert sorted(pin.feeling for pin in pins) == ["safe", "unsafe", "unsafe"]
    assert ideas[0].description == "From paper sheet 2" and ideas[0].geom.geom_type == "Point"
    with ProjectStore.open(str(project), read_only=True) as store:
        sheets = store.list(PaperSheet)
        assert [(s.sheet_number, s.group_uuid, s.photo_uuid) for s in sheets] == [(2, group, None)]
        assert sheets[0].photo_sha256 == hashlib.sha256(photo_path.read_bytes()).hexdigest()
        assert {(link.record_table, link.record_uuid) for link in store.list(PaperSheetRecord)} == \
            {("perception_pins", pin.uuid) for pin in pins} | {("proposals", ideas[0].uuid)}
        assert sheet_of_record(store, "perception_pins", pins[0].uuid).uuid == sheets[0].uuid

    # The same photo, or another photo of the same sheet, is refused in one line unless --again.
    other_photo = tmp_path / "sheet2-again.jpg"
    other_photo.write_bytes(photograph(stick(printed["pages"][2], stickers[:1], DPI, rng), rng, max_tilt=20).jpeg)
    for photo, said in ((photo_path, "This photo was read on "), (other_photo, "Sheet 2 of this group was read on ")):
        twice = run("read-sheets", str(project), str(photo))
        assert twice.returncode == 1 and twice.stdout == ""
        assert twice.stderr.startswith(f"cosafe: {photo.name}: {said}") and len(twice.stderr.splitlines()) == 1
        assert twice.stderr.rstrip().endswith("; --again reads it once more")
    again = run("read-sheets", str(project), str(other_photo), "--again")
    assert again.returncode == 0, again.stderr
    with ProjectStore.open(str(project), read_only=True) as store:
        assert store.count(PerceptionPin) == before[PerceptionPin] + 4 and store.count(PaperSheet) == 2


def test_storing_is_one_undoable_step(printed, tmp_path):
    rng = np.random.default_rng(5)
    stickers = [Sticker("unsafe", 80.0, 80.0, 12.0), Sticker("idea", 150.0, 120.0, 12.0)]
    reading = read_photo(decode(photograph(stick(printed["pages"][1], stickers, DPI, rng), rng)))
    project = tmp_path / "project.gpkg"
    project.write_bytes(printed["sample"].read_bytes())
    with ProjectStore.open(str(project)) as store:
        before = (store.count(PerceptionPin), store.count(Proposal))
        edit = sheet_edit(store, reading)
        assert edit is not None and edit.label == f"Read paper sheet 1 ({printed['sheets'][0]['group']})"
        edit.apply(store)
        assert (store.count(PerceptionPin), store.count(Proposal)) == (before[0] + 1, before[1] + 1)
        edit.revert(store)
        assert (store.count(PerceptionPin), store.count(Proposal)) == before


def test_photos_that_are_no_sheet_of_the_project_are_refused_in_one_line(printed, tmp_path):
    rng = np.random.default_rng(11)
    table = tmp_path / "table.jpg"
    cv2.imwrite(str(table), rng.integers(0, 255, (1200, 1600, 3), dtype=np.uint8))
    text = tmp_path / "notes.jpg"
    text.write_text("not a picture")
    no_qr = printed["pages"][1].copy()
    layout = layout_for("a4")
    left, top, size, _ = layout.qr
    px = DPI / 25.4
    no_qr[round(top * px):round((top + size) * px), round(left * px):round((left + size) * px)] = 255
    covered = tmp_path / "covered.jpg"
    covered.write_bytes(photograph(no_qr, rng).jpeg)
    sheet = tmp_path / "sheet.jpg"
    sheet.write_bytes(photograph(printed["pages"][1], rng).jpeg)
    other = tmp_path / "other.gpkg"
    assert run("new", str(other), "--name", "Another").returncode == 0
    expected = {
        table: "This photo is not a CoSafe sheet: its corner markers were not found",
        text: "is not a photo CoSafe can read",
        covered: "its QR code cannot be read",
    }
    for photo, message in expected.items():
        result = run("read-sheets", str(printed["sample"]), str(photo), "--dry-run")
        assert result.returncode == 1 and message in result.stderr, result.stderr
        assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
        assert str(tmp_path) not in result.stderr  # the photo's name, never its folder
    elsewhere = run("read-sheets", str(other), str(sheet))
    assert elsewhere.returncode == 1
    assert elsewhere.stderr.strip() == "cosafe: sheet.jpg: This is a sheet of another project, not of Another"
    with pytest.raises(NotASheet):
        read_photo(np.full((900, 1200, 3), 255, dtype=np.uint8))


def test_touching_stickers_are_told_apart_and_pen_strokes_are_no_dots(printed):
    rng = np.random.default_rng(21)
    stickers = [Sticker("unsafe", 60.0, 60.0, 12.0), Sticker("unsafe", 71.5, 60.0, 12.0),  # overlapping a little
                Sticker("unsafe", 65.75, 70.0, 12.0),
                Sticker("safe", 120.0, 100.0, 16.0), Sticker("idea", 136.0, 100.0, 16.0),  # touching, two colours
                Sticker("idea", 150.0, 150.0, 19.0), Sticker("idea", 168.5, 150.0, 19.0)]
    page = stick(printed["pages"][1], stickers, DPI, rng)
    px = DPI / 25.4
    colour = tuple(int("0072B2"[i:i + 2], 16) for i in (4, 2, 0))
    # A route drawn with a thick blue marker: a line, not dots.
    cv2.polylines(page, [np.array([[40 * px, 150 * px], [90 * px, 120 * px], [110 * px, 175 * px]], np.int32)],
                  False, colour, round(3.5 * px), cv2.LINE_AA)
    reading = read_photo(decode(photograph(page, rng, max_tilt=30)))
    result = score(reading.detections, stickers, tolerance_mm=3.0)
    assert result.found == len(stickers) and result.false == 0, [
        (d.meaning, round(d.x_mm, 1), round(d.y_mm, 1), round(d.diameter_mm, 1), d.confidence)
        for d in reading.detections]
    assert max(result.errors_mm) <= 2.0
    alone = [d for d in reading.detections if d.meaning == "safe"]
    clustered = [d for d in reading.detections if d.meaning == "unsafe"]
    assert all(d.confidence > 0.8 for d in alone) and all(d.confidence <= 0.6 for d in clustered)


@pytest.mark.parametrize("shop", [
    {"unsafe": "#E2231A", "safe": "#2CA02C", "idea": "#1F4FD8"},  # plain red, green and blue office dots
    {"unsafe": "#F05A28", "safe": "#00A88F", "idea": "#00A0E0"},  # orange, teal and sky blue
], ids=["red-green-blue", "orange-teal-sky"])
def test_stickers_from_a_shop_are_read_by_their_kind_of_colour(printed, shop):
    rng = np.random.default_rng(31)
    stickers = random_stickers(rng, layout_for("a4"), 18)
    reading = read_photo(decode(photograph(stick(printed["pages"][1], stickers, DPI, rng, shop), rng)))
    result = score(reading.detections, stickers)
    assert result.found == len(stickers) and result.false == 0


def test_a_colour_the_legend_does_not_give_is_no_dot(printed):
    rng = np.random.default_rng(32)
    yellow = [Sticker("unsafe", 60.0 + 25 * i, 90.0, 12.0) for i in range(5)]  # yellow: not an unsafe place
    reading = read_photo(decode(photograph(stick(printed["pages"][1], yellow, DPI, rng, {"unsafe": "#F5D000"}), rng)))
    assert reading.detections == []


def test_uncertain_stickers_are_reported_flagged_never_dropped(printed):
    """Touching stickers, a sticker over the map frame's edge and a faded one come flagged; sure ones do not."""
    rng = np.random.default_rng(41)
    left, top, width, height = layout_for("a4").frame
    sure = [Sticker("unsafe", 70.0, 70.0, 12.0), Sticker("safe", 150.0, 120.0, 16.0)]
    touching = [Sticker("idea", 100.0, 150.0, 16.0), Sticker("idea", 116.0, 150.0, 16.0)]
    off_frame = [Sticker("safe", left + width + 3.0, top + 60.0, 16.0),  # centre just outside the map
                 Sticker("unsafe", left + 40.0, top + 1.5, 12.0)]  # centre just inside, the disc across the edge
    page = stick(printed["pages"][1], sure + touching + off_frame, DPI, rng)
    faded = Sticker("idea", 160.0, 70.0, 16.0)
    page = stick(page, [faded], DPI, rng, {"idea": "#6A9CC4"})  # a sticker bleached by the sun
    reading = read_photo(decode(photograph(page, rng, max_tilt=30)))

    def flags_at(sticker: Sticker) -> tuple[str, ...]:
        near = [d for d in reading.detections if math.hypot(d.x_mm - sticker.x_mm, d.y_mm - sticker.y_mm) < 3.0]
        assert len(near) == 1, (sticker, reading.detections)
        assert near[0].meaning == sticker.meaning
        return near[0].flags

    assert [flags_at(s) for s in sure] == [(), ()]
    assert [flags_at(s) for s in touching] == [("touching",), ("touching",)]
    assert [flags_at(s) for s in off_frame] == [("half_off_frame",), ("half_off_frame",)]
    assert "faint" in flags_at(faded)
    assert len(reading.detections) == 7
    kept, flagged = split_uncertain(reading.detections)
    assert len(kept) == 2 and len(flagged) == 5
    assert all(d.confidence <= 0.6 for d in flagged) and all(d.confidence > 0.8 for d in kept)


def test_a_sticker_the_photo_edge_cuts_is_flagged(printed):
    rng = np.random.default_rng(43)
    layout = layout_for("a4")
    stickers = [Sticker("unsafe", 80.0, 90.0, 16.0), Sticker("safe", 150.0, 90.0, 16.0)]
    page = stick(printed["pages"][1], stickers, DPI, rng)
    px = DPI / 25.4
    in_photo = np.full(page.shape[:2], 255, np.uint8)
    in_photo[:, round(150.0 * px):] = 0  # the photo ends through the safe sticker's middle
    page[:, round(150.0 * px):] = 255  # and shows the page's rectified border beyond
    from cosafe.io.paper_sheets.layout import SheetIdentity
    identity = SheetIdentity(*(["00000000-0000-0000-0000-000000000000"] * 3), 1, "a4", (0.0, 0.0, 1.0, 1.0))
    found = sorted(find_stickers(page, layout, identity, px, in_photo), key=lambda d: d.x_mm)
    assert [(d.meaning, d.flags) for d in found] == [("unsafe", ()), ("safe", ("off_photo",))]
    assert found[1].confidence <= 0.5
    assert [d.flags for d in find_stickers(page, layout, identity, px)] == [(), ()]  # a scan: nothing is cut


def test_read_sheets_leaves_flagged_detections_for_a_review(printed, tmp_path):
    rng = np.random.default_rng(45)
    stickers = [Sticker("unsafe", 60.0, 70.0, 12.0), Sticker("safe", 150.0, 120.0, 16.0),
                Sticker("unsafe", 100.0, 150.0, 16.0), Sticker("unsafe", 116.0, 150.0, 16.0)]  # two touching
    photo_path = tmp_path / "sheet1.jpg"
    photo_path.write_bytes(photograph(stick(printed["pages"][1], stickers, DPI, rng), rng, max_tilt=30).jpeg)
    project = tmp_path / "project.gpkg"
    project.write_bytes(printed["sample"].read_bytes())
    with ProjectStore.open(str(project), read_only=True) as store:
        before = store.count(PerceptionPin)

    dry = run("read-sheets", str(project), str(photo_path), "--dry-run", "--json")
    assert dry.returncode == 0, dry.stderr
    assert sorted(tuple(d["flags"]) for d in json.loads(dry.stdout)["detections"]) == [
        (), (), ("touching",), ("touching",)]

    stored = run("read-sheets", str(project), str(photo_path))
    assert stored.returncode == 0, stored.stderr
    assert stored.stdout.strip().splitlines() == [
        "sheet1.jpg: sheet 1: 2 dots added as pins and ideas",
        "sheet1.jpg: sheet 1: 2 uncertain marks not stored, left for a review (--accept-uncertain stores them)"]
    with ProjectStore.open(str(project), read_only=True) as store:
        assert store.count(PerceptionPin) == before + 2

    # The same photo once more (--again: it was read before), its uncertain marks stored this time.
    accepted = run("read-sheets", str(project), str(photo_path), "--accept-uncertain", "--again")
    assert accepted.returncode == 0, accepted.stderr
    assert accepted.stdout.strip() == "sheet1.jpg: sheet 1: 4 dots added as pins and ideas"
    with ProjectStore.open(str(project), read_only=True) as store:
        assert store.count(PerceptionPin) == before + 2 + 4


def test_pen_lines_and_closed_shapes_are_traced(printed):
    """Open strokes become lines, closed ones areas, traced within half a millimetre; dots and pen dabs stay dots or
    nothing, and the grey map gives no pen line."""
    rng = np.random.default_rng(51)
    layout = layout_for("a4")
    total, found, false, errors = 0, 0, 0, []
    for index in range(4):
        number = 1 + index % 2
        stickers = random_stickers(rng, layout, 6)
        strokes = random_strokes(rng, layout, 4, stickers)
        assert len(strokes) >= 3 and any(s.closed for s in strokes) and not all(s.closed for s in strokes)
        page = draw(stick(printed["pages"][number], stickers, DPI, rng), strokes, DPI, rng)
        reading = read_photo(decode(photograph(page, rng)))
        dots = score(reading.detections, stickers)
        assert dots.found == len(stickers) and dots.false == 0
        result = score_strokes(reading.detections, strokes)
        total, found, false = total + result.stickers, found + result.found, false + result.false
        errors += result.errors_mm
    assert found >= 0.95 * total and false == 0, (found, false, total)
    assert sum(errors) / len(errors) <= 0.5 and max(errors) <= 1.0, errors


def test_a_pen_dab_is_no_line_and_a_line_is_read_through_the_map(printed):
    rng = np.random.default_rng(53)
    dabs = [Stroke(((70.0 + 20 * i, 60.0), (71.5 + 20 * i, 60.5)), width_mm=1.8) for i in range(4)]
    route = Stroke(((40.0, 150.0), (90.0, 120.0), (140.0, 170.0), (190.0, 110.0)), width_mm=0.9)
    shape = Stroke(((60.0, 80.0), (100.0, 85.0), (95.0, 110.0), (55.0, 105.0)), closed=True)
    page = draw(printed["pages"][1], [*dabs, route, shape], DPI, rng)
    reading = read_photo(decode(photograph(page, rng, max_tilt=35)))
    assert sorted(d.kind for d in reading.detections) == ["area", "line"], reading.detections
    result = score_strokes(reading.detections, [route, shape])
    assert result.found == 2 and max(result.errors_mm) <= 0.6
    for detection in reading.detections:
        assert detection.meaning == "idea" and detection.flags == () and detection.confidence > 0.8
        assert len(detection.coordinates) == len(detection.points_mm) >= 3


def test_read_sheets_stores_pen_lines_and_shapes_as_line_and_area_ideas(printed, tmp_path):
    rng = np.random.default_rng(55)
    sheet = printed["sheets"][0]
    route = Stroke(((40.0, 150.0), (90.0, 120.0), (140.0, 170.0)))
    shape = Stroke(((150.0, 60.0), (190.0, 65.0), (185.0, 95.0), (145.0, 90.0)), closed=True)
    photo_path = tmp_path / "pens.jpg"
    photo_path.write_bytes(photograph(draw(printed["pages"][1], [route, shape], DPI, rng), rng, max_tilt=30).jpeg)
    project = tmp_path / "project.gpkg"
    project.write_bytes(printed["sample"].read_bytes())

    dry = run("read-sheets", str(project), str(photo_path), "--dry-run", "--json")
    assert dry.returncode == 0, dry.stderr
    detections = sorted(json.loads(dry.stdout)["detections"], key=lambda d: d["kind"])
    assert [(d["kind"], d["meaning"], d["flags"]) for d in detections] == [("area", "idea", []), ("line", "idea", [])]
    layout = layout_for("a4")
    for detection, stroke in zip(detections, (shape, route)):
        on_paper = [lonlat_to_paper(lon, lat, layout.frame, tuple(sheet["bounds"]))
                    for lon, lat in detection["coordinates"]]
        assert max(min(math.dist(p, q) for q in on_paper) for p in stroke.points_mm) < 2.0

    stored = run("read-sheets", str(project), str(photo_path))
    assert stored.returncode == 0, stored.stderr
    assert stored.stdout.strip().splitlines() == ["pens.jpg: sheet 1: 0 dots added as pins and ideas",
                                                  "pens.jpg: sheet 1: 2 pen lines and shapes added as ideas"]
    with ProjectStore.open(str(project), read_only=True) as store:
        ideas = store.list(Proposal, order_by="fid DESC")[:2]
    assert sorted(idea.geom.geom_type for idea in ideas) == ["LineString", "Polygon"]
    assert all(idea.description == "From paper sheet 1" for idea in ideas)


def test_a_route_that_crosses_itself_is_a_line_and_only_a_stroke_closed_at_its_ends_an_area(printed):
    """A figure eight and a route with a loop enclose holes but are drawn as lines (loops kept); a shape
    whose pen ran a little past where it started is still an area."""
    rng = np.random.default_rng(57)
    steps = np.linspace(0, 2 * math.pi, 48, endpoint=False)
    eight = Stroke(tuple((75.0 + 22 * math.sin(a), 80.0 + 14 * math.sin(2 * a)) for a in steps), closed=True)
    looped = Stroke(((40.0, 160.0), (95.0, 160.0), (110.0, 145.0), (95.0, 130.0), (80.0, 145.0), (88.0, 175.0),
                     (105.0, 185.0)))
    ring = [(165.0 + 16 * math.cos(a), 140.0 + 16 * math.sin(a)) for a in steps]
    overshoot = Stroke((*ring, ring[0], (ring[1][0] + 0.6, ring[1][1] + 2.5)))
    page = draw(printed["pages"][1], [eight, looped, overshoot], DPI, rng)
    reading = read_photo(decode(photograph(page, rng, max_tilt=30)))
    assert sorted(d.kind for d in reading.detections) == ["area", "line", "line"], reading.detections
    as_line = {"eight": Stroke(eight.points_mm + eight.points_mm[:1]), "looped": looped}
    for name, stroke in as_line.items():
        found = [d for d in reading.detections if d.kind == "line"
                 and trace_error_mm(d.points_mm, stroke, False) < 1.0]
        assert len(found) == 1, name
        length = sum(math.dist(p, q) for p, q in zip(found[0].points_mm, found[0].points_mm[1:]))
        true = sum(math.dist(p, q) for p, q in zip(stroke.points_mm, stroke.points_mm[1:]))
        assert abs(length - true) < 0.1 * true, (name, length, true)  # the loops are in the line, not cut off
    area = next(d for d in reading.detections if d.kind == "area")
    assert trace_error_mm(area.points_mm, Stroke(tuple(ring), closed=True), True) < 0.6


def stroke_boxes(strokes, margin: float = 5.0) -> list[tuple[float, float, float, float]]:
    return [(min(p[0] for p in s.points_mm) - margin, min(p[1] for p in s.points_mm) - margin,
             max(p[0] for p in s.points_mm) + margin, max(p[1] for p in s.points_mm) + margin) for s in strokes]


def test_numbers_written_beside_dots_are_read_or_flagged(printed):
    """Held-out handwritten numbers 1–20 (the margin prints 11–12 numbered lines; a few go on) 6–10 mm tall,
    turned a little, in pen colours, beside the stickers: at least 95 % read right, every one read as another
    number flagged, and no digit taken for a pen line."""
    rng = np.random.default_rng(1818)
    layout = layout_for("a4")
    totals: dict[str, int] = {}
    pen_false = 0
    for index in range(8):
        stickers = random_stickers(rng, layout, 14)
        strokes = random_strokes(rng, layout, 2, stickers)
        page, written = write_numbers(printed["pages"][1 + index % 2], stickers, DPI, rng,
                                      [int(rng.integers(1, 21)) for _ in stickers], layout.frame,
                                      stroke_boxes(strokes))
        photo = photograph(draw(stick(page, stickers, DPI, rng), strokes, DPI, rng), rng, max_tilt=35)
        reading = read_photo(decode(photo))
        for key, value in score_numbers(reading.detections, stickers, written).items():
            totals[key] = totals.get(key, 0) + value
        pens = score_strokes(reading.detections, strokes)
        pen_false += pens.false
        assert score(reading.detections, stickers).found == len(stickers)
    assert totals["numbers"] >= 80 and totals["unwritten"] == 0, totals
    assert totals["right"] >= 0.95 * totals["numbers"], totals
    assert totals["wrong_unflagged"] == 0, totals  # never silently another number
    assert pen_false == 0  # the digits are no line ideas


def test_a_dot_without_a_number_has_none_and_a_number_is_flagged_when_unsure(printed):
    from cosafe.io.paper_sheets.digits import held_out

    rng = np.random.default_rng(5)
    stickers = [Sticker("unsafe", 70.0, 80.0, 12.0), Sticker("idea", 160.0, 140.0, 12.0)]
    page, written = write_numbers(printed["pages"][1], stickers, DPI, rng, [7, None])
    reading = read_photo(stick(page, stickers, DPI, rng))
    first, second = sorted((d for d in reading.detections if d.kind == "dot"), key=lambda d: d.x_mm)
    assert written == [7, None] and second.note is None and "number_unsure" not in second.flags
    assert first.note == 7 or "number_unsure" in first.flags
    values, labels = held_out()
    assert len(labels) >= 400 and set(labels.tolist()) == set(range(10))


def test_read_sheets_prints_a_dots_note_and_stores_the_notes_text(printed, tmp_path):
    from cosafe.core.stories import APPROVED

    project = tmp_path / "project.gpkg"
    project.write_bytes(printed["sample"].read_bytes())
    rng = np.random.default_rng(21)
    stickers = [Sticker("unsafe", 70.0, 80.0, 12.0), Sticker("idea", 150.0, 140.0, 12.0)]
    page, _written = write_numbers(printed["pages"][1], stickers, DPI, rng, [4, 12])
    photo = tmp_path / "sheet.png"
    cv2.imwrite(str(photo), stick(page, stickers, DPI, rng))  # a scan: the notes are what is checked here
    shown = run("read-sheets", str(project), str(photo), "--dry-run", "--json")
    assert shown.returncode == 0, shown.stderr
    dots = sorted(json.loads(shown.stdout)["detections"], key=lambda d: d["lon"])
    assert [d.get("note") for d in dots] == [4, 12], dots
    notes = tmp_path / "notes.csv"
    notes.write_text("number,text\n4,Dark underpass: no lights after 7 pm\n", encoding="utf-8")
    bad = run("read-sheets", str(project), str(photo), "--notes", str(tmp_path / "missing.csv"))
    assert bad.returncode != 0 and len(bad.stderr.strip().splitlines()) == 1 and "missing.csv" in bad.stderr
    stored = run("read-sheets", str(project), str(photo), "--notes", str(notes), "--accept-uncertain")
    assert stored.returncode == 0, stored.stderr
    with ProjectStore.open(str(project), read_only=True) as store:
        pin = store.list(PerceptionPin, order_by="fid DESC")[0]
        idea = store.list(Proposal, order_by="fid DESC")[0]
    assert (pin.story, pin.story_review) == ("Dark underpass: no lights after 7 pm", APPROVED)
    assert idea.description == "Note 12 on paper sheet 1"  # no text given: the reference to the paper note
