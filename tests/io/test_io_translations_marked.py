"""Every word io/ and cli/ show a person goes through the catalogue (issue 15).

A fake translator wraps each text it is asked for in «»: a message that comes out
wrapped went through ``core.i18n``; one built around a translation, or never
translated, shows it. (Sentences stay whole:
tests/test_sentences_whole.py.)
"""

from __future__ import annotations

import pytest

from cosafe.core import i18n
from cosafe.core.i18n import fill_count


def _wrapped(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    return f"«{fill_count(source, n)}»"


@pytest.fixture
def wrapping():
    i18n.install(_wrapped)
    yield
    i18n.install(None)


# --- what a person reads goes through the catalogue -------------------------------------------------------------


def test_import_errors_are_translated_whole_with_their_reasons(wrapping, tmp_path):
    from cosafe.io.import_errors import BasemapImportError
    from cosafe.io.vector_source import open_vector_source

    virtual = tmp_path / "streets.vrt"
    virtual.write_text('<OGRVRTDataSource><OGRVRTLayer name="x"/></OGRVRTDataSource>')
    with pytest.raises(BasemapImportError) as refused:
        open_vector_source(str(virtual))
    assert str(refused.value).startswith("«streets.vrt is a GDAL virtual layer (VRT), not a map file:")
    assert str(refused.value).endswith("»")

    binary = tmp_path / "blob.bin"
    binary.write_bytes(b"\x00\x01\x02" * 100)
    with pytest.raises(BasemapImportError) as refused:
        open_vector_source(str(binary))
    message = str(refused.value)
    # The sentence, its reason and the list of formats: each from the catalogue.
    assert message.startswith("«blob.bin cannot be read as a map file («not a format CoSafe reads»); CoSafe reads «")
    assert message.endswith("»»")


def test_incident_errors_are_translated_and_speak_of_an_incident_file(wrapping, tmp_path):
    from cosafe.io.incident_import import IncidentImportError, read_incidents

    empty = tmp_path / "police.csv"
    empty.write_text("")
    with pytest.raises(IncidentImportError, match=r"^«police\.csv is empty or a folder, not an incident file»$"):
        read_incidents(str(empty))
    rows = tmp_path / "rows.csv"
    rows.write_text("lon,lat,date\n0,0,2024-03-14\n,,2024-03-15\n,,2024-03-16\n")
    with pytest.raises(IncidentImportError, match=r"^«rows\.csv: no row has a usable location»$"):
        read_incidents(str(rows))


def test_an_export_error_and_the_image_cleaning_summary_are_translated(wrapping, tmp_path):
    from cosafe.io.export import ExportError, export_project
    from cosafe.io.image_cleaning import describe
    from cosafe.store.project_store import ProjectStore
    from cosafe.store.stored_images import ImageCleaning

    with ProjectStore.create(str(tmp_path / "p.gpkg"), name="P") as store:
        with pytest.raises(ExportError, match="^«A public export never includes contacts»$"):
            export_project(store, str(tmp_path / "out"), "csv", include_contacts=True, public=True)
    assert describe(ImageCleaning(cleaned=2, unreadable=1)) == (
        "««Cleaned 2 images that held camera data or a camera's file name (now without metadata, under a neutral "
        "name)»; 1 images could not be read and were left as they are»")


def test_cli_messages_and_help_are_translated(wrapping, tmp_path, capsys, monkeypatch):
    from cosafe.cli import main as cli

    monkeypatch.setattr(cli, "use_language", lambda code: None)  # keep the wrapping translator, not the run's language
    main = cli.main
    existing = tmp_path / "there.gpkg"
    existing.write_bytes(b"")
    assert main(["sample", str(existing)]) == 1
    assert capsys.readouterr().err == "cosafe: «there.gpkg already exists (use --force to replace it)»\n"

    project = tmp_path / "new.gpkg"
    assert main(["new", str(project), "--name", "Riverside"]) == 0
    assert capsys.readouterr().out == f"«Created {project}»\n"

    assert main(["new", "--help"]) == 0
    help_text = " ".join(capsys.readouterr().out.split())  # argparse wraps lines
    assert "«Create an empty project file.»" in help_text
    assert "«the .gpkg file to create»" in help_text


def test_plan_report_headings_sentences_and_tables_are_translated(wrapping, tmp_path):
    from plan_pdf_support import build_plan_project, pdf_text

    from cosafe.io.plan_report import build_plan_content, write_plan_pdf
    from cosafe.io.plan_report.sections import Heading, build_story
    from cosafe.io.plan_report.styles import Styles
    from cosafe.store.project_store import ProjectStore

    project = build_plan_project(tmp_path / "plan.gpkg")
    with ProjectStore.open(str(project.path), read_only=True) as store:
        content = build_plan_content(store)
    headings = [f.plain for f in build_story(content, [], Styles(), 480, 700) if isinstance(f, Heading)]
    assert "«1  Method and participation»" in headings and "«4  Action plan»" in headings
    assert all(h.startswith("«") and h.endswith("»") for h in headings), headings
    assert content.diagnosis.findings and all(line.startswith("«") for line in content.diagnosis.findings)
    assert [t.title for t in content.participation.tables] == ["«Gender»", "«Age band»", "«Role»"]

    path = tmp_path / "plan.pdf"
    write_plan_pdf(content, [], str(path))
    text = pdf_text(path)
    assert "«Community safety action plan»" in text and "«Contents»" in text
    assert "«Page 1 of" in text and "«Action»" in text
