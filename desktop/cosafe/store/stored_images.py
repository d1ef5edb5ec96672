"""Cleaning the images a project file already holds, with a cleaner the caller supplies.

Since issue 13 CoSafe stores every photo and paper map encoded anew, with no metadata
and under a neutral name (``core.images``); images stored before then, or merged in
from a file that an older CoSafe wrote, may still hold the camera's EXIF (GPS position,
serial number, time), XMP, comments, and its time-stamped file name.

Contract:
- ``clean_stored_images(connection, clean, all_images=…)`` hands every image attachment
  (MIME type ``image/…``) to ``clean`` one at a time and writes back what it returns
  (bytes, name, MIME type, size) when that differs; ``clean`` returns None for bytes it
  cannot decode, which are left exactly as they are and counted as ``unreadable``. It
  runs in the caller's transaction, updates no ``updated_at`` or ``device_id`` (see
  below), and records in ``project_meta`` that the file's images were checked
  (``CHECKED_KEY``). With ``all_images`` False only the images under a name that is
  not neutral are handed over (those an older CoSafe stored, or that came in by a
  merge since): cheap enough to run every time a file is opened.
- ``has_images_to_clean(connection)`` is a quick SQL test: True when the file holds
  images and they were never checked, or holds an image under a name that is not
  neutral (an unreadable one too: it is reported again, not forgotten).
- The cleaner is passed in because the store does not decode images (Pillow is in
  ``io``; ``io.image_cleaning.clean_stored_image`` is the one CoSafe uses).
Why no ``updated_at``: cleaning is not a person's edit, and the cleaner's output is a
function of the stored bytes alone, so two copies of one project cleaned apart hold
equal rows and a merge between them sees no change and no conflict. The row's hash
does change, so a merge reads "changed here" and keeps the clean image over an old
file's copy of it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass

from cosafe.core.images import NEUTRAL_NAMES
from cosafe.store import geopackage

CHECKED_KEY = "stored_images_checked"
# Raised when the cleaner learns to remove more, so files checked before are checked again.
CHECKED_VALUE = "1"

_IMAGES = "mime_type LIKE 'image/%'"
_NOT_NEUTRAL = f"filename NOT IN ({', '.join('?' * len(NEUTRAL_NAMES))})"
_NEUTRAL_PARAMS = tuple(sorted(NEUTRAL_NAMES))


@dataclass(frozen=True)
class StoredImage:
    """An image attachment as stored: what a cleaner reads and returns."""

    owner_table: str
    filename: str
    mime_type: str
    data: bytes
    width: int | None
    height: int | None


# Returns the image as it should be stored (equal to its argument when nothing needs
# changing), or None when the bytes cannot be decoded.
ImageCleaner = Callable[[StoredImage], StoredImage | None]


@dataclass(frozen=True)
class ImageCleaning:
    """What a cleaning did: images written anew (bytes or name), and images left as they were, unreadable."""

    cleaned: int = 0
    unreadable: int = 0


def has_images_to_clean(connection: sqlite3.Connection) -> bool:
    """True when the file's images were never checked, or one is stored under a name that is not neutral."""
    row = connection.execute("SELECT value FROM project_meta WHERE key = ?", (CHECKED_KEY,)).fetchone()
    where = _IMAGES if row is None or row[0] != CHECKED_VALUE else f"{_IMAGES} AND {_NOT_NEUTRAL}"
    params = () if where == _IMAGES else _NEUTRAL_PARAMS
    return connection.execute(f"SELECT 1 FROM attachments WHERE {where} LIMIT 1", params).fetchone() is not None


def clean_stored_images(connection: sqlite3.Connection, clean: ImageCleaner, *, all_images: bool,
                        progress: Callable[[int, int], None] | None = None) -> ImageCleaning:
    """Clean the file's images (all of them, or those under a name that is not neutral); see the module.

    ``progress(done, total)`` is called before each image and at the end; it may raise
    to stop, and the caller's transaction then rolls everything back.
    """
    where, params = (_IMAGES, ()) if all_images else (f"{_IMAGES} AND {_NOT_NEUTRAL}", _NEUTRAL_PARAMS)
    # One image in memory at a time: a project may hold hundreds of photos.
    fids = [fid for (fid,) in connection.execute(f"SELECT fid FROM attachments WHERE {where} ORDER BY fid", params)]
    cleaned = unreadable = 0
    for done, fid in enumerate(fids):
        if progress is not None:
            progress(done, len(fids))
        owner_table, filename, mime_type, data, width, height = connection.execute(
            "SELECT owner_table, filename, mime_type, data, width, height FROM attachments WHERE fid = ?",
            (fid,)).fetchone()
        if not isinstance(data, bytes):  # a file from elsewhere may hold text where bytes belong
            unreadable += 1
            continue
        image = StoredImage(owner_table, filename, mime_type, data, width, height)
        result = clean(image)
        if result is None:
            unreadable += 1
        elif result != image:
            connection.execute(
                "UPDATE attachments SET filename = ?, mime_type = ?, data = ?, width = ?, height = ? WHERE fid = ?",
                (result.filename, result.mime_type, result.data, result.width, result.height, fid))
            cleaned += 1
    if progress is not None:
        progress(len(fids), len(fids))
    if cleaned:
        geopackage.touch(connection, "attachments")
    mark_images_checked(connection)
    return ImageCleaning(cleaned, unreadable)


def mark_images_checked(connection: sqlite3.Connection) -> None:
    """Record that every image the file holds was stored, or checked, by a CoSafe that cleans them.

    Writes nothing when that is recorded already: a file that was only looked at stays
    byte for byte the same.
    """
    row = connection.execute("SELECT value FROM project_meta WHERE key = ?", (CHECKED_KEY,)).fetchone()
    if row is not None and row[0] == CHECKED_VALUE:
        return
    connection.execute(
        "INSERT INTO project_meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (CHECKED_KEY, CHECKED_VALUE))
