"""The map images printed on group maps and their overview pages (Qt; on the UI thread, which the map
export needs).

Contract:
- ``sheet_map_images(store, sheets, overviews) -> (list[bytes], list[bytes])``: PNG bytes of the
  map of each of ``sheets`` and of each of ``overviews``, drawn by the map export at
  ``SHEET_MAP_DPI`` into the layout's frame and framing the page's bounds. The basemap is read
  once, and pages that show the same area (every group's sheet of one tile) share one drawing.
  A map the export refuses raises its ``ValueError`` (one translated line).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QBuffer, QIODevice

from cosafe.io.paper_sheets.choice import OverviewPage, PlannedSheet
from cosafe.io.paper_sheets.layout import Bounds, SheetLayout
from cosafe.store.project_store import ProjectStore
from cosafe.ui.map.basemap_data import load_basemap
from cosafe.ui.map.export import render_map_image
from cosafe.ui.map.style import max_resolution

SHEET_MAP_DPI = 200  # street names stay sharp, the PDF stays small


def sheet_map_images(store: ProjectStore, sheets: Sequence[PlannedSheet],
                     overviews: Sequence[OverviewPage] = ()) -> tuple[list[bytes], list[bytes]]:
    """The maps of ``sheets`` and ``overviews`` as PNG bytes (see the module contract)."""
    data = load_basemap(store, max_resolution)
    drawn: dict[tuple[Bounds, str], bytes] = {}

    def image(bounds: Bounds, layout: SheetLayout) -> bytes:
        key = (bounds, layout.paper)
        if key not in drawn:
            _left, _top, width_mm, height_mm = layout.frame
            size = round(width_mm / 25.4 * SHEET_MAP_DPI), round(height_mm / 25.4 * SHEET_MAP_DPI)
            picture = render_map_image(store, *size, bbox=bounds, dpi=SHEET_MAP_DPI, data=data)
            buffer = QBuffer()
            buffer.open(QIODevice.OpenModeFlag.WriteOnly)
            picture.save(buffer, "PNG")
            drawn[key] = bytes(buffer.data())
        return drawn[key]

    return ([image(sheet.identity.bounds, sheet.layout) for sheet in sheets],
            [image(page.bounds, page.layout) for page in overviews])
