"""What the review of a read sheet decides, detection by detection (no Qt widgets).

Contract:
- ``review_items(reading) -> list[ReviewItem]``: one item per detection (dot sticker, pen
  line or pen shape), in the reading's order, with its meaning and position on the page
  (mm) and the number written beside it (``note``) as read; ``reasons`` says why a person must
  look at it — the reader's flags (stickers touching, half off the map, cut by the photo's
  edge, faint, a number not read surely), a dot smaller than a sticker
  (a pen's mark?), or a low confidence (below ``UNCERTAIN``). A flagged item starts *not
  accepted*: nothing uncertain is stored unless a person accepts it.
- ``corrected_reading(reading, items)``: the reading with only the accepted items, each with
  the meaning, legend colour, note number and position the person gave it (lon/lat from the position on
  the page through the sheet's frame and bounds; a pen line or shape moved whole, and kept
  an idea); ``storing.sheet_edit`` makes it one edit.
- ``marks_text(items)``: what ``items`` are, counted by kind in words ("3 dots, 1 pen line,
  1 pen shape"; kinds there are none of left out; "no marks" for none).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from cosafe.core.i18n import arg
from cosafe.io.paper_sheets.layout import STICKERS, paper_to_lonlat
from cosafe.io.paper_sheets.reading import Detection, SheetReading
from cosafe.ui.features.paper.words import PaperReview

UNCERTAIN = 0.75  # below this confidence a detection is flagged
MIN_STICKER_MM = 7.0  # the smallest dot sticker sold is 8 mm; smaller is more likely a pen's mark


@dataclass
class ReviewItem:
    """One detection as the person decides it: accepted or not, its kind and its place on the page."""

    detection: Detection
    meaning: str
    x_mm: float
    y_mm: float
    accepted: bool
    reasons: list[str] = field(default_factory=list)
    note: int | None = None  # the numbered note the dot points to, as read or as the person changed it

    @property
    def flagged(self) -> bool:
        return bool(self.reasons)


def _reasons(detection: Detection) -> list[str]:
    """Why a person must look at ``detection``, in words: the reader's flags, a dot too small
    for a sticker, else a low confidence."""
    said = {"touching": PaperReview.tr("two stickers touching"),
            "half_off_frame": PaperReview.tr("a sticker half off the map"),
            "off_photo": PaperReview.tr("a sticker cut by the photo's edge"),
            "faint": PaperReview.tr("a faint or irregular mark")}
    reasons = [said[flag] for flag in detection.flags if flag in said]
    if "number_unsure" in detection.flags:
        reasons.append(arg(PaperReview.tr("its number is not sure (%1?)"), detection.note)
                       if detection.note is not None else PaperReview.tr("writing beside it that is no number"))
    if detection.kind == "dot" and detection.diameter_mm < MIN_STICKER_MM:
        reasons.append(PaperReview.tr("smaller than a sticker: maybe a pen's mark"))
    if detection.confidence < UNCERTAIN and not reasons:
        reasons.append(said["faint"])
    return reasons


def review_items(reading: SheetReading) -> list[ReviewItem]:
    """The detections of ``reading`` to review, uncertain ones flagged and not accepted (see the module contract)."""
    items = []
    for detection in reading.detections:
        reasons = _reasons(detection)
        items.append(ReviewItem(detection, detection.meaning, detection.x_mm, detection.y_mm, not reasons, reasons,
                                detection.note))
    return items


def marks_text(items: list[ReviewItem]) -> str:
    """``items`` counted by kind, in words (see the module contract)."""
    counts = {kind: sum(1 for item in items if item.detection.kind == kind) for kind in ("dot", "line", "area")}
    parts = [PaperReview.tr("%Ln dots", "", counts["dot"]) if counts["dot"] else "",
             PaperReview.tr("%Ln pen lines", "", counts["line"]) if counts["line"] else "",
             PaperReview.tr("%Ln pen shapes", "a closed pen line: an area", counts["area"]) if counts["area"] else ""]
    parts = [part for part in parts if part]
    if not parts:
        return PaperReview.tr("no marks")
    text = parts[0]
    for part in parts[1:]:
        text = arg(PaperReview.tr("%1, %2", "two counts of a list: 3 dots, 1 pen line"), text, part)
    return text


def corrected_reading(reading: SheetReading, items: list[ReviewItem]) -> SheetReading:
    """``reading`` with the accepted items only, as corrected (see the module contract)."""
    kept = []
    for item in items:
        if not item.accepted:
            continue
        frame, bounds = reading.layout.frame, reading.identity.bounds
        lon, lat = paper_to_lonlat(item.x_mm, item.y_mm, frame, bounds)
        if item.detection.points_mm:  # a pen line or shape: moved whole, an idea whatever was chosen
            dx, dy = item.x_mm - item.detection.x_mm, item.y_mm - item.detection.y_mm
            points = tuple((x + dx, y + dy) for x, y in item.detection.points_mm)
            kept.append(replace(item.detection, x_mm=item.x_mm, y_mm=item.y_mm, lon=lon, lat=lat, points_mm=points,
                                coordinates=tuple(paper_to_lonlat(x, y, frame, bounds) for x, y in points)))
            continue
        kept.append(replace(item.detection, meaning=item.meaning, colour=STICKERS[item.meaning][0],
                            x_mm=item.x_mm, y_mm=item.y_mm, lon=lon, lat=lat, note=item.note))
    return replace(reading, detections=kept, rectified=None)
