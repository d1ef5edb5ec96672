"""Photos an older CoSafe stored with the camera's data and file names are stored as new ones are."""

from __future__ import annotations

import hashlib
import io
import shutil
import sqlite3

import numpy as np
import pytest
from camera_photos import (AUDIT_PHOTO, IDENTITY, ONLY_PIXELS, PAPER_MAP, PROPOSAL_PHOTO, SERIAL, annotated_png,
                           camera_exif, exiftool_tags, older_project, phone_jpeg, picture)
from PIL import Image

from cosafe.core.records import Attachment
from cosafe.io.image_cleaning import clean_stored_image, describe, holds_only_pixels
from cosafe.io.image_import import encode_clean
from cosafe.io.photos import photo_attachment
from cosafe.store.errors import ReadOnlyError
from cosafe.store.merge.rows import table_hashes
from cosafe.store.project_store import ProjectStore
from cosafe.store.stored_images import CHECKED_KEY, ImageCleaning, StoredImage


def _pixels(data: bytes) -> np.ndarray:
    with Image.open(io.BytesIO(data)) as image:
        return np.asarray(image.convert("RGBA"), dtype=int)


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def assert_holds_only_pixels(data: bytes) -> None:
    """Checked three ways: the bytes' own structure, Pillow, and exiftool where it is installed."""
    assert holds_only_pixels(data)
    assert not any(marker in data for marker in IDENTITY)
    with Image.open(io.BytesIO(data)) as image:
        image.load()  # a PNG's text chunks after the pixels are read only now
        assert not image.getexif()
        assert not set(image.info) - {"jfif", "jfif_version", "jfif_unit", "jfif_density", "dpi", "transparency"}
        assert not getattr(image, "text", {})
    tags = exiftool_tags(data)
    if tags is not None:
        assert tags <= ONLY_PIXELS, tags - ONLY_PIXELS


def test_an_older_files_photos_and_paper_map_lose_camera_data_and_names_and_keep_their_pixels(tmp_path):
    path = tmp_path / "older.gpkg"
    uuids = older_project(path)
    before = {a.uuid: a for a in _attachments(path)}
    assert {before[u].filename for u in uuids.values()} == {PROPOSAL_PHOTO, AUDIT_PHOTO, PAPER_MAP}
    assert all(marker in path.read_bytes() for marker in IDENTITY)  # the fixture does carry them
    with ProjectStore.open(str(path)) as store:
        assert store.has_images_to_clean()
        assert store.clean_images(clean_stored_image) == ImageCleaning(cleaned=3, unreadable=0)
        assert not store.has_images_to_clean()
    after = {a.uuid: a for a in _attachments(path)}
    expected = {"proposal": ("photo.jpg", "image/jpeg"), "audit": ("photo.jpg", "image/jpeg"),
                "paper map": ("paper-map.png", "image/png")}
    for role, uuid in uuids.items():
        old, new = before[uuid], after[uuid]
        assert (new.filename, new.mime_type) == expected[role], role
        assert_holds_only_pixels(new.data)
        assert (new.width, new.height) == (old.width, old.height) == _pixels(new.data).shape[1::-1]
        difference = np.abs(_pixels(new.data) - _pixels(old.data))
        if new.mime_type == "image/png":
            assert difference.max() == 0, role  # lossless: the very same pixels, transparency included
        else:  # encoded anew with the photo's own tables: no more than a second encoding's rounding
            assert difference.mean() < 0.5 and np.percentile(difference, 99.9) <= 4, (role, difference.mean())
        # Not a person's edit: who made it and when stay as they were (see store.stored_images).
        assert (new.updated_at, new.device_id, new.caption) == (old.updated_at, old.device_id, old.caption)
    # Secure delete overwrote the old bytes: nothing of the camera's is left anywhere in the file.
    content = path.read_bytes()
    assert not [marker for marker in IDENTITY if marker in content]


def test_cleaning_again_changes_nothing_and_images_stored_clean_are_never_encoded_again(tmp_path):
    path = tmp_path / "older.gpkg"
    older_project(path)
    photo = tmp_path / "IMG_20260401_090000.jpg"
    photo.write_bytes(phone_jpeg())
    with ProjectStore.open(str(path)) as store:
        new_photo = photo_attachment(str(photo), "proposals", "proposal-2")  # as this CoSafe stores one
        store.insert(new_photo)
        assert store.clean_images(clean_stored_image) == ImageCleaning(cleaned=3, unreadable=0)
        assert store.get(Attachment, new_photo.uuid).data == new_photo.data  # not encoded a second time
    cleaned = _digest(path)
    with ProjectStore.open(str(path)) as store:
        assert not store.has_images_to_clean()
        # Remove Traces cleans every image, not only those under a camera's name: still nothing to do.
        assert store.clean_images(clean_stored_image, all_images=True) == ImageCleaning(0, 0)
    assert _digest(path) == cleaned  # no generation loss, not even a rewritten page


@pytest.mark.parametrize("mode, fmt", [("RGB", "JPEG"), ("L", "JPEG"), ("RGB", "PNG"), ("RGBA", "PNG"), ("P", "PNG"),
                                       ("LA", "PNG"), ("1", "PNG"), ("I;16", "PNG")])
def test_what_cosafe_encodes_is_recognised_as_holding_only_pixels(mode, fmt):
    image = picture(64, 48).convert(mode) if mode != "I;16" else Image.new("I;16", (64, 48), 4000)
    data = encode_clean(image, fmt)
    assert holds_only_pixels(data)
    stored = StoredImage("proposals", "photo.jpg" if fmt == "JPEG" else "photo.png", f"image/{fmt.lower()}", data,
                         64, 48)
    assert clean_stored_image(stored) == stored


@pytest.mark.parametrize("dirty", [
    pytest.param(lambda data: data + b"SEFT trailer of the maker", id="bytes after the end of a JPEG"),
    pytest.param(lambda data: data[:2] + b"\xff\xfe\x00\x07hello" + data[2:], id="a JPEG comment"),
    pytest.param(lambda data: data[:20] + b"\xff\xe1\x00\x08Exif\x00\x00" + data[20:], id="an APP1 segment"),
])
def test_anything_in_a_jpeg_besides_its_picture_is_found_and_removed(dirty):
    clean = encode_clean(picture(64, 48), "JPEG")
    data = dirty(clean)
    assert not holds_only_pixels(data)
    result = clean_stored_image(StoredImage("proposals", "photo.jpg", "image/jpeg", data, 64, 48))
    assert result is not None and holds_only_pixels(result.data)


def test_a_grey_scan_stays_grey_and_an_unusual_format_becomes_a_png(tmp_path):
    out = io.BytesIO()
    picture(80, 60, "L").save(out, format="JPEG", comment=b"scanned at the office")
    grey = clean_stored_image(StoredImage("basemap_layers", "scan.jpg", "image/jpeg", out.getvalue(), 80, 60))
    assert grey.filename == "paper-map.jpg" and holds_only_pixels(grey.data)
    with Image.open(io.BytesIO(grey.data)) as image:
        assert image.mode == "L"
    out = io.BytesIO()
    picture(80, 60).save(out, format="WEBP", lossless=True, exif=camera_exif().tobytes())
    assert SERIAL.encode() in out.getvalue()
    webp = clean_stored_image(StoredImage("proposals", "IMG_1.webp", "image/webp", out.getvalue(), 80, 60))
    assert (webp.filename, webp.mime_type) == ("photo.png", "image/png") and holds_only_pixels(webp.data)
    assert np.array_equal(_pixels(webp.data), _pixels(out.getvalue()))


def test_an_image_that_cannot_be_decoded_is_kept_as_it_is_and_counted_each_time(tmp_path):
    path = tmp_path / "older.gpkg"
    uuids = older_project(path)
    broken = phone_jpeg()[:1500]  # cut off inside the picture: EXIF readable, pixels not
    with sqlite3.connect(path) as raw:
        raw.execute("UPDATE attachments SET data = ? WHERE uuid = ?", (broken, uuids["audit"]))
    raw.close()
    with ProjectStore.open(str(path)) as store:
        cleaning = store.clean_images(clean_stored_image)
        assert cleaning == ImageCleaning(cleaned=2, unreadable=1)
        assert describe(cleaning) == (
            "Cleaned 2 images that held camera data or a camera's file name (now without metadata, under a neutral "
            "name); 1 image could not be read and was left as it is")
        kept = store.get(Attachment, uuids["audit"])
        assert (kept.data, kept.filename) == (broken, AUDIT_PHOTO)  # never lost
        # Still under the camera's name, so it is not forgotten: the next opening reports it again.
        assert store.has_images_to_clean()
        assert store.clean_images(clean_stored_image) == ImageCleaning(cleaned=0, unreadable=1)


def test_a_stopped_cleaning_or_a_read_only_file_leaves_the_file_as_it_was(tmp_path):
    path = tmp_path / "older.gpkg"
    older_project(path)
    before = _digest(path)

    def stop_at_the_second(done: int, total: int) -> None:
        if done == 2:
            raise KeyboardInterrupt

    with ProjectStore.open(str(path)) as store:
        with pytest.raises(KeyboardInterrupt):
            store.clean_images(clean_stored_image, progress=stop_at_the_second)
        assert store.get_meta(CHECKED_KEY) is None
    assert _digest(path) == before
    with ProjectStore.open(str(path), read_only=True) as store:
        with pytest.raises(ReadOnlyError, match="read-only"):
            store.clean_images(clean_stored_image)
        with pytest.raises(ReadOnlyError, match="read-only"):
            store.remove_traces(clean_stored_image)
    assert _digest(path) == before


def test_two_copies_of_a_project_cleaned_apart_hold_equal_rows(tmp_path):
    """So a merge between them sees the same record, neither a change nor a conflict."""
    first = tmp_path / "office.gpkg"
    older_project(first)
    second = tmp_path / "office copy.gpkg"
    shutil.copyfile(first, second)
    hashes = []
    for path in (first, second):
        with ProjectStore.open(str(path)) as store:
            assert store.remove_traces(clean_stored_image) == ImageCleaning(cleaned=3, unreadable=0)
            hashes.append(table_hashes(store.connection, Attachment))  # what a merge compares
    assert hashes[0] == hashes[1]


def test_a_new_project_needs_no_checking(store):
    assert not store.has_images_to_clean()
    store.insert(Attachment(owner_table="proposals", owner_uuid="p", filename="photo.jpg", mime_type="image/jpeg",
                            data=encode_clean(picture(32, 24), "JPEG"), width=32, height=24))
    assert not store.has_images_to_clean()  # no camera's name: nothing to look at when it is opened
    store.insert(Attachment(owner_table="proposals", owner_uuid="p", filename=PROPOSAL_PHOTO,
                            mime_type="image/jpeg", data=phone_jpeg(), width=320, height=240))
    assert store.has_images_to_clean()  # as one merged in from an older file would be


def _attachments(path) -> list[Attachment]:
    with ProjectStore.open(str(path), read_only=True) as store:
        return store.list(Attachment)


def test_the_png_fixture_and_the_jpeg_fixture_carry_what_a_phone_writes():
    for data in (phone_jpeg(), annotated_png()):
        assert not holds_only_pixels(data)
        tags = exiftool_tags(data)
        if tags is not None:
            assert {"IFD0:SerialNumber", "GPS:GPSLatitude", "XMP-tiff:Model"} <= tags
