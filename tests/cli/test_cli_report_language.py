"""`cosafe export-plan --language xx` and the project's report language: the plan in one language, the messages in another."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from checks import cosafe_command

from cosafe.cli.language import take_languages
from cosafe.core.edits import SetProjectProperties
from cosafe.store.project_store import ProjectStore

REPORTS = {"export-plan"}
# The sample's costed actions add up to 130000; its workshop and walks were held on 14-17 March 2026.
TOTAL = {"en": "130,000", "pt": "R$ 130.000", "fr": "130 000"}


def run(*args: str, language: str = "en") -> subprocess.CompletedProcess:
    # The environment's language is English unless a test says otherwise, whatever the machine's is.
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LANGUAGE=language, LC_ALL="", LC_MESSAGES="", LANG="C.UTF-8")
    return subprocess.run([*cosafe_command(), *args], capture_output=True, text=True, timeout=300, env=env)


def pdf_text(path: Path) -> str:
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    # No-break and narrow no-break spaces (in "R$ 130.000", "130 000") read as spaces.
    return " ".join(text.replace("\u00a0", " ").replace("\u202f", " ").split())


@pytest.fixture(scope="module")
def sample(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("sample") / "sample.gpkg"
    result = run("sample", str(path))
    assert result.returncode == 0, result.stderr
    return path


def _copy(sample: Path, folder: Path, **properties: str) -> Path:
    path = folder / "project.gpkg"
    shutil.copy(sample, path)
    if properties:
        with ProjectStore.open(str(path)) as store:
            SetProjectProperties(store, properties).apply(store)
    return path


def test_the_option_after_a_report_command_is_the_report_s():
    assert take_languages(["--language", "es", "export-plan", "p.gpkg", "-o", "x.pdf", "--language", "pt"],
                          REPORTS) == ("es", "pt", ["export-plan", "p.gpkg", "-o", "x.pdf"])
    assert take_languages(["export-plan", "p.gpkg", "--language=fr"], REPORTS) == (None, "fr", ["export-plan", "p.gpkg"])
    # After any other command, and before a report command, it is the messages' language, as before.
    assert take_languages(["info", "p.gpkg", "--language", "es"], REPORTS) == ("es", None, ["info", "p.gpkg"])
    assert take_languages(["--language", "ar", "export-plan", "p.gpkg"], REPORTS) == ("ar", None,
                                                                                      ["export-plan", "p.gpkg"])


def test_a_portuguese_plan_with_spanish_messages(sample, tmp_path):
    project = _copy(sample, tmp_path, currency="BRL", report_language="fr")
    pdf = tmp_path / "plano.pdf"
    result = run("--language", "es", "export-plan", str(project), "-o", str(pdf), "--language", "pt")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Se escribió el plan de acción")  # the messages: Spanish
    text = pdf_text(pdf)
    # The plan: Portuguese (the explicit option wins over the project's French), its figures as Portuguese writes them.
    assert "Plano de ação comunitário de segurança" in text and "Versão pública" in text
    assert "14 de março de 2026 – 17 de março de 2026" in text
    assert f"Custo estimado das que têm custo: {TOTAL['pt']}." in text
    assert "pontuação média de segurança 2,6 de 5" in text  # a decimal comma
    assert "Community safety action plan" not in text and "Plan de acción" not in text


def test_without_the_option_the_project_s_report_language_is_used(sample, tmp_path):
    project = _copy(sample, tmp_path, report_language="fr")
    pdf = tmp_path / "plan.pdf"
    result = run("export-plan", str(project), "-o", str(pdf))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Wrote the action plan")  # the command's own language: English
    text = pdf_text(pdf)
    assert "Plan d’action pour la sécurité du quartier" in text and "Page 15 sur 15" in text
    assert "14 mars 2026 – 17 mars 2026" in text and f"{TOTAL['fr']}." in text
    info = run("info", str(project))
    assert "Français (fr)" in info.stdout


def test_without_either_the_plan_speaks_the_command_s_language(sample, tmp_path):
    project = _copy(sample, tmp_path, report_language="")  # "Same as the window" (the sample sets its own)
    pdf = tmp_path / "plan.pdf"
    result = run("export-plan", str(project), "-o", str(pdf), language="pt")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Plano de ação gravado")  # no option anywhere: both speak the environment's
    text = pdf_text(pdf)
    assert "Plano de ação comunitário de segurança" in text and "14 de março de 2026" in text


def test_an_unknown_report_language_is_one_line(sample, tmp_path):
    pdf = tmp_path / "plan.pdf"
    result = run("export-plan", str(sample), "-o", str(pdf), "--language", "xx")
    assert result.returncode == 2 and result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1 and "xx" in result.stderr and "pt (Português)" in result.stderr
    assert not pdf.exists()


def test_the_help_names_the_plan_s_language():
    result = run("export-plan", "--help")
    assert result.returncode == 0 and "the plan's language" in " ".join(result.stdout.split())


def test_an_arabic_plan_writes_its_figures_in_latin_digits(sample, tmp_path):
    project = _copy(sample, tmp_path, currency="BRL")
    pdf = tmp_path / "plan.pdf"
    result = run("export-plan", str(project), "-o", str(pdf), "--language", "ar")
    assert result.returncode == 0, result.stderr
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "130,000" in text and "R$" in text and "2026" in text
    assert not any("\u0660" <= c <= "\u0669" for c in text)  # Latin digits, as the maps and charts print them


def test_render_draws_its_legend_in_the_report_language(sample, tmp_path):
    project = _copy(sample, tmp_path, report_language="pt")
    images = {name: tmp_path / f"{name}.png" for name in ("en", "pt", "project")}
    common = ("--size", "900x700", "--overlays", "pins,proposals")
    english = run("render", str(project), "-o", str(images["en"]), *common, "--language", "en")
    portuguese = run("--language", "es", "render", str(project), "-o", str(images["pt"]), *common, "--language", "pt")
    by_project = run("render", str(project), "-o", str(images["project"]), *common)
    for result in (english, portuguese, by_project):
        assert result.returncode == 0, result.stderr
    assert portuguese.stdout.startswith("Se escribió") and by_project.stdout.startswith("Wrote")
    # Only the legend's words differ: the project's language draws what --language pt draws.
    assert images["project"].read_bytes() == images["pt"].read_bytes()
    assert images["en"].read_bytes() != images["pt"].read_bytes()
