"""Handwritten digits 0–9 told from their ink (numpy and OpenCV; no Qt).

Contract:
- The examples are real handwriting: the UCI "Optical Recognition of Handwritten Digits" set
  (CC BY 4.0), vendored as ``resources/digits/optdigits.csv.gz`` (its source and licence
  beside it): 1797 digits, each a 32×32 bitmap counted in 4×4 blocks (8×8 values 0–16) and
  its label. Rows before ``HELD_OUT_FROM`` teach the reader; the rows from it on (about a
  quarter, at the file's end, written by other people than most of the first rows: the file
  is in the order it was collected) are never learnt and are what the tests write on sheets
  (``held_out()``).
- ``glyph_image(values)`` turns a row's 8×8 counts back into a 32×32 ink mask; the reader
  learns from these masks through the very ``glyph_features`` it reads ink with, so a glyph
  cut from a photo and a learnt one are measured alike (cropped to their ink, stretched to a
  square with the aspect change limited, blurred, counted in 4×4 blocks).
- ``classify(masks) -> [(digit, margin)]``: a kernel ridge classifier (Gaussian kernel) over
  the learnt rows, each also turned ±7° (4050 examples). Its weights (``learn``) are shipped
  in ``resources/digits/weights.npz`` (``scripts/learn_digits.py`` writes them; a test checks
  they are what learning gives now): learning solves a 4050×4050 system, which numpy does in
  float64 with a copy, some 350 MB for two seconds, too much beside a window holding a large
  basemap. At first use the examples' features are worked out again from the data (a
  fraction of a second) and checked against the ones the weights were learnt with (the
  file keeps a few); should OpenCV or this module measure glyphs otherwise, the reader
  learns anew rather than use weights that no longer fit. ``margin`` is the
  best score less the second best: ``SURE_MARGIN`` and above, the digit is taken as read.
  *Why not ``cv2.ml``:* OpenCV 5 moved its machine-learning module out of the main package,
  and a kernel ridge classifier is a few lines of numpy that read these digits as well as an
  SVM does.
"""

from __future__ import annotations

import functools
import gzip

import cv2
import numpy as np

from cosafe.bundled import bundled_file

HELD_OUT_FROM = 1350  # rows from this one on are for testing only
GAMMA = 0.001  # the kernel's width, for features counted 0–16 per block
RIDGE = 0.01
LEARN_TURNS = (-7.0, 0.0, 7.0)
# Below this, a digit is a best guess: in a cross-validation of the learnt rows (four parts, turned up to 10°)
# digits read wrong had margins up to 0.63; in synthetic photos of held-out digits, up to 0.52 (352 glyphs).
SURE_MARGIN = 0.65
MAX_STRETCH = 2.0  # a glyph is stretched to a square, but its aspect changed at most this much (a "1" stays thin)


def _rows() -> tuple[np.ndarray, np.ndarray]:
    path = bundled_file("digits", "optdigits.csv.gz")
    with gzip.open(path, "rt", encoding="ascii") as handle:
        data = np.loadtxt(handle, delimiter=",", dtype=np.float32)
    return data[:, :64], data[:, 64].astype(np.int64)


def held_out() -> tuple[np.ndarray, np.ndarray]:
    """The digits never learnt (8×8 counts 0–16, labels), for tests and measurements."""
    values, labels = _rows()
    return values[HELD_OUT_FROM:].reshape(-1, 8, 8), labels[HELD_OUT_FROM:]


def glyph_image(values: np.ndarray, size: int = 32) -> np.ndarray:
    """A row's 8×8 block counts as an ink mask ``size`` px a side (0/1): the bitmap they were counted from."""
    image = cv2.resize(values.reshape(8, 8).astype(np.float32), (size, size), interpolation=cv2.INTER_CUBIC)
    return (image > 7.0).astype(np.uint8)


def glyph_features(mask: np.ndarray) -> np.ndarray:
    """64 numbers describing an ink mask (non-zero = ink): see the module contract."""
    ys, xs = np.nonzero(mask)
    if not len(xs):
        return np.zeros(64, np.float32)
    crop = (mask[ys.min():ys.max() + 1, xs.min():xs.max() + 1] > 0).astype(np.float32)
    height, width = crop.shape
    sx, sy = 28.0 / width, 28.0 / height
    sx, sy = min(sx, sy * MAX_STRETCH), min(sy, sx * MAX_STRETCH)
    new_w, new_h = max(1, min(28, round(width * sx))), max(1, min(28, round(height * sy)))
    box = np.zeros((32, 32), np.float32)
    x0, y0 = (32 - new_w) // 2, (32 - new_h) // 2
    box[y0:y0 + new_h, x0:x0 + new_w] = cv2.resize(crop, (new_w, new_h), interpolation=cv2.INTER_AREA)
    box = cv2.GaussianBlur(box, (0, 0), 1.0)
    return box.reshape(8, 4, 8, 4).sum(axis=(1, 3)).ravel()


def _kernel(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """exp(-GAMMA·|a_i - b_j|²) for every row pair, in float32 and in place: for the 4050 learnt glyphs
    the matrix is 66 MB, and every temporary copy of it would be as large again."""
    kernel = a @ b.T
    kernel *= -2.0
    kernel += (a * a).sum(1)[:, None]
    kernel += (b * b).sum(1)[None, :]
    np.maximum(kernel, 0.0, out=kernel)
    kernel *= -GAMMA
    return np.exp(kernel, out=kernel)


def _turned(mask: np.ndarray, degrees: float) -> np.ndarray:
    if not degrees:
        return mask
    turn = cv2.getRotationMatrix2D((mask.shape[1] / 2, mask.shape[0] / 2), degrees, 0.85)
    return (cv2.warpAffine(mask.astype(np.float32), turn, mask.shape[::-1]) > 0.5).astype(np.uint8)


def learnt_features(values: np.ndarray) -> np.ndarray:
    """The features of the learnt examples: each row upright and turned by ``LEARN_TURNS``."""
    return np.array([glyph_features(_turned(glyph_image(row), turn)) for row in values for turn in LEARN_TURNS],
                    dtype=np.float32)


def learn(values: np.ndarray, labels: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The classifier learnt from rows of 8×8 counts: (the examples' features, the ridge weights). Each row is
    learnt upright and turned by ``LEARN_TURNS`` degrees: people write slanted, and hold the sheet askew."""
    features = learnt_features(values)
    targets = np.eye(10, dtype=np.float32)[np.repeat(labels, len(LEARN_TURNS))]
    kernel = _kernel(features, features)
    kernel.flat[::len(features) + 1] += RIDGE  # the ridge on the diagonal, without a second matrix
    return features, np.linalg.solve(kernel, targets).astype(np.float32)


PROBE_ROWS = 64  # the features of this many first examples are kept with the weights, to check them by


def save_weights(path: str, model: tuple[np.ndarray, np.ndarray]) -> None:
    """Write the learnt weights and the probe features they fit (``scripts/learn_digits.py``)."""
    features, weights = model
    np.savez_compressed(path, weights=weights.astype(np.float32), probe=features[:PROBE_ROWS].astype(np.float32))


@functools.cache
def _model() -> tuple[np.ndarray, np.ndarray]:
    values, labels = _rows()
    features = learnt_features(values[:HELD_OUT_FROM])
    path = bundled_file("digits", "weights.npz")
    if path.is_file():
        with np.load(path) as shipped:
            weights, probe = shipped["weights"], shipped["probe"]
        if len(weights) == len(features) and np.allclose(probe, features[:PROBE_ROWS], atol=1e-3):
            return features, weights
    return learn(values[:HELD_OUT_FROM], labels[:HELD_OUT_FROM])


def classify(masks: list[np.ndarray], model: tuple[np.ndarray, np.ndarray] | None = None) -> list[tuple[int, float]]:
    """Each ink mask's digit and margin (see the module contract)."""
    if not masks:
        return []
    features, weights = model or _model()
    scores = _kernel(np.array([glyph_features(mask) for mask in masks], dtype=np.float32), features) @ weights
    ranked = np.sort(scores, axis=1)
    return [(int(best), float(top - second)) for best, top, second in
            zip(scores.argmax(axis=1), ranked[:, -1], ranked[:, -2])]
