"""Map labels: the basemap's names and any feature's own labels, placed together and drawn on screen.

Contract:
- ``TextArt(text, style)``: a name drawn in one of ``TEXT_STYLES`` (sizes in screen
  pixels, so it reads the same at every zoom and in a 300 DPI export, which scales
  pixels by its device pixel ratio) with a light halo, so it reads on roads, parks,
  photos and tiles alike. ``paint(painter)`` draws it centred on the painter's origin.
  Its ``advances`` are each letter's width in pixels as the font lays the name out
  (kerning and letter spacing included; empty when the name's script joins or reorders
  its letters — Arabic, Hebrew, the Indic scripts — so drawn apart they would be wrong),
  which the placement needs to lay a street's name along a curve; ``paint_along``
  draws it letter by letter there: every letter's halo first, then every letter's ink,
  as the whole name is drawn, each from an image drawn once per letter, style and
  device pixel ratio. The halo also spans the gaps between words, straight or curved
  (the street's casing seen through a gap read as a dot between the words).
  ``CachedArt`` is what every label's look builds on: it draws itself once per device
  pixel ratio into an image and paints that image afterwards — stroking a halo round
  a text's curves costs 1–2 ms a label, a frame with twenty names 30 ms, the image a
  few microseconds.
- ``LabelSource``: anything that gives labels for a view —
  ``label_candidates(frame, metres_per_px)`` returns ``label_placement`` candidates,
  ``obstacles(frame)`` the (n, 2) scene points of its markers that names should not
  cover (none by default); ``changed()`` tells the map its labels are out of date. ``BasemapLabels(data)``
  is the basemap's: street names along their lines, place and landmark names at
  their points or inside their areas, by ``label_data.LABEL_RULES`` (which classes
  at which zoom, in which priority). A feature adds its own source to the canvas
  (the proposals' numbers), so one placement keeps every label clear of the others.
  Names (shy candidates) also keep clear of the markers drawn above them: the
  sources' ``obstacles`` and the points of every visible scatter item (pins, audit
  points, incidents) stacked above the labels in the view box — a street's name
  under a pin is a name nobody reads.
- ``MapLabels(view_box)`` is the canvas's: ``add_source(source, z)``
  draws that source's labels with an item at ``z`` (the basemap's between the
  basemap and the workshop layers, ``BASEMAP_LABEL_Z``; a feature's above its own
  items). ``place()`` places every source's labels for the current view;
  ``placed`` is the result. Placing costs a few milliseconds, so the canvas places
  once the view rests, and a source's changes are gathered (``PLACE_DELAY_MS``) and
  placed once — an edit tells several sources, a vote re-reads the numbers; between placements the items draw
  the last placement where its labels are anchored on the map (a pan moves them
  with it), and hide it after zooming out (where it would crowd) until the next; a
  curved name is hidden at any other zoom than its placement's, since its letters,
  laid along the street at that zoom, would leave the street's bends.
  ``set_visible(False)`` hides every label; ``set_text_scale(s)`` makes them ``s``
  times their normal size (the canvas follows its font: presentation mode's larger
  text makes larger names and numbers, read across a room) and emits
  ``text_scale_changed(s)``, so a layer may draw its markers larger with them (the
  proposals' group shapes do); names keep clear of markers that much larger too.
- ``paint_label(painter, label, at)`` draws one placed label, whole or letter by letter
  along its curve: the canvas's items and the exports (the map image, the plan's maps)
  all draw through it, so a label looks the same in each. A curved label's letters are
  composed into one image per device pixel ratio the first time it is drawn, kept while
  the placement keeps the label, so a pan frame draws one image per label either way.
- ``paint_labels(painter, labels, world)`` draws placed labels through ``world``
  (scene → image pixels), for an export; ``reserved_corners(width, height)`` are the
  screen rectangles the map furniture (scale bar, north arrow, attribution) covers,
  which labels keep clear of.
"""

from __future__ import annotations

import itertools
import math
import time
import unicodedata
import weakref
from collections import OrderedDict
from collections.abc import Callable, Hashable
from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
import shapely
from PySide6.QtCore import QObject, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (QColor, QFont, QFontMetricsF, QGuiApplication, QImage, QPainter, QPainterPath, QPen,
                           QTransform)
from PySide6.QtWidgets import QStyleOptionGraphicsItem, QWidget

from cosafe.core.projection import WORLD_HALF_WIDTH, ground_scale, point_to_lonlat
from cosafe.ui.map.label_data import LABEL_RULES, LabelData
from cosafe.ui.map.label_placement import (Box, Candidate, LineCandidate, PlacedLabel, PointCandidate, ScreenFrame,
                                           around, place_labels)
from cosafe.ui.map.layer_items import BASEMAP_TOP_Z

# Above the basemap, its highlight and the heat map (BASEMAP_TOP_Z + 1), so names read
# through the heat; below walks, incidents, audit points, pins and proposals.
BASEMAP_LABEL_Z = BASEMAP_TOP_Z + 1.5
MIN_AREA_PX = 36.0  # an area is named once its larger side is this long on screen
MIN_LINE_PX = 48.0  # a line shorter than this on screen holds no name
MAX_LINES = 400  # lines tried per placement, longest first: a city view stays quick
MAX_SPOTS = 600  # points and areas tried per placement
POINT_CLEARANCE_PX = 7.0  # from a shop's or stop's point to its name: the marker's radius and a gap
HALO_PX = 2.0  # the halo's reach around each glyph
PLACE_DELAY_MS = 30  # a source's changes within this are placed once
MARKER_PX = 8.0  # names keep this clear of a marker's point (the largest marker's radius: a proposal's group shape)
MAX_OBSTACLES = 5000  # markers names avoid per placement: past this, a crowd of pins hides the map anyway
MAX_ARTS = 3000  # names whose look (and image) is kept
MAX_GLYPHS = 4000  # letters' images kept for curved names (per style, letter and pixel ratio)
STALE_ZOOM_OUT = 0.8  # after zooming out past this scale, the last placement would crowd: hide it
CURVED_ZOOM = 0.02  # a curved name is drawn only within this of the scale it was placed at


@dataclass(frozen=True)
class TextStyle:
    pixels: float
    ink: str
    weight: QFont.Weight = QFont.Weight.Normal
    italic: bool = False
    spacing: float = 0.0  # extra pixels between letters


TEXT_STYLES: dict[str, TextStyle] = {
    "place": TextStyle(16, "#3c3a37", QFont.Weight.Bold, spacing=1.5),
    "major_road": TextStyle(13, "#2b2926", QFont.Weight.DemiBold),
    "minor_road": TextStyle(12, "#3a3835"),
    "path": TextStyle(11, "#6b4a2f", italic=True),
    "railway": TextStyle(11, "#555555", italic=True),
    "water": TextStyle(12, "#1f5f99", italic=True),
    "green": TextStyle(12, "#2f6b2f", italic=True),
    "landmark": TextStyle(12, "#4a4540"),
    "poi": TextStyle(11, "#4b3a8c"),
    "transport": TextStyle(11, "#00557f"),
}
HALO = QColor(255, 255, 255, 235)


def text_scale(font: QFont) -> float:
    """How many times the application's font ``font`` is (1 when either has no size)."""
    base = QGuiApplication.font()
    if font.pointSizeF() > 0 and base.pointSizeF() > 0:
        return round(font.pointSizeF() / base.pointSizeF(), 2)
    if font.pixelSize() > 0 and base.pixelSize() > 0:
        return round(font.pixelSize() / base.pixelSize(), 2)
    return 1.0


def label_font(style: TextStyle) -> QFont:
    font = QFont(QGuiApplication.font())
    font.setPixelSize(round(style.pixels))
    font.setWeight(style.weight)
    font.setItalic(style.italic)
    if style.spacing:
        font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, style.spacing)
    return font


class CachedArt:
    """A label's look, drawn once per device pixel ratio into an image (see the module contract).

    Subclasses set ``width`` and ``height`` (logical pixels) and implement ``draw(painter)``,
    drawing centred on the origin within them.
    """

    width: float
    height: float

    def draw(self, painter: QPainter) -> None:
        raise NotImplementedError

    def image(self, ratio: float) -> QImage:
        cache: dict[float, QImage] = self.__dict__.setdefault("_images", {})
        image = cache.get(ratio)
        if image is None:
            image = QImage(max(1, math.ceil(self.width * ratio)), max(1, math.ceil(self.height * ratio)),
                           QImage.Format.Format_ARGB32_Premultiplied)
            image.fill(Qt.GlobalColor.transparent)
            image.setDevicePixelRatio(ratio)
            painter = QPainter(image)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
            painter.translate(self.width / 2, self.height / 2)
            self.draw(painter)
            painter.end()
            cache[ratio] = image
        return image

    def paint(self, painter: QPainter) -> None:
        """Draw centred on the painter's origin (a translation, maybe a rotation, in logical pixels)."""
        ratio = painter.device().devicePixelRatioF() if painter.device() is not None else 1.0
        image = self.image(ratio)
        width, height = image.width() / ratio, image.height() / ratio
        painter.drawImage(QRectF(-self.width / 2, -self.height / 2, width, height), image)


class ScaledArt(CachedArt):
    """Another look, ``scale`` times as large: drawn from that look's image at the finer ratio."""

    def __init__(self, art: CachedArt, scale: float) -> None:
        self.art = art
        self.scale = scale
        self.width = art.width * scale
        self.height = art.height * scale

    def image(self, ratio: float) -> QImage:
        return self.art.image(ratio * self.scale)

    @property
    def advances(self) -> tuple[float, ...]:
        return tuple(advance * self.scale for advance in getattr(self.art, "advances", ()))

    def paint_along(self, painter: QPainter, x: float, y: float, glyphs: np.ndarray) -> None:
        self.art.paint_along(painter, x, y, glyphs, self.scale)  # type: ignore[attr-defined]

    def __getattr__(self, name: str):  # what the look says (text, number, dots), for callers and tests
        return getattr(self.art, name)


def scaled(art: CachedArt, scale: float) -> CachedArt:
    """``art`` at ``scale`` times its size (itself at 1)."""
    return art if scale == 1.0 else ScaledArt(art, scale)


# Scripts whose letters stand alone, so a name in them can be drawn letter by letter along a
# curve: Latin, Greek, Cyrillic, Armenian (and their accents), punctuation, CJK and Hangul.
# Others (Arabic, Hebrew, the Indic scripts, Thai...) join, reorder or stack letters when the
# whole name is shaped: their names stay straight.
_LETTERS_STAND_ALONE = ((0x0000, 0x058F), (0x1E00, 0x1FFF), (0x2000, 0x214F), (0x3000, 0x30FF), (0x3400, 0x4DBF),
                        (0x4E00, 0x9FFF), (0xAC00, 0xD7AF), (0xFF00, 0xFFEF))


def letters(text: str) -> tuple[str, ...]:
    """``text`` cut into letters drawn one by one (a letter keeps its combining accents), or ()
    when its script does not let letters be drawn apart."""
    out: list[str] = []
    for char in text:
        code = ord(char)
        if not any(low <= code <= high for low, high in _LETTERS_STAND_ALONE):
            return ()
        if out and unicodedata.combining(char):
            out[-1] += char
        else:
            out.append(char)
    return tuple(out)


def _baseline(metrics: QFontMetricsF) -> float:
    """The baseline's height below the centre of a label's ascent-to-descent box."""
    return (metrics.ascent() - metrics.descent()) / 2


def _word_gap(metrics: QFontMetricsF, left: float, advance: float) -> QPainterPath:
    """Halo across a space from ``left`` (pixels from the name's centre), the height of the small
    letters: the halos of the letters either side leave a gap in it, and the street's casing,
    seen through it, read as a dot between the words."""
    path = QPainterPath()
    top = _baseline(metrics) - metrics.xHeight() - HALO_PX
    path.addRoundedRect(QRectF(left - HALO_PX, top, advance + 2 * HALO_PX, metrics.xHeight() + 2 * HALO_PX),
                        HALO_PX, HALO_PX)
    return path


_glyphs: OrderedDict[tuple[TextStyle, str, float], tuple[QImage, QImage, QRectF]] = OrderedDict()


def glyph_images(style: TextStyle, letter: str, ratio: float) -> tuple[QImage, QImage, QRectF]:
    """(halo, ink, where) of one letter drawn at device pixel ratio ``ratio``: ``where`` is the images'
    rectangle in logical pixels around the letter's centre (the middle of its advance, on the label's
    middle line), as ``TextArt`` centres a name."""
    key = (style, letter, ratio)
    found = _glyphs.get(key)
    if found is not None:
        _glyphs.move_to_end(key)
        return found
    font = label_font(style)
    metrics = QFontMetricsF(font)
    path = QPainterPath()
    advance = metrics.horizontalAdvance(letter)
    gap = letter.isspace()
    if gap:  # a space: no ink, a halo across it
        path = _word_gap(metrics, -advance / 2, advance)
    else:
        path.addText(-advance / 2, _baseline(metrics), font, letter)
    where = path.boundingRect().adjusted(-HALO_PX - 1, -HALO_PX - 1, HALO_PX + 1, HALO_PX + 1)
    images = []
    for halo in (True, False):
        image = QImage(max(1, math.ceil(where.width() * ratio)), max(1, math.ceil(where.height() * ratio)),
                       QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        image.setDevicePixelRatio(ratio)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.translate(-where.left(), -where.top())
        if halo and gap:
            painter.fillPath(path, HALO)
        elif halo:
            pen = QPen(HALO, 2 * HALO_PX)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            painter.strokePath(path, pen)
            painter.fillPath(path, HALO)  # the halo's inside too: the ink's antialiased edge lies over it
        elif not gap:
            painter.fillPath(path, QColor(style.ink))
        painter.end()
        images.append(image)
    found = _glyphs[key] = (images[0], images[1], where)
    if len(_glyphs) > MAX_GLYPHS:
        _glyphs.popitem(last=False)
    return found


class TextArt(CachedArt):
    """A name in one text style with a halo."""

    def __init__(self, text: str, style: str) -> None:
        self.text = text
        self.style = TEXT_STYLES[style]
        font = label_font(self.style)
        metrics = QFontMetricsF(font)
        advance = metrics.horizontalAdvance(text)
        self.width = advance + 2 * HALO_PX
        self.height = metrics.ascent() + metrics.descent() + 2 * HALO_PX
        self._path = QPainterPath()
        # Centred on the origin: the baseline sits so the ascent-to-descent box is centred.
        self._path.addText(-advance / 2, _baseline(metrics), font, text)
        self._ink = QColor(self.style.ink)
        # Each letter's width where the whole name lays it out: the advance up to its end, less the one before.
        self.letters = letters(text)
        ends = list(itertools.accumulate(len(letter) for letter in self.letters))
        edges = [0.0] + [metrics.horizontalAdvance(text[:end]) for end in ends]
        self.advances = tuple(b - a for a, b in zip(edges, edges[1:]))
        self._gaps = QPainterPath()
        for letter, left, right in zip(self.letters, edges, edges[1:]):
            if letter.isspace():
                self._gaps.addPath(_word_gap(metrics, left - advance / 2, right - left))

    def draw(self, painter: QPainter) -> None:
        painter.fillPath(self._gaps, HALO)
        halo = QPen(HALO, 2 * HALO_PX)
        halo.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.strokePath(self._path, halo)
        painter.fillPath(self._path, self._ink)

    def paint_along(self, painter: QPainter, x: float, y: float, glyphs: np.ndarray, scale: float = 1.0) -> None:
        """Draw letter by letter: letter i centred at (x, y) + ``glyphs[i, :2]`` (logical pixels), turned by
        ``glyphs[i, 2]`` degrees; ``scale`` times the normal size (``ScaledArt``)."""
        ratio = painter.device().devicePixelRatioF() if painter.device() is not None else 1.0
        drawn = [glyph_images(self.style, letter, ratio * scale) for letter in self.letters]
        for layer in (0, 1):  # every halo, then every ink: a halo never covers a neighbour's ink
            for (dx, dy, angle), images in zip(glyphs.tolist(), drawn):
                where = images[2]
                painter.setTransform(QTransform.fromTranslate(x + dx, y + dy).rotate(angle))
                painter.drawImage(QRectF(where.left() * scale, where.top() * scale, where.width() * scale,
                                         where.height() * scale), images[layer])


class LabelSource:
    """What gives labels to the map (see the module contract)."""

    def __init__(self) -> None:
        self._observers: list[Callable[[], None]] = []

    def label_candidates(self, frame: ScreenFrame, metres_per_px: float) -> list[Candidate]:
        raise NotImplementedError

    def obstacles(self, frame: ScreenFrame) -> np.ndarray:
        return np.empty((0, 2))

    def observe(self, callback: Callable[[], None]) -> None:
        self._observers.append(callback)

    def forget(self, callback: Callable[[], None]) -> None:
        self._observers = [c for c in self._observers if c is not callback]

    def changed(self) -> None:
        for callback in list(self._observers):
            callback()


class BasemapLabels(LabelSource):
    """The names of the basemap's streets, places and landmarks."""

    def __init__(self, data: LabelData | None = None) -> None:
        super().__init__()
        self._data = data
        # The looks of names shown lately (each holds its image): bounded, for a city's many names.
        self._arts: OrderedDict[tuple[str, str], TextArt] = OrderedDict()

    def set_data(self, data: LabelData | None) -> None:
        if data is not self._data:
            self._data = data
            self.changed()

    def _art(self, text: str, style: str) -> TextArt:
        key = (text, style)
        art = self._arts.get(key)
        if art is None:
            art = self._arts[key] = TextArt(text, style)
            if len(self._arts) > MAX_ARTS:
                self._arts.popitem(last=False)
        else:
            self._arts.move_to_end(key)
        return art

    def label_candidates(self, frame: ScreenFrame, metres_per_px: float) -> list[Candidate]:
        data = self._data
        if data is None:
            return []
        shown = {name for name, rule in LABEL_RULES.items() if metres_per_px <= rule.max_m_per_px}
        if not shown:
            return []
        ox, oy = data.origin
        x0, y0, x1, y1 = frame.scene_rect(margin_px=8.0)
        x0, y0, x1, y1 = x0 - ox, y0 - oy, x1 - ox, y1 - oy
        return self._lines(data, frame, shown, (x0, y0, x1, y1)) + self._spots(data, frame, shown, (x0, y0, x1, y1))

    def _lines(self, data: LabelData, frame: ScreenFrame, shown: set[str], view: Box) -> list[Candidate]:
        b = data.line_bounds
        if not len(b):
            return []
        x0, y0, x1, y1 = view
        hit = np.flatnonzero((b[:, 0] <= x1) & (b[:, 2] >= x0) & (b[:, 1] <= y1) & (b[:, 3] >= y0)
                             & np.isin(data.line_classes, list(shown))
                             & (data.line_lengths * frame.scale >= MIN_LINE_PX))
        if not hit.size:
            return []
        hit = hit[np.argsort(-data.line_lengths[hit], kind="stable")][:MAX_LINES]
        clipped = shapely.clip_by_rect(data.line_geoms[hit], x0, y0, x1, y1)
        parts, owner = shapely.get_parts(clipped, return_index=True)
        lengths = shapely.length(parts) * frame.scale
        keep = lengths >= MIN_LINE_PX
        candidates: list[Candidate] = []
        origin = np.array(data.origin)
        for part, index, length in zip(parts[keep], hit[owner[keep]], lengths[keep]):
            if part.geom_type != "LineString":
                continue
            name, style_class = data.line_names[index], data.line_classes[index]
            rule = LABEL_RULES[style_class]
            art = scaled(self._art(name, rule.style), frame.text_scale)
            candidates.append(LineCandidate(shapely.get_coordinates(part) + origin, art,
                                            rule.priority + min(float(length), 4000.0) / 1e4, name.casefold(),
                                            advances=art.advances))
        return candidates

    def _spots(self, data: LabelData, frame: ScreenFrame, shown: set[str], view: Box) -> list[Candidate]:
        xy = data.xy
        if not len(xy):
            return []
        x0, y0, x1, y1 = view
        size_px = data.sizes * frame.scale
        hit = np.flatnonzero((xy[:, 0] >= x0) & (xy[:, 0] <= x1) & (xy[:, 1] >= y0) & (xy[:, 1] <= y1)
                             & np.isin(data.classes, list(shown)) & ((data.sizes == 0) | (size_px >= MIN_AREA_PX)))
        hit = hit[np.argsort(-size_px[hit], kind="stable")][:MAX_SPOTS]
        candidates: list[Candidate] = []
        for index in hit.tolist():
            name, style_class = data.names[index], data.classes[index]
            rule = LABEL_RULES[style_class]
            art = scaled(self._art(name, rule.style), frame.text_scale)
            if data.sizes[index] > 0:  # an area: named inside it, or just above or below its middle
                offsets = [(0.0, 0.0), (0.0, -art.height), (0.0, art.height)]
            else:  # a point with a marker: the name beside it
                offsets = around(art.width, art.height, POINT_CLEARANCE_PX)
            candidates.append(PointCandidate(float(xy[index, 0] + data.origin[0]), float(xy[index, 1] + data.origin[1]),
                                             art, rule.priority + min(float(size_px[index]), 4000.0) / 1e4,
                                             name.casefold(), offsets))
        return candidates


def marker_boxes(points: np.ndarray, frame: ScreenFrame, radius: float = MARKER_PX) -> list[Box]:
    """Boxes of ``radius`` pixels round (n, 2) scene points, those in the frame only."""
    if not len(points):
        return []
    sx, sy = frame.to_screen(points[:, 0], points[:, 1])
    inside = (sx > -radius) & (sx < frame.width + radius) & (sy > -radius) & (sy < frame.height + radius)
    return [(x - radius, y - radius, x + radius, y + radius) for x, y in zip(sx[inside].tolist(), sy[inside].tolist())]


def reserved_corners(width: float, height: float) -> list[Box]:
    """Screen rectangles under the map furniture (``overlay.paint_furniture``): scale bar
    bottom-left, north arrow top-right, attribution bottom-right."""
    return [(0.0, height - 56.0, 190.0, height), (width - 64.0, 0.0, width, 84.0),
            (width - min(width / 2, 380.0), height - 24.0, width, height)]


# Each curved label drawn once per device pixel ratio (its letters turned and composed into one
# image), kept as long as the placement holds the label: a frame then draws one image a label,
# not two turned images a letter (15 curved names: 3 ms more a pan frame).
_curved: weakref.WeakKeyDictionary[PlacedLabel, dict[float, tuple[QImage, float, float]]] = weakref.WeakKeyDictionary()


def _curved_image(label: PlacedLabel, ratio: float) -> tuple[QImage, float, float]:
    """(image, left, top): the curved ``label`` drawn at ``ratio``, its top-left in logical pixels from the anchor."""
    images = _curved.setdefault(label, {})
    found = images.get(ratio)
    if found is None:
        art = label.art
        glyphs = label.glyphs
        assert glyphs is not None
        reach = math.hypot(max(art.advances), art.height) / 2 + HALO_PX + 2  # type: ignore[attr-defined]
        left, top = math.floor(glyphs[:, 0].min() - reach), math.floor(glyphs[:, 1].min() - reach)
        right, bottom = math.ceil(glyphs[:, 0].max() + reach), math.ceil(glyphs[:, 1].max() + reach)
        image = QImage(math.ceil((right - left) * ratio), math.ceil((bottom - top) * ratio),
                       QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        image.setDevicePixelRatio(ratio)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        art.paint_along(painter, -left, -top, glyphs)  # type: ignore[attr-defined]
        painter.end()
        found = images[ratio] = (image, float(left), float(top))
    return found


def paint_label(painter: QPainter, label: PlacedLabel, at: QPointF) -> None:
    """Draw one placed label whose anchor lands at ``at`` (device-independent pixels)."""
    x, y = at.x() + label.dx, at.y() + label.dy
    art = label.art
    ratio = painter.device().devicePixelRatioF() if painter.device() is not None else 1.0
    if label.glyphs is not None:  # along a curve: its letters drawn once into an image, put on whole device pixels
        image, left, top = _curved_image(label, ratio)
        left, top = round((x + left) * ratio) / ratio, round((y + top) * ratio) / ratio
        painter.setTransform(QTransform.fromTranslate(left, top))
        painter.drawImage(QRectF(0, 0, image.width() / ratio, image.height() / ratio), image)
        return
    if label.angle == 0.0:
        # Upright: put the label's image on whole device pixels, so its text stays crisp.
        x = (round((x - art.width / 2) * ratio) / ratio) + art.width / 2
        y = (round((y - art.height / 2) * ratio) / ratio) + art.height / 2
    painter.setTransform(QTransform.fromTranslate(x, y).rotate(label.angle))
    art.paint(painter)  # type: ignore[attr-defined]


def paint_labels(painter: QPainter, labels: list[PlacedLabel], world: QTransform) -> None:
    """Draw ``labels`` through ``world`` (scene → logical image pixels), antialiased."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)  # turned street names
    for label in labels:
        paint_label(painter, label, world.map(QPointF(label.x, label.y)))
    painter.restore()


class LabelLayerItem(pg.GraphicsObject):
    """Draws the placed labels of one layer (z value) of the canvas, in screen pixels."""

    def __init__(self, z: float) -> None:
        super().__init__()
        self.labels: list[PlacedLabel] = []
        self.placed_scale = 0.0  # pixels per scene unit the labels were placed at
        self.setZValue(z)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        reach = 4 * WORLD_HALF_WIDTH
        self._bounds = QRectF(-reach, -reach, 2 * reach, 2 * reach)  # labels may be anywhere the view is

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        if not self.labels:
            return
        world = painter.transform()
        scale = math.sqrt(abs(world.determinant()))
        if scale < STALE_ZOOM_OUT * self.placed_scale:
            return  # zoomed out since the placement: it would crowd; the next one comes when the view rests
        # Zoomed since the placement: a curved name's letters no longer lie on the street's bends.
        curves = abs(scale / self.placed_scale - 1) <= CURVED_ZOOM if self.placed_scale else False
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)  # turned street names
        for label in self.labels:
            if curves or label.glyphs is None:
                paint_label(painter, label, world.map(QPointF(label.x, label.y)))
        painter.restore()


class MapLabels(QObject):
    """Every label source of one canvas, placed together (see the module contract)."""

    text_scale_changed = Signal(float)

    def __init__(self, view_box: pg.ViewBox, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Only the view box is kept, never the canvas: a reference back to the canvas would
        # keep a closed canvas (and its timers) alive until Python's cycle collector ran.
        self._view_box = view_box
        self._sources: list[tuple[LabelSource, LabelLayerItem]] = []
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(PLACE_DELAY_MS)
        self._pending.timeout.connect(self.place)
        self.placed: list[PlacedLabel] = []
        self.visible = True
        self.text_scale = 1.0
        self.place_ms = 0.0  # how long the last placement took

    def add_source(self, source: LabelSource, z: float) -> None:
        item = LabelLayerItem(z)
        item.setVisible(self.visible)
        self._view_box.addItem(item, ignoreBounds=True)
        self._sources.append((source, item))
        source.observe(self.schedule)
        self.schedule()

    def remove_source(self, source: LabelSource) -> None:
        for entry in [e for e in self._sources if e[0] is source]:
            self._view_box.removeItem(entry[1])
            source.forget(self.schedule)
            self._sources.remove(entry)
        self.schedule()

    @property
    def pending(self) -> bool:
        """Whether a placement is due (a source changed since the last one)."""
        return self._pending.isActive()

    def schedule(self) -> None:
        """Place soon: changes that come together are placed once."""
        self._pending.start()

    def set_text_scale(self, scale: float) -> None:
        if scale > 0 and scale != self.text_scale:
            self.text_scale = scale
            self.text_scale_changed.emit(scale)  # first: markers drawn larger are obstacles as large
            self.place()

    def set_visible(self, visible: bool) -> None:
        self.visible = visible
        for _, item in self._sources:
            item.setVisible(visible)
        if visible:
            self.place()

    def _scatter_points(self) -> np.ndarray:
        """(n, 2) view points of the visible scatter items drawn above the labels (pins, audit points)."""
        found = [np.empty((0, 2))]
        for item in self._view_box.childGroup.childItems():  # addItem(ignoreBounds=True) lists them nowhere else
            if isinstance(item, pg.ScatterPlotItem) and item.isVisible() and item.zValue() > BASEMAP_LABEL_Z:
                x, y = item.getData()
                if x is not None and len(x):
                    found.append(np.column_stack([x, y]))
        return np.concatenate(found)

    def frame(self) -> ScreenFrame | None:
        """The view box's view: it fills the canvas's viewport."""
        size = self._view_box.size()
        rect = self._view_box.viewRect()
        if size.width() <= 0 or size.height() <= 0 or rect.width() <= 0:
            return None
        return ScreenFrame(rect.left(), rect.bottom(), size.width() / rect.width(), size.width(), size.height(),
                           self.text_scale)

    def metres_per_px(self, frame: ScreenFrame) -> float:
        """True ground metres per screen pixel at the middle of ``frame`` (as the canvas's scale bar)."""
        centre_y = frame.top - frame.height / frame.scale / 2
        return ground_scale(point_to_lonlat(frame.left, centre_y)[1]) / frame.scale

    def place(self) -> None:
        """Place every source's labels for the current view and redraw them."""
        self._pending.stop()
        start = time.perf_counter()
        frame = self.frame()
        if frame is None or not self.visible:
            self.placed = []
        else:
            candidates: list[Candidate] = []
            metres = self.metres_per_px(frame)
            points = [self._scatter_points()]
            for index, (source, _) in enumerate(self._sources):
                for candidate in source.label_candidates(frame, metres):
                    candidate.layer = index
                    candidates.append(candidate)
                points.append(source.obstacles(frame))
            # Markers that grow with the text (the proposals') need the larger berth; the rest get a wider one.
            obstacles = marker_boxes(np.concatenate(points)[:MAX_OBSTACLES], frame, MARKER_PX * frame.text_scale)
            self.placed = place_labels(candidates, frame, reserved_corners(frame.width, frame.height), obstacles)
        by_layer: dict[Hashable, list[PlacedLabel]] = {}
        for label in self.placed:
            by_layer.setdefault(label.layer, []).append(label)
        for index, (_, item) in enumerate(self._sources):
            item.labels = by_layer.get(index, [])
            item.placed_scale = frame.scale if frame is not None else 0.0
            item.update()
        self.place_ms = (time.perf_counter() - start) * 1000
