"""Place a photographed or scanned paper map on the map by control points.

An affine transform maps image pixels (column, row; row down) to map coordinates
(Web Mercator metres, y up): ``x = a·col + b·row + c``, ``y = d·col + e·row + f``.
It is fitted by least squares to three or more control points; each point's
residual (in metres on the map) shows how well it fits, so a mis-clicked point
stands out.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from cosafe.core.i18n import QT_TRANSLATE_NOOP, arg, translate
from cosafe.core.words import Drawing

MIN_CONTROL_POINTS = 3


class PlacementError(ValueError):
    """Control points that cannot place an image (too few, or on one line)."""


@dataclass(frozen=True)
class ControlPoint:
    column: float  # image pixel
    row: float
    x: float  # map, Web Mercator metres
    y: float


@dataclass(frozen=True)
class AffineFit:
    coefficients: tuple[float, float, float, float, float, float]  # a, b, c, d, e, f
    residuals: tuple[float, ...]  # metres, one per control point

    @property
    def rms(self) -> float:
        return float(np.sqrt(np.mean(np.square(self.residuals)))) if self.residuals else 0.0

    def apply(self, column: float, row: float) -> tuple[float, float]:
        a, b, c, d, e, f = self.coefficients
        return a * column + b * row + c, d * column + e * row + f


def fit_affine(points: Sequence[ControlPoint]) -> AffineFit:
    """Fit the image-to-map affine transform; raise PlacementError for unusable points."""
    if len(points) < MIN_CONTROL_POINTS:
        raise PlacementError(arg(Drawing.tr("Place at least %1 control points (there are %2)"), MIN_CONTROL_POINTS,
                                 len(points)))
    pixels = np.array([(p.column, p.row) for p in points], dtype=float)
    targets = np.array([(p.x, p.y) for p in points], dtype=float)
    for coordinates, problem in (
            (pixels, QT_TRANSLATE_NOOP("Drawing", "The control points on the image lie on one line; "
                                                  "spread them out over the map")),
            (targets, QT_TRANSLATE_NOOP("Drawing", "The control points on the map lie on one line; "
                                                   "spread them out over the map"))):
        if _spread_ratio(coordinates) < 1e-3:
            raise PlacementError(translate("Drawing", problem))
    design = np.column_stack([pixels, np.ones(len(points))])
    solution_x, *_ = np.linalg.lstsq(design, targets[:, 0], rcond=None)
    solution_y, *_ = np.linalg.lstsq(design, targets[:, 1], rcond=None)
    fitted = np.column_stack([design @ solution_x, design @ solution_y])
    residuals = np.hypot(*(fitted - targets).T)
    coefficients = (*map(float, solution_x), *map(float, solution_y))
    return AffineFit(coefficients=coefficients, residuals=tuple(float(r) for r in residuals))  # type: ignore[arg-type]


def _spread_ratio(coordinates: np.ndarray) -> float:
    """Smaller over larger singular value of the centred points: 0 when they are collinear."""
    centred = coordinates - coordinates.mean(axis=0)
    singular = np.linalg.svd(centred, compute_uv=False)
    return float(singular[-1] / singular[0]) if singular[0] > 0 else 0.0
