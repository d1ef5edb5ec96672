"""View › High-Contrast Map: black ink on white for bright rooms and weak projectors, remembered."""

from __future__ import annotations

from PySide6.QtGui import QColor
from shell_support import OFFSCREEN_NOISE, menu_action

from cosafe.core.palette import BASEMAP_STYLES, HIGH_CONTRAST_BACKGROUND, HIGH_CONTRAST_STYLES, INK
from cosafe.ui.shell.main_window import MainWindow

pytestmark = OFFSCREEN_NOISE


def ink_share(canvas) -> float:
    """The share of the map's pixels in near-black ink."""
    canvas.graphics_view.viewport().repaint()
    image = canvas.graphics_view.viewport().grab().toImage()
    step = 3
    pixels = [image.pixelColor(x, y) for x in range(0, image.width(), step) for y in range(0, image.height(), step)]
    return sum(1 for colour in pixels if colour.lightness() < 60) / len(pixels)


def test_the_high_contrast_map_draws_streets_in_ink_on_white(shown, qtbot):
    canvas = shown.map_canvas
    toggle = menu_action(shown, "View", "High-Contrast Map")
    assert not toggle.isChecked() and not canvas.high_contrast
    before = ink_share(canvas)
    toggle.trigger()
    assert canvas.high_contrast
    assert canvas.graphics_view.backgroundBrush().color() == QColor(HIGH_CONTRAST_BACKGROUND)
    items = canvas.basemap_items
    assert items and all(item.style.fill == HIGH_CONTRAST_STYLES[item.style_class][0] for item in items.values())
    roads = [item for (_layer, style_class), item in items.items() if style_class == "minor_road"]
    assert roads and roads[0].style.outline == INK
    after = ink_share(canvas)
    assert after > before + 0.02, (before, after)  # the streets' casings are ink now

    toggle.trigger()
    assert not canvas.high_contrast
    assert all(item.style.fill == BASEMAP_STYLES[item.style_class][0] for item in canvas.basemap_items.values())
    assert ink_share(canvas) < after


def test_the_choice_is_remembered_and_applies_to_layers_shown_later(shown, qtbot, sample_file, tmp_path):
    menu_action(shown, "View", "High-Contrast Map").trigger()
    shown.close()
    second = MainWindow()
    qtbot.addWidget(second)
    second.show()
    assert menu_action(second, "View", "High-Contrast Map").isChecked()
    assert second.open_project(str(tmp_path / "riverside.gpkg"))
    assert second.map_canvas.high_contrast
    assert all(item.style.outline == HIGH_CONTRAST_STYLES[item.style_class][1]
               for item in second.map_canvas.basemap_items.values())
    second.close()
