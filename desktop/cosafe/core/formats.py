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
- The results hold no bidirectional control marks (U+200E, U+200F, U+061C…): CLDR puts
  them in some Arabic patterns ("01‏/07‏/2026"), but they are no letters, and a font or
  a terminal without a glyph for them shows a box. The bidi algorithm orders a number
  within Arabic text without them.

Why Babel: CLDR, which it carries offline, holds how every language groups digits and
writes dates, percentages and money; no table is kept here. English dates are written
day first ("7 December 2026", CLDR's "en_GB"), as most places CoSafe is used write
them and as the plan always has: "December 7" is read wrongly nowhere, but "7/12" is.
"""

from __future__ import annotations

import re
from datetime import date

from babel.dates import format_date
from babel.numbers import format_decimal, format_percent

from cosafe.core import i18n
from cosafe.core.currency import format_cost

_DATE_LOCALES = {"en": "en_GB"}  # day first (see the module docstring)
_MARKS = re.compile("[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]")


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
    chosen = _code(code)
    return _clean(format_date(day, format="long", locale=_DATE_LOCALES.get(chosen, chosen)))


def format_short_date(iso: str, code: str | None = None) -> str:
    """"2026-07-01" → "1 Jul 2026", "1 juil. 2026": short for a narrow column; the text itself when no date."""
    day = _day(iso)
    if day is None:
        return iso
    chosen = _code(code)
    return _clean(format_date(day, format="medium", locale=_DATE_LOCALES.get(chosen, chosen)))


def format_money(value: float, currency: str | None, code: str | None = None) -> str:
    """A cost in whole units as the language writes money in ``currency``; a grouped number without one."""
    return _clean(format_cost(value, currency, _code(code)))
