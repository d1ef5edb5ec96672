"""Small counts are hidden, never shown as "<N": no text of the catalogue may still say so, in any language."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree

import pytest

from cosafe.bundled import bundled_file

LESS_THAN_N = re.compile(r"<\s*N\b")


@pytest.mark.parametrize("code", ["en", "es", "fr", "pt", "ar", "sw"])  # en: the source, through its counts
def test_no_text_says_small_counts_are_shown_as_less_than_n(code):
    root = ElementTree.parse(bundled_file("translations", f"cosafe_{code}.ts")).getroot()
    said = [(context.findtext("name"), "".join(message.itertext()))
            for context in root.iter("context") for message in context.iter("message")]
    assert not [text for _context, text in said if LESS_THAN_N.search(text)]
    if code == "en":
        return  # the English catalogue holds only the forms of counts
    # The threshold's help says what the app does: it hides them.
    help_text = next(text for context, text in said if context == "ProjectPropertiesDialog"
                     and "Counts and means for groups smaller than this" in text)
    assert "hidden" in help_text
