"""Files CoSafe ships inside its package: icons, the stylesheet, the report fonts.

Contract: ``bundled_file(*parts)`` is the path of ``resources/<parts…>`` as
installed with the package (``importlib.resources``), whether CoSafe runs from a
wheel or from a source checkout. The repository's top-level ``resources/`` folder
is the source; ``cosafe/resources`` is a link to it, so a wheel carries the files
inside the package and an editable install reads the source folder itself. The
path may not exist (a missing icon): callers decide what that means. Qt-free, so
the report (``io``) and the window (``ui``) share it.
"""

from __future__ import annotations

import functools
from importlib.resources import files
from pathlib import Path


@functools.cache
def _resources() -> Path:
    # files() of an installed (not zipped) package is a real directory, which Qt
    # and reportlab need: they open files by name. Asked once: it is slow enough to
    # show in start-up when every toolbar icon asks.
    return Path(str(files("cosafe").joinpath("resources")))


def bundled_file(*parts: str) -> Path:
    return _resources().joinpath(*parts)
