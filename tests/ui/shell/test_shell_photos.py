"""In the window, photos an older CoSafe stored with camera data are cleaned when the file is opened, unasked;
File › Remove Traces cleans every image; a read-only file is left alone, and a cancelled cleaning changes nothing."""

from __future__ import annotations

import sqlite3
import threading

from camera_photos import IDENTITY, older_project, phone_jpeg
from PySide6.QtWidgets import QDialog, QPushButton
from shell_support import OFFSCREEN_NOISE, answer_next_modal, file_hash

from cosafe.core.records import Attachment
from cosafe.store.schema import migrations
from cosafe.ui.kit.progress_job import JobProgressDialog
from cosafe.ui.shell import project_files

pytestmark = OFFSCREEN_NOISE

CLEANED_3 = ("Cleaned 3 images that held camera data or a camera's file name (now without metadata, under a "
             "neutral name)")


def traces_of_the_camera(path) -> list[bytes]:
    content = path.read_bytes()
    return [marker for marker in IDENTITY if marker in content]


def test_opening_an_older_file_cleans_its_photos_without_asking(window, dialog_log, tmp_path):
    path = tmp_path / "older.gpkg"
    older_project(path)
    assert window.open_project(str(path))
    assert dialog_log.confirms == [] and dialog_log.errors == []  # nothing a person had to know or decide
    assert window.statusBar().currentMessage() == CLEANED_3
    assert traces_of_the_camera(path) == []
    names = sorted(a.filename for a in window.session.store.list(Attachment))
    assert names == ["paper-map.png", "photo.jpg", "photo.jpg"]


def test_an_older_format_is_upgraded_and_cleaned_and_the_backup_is_the_file_as_it_was(window, tmp_path, monkeypatch):
    path = tmp_path / "older.gpkg"
    older_project(path)
    current = migrations.current_schema_version()
    monkeypatch.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS + (
        migrations.Migration(current + 1, "a later step", lambda connection: None),))
    assert window.open_project(str(path))
    backup = tmp_path / f"older.backup-v{current}.gpkg"
    assert window.statusBar().currentMessage() == (
        f"Upgraded older.gpkg to the current project format; the file as it was is kept as {backup.name} (a full "
        f"copy: remove it in File › Project Properties). {CLEANED_3}")
    assert traces_of_the_camera(path) == []
    # The backup is the file as it was, photos and all: PRIVACY.md says so, and how to remove it.
    assert traces_of_the_camera(backup) == list(IDENTITY)


def test_a_read_only_file_is_left_as_it_is(window, dialog_log, tmp_path):
    path = tmp_path / "older.gpkg"
    older_project(path)
    before = file_hash(path)
    assert window.open_project(str(path), read_only=True)
    assert window.statusBar().currentMessage() == ""
    assert file_hash(path) == before


def test_cancelling_the_cleaning_changes_nothing_and_the_next_opening_cleans(window, dialog_log, tmp_path,
                                                                             monkeypatch):
    path = tmp_path / "older.gpkg"
    older_project(path)
    before = file_hash(path)
    pressed = threading.Event()
    cleaner = project_files.clean_stored_image

    def held(image):
        pressed.wait(5)  # the first image waits until Cancel was pressed
        return cleaner(image)

    monkeypatch.setattr(project_files, "clean_stored_image", held)
    seen = {}

    def press_cancel(dialog: QDialog) -> None:
        assert isinstance(dialog, JobProgressDialog)
        seen["title"] = dialog.windowTitle()
        dialog.findChild(QPushButton).click()
        pressed.set()

    answer_next_modal(press_cancel)
    assert window.open_project(str(path))
    assert seen["title"] == "Cleaning stored photos…"
    assert window.statusBar().currentMessage() == (
        "Stored photos were not cleaned of camera data (cancelled); CoSafe cleans them the next time")
    assert file_hash(path) == before
    window.close_project()
    monkeypatch.setattr(project_files, "clean_stored_image", cleaner)
    assert window.open_project(str(path))
    assert window.statusBar().currentMessage() == CLEANED_3 and traces_of_the_camera(path) == []


def test_remove_traces_cleans_every_image_even_under_a_neutral_name(window, dialog_log, project_path):
    """A photo with EXIF that happened to be called photo.jpg is not looked at on opening; Remove Traces finds it."""
    with sqlite3.connect(project_path) as raw:
        raw.execute("INSERT INTO attachments (uuid, created_at, updated_at, device_id, owner_table, owner_uuid, "
                    "filename, mime_type, data, width, height) VALUES ('a-1', '2026-03-12T10:15:02.000Z', "
                    "'2026-03-12T10:15:02.000Z', 'x', 'proposals', 'p-1', 'photo.jpg', 'image/jpeg', ?, 320, 240)",
                    (phone_jpeg(),))
    raw.close()
    assert window.open_project(str(project_path))
    assert window.statusBar().currentMessage() == "" and traces_of_the_camera(project_path)
    dialog_log.accept_confirm = True
    window.commands.remove_traces.trigger()
    assert "stores every photo and paper map without camera data" in dialog_log.confirms[-1][1]
    assert window.statusBar().currentMessage() == (
        "Removed the traces of deleted records from the project file. Cleaned 1 image that held camera data or a "
        "camera's file name (now without metadata, under a neutral name)")
    assert traces_of_the_camera(project_path) == []
