"""Printed audit sheets as a PDF, one page per sheet (reportlab; no Qt).

Contract:
- ``write_audit_pdf(sheets, path)``: one portrait page per ``PlannedAuditSheet`` as its
  ``AuditLayout`` places things: the four corner markers, the title, each point's number
  over its boxes with the scores 0 1 2 3 written above them, a time-of-day row (a box for
  each of the layout's times: day, dusk, night, each word under its box) and one row per criterion (its name and what a 3 means) of black-edged empty boxes, a route map
  (the walk's route, this sheet's points as black numbered discs, the others as small grey
  rings) and the QR code (``AuditIdentity``). Nothing is printed inside a box and nothing
  dark near one (row lines are light grey), so any ink found in a box is a person's.
- Written whole or not at all, readable by its owner only; a folder that does not exist or
  a failed write raises ``SheetsError`` (``pdf.write_pages``, as for group maps).
"""

from __future__ import annotations

from collections.abc import Sequence

import cv2
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from cosafe.core.i18n import RIGHT_TO_LEFT, arg, language
from cosafe.core.projection import point_to_mercator
from cosafe.io.paper_sheets.audit_layout import BOX_MM, TIME_ROW, audit_marker_id
from cosafe.io.paper_sheets.audit_sheets import PlannedAuditSheet
from cosafe.io.paper_sheets.layout import ARUCO_DICTIONARY, MARKER_BITS
from cosafe.io.paper_sheets.pdf import INK, _Page, write_pages
from cosafe.io.paper_sheets.words import Sheets
from cosafe.io.plan_report.fonts import REGULAR

RULE = (0.82, 0.82, 0.82)  # row lines: too light to be taken for a tick
OTHER = (0.55, 0.55, 0.55)  # the route and the other sheets' points
BOX_LINE_MM = 0.35
TIME_WORDS_BASELINE_MM = 6.4  # below a time box's foot: the words' tops stay 4 mm under it


def write_audit_pdf(sheets: Sequence[PlannedAuditSheet], path: str) -> None:
    """Write one page per audit sheet to ``path`` (see the module contract)."""
    if not sheets:
        raise ValueError("at least one sheet")
    write_pages(path, Sheets.tr("Audit sheets"),
                [(sheet.layout.page, lambda canvas, sheet=sheet: _AuditPage(canvas, sheet).draw_sheet())
                 for sheet in sheets])


class _AuditPage(_Page):
    """Draws one audit sheet; the group map's page gives the mm coordinates, text and QR code."""

    def __init__(self, canvas: Canvas, sheet: PlannedAuditSheet) -> None:  # noqa: super's needs a group map
        self.canvas, self.sheet, self.layout, self.k = canvas, sheet, sheet.layout, 1.0
        self.rtl = language() in RIGHT_TO_LEFT  # words read from the right; boxes, markers and QR code stay put

    def draw_sheet(self) -> None:
        self._audit_markers()
        self._qr()
        self._title()
        self._table()
        self._route_map()

    def _audit_markers(self) -> None:
        dictionary = cv2.aruco.getPredefinedDictionary(getattr(cv2.aruco, ARUCO_DICTIONARY))
        self.canvas.setFillColorRGB(0, 0, 0)
        for corner, (x, y, size, _) in enumerate(self.layout.markers):
            cells = cv2.aruco.generateImageMarker(dictionary, audit_marker_id(self.layout.paper, corner), MARKER_BITS)
            cell = size / MARKER_BITS
            for row in range(MARKER_BITS):
                for column in range(MARKER_BITS):
                    if cells[row, column] == 0:
                        self._rect(x + column * cell, y + row * cell, cell + 0.02, cell + 0.02)

    def _title(self) -> None:
        left, top, width, height = self.layout.header
        sheet = self.sheet
        self.canvas.setFillColorRGB(*INK)
        title = arg(Sheets.tr("Audit walk “%1”", "a printed audit sheet's title: the walk's title"), sheet.walk_title)
        start, end = (left + width, left) if self.rtl else (left, left + width)
        self._text(start, top + 5.0, title, self._fitted(title, 13, width * 0.75, bold=True), bold=True,
                   anchor=self._start_anchor())
        number = arg(Sheets.tr("Sheet %1", "the printed map's number"), sheet.identity.number)
        self._text(end, top + 5.0, number, 10, anchor="left" if self.rtl else "right")
        hint = Sheets.tr("Tick one box in each row: 0 = poor, 3 = good. Leave a row empty if you did not look.")
        self._text(start, top + 10.5, hint, self._fitted(hint, 8.5, width), anchor=self._start_anchor())

    def _table(self) -> None:
        layout, sheet = self.layout, self.sheet
        label_left, _first, label_width, _height = layout.labels
        right = max(head[0] + head[2] for head in layout.point_heads)
        # Light lines between rows, from the names to the last box.
        self.canvas.setStrokeColorRGB(*RULE)
        self.canvas.setLineWidth(0.2 * mm)
        for top in (*layout.row_tops, layout.labels[1] + layout.labels[3]):
            self.canvas.line(label_left * mm, self._y(top), right * mm, self._y(top))
        self.canvas.setFillColorRGB(*INK)
        for index, (x, top, width, height) in enumerate(layout.point_heads):
            name = arg(Sheets.tr("Point %1", "an audit point's number on a printed sheet"),
                       sheet.identity.sequences[index])
            self._text(x + width / 2, top + 5.0, name, self._fitted(name, 11, width, bold=True), bold=True,
                       anchor="centre")
            for box in layout.row_boxes(index, 0):
                self._text(box.box[0] + BOX_MM / 2, top + height - 1.5, str(box.value), 9, bold=True,
                           anchor="centre")
        rows = [(i, c.label, c.good_means) for i, c in enumerate(sheet.criteria)] + [
            (TIME_ROW, Sheets.tr("Time of day", "the row of day, dusk and night boxes on an audit sheet"), "")]
        for (row, label, good), top in zip(rows, layout.row_tops):
            self.canvas.setFillColorRGB(*INK)
            x = label_left + label_width if self.rtl else label_left
            self._text(x, top + (4.6 if good else 6.6), label, self._fitted(label, 9.5, label_width, True),
                       bold=True, anchor=self._start_anchor())
            if good:
                good = arg(Sheets.tr("3: %1", "what a score of 3 means for a criterion"), good)
                self._text(x, top + 8.4, _cut(self.canvas, good, 6.0, label_width), 6.0, anchor=self._start_anchor())
        names = {"day": Sheets.tr("Day"), "dusk": Sheets.tr("Dusk"), "night": Sheets.tr("Night")}
        self.canvas.setStrokeColorRGB(0, 0, 0)
        self.canvas.setLineWidth(BOX_LINE_MM * mm)
        for box in layout.boxes:
            x, y, w, h = box.box
            self._rect(x, y, w, h, fill=False, stroke=True)
            if box.row == TIME_ROW:
                self.canvas.setFillColorRGB(*INK)
                name = names[str(box.value)]
                # Under its box, clear of the ring round it where a circle drawn round the box is looked for,
                # and a little narrower than the room the reader leaves it (``time_word_mm``).
                self._text(x + w / 2, y + h + TIME_WORDS_BASELINE_MM, name,
                           self._fitted(name, 8, layout.time_word_mm - 0.5), anchor="centre")

    def _route_map(self) -> None:
        left, top, width, height = self.layout.route_map
        sheet = self.sheet
        self.canvas.setStrokeColorRGB(*OTHER)
        self.canvas.setLineWidth(0.3 * mm)
        self._rect(left, top, width, height, fill=False, stroke=True)
        self.canvas.setFillColorRGB(*INK)
        self._text(left + width - 2 if self.rtl else left + 2, top + 4.5, Sheets.tr("Route (points numbered along "
                                                                                   "the walk)"), 7.5,
                   anchor=self._start_anchor())
        inner = (left + 6, top + 9, width - 12, height - 15)
        projected = [point_to_mercator(lon, lat) for lon, lat in sheet.route]
        places = {seq: point_to_mercator(lon, lat) for seq, (lon, lat) in sheet.places.items()}
        xs = [p[0] for p in projected] + [p[0] for p in places.values()]
        ys = [p[1] for p in projected] + [p[1] for p in places.values()]
        span = max(max(xs) - min(xs), max(ys) - min(ys), 1.0)
        scale = min(inner[2] / max(max(xs) - min(xs), span * 1e-3), inner[3] / max(max(ys) - min(ys), span * 1e-3))
        cx, cy = (min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2

        def page(point: tuple[float, float]) -> tuple[float, float]:  # north up, centred
            return (inner[0] + inner[2] / 2 + (point[0] - cx) * scale, inner[1] + inner[3] / 2 - (point[1] - cy) * scale)

        path = self.canvas.beginPath()
        for index, point in enumerate(projected):
            x, y = page(point)
            (path.moveTo if index == 0 else path.lineTo)(x * mm, self._y(y))
        self.canvas.setStrokeColorRGB(*OTHER)
        self.canvas.setLineWidth(0.8 * mm)
        self.canvas.drawPath(path, stroke=1, fill=0)
        mine = set(sheet.identity.sequences)
        for sequence, place in sorted(places.items(), key=lambda item: item[0] in mine):
            x, y = page(place)
            if sequence in mine:
                self.canvas.setFillColorRGB(0, 0, 0)
                self.canvas.circle(x * mm, self._y(y), 3.2 * mm, stroke=0, fill=1)
                self.canvas.setFillColorRGB(1, 1, 1)
                self._text(x, y + 1.2, str(sequence), 8.5, bold=True, anchor="centre")
            else:
                self.canvas.setFillColorRGB(1, 1, 1)
                self.canvas.setStrokeColorRGB(*OTHER)
                self.canvas.setLineWidth(0.25 * mm)
                self.canvas.circle(x * mm, self._y(y), 2.3 * mm, stroke=1, fill=1)
                self.canvas.setFillColorRGB(*OTHER)
                self._text(x, y + 0.9, str(sequence), 6, anchor="centre")


def _cut(canvas: Canvas, text: str, size: float, width_mm: float) -> str:
    """``text`` shortened with an ellipsis until it fits ``width_mm`` at ``size``."""
    if canvas.stringWidth(text, REGULAR, size) / mm <= width_mm:
        return text
    while text and canvas.stringWidth(text + "…", REGULAR, size) / mm > width_mm:
        text = text[:-1]
    return text.rstrip() + "…"

