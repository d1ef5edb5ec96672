"""Qt for commands that draw (render, export-plan, print-sheets, room) but have no screen.

Contract: ``drawing_application()`` makes a QGuiApplication on the offscreen platform
(unless the environment chose another) when none exists, and returns the application in
force; the caller keeps it alive until its drawing is done. Qt is imported only here and
only when called, so other commands start without it.
"""

from __future__ import annotations

import os


def drawing_application() -> object:
    """The QGuiApplication drawing needs (see the module contract)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.instance() or QGuiApplication(["cosafe"])
