"""Perception aggregates against hand-computed values, read through the real store query."""

from __future__ import annotations

import math

import pytest
import shapely

from cosafe.core.criteria import safety_score
from cosafe.core.feeling_drivers import MIN_PLACES, spearman
from cosafe.core.perception_stats import (
    DIMENSIONS, PerceptionFilter, criterion_distribution, day_night_comparison, disaggregate, explain_drivers,
    feeling_drivers, format_cell_value, point_safety_scores,
)
from cosafe.core.projection import EARTH_RADIUS
from cosafe.core.records import (
    AuditPoint, AuditScore, AuditWalk, Criterion, CriteriaSet, Group, Participant, PerceptionPin, WalkParticipant,
    Workshop,
)
from cosafe.store.queries.perception import load_perception_data

KEYS = ("lighting", "openness", "visibility", "people", "security", "walkpath", "transport", "gender_usage", "feeling")


class Builder:
    """Writes a small project: walks with walkers, scored points, pins."""

    def __init__(self, store) -> None:
        self.store = store
        self.set_uuid = store.list(CriteriaSet)[0].uuid
        self.criteria = {c.key: c.uuid for c in store.list(Criterion)}
        self.workshop = Workshop(title="Market workshop", held_on="2026-03-01")
        store.insert(self.workshop)

    def people(self, count: int, gender: str, age_band: str = "25_39", role: str = "resident") -> list[Participant]:
        found = [Participant(workshop_uuid=self.workshop.uuid, gender=gender, age_band=age_band, role=role)
                 for _ in range(count)]
        self.store.insert_many(found)
        return found

    def walk(self, walkers: list[Participant], time_of_day: str = "day", walked_on: str | None = "2026-03-02",
             workshop: str | None = "default", group: str | None = None) -> AuditWalk:
        walk = AuditWalk(workshop_uuid=self.workshop.uuid if workshop == "default" else workshop, group_uuid=group,
                         time_of_day=time_of_day, walked_on=walked_on, criteria_set_uuid=self.set_uuid)
        self.store.insert(walk)
        if walkers:
            self.store.insert_many([WalkParticipant(walk_uuid=walk.uuid, participant_uuid=p.uuid) for p in walkers])
        return walk

    def point(self, walk: AuditWalk, scores: dict[str, int], lon: float = 10.0, lat: float = 50.0) -> AuditPoint:
        point = AuditPoint(walk_uuid=walk.uuid, geom=shapely.Point(lon, lat))
        self.store.insert(point)
        self.store.insert_many([AuditScore(point_uuid=point.uuid, criterion_uuid=self.criteria[k], score=v)
                                for k, v in scores.items()])
        return point

    def pin(self, feeling: str, participant: Participant | None = None, time_of_day: str = "day",
            lon: float = 10.0, lat: float = 50.0, group: str | None = None) -> PerceptionPin:
        pin = PerceptionPin(geom=shapely.Point(lon, lat), workshop_uuid=self.workshop.uuid, group_uuid=group,
                            participant_uuid=participant.uuid if participant else None, feeling=feeling,
                            time_of_day=time_of_day)
        self.store.insert(pin)
        return pin


def all_scores(value: int, **overrides: int) -> dict[str, int]:
    return {key: overrides.get(key, value) for key in KEYS}


@pytest.fixture
def build(store) -> Builder:
    return Builder(store)


def test_point_score_follows_core_formula_and_counts_each_score_once(build, store):
    walkers = build.people(3, "woman")
    walk = build.walk(walkers)
    scores = all_scores(3, lighting=0, security=0, feeling=1)
    point = build.point(walk, scores)
    data = load_perception_data(store)
    assert len(data.scores.score) == 27  # 9 scores × 3 walkers
    [result] = point_safety_scores(data)
    # (0 + 3 + 3 + 3 + 0 + 3 + 3 + 3) / 8 = 2.25 → × 5 / 3 = 3.75; feeling left out.
    assert result.score == pytest.approx(3.75) == safety_score(scores)
    assert result.point_uuid == point.uuid and (result.lon, result.lat) == (10.0, 50.0)
    assert result.lighting == 0 and result.is_dark_spot and result.time_of_day == "day"


def test_point_without_inputs_and_lit_point(build, store):
    walk = build.walk([], time_of_day="night")
    build.point(walk, {"feeling": 2})
    build.point(walk, {"lighting": 2, "openness": 1})
    first, second = point_safety_scores(load_perception_data(store))
    assert first.score is None and first.lighting is None and not first.is_dark_spot
    assert second.score == pytest.approx(2.5) and second.lighting == 2 and not second.is_dark_spot
    assert first.time_of_day == "night"


def test_criterion_distribution_counts_stored_scores_not_walkers(build, store):
    walk = build.walk(build.people(4, "man"))
    build.point(walk, {"lighting": 0, "openness": 3})
    build.point(walk, {"lighting": 0, "openness": 2})
    build.point(walk, {"lighting": 3})
    assert criterion_distribution(load_perception_data(store)) == {"lighting": [2, 0, 0, 1], "openness": [0, 0, 1, 1]}


def test_suppression_at_the_threshold_edge(build, store):
    women, men = build.people(5, "woman"), build.people(4, "man")
    build.point(build.walk(women), all_scores(3))  # safety 5.0
    build.point(build.walk(men), all_scores(0))  # safety 0.0
    data = load_perception_data(store)
    cells = {c.keys: c for c in disaggregate(data, ["gender"], threshold=5)}
    assert set(cells) == {("woman",), ("man",)}
    woman, man = cells[("woman",)], cells[("man",)]
    assert woman.people == 5 and not woman.suppressed and woman.mean_score == pytest.approx(5.0)
    assert man.people == 4 and man.suppressed
    assert format_cell_value(man, man.mean_score) == "hidden" and format_cell_value(man, man.people) == "hidden"
    assert format_cell_value(woman, woman.mean_score) == "5.00" and format_cell_value(woman, woman.people) == "5"
    # The project's threshold decides: at 4 the men show, at 6 the women are hidden too.
    assert not {c.keys: c for c in disaggregate(data, ["gender"], 4)}[("man",)].suppressed
    shown = {c.keys: format_cell_value(c, c.people) for c in disaggregate(data, ["gender"], 6)}
    assert shown == {("woman",): "hidden", ("man",): "hidden"}
    assert store.suppression_threshold == 5


def test_people_mean_and_pins_per_cell(build, store):
    women = build.people(2, "woman", "15_24")
    man = build.people(1, "man", "15_24")[0]
    day = build.walk(women + [man], "day")
    build.point(day, all_scores(3))  # 5.0
    build.point(day, all_scores(1, feeling=0))  # 1.0 / 3 * 5 = 1.666…
    night = build.walk([], "night")  # no walkers: one unknown person
    build.point(night, all_scores(0))
    build.pin("unsafe", women[0], "night")
    build.pin("unsafe", women[1], "night")
    build.pin("safe", women[1], "day")
    build.pin("unsafe", None, "night")  # anonymous
    build.pin("unsafe", None, "night")  # same workshop and group: same anonymous person
    data = load_perception_data(store)
    cells = {c.keys: c for c in disaggregate(data, ["gender", "time_of_day"], threshold=1)}
    assert set(cells) == {("woman", "day"), ("woman", "night"), ("man", "day"), ("unknown", "night")}
    woman_day = cells[("woman", "day")]
    assert woman_day.people == 2 and woman_day.mean_score == pytest.approx((5.0 + 5 / 3) / 2)
    assert (woman_day.unsafe_pins, woman_day.safe_pins, woman_day.unsafe_share) == (0, 1, 0.0)
    woman_night = cells[("woman", "night")]
    assert woman_night.people == 2 and woman_night.mean_score is None and woman_night.unsafe_share == 1.0
    unknown_night = cells[("unknown", "night")]
    # The walk without walkers and the anonymous pins: two unknown people.
    assert unknown_night.people == 2 and unknown_night.mean_score == 0.0 and unknown_night.unsafe_pins == 2
    assert cells[("man", "day")].people == 1 and cells[("man", "day")].unsafe_share is None
    [everything] = disaggregate(data, [], threshold=5)
    assert everything.keys == () and everything.people == 5  # 3 walkers, 1 walk, 1 anonymous
    assert everything.mean_score == pytest.approx((5.0 + 5 / 3 + 0.0) / 3)
    assert (everything.unsafe_pins, everything.safe_pins, everything.unsafe_share) == (4, 1, 0.8)
    assert format_cell_value(everything, everything.unsafe_share, percent=True) == "80%"
    assert format_cell_value(cells[("man", "day")], None) == "–"


def test_cells_by_workshop_and_group_and_every_dimension(build, store):
    group = Group(workshop_uuid=build.workshop.uuid, name="Youth")
    store.insert(group)
    walk = build.walk(build.people(1, "woman", "under_15", "student"), group=group.uuid)
    build.point(walk, all_scores(2))
    cells = disaggregate(load_perception_data(store), list(DIMENSIONS), threshold=1)
    assert [c.keys for c in cells] == [("woman", "under_15", "student", "day", build.workshop.uuid, group.uuid)]
    data = load_perception_data(store)
    assert data.label("workshop", build.workshop.uuid) == "Market workshop" and data.label("group", group.uuid) == "Youth"
    assert data.label("gender", "woman") == "Woman" and data.label("gender", "unknown") == "Unknown"


def test_unknown_dimension_is_refused(build, store):
    with pytest.raises(ValueError, match="Unknown dimension 'colour'"):
        disaggregate(load_perception_data(store), ["gender", "colour"], 5)


def test_filters(build, store):
    women, men = build.people(2, "woman", "15_24"), build.people(1, "man", "60_plus")
    walk_day = build.walk(women + men, "day", walked_on="2026-03-02")
    walk_night = build.walk(women, "night", walked_on="2026-04-10", workshop=None)
    build.point(walk_day, all_scores(3))
    build.point(walk_night, all_scores(0))
    build.pin("unsafe", women[0], "night")
    build.pin("safe", men[0], "day")
    data = load_perception_data(store)
    assert len(data.scores.score) == 9 * 3 + 9 * 2

    only_men = data.filtered(PerceptionFilter(genders=frozenset({"man"})))
    assert len(only_men.scores.score) == 9 and len(only_men.pins.uuid) == 1 and not only_men.pins.unsafe[0]
    assert [p.score for p in point_safety_scores(only_men)] == [5.0]

    night = data.filtered(PerceptionFilter(times_of_day=frozenset({"night"})))
    assert [p.score for p in point_safety_scores(night)] == [0.0] and list(night.pins.unsafe) == [True]

    april = data.filtered(PerceptionFilter(date_from="2026-04-01", date_to="2026-04-30"))
    assert [p.time_of_day for p in point_safety_scores(april)] == ["night"]
    march = data.filtered(PerceptionFilter(date_to="2026-03-31"))
    assert [p.time_of_day for p in point_safety_scores(march)] == ["day"]

    in_workshop = data.filtered(PerceptionFilter(workshop_uuids=frozenset({build.workshop.uuid})))
    assert [p.time_of_day for p in point_safety_scores(in_workshop)] == ["day"] and len(in_workshop.pins.uuid) == 2
    no_workshop = data.filtered(PerceptionFilter(workshop_uuids=frozenset({"none"})))
    assert [p.time_of_day for p in point_safety_scores(no_workshop)] == ["night"]

    combined = data.filtered(PerceptionFilter(age_bands=frozenset({"15_24"}), roles=frozenset({"resident"}),
                                              times_of_day=frozenset({"day"})))
    [cell] = disaggregate(combined, ["gender"], threshold=1)
    assert cell.keys == ("woman",) and cell.people == 2 and cell.mean_score == 5.0 and cell.unsafe_pins == 0
    assert not data.filtered(PerceptionFilter(genders=frozenset({"no_such"}))).scores.score.size
    assert data.filtered(PerceptionFilter()).scores.score.size == data.scores.score.size


def _east(lon: float, lat: float, metres: float) -> float:
    """The longitude ``metres`` true metres east of ``lon`` at ``lat`` (on the Web Mercator sphere)."""
    return lon + math.degrees(metres / (EARTH_RADIUS * math.cos(math.radians(lat))))


def test_day_night_pairs_within_true_metres_one_to_one(build, store):
    lat = 60.0  # Mercator metres are twice true metres here: pairing must use true metres
    day, night = build.walk([], "day"), build.walk([], "night")
    build.point(day, all_scores(3), lon=10.0, lat=lat)  # 5.0
    build.point(night, all_scores(0), lon=_east(10.0, lat, 30), lat=lat)  # 30 m away: pairs
    build.point(night, all_scores(1), lon=_east(10.0, lat, 35), lat=lat)  # farther: already taken
    build.point(day, all_scores(2), lon=11.0, lat=lat)  # nothing near at night
    build.point(build.walk([], "dusk"), all_scores(0), lon=11.0, lat=lat)  # dusk is neither
    data = load_perception_data(store)
    [pair] = day_night_comparison(data, radius_m=40)
    assert (pair.day_score, pair.night_score) == (5.0, 0.0)
    assert pair.lon == pytest.approx(_east(10.0, lat, 15), abs=1e-9) and pair.lat == pytest.approx(lat)
    assert day_night_comparison(data, radius_m=29) == []


def test_spearman_with_ties_by_hand():
    # ranks (1.5, 1.5, 3, 4, 5) and (2, 1, 3.5, 3.5, 5): rho = 9 / 9.5
    assert spearman([0, 0, 1, 2, 3], [1, 0, 2, 2, 3]) == pytest.approx(9 / 9.5)
    assert spearman([1, 1, 1], [0, 1, 2]) is None


def test_feeling_drivers_and_their_explanation(build, store):
    walk = build.walk([])
    places = MIN_PLACES + 2
    for i in range(places):
        level = i % 4
        build.point(walk, {"lighting": level, "openness": 3 - level, "visibility": 2, "feeling": level,
                           **({"walkpath": level} if i < 3 else {})})
    drivers = feeling_drivers(load_perception_data(store))
    by_key = {d.criterion_key: d for d in drivers}
    assert [d.criterion_key for d in drivers] == ["lighting", "openness", "visibility", "walkpath"]
    assert by_key["lighting"].correlation == pytest.approx(1.0) and by_key["lighting"].n == places
    assert by_key["openness"].correlation == pytest.approx(-1.0)
    assert by_key["visibility"].correlation is None and by_key["visibility"].n == places
    assert by_key["walkpath"].correlation is None and by_key["walkpath"].n == 3
    text = explain_drivers(drivers)
    assert f"Where the lighting score is low, people feel less safe (strong link, {places} places)." in text
    assert "Where the openness score is high, people feel less safe (strong link" in text
    assert "Visibility: the same score everywhere" in text
    assert f"Walk path: too few places scored for both it and feeling to say (3 places; at least {MIN_PLACES} needed)." in text


def test_no_feeling_scores_says_so(build, store):
    build.point(build.walk([]), {"lighting": 1})
    assert feeling_drivers(load_perception_data(store)) == []
    assert explain_drivers([]).startswith("No audit point has a feeling score yet")


def test_walker_who_is_gone_counts_as_an_unknown_person(build, store):
    gone = build.people(1, "woman")[0]
    walk = build.walk([gone])
    build.point(walk, all_scores(2))
    store.delete(Participant, gone.uuid)
    [cell] = disaggregate(load_perception_data(store), ["gender"], threshold=1)
    assert cell.keys == ("unknown",) and cell.people == 1
