"""The plan's fonts: DejaVu Sans, bundled with the package and embedded in every PDF.

Contract: ``register_fonts()`` (idempotent) registers "DejaVuSans", "DejaVuSans-Bold"
and "DejaVuSans-Oblique" with reportlab as one family, from the TTFs bundled with
the package (``resources/fonts``, licence in LICENSE-DejaVu.txt there). reportlab embeds a subset of each
TrueType font it uses, so accented and non-Latin text (Greek, Cyrillic) prints on
any reader; none of the 14 standard PDF fonts, which are never embedded, is used.
"""

from __future__ import annotations

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from cosafe.bundled import bundled_file

REGULAR, BOLD, OBLIQUE = "DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf", OBLIQUE: "DejaVuSans-Oblique.ttf"}


def register_fonts() -> None:
    """Make the three faces known to reportlab (once per process)."""
    if REGULAR in pdfmetrics.getRegisteredFontNames():
        return
    for name, filename in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(bundled_file("fonts", filename))))
    # <b> and <i> in paragraphs pick the right face; bold italic falls back to bold.
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, OBLIQUE)
    addMapping(REGULAR, 1, 1, BOLD)
