"""The project's currency: which codes there are, what they are called, how a cost reads.

Contract:
- ``CURRENCY_KEY`` is the project meta key; its value is an ISO 4217 code ("KES",
  "BRL", "EUR", "XOF") or absent / empty for "no currency": costs are then plain
  numbers, as before the setting existed.
- ``check_currency(text)`` returns the code in capitals ("" for blank) or raises
  ValueError with one line when it is no currency Babel (CLDR) knows.
- ``currency_in_force(stored)`` is the code a stored meta value stands for: "" when
  unset, or when it is no code (a hand-edited file), so nothing prints a wrong unit.
- ``currency_choices(locale)`` lists (code, name) of the currencies in use today,
  sorted by code; ``currency_name(code)`` is "Kenyan Shilling" and
  ``currency_label(code)`` "KES — Kenyan Shilling".
- ``format_cost(value, code, locale)`` is a cost in whole units, as the locale writes
  money in that currency ("KES 12,000", "€1,500" in "en"; "12 000 KES" in "fr"), or
  the plain grouped number ("12,000") without a code.
- ``DEFAULT_LOCALE`` ("en") is the locale of a cost formatted without one; the plan
  and the exports write costs in their own language through ``core.formats.format_money``.

Why Babel: the names, symbols and layouts of money differ by currency and language,
and CLDR (which Babel carries, offline) already holds them; no table is kept here.
Why whole units: every cost in CoSafe is a rough estimate, and cents would claim a
precision nobody has.
"""

from __future__ import annotations

import copy
import functools
import re
from datetime import date

# Babel is loaded by the first function that needs it, not with this module (which the edit
# classes import): commands that never show money (an import) do not load it.

from cosafe.core.i18n import arg
from cosafe.core.words import Project

CURRENCY_KEY = "currency"
DEFAULT_LOCALE = "en"
_SPACING = "\u00a0"  # no-break space: the symbol stays on the line of its number
# CLDR's currencySpacing rule, which Babel does not apply: a symbol that ends in a
# letter ("KES", "F CFA") is set apart from the digits that follow it, and the same
# the other way round. Without it "en" prints "KES12,000".
_LETTER_THEN_DIGIT = re.compile(r"(?<=[^\W\d_])(?=\d)")
_DIGIT_THEN_LETTER = re.compile(r"(?<=\d)(?=[^\W\d_])")


@functools.cache
def _known_codes() -> frozenset[str]:
    from babel.numbers import list_currencies

    return frozenset(list_currencies())


def check_currency(text: str | None) -> str:
    """The ISO 4217 code ``text`` names, in capitals; "" for none. ValueError for an unknown code."""
    code = (text or "").strip().upper()
    if code and code not in _known_codes():
        raise ValueError(arg(Project.tr("“%1” is not a currency code: use an ISO 4217 code such as KES, BRL, "
                                        "EUR or XOF"), (text or "").strip()))
    return code


def currency_in_force(stored: str | None) -> str:
    """The currency code ``stored`` (a project meta value) stands for; "" for none or for no code at all."""
    try:
        return check_currency(stored)
    except ValueError:
        return ""


@functools.cache
def currency_choices(locale: str = DEFAULT_LOCALE) -> tuple[tuple[str, str], ...]:
    """(code, name) of every currency some territory uses today, by code."""
    from babel import Locale
    from babel.numbers import get_currency_name, get_territory_currencies

    parsed = Locale.parse(locale)
    today = date.today()
    codes: set[str] = set()
    for territory in parsed.territories:
        codes.update(get_territory_currencies(territory, today))
    return tuple((code, get_currency_name(code, locale=parsed)) for code in sorted(codes & _known_codes()))


def currency_name(code: str, locale: str = DEFAULT_LOCALE) -> str:
    """"Kenyan Shilling" for "KES"; the code itself when Babel has no name for it."""
    from babel.numbers import get_currency_name

    return get_currency_name(code, locale=locale) if code else ""


def currency_label(code: str, locale: str = DEFAULT_LOCALE) -> str:
    """"KES — Kenyan Shilling", as lists of currencies show one."""
    return arg(Project.tr("%1 — %2", "a currency's code and name: “KES — Kenyan Shilling”"), code,
               currency_name(code, locale))


def format_cost(value: float, code: str | None, locale: str = DEFAULT_LOCALE) -> str:
    """``value`` in whole units with the currency ``code`` as ``locale`` writes money; a plain number without one."""
    from babel import Locale
    from babel.numbers import format_decimal

    if not code:
        return format_decimal(round(value), format="#,##0", locale=locale)
    parsed = Locale.parse(locale)
    pattern = copy.copy(parsed.currency_formats["standard"])
    pattern.frac_prec = (0, 0)  # estimates: no cents (see the module docstring)
    text = pattern.apply(round(value), parsed, currency=code, currency_digits=False)
    return _DIGIT_THEN_LETTER.sub(_SPACING, _LETTER_THEN_DIGIT.sub(_SPACING, text))
