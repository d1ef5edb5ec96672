"""Right-to-left text (Arabic) in reportlab: letters joined, words in reading order, lines wrapped right.

reportlab draws glyphs in the order it is given them and does not join Arabic letters
by itself. It can order right-to-left paragraphs (``ParagraphStyle(wordWrap="RTL")``:
it wraps them in logical order, then reorders each line) through the optional module
``rlbidi`` — which is not published on PyPI. This module gives reportlab that
module's one function, built on python-bidi's implementation of the Unicode
Bidirectional Algorithm, and joins the letters with arabic-reshaper (their contextual
presentation forms, which DejaVu Sans, the plan's font, carries). reportlab's own
joining (``shaping=1``, HarfBuzz) is not used: with it on, reportlab turns its
reordering off, so letters would join but words would run left to right.

Contract:
- ``install_bidi()`` makes reportlab's right-to-left paragraphs work; it must run
  before ``reportlab.pdfgen.textobject`` is first imported (``cosafe.io`` calls it on
  import, before any reportlab import of CoSafe). ``bidi_available()`` says whether
  reportlab took it (False if reportlab was imported first).
- ``has_right_to_left(text)``: it holds Arabic or Hebrew script; ``starts_right_to_left(text)``:
  its first strongly directed letter (markup aside) is such a letter.
- ``joined(text)`` is ``text`` with its Arabic letters in their joined forms, still in
  logical order (Latin words and digits untouched), for a paragraph whose style has
  ``wordWrap="RTL"``.
- ``visual_line(text, right_to_left=False)``: one line to draw with ``drawString`` (no
  wrapping): joined and in visual order when it holds right-to-left script, else
  unchanged. Its base direction is right to left when it starts so, or when it holds
  such script and sits in a right-to-left document (``right_to_left``): in an Arabic
  plan "Riverside · 2026 · خطة" reads from the right, Latin name first.
- ``paragraph_right_to_left(text, right_to_left)``: that same rule for a paragraph.
- ``log2vis(text, base_direction, clean, positions_V_to_L)`` is rlbidi's function:
  the visual order of one line, and where each visual character came from.
"""

from __future__ import annotations

import re
import sys
import types
import unicodedata
from typing import Any

import arabic_reshaper
from bidi import algorithm as uba

# Directional marks and isolates: they order the text, they are not drawn.
_FORMATTING = frozenset("\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c")
_RESHAPER = arabic_reshaper.ArabicReshaper({"delete_harakat": False, "support_ligatures": True})


def log2vis(text: str, base_direction: str | None = "RTL", clean: bool = True,
            positions_V_to_L: list[int] | None = None, **_ignored: Any) -> str:  # noqa: N803 - rlbidi's name
    storage = uba.get_empty_storage()
    direction = (base_direction or "").upper()
    level = {"RTL": 1, "LTR": 0}.get(direction)
    if level is None:
        level = uba.get_base_level(text)
    storage["base_level"] = level
    storage["base_dir"] = ("L", "R")[level]
    uba.get_embedding_levels(text, storage)
    for index, char in enumerate(storage["chars"]):
        char["logical"] = index  # kept through the reordering below
    for step in (uba.explicit_embed_and_overrides, uba.resolve_weak_types, uba.resolve_neutral_types,
                 uba.resolve_implicit_levels, _whole_words, uba.reorder_resolved_levels, uba.apply_mirroring):
        step(storage, False)
    chars = [c for c in storage["chars"] if not (clean and c["ch"] in _FORMATTING)]
    if positions_V_to_L is not None:
        positions_V_to_L[:] = [c["logical"] for c in chars]
    return "".join(c["ch"] for c in chars)


_NEUTRAL = frozenset(("ON", "CS", "ES", "ET", "BN", "NSM"))  # punctuation and the like: no direction of its own


def _whole_words(storage: dict, _debug: bool) -> None:
    """Punctuation at either end of a word takes the word's level, so that no word is split apart.

    The Unicode algorithm may give the "(" of "15 (Market" the paragraph's level and
    draw it away from "Market", on the far side of the Latin run. reportlab orders a
    paragraph word by word (it maps each logical word to the visual word holding its
    first character), so a split word comes out lost or doubled ("loop) loop)"). A
    bracket or colon stuck to a word's letters therefore goes with them (one next to
    digits stays where the algorithm puts it: beside them, as "15:" must read in
    Arabic); words of one direction, most words, are untouched.
    """
    chars = storage["chars"]
    start = 0
    while start < len(chars):
        if chars[start]["ch"].isspace():
            start += 1
            continue
        end = start
        while end < len(chars) and not chars[end]["ch"].isspace():
            end += 1
        word = chars[start:end]
        inner = [c for c in word if c["orig"] not in _NEUTRAL]
        if inner:
            for edge, nearest in ((word, inner[0]), (word[::-1], inner[-1])):
                if nearest["orig"] not in ("L", "R", "AL"):
                    continue  # "15:" in Arabic: the colon stays where the algorithm puts it, after the number
                for char in edge:
                    if char["orig"] not in _NEUTRAL:
                        break
                    char["level"] = nearest["level"]
        start = end


_RIGHT_TO_LEFT = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")
_TAG = re.compile(r"<[^>]*>")


def has_right_to_left(text: str) -> bool:
    """Whether ``text`` holds Hebrew or Arabic script (letters or their presentation forms)."""
    return bool(_RIGHT_TO_LEFT.search(text))


def starts_right_to_left(text: str) -> bool:
    """Whether the first strongly directed letter of ``text`` (markup aside) is right to left."""
    for char in _TAG.sub("", text):
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


def joined(text: str) -> str:
    return _RESHAPER.reshape(text)


def paragraph_right_to_left(text: str, right_to_left: bool = False) -> bool:
    """Whether ``text`` runs right to left: it holds such script and starts so or its document reads so.

    Text without right-to-left script keeps left to right even in an Arabic document:
    given a right-to-left base, "loop (day)" would be drawn "(loop (day".
    """
    return has_right_to_left(text) and (right_to_left or starts_right_to_left(text))


def visual_line(text: str, right_to_left: bool = False) -> str:
    """One line as drawn glyph by glyph (a page header): letters joined, in visual order; other text as it is."""
    if not has_right_to_left(text):
        return text
    return log2vis(joined(text), "RTL" if paragraph_right_to_left(text, right_to_left) else "LTR")


def install_bidi() -> None:
    if "rlbidi" not in sys.modules:
        module = types.ModuleType("rlbidi", "log2vis for reportlab, from cosafe.io.rtl_text (python-bidi)")
        module.log2vis = log2vis  # type: ignore[attr-defined]
        sys.modules["rlbidi"] = module


def bidi_available() -> bool:
    from reportlab.pdfgen import textobject

    return bool(textobject.rtlSupport)
