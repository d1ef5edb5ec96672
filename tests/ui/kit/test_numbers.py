"""Numbers in the window are written as its language writes them: 12345 is "12.345" in Spanish, never "12,345"."""

from __future__ import annotations

import pytest

from cosafe.core.records import BasemapLayer
from cosafe.ui.features.basemap.layers_panel import count_text
from cosafe.ui.features.proposals.api import cost_text
from cosafe.ui.kit.numbers import grouped
from cosafe.ui.language import install_language


@pytest.fixture
def spanish(qapp):
    install_language(qapp, "es")
    yield
    install_language(qapp, "en")


def test_english_groups_with_commas_even_on_a_computer_with_no_language(qapp):
    assert grouped(12345) == "12,345" and grouped(1234.5, 2) == "1,234.50"
    assert cost_text(12000.0) == "12,000"


def test_spanish_groups_with_points_and_its_comma_is_the_decimal_mark(spanish):
    assert grouped(12345) == "12.345" and grouped(1234.5, 2) == "1234,50"  # Spanish leaves 4 digits whole
    assert grouped(1234567.25, 2) == "1.234.567,25"
    assert count_text(BasemapLayer(name="Roads", feature_count=12345)) == "12.345"
    assert cost_text(30000.0) == "30.000"


def test_words_of_the_window_below_its_widgets_write_decimals_in_the_language(spanish):
    import numpy as np

    from cosafe.ui.features.analysis.charts import day_night_sentence
    from cosafe.ui.map.overlay import format_length

    assert format_length(0.5) == "0,5 m" and format_length(2000) == "2 km"  # the scale bar
    sentence = day_night_sentence(np.array([3.0, 2.5]), np.array([2.0, 2.0]))
    assert "2,8" in sentence and "2,0" in sentence and "2.8" not in sentence
