"""Reading ticked audit sheets back: from the printed PDF, ticked by the synthetic camera's hand and photographed."""

from __future__ import annotations

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
from cosafe.core.records import AuditPoint, AuditScore, AuditWalk, ChecklistAnswer, Criterion
from cosafe.io.paper_sheets.audit_layout import TIME_ROW, audit_layout_for, criterion_tag
from cosafe.io.paper_sheets.audit_reading import read_audit_photo
from cosafe.io.paper_sheets.audit_sheets import TIME_CRITERION
from cosafe.io.paper_sheets.audit_storing import audit_sheet_edit
from cosafe.io.paper_sheets.reading import NotASheet, read_photo
from cosafe.store.project_store import ProjectStore

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
