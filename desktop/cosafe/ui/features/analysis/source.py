"""The open project's perceptions as the map and the charts read them, through one shared filter.

Contract:
- ``PerceptionSource(state, parent)`` follows a store (``set_store``) and a
  ``PerceptionFilterState``. It reads lazily: ``data`` (everything,
  ``store.perception_queries.load_perception_data``), ``filtered`` (``data``
  through the current filter), ``map_content()`` (``MapContent`` for the map
  layers: filtered audit points with their 0–5 score and dark-spot flag, filtered
  pins, recorded incidents in the date range, walk routes the filter allows).
  Each is read once and kept until ``invalidate()`` (after an edit) or a new filter.
- ``too_few_people()``: a filter is on and what it keeps comes from fewer people than
  the project's ``threshold``; then no count or figure about the selection may be shown.
- ``updated`` is emitted after ``invalidate``, ``set_store`` and each filter change;
  listeners re-read what they show (or mark themselves stale when hidden).
- Recorded incidents are not perceptions: only the date range applies to them.
  ``incident_times()`` gives their times of day ("HH:MM" or None) in that range.
  Walk routes follow the walk's own workshop, group, time of day and date, and
  with a demographic filter only walks with a point the filter keeps are drawn.
- Only reads the store.
"""

from __future__ import annotations

import numpy as np
import shapely
from PySide6.QtCore import QObject, Signal

from cosafe.core.perception_data import NONE, PerceptionData, PerceptionFilter, point_score_array
from cosafe.core.perception_stats import disaggregate
from cosafe.core.records import AuditPoint, AuditWalk, Incident
from cosafe.store.queries.perception import load_perception_data
from cosafe.store.project_store import ProjectStore
from cosafe.ui.features.analysis.content import MapContent
from cosafe.ui.features.analysis.filters import PerceptionFilterState


class PerceptionSource(QObject):
    """Lazily loaded perception data of one project, and its filtered views."""

    updated = Signal()

    def __init__(self, state: PerceptionFilterState, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self._store: ProjectStore | None = None
        self._data: PerceptionData | None = None
        self._filtered: PerceptionData | None = None
        self._content: MapContent | None = None
        state.changed.connect(self._filter_changed)

    @property
    def store(self) -> ProjectStore | None:
        return self._store

    def set_store(self, store: ProjectStore | None) -> None:
        self._store = store
        self._data = self._filtered = self._content = None
        if self.state.is_active:
            self.state.reset()  # another project's workshops and groups mean nothing here; emits updated
        else:
            self.updated.emit()

    def invalidate(self) -> None:
        """Forget what was read (the project changed) and tell the listeners."""
        self._data = self._filtered = self._content = None
        self.updated.emit()

    def _filter_changed(self, _f: PerceptionFilter) -> None:
        self._filtered = self._content = None
        self.updated.emit()

    @property
    def data(self) -> PerceptionData | None:
        if self._data is None and self._store is not None:
            self._data = load_perception_data(self._store)
        return self._data

    @property
    def filtered(self) -> PerceptionData | None:
        if self._filtered is None and self.data is not None:
            self._filtered = self.data.filtered(self.state.filter)
        return self._filtered

    @property
    def threshold(self) -> int:
        """The project's small-cell suppression threshold (people)."""
        return self._store.suppression_threshold if self._store is not None else 5

    def too_few_people(self) -> bool:
        """True when a filter is on and keeps records of fewer people than the threshold: every
        figure about the selection would then be about a suppressed cell."""
        kept = self.filtered
        if kept is None or not self.state.is_active or (not len(kept.scores.date) and not len(kept.pins.date)):
            return False
        whole = disaggregate(kept, (), self.threshold)
        return bool(whole) and whole[0].suppressed

    def incident_times(self) -> list[str | None]:
        """The time of day ("HH:MM" or None) of every recorded incident in the filter's date range."""
        if self._store is None:
            return []
        f = self.state.filter
        return [incident.occurred_at for incident in self._store.list(Incident, with_geometry=False)
                if _in_dates(incident.occurred_on, f)]

    def map_content(self) -> MapContent:
        if self._content is None:
            self._content = self._build_content() if self._store is not None else MapContent()
        return self._content

    # -- building the map's content -------------------------------------------------------

    def _build_content(self) -> MapContent:
        store, data, kept, f = self._store, self.data, self.filtered, self.state.filter
        assert store is not None and data is not None and kept is not None
        safety, lighting = point_score_array(kept)
        shown = np.zeros(len(data.points.uuid), dtype=bool)
        shown[kept.scores.point] = True
        if f == PerceptionFilter():  # points nobody scored yet show (grey) until a filter asks for scores
            unscored = np.ones(len(data.points.uuid), dtype=bool)
            unscored[data.scores.point] = False
            shown |= unscored
        shown &= ~np.isnan(data.points.lon)
        pins = kept.pins
        placed = ~np.isnan(pins.lon)
        incidents = _incident_lonlats(store, f)
        return MapContent(
            point_lons=data.points.lon[shown], point_lats=data.points.lat[shown], point_scores=safety[shown],
            point_dark=lighting[shown] == 0,
            pin_lons=pins.lon[placed], pin_lats=pins.lat[placed],
            pin_feelings=np.where(pins.unsafe[placed], "unsafe", "safe").astype(object),
            incident_lons=incidents[:, 0], incident_lats=incidents[:, 1],
            routes=_routes(store, data, kept, f))


def _in_dates(date: str | None, f: PerceptionFilter) -> bool:
    if not (f.date_from or f.date_to):
        return True
    if not date:
        return False  # no date cannot be said to fall in the range
    return (not f.date_from or date >= f.date_from) and (not f.date_to or date <= f.date_to)


def _incident_lonlats(store: ProjectStore, f: PerceptionFilter) -> np.ndarray:
    geoms = [incident.geom for incident in store.list(Incident)
             if incident.geom is not None and not incident.geom.is_empty and _in_dates(incident.occurred_on, f)]
    if not geoms:
        return np.empty((0, 2))
    # Imported incidents are points; anything else stands at its centroid.
    return shapely.get_coordinates(shapely.centroid(np.asarray(geoms, dtype=object)))


def _routes(store: ProjectStore, data: PerceptionData, kept: PerceptionData,
            f: PerceptionFilter) -> dict[str, list[np.ndarray]]:
    demographic = any(v is not None for v in (f.genders, f.age_bands, f.roles))
    walks_with_kept_points: set[str] = set()
    if demographic:
        kept_points = {data.points.uuid[i] for i in np.unique(kept.scores.point)}
        walks_with_kept_points = {p.walk_uuid for p in store.list(AuditPoint, with_geometry=False)
                                  if p.uuid in kept_points}
    routes: dict[str, list[np.ndarray]] = {}
    for walk in store.list(AuditWalk):
        if walk.geom is None or walk.geom.is_empty:
            continue
        allowed = ((f.workshop_uuids is None or (walk.workshop_uuid or NONE) in f.workshop_uuids)
                   and (f.group_uuids is None or (walk.group_uuid or NONE) in f.group_uuids)
                   and (f.times_of_day is None or walk.time_of_day in f.times_of_day)
                   and _in_dates(walk.walked_on or walk.created_at[:10], f)
                   and (not demographic or walk.uuid in walks_with_kept_points))
        if allowed:
            for part in getattr(walk.geom, "geoms", [walk.geom]):
                if part.geom_type == "LineString":
                    routes.setdefault(walk.time_of_day, []).append(np.asarray(part.coords)[:, :2])
    return routes
