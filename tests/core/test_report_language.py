"""The project's report language (``core.report_language``): a known code or none; explicit, stored, then fallback."""

from __future__ import annotations

import pytest

from cosafe.core.report_language import (REPORT_LANGUAGE_KEY, check_report_language, report_language_for,
                                         report_language_in_force)


def test_a_stored_value_stands_for_a_language_or_none():
    assert REPORT_LANGUAGE_KEY == "report_language"
    assert report_language_in_force("pt") == "pt" and report_language_in_force(" FR ") == "fr"
    # Unset, blank or a code CoSafe does not speak (a hand-edited file): none, so a report is never refused.
    assert report_language_in_force(None) == report_language_in_force("") == report_language_in_force("de") == ""


def test_checking_refuses_an_unknown_language_in_one_line():
    assert check_report_language("") == "" and check_report_language("ar") == "ar"
    with pytest.raises(ValueError) as refused:
        check_report_language("xx")
    assert "“xx”" in str(refused.value) and "pt (Português)" in str(refused.value)
    assert "\n" not in str(refused.value)


def test_the_explicit_language_then_the_project_s_then_the_exporter_s():
    assert report_language_for("pt", "fr", "es") == "pt"
    assert report_language_for(None, "fr", "es") == "fr"
    assert report_language_for(None, None, "es") == "es"
    assert report_language_for(None, "klingon", "es") == "es"
