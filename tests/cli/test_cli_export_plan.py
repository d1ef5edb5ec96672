"""cosafe export-plan PROJECT -o PLAN.pdf [--public] [--paper a4|letter], run as a command."""

from __future__ import annotations

import subprocess

import pytest

from checks import cosafe_command
from plan_pdf_support import COMMENT, PRIVATE, STORY, build_plan_project, pdf_fonts, pdf_info, pdf_text


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([*cosafe_command(), "export-plan", *args], capture_output=True, text=True, timeout=120)


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    return build_plan_project(tmp_path_factory.mktemp("cli-plan") / "plan.gpkg", actions=8)


def _images(path) -> list[str]:
    done = subprocess.run(["pdfimages", "-list", str(path)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return done.stdout.splitlines()[2:]


def test_export_plan_writes_the_plan_with_its_maps(project, tmp_path):
    out = tmp_path / "plan.pdf"
    done = _run(str(project.path), "-o", str(out), "--full")
    assert done.returncode == 0, done.stderr
    assert "Wrote the action plan (for the project team" in done.stdout and done.stderr == ""
    text = pdf_text(out)
    for title in project.action_titles:
        assert title in text
    assert STORY in text  # the team's plan quotes the stories
    for token in PRIVATE[:3]:
        assert token not in text
    assert len(_images(out)) >= 3  # audit scores, pins, heat and proposals maps drawn by the canvas's renderer
    assert "595.276 x 841.89" in pdf_info(out)["Page size"]
    assert all(row[-5] == "yes" for row in pdf_fonts(out))


@pytest.mark.parametrize("variant", [(), ("--public",)])
def test_public_letter_plan_is_the_default(project, tmp_path, variant):
    """Anything leaving the laptop is the public version unless --full is asked for."""
    out = tmp_path / "public.pdf"
    done = _run(str(project.path), "-o", str(out), *variant, "--paper", "letter")
    assert done.returncode == 0, done.stderr
    assert "(public version" in done.stdout
    text = pdf_text(out)
    assert "Public version" in text
    assert STORY not in text and COMMENT not in text
    assert "612 x 792" in pdf_info(out)["Page size"]
    assert "blurred to a 100 m grid" in " ".join(text.split())  # the pins map says its pins were blurred


def test_bad_input_is_one_line_and_writes_nothing(project, tmp_path):
    out = tmp_path / "plan.pdf"
    missing = _run(str(tmp_path / "missing.gpkg"), "-o", str(out))
    assert missing.returncode == 1 and len(missing.stderr.strip().splitlines()) == 1
    no_folder = _run(str(project.path), "-o", str(tmp_path / "nowhere" / "plan.pdf"))
    assert no_folder.returncode == 1 and "does not exist" in no_folder.stderr
    assert len(no_folder.stderr.strip().splitlines()) == 1
    bad_paper = _run(str(project.path), "-o", str(out), "--paper", "a3")
    assert bad_paper.returncode == 2
    assert list(tmp_path.iterdir()) == []
