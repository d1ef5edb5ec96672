"""Numbers, shares, dates and money as a language writes them, for words made below the window.

"130,000" in English is "130.000" in Spanish and Portuguese and "130 000" in French; a
mean score is "3.4" or "3,4"; a date is "7 December 2026" or "7 de dezembro de 2026".
The plan, the exports and the command line format their figures here, in the language
``core.i18n.language()`` gives (the report language inside ``catalogues.speaking``);
the window formats with QLocale.

Contract:
- Every function takes an optional language ``code`` (one of ``core.i18n.LANGUAGES``);
  None means ``core.i18n.language()``, the language words are given in here and now.
- ``format_integer(value)`` "130,000"; ``format_fixed(value, places)`` "3.4";
  ``format_number(value)`` as few decimals as it needs, at most two ("2.5", "5");
  ``format_share(share)`` a share of 1 as a whole percentage, "50%" / "50 %";
  ``format_long_date(iso)`` "7 December 2026"; ``format_short_date(iso)`` "7 Dec 2026"
  (the text itself when it is no ISO date); ``format_money(value, currency)`` a cost in
  whole units in the project's currency (``core.currency.format_cost``) or a plain
  grouped number without one.
- Digits are Latin (0-9) in every language, Arabic included: Babel's default
  numbering system for "ar" is "latn", as Arabic-speaking countries west of Egypt
  write and as the plan's maps and charts print them.
- The results hold none of the bidirectional control marks CLDR puts in some Arabic
  patterns ("‏130,000 R$", U+061C in others): they are no letters, and a font without a
  glyph for them (the plan's DejaVu Sans has none for U+061C) or a terminal shows a box;
  the bidi algorithm orders a number within Arabic text without them. One mark is
  added instead: in a right-to-left language, money that ends in a Latin symbol ("130,000
  R$") ends with a left-to-right mark (U+200E, an empty glyph in DejaVu Sans, removed
  by ``io.rtl_text`` once the line is ordered), so the symbol stays whole: without it
  the bidi algorithm gives "$" the sentence's direction and prints "$R".

Why Babel: CLDR, which it carries offline, holds how every language groups digits and
writes dates, percentages and money; no table is kept here. English dates are written
day first ("7 December 2026", CLDR's "en_GB"), as most places CoSafe is used write
them and as the plan always has: "December 7" is read wrongly nowhere, but "7/12" is.
"""

from __future__ import annotations

import re
from datetime import date

from babel.numbers import format_decimal, format_percent

from cosafe.core import i18n
from cosafe.core.currency import format_cost

_DATE_LOCALES = {"en": "en_GB"}  # day first (see the module docstring)
_MARKS = re.compile("[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]")
_LATIN_SYMBOL_AT_END = re.compile(r"[A-Za-z][^\w\s]*$")  # "R$", "KES", "US$"
_LEFT_TO_RIGHT_MARK = "\u200e"


def _code(code: str | None) -> str:
    chosen = code or i18n.language()
    return chosen if chosen in i18n.LANGUAGES else "en"


def _clean(text: str) -> str:
    return _MARKS.sub("", text)


def format_integer(value: float, code: str | None = None) -> str:
    """``value`` rounded to a whole number, its digits grouped as the language groups them."""
    return _clean(format_decimal(round(value), format="#,##0", locale=_code(code)))


def format_fixed(value: float, places: int = 1, code: str | None = None) -> str:
    """``value`` with exactly ``places`` decimals and the language's decimal sign ("3.4", "3,4")."""
    pattern = "#,##0" + ("." + "0" * places if places > 0 else "")
    return _clean(format_decimal(value, format=pattern, locale=_code(code)))


def format_number(value: float, code: str | None = None) -> str:
    """``value`` with the decimals it needs, at most two: "5", "2.5", "2,5"."""
    return _clean(format_decimal(value, format="#,##0.##", locale=_code(code)))


def format_share(share: float, code: str | None = None) -> str:
    """A share of 1 (0.5) as a whole percentage the language's way: "50%", "50 %"."""
    return _clean(format_percent(share, locale=_code(code)))


def _day(iso: str) -> date | None:
    try:
        return date.fromisoformat(iso[:10])
    except ValueError:
        return None


def format_long_date(iso: str, code: str | None = None) -> str:
    """"2026-12-07" → "7 December 2026", "7 de dezembro de 2026"; the text itself when it is no date."""
    day = _day(iso)
    if day is None:
        return iso
    from babel.dates import format_date  # here, not at start-up: the window imports this module, dates are rarer

    chosen = _code(code)
    return _clean(format_date(day, format="long", locale=_DATE_LOCALES.get(chosen, chosen)))


def format_short_date(iso: str, code: str | None = None) -> str:
    """"2026-07-01" → "1 Jul 2026", "1 juil. 2026": short for a narrow column; the text itself when no date."""
    day = _day(iso)
    if day is None:
        return iso
    from babel.dates import format_skeleton  # here, not at start-up (as above)

    chosen = _code(code)
    # CLDR's skeleton rather than its "medium" date: the same in most languages, and in Arabic
    # "1 يوليو 2026" rather than "01/07/2026", which a narrow column cannot break.
    return _clean(format_skeleton("yMMMd", day, locale=_DATE_LOCALES.get(chosen, chosen)))


def format_money(value: float, currency: str | None, code: str | None = None) -> str:
    """A cost in whole units as the language writes money in ``currency``; a grouped number without one."""
    chosen = _code(code)
    text = _clean(format_cost(value, currency, chosen))
    if chosen in i18n.RIGHT_TO_LEFT and _LATIN_SYMBOL_AT_END.search(text):
        text += _LEFT_TO_RIGHT_MARK  # "R$" kept whole in a right-to-left line (see the module docstring)
    return text
