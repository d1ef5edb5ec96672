"""The sample's safety evidence: two walks on one route, pins by many people, recorded incidents."""

from __future__ import annotations

from collections import Counter, defaultdict
from pathlib import Path

import pytest
import shapely

from cosafe.core.criteria import safety_score
from cosafe.core.criteria_sets import active_criteria
from cosafe.core.records import (
    AuditPoint,
    AuditScore,
    AuditWalk,
    ChecklistAnswer,
    Incident,
    Participant,
    PerceptionPin,
    ReasonTag,
    WalkParticipant,
)
from cosafe.io.samples.audits import METRE, route
from cosafe.io.samples.project import SAMPLE_BBOX, basemap_features, write_sample_project
from cosafe.store.project_store import ProjectStore


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> dict:
    path = tmp_path_factory.mktemp("sample") / "riverside.gpkg"
    write_sample_project(str(path))
    with ProjectStore.open(str(path), read_only=True) as store:
        criteria_set, criteria = active_criteria(store)
        return {t: store.list(t) for t in (AuditWalk, AuditPoint, AuditScore, ChecklistAnswer, WalkParticipant,
                                           Participant, PerceptionPin, Incident, ReasonTag)} | {
            "criteria_set": criteria_set, "criteria": criteria}


@pytest.fixture(scope="module")
def features() -> list:
    return basemap_features()


def test_two_walks_on_one_route_by_day_and_night(sample: dict) -> None:
    walks = sample[AuditWalk]
    assert sorted(w.time_of_day for w in walks) == ["day", "night"]
    day, night = sorted(walks, key=lambda w: w.time_of_day)
    assert day.walked_on == night.walked_on and day.geom.equals(night.geom)
    assert {w.criteria_set_uuid for w in walks} == {sample["criteria_set"].uuid}
    assert {w.workshop_uuid for w in walks} == {sample[Participant][0].workshop_uuid}
    points = defaultdict(list)
    for point in sample[AuditPoint]:
        points[point.walk_uuid].append(point)
    assert len(sample[AuditPoint]) == 40 and len(points[day.uuid]) == len(points[night.uuid]) == 20
    for by_day, by_night in zip(*(sorted(points[w.uuid], key=lambda p: p.sequence) for w in (day, night))):
        assert by_day.geom.distance(by_night.geom) < 1 * METRE  # the same places, day and night
        assert day.geom.distance(by_day.geom) < 0.1 * METRE


def test_route_follows_streets_and_paths(features: list) -> None:
    line, ends = route(features)
    ways = shapely.union_all([f.geometry for f in features if f.style_class in ("major_road", "minor_road", "path")])
    off_street = [p for p in shapely.points(shapely.get_coordinates(line)) if p.distance(ways) > 0.5 * METRE]
    assert off_street == []
    assert 800 * METRE < line.length < 1200 * METRE and line.is_simple
    assert [name for name, _ in ends] == ["soko", "road", "walk", "bridge", "bank"] and ends[-1][1] == pytest.approx(1)


def test_every_point_has_every_criterion_scored(sample: dict) -> None:
    keys = {c.uuid: c.key for c in sample["criteria"]}
    per_point = defaultdict(dict)
    for score in sample[AuditScore]:
        per_point[score.point_uuid][keys[score.criterion_uuid]] = score.score
    assert set(per_point) == {p.uuid for p in sample[AuditPoint]}
    assert all(set(scores) == set(keys.values()) for scores in per_point.values())
    assert all(0 <= s.score <= 3 for s in sample[AuditScore])
    walk_of = {p.uuid: p.walk_uuid for p in sample[AuditPoint]}
    time_of = {w.uuid: w.time_of_day for w in sample[AuditWalk]}
    lighting = defaultdict(list)
    safety = defaultdict(list)
    for point, scores in per_point.items():
        lighting[time_of[walk_of[point]]].append(scores["lighting"])
        safety[time_of[walk_of[point]]].append(safety_score(scores))
    assert lighting["night"].count(0) >= 3 and lighting["day"].count(0) == 0  # dark spots after dark only
    assert sum(safety["night"]) / 20 < sum(safety["day"]) / 20 - 0.5
    assert len({s.score for s in sample[AuditScore]}) == 4  # the whole 0–3 range is used


def test_checklist_answers_and_walkers(sample: dict) -> None:
    answers = sample[ChecklistAnswer]
    assert 3 <= len(answers) <= 12 and {a.answer for a in answers} == {True, False}
    assert {a.point_uuid for a in answers} <= {p.uuid for p in sample[AuditPoint]}
    people = {p.uuid: p for p in sample[Participant]}
    walkers = defaultdict(list)
    for row in sample[WalkParticipant]:
        walkers[row.walk_uuid].append(people[row.participant_uuid])
    assert set(walkers) == {w.uuid for w in sample[AuditWalk]}
    for group in walkers.values():
        assert len(group) >= 5 and {"woman", "man"} <= {p.gender for p in group}
        assert len({p.age_band for p in group}) >= 3


def test_pins_come_from_mixed_people_and_say_what_the_method_expects(sample: dict, features: list) -> None:
    pins, people = sample[PerceptionPin], {p.uuid: p for p in sample[Participant]}
    assert 55 <= len(pins) <= 65
    assert {p.participant_uuid for p in pins} == set(people)  # everyone pinned
    assert all(p.group_uuid == people[p.participant_uuid].group_uuid for p in pins)
    assert len({people[p.participant_uuid].age_band for p in pins}) >= 4
    assert {p.time_of_day for p in pins} == {"day", "dusk", "night"}

    def unsafe_share(keep) -> float:
        chosen = [p for p in pins if keep(p)]
        return sum(p.feeling == "unsafe" for p in chosen) / len(chosen)

    assert unsafe_share(lambda p: p.time_of_day == "night") > unsafe_share(lambda p: p.time_of_day == "day") + 0.3
    assert unsafe_share(lambda p: people[p.participant_uuid].gender == "woman") > \
        unsafe_share(lambda p: people[p.participant_uuid].gender == "man") + 0.2
    tags = {t.key for t in sample[ReasonTag]}
    assert all(set(p.reason_tags) <= tags for p in pins) and all(p.scale in (None, 1, 2, 3, 4, 5) for p in pins)
    assert Counter(p.feeling for p in pins if p.scale and p.scale <= 2) == Counter(
        {"unsafe": sum(1 for p in pins if p.scale and p.scale <= 2)})
    assert sum(bool(p.story) for p in pins) >= 10


def test_pins_and_incidents_are_on_land_inside_the_sample(sample: dict, features: list) -> None:
    water = shapely.union_all([f.geometry for f in features if f.style_class == "water"])
    bridge = next(f.geometry for f in features if f.name == "Mto Footbridge")
    box = shapely.box(*SAMPLE_BBOX)
    for record in (*sample[PerceptionPin], *sample[Incident]):
        assert box.contains(record.geom)
        assert not water.contains(record.geom) or record.geom.distance(bridge) < 4 * METRE


def test_incidents_are_labelled_recorded_data(sample: dict) -> None:
    incidents = sample[Incident]
    assert 25 <= len(incidents) <= 35 and len({i.category for i in incidents}) >= 4
    assert {i.source for i in incidents} == {"Riverside Police Post occurrence book 2025–26 (invented sample data)"}
    assert all(i.occurred_on and "2025-03-01" <= i.occurred_on < "2026-03-14" for i in incidents)


def test_committed_sample_has_the_evidence() -> None:
    committed = Path(__file__).resolve().parents[3] / "sample_projects" / "riverside.gpkg"
    with ProjectStore.open(str(committed), read_only=True) as store:
        counts = store.counts()
    assert (counts["audit_walks"], counts["audit_points"], counts["perception_pins"]) == (2, 40, 60)
    assert counts["audit_scores"] == 360 and counts["walk_participants"] == 12 and counts["incidents"] == 30


def test_the_sample_answers_the_questions_the_entry_form_asks():
    from cosafe.core.audits import CHECKLIST_QUESTIONS
    from cosafe.io.samples.audits import CHECKLIST

    assert {question for _walk, _index, question, _answer, _note in CHECKLIST} <= set(CHECKLIST_QUESTIONS)
