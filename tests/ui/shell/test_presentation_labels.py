"""Presentation mode's larger text reaches the map's names and proposal numbers, and the proposals' markers."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from shell_support import OFFSCREEN_NOISE

from cosafe.ui.features.proposals.map_labels import BadgeArt
from cosafe.ui.map.labels import TextArt

pytestmark = OFFSCREEN_NOISE


def _sizes(canvas) -> dict[str, tuple[float, float]]:
    """Label text -> (width, height) in pixels, of the labels placed now."""
    canvas._refine()
    return {label.art.text: (label.art.width, label.art.height) for label in canvas.labels.placed}


def test_presentation_mode_shows_names_and_numbers_as_large_as_its_text(shown, qtbot):
    canvas = shown.map_canvas
    assert canvas.labels.text_scale == 1.0
    before = _sizes(canvas)
    assert any(isinstance(label.art, BadgeArt) for label in canvas.labels.placed)
    assert any(isinstance(label.art, TextArt) for label in canvas.labels.placed)
    qtbot.keyClick(shown, Qt.Key.Key_F5)
    presentation = shown.presentation.window
    qtbot.waitUntil(lambda: presentation.isVisible() and canvas.window() is presentation)
    scale = presentation.scale
    qtbot.waitUntil(lambda: canvas.labels.text_scale == pytest.approx(scale, rel=0.05))
    during = _sizes(canvas)
    common = set(before) & set(during)
    assert common
    for text in common:
        assert during[text][0] == pytest.approx(before[text][0] * canvas.labels.text_scale, rel=0.01)
        assert during[text][1] == pytest.approx(before[text][1] * canvas.labels.text_scale, rel=0.01)
    # The group shapes of point proposals grow with their numbers (issue 14).
    points = [item for item in shown.features.sketching.controller.layer.items.values() if item.kind == "point"]
    assert points and all(item.marker_scale == canvas.labels.text_scale for item in points)
    qtbot.keyClick(presentation, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: canvas.window() is shown)
    qtbot.waitUntil(lambda: canvas.labels.text_scale == 1.0)
    assert all(item.marker_scale == 1.0 for item in points)
