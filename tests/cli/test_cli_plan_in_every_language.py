"""The plan PDF in every language CoSafe ships: its words read in that language, its fonts embedded.

The English plan of the English sample is the reference: every line of it that is a whole
message of the catalogue (a heading, a table header, a sentence without figures) must come
back in the plan of the sample written in another language as that message's translation,
and not as the English.
Read with poppler's ``pdftotext`` (Arabic's joined letters normalised back to letters, its
words in reading order as poppler reads them), fonts with ``pdffonts``.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import unicodedata
from pathlib import Path
from xml.etree import ElementTree

import pytest

from cosafe.bundled import bundled_file
from plan_pdf_support import pdf_fonts

MARKS = dict.fromkeys(map(ord, "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c"), " ")
LEADERS = re.compile(r"(\s*\.){3,}\s*\d*$")  # a contents line's dot leaders and page number


def _export(project: Path, pdf: Path, language: str) -> None:
    # A process of its own: the command's Qt GUI application would stand in for the tests' one.
    run = subprocess.run([sys.executable, "-m", "cosafe", "--language", language, "export-plan", str(project),
                          "-o", str(pdf)], capture_output=True, text=True, timeout=300,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert run.returncode == 0, run.stderr


def _lines(pdf: Path) -> list[str]:
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    text = unicodedata.normalize("NFKC", text.translate(MARKS))
    return [" ".join(LEADERS.sub("", line).split()) for line in text.splitlines() if line.strip()]


def _letters(text: str) -> str:
    """Only the letters: poppler's own bidi places Arabic's punctuation, spaces and ranges ("0–5" drawn
    as the standard bidi algorithm and Qt draw it, read back "5–0") its own way."""
    return "".join(c for c in text if c.isalpha())


def _translations(language: str, sample: bool) -> dict[str, set[str]]:
    """English source → its translations (one per context) of every finished message without placeholders or
    count; of the sample's invented content (context "Sample") too when ``sample``."""
    root = ElementTree.parse(bundled_file("translations", f"cosafe_{language}.ts")).getroot()
    found: dict[str, set[str]] = {}
    for context in root.iter("context"):
        if context.findtext("name") == "Sample" and not sample:
            continue
        for message in context.iter("message"):
            source, translation = message.findtext("source") or "", message.find("translation")
            if (message.get("numerus") != "yes" and "%" not in source and translation is not None
                    and translation.get("type") is None and translation.text):
                found.setdefault(" ".join(source.replace("&", "").split()), set()).add(
                    " ".join(unicodedata.normalize("NFKC", translation.text.replace("&", "")).split()))
    return found


def _sample(project: Path, language: str) -> None:
    run = subprocess.run([sys.executable, "-m", "cosafe", "--language", language, "sample", str(project)],
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr


@pytest.fixture(scope="module")
def english_lines(tmp_path_factory) -> list[str]:
    folder = tmp_path_factory.mktemp("english")
    _sample(folder / "sample.gpkg", "en")
    _export(folder / "sample.gpkg", folder / "plan.pdf", "en")
    return _lines(folder / "plan.pdf")


@pytest.mark.parametrize("language", ["es", "fr", "pt", "ar", "sw"])
def test_the_plan_reads_in_its_language_with_its_fonts_embedded(language, english_lines, tmp_path):
    project, pdf = tmp_path / "sample.gpkg", tmp_path / "plan.pdf"
    _sample(project, language)  # its invented content in the language too
    _export(project, pdf, language)
    read = _lines(pdf)
    english = " ".join(english_lines)

    def expected(translations: dict[str, set[str]]) -> dict[str, set[str]]:
        # A line that is only part of a longer message wrapped in the English plan ("Transport stop"
        # of "Transport stop upgrade") is not that shorter message.
        present = [source for source in translations if len(source) > 3 and source in english]
        return {line: translations[line] for line in english_lines
                if line in translations and len(line) > 3 and line not in translations[line]
                and not any(line in longer and line != longer for longer in present)}

    # The plan's own words must all be there. The sample's invented titles and comments are only
    # checked not to be English: poppler may read two narrow table cells side by side as one line.
    words = expected(_translations(language, sample=False))
    assert len(words) >= 30, sorted(words)  # headings, table headers, sentences: the check has teeth
    text = _letters(" ".join(read))  # a translation may wrap where the English did not
    missing = sorted(f"{line!r} → {translated}" for line, translated in words.items()
                     if not any(_letters(one) in text for one in translated))
    assert not missing, "\n".join(missing)
    still_english = sorted(line for line in expected(_translations(language, sample=True)) if line in read)
    assert not still_english, still_english
    assert all(row[-5] == "yes" for row in pdf_fonts(pdf))  # every font embedded
