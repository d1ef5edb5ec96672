"""How big the window is on the screen it opens on, and which layout that size gets.

Contract (plain rectangles in, rectangles out, so tests can hand in any screen):
- ``first_geometry(available)`` is the geometry of a window opened for the first time
  on a screen whose available area (without panels and docks of the desktop) is
  ``available``: never larger than it, centred on it, and ``maximized`` when it fills
  (nearly) the whole area — then the window manager, which knows the size of the
  title bar, does the final fitting. Screens up to ``ROOMY_CAP`` get the whole area:
  a workshop wants every pixel of a laptop; a larger monitor gets a ``ROOMY_CAP``
  window in its middle rather than one a metre wide.
- ``is_compact(size)``: a window smaller than ``ROOMY_MIN`` gets the compact layout
  (one column of panels beside the map, the charts below hidden), since two columns
  and a row of charts would leave the map a third of a 1024×768 window.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRect, QSize

ROOMY_CAP = QSize(1920, 1200)
ROOMY_MIN = QSize(1600, 900)
MAXIMIZE_SLACK = 64  # px: a window this close to the screen's size is maximized instead


@dataclass(frozen=True)
class WindowFit:
    geometry: QRect  # of the window's contents, in screen coordinates
    maximized: bool


def first_geometry(available: QRect) -> WindowFit:
    width = min(available.width(), ROOMY_CAP.width())
    height = min(available.height(), ROOMY_CAP.height())
    geometry = QRect(0, 0, width, height)
    geometry.moveCenter(available.center())
    # A window nearly as large as the screen would put its title bar above it: ask for
    # "maximized" and let the window manager fit the frame.
    maximized = width > available.width() - MAXIMIZE_SLACK or height > available.height() - MAXIMIZE_SLACK
    return WindowFit(geometry, maximized)


def is_compact(size: QSize) -> bool:
    return size.width() < ROOMY_MIN.width() or size.height() < ROOMY_MIN.height()

