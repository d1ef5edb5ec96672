"""On the command line, cosafe remove-traces cleans the photos an older CoSafe stored with camera data."""

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
    assert out.splitlines()[1] == ("Cleaned 2 images that held camera data or a camera's file name (now without "
                                   "metadata, under a neutral name); 1 image could not be read and was left as it is")
    with ProjectStore.open(str(office), read_only=True) as store:
        kept = store.get(Attachment, uuids["audit"])
    assert (kept.data, kept.filename) == (broken, AUDIT_PHOTO)


def test_a_read_only_command_changes_nothing(tmp_path, capsys):
    office = tmp_path / "office.gpkg"
    older_project(office)
    before = office.read_bytes()
    assert cosafe(capsys, "info", office)[0] == 0
    assert cosafe(capsys, "check", office)[0] == 0
    assert office.read_bytes() == before

