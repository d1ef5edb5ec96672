"""``cosafe stats``, run through the installed entry point on a project the test builds."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
from pathlib import Path

import pytest
import shapely
from checks import cosafe_command

from cosafe.core.records import (
    AuditPoint, AuditScore, AuditWalk, Criterion, CriteriaSet, Participant, PerceptionPin, WalkParticipant, Workshop,
)
from cosafe.store.project_store import ProjectStore


def run(*args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([*cosafe_command(), *args], capture_output=True, text=True, timeout=120, env=env)


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    """5 women walk by day (every criterion 3: score 5.0), 4 men by night (all 0), with pins."""
    path = tmp_path_factory.mktemp("stats") / "walks.gpkg"
    with ProjectStore.create(str(path), name="Walks") as store:
        set_uuid = store.list(CriteriaSet)[0].uuid
        criteria = store.list(Criterion)
        workshop = Workshop(title="Market")
        store.insert(workshop)
        women = [Participant(workshop_uuid=workshop.uuid, gender="woman", age_band="15_24") for _ in range(5)]
        men = [Participant(workshop_uuid=workshop.uuid, gender="man", age_band="15_24") for _ in range(4)]
        store.insert_many(women + men)
        for walkers, time_of_day, score in ((women, "day", 3), (men, "night", 0)):
            walk = AuditWalk(workshop_uuid=workshop.uuid, time_of_day=time_of_day, criteria_set_uuid=set_uuid)
            store.insert(walk)
            store.insert_many([WalkParticipant(walk_uuid=walk.uuid, participant_uuid=p.uuid) for p in walkers])
            for n in range(2):
                point = AuditPoint(walk_uuid=walk.uuid, geom=shapely.Point(36.85 + n * 0.001, -1.28))
                store.insert(point)
                store.insert_many([AuditScore(point_uuid=point.uuid, criterion_uuid=c.uuid, score=score)
                                   for c in criteria])
        feelings = [(women[0], "unsafe"), (women[1], "unsafe"), (women[2], "unsafe"), (women[3], "safe"),
                    (men[0], "unsafe")]
        store.insert_many([PerceptionPin(geom=shapely.Point(36.85, -1.28), workshop_uuid=workshop.uuid,
                                         participant_uuid=p.uuid, feeling=f, time_of_day="day")
                           for p, f in feelings])
    return path


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_table_with_suppressed_cell(project):
    before = _digest(project)
    result = run("stats", str(project), "--by", "gender,time_of_day")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "Walks: by gender × time_of_day"
    assert "fewer than 5 people show \"hidden\"" in lines[1] and "pooled" in lines[1]
    assert lines[2].split() == ["Gender", "Time", "of", "day", "People", "Mean", "score", "Unsafe", "pins",
                                "Safe", "pins", "Unsafe", "share"]
    # Five women, four men: the men are pooled in "Other or not stated" and hidden; the women too, or
    # 9 (the total of `--by ""`) − 5 would give the men away. Every combination is listed.
    assert [line.split()[-5:] for line in lines[3:]] == [["hidden"] * 5] * 4
    assert not any(line.startswith("Man") for line in lines) and lines[5].startswith("Other or not stated")
    assert len(lines) == 7 and result.stderr == ""
    assert _digest(project) == before


def test_json_nulls_suppressed_values(project):
    result = run("stats", str(project), "--by", "gender", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["by"] == ["gender"] and data["threshold"] == 5 and data["project"] == "Walks"
    woman, others = data["cells"]
    assert woman == {"gender": "woman", "labels": {"gender": "Woman"}, "people": None, "mean_score": None,
                     "unsafe_pins": None, "safe_pins": None, "unsafe_share": None, "suppressed": True}
    assert others == {"gender": "pooled", "labels": {"gender": "Other or not stated"}, "people": None,
                      "mean_score": None,
                      "unsafe_pins": None, "safe_pins": None, "unsafe_share": None, "suppressed": True}


def test_default_dimensions_and_everything(project):
    default = run("stats", str(project))
    assert default.returncode == 0 and "by gender × age_band × time_of_day" in default.stdout
    assert "15–24" in default.stdout
    everything = json.loads(run("stats", str(project), "--by", "", "--json").stdout)
    [cell] = everything["cells"]
    # 9 walkers; mean of the four points 5, 5, 0, 0; 4 unsafe of 5 pins.
    assert (cell["people"], cell["mean_score"], cell["unsafe_pins"], cell["unsafe_share"]) == (9, 2.5, 4, 0.8)


@pytest.mark.parametrize("args, code, message", [
    (["--by", "gender,colour"], 2, "cosafe stats: unknown dimension 'colour' in --by; choose from "
                                   "gender,age_band,role,time_of_day,workshop,group"),
    (["--by", "gender,gender"], 2, "cosafe stats: a dimension is given twice in --by; choose from "
                                   "gender,age_band,role,time_of_day,workshop,group"),
    # Runs with different thresholds would hide different cells, and together give small ones away.
    (["--threshold", "10"], 2, None),
])
def test_bad_options_give_one_line(project, args, code, message):
    before = _digest(project)
    result = run("stats", str(project), *args)
    assert result.returncode == code
    assert (result.stderr.strip() == message if message else "unrecognized arguments" in result.stderr)
    assert result.stdout == ""
    assert _digest(project) == before


def test_missing_project(tmp_path):
    missing = run("stats", str(tmp_path / "none.gpkg"))
    assert missing.returncode == 1 and len(missing.stderr.strip().splitlines()) == 1
    assert missing.stderr.startswith("cosafe: ")


def test_help():
    result = run("stats", "--help")
    assert result.returncode == 0 and "suppression threshold" in result.stdout


def test_a_file_that_says_threshold_1_still_hides_cells_below_3(project, tmp_path):
    """A crafted (or older) file cannot lower the threshold below 3: a count of 1 or 2 would name someone."""
    import shutil

    tampered = tmp_path / "tampered.gpkg"
    shutil.copy(project, tampered)
    with ProjectStore.open(str(tampered)) as store:
        store.set_meta_values({"suppression_threshold": "1"})
    result = json.loads(run("stats", str(tampered), "--by", "gender", "--json").stdout)
    assert result["threshold"] == 3
    info = run("info", str(tampered))
    assert "small cells below 3 suppressed" in info.stdout
