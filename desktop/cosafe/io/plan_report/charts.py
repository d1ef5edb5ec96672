"""Vector charts of the plan (reportlab.graphics), drawn from plain values.

Contract: each function returns a ``Drawing`` of the given width in points, text in
the bundled DejaVu faces. ``criteria_chart``: one 100 % stacked bar per criterion
(shares of scores 0–3). ``bar_chart``: one horizontal bar per group; a suppressed
group has no bar, only its "<N". ``day_night_chart``: each place walked by day and
at night as two marks joined by a line. ``stakeholder_grid``: the influence–interest
2×2 with each stakeholder's number, coloured by sector.

Every label is drawn as its reader reads it (``rtl_text.visual_line``: Arabic
joined, in visual order, upright — the oblique face has no Arabic). With
``right_to_left`` (an Arabic plan) each chart is mirrored as a whole: labels on the
right, bars and axes growing leftwards, legends from the right, the influence axis
on the right reading downwards — text itself is never mirrored.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from cosafe.core.formats import format_number, format_share
from cosafe.core.i18n import QT_TRANSLATE_NOOP, arg, translate
from cosafe.io.plan_report.content import GroupBar, StakeholderRow
from cosafe.io.plan_report.fonts import BOLD, OBLIQUE, REGULAR
from cosafe.io.plan_report.styles import (
    DAY_COLOUR, INK, MUTED, NIGHT_COLOUR, RULE, SCORE_COLOURS, SECTOR_COLOURS, ZEBRA, upright,
)
from cosafe.io.rtl_text import visual_line
from cosafe.io.words import PlanReport

FONT_SIZE = 7.5


def _drawing(width: float, height: float) -> Drawing:
    """A drawing whose initial font is ours (reportlab's default, Helvetica, is never embedded)."""
    return Drawing(width, height, initialFontName=REGULAR)


def _text(x: float, y: float, text: str, size: float = FONT_SIZE, font: str = REGULAR, colour=INK,
          anchor: str = "start") -> String:
    return String(x, y, text, fontName=font, fontSize=size, fillColor=colour, textAnchor=anchor)


def _width(text: str, font: str = REGULAR, size: float = FONT_SIZE) -> float:
    """The width of ``text`` as drawn (Arabic joined, which is narrower than its letters apart)."""
    return stringWidth(visual_line(text), upright(font, text), size)


def _fit(text: str, width: float, size: float = FONT_SIZE, font: str = REGULAR) -> str:
    """``text`` shortened with an ellipsis to fit ``width`` points."""
    if _width(text, font, size) <= width:
        return text
    while text and _width(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


_ANCHORS = {"start": "end", "end": "start"}


def _finish(drawing: Drawing, right_to_left: bool) -> Drawing:
    """``drawing`` with its labels set for their reader and, when ``right_to_left``, mirrored (module contract)."""
    width = drawing.width

    def visit(shapes, mirror: bool) -> None:
        for shape in shapes:
            if isinstance(shape, String):
                shape.fontName = upright(shape.fontName, shape.text)
                shape.text = visual_line(shape.text, right_to_left)
                if mirror:
                    shape.x, shape.textAnchor = width - shape.x, _ANCHORS.get(shape.textAnchor, shape.textAnchor)
            elif isinstance(shape, Group):
                if mirror:  # a turned label: turned the other way, at the other side
                    a, b, c, d, e, f = shape.transform
                    shape.transform = (a, -b, -c, d, width - e, f)
                visit(shape.contents, False)
            elif mirror and isinstance(shape, Rect):
                shape.x = width - shape.x - shape.width
            elif mirror and isinstance(shape, Line):
                shape.x1, shape.x2 = width - shape.x1, width - shape.x2
            elif mirror and isinstance(shape, Circle):
                shape.cx = width - shape.cx

    visit(drawing.contents, right_to_left)
    if right_to_left:
        drawing.hAlign = "RIGHT"  # narrower than the page: against the margin the reader starts from
    return drawing


def _legend(drawing: Drawing, x: float, y: float, entries: Sequence[tuple[object, str]], circle: bool = False) -> None:
    for colour, label in entries:
        if circle:
            drawing.add(Circle(x + 4, y + 3, 3.5, fillColor=colour, strokeColor=colors.white, strokeWidth=0.5))
        else:
            drawing.add(Rect(x, y, 8, 7, fillColor=colour, strokeColor=None))
        drawing.add(_text(x + 11, y + 0.5, label))
        x += 11 + _width(label) + 12


def criteria_chart(criteria: Sequence[tuple[str, Sequence[int], bool]], width: float,
                   right_to_left: bool = False) -> Drawing:
    """Shares of scores 0 (poor) to 3 (good) per criterion, criteria top to bottom."""
    rows = [(label, counts, outcome) for label, counts, outcome in criteria if sum(counts)]
    bar_h, gap, top = 13.0, 5.0, 22.0
    height = top + len(rows) * (bar_h + gap) + 18
    drawing = _drawing(width, height)
    labels = [arg(PlanReport.tr("%1 (outcome)  n=%2", "a criterion, how many scores it has") if outcome
                  else PlanReport.tr("%1  n=%2", "a criterion, how many scores it has"), label, sum(counts))
              for label, counts, outcome in rows]
    label_w = min(max((_width(t) for t in labels), default=0) + 8, width * 0.38)
    plot_w = width - label_w - 6
    scores = (PlanReport.tr("score 0 poor"), PlanReport.tr("score 1"), PlanReport.tr("score 2"),
              PlanReport.tr("score 3 good"))
    _legend(drawing, label_w, height - 10, list(zip(SCORE_COLOURS, scores)))
    for i, ((_label, counts, outcome), text) in enumerate(zip(rows, labels)):
        y = height - top - (i + 1) * (bar_h + gap) + gap
        drawing.add(_text(label_w - 6, y + 3.5, _fit(text, label_w - 8), font=BOLD if outcome else REGULAR,
                          anchor="end"))
        total, x = float(sum(counts)), label_w
        for value, colour in zip(counts, SCORE_COLOURS):
            share = value / total
            if share <= 0:
                continue
            drawing.add(Rect(x, y, plot_w * share, bar_h, fillColor=colour, strokeColor=colors.white, strokeWidth=0.5))
            if plot_w * share > 22:  # label only where it fits
                dark = colour in SCORE_COLOURS[:2]
                drawing.add(_text(x + plot_w * share / 2, y + 3.5, format_share(share), size=6.5,
                                  colour=colors.white if dark else INK, anchor="middle"))
            x += plot_w * share
    for pct in (0, 50, 100):
        x = label_w + plot_w * pct / 100
        drawing.add(_text(x, 4, format_share(pct / 100), size=6.5, colour=MUTED, anchor="middle"))
    return _finish(drawing, right_to_left)


def bar_chart(bars: Sequence[GroupBar], width: float, maximum: float = 5.0, percent: bool = False,
              colours: Sequence[object] = (), right_to_left: bool = False) -> Drawing:
    """One horizontal bar per group from 0 to ``maximum``; value printed after the bar."""
    bar_h, gap = 12.0, 5.0
    height = len(bars) * (bar_h + gap) + 16
    drawing = _drawing(width, height)
    label_w = min(max((_width(b.label) for b in bars), default=0) + 8, width * 0.4)
    plot_w = width - label_w - 34
    for tick in (0, 0.5, 1.0):
        x = label_w + plot_w * tick
        drawing.add(Line(x, 12, x, height, strokeColor=RULE, strokeWidth=0.4, strokeDashArray=(1, 2)))
        value = maximum * tick
        drawing.add(_text(x, 3, format_share(value) if percent else format_number(value), size=6.5, colour=MUTED,
                          anchor="middle"))
    for i, bar in enumerate(bars):
        y = height - (i + 1) * (bar_h + gap)
        drawing.add(_text(label_w - 6, y + 3, _fit(bar.label, label_w - 8), anchor="end"))
        if bar.value is None:
            drawing.add(Rect(label_w, y, plot_w, bar_h, fillColor=ZEBRA, strokeColor=None))
            drawing.add(_text(label_w + 4, y + 3, arg(PlanReport.tr("%1 people: not shown", "%1: fewer than N, as <5"),
                                                      bar.shown), font=OBLIQUE, colour=MUTED)
                        if bar.shown.startswith("<") else _text(label_w + 4, y + 3, bar.shown, colour=MUTED))
            continue
        length = plot_w * max(0.0, min(bar.value / maximum, 1.0))
        colour = colours[i % len(colours)] if colours else SCORE_COLOURS[1]
        drawing.add(Rect(label_w, y, length, bar_h, fillColor=colour, strokeColor=None))
        drawing.add(_text(label_w + length + 3, y + 3, bar.shown, font=BOLD))
    return _finish(drawing, right_to_left)


def day_night_chart(pairs: Sequence[tuple[float, float]], width: float, height: float = 120,
                    right_to_left: bool = False) -> Drawing:
    """Day (circle) and night (square) safety scores of each place walked both ways, joined by a line."""
    drawing = _drawing(width, height)
    left, bottom, top = 26.0, 16.0, 16.0
    plot_w, plot_h = width - left - 6, height - bottom - top
    for score in range(6):
        y = bottom + plot_h * score / 5
        drawing.add(Line(left, y, left + plot_w, y, strokeColor=RULE, strokeWidth=0.4))
        drawing.add(_text(left - 4, y - 2.5, str(score), size=6.5, colour=MUTED, anchor="end"))
    step = plot_w / max(len(pairs), 1)
    for i, (day, night) in enumerate(pairs):
        x = left + step * (i + 0.5)
        y_day, y_night = bottom + plot_h * day / 5, bottom + plot_h * night / 5
        drawing.add(Line(x, y_day, x, y_night, strokeColor=colors.HexColor("#90A4AE"), strokeWidth=1.5))
        drawing.add(Circle(x, y_day, 3.2, fillColor=DAY_COLOUR, strokeColor=colors.white, strokeWidth=0.5))
        drawing.add(Rect(x - 3, y_night - 3, 6, 6, fillColor=NIGHT_COLOUR, strokeColor=colors.white, strokeWidth=0.5))
        if len(pairs) <= 30 or i % (len(pairs) // 30 + 1) == 0:
            drawing.add(_text(x, bottom - 10, str(i + 1), size=6, colour=MUTED, anchor="middle"))
    _legend(drawing, left, height - 10, [(DAY_COLOUR, PlanReport.tr("by day")),
                                         (NIGHT_COLOUR, PlanReport.tr("at night"))], circle=False)
    drawing.add(_text(left + plot_w, height - 9.5, PlanReport.tr("Safety score 0–5; places numbered west to east"),
                      size=6.5, colour=MUTED, anchor="end"))
    return _finish(drawing, right_to_left)


QUADRANTS = ((QT_TRANSLATE_NOOP("PlanReport", "Keep satisfied"), 0, 1),
             (QT_TRANSLATE_NOOP("PlanReport", "Manage closely"), 1, 1),
             (QT_TRANSLATE_NOOP("PlanReport", "Monitor"), 0, 0),
             (QT_TRANSLATE_NOOP("PlanReport", "Keep informed"), 1, 0))


def stakeholder_grid(rows: Sequence[StakeholderRow], size: float, right_to_left: bool = False) -> Drawing:
    """Interest (x) against influence (y), 1–5 each, split into the four usual quadrants."""
    left, bottom = 22.0, 22.0
    side = size - left - 6
    drawing = _drawing(size, size + 14)
    fills = (colors.HexColor("#FBF6EA"), colors.HexColor("#EAF2F8"), colors.HexColor("#F6F6F6"),
             colors.HexColor("#EEF6F0"))
    for (name, qx, qy), fill in zip(QUADRANTS, fills):
        x, y = left + qx * side / 2, bottom + qy * side / 2
        drawing.add(Rect(x, y, side / 2, side / 2, fillColor=fill, strokeColor=RULE, strokeWidth=0.6))
        # At the outer edge: a stakeholder scored 3 sits on the middle lines, where a label would be.
        label_y = y + side / 2 - 10 if qy else y + 4
        drawing.add(_text(x + side / 4, label_y, translate("PlanReport", name), size=7.5, font=BOLD, colour=MUTED,
                          anchor="middle"))

    def position(value: float) -> float:
        return (value - 0.5) / 5 * side  # 1–5 in five equal bands, centred in each

    for tick in range(1, 6):
        drawing.add(_text(left + position(tick), bottom - 9, str(tick), size=6.5, colour=MUTED, anchor="middle"))
        drawing.add(_text(left - 4, bottom + position(tick) - 2.5, str(tick), size=6.5, colour=MUTED, anchor="end"))
    drawing.add(_text(left + side / 2, 3, PlanReport.tr("Interest →"), size=7.5, colour=INK, anchor="middle"))
    label = _text(0, 0, PlanReport.tr("Influence →"), size=7.5, colour=INK, anchor="middle")
    turned = Group(label)
    turned.transform = (0, 1, -1, 0, 8, bottom + side / 2)
    drawing.add(turned)

    same_place: dict[tuple[int, int], list[StakeholderRow]] = defaultdict(list)
    for row in rows:
        same_place[(row.interest, row.influence)].append(row)
    radius = min(7.0, side / 30)
    for (interest, influence), here in same_place.items():
        cx, cy = left + position(interest), bottom + position(influence)
        per_row = 3
        for k, row in enumerate(here):  # several at one spot: a small cluster, never on top of each other
            dx = ((k % per_row) - (min(len(here), per_row) - 1) / 2) * radius * 2.2
            dy = -(k // per_row) * radius * 2.2 + ((len(here) - 1) // per_row) * radius * 1.1
            colour = SECTOR_COLOURS.get(row.sector, MUTED)
            drawing.add(Circle(cx + dx, cy + dy, radius, fillColor=colour, strokeColor=colors.white, strokeWidth=0.8))
            drawing.add(_text(cx + dx, cy + dy - 2.6, str(row.number), size=7, font=BOLD, colour=colors.white,
                              anchor="middle"))
    return _finish(drawing, right_to_left)


def sector_legend(width: float, sectors: Sequence[tuple[str, str]], right_to_left: bool = False) -> Drawing:
    """Coloured marks for the sectors present (key, label)."""
    drawing = _drawing(width, 12)
    _legend(drawing, 0, 2, [(SECTOR_COLOURS.get(key, MUTED), label) for key, label in sectors], circle=True)
    return _finish(drawing, right_to_left)
