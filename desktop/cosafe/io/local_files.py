"""Which paths CoSafe's readers accept: local files only, never a network address or a GDAL
virtual file system.

Contract: ``local_path(path, error)`` is the absolute path to hand GDAL or libosmium; a path
GDAL would read as a virtual file system (/vsi…) or a network address (``scheme://``) raises
``error`` with one line. Loads nothing heavy (no GDAL), so an OSM import can check its path
without loading GDAL; ``safe_gdal`` offers the same function.
"""

from __future__ import annotations

import os

from cosafe.core.i18n import arg
from cosafe.io.words import Import


def local_path(path: str, error: type[Exception]) -> str:
    """The absolute local path for GDAL; raise ``error`` (one line) for a path GDAL would read
    as a virtual file system or a network address instead of a file on this computer.

    Giving GDAL the absolute path also keeps a file called ``WFS:x`` or ``CSV:x`` in the
    working folder a file: GDAL reads such a prefix as a driver or connection string.
    """
    name = os.path.basename(path.rstrip("/\\")) or path
    absolute = os.path.abspath(path)
    if "://" in path or any(text.lstrip().lower().startswith(("/vsi", "\\vsi")) for text in (path, absolute)):
        raise error(arg(Import.tr("%1 is not on this computer's disk; CoSafe reads and writes only local files, never "
                              "network addresses or GDAL virtual file systems"), name))
    return absolute
