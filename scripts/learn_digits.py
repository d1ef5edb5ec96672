"""Learn the paper sheets' digit reader and write its weights to resources/digits/weights.npz.

Run after changing how ``cosafe.io.paper_sheets.digits`` measures a glyph or learns
(``tests/io/paper_sheets/test_digits.py`` fails until the shipped weights are what
learning gives). It takes a few seconds and some 400 MB.
Usage: python scripts/learn_digits.py
"""

from __future__ import annotations

from cosafe.bundled import bundled_file
from cosafe.io.paper_sheets import digits


def main() -> None:
    values, labels = digits._rows()
    model = digits.learn(values[:digits.HELD_OUT_FROM], labels[:digits.HELD_OUT_FROM])
    path = bundled_file("digits", "weights.npz")
    digits.save_weights(str(path), model)
    print(f"wrote {path} ({path.stat().st_size} bytes): {len(model[0])} examples")


if __name__ == "__main__":
    main()
