"""The errors imports raise, apart from the readers so light modules can name them without loading GDAL.

``plain_reason(error)`` turns a reader's failure into the plain words a basemap import
error shows (see its contract): the message is one line that names the file once.
``incident_wording()`` makes the readers say "incident file" where they say "map file"
(``reading_incidents()``): whole sentences of each kind, so both can be translated.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator
from contextvars import ContextVar

from cosafe.core.i18n import QT_TRANSLATE_NOOP, translate
from cosafe.store.errors import ProjectError


class BasemapImportError(ProjectError):
    """A file that cannot be imported as a basemap; the project was not changed."""


class LayerReadError(BasemapImportError):
    """One layer of a file could not be read (``reason``: plain words); the file's other layers may be."""

    def __init__(self, message: str, reason: str) -> None:
        super().__init__(message)
        self.reason = reason


class ImportCancelled(Exception):
    """The person cancelled; the project was not changed."""


PLAIN_UNSUPPORTED = QT_TRANSLATE_NOOP("Import", "not a format CoSafe reads")
PLAIN_DAMAGED = QT_TRANSLATE_NOOP("Import", "the file is damaged or incomplete; copy it again from where it came from")
# GDAL's message → what a facilitator can act on; the first that matches wins.
_PLAIN_REASONS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\.shx\b", re.IGNORECASE),
     QT_TRANSLATE_NOOP("Import", "its .shx file is missing: a shapefile is several files (.shp, .shx, .dbf); copy them together")),
    (re.compile(r"\.dbf\b", re.IGNORECASE),
     QT_TRANSLATE_NOOP("Import", "its .dbf file is missing: a shapefile is several files (.shp, .shx, .dbf); copy them together")),
    (re.compile(r"malformed|not a database|truncat|unexpected end|corrupt|damaged|failed to read|"
                r"parse|syntax|premature", re.IGNORECASE),
     PLAIN_DAMAGED),
    (re.compile(r"permission denied|access denied|access is denied", re.IGNORECASE),
     QT_TRANSLATE_NOOP("Import", "CoSafe may not read it (permission denied)")),
    (re.compile(r"not recognized|not supported|unsupported|no driver", re.IGNORECASE),
     PLAIN_UNSUPPORTED),
)
PLAIN_FALLBACK = QT_TRANSLATE_NOOP("Import", "the file is damaged or not a map file")
PLAIN_FALLBACK_INCIDENTS = QT_TRANSLATE_NOOP("Import", "the file is damaged or not an incident file")
_reading_incidents: ContextVar[bool] = ContextVar("reading_incidents", default=False)


@contextlib.contextmanager
def incident_wording() -> Iterator[None]:
    """While inside, the readers' messages call the file an incident file, not a map file."""
    token = _reading_incidents.set(True)
    try:
        yield
    finally:
        _reading_incidents.reset(token)


def reading_incidents() -> bool:
    """True inside ``incident_wording()``: a reader's message picks its incident-file sentence."""
    return _reading_incidents.get()


def plain_reason(error: BaseException) -> str:
    """Why a map file could not be read, in plain words, for GDAL's (or a reader's) ``error``.

    Contract: never GDAL's own text, never a path (GDAL's messages name the file's
    whole path, which the caller already names once), one short clause without a full
    stop: a missing shapefile part, a damaged file, no permission, an unknown format,
    else ``PLAIN_FALLBACK`` (``PLAIN_FALLBACK_INCIDENTS`` in ``incident_wording``), in
    the reader's language.
    """
    text = str(error)
    for pattern, reason in _PLAIN_REASONS:
        if pattern.search(text):
            return translate("Import", reason)
    return translate("Import", PLAIN_FALLBACK_INCIDENTS if reading_incidents() else PLAIN_FALLBACK)
