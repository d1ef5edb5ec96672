"""Computed baselines (core/indicators.py through store/plan_queries.py) against hand-computed means."""

from __future__ import annotations

import math

import pytest
import shapely

from cosafe.core.actions import new_action_edit
from cosafe.core.indicators import points_near
from cosafe.core.projection import EARTH_RADIUS
from cosafe.core.records import (
    Action, AuditPoint, AuditScore, AuditWalk, Criterion, CriteriaSet, PerceptionPin, Proposal,
)
from cosafe.store.queries.plan import baseline_safety_score, baseline_safety_scores

LON, LAT = 36.82, -1.28


def east(metres: float, lat: float = LAT) -> float:
    """Longitude ``metres`` true metres east of LON at ``lat``."""
    return LON + math.degrees(metres / (EARTH_RADIUS * math.cos(math.radians(lat))))


class Audit:
    def __init__(self, store) -> None:
        self.store = store
        self.set_uuid = store.list(CriteriaSet)[0].uuid
        self.criteria = store.list(Criterion, "set_uuid = ?", (self.set_uuid,))

    def point(self, lon: float, lat: float, score: int | None, walked_on: str = "2026-03-02",
              feeling: int = 3) -> AuditPoint:
        walk = AuditWalk(criteria_set_uuid=self.set_uuid, walked_on=walked_on)
        point = AuditPoint(walk_uuid=walk.uuid, geom=shapely.Point(lon, lat))
        self.store.insert(walk)
        self.store.insert(point)
        if score is not None:  # every criterion the same; the outcome (feeling) must not count
            self.store.insert_many([AuditScore(point_uuid=point.uuid, criterion_uuid=c.uuid,
                                               score=feeling if c.is_outcome else score) for c in self.criteria])
        return point


def _action(store, links) -> Action:
    action = Action(title="Light the lane")
    new_action_edit(action, links=links).apply(store)
    return action


def test_mean_of_linked_points_and_points_within_the_radius(store):
    audit = Audit(store)
    proposal = Proposal(title="Lights", geom=shapely.Point(LON, LAT))
    store.insert(proposal)
    audit.point(east(30), LAT, 3)  # 5.0, in
    audit.point(east(-49), LAT, 1, walked_on="2026-03-10")  # 1.667, in
    audit.point(east(51), LAT, 0)  # 0.0 but 51 m away: out
    audit.point(east(10), LAT, None)  # no score: not counted
    far = audit.point(east(900), LAT, 2)  # 3.333, linked directly
    action = _action(store, [("proposals", proposal.uuid), ("audit_points", far.uuid)])
    baseline = baseline_safety_score(store, action.uuid)
    assert baseline.points == 3
    assert baseline.mean == pytest.approx((5.0 + 5 / 3 + 10 / 3) / 3)
    assert baseline.text == "Mean safety score 3.3 / 5 at 3 audit points (2026-03-02 to 2026-03-10)"
    # A wider radius takes in the 51 m point (score 0).
    wider = baseline_safety_score(store, action.uuid, radius_m=60)
    assert wider.points == 4 and wider.mean == pytest.approx((5.0 + 5 / 3 + 10 / 3 + 0.0) / 4)


def test_radius_is_in_true_metres_far_from_the_equator(store):
    audit = Audit(store)
    pin = PerceptionPin(geom=shapely.Point(LON, 60.0))
    store.insert(pin)
    audit.point(east(45, lat=60.0), 60.0, 2)  # 90 Mercator metres, 45 true metres away: in
    audit.point(east(55, lat=60.0), 60.0, 3)  # 55 true metres: out
    action = _action(store, [("perception_pins", pin.uuid)])
    baseline = baseline_safety_score(store, action.uuid)
    assert (baseline.points, baseline.mean) == (1, pytest.approx(10 / 3))
    assert baseline.text == "Mean safety score 3.3 / 5 at 1 audit point (2026-03-02)"


def test_polygon_counts_from_its_edge_and_inside_is_zero(store):
    audit = Audit(store)
    square = shapely.box(LON, LAT, east(100), LAT + 0.0009)
    proposal = Proposal(title="Market square", geom=square)
    store.insert(proposal)
    audit.point(east(50), LAT + 0.00045, 0)  # inside
    audit.point(east(140), LAT + 0.00045, 3)  # 40 m east of the edge
    audit.point(east(-70), LAT + 0.00045, 3)  # 70 m west: out
    action = _action(store, [("proposals", proposal.uuid)])
    assert baseline_safety_score(store, action.uuid).mean == pytest.approx(2.5)


def test_nothing_linked_or_nothing_scored_has_no_mean(store):
    audit = Audit(store)
    audit.point(LON, LAT, 3)
    bare = _action(store, [])
    gone = _action(store, [("proposals", "deleted-proposal"), ("audit_points", "deleted-point")])
    baselines = baseline_safety_scores(store)
    for action in (bare, gone):
        assert baselines[action.uuid].mean is None and baselines[action.uuid].points == 0
        assert baselines[action.uuid].text == "No audit scores at the linked places yet"


def test_points_near_ignores_empty_places():
    assert not points_near([LON], [LAT], [shapely.Point(), None], 50).any()
    assert points_near([LON], [LAT], [shapely.Point(LON, LAT)], 0).all()
