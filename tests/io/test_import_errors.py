"""A reader's failure in plain words: never GDAL's text, never the path."""

from __future__ import annotations

import pytest

from cosafe.io.import_errors import PLAIN_FALLBACK, plain_reason


@pytest.mark.parametrize("gdal_text, starts", [
    ("Unable to open /media/stick/noshx.shx or /media/stick/noshx.SHX", "its .shx file is missing"),
    ("sqlite3_prepare_v2(SELECT 1) failed: database disk image is malformed", "the file is damaged"),
    ("Failed to read GeoJSON data", "the file is damaged"),
    ("/home/ana/map.xyz: Permission denied", "CoSafe may not read it"),
    ("'/home/ana/map.xyz' not recognized as being in a supported file format", "not a format CoSafe reads"),
    ("Something GDAL never said before at /home/ana/map.gpkg", PLAIN_FALLBACK),
])
def test_plain_reason(gdal_text, starts):
    reason = plain_reason(OSError(gdal_text))
    assert reason.startswith(starts)
    assert "/" not in reason and "\n" not in reason and not reason.endswith(".")
