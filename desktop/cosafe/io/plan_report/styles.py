"""Type, colours and page sizes of the exported plan (one place to change its look).

Contract: every style uses the bundled DejaVu faces (``fonts``); ``PAGE_SIZES`` maps
"a4" and "letter" to reportlab sizes in points. Colours of scores and day/night
match the app's charts (viridis ramp, Okabe–Ito), so the plan reads like the screen.
"""

from __future__ import annotations

import re

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph

from cosafe.io.plan_report.fonts import BOLD, OBLIQUE, REGULAR, register_fonts
from cosafe.io.rtl_text import has_right_to_left, joined, paragraph_right_to_left

PAGE_SIZES = {"a4": A4, "letter": LETTER}
MARGIN = 18 * mm

INK = colors.HexColor("#263238")
MUTED = colors.HexColor("#5F6B73")
ACCENT = colors.HexColor("#1F4E79")
RULE = colors.HexColor("#B0BEC5")
HEADER_FILL = colors.HexColor("#E3EBF3")
ZEBRA = colors.HexColor("#F5F7F9")
SCORE_COLOURS = tuple(colors.HexColor(c) for c in ("#440154", "#31688E", "#35B779", "#FDE725"))  # 0 poor … 3 good
DAY_COLOUR, NIGHT_COLOUR, DUSK_COLOUR = (colors.HexColor(c) for c in ("#E69F00", "#0072B2", "#CC79A7"))
BAR_COLOUR = colors.HexColor("#0072B2")
SECTOR_COLOURS = {"government": colors.HexColor("#0072B2"), "business": colors.HexColor("#E69F00"),
                  "community": colors.HexColor("#009E73"), "civil_society": colors.HexColor("#CC79A7")}

# Every table starts with this: a cell's own font (even for an empty cell) is Helvetica otherwise.
TABLE_FONT = ("FONTNAME", (0, 0), (-1, -1), REGULAR)


def _style(name: str, **values) -> ParagraphStyle:
    base = {"fontName": REGULAR, "fontSize": 9.5, "leading": 13, "textColor": INK}
    base.update(values)
    return ParagraphStyle(name, **base)


_ITALIC = re.compile(r"</?i>")


class Text(Paragraph):
    """Every paragraph of the plan: one with right-to-left script in it is set as its reader reads it.

    Arabic letters are joined (``rtl_text.joined``) and reportlab orders the words
    (its bidi word wrap): a paragraph that starts in Arabic — or, in a right-to-left
    plan (``Styles(right_to_left=True)``), holds any Arabic — runs right to left and
    sits on the right (unless centred); a Latin one with an Arabic name in it keeps its
    direction and gets the name right. Arabic is never set oblique: the oblique face
    has no Arabic letters (and Arabic has no italics), so such a paragraph is upright.
    Text without such script is untouched (in a right-to-left plan its style already
    sits on the right).
    """

    def __init__(self, text: str | None, style: ParagraphStyle, *args, **kwargs) -> None:
        if text and has_right_to_left(text):  # None: reportlab splitting a paragraph it already set
            right_to_left = paragraph_right_to_left(text, getattr(style, "rightToLeftDocument", False))
            text, style = joined(_ITALIC.sub("", text)), _directed(style, right_to_left)
        super().__init__(text, style, *args, **kwargs)


def _directed(style: ParagraphStyle, right_to_left: bool) -> ParagraphStyle:
    # Made anew each time (a few microseconds): a cache keyed by the parent style's id
    # could hand a paragraph the style of a parent long gone whose id was reused.
    alignment = TA_RIGHT if right_to_left and style.alignment == TA_LEFT else style.alignment
    return ParagraphStyle(f"{style.name}-{'rtl' if right_to_left else 'ltr'}", parent=style,
                          wordWrap="RTL" if right_to_left else "LTR", alignment=alignment,
                          fontName=REGULAR if style.fontName == OBLIQUE else style.fontName)


def upright(font: str, text: str) -> str:
    """``font``, or the regular face for text with Arabic in it when ``font`` is the oblique (which has none)."""
    return REGULAR if font == OBLIQUE and has_right_to_left(text) else font


class Styles:
    """The paragraph styles, built after the fonts are registered.

    ``right_to_left``: the plan reads right to left (Arabic): every style that sits on
    the left sits on the right, its indents mirrored (bullets and quotes indent from the
    right), and ``Text`` runs any paragraph with Arabic in it right to left. Tables,
    charts and page furniture read ``self.right_to_left`` to mirror themselves.
    """

    def __init__(self, right_to_left: bool = False) -> None:
        register_fonts()
        self.right_to_left = right_to_left
        self.body = _style("Body", spaceAfter=5)
        self.bullet = _style("Bullet", spaceAfter=3, leftIndent=12, bulletIndent=2, bulletFontName=REGULAR)
        self.small = _style("Small", fontSize=8, leading=10.5, textColor=MUTED)
        self.caption = _style("Caption", fontName=OBLIQUE, fontSize=8, leading=10.5, textColor=MUTED, spaceAfter=8)
        self.h1 = _style("Heading1", fontName=BOLD, fontSize=17, leading=21, textColor=ACCENT, spaceBefore=2,
                         spaceAfter=8)
        self.h2 = _style("Heading2", fontName=BOLD, fontSize=12, leading=15, textColor=ACCENT, spaceBefore=10,
                         spaceAfter=5, keepWithNext=1)
        self.cell = _style("Cell", fontSize=7.8, leading=9.6)
        self.cell_item = _style("CellItem", fontSize=7.8, leading=9.6, spaceAfter=2.5)
        self.cell_bold = _style("CellBold", fontName=BOLD, fontSize=7.8, leading=9.6)
        self.cell_muted = _style("CellMuted", fontName=OBLIQUE, fontSize=7.3, leading=9, textColor=MUTED)
        self.head = _style("Head", fontName=BOLD, fontSize=7.2, leading=9, textColor=ACCENT)
        self.quote = _style("Quote", fontName=OBLIQUE, fontSize=9, leading=12.5, leftIndent=10, spaceAfter=5,
                            textColor=INK)
        self.cover_title = _style("CoverTitle", fontName=BOLD, fontSize=30, leading=36, textColor=ACCENT,
                                  alignment=TA_LEFT)
        self.cover_sub = _style("CoverSub", fontSize=15, leading=20, textColor=INK)
        self.cover_meta = _style("CoverMeta", fontSize=10.5, leading=15, textColor=MUTED)
        self.cover_badge = _style("CoverBadge", fontName=BOLD, fontSize=11, leading=14, textColor=colors.white,
                                  alignment=TA_CENTER)
        self.figure = _style("Figure", fontName=BOLD, fontSize=20, leading=24, textColor=ACCENT, alignment=TA_CENTER)
        self.figure_label = _style("FigureLabel", fontSize=8, leading=10, textColor=MUTED, alignment=TA_CENTER)
        self.toc_levels = [_style("TOC1", fontSize=11, leading=18, leftIndent=0, firstLineIndent=0),
                           _style("TOC2", fontSize=9.5, leading=14, leftIndent=16, firstLineIndent=0, textColor=MUTED)]
        if right_to_left:
            for style in [*vars(self).values(), *self.toc_levels]:
                if isinstance(style, ParagraphStyle):
                    _mirror(style)


def _mirror(style: ParagraphStyle) -> None:
    """``style`` set for a right-to-left plan: on the right, indents from the right."""
    style.rightToLeftDocument = True
    if style.alignment == TA_LEFT:
        style.alignment = TA_RIGHT
    style.leftIndent, style.rightIndent = style.rightIndent, style.leftIndent
