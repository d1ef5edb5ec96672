"""The plan in Arabic (`cosafe --language ar export-plan … --language ar`) read back with poppler: everything mirrored and joined.

Where words sit comes from ``pdftotext -bbox``; what they are from their letters
(presentation forms, compared after NFKC). Arabic is drawn right to left, so a
word's glyphs come out last letter first: a word matches a target read either way.
"""

from __future__ import annotations

import html
import os
import re
import shutil
import subprocess
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import pytest

from cosafe.io.plan_report.styles import MARGIN

# Letters as typed (the tatweel aside): drawn so, each would stand alone.
ARABIC_LETTERS = re.compile("[\u0621-\u063f\u0641-\u064a]")
PRESENTATION_FORMS = re.compile("[\ufb50-\ufdff\ufe70-\ufeff]")  # letters as joined


@dataclass(frozen=True)
class Word:
    page: int
    left: float
    top: float
    right: float
    drawn: str  # the glyphs in the order drawn

    @property
    def text(self) -> str:
        """The word as drawn, presentation forms back to letters (NFKC)."""
        return unicodedata.normalize("NFKC", self.drawn)

    def reads(self, target: str) -> bool:
        """Whether the word is ``target``, drawn left to right or right to left (a ligature is one glyph)."""
        return target in (self.text, unicodedata.normalize("NFKC", self.drawn[::-1]))


@pytest.fixture(scope="module")
def arabic(tmp_path_factory):
    """The translator of the Arabic catalogue, to look up what the plan should say."""
    from PySide6.QtCore import QTranslator

    from cosafe.bundled import bundled_file

    translator = QTranslator()
    assert translator.load("cosafe_ar", str(bundled_file("translations")))
    return lambda source, context="PlanReport": translator.translate(context, source) or source


@pytest.fixture(scope="module")
def plan(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("arabic_plan")
    sample = folder / "riverside.gpkg"
    shutil.copy(Path(__file__).resolve().parents[2] / "sample_projects" / "riverside.gpkg", sample)
    pdf = folder / "plan.pdf"
    # In a process of its own: the command makes a Qt GUI application to draw the maps.
    # The bundled sample's report language is English: the option after the command asks for an Arabic plan.
    run = subprocess.run([sys.executable, "-m", "cosafe", "--language", "ar", "export-plan", str(sample), "-o",
                          str(pdf), "--language", "ar"], capture_output=True, text=True, timeout=300,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert run.returncode == 0, run.stderr
    return pdf


@pytest.fixture(scope="module")
def words(plan) -> list[Word]:
    out = subprocess.run(["pdftotext", "-bbox", str(plan), "-"], capture_output=True, text=True, check=True).stdout
    found = []
    for number, page in enumerate(out.split("<page ")[1:], start=1):
        for left, top, right, text in re.findall(
                r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)"[^>]*>(.*?)</word>', page):
            found.append(Word(number, float(left), float(top), float(right), html.unescape(text)))
    return found


@pytest.fixture(scope="module")
def page_width(plan) -> float:
    info = subprocess.run(["pdfinfo", str(plan)], capture_output=True, text=True, check=True).stdout
    return float(re.search(r"Page size:\s+([\d.]+)", info).group(1))


def _one_word(text: str) -> str:
    assert " " not in text.strip(), f"pick a one-word label, not {text!r}"
    return text.strip()


def test_every_arabic_letter_in_the_plan_is_joined(plan):
    """Paragraphs, table cells, chart labels, contents, headers and footers: no letter drawn on its own."""
    text = subprocess.run(["pdftotext", str(plan), "-"], capture_output=True, text=True, check=True).stdout
    assert len(PRESENTATION_FORMS.findall(text)) > 1000
    assert ARABIC_LETTERS.findall(text) == []


def test_tables_start_on_the_right(words, arabic, page_width):
    """The action table's first column (priority) is at the right margin, its last (status) left of it."""
    first, last = _one_word(arabic("Priority")), _one_word(arabic("Status"))
    heads = [(a, b) for a in words if a.reads(first) for b in words
             if b.reads(last) and b.page == a.page and abs(b.top - a.top) < 2]
    assert heads, "the action table's header was not found"
    for priority, status in heads:
        assert priority.left > status.right
        assert priority.right > page_width - MARGIN - 8  # the table is as wide as the text, first cell right


def test_charts_read_right_to_left(words, arabic, page_width):
    """Criterion labels sit right of their bars, the 0 % end of the axis on the right, 100 % on the left."""
    counts = [w for w in words if re.fullmatch(r"n=\d+", w.text)]
    assert counts, "the criteria chart's labels were not found"
    page = counts[0].page
    assert all(w.left > page_width * 0.55 for w in counts if w.page == page)
    ticks = {w.text: w for w in words if w.page == page and w.text in ("0%", "100%") and w.top > counts[-1].top}
    assert ticks["0%"].left > ticks["100%"].right
    # The turned label of the stakeholder grid is on the grid's right, as its influence numbers are.
    influence = _one_word(arabic("Influence →").replace("←", "").replace("→", ""))
    assert any(w.reads(influence) for w in words), "the influence axis label was not found (or not joined)"


def test_page_furniture_is_mirrored(words, arabic, page_width):
    """The page number at the left of the foot; the plan's name at the right of the head."""
    page_word = _one_word(arabic("Page %1 of %2").split("%1")[0])
    numbers = [w for w in words if w.reads(page_word)]
    assert len(numbers) >= 10
    assert all(w.right < page_width / 2 for w in numbers)
    names = [w for w in words if w.text == "Riverside" and w.page > 1 and w.top < MARGIN]
    assert names and all(w.left > page_width / 2 for w in names)


def _form(glyph: str) -> str:
    """"initial", "medial", "final" or "isolated" for a presentation form, else ""."""
    decomposition = unicodedata.decomposition(glyph)
    return decomposition[1:decomposition.index(">")] if decomposition.startswith("<") else ""


def test_every_arabic_word_is_drawn_right_to_left(words):
    """A word drawn right to left ends (on its left) in a final or lone letter and starts (right) in an initial one.

    Drawn the other way — as reportlab draws the pieces of a paragraph with a line
    break in it — its leftmost glyph would be its first letter's initial form.
    """
    arabic_words = [w for w in words if len(w.drawn) >= 2 and all(_form(c) for c in w.drawn)]
    assert len(arabic_words) > 300
    wrong = [w for w in arabic_words if _form(w.drawn[0]) in ("initial", "medial")
             or _form(w.drawn[-1]) in ("final", "medial")]
    assert wrong == []


def test_the_action_table_total_keeps_its_label_and_sum_in_place(words, arabic):
    """The total row's cost spans the last two columns: mirrored, the sum stays under "cost", left of its label."""
    label = arabic("Total estimated cost").split()[0]
    cost_heading = _one_word(arabic("Cost"))
    totals = [w for w in words if w.reads(label)]
    assert totals, "the total row was not found"
    total = totals[-1]
    sums = [w for w in words if w.page == total.page and abs(w.top - total.top) < 2 and re.search(r"\d", w.text)]
    assert len(sums) == 1 and sums[0].right < total.left
    heading = [w for w in words if w.page == total.page and w.reads(cost_heading)]
    assert heading and heading[0].left - 40 < sums[0].left < heading[0].right + 40
