"""What the perception layers draw, as plain arrays (no pyqtgraph: built before the map exists).

Contract: ``MapContent`` holds lon/lat degrees — audit points (0–5 score or NaN,
dark-spot flags), pins (feeling "safe"/"unsafe"), recorded incidents, and walk
routes by time of day ((n, 2) lon/lat arrays); ``counts()`` says how many of each;
``heat_input(source)`` gives the (lons, lats, weights) a heat map of that source is
made from (``features.analysis.style.heat_weights``); ``bounds()`` is the lon/lat box of
everything drawn (None when there is nothing).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from cosafe.ui.features.analysis.style import (AUDIT_POINTS, INCIDENT_DENSITY, INCIDENTS, LOW_SCORES, PINS, ROUTES,
                                            UNSAFE_PINS, heat_weights)


def _floats() -> np.ndarray:
    return np.empty(0, dtype=float)


@dataclass
class MapContent:
    point_lons: np.ndarray = field(default_factory=_floats)
    point_lats: np.ndarray = field(default_factory=_floats)
    point_scores: np.ndarray = field(default_factory=_floats)  # NaN = not scored
    point_dark: np.ndarray = field(default_factory=lambda: np.empty(0, dtype=bool))
    pin_lons: np.ndarray = field(default_factory=_floats)
    pin_lats: np.ndarray = field(default_factory=_floats)
    pin_feelings: np.ndarray = field(default_factory=lambda: np.empty(0, dtype=object))
    incident_lons: np.ndarray = field(default_factory=_floats)
    incident_lats: np.ndarray = field(default_factory=_floats)
    routes: dict[str, list[np.ndarray]] = field(default_factory=dict)

    def counts(self) -> dict[str, int]:
        return {AUDIT_POINTS: len(self.point_lons), PINS: len(self.pin_lons), INCIDENTS: len(self.incident_lons),
                ROUTES: sum(len(lines) for lines in self.routes.values())}

    def heat_input(self, source: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        if source == UNSAFE_PINS:
            return self.pin_lons, self.pin_lats, heat_weights(source, feelings=self.pin_feelings)
        if source == LOW_SCORES:
            return self.point_lons, self.point_lats, heat_weights(source, scores=self.point_scores)
        if source == INCIDENT_DENSITY:
            return self.incident_lons, self.incident_lats, heat_weights(source, count=len(self.incident_lons))
        raise ValueError(f"Unknown heat map source {source!r}")

    def bounds(self) -> tuple[float, float, float, float] | None:
        lons = np.concatenate([self.point_lons, self.pin_lons, self.incident_lons,
                               *(line[:, 0] for lines in self.routes.values() for line in lines)])
        lats = np.concatenate([self.point_lats, self.pin_lats, self.incident_lats,
                               *(line[:, 1] for lines in self.routes.values() for line in lines)])
        keep = np.isfinite(lons) & np.isfinite(lats)
        if not keep.any():
            return None
        return float(lons[keep].min()), float(lats[keep].min()), float(lons[keep].max()), float(lats[keep].max())
