"""The errors imports raise, apart from the readers so light modules can name them without loading GDAL.

``plain_reason(error)`` turns a reader's failure into the plain words a basemap import
error shows (see its contract): the message is one line that names the file once.
"""

from __future__ import annotations

import re

from cosafe.store.errors import ProjectError


class BasemapImportError(ProjectError):
    """A file that cannot be imported as a basemap; the project was not changed."""


class ImportCancelled(Exception):
    """The person cancelled; the project was not changed."""


# GDAL's message → what a facilitator can act on; the first that matches wins.
_PLAIN_REASONS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\.shx\b", re.IGNORECASE),
     "its .shx file is missing: a shapefile is several files (.shp, .shx, .dbf); copy them together"),
    (re.compile(r"\.dbf\b", re.IGNORECASE),
     "its .dbf file is missing: a shapefile is several files (.shp, .shx, .dbf); copy them together"),
    (re.compile(r"malformed|not a database|truncat|unexpected end|corrupt|damaged|failed to read|"
                r"parse|syntax|premature", re.IGNORECASE),
     "the file is damaged or incomplete; copy it again from where it came from"),
    (re.compile(r"permission denied|access denied|access is denied", re.IGNORECASE),
     "CoSafe may not read it (permission denied)"),
    (re.compile(r"not recognized|not supported|unsupported|no driver", re.IGNORECASE),
     "not a format CoSafe reads"),
)
PLAIN_FALLBACK = "the file is damaged or not a map file"


def plain_reason(error: BaseException) -> str:
    """Why a map file could not be read, in plain words, for GDAL's (or a reader's) ``error``.

    Contract: never GDAL's own text, never a path (GDAL's messages name the file's
    whole path, which the caller already names once), one short clause without a full
    stop: a missing shapefile part, a damaged file, no permission, an unknown format,
    else ``PLAIN_FALLBACK``.
    """
    text = str(error)
    for pattern, reason in _PLAIN_REASONS:
        if pattern.search(text):
            return reason
    return PLAIN_FALLBACK
