"""Rebuild sample_projects/riverside.gpkg: ``python sample_projects/build_sample.py``.

The bundled sample is the English one (no language is installed here, whatever the
computer's); ``cosafe sample PATH --language xx`` writes it in another language.

The output is deterministic (see cosafe.io.samples.project), so a rebuild with
unchanged code gives the same records; tests/io/samples/test_sample_project.py fails when the
committed file no longer matches what the code writes.
"""

from __future__ import annotations

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
# Works from a plain checkout too, without `pip install -e .`.
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "desktop"))

from cosafe.io.samples.project import write_sample_project  # noqa: E402

TARGET = os.path.join(HERE, "riverside.gpkg")


def main() -> None:
    write_sample_project(TARGET)
    print(f"wrote {TARGET} ({os.path.getsize(TARGET) / 1e6:.2f} MB)")


if __name__ == "__main__":
    main()
