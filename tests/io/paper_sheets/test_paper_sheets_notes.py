"""The numbered notes of a sheet: the --notes file read, and what a dot's note stores (no photo needed)."""

from __future__ import annotations

import json

import pytest

from cosafe.core.records import PerceptionPin, Proposal
from cosafe.core.stories import APPROVED, story_shown
from cosafe.io.paper_sheets.choice import SheetsError
from cosafe.io.paper_sheets.layout import layout_for
from cosafe.io.paper_sheets.notes import load_notes, note_text
from cosafe.io.paper_sheets.reading import Detection, SheetReading


def test_a_csv_file_of_number_text_rows_with_a_header_and_sheet_columns(tmp_path):
    path = tmp_path / "notes.csv"
    path.write_text("number,text\n1,Too dark, no lights\n2,  Bus stop far from shops \n\n", encoding="utf-8")
    notes = load_notes(str(path))
    assert notes == {(None, 1): "Too dark, no lights", (None, 2): "Bus stop far from shops"}
    path.write_text("sheet,number,text\n2,1,Only on sheet two\n", encoding="utf-8")
    by_sheet = load_notes(str(path))
    assert note_text(by_sheet, 2, 1) == "Only on sheet two" and note_text(by_sheet, 1, 1) == ""
    assert note_text({**notes, **by_sheet}, 2, 1) == "Only on sheet two"  # the sheet's own note first
    assert note_text({**notes, **by_sheet}, 3, 1) == "Too dark, no lights"


def test_a_json_object_or_list_of_notes(tmp_path):
    path = tmp_path / "notes.json"
    path.write_text(json.dumps({"3": "Market at night"}), encoding="utf-8")
    assert load_notes(str(path)) == {(None, 3): "Market at night"}
    path.write_text(json.dumps([{"sheet": 1, "number": 4, "text": "A"}, {"number": 5, "text": "B"}]),
                    encoding="utf-8")
    assert load_notes(str(path)) == {(1, 4): "A", (None, 5): "B"}


@pytest.mark.parametrize("text", ["", "just words\nmore words\n", '{"one": "x"}', "[1, 2]", "0,zero is no note\n"])
def test_a_file_without_numbered_notes_is_refused_in_one_line(tmp_path, text):
    path = tmp_path / "notes.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(SheetsError) as refused:
        load_notes(str(path))
    assert "notes.csv" in str(refused.value) and "\n" not in str(refused.value)
    with pytest.raises(SheetsError):
        load_notes(str(tmp_path / "missing.csv"))


def test_a_dots_note_is_a_pins_approved_story_or_an_ideas_description(tmp_path):
    from cosafe.core.records import Group
    from cosafe.io.paper_sheets.layout import SheetIdentity
    from cosafe.io.paper_sheets.storing import sheet_edit
    from cosafe.io.samples.project import write_sample_project
    from cosafe.store.project_store import ProjectStore

    project = tmp_path / "sample.gpkg"
    write_sample_project(str(project))
    with ProjectStore.open(str(project)) as store:
        group = store.list(Group, order_by="created_at, uuid")[0]
        identity = SheetIdentity(store.get_meta("project_uuid"), group.workshop_uuid, group.uuid, 3, "a4",
                                 (36.8, -1.3, 36.9, -1.2))

        def dot(meaning, note):
            return Detection("dot", meaning, "#000000", 100.0, 100.0, 36.85, -1.25, 12.0, 0.95, note=note)

        reading = SheetReading(identity, layout_for("a4"), [dot("unsafe", 1), dot("safe", 2), dot("idea", 1),
                                                            dot("idea", 2), dot("safe", None)])
        edit = sheet_edit(store, reading, notes={(None, 1): "No lights on the footpath"})
        edit.apply(store)
        pins = store.list(PerceptionPin, order_by="fid DESC")[:3][::-1]
        ideas = store.list(Proposal, order_by="fid DESC")[:2][::-1]
    assert [(p.story, p.story_review) for p in pins] == [("No lights on the footpath", APPROVED),
                                                          ("Note 2 on paper sheet 3", APPROVED), ("", None)]
    assert all(story_shown(p) for p in pins[:2])
    assert [i.description for i in ideas] == ["No lights on the footpath\n\nFrom paper sheet 3, note 1",
                                              "Note 2 on paper sheet 3"]
