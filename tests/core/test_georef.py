"""Affine placement of a paper map from control points."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cosafe.core.georef import ControlPoint, PlacementError, fit_affine

coefficient = st.floats(min_value=-5, max_value=5).filter(lambda v: abs(v) > 0.05)


@given(coefficient, st.floats(-1, 1), st.floats(-1e5, 1e5), st.floats(-1, 1), coefficient, st.floats(-1e5, 1e5))
def test_exact_points_recover_the_transform(a, b, c, d, e, f):
    if abs(a * e - b * d) < 0.05:
        return  # a degenerate (flattening) transform is not a map placement
    pixels = [(0, 0), (1000, 0), (0, 800), (1000, 800), (500, 400)]
    points = [ControlPoint(col, row, a * col + b * row + c, d * col + e * row + f) for col, row in pixels]
    fit = fit_affine(points)
    for got, want in zip(fit.coefficients, (a, b, c, d, e, f)):
        assert math.isclose(got, want, rel_tol=1e-6, abs_tol=1e-4)
    assert max(fit.residuals) < 1e-3


def test_mis_clicked_point_has_the_largest_residual():
    points = [ControlPoint(0, 0, 0, 0), ControlPoint(100, 0, 200, 0), ControlPoint(0, 100, 0, -200),
              ControlPoint(100, 100, 200, -200), ControlPoint(50, 50, 160, -100)]  # last one is 60 m off
    fit = fit_affine(points)
    assert max(range(5), key=lambda i: fit.residuals[i]) == 4
    assert fit.rms > 10


def test_too_few_points():
    with pytest.raises(PlacementError, match="at least 3"):
        fit_affine([ControlPoint(0, 0, 0, 0), ControlPoint(1, 1, 1, 1)])


@pytest.mark.parametrize("where, points", [
    ("on the image", [ControlPoint(0, 0, 0, 0), ControlPoint(10, 10, 50, 0), ControlPoint(20, 20, 0, 50)]),
    ("on the map", [ControlPoint(0, 0, 0, 0), ControlPoint(10, 0, 10, 10), ControlPoint(0, 10, 20, 20)]),
])
def test_collinear_points_are_refused(where, points):
    with pytest.raises(PlacementError, match="lie on one line; spread") as raised:
        fit_affine(points)
    assert where in str(raised.value)
