"""Schema v8: where records read from paper sheets came from — added to an older file, merged, never public."""

from __future__ import annotations

from pathlib import Path

import pytest
import shapely

from checks import ogrinfo_available, ogrinfo_summary, validate_gpkg
from cosafe.core.records import Group, PaperSheet, PaperSheetRecord, PerceptionPin, Workshop
from cosafe.io.export import make_public, table_data
from cosafe.store import schema_guard
from cosafe.store.errors import ProjectWriteError
from cosafe.store.merge.field_copy import make_field_copy
from cosafe.store.merge.files import merge_files
from cosafe.store.project_store import ProjectStore
from cosafe.store.queries.paper_sheets import earlier_reading, sheet_of_record
from cosafe.store.schema import migrations


def read_from_paper(store: ProjectStore, number: int = 3, digest: str = "ab" * 32) -> tuple[PaperSheet, PerceptionPin]:
    # The sheet's workshop and group exist (a sheet of a deleted group is cleaned: tests/store/test_sheet_orphans.py).
    store.insert(Workshop(uuid="w-1", title="Market walk"))
    store.insert(Group(uuid="g-1", workshop_uuid="w-1", name="Youth"))
    pin = PerceptionPin(geom=shapely.Point(36.82, -1.28), feeling="unsafe", group_uuid="g-1", workshop_uuid="w-1")
    sheet = PaperSheet(workshop_uuid="w-1", group_uuid="g-1", sheet_number=number, photo_uuid="a-1",
                       photo_sha256=digest)
    store.insert(pin)
    store.insert(sheet)
    store.insert(PaperSheetRecord(sheet_uuid=sheet.uuid, record_table="perception_pins", record_uuid=pin.uuid))
    return sheet, pin


def test_a_v7_file_is_upgraded_and_its_records_read_from_paper_are_traced(tmp_path: Path,
                                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "v7.gpkg"
    with monkeypatch.context() as patch:
        patch.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:7])
        with ProjectStore.create(str(path), name="Older") as old:
            assert old.schema_version == 7
            old.insert(PerceptionPin(uuid="p-old", geom=shapely.Point(36.8, -1.2), feeling="safe"))
    schema_guard._cosafe_schema.cache_clear()  # it may have been built above from the first seven migrations only
    with ProjectStore.open(str(path)) as store:
        assert store.schema_version == migrations.current_schema_version() >= 8
        assert sheet_of_record(store, "perception_pins", "p-old") is None  # drawn before: no sheet
        sheet, pin = read_from_paper(store)
        assert sheet_of_record(store, "perception_pins", pin.uuid) == sheet
        assert store.check() == []
    assert path.with_name("v7.backup-v7.gpkg").exists()
    assert validate_gpkg(path) == []
    if ogrinfo_available():
        summary = ogrinfo_summary(path)
        assert "photo_sha256: String" in summary.split("Layer name: paper_sheets")[1]
        assert "record_uuid: String" in summary.split("Layer name: paper_sheet_records")[1]


def test_an_earlier_reading_is_found_by_the_photo_or_by_the_sheet(store):
    assert earlier_reading(store, "cd" * 32, "g-1", 3) is None
    sheet, _pin = read_from_paper(store)
    assert earlier_reading(store, "ab" * 32, "g-2", 9) == sheet  # the same photo
    assert earlier_reading(store, "cd" * 32, "g-1", 3) == sheet  # another photo of the same sheet
    assert earlier_reading(store, "cd" * 32, "g-1", 4) is None
    assert earlier_reading(store, "", "g-2", 3) is None  # no digest matches no digest


def test_a_link_names_only_tables_read_from_paper_and_one_sheet_per_record(store):
    _sheet, pin = read_from_paper(store)
    with pytest.raises(ProjectWriteError, match="record_table IN"):
        store.insert(PaperSheetRecord(sheet_uuid="s-2", record_table="participants", record_uuid=pin.uuid))
    with pytest.raises(ProjectWriteError):
        store.insert(PaperSheetRecord(sheet_uuid="s-2", record_table="perception_pins", record_uuid=pin.uuid))
    assert store.count(PaperSheetRecord) == 1


def test_the_provenance_travels_in_a_merge(tmp_path: Path) -> None:
    with ProjectStore.create(str(tmp_path / "office.gpkg"), name="Office") as office:
        make_field_copy(office, str(tmp_path / "team.gpkg"), "Field team")
        with ProjectStore.open(str(tmp_path / "team.gpkg")) as team:
            sheet, pin = read_from_paper(team, number=5)
        (result,) = merge_files(office, [str(tmp_path / "team.gpkg")])
        assert result.plan.count("conflicts") == 0
        assert sheet_of_record(office, "perception_pins", pin.uuid) == sheet


def test_public_exports_leave_the_paper_sheets_out(store):
    read_from_paper(store)
    for record_type in (PaperSheet, PaperSheetRecord):
        data = table_data(store, record_type)
        assert data is not None and make_public(data, 100.0) is None
