"""Photos as a phone writes them, and project files in which an older CoSafe stored them so.

- ``phone_jpeg()``: a JPEG with EXIF (GPS position, maker, body serial number, time),
  a comment and XMP naming the camera; ``annotated_png()``: a PNG with text chunks
  (tEXt, compressed zTXt, XMP in iTXt) and an eXIf chunk. Both are real pictures
  (smooth colours and detail), so re-encoding them has something to lose.
- ``older_project(path)`` writes a project as a CoSafe before issue 13, part 5 left it:
  a proposal photo and an audit photo stored as the phone's bytes under its
  time-stamped names, a placed paper map (a real layer) stored as an annotated PNG under
  its scan's name, a photo that was deleted (written, as older CoSafes wrote, without
  secure delete, so its bytes are still in the file), and no record that the images
  were ever checked. Returns the stored attachments' UUIDs by role.
- ``IDENTITY``: the byte strings none of which may survive anywhere in the file.
- ``exiftool_tags(data)``: what exiftool reads from an image (None without exiftool);
  ``ONLY_PIXELS`` tells the tags of a picture's own structure from metadata.
"""

from __future__ import annotations

import io
import json
import shutil
import sqlite3
import subprocess
import tempfile
from pathlib import Path

import numpy as np
from PIL import Image, PngImagePlugin

from cosafe.core.georef import ControlPoint
from cosafe.core.records import Attachment
from cosafe.io.image_import import place_image
from cosafe.store import mapping
from cosafe.store.project_store import ProjectStore
from cosafe.store.stored_images import CHECKED_KEY

SERIAL = "SERIAL-4711-Q"
MAKER = "PhoneMaker-Z"
XMP_MODEL = "XMP-CAMERA-77"
COMMENT = "taken at the bus stop on Mtaa Road"
PNG_TEXT = "Scanned by Amina at the youth centre"
TAKEN = "2026:03:12 10:15:02"
PROPOSAL_PHOTO = "IMG_20260312_101502.jpg"
AUDIT_PHOTO = "IMG_20260312_101733.jpg"
PAPER_MAP = "Scan 2026-03-12 youth centre.png"
DELETED_PHOTO = "IMG_20260312_102240.jpg"
IDENTITY = tuple(text.encode() for text in (SERIAL, MAKER, XMP_MODEL, COMMENT, PNG_TEXT, TAKEN, "IMG_20260312",
                                            "Scan 2026-03-12"))

_XMP = (f'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        f'<rdf:Description rdf:about="" xmlns:tiff="http://ns.adobe.com/tiff/1.0/" tiff:Model="{XMP_MODEL}"/>'
        f'</rdf:RDF></x:xmpmeta>')

# exiftool's tags of a picture's own structure; anything else it reads is metadata.
ONLY_PIXELS = frozenset({
    "File:FileType", "File:FileTypeExtension", "File:MIMEType", "File:ImageWidth", "File:ImageHeight",
    "File:BitsPerSample", "File:ColorComponents", "File:EncodingProcess", "File:YCbCrSubSampling",
    "JFIF:JFIFVersion", "JFIF:ResolutionUnit", "JFIF:XResolution", "JFIF:YResolution",
    "PNG:ImageWidth", "PNG:ImageHeight", "PNG:BitDepth", "PNG:ColorType", "PNG:Compression", "PNG:Filter",
    "PNG:Interlace", "PNG:Palette", "PNG:Transparency", "Composite:ImageSize", "Composite:Megapixels",
})


def picture(width: int = 320, height: int = 240, mode: str = "RGB") -> Image.Image:
    """A deterministic picture with smooth colour and some detail, like a photo of a street."""
    y, x = np.mgrid[0:height, 0:width].astype(float)
    red = 128 + 100 * np.sin(x / 37.0) * np.cos(y / 23.0)
    green = 60 + 150 * x / width
    blue = 200 - 150 * y / height + 20 * ((x // 16 + y // 16) % 2)
    pixels = np.clip(np.stack([red, green, blue], axis=-1), 0, 255).astype(np.uint8)
    return Image.fromarray(pixels).convert(mode)


def camera_exif() -> Image.Exif:
    exif = Image.Exif()
    exif[0x010F] = MAKER  # Make
    exif[0xA431] = SERIAL  # BodySerialNumber
    exif[0x0132] = TAKEN  # DateTime
    gps = exif.get_ifd(0x8825)
    gps[1], gps[2] = "S", (1.0, 17.0, 30.5)  # GPSLatitudeRef, GPSLatitude
    gps[3], gps[4] = "E", (36.0, 49.0, 2.25)  # GPSLongitudeRef, GPSLongitude
    return exif


def phone_jpeg(width: int = 320, height: int = 240) -> bytes:
    """A JPEG as a phone writes it: EXIF with GPS, maker, serial and time; a comment; XMP."""
    out = io.BytesIO()
    picture(width, height).save(out, format="JPEG", quality=88, exif=camera_exif().tobytes(),
                                comment=COMMENT.encode(), xmp=_XMP.encode())
    data = out.getvalue()
    assert all(marker in data for marker in (SERIAL.encode(), XMP_MODEL.encode(), COMMENT.encode()))
    return data


def annotated_png(width: int = 200, height: int = 150) -> bytes:
    """A PNG with text chunks (plain, compressed, XMP) and an eXIf chunk."""
    chunks = PngImagePlugin.PngInfo()
    chunks.add_text("Comment", PNG_TEXT)
    chunks.add_text("Author", PNG_TEXT, zip=True)
    chunks.add_itxt("XML:com.adobe.xmp", _XMP)
    out = io.BytesIO()
    picture(width, height, "RGBA").save(out, format="PNG", pnginfo=chunks, exif=camera_exif().tobytes())
    data = out.getvalue()
    assert all(marker in data for marker in (PNG_TEXT.encode(), XMP_MODEL.encode(), SERIAL.encode()))
    return data


def older_project(path: Path) -> dict[str, str]:
    """A project file holding photos and a paper map as an older CoSafe stored them; attachment UUIDs by role."""
    ProjectStore.create(str(path), name="Older photos").close()
    with tempfile.TemporaryDirectory() as folder:
        scan = Path(folder) / "scan.png"
        picture(200, 150).save(scan)
        with ProjectStore.open(str(path)) as store:
            corners = [ControlPoint(0, 0, 4097000, -143000), ControlPoint(200, 0, 4097200, -143000),
                       ControlPoint(0, 150, 4097000, -143150)]
            layer = place_image(store, str(scan), corners, name="Paper map")
            proposal_photo = Attachment(owner_table="proposals", owner_uuid="proposal-1", filename=PROPOSAL_PHOTO,
                                        mime_type="image/jpeg", data=phone_jpeg(), width=320, height=240)
            audit_photo = Attachment(owner_table="audit_points", owner_uuid="point-1", filename=AUDIT_PHOTO,
                                     mime_type="image/jpeg", data=phone_jpeg(240, 320), width=240, height=320)
            store.insert_many([proposal_photo, audit_photo])
    with sqlite3.connect(path) as raw:
        # Older CoSafes wrote with SQLite's default: what they deleted stayed in the file.
        raw.execute("PRAGMA secure_delete = OFF")
        # The paper map as the older CoSafe kept a small upright scan: byte for byte.
        (map_uuid,) = raw.execute("SELECT uuid FROM attachments WHERE owner_uuid = ?", (layer.uuid,)).fetchone()
        raw.execute("UPDATE attachments SET data = ?, filename = ?, width = 200, height = 150 WHERE uuid = ?",
                    (annotated_png(), PAPER_MAP, map_uuid))
        # A photo someone took and then deleted.
        deleted = mapping.to_row(Attachment(owner_table="proposals", owner_uuid="proposal-1", filename=DELETED_PHOTO,
                                            mime_type="image/jpeg", data=phone_jpeg(1200, 900), width=1200,
                                            height=900, device_id="older-laptop"))
        raw.execute(f"INSERT INTO attachments ({', '.join(deleted)}) VALUES ({', '.join('?' * len(deleted))})",
                    tuple(deleted.values()))
        raw.commit()
        raw.execute("DELETE FROM attachments WHERE filename = ?", (DELETED_PHOTO,))
        raw.execute("DELETE FROM project_meta WHERE key = ?", (CHECKED_KEY,))  # older CoSafes never checked
    raw.close()
    return {"proposal": proposal_photo.uuid, "audit": audit_photo.uuid, "paper map": map_uuid}


def exiftool_tags(data: bytes) -> set[str] | None:
    """The tags exiftool reads from ``data`` (group:name, file-system ones left out), or None without exiftool."""
    if shutil.which("exiftool") is None:
        return None
    with tempfile.NamedTemporaryFile(suffix=".img") as handle:
        handle.write(data)
        handle.flush()
        result = subprocess.run(["exiftool", "-j", "-a", "-G1", handle.name], capture_output=True, text=True,
                                check=True)
    (tags,) = json.loads(result.stdout)
    return {tag for tag in tags if tag != "SourceFile" and not tag.startswith(("System:", "ExifTool:"))}
