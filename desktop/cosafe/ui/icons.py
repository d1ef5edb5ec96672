"""Application icons and other bundled resources, looked up by name.

Contract: ``icon(name)`` returns the QIcon for ``resources/icons/<name>.svg`` (cached),
or an empty QIcon when the file is missing, so a missing icon never breaks a menu.
``resources_dir()`` is the top-level ``resources/`` folder of the source tree; the
environment variable ``COSAFE_RESOURCES`` overrides it (for packaged installs).
"""

from __future__ import annotations

import functools
import os
from pathlib import Path

from PySide6.QtGui import QIcon


@functools.cache
def resources_dir() -> Path:
    override = os.environ.get("COSAFE_RESOURCES")
    if override:
        return Path(override)
    # desktop/cosafe/ui/icons.py -> the repository root holds resources/
    return Path(__file__).resolve().parents[3] / "resources"


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


@functools.cache
def icon(name: str) -> QIcon:
    path = resource_path("icons", f"{name}.svg")
    if not path.is_file():
        return QIcon()
    # The SVG icon engine renders crisply at every size the style asks for.
    return QIcon(str(path))


def stylesheet() -> str:
    """The application stylesheet, or an empty string when none is bundled."""
    path = resource_path("qss", "cosafe.qss")
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return ""
