"""Proposal numbers and vote totals on the map: a badge beside each proposal.

Contract:
- ``ProposalBadges(layer)`` is a map label source (``map.labels.LabelSource``) for a
  ``ProposalLayer``: one badge per proposal the layer shows (hidden groups have none)
  in the view, reading "12" — the proposal's number, as the Proposals list and the
  plan's tables give it (``store.queries.map.proposal_numbers``) — and, once it has
  votes, a voting dot and "5" (all its dots, the plan's "Dots"; ``text`` says
  "12 · 5 dots").
- With more than ``MAX_BADGES`` proposals in view only the most voted are tried.
- A badge sits beside a point proposal's marker (right, left, above, below, then
  the corners, then twice further out), on a line proposal's middle, inside an area;
  it is placed before any basemap name (most voted first), and like every label it
  never overlaps another, so in a crowd a badge may move to a farther spot or, when
  none is free, wait for a closer zoom. It is not shy of other layers' markers (a
  pin may be under it): a proposal without its number cannot be found from a table.
- ``set_content(numbers, dots, moved=None)`` gives what the badges say (``moved``: the
  proposals whose geometry changed, None for all) and calls ``changed()``, so the map
  places its labels again.
- ``BadgeArt`` draws one: a pill in the proposal's group colour (darkened until
  white text reads on it), the number in bold white, the votes on a white end — a
  dot like the stickers of dot voting, and their count — kept short, since a
  workshop map carries dozens of them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
import shapely
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QGuiApplication, QPainter, QPainterPath, QPen

from cosafe.ui.map.label_placement import Candidate, PointCandidate, ScreenFrame, around
from cosafe.ui.map.labels import CachedArt, LabelSource, scaled

if TYPE_CHECKING:
    from cosafe.ui.features.proposals.map_items import ProposalLayer

BADGE_PX = 12  # text size, screen pixels
PRIORITY = 1000.0  # before every basemap name (theirs are below 1000)
MAX_BADGES = 200  # tried per placement, most voted first: more in one view would be a map of badges
MARKER_CLEARANCE_PX = 10.0  # a point proposal's marker radius and a gap
MIN_CONTRAST = 4.5  # white on the badge's colour, WCAG ratio
DOT_PX = 7.0  # the voting dot's diameter
VOTE_INK = QColor("#263238")


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def readable_fill(colour: str) -> QColor:
    """The group colour, darkened until white text on it has MIN_CONTRAST (yellow groups too)."""
    fill = QColor(colour)
    for _ in range(12):
        if 1.05 / (_luminance(fill) + 0.05) >= MIN_CONTRAST:
            break
        fill = fill.darker(120)
    return fill


def badge_text(dots: int) -> str:
    return "" if dots <= 0 else f"{dots} dot" if dots == 1 else f"{dots} dots"


class BadgeArt(CachedArt):
    """A proposal's number (and its votes) in a pill of its group's colour."""

    def __init__(self, number: int, dots: int, colour: str) -> None:
        self.number = number
        self.dots = dots
        self.text = str(number) if dots <= 0 else f"{number} · {badge_text(dots)}"  # what it says, for tests
        base = QFont(QGuiApplication.font())
        base.setPixelSize(BADGE_PX)
        self._bold = QFont(base)
        self._bold.setBold(True)
        self._plain = base
        bold, plain = QFontMetricsF(self._bold), QFontMetricsF(self._plain)
        self._number = str(number)
        self._votes = str(dots) if dots > 0 else ""
        self._number_w = max(bold.horizontalAdvance(self._number) + 10, bold.height() + 2)
        self._votes_w = DOT_PX + 3 + plain.horizontalAdvance(self._votes) + 9 if self._votes else 0.0
        self.width = self._number_w + self._votes_w + 2
        self.height = bold.height() + 4
        self._fill = readable_fill(colour)

    def draw(self, painter: QPainter) -> None:
        w, h = self.width - 2, self.height - 2
        left, top = -w / 2, -h / 2
        pill = QPainterPath()
        pill.addRoundedRect(QRectF(left, top, w, h), h / 2, h / 2)
        painter.setPen(QPen(QColor(255, 255, 255, 235), 2.0))  # a halo: the badge reads on any colour
        painter.setBrush(QColor("white") if self._votes else self._fill)
        painter.drawPath(pill)
        if self._votes:  # the number's end in the group colour, the votes' end white
            painter.save()
            painter.setClipPath(pill, Qt.ClipOperation.IntersectClip)
            painter.fillRect(QRectF(left, top, self._number_w, h), self._fill)
            painter.restore()
            painter.setPen(QPen(self._fill, 1.0))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(pill)
        painter.setPen(QColor("white"))
        painter.setFont(self._bold)
        painter.drawText(QRectF(left, top, self._number_w, h), Qt.AlignmentFlag.AlignCenter, self._number)
        if self._votes:
            start = left + self._number_w + 4
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(VOTE_INK)
            painter.drawEllipse(QRectF(start, -DOT_PX / 2, DOT_PX, DOT_PX))
            painter.setPen(VOTE_INK)
            painter.setFont(self._plain)
            text_left = start + DOT_PX + 3
            painter.drawText(QRectF(text_left, top, left + w - text_left, h),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self._votes)


class ProposalBadges(LabelSource):
    """The badges of one proposal layer (see the module contract)."""

    def __init__(self, layer: ProposalLayer) -> None:
        super().__init__()
        self._layer = layer
        self.numbers: dict[str, int] = {}
        self.dots: dict[str, int] = {}
        self._arts: dict[tuple[int, int, str], BadgeArt] = {}
        self._anchors: dict[str, tuple[float, float, str]] = {}  # uuid -> x, y, kind (map metres)
        self._table: _Shown | None = None

    def set_content(self, numbers: Mapping[str, int], dots: Mapping[str, int], moved: Iterable[str] | None = None
                    ) -> None:
        """What the badges say; ``moved`` proposals (None: all) have a new geometry or colour."""
        if moved is None:
            self._anchors = {}
        else:
            for uuid in moved:
                self._anchors.pop(uuid, None)
        self.numbers, self.dots = dict(numbers), dict(dots)
        self.changed()

    def _anchor(self, uuid: str) -> tuple[float, float, str] | None:
        """Where a proposal's badge is placed from (map metres) and how: beside a marker or on a shape."""
        anchor = self._anchors.get(uuid)
        if anchor is None:
            geom = self._layer.geometry(uuid, hidden=True)
            if geom is None:
                return None
            kind = geom.geom_type
            if "Point" in kind:
                spot = shapely.get_point(geom, 0) if kind == "MultiPoint" else geom
            elif "Line" in kind:
                line = max(getattr(geom, "geoms", [geom]), key=lambda part: part.length)
                spot = line.interpolate(0.5, normalized=True)
            else:
                spot = geom.point_on_surface()
            anchor = self._anchors[uuid] = (spot.x, spot.y, "point" if "Point" in kind else "shape")
        return anchor

    def art(self, uuid: str) -> BadgeArt | None:
        number = self.numbers.get(uuid)
        if number is None:
            return None
        dots = self.dots.get(uuid, 0)
        colour = self._layer.colour_of(uuid)
        key = (number, dots, colour)
        art = self._arts.get(key)
        if art is None:
            art = self._arts[key] = BadgeArt(number, dots, colour)
        return art

    def changed(self) -> None:
        self._table = None  # what is shown, or where, may differ: gather it again
        super().changed()

    def _shown(self) -> _Shown:
        """The shown proposals' anchors, kinds, dots and numbers as arrays, gathered once per change."""
        if self._table is None:
            uuids, xy, point, dots, numbers = [], [], [], [], []
            for uuid in self._layer.uuids:
                if not self._layer.shows(uuid) or uuid not in self.numbers:
                    continue
                anchor = self._anchor(uuid)
                if anchor is None:
                    continue
                uuids.append(uuid)
                xy.append(anchor[:2])
                point.append(anchor[2] == "point")
                dots.append(self.dots.get(uuid, 0))
                numbers.append(self.numbers[uuid])
            self._table = _Shown(uuids, np.array(xy, dtype=float).reshape(-1, 2), np.array(point, dtype=bool),
                                 np.array(dots, dtype=np.int64), np.array(numbers, dtype=np.int64))
        return self._table

    def obstacles(self, frame: ScreenFrame) -> np.ndarray:
        """The markers of point proposals: names keep clear of them."""
        shown = self._shown()
        return shown.xy[shown.point]

    def label_candidates(self, frame: ScreenFrame, metres_per_px: float) -> list[Candidate]:
        shown = self._shown()
        x0, y0, x1, y1 = frame.scene_rect()
        xy = shown.xy
        inside = np.flatnonzero((xy[:, 0] >= x0) & (xy[:, 0] <= x1) & (xy[:, 1] >= y0) & (xy[:, 1] <= y1))
        # Most voted first, then by number; only so many: past that the map is all badges.
        order = inside[np.lexsort((shown.numbers[inside], -shown.dots[inside]))][:MAX_BADGES]
        candidates: list[Candidate] = []
        for index in order.tolist():
            uuid = shown.uuids[index]
            base = self.art(uuid)
            if base is None:
                continue
            art = scaled(base, frame.text_scale)
            # The markers grow with the text on the canvas (ProposalLayer.set_marker_scale): so does their berth.
            clearance = MARKER_CLEARANCE_PX * frame.text_scale
            rings = [around(art.width, art.height, clearance + step * art.height) for step in (0, 1.2, 2.4)]
            offsets = [offset for ring in rings for offset in ring]
            if not shown.point[index]:
                offsets.insert(0, (0.0, 0.0))  # on the line's middle, inside the area
            # Not shy: a badge may cover another layer's marker (never another label) rather than go missing.
            candidates.append(PointCandidate(float(xy[index, 0]), float(xy[index, 1]), art,
                                             PRIORITY + int(shown.dots[index]), f"proposal:{uuid}", offsets,
                                             shy=False))
        return candidates


@dataclass
class _Shown:
    uuids: list[str]
    xy: np.ndarray  # (n, 2) anchors, map metres
    point: np.ndarray  # bool: beside a marker (else on a line or in an area)
    dots: np.ndarray
    numbers: np.ndarray
