"""Printed group maps as a PDF, one page per sheet (reportlab; no Qt).

Contract:
- ``write_sheets_pdf(sheets, maps, path)``: ``maps[i]`` is the map image of ``sheets[i]``
  (PNG or JPEG bytes, any size, drawn stretched into the layout's frame, so its proportions
  must be the frame's). The map is printed light grey, so the sticker colours are the only
  strong colours inside the frame (what lets a camera find them); over it a light labelled
  grid, and around it the frame's four ArUco markers, the QR code (``SheetIdentity``), the
  title, the legend of sticker and pen colours and a margin for numbered notes. Markers and
  QR modules are vector squares, so they print sharp at any size.
- ``overviews``: (``OverviewPage``, its map image) pairs, printed at their page numbers among the
  sheets: the whole area, light grey like a sheet's map, each tile outlined with its sheet's
  number, and no markers nor QR code (an overview is not read back). A tiled sheet's title says
  which part of how many it is.
- In a right-to-left language (Arabic: ``core.i18n.RIGHT_TO_LEFT``, the language spoken when
  writing) the text parts read from the right: the title at the header's right and the sheet's
  number at its left, the legend's and the notes' headings, swatches, numbers and lines mirrored
  in their boxes (an overview's title and note too), every line's letters joined and in visual
  order (``rtl_text.visual_line``).
  The map, the grid, the markers and the QR code stay where they are: the reader finds them by
  the paper alone (``layout``), so a sheet in any language reads back the same.
- The PDF is written whole or not at all (a ``.part`` file renamed), readable by its owner
  only; a folder that does not exist or a failed write raises ``SheetsError``.
"""

from __future__ import annotations

import contextlib
import io
import os
from collections.abc import Callable, Sequence

import cv2
import segno
from PIL import Image
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from cosafe.core.i18n import RIGHT_TO_LEFT, arg, language, translate
from cosafe.io.paper_sheets.choice import OverviewPage, PlannedSheet, SheetsError
from cosafe.io.paper_sheets.layout import (ARUCO_DICTIONARY, MARKER_BITS, STICKERS, grid_labels,
                                           grid_lines, lonlat_to_paper, marker_id)
from cosafe.io.paper_sheets.words import Sheets
from cosafe.io.plan_report.fonts import BOLD, REGULAR, register_fonts
from cosafe.io.rtl_text import log2vis, visual_line
from cosafe.store.private_files import keep_private

INK = (0.10, 0.10, 0.10)
GRID = (0.62, 0.62, 0.62)  # light and colourless: never taken for a sticker
MAP_LIGHTNESS = 0.7  # the map's darkest ink prints at 30 % grey: names stay readable
QR_QUIET_MODULES = 4
NOTE_LINES_MM = 8.0


def write_sheets_pdf(sheets: Sequence[PlannedSheet], maps: Sequence[bytes], path: str,
                     overviews: Sequence[tuple[OverviewPage, bytes]] = ()) -> None:
    """Write one page per sheet, and the overview pages, to ``path`` (see the module contract)."""
    if len(sheets) != len(maps) or not sheets:
        raise ValueError("one map image per sheet, and at least one sheet")
    numbered = sorted([(sheet.identity.number, sheet.layout.page, _Page, sheet, image)
                       for sheet, image in zip(sheets, maps)]
                      + [(page.page_number, page.layout.page, _OverviewPage, page, image) for page, image in overviews],
                      key=lambda entry: entry[0])
    write_pages(path, Sheets.tr("Group maps"), [
        (size, lambda canvas, kind=kind, page=page, image=image: kind(canvas, page).draw(image))
        for _number, size, kind, page, image in numbered])


def write_pages(path: str, title: str, pages: Sequence[tuple[tuple[float, float], Callable[[Canvas], None]]]) -> None:
    """Write ``pages`` — each its size (width, height in mm) and what draws it on the canvas — as a PDF
    titled ``title`` to ``path``: whole or not at all (a ``.part`` file renamed), readable by its owner
    only; a folder that does not exist or a failed write raises ``SheetsError``. Group maps and audit
    sheets alike."""
    folder = os.path.dirname(os.path.abspath(path))
    if not os.path.isdir(folder):
        raise SheetsError(arg(Sheets.tr("The sheets were not written: the folder %1 does not exist"), folder))
    register_fonts()
    temporary = f"{path}.part"
    try:
        canvas = Canvas(temporary, pagesize=(pages[0][0][0] * mm, pages[0][0][1] * mm), pageCompression=1,
                        invariant=1)
        canvas.setTitle(title)
        canvas.setCreator("CoSafe")
        for (width, height), draw in pages:
            canvas.setPageSize((width * mm, height * mm))
            draw(canvas)
            canvas.showPage()
        canvas.save()
        keep_private(temporary)
        os.replace(temporary, path)
    except OSError as error:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise SheetsError(arg(Sheets.tr("The sheets were not written to %1: %2"), path,
                              error.strerror or str(error))) from None


def light_map(image: bytes) -> Image.Image:
    """The map as it is printed: grey, its darkest ink lightened to ``1 - MAP_LIGHTNESS``."""
    grey = Image.open(io.BytesIO(image)).convert("L")
    return grey.point(lambda v: round(255 - (255 - v) * MAP_LIGHTNESS))


class _Page:
    """Draws one sheet on a reportlab canvas, in mm from the page's top-left corner."""

    def __init__(self, canvas: Canvas, sheet: PlannedSheet) -> None:
        self.canvas, self.sheet, self.layout = canvas, sheet, sheet.layout
        self.k = self.layout.scale
        self.rtl = language() in RIGHT_TO_LEFT  # the sheet's language: the one spoken while writing

    def _from_start(self, box_left: float, box_width: float, offset: float, size: float = 0.0) -> float:
        """The left edge of something ``size`` mm wide, ``offset`` mm from where a line of text starts in a box:
        its left edge, or its right edge in a right-to-left language."""
        return box_left + box_width - offset - size if self.rtl else box_left + offset

    def _start_anchor(self) -> str:
        return "right" if self.rtl else "left"

    def draw(self, image: bytes) -> None:
        self._map(image)
        self._grid()
        self._markers()
        self._qr()
        self._header()
        self._legend()
        self._notes()

    # -- page coordinates ------------------------------------------------------------------
    def _y(self, y_mm: float) -> float:
        return (self.layout.page[1] - y_mm) * mm

    def _rect(self, left: float, top: float, width: float, height: float, *, fill: bool = True,
              stroke: bool = False) -> None:
        self.canvas.rect(left * mm, self._y(top + height), width * mm, height * mm, fill=int(fill),
                         stroke=int(stroke))

    def _text(self, x: float, y: float, text: str, size: float, *, bold: bool = False, anchor: str = "left") -> None:
        text = visual_line(text, self.rtl)
        self.canvas.setFont(BOLD if bold else REGULAR, size)
        draw = {"left": self.canvas.drawString, "centre": self.canvas.drawCentredString,
                "right": self.canvas.drawRightString}[anchor]
        draw(x * mm, self._y(y), text)

    def _fitted(self, text: str, size: float, width_mm: float, bold: bool = False) -> float:
        """``size`` shrunk until ``text`` fits ``width_mm``."""
        width = self.canvas.stringWidth(text, BOLD if bold else REGULAR, size) / mm
        return size if width <= width_mm else max(5.0, size * width_mm / width)

    # -- parts -------------------------------------------------------------------------------
    def _map(self, image: bytes) -> None:
        left, top, width, height = self.layout.frame
        self.canvas.drawImage(ImageReader(light_map(image)), left * mm, self._y(top + height), width * mm,
                              height * mm)
        self.canvas.setStrokeColorRGB(*INK)
        self.canvas.setLineWidth(0.3 * mm)
        self._rect(left, top, width, height, fill=False, stroke=True)

    def _grid(self) -> None:
        left, top, width, height = self.layout.frame
        xs, ys = grid_lines(self.layout)
        self.canvas.setStrokeColorRGB(*GRID)
        self.canvas.setLineWidth(0.15 * mm * self.k)
        self.canvas.setDash(1.5 * mm, 1.5 * mm)
        for x in xs:
            self.canvas.line(x * mm, self._y(top), x * mm, self._y(top + height))
        for y in ys:
            self.canvas.line(left * mm, self._y(y), (left + width) * mm, self._y(y))
        self.canvas.setDash()
        columns, rows = grid_labels(self.layout)
        self.canvas.setFillColorRGB(*GRID)
        size = 8 * self.k
        for x, name in columns:
            self._text(x, top - 1.8 * self.k, name, size, anchor="centre")
            self._text(x, top + height + 1.5 * self.k + size * 0.3, name, size, anchor="centre")
        for y, name in rows:
            self._text(left - 1.5 * self.k, y + size * 0.13, name, size, anchor="right")
            self._text(left + width + 1.5 * self.k, y + size * 0.13, name, size)

    def _markers(self) -> None:
        dictionary = cv2.aruco.getPredefinedDictionary(getattr(cv2.aruco, ARUCO_DICTIONARY))
        self.canvas.setFillColorRGB(0, 0, 0)
        for corner, (x, y, size) in enumerate(self.layout.markers):
            cells = cv2.aruco.generateImageMarker(dictionary, marker_id(self.layout.paper, corner), MARKER_BITS)
            cell = size / MARKER_BITS
            for row in range(MARKER_BITS):
                for column in range(MARKER_BITS):
                    if cells[row, column] == 0:
                        # A hair wider than the cell: no white seams between black neighbours.
                        self._rect(x + column * cell, y + row * cell, cell + 0.02, cell + 0.02)

    def _qr(self) -> None:
        code = segno.make(self.sheet.identity.encode(), error="m", micro=False)
        matrix = code.matrix
        left, top, size, _ = self.layout.qr
        module = size / (len(matrix) + 2 * QR_QUIET_MODULES)
        self.canvas.setFillColorRGB(0, 0, 0)
        for row, values in enumerate(matrix):
            for column, dark in enumerate(values):
                if dark:
                    self._rect(left + (column + QR_QUIET_MODULES) * module, top + (row + QR_QUIET_MODULES) * module,
                               module + 0.01, module + 0.01)

    def _header(self) -> None:
        left, top, width, height = self.layout.header
        sheet = self.sheet
        self.canvas.setFillColorRGB(*INK)
        title = arg(Sheets.tr("Group %1 · %2", "a printed map's title: the group's name, the workshop's title"),
                    sheet.group_name, sheet.workshop_title or sheet.project_name)
        size = self._fitted(title, 13 * self.k, width * 0.72, bold=True)
        self._text(self._from_start(left, width, 0), top + height * 0.62, title, size, bold=True,
                   anchor=self._start_anchor())
        number = (arg(Sheets.tr("Sheet %1 · part %2 of %3", "a tile of a large area: %1 the sheet's number"),
                      sheet.identity.number, sheet.part, sheet.parts) if sheet.parts > 1
                  else arg(Sheets.tr("Sheet %1", "the printed map's number"), sheet.identity.number))
        self._text(self._from_start(left, width, width), top + height * 0.62, number, 9 * self.k,
                   anchor="left" if self.rtl else "right")

    def _legend(self) -> None:
        left, top, width, _height = self.layout.legend
        k = self.k
        self.canvas.setFillColorRGB(*INK)
        anchor = self._start_anchor()
        self._text(self._from_start(left, width, 0), top + 4.5 * k, Sheets.tr("What the colours mean"), 9 * k,
                   bold=True, anchor=anchor)
        row = top + 8 * k
        for meaning, (colour, label) in STICKERS.items():
            self.canvas.setFillColor(colour)
            radius = 2.6 * k
            self.canvas.circle((self._from_start(left, width, 0, 2 * radius) + radius) * mm, self._y(row + radius),
                               radius * mm, stroke=0, fill=1)
            self.canvas.setFillColorRGB(*INK)
            text = translate("Sheets", label)
            self._text(self._from_start(left, width, 2 * radius + 2.5 * k), row + radius + 1.2 * k, text,
                       self._fitted(text, 9 * k, width - 2 * radius - 3 * k), anchor=anchor)
            row += 7.5 * k
        self.canvas.setStrokeColorRGB(*INK)
        self.canvas.setLineWidth(0.6 * mm * k)
        sample = self._from_start(left, width, 0, 5.2 * k)
        self.canvas.line(sample * mm, self._y(row + 2.5 * k), (sample + 5.2 * k) * mm, self._y(row + 2.5 * k))
        text = Sheets.tr("Pen line: a route")
        self._text(self._from_start(left, width, 7.7 * k), row + 3.7 * k, text,
                   self._fitted(text, 9 * k, width - 8 * k), anchor=anchor)
        row += 7.5 * k
        self.canvas.rect(sample * mm, self._y(row + 5 * k), 5.2 * k * mm, 5 * k * mm, stroke=1, fill=0)
        text = Sheets.tr("Closed pen line: an area for an idea")
        self._text(self._from_start(left, width, 7.7 * k), row + 3.7 * k, text,
                   self._fitted(text, 9 * k, width - 8 * k), anchor=anchor)

    def _notes(self) -> None:
        left, top, width, height = self.layout.notes
        k = self.k
        self.canvas.setFillColorRGB(*INK)
        heading = Sheets.tr("Notes (write the note's number beside its dot)")
        anchor = self._start_anchor()
        self._text(self._from_start(left, width, 0), top + 4.5 * k, heading,
                   self._fitted(heading, 9 * k, width, bold=True), bold=True, anchor=anchor)
        self.canvas.setStrokeColorRGB(*GRID)
        self.canvas.setLineWidth(0.2 * mm)
        step = NOTE_LINES_MM * k
        number, y = 1, top + 6 * k + step
        rule = self._from_start(left, width, 6 * k, width - 6 * k)
        while y <= top + height:
            # The number starts the note: "1." on the left; on the right in Arabic, ordered as Arabic orders it.
            label = log2vis(f"{number}.", "RTL") if self.rtl else f"{number}."
            self._text(self._from_start(left, width, 0), y - 1.2 * k, label, 8 * k, anchor=anchor)
            self.canvas.line(rule * mm, self._y(y), (rule + width - 6 * k) * mm, self._y(y))
            number, y = number + 1, y + step



class _OverviewPage(_Page):
    """An overview of a tiled group's area: its map, the tiles outlined and numbered, a title and a line
    that says what the page is for. No grid, markers, QR code or notes: it is not read back."""

    def __init__(self, canvas: Canvas, page: OverviewPage) -> None:
        self.canvas, self.page, self.layout = canvas, page, page.layout
        self.k = self.layout.scale
        self.rtl = language() in RIGHT_TO_LEFT

    def draw(self, image: bytes) -> None:
        self._map(image)
        self._tiles()
        left, top, width, height = self.layout.header
        self.canvas.setFillColorRGB(*INK)
        title = arg(Sheets.tr("Group %1 · %2 · overview", "the overview page of a large area's map: the group's "
                              "name, the workshop's title"), self.page.group_name,
                    self.page.workshop_title or self.page.project_name)
        self._text(self._from_start(left, width, 0), top + height * 0.62, title,
                   self._fitted(title, 13 * self.k, width, bold=True), bold=True, anchor=self._start_anchor())
        text = Sheets.tr("The area is printed on %Ln sheets. Put the dots and lines on the numbered sheets, "
                         "not on this page.", "", len(self.page.tiles))
        self._paragraph(self.layout.legend[0], self.layout.qr[1] + 5 * self.k, self.layout.legend[2], text)

    def _tiles(self) -> None:
        frame = self.layout.frame
        self.canvas.setStrokeColorRGB(*INK)
        self.canvas.setLineWidth(0.5 * mm * self.k)
        for number, (west, south, east, north) in self.page.tiles:
            left, top = lonlat_to_paper(west, north, frame, self.page.bounds)
            right, bottom = lonlat_to_paper(east, south, frame, self.page.bounds)
            self._rect(left, top, right - left, bottom - top, fill=False, stroke=True)
            label = str(number)
            size = min(28 * self.k, (bottom - top) / 3 / 0.35)
            self.canvas.setFillColorRGB(1, 1, 1)
            box = self.canvas.stringWidth(label, BOLD, size) / mm + 3 * self.k
            self._rect(left + 1.5 * self.k, top + 1.5 * self.k, box, size * 0.42 + 2 * self.k)
            self.canvas.setFillColorRGB(*INK)
            self._text(left + 3 * self.k, top + 1.5 * self.k + size * 0.36 + 0.5 * self.k, label, size, bold=True)

    def _paragraph(self, left: float, top: float, width: float, text: str) -> None:
        """``text`` in lines that fit ``width`` (mm), words kept whole."""
        size = 10 * self.k
        line, y = "", top
        start, anchor = self._from_start(left, width, 0), self._start_anchor()  # mirrored in Arabic
        for word in text.split():
            candidate = f"{line} {word}".strip()
            if line and self.canvas.stringWidth(candidate, REGULAR, size) / mm > width:
                self._text(start, y, line, size, anchor=anchor)
                line, y = word, y + size * 0.45
            else:
                line = candidate
        if line:
            self._text(start, y, line, size, anchor=anchor)
