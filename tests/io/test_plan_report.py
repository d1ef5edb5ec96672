"""The exported plan (io.plan_report), read back with poppler: text, fonts, page images, page size."""

from __future__ import annotations

import re
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from cosafe.io.export import ExportError
from cosafe.io.plan_report import build_plan_content, write_plan_pdf
from cosafe.core.disclosure import POOLED, protected_counts
from cosafe.io.import_errors import ImportCancelled
from cosafe.store.project_store import ProjectStore
from plan_pdf_support import (
    COMMENT, PRIVATE, STORY, UNICODE_NAME, build_plan_project, page_pixels, pdf_fonts, pdf_info, pdf_text,
)


@dataclass(frozen=True)
class FakeMap:
    key: str
    title: str
    caption: str
    png: bytes


def _png(colour: str, width: int = 700, height: int = 490) -> bytes:
    image = Image.new("RGB", (width, height), colour)
    ImageDraw.Draw(image).rectangle((width // 4, height // 4, width // 2, height // 2), fill="black")
    buffer = BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


MAPS = [FakeMap("audit_scores", "Audit scores map", "Scores of the audit points", _png("#ccddee")),
        FakeMap("proposals", "Proposals map", "Where the proposals are", _png("#ddeecc"))]


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    return build_plan_project(tmp_path_factory.mktemp("plan") / "plan.gpkg", actions=40, description_words=48)


def _write(project, path: Path, public: bool = False, paper: str = "a4") -> Path:
    with ProjectStore.open(str(project.path), read_only=True) as store:
        content = build_plan_content(store, public=public)
    write_plan_pdf(content, MAPS, str(path), paper=paper)
    return path


@pytest.fixture(scope="module")
def internal_pdf(project, tmp_path_factory):
    return _write(project, tmp_path_factory.mktemp("pdf") / "plan.pdf")


@pytest.fixture(scope="module")
def public_pdf(project, tmp_path_factory):
    return _write(project, tmp_path_factory.mktemp("pdf") / "public.pdf", public=True, paper="letter")


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def test_every_action_title_and_the_unicode_name_print(project, internal_pdf):
    text = _flat(pdf_text(internal_pdf))
    for title in project.action_titles:
        assert title in text
    for name in project.stakeholder_names:
        assert name in text
    assert UNICODE_NAME in text  # accented, Greek and Cyrillic glyphs come through as text


def test_small_cells_are_pooled_and_hidden_with_what_gives_them_away(internal_pdf):
    layout = pdf_text(internal_pdf, "-layout")
    # Two men took part: pooled (no category names them) and hidden.
    assert re.search(r"\bOther or not stated\s+hidden\b", layout)
    assert not re.search(r"\bMan\s+(\d|hidden)", layout), re.findall(r"Other or not stated.*", layout)
    # Thirteen women: as a figure, the two others would follow from the total of 15.
    assert re.search(r"\bWoman\s+hidden\b", layout)


def test_no_participant_or_stakeholder_contact_anywhere(internal_pdf, public_pdf):
    for pdf in (internal_pdf, public_pdf):
        text = pdf_text(pdf)
        for token in PRIVATE[:3]:  # codes, participant contacts, stakeholder contacts
            assert token not in text, (pdf.name, token)
        assert "@" not in text
        assert "Workshopnotetoken" not in text and "Walknotetoken" not in text


def test_public_variant_has_no_stories_or_comments_and_says_so(internal_pdf, public_pdf):
    internal, public = pdf_text(internal_pdf), pdf_text(public_pdf)
    assert STORY in internal and COMMENT in internal  # the internal plan quotes people …
    assert STORY not in public and COMMENT not in public  # … the public one never does
    assert "Public version" in public and "Public version" not in internal


def test_all_fonts_are_embedded_dejavu(internal_pdf, public_pdf):
    for pdf in (internal_pdf, public_pdf):
        rows = pdf_fonts(pdf)
        assert rows
        for row in rows:
            name, emb = row[0], row[-5]
            assert emb == "yes", row
            assert "DejaVuSans" in name, row


def test_pages_have_numbers_contents_and_paper_size(internal_pdf, public_pdf):
    info = pdf_info(internal_pdf)
    pages = int(info["Pages"])
    assert pages >= 8
    assert "595.276 x 841.89" in info["Page size"]  # A4
    assert "612 x 792" in pdf_info(public_pdf)["Page size"]  # Letter
    for number in (1, pages // 2, pages):
        page = pdf_text(internal_pdf, "-f", str(number), "-l", str(number))
        assert f"Page {number} of {pages}" in page
    contents = pdf_text(internal_pdf, "-f", "2", "-l", "2")
    assert "Contents" in contents and "Action plan" in contents and "Monitoring" in contents


def test_action_table_repeats_its_header_on_every_page(project, internal_pdf):
    pages = int(pdf_info(internal_pdf)["Pages"])
    texts = [_flat(pdf_text(internal_pdf, "-f", str(n), "-l", str(n))) for n in range(1, pages + 1)]
    table_pages = [t for t in texts if any(title in t for title in project.action_titles)
                   and "Natural surveillance · Situational" in t]  # the action table's rows, not monitoring
    assert len(table_pages) >= 3  # 40 long actions run over several pages
    for text in table_pages:
        assert "Responsible / supporting" in text


def test_no_page_is_blank(internal_pdf, public_pdf, tmp_path):
    for n, pdf in enumerate((internal_pdf, public_pdf)):
        folder = tmp_path / str(n)
        folder.mkdir()
        images = page_pixels(pdf, folder)
        assert len(images) == int(pdf_info(pdf)["Pages"])
        for index, image in enumerate(images, start=1):
            width, height = image.size
            body = image.crop((0, int(height * 0.08), width, int(height * 0.9)))  # not the header and footer
            dark = sum(body.histogram()[:200])
            assert dark > 30, f"{pdf.name} page {index} is blank"


def test_maps_are_placed_in_their_sections(internal_pdf):
    text = _flat(pdf_text(internal_pdf))
    body = text[text.index("Appendix"):]  # after the contents, which list the same titles
    diagnosis, proposals = body.index("2 Diagnosis"), body.index("3 Proposals")
    assert diagnosis < body.index("Audit scores map") < proposals < body.index("Proposals map")


def test_cancel_and_failure_leave_nothing(project, tmp_path):
    with ProjectStore.open(str(project.path), read_only=True) as store:
        content = build_plan_content(store)
    target = tmp_path / "plan.pdf"
    target.write_bytes(b"the old plan")
    calls = []

    def cancel_midway(fraction: float, text: str) -> bool:
        calls.append(fraction)
        return fraction < 0.3

    with pytest.raises(ImportCancelled):
        write_plan_pdf(content, MAPS, str(target), progress=cancel_midway)
    assert len(calls) > 2 and target.read_bytes() == b"the old plan"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.pdf"]
    with pytest.raises(ExportError, match="does not exist"):
        write_plan_pdf(content, MAPS, str(tmp_path / "missing" / "plan.pdf"))
    with pytest.raises(ValueError, match="Paper"):
        write_plan_pdf(content, MAPS, str(target), paper="a3")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.pdf"]


def test_progress_reaches_the_end(project, tmp_path):
    with ProjectStore.open(str(project.path), read_only=True) as store:
        content = build_plan_content(store)
    seen: list[tuple[float, str]] = []
    write_plan_pdf(content, [], str(tmp_path / "plan.pdf"), progress=lambda f, t: seen.append((f, t)) or True)
    fractions = [f for f, _ in seen]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0 and len(fractions) > 3


def test_content_holds_no_private_value(project):
    with ProjectStore.open(str(project.path), read_only=True) as store:
        internal, public = build_plan_content(store), build_plan_content(store, public=True)
    for content in (internal, public):
        dump = repr(content)
        for token in PRIVATE[:3] + ("Workshopnotetoken", "Walknotetoken"):
            assert token not in dump
    assert internal.voices and not public.voices
    assert STORY not in repr(public) and COMMENT not in repr(public)


def test_protected_counts_pool_then_hide_what_the_total_would_give_away():
    assert protected_counts({"a": 12, "b": 9, "c": 0}, 5) == {"a": 12, "b": 9}
    # One small category, pooled: the smallest other is hidden too, or the total would give it away.
    assert protected_counts({"a": 12, "b": 9, "c": 2}, 5) == {"a": 12, "b": None, POOLED: None}
    # Five people in five roles of one each: pooled into 5, nothing to hide (the old plan printed 26 − 21).
    assert protected_counts({"r": 8, "t": 7, "s": 6, **{f"x{i}": 1 for i in range(5)}}, 5) == \
        {"r": 8, "t": 7, "s": 6, POOLED: 5}
    # Small categories that pool to enough people are shown.
    assert protected_counts({"a": 12, "b": 3, "c": 2}, 5) == {"a": 12, POOLED: 5}
    assert protected_counts({"a": 3}, 5) == {POOLED: None}
    assert protected_counts({"a": 4, "b": 30}, 10) == {"b": None, POOLED: None}


def test_an_empty_project_gives_a_short_plan_that_says_what_is_missing(project_path, tmp_path):
    with ProjectStore.open(str(project_path), read_only=True) as store:
        content = build_plan_content(store)
    out = tmp_path / "empty.pdf"
    write_plan_pdf(content, [], str(out))
    text = _flat(pdf_text(out))
    assert "No actions have been agreed yet." in text and "No stakeholders are registered yet." in text
    assert "Scores by criterion" not in text  # no chart without data
    pages = int(pdf_info(out)["Pages"])
    assert f"Page {pages} of {pages}" in text


def test_huge_texts_are_shortened_so_every_row_fits_a_page(tmp_path):
    from cosafe.core.actions import new_action_edit
    from cosafe.core.records import Action, Proposal, Stakeholder

    path = tmp_path / "huge.gpkg"
    huge = ("word " * 2000) + "\n" * 300 + "end"
    with ProjectStore.create(str(path), name="Huge", place=huge[:300]) as store:
        partners = [Stakeholder(name=f"Partner {k} " + "long " * 100, role=huge) for k in range(12)]
        store.insert_many(partners)
        proposals = [Proposal(title=f"Proposal {k} " + huge) for k in range(12)]
        store.insert_many(proposals)
        action = Action(title="Huge " + huge, description=huge, indicator=huge, baseline=huge, target=huge,
                        responsible_uuid=partners[0].uuid)
        new_action_edit(action, [p.uuid for p in partners[1:]], [("proposals", p.uuid) for p in proposals]).apply(store)
        content = build_plan_content(store)
    out = tmp_path / "huge.pdf"
    write_plan_pdf(content, [], str(out))
    assert "and 5 more" in _flat(pdf_text(out))  # 12 places: 7 listed and a count


def test_costs_print_in_the_project_s_currency_in_whole_units(project, internal_pdf, tmp_path):
    import shutil

    from cosafe.core.edits import SetProjectProperties

    plain = _flat(pdf_text(internal_pdf))
    assert "Estimated cost of those costed: 2,050,000." in plain and "KES" not in plain  # no currency: as before
    path = tmp_path / "kes.gpkg"
    shutil.copy(project.path, path)
    with ProjectStore.open(str(path)) as store:
        SetProjectProperties(store, {"currency": "KES"}).apply(store)
        content = build_plan_content(store)
        in_french = build_plan_content(store, locale="fr")
    out = tmp_path / "kes.pdf"
    write_plan_pdf(content, [], str(out))
    text = _flat(pdf_text(out))
    assert "Estimated cost of those costed: KES 2,050,000." in text  # 2,500 + 5,000 + … + 100,000
    assert "KES 2,500" in text and "KES 100,000" in text  # each action's row: no cents on an estimate
    assert re.search(r"Total estimated cost\s+KES\s2,050,000", pdf_text(out, "-layout"))
    assert _flat(in_french.cost_text(2500)) == "2 500 KES"  # the locale is one parameter


def test_recorded_incidents_by_time_of_day_print_apart_from_perceptions(tmp_path):
    from shapely.geometry import Point

    from cosafe.core.records import Incident

    path = tmp_path / "incidents.gpkg"
    with ProjectStore.create(str(path), name="incidents") as store:
        for time in ("21:40", "09:15", None):
            store.insert(Incident(geom=Point(-122.3, 37.8), category="robbery", occurred_on="2026-10-02",
                                  occurred_at=time, source="Police records"))
    with ProjectStore.open(str(path), read_only=True) as store:
        content = build_plan_content(store)
    sentence = ("3 recorded incidents (imported data, kept apart from what people felt): 1 by day (06:00–17:59), "
                "0 at dusk (18:00–19:59), 1 at night (20:00–05:59), 1 at a time not recorded.")
    assert content.diagnosis.incident_times == sentence
    out = tmp_path / "plan.pdf"
    write_plan_pdf(content, [], str(out))
    assert sentence in _flat(pdf_text(out))
