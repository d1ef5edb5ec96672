"""The digit reader: its shipped weights are what learning gives, and it reads held-out handwriting."""

from __future__ import annotations

import numpy as np

from cosafe.bundled import bundled_file
from cosafe.io.paper_sheets import digits


def test_the_shipped_weights_are_what_learning_gives_now():
    """Fails after a change to how glyphs are measured or learnt: run scripts/learn_digits.py."""
    values, labels = digits._rows()
    features, weights = digits.learn(values[:digits.HELD_OUT_FROM], labels[:digits.HELD_OUT_FROM])
    with np.load(bundled_file("digits", "weights.npz")) as shipped:
        assert shipped["weights"].shape == weights.shape == (4050, 10)
        assert np.allclose(shipped["weights"], weights, atol=1e-2 * np.abs(weights).max())
        assert np.allclose(shipped["probe"], features[:digits.PROBE_ROWS], atol=1e-3)
    loaded_features, loaded_weights = digits._model()
    assert np.array_equal(loaded_features, features)  # the shipped weights are the ones in use


def test_held_out_digits_are_read_and_the_unsure_ones_are_said_to_be():
    values, labels = digits.held_out()
    read = digits.classify([digits.glyph_image(row, 64) for row in values])
    guesses = np.array([digit for digit, _margin in read])
    margins = np.array([margin for _digit, margin in read])
    assert len(labels) == 1797 - digits.HELD_OUT_FROM
    assert (guesses == labels).mean() >= 0.97
    assert not np.any((guesses != labels) & (margins >= digits.SURE_MARGIN))  # none read wrong and sure
    assert digits.classify([]) == []
