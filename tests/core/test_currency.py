"""The project's currency: codes Babel knows, their names, and costs in whole units."""

from __future__ import annotations

import pytest

from cosafe.core.currency import (
    check_currency, currency_choices, currency_label, format_cost,
)

NBSP = "\u00a0"


def test_codes_are_checked_and_put_in_capitals():
    assert check_currency(" kes ") == "KES"
    assert check_currency("") == "" and check_currency(None) == ""
    for unknown in ("XYZ", "Kenyan shilling", "KE"):
        with pytest.raises(ValueError, match="is not a currency code"):
            check_currency(unknown)


def test_choices_are_the_currencies_in_use_with_their_names():
    choices = dict(currency_choices())
    assert choices["KES"] == "Kenyan Shilling" and choices["XOF"] == "West African CFA Franc"
    assert {"BRL", "EUR", "INR", "USD"} <= set(choices)
    assert "DEM" not in choices  # Deutsche Mark: no longer in use anywhere
    assert list(choices) == sorted(choices)
    assert currency_label("KES") == "KES — Kenyan Shilling"


def test_costs_are_whole_units_in_the_locale_s_money_format():
    assert format_cost(12000.4, "KES") == f"KES{NBSP}12,000"  # a symbol of letters stands apart
    assert format_cost(1500, "EUR") == "€1,500"
    assert format_cost(12000, "KES", "fr").replace("\u202f", " ") == f"12 000{NBSP}KES"
    assert format_cost(12000.4, None) == format_cost(12000.4, "") == "12,000"  # no currency: as before


def test_a_stored_value_that_is_no_code_stands_for_no_currency():
    from cosafe.core.currency import currency_in_force

    assert currency_in_force("kes") == "KES"
    assert currency_in_force(None) == currency_in_force("") == currency_in_force("shillings") == ""
