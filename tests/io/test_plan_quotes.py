"""The plan's "What people said": however many quotes and however long, no page holds a short tail alone.

Each case writes the sample project's internal plan with its quotes replaced, then reads
every page back with ``pdftotext -f N -l N``: a page whose body is nothing but quotes
must hold at least three of them (a quote split over two pages counts on both).
"""

from __future__ import annotations

import dataclasses
import re
from io import BytesIO
from pathlib import Path

import pytest
from PIL import Image

from cosafe.io.plan_report import build_plan_content, write_plan_pdf
from cosafe.io.plan_report.gather import MAX_VOICES
from cosafe.io.samples.project import write_sample_project
from cosafe.store.project_store import ProjectStore
from plan_pdf_support import pdf_info, pdf_text

ATTRIBUTION = "— perception pin, unsafe, night"
WORDS = "the lane behind the market is dark after eight and nobody walks there alone".split()


@dataclasses.dataclass(frozen=True)
class FakeMap:
    key: str
    title: str
    caption: str
    png: bytes


def _png(colour: str) -> bytes:
    buffer = BytesIO()
    Image.new("RGB", (700, 490), colour).save(buffer, "PNG")
    return buffer.getvalue()


MAPS = [FakeMap("audit_scores", "Audit scores map", "Scores", _png("#ccddee")),
        FakeMap("perception", "Perception map", "Pins", _png("#eeddcc")),
        FakeMap("proposals", "Proposals map", "Proposals", _png("#ddeecc"))]


@pytest.fixture(scope="module")
def sample_content(tmp_path_factory):
    path = tmp_path_factory.mktemp("sample") / "sample.gpkg"
    write_sample_project(str(path))
    with ProjectStore.open(str(path), read_only=True) as store:
        return build_plan_content(store)


def _quotes(count: int, words: int) -> tuple[str, ...]:
    """``count`` quotes of about ``words`` words, of uneven lengths like people's stories."""
    return tuple(f"“Q{i:02d} " + " ".join(WORDS[(i + k) % len(WORDS)] for k in range(words + (i * 7) % 11))
                 + f".” {ATTRIBUTION}" for i in range(count))


def _squeezed(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _page_bodies(pdf: Path, name: str) -> list[str]:
    """Each page's text without its running header and footer (nor the quotes' heading)."""
    bodies = []
    for page in range(1, int(pdf_info(pdf)["Pages"]) + 1):
        lines = [line for line in pdf_text(pdf, "-f", str(page), "-l", str(page)).splitlines()
                 if line.strip() and line.strip() not in (name, "What people said")
                 and " · Action plan · " not in line and not re.fullmatch(r"Page \d+ of \d+", line.strip())]
        bodies.append(" ".join(lines))
    return bodies


@pytest.mark.parametrize("words", [6, 20, 40])
def test_no_page_holds_only_one_or_two_quotes(sample_content, tmp_path, words):
    name = sample_content.project.name
    for count in range(MAX_VOICES + 1):
        quotes = _quotes(count, words)
        pdf = tmp_path / f"plan-{count}.pdf"
        write_plan_pdf(dataclasses.replace(sample_content, voices=quotes), MAPS, str(pdf))
        bodies = _page_bodies(pdf, name)
        every_quote = _squeezed("".join(quotes))
        assert every_quote in _squeezed("".join(bodies))  # every quote printed, whole and in order
        held = {page: len([piece for piece in body.split(ATTRIBUTION) if piece.strip()])
                for page, body in enumerate(bodies, start=1) if body and _squeezed(body) in every_quote}
        lonely = {page: n for page, n in held.items() if n <= 2}
        assert not lonely, f"{count} quotes of ~{words} words: page(s) holding only 1-2 quotes: {lonely}"
