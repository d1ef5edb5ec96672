"""Application icons and other bundled resources, looked up by name.

Contract: ``icon(name)`` returns the QIcon for the bundled ``icons/<name>.svg``
(cached), or an empty QIcon when the file is missing, so a missing icon never breaks
a menu. ``stylesheet()`` is the bundled ``qss/cosafe.qss``. Both come from the
package (``cosafe.bundled``), so an installed wheel has them as a checkout does.
"""

from __future__ import annotations

import functools

from PySide6.QtGui import QIcon

from cosafe.bundled import bundled_file


@functools.cache
def icon(name: str) -> QIcon:
    path = bundled_file("icons", f"{name}.svg")
    if not path.is_file():
        return QIcon()
    # The SVG icon engine renders crisply at every size the style asks for.
    return QIcon(str(path))


def stylesheet() -> str:
    """The application stylesheet, or an empty string when none is bundled."""
    path = bundled_file("qss", "cosafe.qss")
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return ""
