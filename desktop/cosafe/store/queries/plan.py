"""Reads for the action plan: computed baselines of actions' indicators.

Contract: read-only. ``baseline_safety_score`` is the entry point for one action;
``baseline_safety_scores`` computes every action's baseline with one read of the
perception data (what an export of 50 actions uses). The rule itself lives in
``core.indicators.baseline_from_data``; this module only gathers the linked audit
points and the geometries of the other linked places. Links to records that are
gone are skipped.
"""

from __future__ import annotations

from shapely.geometry.base import BaseGeometry

from cosafe.core.actions import links_of
from cosafe.core.indicators import DEFAULT_RADIUS_M, Baseline, ScoredPoints, baseline_at, scored_points
from cosafe.core.perception_data import PerceptionData
from cosafe.core.records import RECORD_TYPES_BY_TABLE, Action, ActionLink
from cosafe.store.queries.perception import load_perception_data


def linked_places(store, links: list[ActionLink]) -> tuple[list[str], list[BaseGeometry]]:
    """(uuids of linked audit points, geometries of the other linked places that still exist)."""
    point_uuids = [link.target_uuid for link in links if link.target_table == "audit_points"]
    places: list[BaseGeometry] = []
    for link in links:
        record_type = RECORD_TYPES_BY_TABLE.get(link.target_table)
        if link.target_table == "audit_points" or record_type is None or record_type.GEOMETRY_TYPE is None:
            continue
        record = store.get(record_type, link.target_uuid)
        if record is not None and getattr(record, "geom", None) is not None:
            places.append(record.geom)
    return point_uuids, places


def baseline_safety_score(store, action_uuid: str, radius_m: float = DEFAULT_RADIUS_M,
                          data: PerceptionData | ScoredPoints | None = None) -> Baseline:
    """The current mean safety score at the action's places (``data`` saves re-reading the project)."""
    if data is None:
        data = load_perception_data(store)
    points = data if isinstance(data, ScoredPoints) else scored_points(data)
    point_uuids, places = linked_places(store, links_of(store, action_uuid))
    return baseline_at(points, point_uuids, places, radius_m)


def baseline_safety_scores(store, radius_m: float = DEFAULT_RADIUS_M) -> dict[str, Baseline]:
    """Action uuid -> its computed baseline, for every action."""
    points = scored_points(load_perception_data(store))
    return {action.uuid: baseline_safety_score(store, action.uuid, radius_m, points) for action in store.list(Action)}
