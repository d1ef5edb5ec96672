"""In the window, File › Remove Traces cleans every stored image of camera data and camera file names."""

from __future__ import annotations

import sqlite3

from camera_photos import IDENTITY, phone_jpeg
from shell_support import OFFSCREEN_NOISE

pytestmark = OFFSCREEN_NOISE


def traces_of_the_camera(path) -> list[bytes]:
    content = path.read_bytes()
    return [marker for marker in IDENTITY if marker in content]


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
