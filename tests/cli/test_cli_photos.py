"""On the command line, photos an older CoSafe stored with camera data are cleaned: by remove-traces, and unasked
by every command that writes to the project (hand-out included, so a team's copy gets a clean paper map)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from camera_photos import AUDIT_PHOTO, IDENTITY, older_project, phone_jpeg

from cosafe.cli.main import main
from cosafe.core.records import Attachment
from cosafe.store.project_store import ProjectStore

CLEANED_3 = ("Cleaned 3 images that held camera data or a camera's file name (now without metadata, under a "
             "neutral name)")


def cosafe(capsys, *args: object) -> tuple[int, str, str]:
    code = main([str(arg) for arg in args])
    out, err = capsys.readouterr()
    return code, out, err


def traces_of_the_camera(path: Path) -> list[bytes]:
    content = path.read_bytes()
    return [marker for marker in IDENTITY if marker in content]


def test_remove_traces_cleans_every_stored_image_and_says_how_many(tmp_path, capsys):
    office = tmp_path / "office.gpkg"
    older_project(office)
    assert traces_of_the_camera(office) == list(IDENTITY)
    code, out, err = cosafe(capsys, "remove-traces", office)
    assert code == 0, err
    removed, cleaned = out.splitlines()
    assert removed.startswith("Removed the traces of deleted records from office.gpkg (")
    assert cleaned == CLEANED_3
    assert traces_of_the_camera(office) == []
    with ProjectStore.open(str(office), read_only=True) as store:
        assert sorted(a.filename for a in store.list(Attachment)) == ["paper-map.png", "photo.jpg", "photo.jpg"]
        assert store.check() == []
    code, out, _ = cosafe(capsys, "remove-traces", office)
    assert code == 0 and out.splitlines()[1] == "No stored image held camera data or a camera's file name"


def test_remove_traces_counts_an_image_it_cannot_read_and_leaves_it(tmp_path, capsys):
    office = tmp_path / "office.gpkg"
    uuids = older_project(office)
    broken = phone_jpeg()[:1500]
    with sqlite3.connect(office) as raw:
        raw.execute("UPDATE attachments SET data = ? WHERE uuid = ?", (broken, uuids["audit"]))
    raw.close()
    code, out, err = cosafe(capsys, "remove-traces", office)
    assert code == 0, err
    assert out.splitlines()[1] == (
        "Cleaned 2 images that held camera data or a camera's file name (now without metadata, under a neutral name); "
        "1 image could not be read and was left as it is")
    with ProjectStore.open(str(office), read_only=True) as store:
        kept = store.get(Attachment, uuids["audit"])
    assert (kept.data, kept.filename) == (broken, AUDIT_PHOTO)


def test_a_command_that_writes_cleans_an_older_files_photos_first_and_a_field_copy_gets_a_clean_paper_map(
        tmp_path, capsys):
    office = tmp_path / "office.gpkg"
    older_project(office)
    team = tmp_path / "team.gpkg"
    code, out, err = cosafe(capsys, "hand-out", office, "-o", team, "--name", "Team 2")
    assert code == 0, err
    assert out.splitlines()[0] == CLEANED_3
    assert traces_of_the_camera(office) == [] and traces_of_the_camera(team) == []
    with ProjectStore.open(str(team), read_only=True) as copy:
        assert [a.filename for a in copy.list(Attachment)] == ["paper-map.png"]  # the copy holds no photo
    code, out, err = cosafe(capsys, "hand-out", office, "-o", tmp_path / "team 3.gpkg", "--name", "Team 3")
    assert code == 0 and not out.startswith("Cleaned")  # once done, nothing more to say


def test_a_read_only_command_changes_nothing(tmp_path, capsys):
    office = tmp_path / "office.gpkg"
    older_project(office)
    before = office.read_bytes()
    assert cosafe(capsys, "info", office)[0] == 0
    assert cosafe(capsys, "check", office)[0] == 0
    assert office.read_bytes() == before


def test_photos_merged_in_from_an_older_file_are_cleaned_when_the_project_is_next_opened(tmp_path, capsys):
    office = tmp_path / "office.gpkg"
    ProjectStore.create(str(office), name="Office").close()
    older = tmp_path / "older laptop.gpkg"
    older_project(older)
    code, out, err = cosafe(capsys, "merge", office, older)
    assert code == 0 and "Attachments: 3 added" in out, err
    with ProjectStore.open(str(office), read_only=True) as store:
        assert store.has_images_to_clean()  # under the camera's names: found without decoding anything
    code, out, err = cosafe(capsys, "hand-out", office, "-o", tmp_path / "team.gpkg", "--name", "Team 2")
    assert code == 0 and out.splitlines()[0] == CLEANED_3, err
    assert traces_of_the_camera(office) == []
