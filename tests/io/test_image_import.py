"""A photo of a paper map placed by control points is stored inside the project."""

from __future__ import annotations

import hashlib
import io

import pytest
from PIL import Image

from cosafe.core.georef import ControlPoint
from cosafe.core.records import Attachment, BasemapLayer
from cosafe.io import image_import
from cosafe.io.image_import import place_image
from cosafe.io.import_errors import BasemapImportError
from cosafe.store.project_store import ProjectStore

CORNERS = [ControlPoint(0, 0, 1000, 2000), ControlPoint(400, 0, 1400, 2000), ControlPoint(0, 300, 1000, 1700),
           ControlPoint(400, 300, 1400, 1700)]


def _photo(path, size=(400, 300)):
    Image.new("RGB", size, (200, 180, 150)).save(path, format="JPEG")
    return path


def test_placed_image_is_stored_with_its_fit(store, tmp_path):
    layer = place_image(store, str(_photo(tmp_path / "paper-map.jpg")), CORNERS, opacity=0.6)
    stored = store.get(BasemapLayer, layer.uuid)
    assert stored.kind == "image" and stored.opacity == 0.6 and stored.name == "paper-map"
    placement = stored.placement
    assert placement["width"] == 400 and placement["height"] == 300
    assert placement["affine"] == pytest.approx([1, 0, 1000, 0, -1, 2000], abs=1e-6)
    assert max(placement["residuals_m"]) < 1e-6
    [attachment] = store.list(Attachment, "owner_uuid = ?", (layer.uuid,))
    assert attachment.mime_type == "image/jpeg" and attachment.filename == "paper-map.jpg"
    with Image.open(io.BytesIO(attachment.data)) as image:  # encoded anew, same picture
        assert image.format == "JPEG" and image.size == (400, 300)
        assert max(abs(a - b) for a, b in zip(image.getpixel((200, 150)), (200, 180, 150))) <= 3


def _photo_with_identity(path, fmt="JPEG"):
    """A small, upright photo as a phone writes it: GPS position, camera serial, time, a comment."""
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"  # Make
    exif[0xA431] = "SERIAL-4711-Q"  # BodySerialNumber
    exif[0x0132] = "2026:12:06 19:41:07"  # DateTime
    gps = exif.get_ifd(0x8825)
    gps[1], gps[2] = "N", (51.0, 30.0, 7.25)  # GPSLatitudeRef, GPSLatitude
    extra = {"comment": b"taken at the bus stop on Mtaa Road"} if fmt == "JPEG" else {}
    Image.new("RGB", (400, 300), (200, 180, 150)).save(path, format=fmt, exif=exif.tobytes(), **extra)
    return path


IDENTITY = (b"SERIAL-4711-Q", b"PhoneMaker", b"2026:12:06", b"bus stop", b"Exif")


@pytest.mark.parametrize("fmt, name", [("JPEG", "IMG_20261206_194107.jpg"), ("PNG", "Screenshot 2026-12-06.png")])
def test_a_stored_image_keeps_no_identity_of_the_camera_or_the_moment(store, tmp_path, fmt, name):
    from cosafe.io.photos import photo_attachment

    photo = _photo_with_identity(tmp_path / name, fmt)
    assert all(marker in photo.read_bytes() for marker in IDENTITY[:3])  # the fixture does carry them
    layer = place_image(store, str(photo), CORNERS)
    [map_image] = store.list(Attachment, "owner_uuid = ?", (layer.uuid,))
    attached = photo_attachment(str(photo), "proposals", "p-1")
    for attachment in (map_image, attached):
        assert not any(marker in attachment.data for marker in IDENTITY), attachment.filename
        assert "2026" not in attachment.filename and "IMG" not in attachment.filename
        with Image.open(io.BytesIO(attachment.data)) as image:
            assert not image.getexif() and "comment" not in image.info


def test_large_image_is_downscaled_with_its_points(store, tmp_path, monkeypatch):
    monkeypatch.setattr(image_import, "MAX_SIDE", 200)
    layer = place_image(store, str(_photo(tmp_path / "big.jpg")), CORNERS)
    placement = store.get(BasemapLayer, layer.uuid).placement
    assert (placement["width"], placement["height"]) == (200, 150)
    assert placement["affine"][0] == pytest.approx(2.0)  # metres per stored pixel doubled
    assert max(placement["residuals_m"]) < 1e-6


def _digest(path) -> str:
    return hashlib.sha256(open(path, "rb").read()).hexdigest()


@pytest.mark.parametrize("make, points, message", [
    (lambda folder: (folder / "map.jpg").write_text("not an image") and folder / "map.jpg", CORNERS, "not an image"),
    (lambda folder: _photo(folder / "map.jpg"), CORNERS[:2], "at least 3"),
    (lambda folder: _photo(folder / "map.jpg"),
     [ControlPoint(0, 0, 0, 0), ControlPoint(100, 100, 10, 0), ControlPoint(200, 200, 0, 10)], "one line"),
    (lambda folder: folder / "gone.png", CORNERS, "no such file"),
], ids=["not-image", "too-few", "collinear", "missing"])
def test_bad_input_leaves_project_unchanged(project_path, tmp_path, make, points, message):
    source = make(tmp_path)
    before = _digest(project_path)
    with ProjectStore.open(str(project_path)) as store:
        with pytest.raises(BasemapImportError, match=message):
            place_image(store, str(source), points)
    assert _digest(project_path) == before


def test_phone_photo_is_stored_upright(store, tmp_path):
    """A portrait photo saved sideways with an EXIF orientation tag is placed as people see it."""
    photo = Image.new("RGB", (400, 300), (200, 180, 150))
    exif = photo.getexif()
    exif[0x0112] = 6  # rotate 90° clockwise to view
    photo.save(tmp_path / "portrait.jpg", format="JPEG", exif=exif)
    corners = [ControlPoint(0, 0, 0, 400), ControlPoint(300, 0, 300, 400), ControlPoint(0, 400, 0, 0)]
    layer = place_image(store, str(tmp_path / "portrait.jpg"), corners)
    placement = store.get(BasemapLayer, layer.uuid).placement
    assert (placement["width"], placement["height"]) == (300, 400)


def test_residuals_are_ground_metres(store, tmp_path):
    """At 60° latitude a Mercator metre is half a metre on the ground."""
    y60 = 8399737.89  # Web Mercator y of latitude 60°
    points = [ControlPoint(0, 0, 0, y60 + 100), ControlPoint(100, 0, 100, y60 + 100), ControlPoint(0, 100, 0, y60),
              ControlPoint(100, 100, 100, y60), ControlPoint(50, 50, 60, y60 + 50)]  # last is 10 m off in x
    layer = place_image(store, str(_photo(tmp_path / "m.jpg")), points)
    placement = store.get(BasemapLayer, layer.uuid).placement
    from cosafe.core.georef import fit_affine

    mercator = fit_affine(points).residuals[4]
    assert placement["residuals_m"][4] == pytest.approx(mercator * 0.5, rel=1e-3)


def _png_header_only(path, width, height):
    """A tiny PNG whose header says width × height: decoded, a 13000 × 13000 one takes 1.7 GB."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\x00" * 64))
                     + chunk(b"IEND", b""))
    return path


def test_an_image_that_would_decode_to_gigabytes_is_refused_before_decoding(store, tmp_path):
    from cosafe.io.photos import PhotoError, photo_attachment

    bomb = _png_header_only(tmp_path / "map.png", 13000, 13000)
    before = hashlib.sha256(open(store.path, "rb").read()).hexdigest()
    with pytest.raises(BasemapImportError, match=r"^map.png is 13,000 × 13,000 pixels \(169 megapixels\); "
                                                 r"CoSafe takes images of up to 80 megapixels$"):
        place_image(store, str(bomb), CORNERS)
    with pytest.raises(PhotoError, match="up to 80 megapixels"):
        photo_attachment(str(bomb), "proposals", "p-1")
    assert hashlib.sha256(open(store.path, "rb").read()).hexdigest() == before


def test_an_image_file_over_the_size_limit_is_refused(store, tmp_path, monkeypatch):
    monkeypatch.setattr(image_import, "MAX_FILE_MB", 0.001)  # 1 KB: the test photo is bigger
    with pytest.raises(BasemapImportError, match=r"^big.jpg is 0 MB; CoSafe takes images of up to 0.001 MB$"):
        place_image(store, str(_photo(tmp_path / "big.jpg")), CORNERS)
