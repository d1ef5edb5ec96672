"""Numbers, shares, dates and money as each language writes them (``core.formats``, Babel's CLDR data)."""

from __future__ import annotations

import pytest

from cosafe.core import formats, i18n
from cosafe.core.formats import (format_fixed, format_integer, format_long_date, format_money, format_number,
                                 format_share, format_short_date)

NBSP, NNBSP = "\u00a0", "\u202f"


@pytest.mark.parametrize("code, integer, fixed, share, long_date", [
    ("en", "130,000", "3.4", "50%", "7 December 2026"),
    ("es", "130.000", "3,4", f"50{NBSP}%", "7 de diciembre de 2026"),
    ("pt", "130.000", "3,4", "50%", "7 de dezembro de 2026"),
    ("fr", f"130{NNBSP}000", "3,4", f"50{NBSP}%", "7 décembre 2026"),
    ("sw", "130,000", "3.4", "50%", "7 Desemba 2026"),
    ("ar", "130,000", "3.4", "50%", "7 ديسمبر 2026"),
])
def test_each_language_groups_digits_and_writes_dates_its_own_way(code, integer, fixed, share, long_date):
    assert format_integer(130000, code) == integer
    assert format_fixed(3.44, 1, code) == fixed
    assert format_share(0.5, code) == share
    assert format_long_date("2026-12-07", code) == long_date


def test_arabic_keeps_latin_digits_and_no_direction_marks():
    from babel.numbers import format_currency

    assert "\u200f" in format_currency(130000, "BRL", locale="ar")  # what Babel gives: a mark with no glyph to show
    texts = [format_short_date("2026-07-01", "ar"), format_share(0.125, "ar"), format_fixed(-3.25, 2, "ar"),
             format_money(12000, "EGP", "ar"), format_long_date("2026-07-01", "ar"), format_integer(-130000, "ar")]
    assert texts[0] == "1 يوليو 2026"
    for text in texts:
        assert not set(text) & set("\u200e\u200f\u061c\u202a\u202b\u202c\u2066\u2067\u2068\u2069"), repr(text)
        assert not any("\u0660" <= c <= "\u0669" for c in text), text  # no Arabic-Indic digits
    # A Latin currency symbol in a right-to-left line: one left-to-right mark keeps "R$" whole.
    assert format_money(130000, "BRL", "ar") == "130,000\u00a0R$\u200e"
    assert format_money(130000, "BRL", "pt") == "R$\u00a0130.000"


def test_money_and_plain_numbers_in_the_language():
    assert format_money(130000, "BRL", "pt") == f"R${NBSP}130.000"
    assert format_money(12000, "KES", "en") == f"KES{NBSP}12,000"
    assert format_money(1500.4, "", "fr") == f"1{NNBSP}500"  # no currency: a whole grouped number
    assert format_number(2.5, "pt") == "2,5" and format_number(5, "en") == "5"
    assert format_short_date("2026-07-01", "en") == "1 Jul 2026" and format_short_date("2026-07-01", "fr") == "1 juil. 2026"


def test_not_a_date_is_left_as_it_is():
    assert format_long_date("soon") == "soon" and format_short_date("") == ""


def test_without_a_code_the_language_words_are_given_in():
    assert format_integer(130000) == "130,000"
    with i18n.speaking("pt", i18n.english):
        assert i18n.language() == "pt" and format_integer(130000) == "130.000"
        assert format_integer(130000, "en") == "130,000"  # an explicit code wins
    assert formats.format_long_date("2026-03-14") == "14 March 2026"
