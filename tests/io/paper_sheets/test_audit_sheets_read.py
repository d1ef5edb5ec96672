"""Reading ticked audit sheets back: from the printed PDF, ticked by the synthetic camera's hand and photographed."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import subprocess
from pathlib import Path

import cv2
import numpy as np
import pytest
from checks import cosafe_command
from sheet_camera import Mark, photograph, random_marks, render_page, score_ticks, tick

from cosafe.core.audits import place_along
from cosafe.core.records import (AuditPoint, AuditScore, AuditWalk, ChecklistAnswer, Criterion, PaperSheet,
                                 PaperSheetRecord)
from cosafe.io.paper_sheets.audit_layout import TIME_ROW, audit_layout_for, criterion_tag
from cosafe.io.paper_sheets.audit_reading import read_audit_photo
from cosafe.io.paper_sheets.audit_sheets import TIME_CRITERION
from cosafe.io.paper_sheets.audit_storing import audit_sheet_edit, time_of_day_note, time_of_day_text
from cosafe.io.paper_sheets.reading import NotASheet, read_photo
from cosafe.store.project_store import ProjectStore
from cosafe.store.queries.paper_sheets import earlier_reading
from cosafe.ui.features.merge.provenance import paper_text

DPI = 200
WALK = "Market to river loop (day)"


def run(*args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([*cosafe_command(), *args], capture_output=True, text=True, timeout=180, env=env)


@pytest.fixture(scope="module")
def printed(tmp_path_factory) -> tuple[Path, Path, dict]:
    """The sample project and its day walk's audit sheets for 24 points (20 recorded, 4 not yet)."""
    folder = tmp_path_factory.mktemp("audit")
    sample, pdf = folder / "sample.gpkg", folder / "audit.pdf"
    assert run("sample", str(sample)).returncode == 0
    result = run("print-sheets", str(sample), "--walk", WALK, "--points", "24", "-o", str(pdf), "--json")
    assert result.returncode == 0, result.stderr
    return sample, pdf, json.loads(result.stdout)


@pytest.fixture(scope="module")
def page(printed) -> np.ndarray:
    return render_page(printed[1], 1, DPI)


def decoded(jpeg: bytes) -> np.ndarray:
    return cv2.imdecode(np.frombuffer(jpeg, np.uint8), cv2.IMREAD_COLOR)


def test_ticks_on_photos_are_read_right_or_flagged_never_wrong(page):
    """A small set of the measure in docs/PERFORMANCE.md: ticks, crosses, filled and circled boxes in pens of
    every kind, a few rows empty and a few ticked twice, photographed at up to 40°."""
    layout = audit_layout_for("a4", 3, 9)
    totals = {"rows": 0, "correct": 0, "flagged": 0, "wrong": 0, "doubles": 0, "doubles_flagged": 0}
    tilts = []
    for seed in range(8):
        rng = np.random.default_rng(1000 + seed)
        marks, truths = random_marks(rng, layout, double_share=0.05)
        photo = photograph(tick(page, marks, DPI, rng), rng)
        tilts.append(photo.tilt)
        reading = read_audit_photo(decoded(photo.jpeg))
        assert reading is not None and reading.identity.sequences == (1, 2, 3)
        counts = score_ticks(reading.ticks, truths, reading.identity.sequences)
        for key in totals:
            totals[key] += counts[key]
    assert totals["rows"] == 8 * 30 and max(tilts) > 25
    assert totals["wrong"] == 0, totals
    assert totals["doubles"] >= 3 and totals["doubles_flagged"] == totals["doubles"]
    assert totals["correct"] / totals["rows"] >= 0.995, totals


def test_each_kind_of_mark(page, printed):
    layout = audit_layout_for("a4", 3, 9)
    pen = "#1f3a93"

    def at(point, row, value, kind="check", colour=pen, width=0.5):
        return Mark(kind, layout.box_of(point, row, value), colour, width)

    marks = [at(0, TIME_ROW, "night", "cross"), at(0, 0, 2), at(0, 1, 0, "cross", "#1a1a1a", 1.0),
             at(0, 2, 3, "fill", "#b02020"), at(0, 3, 1, "circle", "#5a5a5a", 0.35),
             at(1, 0, 1), at(1, 0, 3, "cross"),  # two boxes of one row: flagged, never guessed
             at(1, 1, 2, "dash"),  # a partial mark: flagged as faint
             at(1, 2, 0, "circle"), at(1, 2, 2, "check"),  # a circle and a tick in one row
             at(2, TIME_ROW, "day", "circle"), at(2, 4, 3, "check", "#5a5a5a", 0.35)]
    drawn = tick(page, marks, DPI, np.random.default_rng(7))
    for image in (drawn, decoded(photograph(drawn, np.random.default_rng(8), max_tilt=35).jpeg)):
        reading = read_audit_photo(image)
        got = {(t.point, t.row): t for t in reading.ticks}
        assert {key: (t.score, t.flags) for key, t in got.items()} == {
            (1, TIME_ROW): ("night", ()), (1, 0): (2, ()), (1, 1): (0, ()), (1, 2): (3, ()), (1, 3): (1, ()),
            (2, 0): (None, ("two_marks",)), (2, 1): (2, ("faint",)), (2, 2): (None, ("two_marks",)),
            (3, TIME_ROW): ("day", ()), (3, 4): (3, ())}
        assert all(t.confidence >= 0.6 for t in reading.ticks if not t.flags)
        assert all(t.confidence <= 0.5 for t in reading.ticks if t.flags)
        assert got[(1, 0)].criterion == criterion_tag(_criteria(printed[0])[0].uuid)
        assert got[(1, TIME_ROW)].criterion == TIME_CRITERION


def _criteria(sample: Path) -> list[Criterion]:
    with ProjectStore.open(str(sample), read_only=True) as store:
        walk = store.list(AuditWalk, "title = ?", (WALK,))[0]
        return store.list(Criterion, "set_uuid = ? AND retired = 0", (walk.criteria_set_uuid,), order_by="position")


def test_group_maps_are_not_audit_sheets_and_audit_sheets_not_group_maps(page, tmp_path):
    blank = np.full((1200, 1600, 3), 255, np.uint8)
    assert read_audit_photo(blank) is None
    with pytest.raises(NotASheet):
        read_photo(page)  # the audit sheet's markers are none of the group maps'


def test_cli_reads_stores_as_one_edit_and_refuses_another_project(printed, tmp_path):
    sample, pdf, data = printed
    project = tmp_path / "project.gpkg"
    project.write_bytes(sample.read_bytes())
    criteria = _criteria(sample)
    # Sheet 7 holds points 19, 20 (recorded) and 21 (not yet): tick them all.
    last = render_page(pdf, 7, DPI)
    layout = audit_layout_for("a4", 3, 9)
    values = {(0, 0): 0, (0, 1): 1, (1, 0): 3, (2, 0): 2, (2, 5): 1}
    marks = [Mark("check", layout.box_of(p, r, v), "#1a1a1a", 0.5) for (p, r), v in values.items()]
    marks += [Mark("check", layout.box_of(2, 2, 0), "#1a1a1a", 0.5), Mark("cross", layout.box_of(2, 2, 3),
                                                                            "#1a1a1a", 0.5)]  # flagged
    rng = np.random.default_rng(3)
    photo = tmp_path / "sheet7.jpg"
    photo.write_bytes(photograph(tick(last, marks, DPI, rng), rng).jpeg)
    with ProjectStore.open(str(project), read_only=True) as store:
        walk = store.list(AuditWalk, "title = ?", (WALK,))[0]
        before = {p.sequence: p for p in store.list(AuditPoint, "walk_uuid = ?", (walk.uuid,))}
        answers_before = store.list(ChecklistAnswer, "point_uuid = ?", (before[19].uuid,))
        scores_before = {s.criterion_uuid: s.score for s in store.list(AuditScore, "point_uuid = ?",
                                                                        (before[19].uuid,))}
    dry = run("read-sheets", str(project), str(photo), "--dry-run", "--json")
    assert dry.returncode == 0, dry.stderr
    found = json.loads(dry.stdout)["detections"]
    assert {(d["point"], d["criterion"], d["score"]) for d in found if not d["flags"]} == {
        (19 + p, criteria[r].key, v) for (p, r), v in values.items()}
    assert [(d["sheet"], d["point"], d["criterion"], d["score"], d["flags"]) for d in found if d["flags"]] == [
        (7, 21, criteria[2].key, None, ["two_marks"])]
    assert all(set(d) == {"sheet", "point", "criterion", "score", "confidence", "flags"} for d in found)
    stored = run("read-sheets", str(project), str(photo))
    assert stored.returncode == 0, stored.stderr
    assert "5 scores stored" in stored.stdout and "1 uncertain mark not stored" in stored.stdout
    with ProjectStore.open(str(project), read_only=True) as store:
        after = {p.sequence: p for p in store.list(AuditPoint, "walk_uuid = ?", (walk.uuid,))}
        assert set(after) == set(before) | {21}
        expected = dict(scores_before, **{criteria[0].uuid: 0, criteria[1].uuid: 1})
        assert {s.criterion_uuid: s.score for s in store.list(AuditScore, "point_uuid = ?",
                                                              (after[19].uuid,))} == expected
        assert len(store.list(ChecklistAnswer, "point_uuid = ?", (after[19].uuid,))) == len(answers_before)
        assert after[19].comment == before[19].comment and after[19].geom.equals(before[19].geom)
        new = after[21]
        assert {s.criterion_uuid: s.score for s in store.list(AuditScore, "point_uuid = ?", (new.uuid,))} == {
            criteria[0].uuid: 2, criteria[5].uuid: 1}
        placed = place_along(walk.geom, 21, 24)
        assert new.geom.distance(placed) < 1e-9
    other = tmp_path / "other.gpkg"
    assert run("new", str(other)).returncode == 0  # the sample is made the same each time: same project id
    refused = run("read-sheets", str(other), str(photo), "--dry-run")
    assert refused.returncode == 1 and "another project" in refused.stderr
    assert len(refused.stderr.strip().splitlines()) == 1


def test_one_undo_step_labelled_with_the_sheet(printed, page, tmp_path):
    sample, _pdf, _data = printed
    project = tmp_path / "project.gpkg"
    project.write_bytes(sample.read_bytes())
    layout = audit_layout_for("a4", 3, 9)
    reading = read_audit_photo(tick(page, [Mark("check", layout.box_of(1, 0, 1), "#1a1a1a", 0.5),
                                           Mark("fill", layout.box_of(2, 3, 2), "#1a1a1a", 0.5)], DPI,
                                    np.random.default_rng(1)))
    with ProjectStore.open(str(project)) as store:
        count = store.connection.execute("SELECT count(*) FROM audit_scores").fetchone()[0]
        edit = audit_sheet_edit(store, reading)
        assert edit is not None and "audit sheet 1" in edit.label and WALK in edit.label
        edit.apply(store)
        scores = store.connection.execute("SELECT count(*) FROM audit_scores").fetchone()[0]
        assert scores == count  # the two points' scores of those criteria replaced, none added or lost
        edit.revert(store)
        assert store.connection.execute("SELECT count(*) FROM audit_scores").fetchone()[0] == count


def _sheet_photo(page: np.ndarray, marks: list[Mark], seed: int, path: Path) -> Path:
    """A scan of the ticked sheet (a PNG: the reader takes scans as photos), different bytes for each seed."""
    assert cv2.imwrite(str(path), tick(page, marks, DPI, np.random.default_rng(seed)))
    return path


def _walk(project: Path) -> AuditWalk:
    with ProjectStore.open(str(project), read_only=True) as store:
        return store.list(AuditWalk, "title = ?", (WALK,))[0]


def _point_scores(project: Path, walk: AuditWalk) -> dict[tuple[int, str], tuple[str, int]]:
    """(sequence, criterion uuid) → (score uuid, score) of the walk's points."""
    with ProjectStore.open(str(project), read_only=True) as store:
        points = {p.uuid: p.sequence for p in store.list(AuditPoint, "walk_uuid = ?", (walk.uuid,))}
        return {(points[s.point_uuid], s.criterion_uuid): (s.uuid, s.score) for s in store.list(AuditScore)
                if s.point_uuid in points}


def _provenance(project: Path) -> tuple[list[PaperSheet], list[PaperSheetRecord]]:
    with ProjectStore.open(str(project), read_only=True) as store:
        return store.list(PaperSheet), store.list(PaperSheetRecord)


def test_cli_keeps_provenance_refuses_a_photo_read_twice_and_says_when_night_differs(printed, page, tmp_path):
    sample, _pdf, _data = printed
    project = tmp_path / "project.gpkg"
    project.write_bytes(sample.read_bytes())
    layout = audit_layout_for("a4", 3, 9)
    criteria = _criteria(sample)
    walk = _walk(project)
    assert walk.time_of_day == "day" and walk.group_uuid is None
    before = _point_scores(project, walk)
    night = [Mark("check", layout.box_of(p, TIME_ROW, "night"), "#1a1a1a", 0.5) for p in (0, 1)]
    first = _sheet_photo(page, [Mark("check", layout.box_of(0, 0, 2), "#1a1a1a", 0.5),
                                Mark("check", layout.box_of(1, 1, 3), "#1a1a1a", 0.5), *night], 11,
                         tmp_path / "first.png")
    stored = run("read-sheets", str(project), str(first))
    assert stored.returncode == 0, stored.stderr
    # The sheet's night ticks differ from the day walk: said in one line, the scores stored on the walk as it is.
    said = [line for line in stored.stdout.splitlines() if "ticked" in line]
    assert said == [f"first.png: Audit sheet 1 is ticked “Night”, but the audit walk {WALK} is recorded as “Day”: "
                    "its scores are stored on the walk as recorded"]
    assert _walk(project).time_of_day == "day"
    after = _point_scores(project, walk)
    wanted = {(1, criteria[0].uuid): 2, (2, criteria[1].uuid): 3}
    assert {key: after[key][1] for key in wanted} == wanted
    # Updated in place: each score keeps its UUID, and is linked once to the sheet it was read from.
    assert {key: after[key][0] for key in wanted} == {key: before[key][0] for key in wanted}
    sheets, links = _provenance(project)
    assert len(sheets) == 1
    sheet = sheets[0]
    assert (sheet.sheet_number, sheet.workshop_uuid, sheet.group_uuid, sheet.photo_uuid) == (
        1, walk.workshop_uuid, "", None)
    assert sheet.photo_sha256 == hashlib.sha256(first.read_bytes()).hexdigest()
    assert sorted((link.sheet_uuid, link.record_table, link.record_uuid) for link in links) == sorted(
        (sheet.uuid, "audit_scores", after[key][0]) for key in wanted)
    with ProjectStore.open(str(project), read_only=True) as store:
        point = store.list(AuditPoint, "walk_uuid = ? AND sequence = 1", (walk.uuid,))[0]
        assert paper_text(store, "audit_points", point.uuid).startswith("From paper sheet 1 (read on ")
        assert paper_text(store, "audit_scores", after[(1, criteria[0].uuid)][0]).startswith("From paper sheet 1 ")
        other = store.list(AuditPoint, "walk_uuid = ? AND sequence = 4", (walk.uuid,))[0]
        assert paper_text(store, "audit_points", other.uuid) == ""

    # The same photo again: refused in one line, nothing stored.
    twice = run("read-sheets", str(project), str(first))
    assert twice.returncode == 1 and len(twice.stderr.strip().splitlines()) == 1
    assert "first.png: This photo was read on " in twice.stderr and "--again" in twice.stderr
    assert "scores stored" not in twice.stdout
    # Another photo of the same sheet of the walk: refused too, unless --again.
    day = [Mark("check", layout.box_of(p, TIME_ROW, "day"), "#1a1a1a", 0.5) for p in (0, 1)]
    second = _sheet_photo(page, [Mark("check", layout.box_of(0, 0, 0), "#1a1a1a", 0.5),
                                 Mark("check", layout.box_of(1, 1, 3), "#1a1a1a", 0.5), *day], 12,
                          tmp_path / "second.png")
    refused = run("read-sheets", str(project), str(second))
    assert refused.returncode == 1 and len(refused.stderr.strip().splitlines()) == 1
    assert "second.png: Audit sheet 1 of this audit walk was read on " in refused.stderr
    assert _point_scores(project, walk) == after and _provenance(project)[0] == sheets
    again = run("read-sheets", str(project), str(second), "--again")
    assert again.returncode == 0, again.stderr
    assert "2 scores stored" in again.stdout and "ticked" not in again.stdout  # day ticks agree: nothing to say
    final = _point_scores(project, walk)
    assert final[(1, criteria[0].uuid)] == (after[(1, criteria[0].uuid)][0], 0)
    sheets, links = _provenance(project)
    # Both scores now come from the second photo: relinked (one link each), and the first reading, left with no
    # score, goes.
    assert len(sheets) == 1 and sheets[0].photo_sha256 == hashlib.sha256(second.read_bytes()).hexdigest()
    assert len(links) == 2 and {link.sheet_uuid for link in links} == {sheets[0].uuid}


def test_a_walk_not_yet_scored_takes_its_time_of_day_from_the_sheet_in_the_same_step(printed, page, tmp_path):
    sample, _pdf, _data = printed
    project = tmp_path / "project.gpkg"
    project.write_bytes(sample.read_bytes())
    walk = _walk(project)
    with ProjectStore.open(str(project)) as store:  # the walk as printed before it was walked: no score yet
        store.connection.execute("DELETE FROM audit_scores WHERE point_uuid IN (SELECT uuid FROM audit_points "
                                 "WHERE walk_uuid = ?)", (walk.uuid,))
        store.connection.commit()
    layout = audit_layout_for("a4", 3, 9)
    marks = [Mark("check", layout.box_of(p, TIME_ROW, "night"), "#1a1a1a", 0.5) for p in (0, 2)]
    marks += [Mark("check", layout.box_of(0, 0, 1), "#1a1a1a", 0.5)]
    photo = _sheet_photo(page, marks, 21, tmp_path / "unwalked.png")
    reading = read_audit_photo(cv2.imread(str(photo)))
    with ProjectStore.open(str(project)) as store:
        note = time_of_day_note(store, store.get(AuditWalk, walk.uuid), reading)
        assert (note.ticked, note.walk, note.set_to) == (("night",), "day", "night")
        assert time_of_day_text(note, 1, WALK, stored=False) == (
            f"Audit sheet 1 is ticked “Night” and the audit walk {WALK} has no scores yet: storing the sheet sets "
            "its time of day to “Night”")
        edit = audit_sheet_edit(store, reading)
        edit.apply(store)
        assert store.get(AuditWalk, walk.uuid).time_of_day == "night" and store.count(PaperSheet) == 1
        edit.revert(store)  # one step: the time of day goes back with the scores and the provenance
        assert store.get(AuditWalk, walk.uuid).time_of_day == "day" and store.count(PaperSheet) == 0
    stored = run("read-sheets", str(project), str(photo))
    assert stored.returncode == 0, stored.stderr
    assert f"unwalked.png: Audit sheet 1 is ticked “Night” and the audit walk {WALK} had no scores yet: its time " \
           "of day is now “Night”" in stored.stdout.splitlines()
    assert _walk(project).time_of_day == "night"
    # Day and night both ticked: never a guess, said plainly, the walk left as it is.
    mixed = read_audit_photo(tick(page, [Mark("check", layout.box_of(0, TIME_ROW, "day"), "#1a1a1a", 0.5),
                                         Mark("check", layout.box_of(1, TIME_ROW, "night"), "#1a1a1a", 0.5)],
                                  DPI, np.random.default_rng(22)))
    with ProjectStore.open(str(project), read_only=True) as store:
        note = time_of_day_note(store, store.get(AuditWalk, walk.uuid), mixed)
        assert note.set_to == "" and "both “Day” and “Night”" in time_of_day_text(note, 1, WALK)


def test_a_group_map_of_the_walks_group_is_not_taken_for_its_audit_sheet(printed, tmp_path):
    sample, _pdf, _data = printed
    project = tmp_path / "project.gpkg"
    project.write_bytes(sample.read_bytes())
    with ProjectStore.open(str(project)) as store:
        group = store.connection.execute("SELECT uuid FROM groups LIMIT 1").fetchone()[0]
        score = store.list(AuditScore)[0]
        sheet = PaperSheet(workshop_uuid="", group_uuid=group, sheet_number=1, photo_sha256="abc")
        store.insert(sheet)
        store.insert(PaperSheetRecord(sheet_uuid=sheet.uuid, record_table="audit_scores", record_uuid=score.uuid))
        store.connection.commit()
        assert earlier_reading(store, "", group, 1) is None  # an audit sheet of a walk with that group
        assert earlier_reading(store, "abc", group, 1) is not None  # the same photo is the same photo


def test_print_sheets_help_gives_both_papers_defaults():
    shown = run("print-sheets", "--help")
    assert shown.returncode == 0
    text = " ".join(shown.stdout.split())
    assert "group maps landscape (default a3)" in text and "audit sheets (--walk) portrait, a4 or a3 (default a4)" in text


def test_day_dusk_and_night_ticks_are_read_from_photos(page):
    """Each time box ticked, crossed, filled or circled, at every point's place, photographed at up to 40°."""
    layout = audit_layout_for("a4", 3, 9)
    assert layout.times == ("day", "dusk", "night")
    kinds = ("check", "cross", "circle", "fill")
    for shift, kind in enumerate(kinds):
        wanted = {p: layout.times[(p + shift) % 3] for p in range(3)}
        marks = [Mark(kind, layout.box_of(p, TIME_ROW, value), "#1f3a93", 0.5) for p, value in wanted.items()]
        marks.append(Mark("check", layout.box_of(1, 8, 2), "#1a1a1a", 0.5))  # the criterion row just above
        rng = np.random.default_rng(300 + shift)
        reading = read_audit_photo(decoded(photograph(tick(page, marks, DPI, rng), rng).jpeg))
        assert reading.identity.version == "2" and reading.layout.times == layout.times
        got = {t.point: (t.score, t.flags, t.criterion) for t in reading.ticks if t.row == TIME_ROW}
        assert got == {p + 1: (value, (), TIME_CRITERION) for p, value in wanted.items()}, kind
        assert {(t.point, t.row, t.score) for t in reading.ticks if t.row != TIME_ROW} == {(2, 8, 2)}


def test_a_sheet_printed_before_dusk_had_a_box_still_reads_as_it_did(printed, tmp_path):
    """A sheet of the first layout (day and night boxes only, its QR code naming layout 1), made by today's code
    with that layout: its day and night ticks, and every other row, read as before."""
    from cosafe.io.paper_sheets.audit_pdf import write_audit_pdf
    from cosafe.io.paper_sheets.audit_sheets import choose_audit_sheets

    sample, _pdf, _data = printed
    pdf = tmp_path / "before.pdf"
    with ProjectStore.open(str(sample), read_only=True) as store:
        sheet = choose_audit_sheets(store, WALK, "a4", 24)[0]
    old = dataclasses.replace(sheet, identity=dataclasses.replace(sheet.identity, version="1"),
                              layout=audit_layout_for("a4", 3, 9, version="1"))
    write_audit_pdf([old], str(pdf))
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "Dusk" not in text and text.count("Night") == 3
    before = render_page(pdf, 1, DPI)
    layout = old.layout
    marks = [Mark("circle", layout.box_of(0, TIME_ROW, "night"), "#1f3a93", 0.5),
             Mark("check", layout.box_of(1, TIME_ROW, "day"), "#1a1a1a", 0.5),
             Mark("cross", layout.box_of(2, TIME_ROW, "night"), "#b02020", 0.7),
             Mark("check", layout.box_of(0, 0, 3), "#1a1a1a", 0.5)]
    rng = np.random.default_rng(31)
    reading = read_audit_photo(decoded(photograph(tick(before, marks, DPI, rng), rng).jpeg))
    assert reading.identity.version == "1" and reading.layout == layout and reading.layout.times == ("day", "night")
    assert {(t.point, t.row, t.score, t.flags) for t in reading.ticks} == {
        (1, TIME_ROW, "night", ()), (2, TIME_ROW, "day", ()), (3, TIME_ROW, "night", ()), (1, 0, 3, ())}
    totals = {"rows": 0, "correct": 0, "wrong": 0}
    for seed in range(3):  # every row ticked at random, as the measure does
        rng = np.random.default_rng(40 + seed)
        marks, truths = random_marks(rng, layout, double_share=0.05)
        reading = read_audit_photo(decoded(photograph(tick(before, marks, DPI, rng), rng).jpeg))
        counts = score_ticks(reading.ticks, truths, reading.identity.sequences)
        for key in totals:
            totals[key] += counts[key]
    assert totals["rows"] == 3 * 30 and totals["wrong"] == 0 and totals["correct"] >= 88, totals


def _set_walk(project: Path, **values) -> AuditWalk:
    """The walk with ``values`` written (and, with ``unscored``, its scores gone: printed before it was walked)."""
    unscored = values.pop("unscored", False)
    walk = _walk(project)
    with ProjectStore.open(str(project)) as store:
        for name, value in values.items():
            store.connection.execute(f"UPDATE audit_walks SET {name} = ? WHERE uuid = ?", (value, walk.uuid))
        if unscored:
            store.connection.execute("DELETE FROM audit_scores WHERE point_uuid IN (SELECT uuid FROM audit_points "
                                     "WHERE walk_uuid = ?)", (walk.uuid,))
        store.connection.commit()
    return _walk(project)


def test_a_dusk_walks_sheet_with_dusk_ticked_agrees(printed, page, tmp_path):
    sample, _pdf, _data = printed
    project = tmp_path / "project.gpkg"
    project.write_bytes(sample.read_bytes())
    walk = _set_walk(project, time_of_day="dusk")
    layout = audit_layout_for("a4", 3, 9)
    marks = [Mark("check", layout.box_of(p, TIME_ROW, "dusk"), "#1a1a1a", 0.5) for p in range(3)]
    marks.append(Mark("check", layout.box_of(0, 0, 1), "#1a1a1a", 0.5))
    photo = _sheet_photo(page, marks, 41, tmp_path / "dusk.png")
    reading = read_audit_photo(cv2.imread(str(photo)))
    with ProjectStore.open(str(project), read_only=True) as store:
        note = time_of_day_note(store, store.get(AuditWalk, walk.uuid), reading)
    assert (note.ticked, note.walk, note.set_to, note.agrees) == (("dusk",), "dusk", "", True)
    assert time_of_day_text(note, 1, WALK) == ""
    dry = run("read-sheets", str(project), str(photo), "--dry-run", "--json")
    assert dry.returncode == 0, dry.stderr
    assert {(d["point"], d["score"]) for d in json.loads(dry.stdout)["detections"]
            if d["criterion"] == TIME_CRITERION} == {(1, "dusk"), (2, "dusk"), (3, "dusk")}
    stored = run("read-sheets", str(project), str(photo))
    assert stored.returncode == 0, stored.stderr
    assert stored.stdout.splitlines() == ["dusk.png: audit sheet 1: 1 score stored"]  # nothing to say about dusk
    assert _walk(project).time_of_day == "dusk"
    # The same sheet on a night walk: said plainly, the scores stored on the walk as recorded.
    night = _set_walk(project, time_of_day="night")
    with ProjectStore.open(str(project), read_only=True) as store:
        note = time_of_day_note(store, night, reading)
    assert time_of_day_text(note, 1, WALK) == (f"Audit sheet 1 is ticked “Dusk”, but the audit walk {WALK} is "
                                               "recorded as “Night”: its scores are stored on the walk as recorded")


def test_a_walk_not_yet_scored_takes_dusk_from_the_sheet_and_three_times_are_said_plainly(printed, page, tmp_path):
    sample, _pdf, _data = printed
    project = tmp_path / "project.gpkg"
    project.write_bytes(sample.read_bytes())
    walk = _set_walk(project, unscored=True)
    assert walk.time_of_day == "day"
    layout = audit_layout_for("a4", 3, 9)
    marks = [Mark("cross", layout.box_of(p, TIME_ROW, "dusk"), "#1a1a1a", 0.5) for p in (0, 1)]
    marks.append(Mark("check", layout.box_of(2, 3, 2), "#1a1a1a", 0.5))
    photo = _sheet_photo(page, marks, 42, tmp_path / "unwalked.png")
    stored = run("read-sheets", str(project), str(photo))
    assert stored.returncode == 0, stored.stderr
    assert f"unwalked.png: Audit sheet 1 is ticked “Dusk” and the audit walk {WALK} had no scores yet: its time " \
           "of day is now “Dusk”" in stored.stdout.splitlines()
    assert _walk(project).time_of_day == "dusk"
    # Day, dusk and night at three points: never a guess, all three said, the walk left as it is.
    mixed = read_audit_photo(tick(page, [Mark("check", layout.box_of(p, TIME_ROW, value), "#1a1a1a", 0.5)
                                         for p, value in enumerate(("night", "day", "dusk"))],
                                  DPI, np.random.default_rng(43)))
    with ProjectStore.open(str(project), read_only=True) as store:
        note = time_of_day_note(store, store.get(AuditWalk, walk.uuid), mixed)
    assert (note.ticked, note.set_to) == (("day", "dusk", "night"), "")
    assert time_of_day_text(note, 1, WALK) == (f"Audit sheet 1 is ticked “Day”, “Dusk” and “Night” at different "
                                               f"points; the audit walk {WALK} is recorded as “Dusk”")
