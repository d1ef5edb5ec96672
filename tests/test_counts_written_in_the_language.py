"""A count reads as the reader's language writes numbers: 12345 is "12.345" in Spanish, "12,345" in English.

Qt's ``%n`` writes bare digits in every language; ``%Ln`` writes the locale's grouping. Every
count of the catalogue is ``%Ln``; below the window ``core.i18n.fill_count`` writes it with
Babel for ``core.i18n.language()`` (the window's own ``tr`` uses Qt's locale:
tests/ui/test_language.py).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree

import pytest

from cosafe import catalogues
from cosafe.bundled import bundled_file
from cosafe.core import i18n
from cosafe.core.i18n import fill_count, format_count

BARE = re.compile(r"%n")  # %Ln does not match: the L stands between


def test_core_words_write_a_count_in_the_language_that_speaks():
    assert i18n.translate("Workshops", "%Ln people", None, 12345) == "12,345 people"
    assert i18n.translate("Workshops", "%Ln people", None, 1) == "1 person"
    with catalogues.speaking("es"):
        assert i18n.translate("Workshops", "%Ln people", None, 12345) == "12.345 personas"
        assert fill_count("%Ln de %1", 12345) == "12.345 de %1"
    with catalogues.speaking("fr"):
        assert i18n.translate("Workshops", "%Ln people", None, 12345).startswith("12\u202f345 ")
    with catalogues.speaking("ar"):
        assert "12,345" in i18n.translate("Workshops", "%Ln people", None, 12345)  # Latin digits, as the window


def test_a_translator_writes_its_own_language_s_numbers_even_when_it_falls_back_to_english():
    portuguese = catalogues.translator_for("pt")
    assert portuguese("NoSuchContext", "%Ln things", None, 12345) == "12.345 things"
    assert format_count(12345, "en") == "12,345" and format_count(12345, "es") == "12.345"
    assert fill_count("%n things", 12345) == "12345 things"  # a bare %n stays bare digits, as Qt writes it


@pytest.mark.parametrize("code", ["en", "es", "fr", "pt", "ar", "sw"])
def test_every_count_of_the_catalogue_is_written_as_the_language_writes_numbers(code):
    root = ElementTree.parse(bundled_file("translations", f"cosafe_{code}.ts")).getroot()
    bare = [message.findtext("source") for message in root.iter("message")
            if BARE.search("".join(message.itertext()))]
    assert bare == [], "write %Ln, not %n: a count of thousands must read 12.345 in Spanish"

