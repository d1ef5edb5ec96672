"""What the review of a read sheet decides, detection by detection (no Qt widgets).

Contract:
- ``review_items(reading) -> list[ReviewItem]``: one item per detection, in the reading's
  order, with its meaning and position on the page (mm) as read; ``reasons`` says why a
  person must look at it — another dot touching it ("two stickers touching"), a dot half
  over the map's edge, a dot smaller than a sticker (a pen's mark?), or a low confidence
  (below ``UNCERTAIN``, a faint or irregular mark). A flagged item starts *not accepted*:
  nothing uncertain is stored unless a person accepts it.
- ``corrected_reading(reading, items)``: the reading with only the accepted items, each with
  the meaning, legend colour and position the person gave it (lon/lat from the position on
  the page through the sheet's frame and bounds); ``storing.sheet_edit`` makes it one edit.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace

from cosafe.io.paper_sheets.layout import STICKERS, paper_to_lonlat
from cosafe.io.paper_sheets.reading import Detection, SheetReading
from cosafe.ui.features.paper.words import PaperReview

UNCERTAIN = 0.75  # below this confidence a detection is flagged
TOUCH_GAP_MM = 1.5  # two dots closer than their radii and this touch
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

    @property
    def flagged(self) -> bool:
        return bool(self.reasons)


def review_items(reading: SheetReading) -> list[ReviewItem]:
    """The detections of ``reading`` to review, uncertain ones flagged and not accepted (see the module contract)."""
    left, top, width, height = reading.layout.frame
    found = reading.detections
    items = []
    for index, detection in enumerate(found):
        reasons = []
        radius = detection.diameter_mm / 2
        if any(math.hypot(other.x_mm - detection.x_mm, other.y_mm - detection.y_mm)
               < radius + other.diameter_mm / 2 + TOUCH_GAP_MM for other_index, other in enumerate(found)
               if other_index != index):
            reasons.append(PaperReview.tr("two stickers touching"))
        if (detection.x_mm - radius < left or detection.x_mm + radius > left + width
                or detection.y_mm - radius < top or detection.y_mm + radius > top + height):
            reasons.append(PaperReview.tr("a sticker half off the map"))
        if detection.diameter_mm < MIN_STICKER_MM:
            reasons.append(PaperReview.tr("smaller than a sticker: maybe a pen's mark"))
        if detection.confidence < UNCERTAIN and not reasons:
            reasons.append(PaperReview.tr("a faint or irregular mark"))
        items.append(ReviewItem(detection, detection.meaning, detection.x_mm, detection.y_mm, not reasons, reasons))
    return items


def corrected_reading(reading: SheetReading, items: list[ReviewItem]) -> SheetReading:
    """``reading`` with the accepted items only, as corrected (see the module contract)."""
    kept = []
    for item in items:
        if not item.accepted:
            continue
        lon, lat = paper_to_lonlat(item.x_mm, item.y_mm, reading.layout.frame, reading.identity.bounds)
        kept.append(replace(item.detection, meaning=item.meaning, colour=STICKERS[item.meaning][0],
                            x_mm=item.x_mm, y_mm=item.y_mm, lon=lon, lat=lat))
    return replace(reading, detections=kept, rectified=None)
