"""Photos taken in the field, kept inside the project as attachments of a record.

Contract: ``photo_attachment(path, owner_table, owner_uuid, caption="")`` reads a
photo upright (EXIF) and returns an ``Attachment`` named "photo.jpg" holding a JPEG
no larger than ``MAX_PHOTO_SIDE`` on its long side, with no metadata (no EXIF, XMP,
comment: ``image_import.encode_clean``); an unreadable file raises ``PhotoError`` with
a one-line message. Nothing is written: the caller performs an ``AddRecord``.
Pillow loads with the first photo, not when this module is imported.
"""

from __future__ import annotations

from cosafe.core.images import JPEG, neutral_name
from cosafe.core.records import Attachment
from cosafe.io.import_errors import BasemapImportError

MAX_PHOTO_SIDE = 2048  # pixels: enough to see a dark corner on a projector, small enough to share the file


class PhotoError(ValueError):
    """A photo could not be read; the message is one line for the user."""


def photo_attachment(path: str, owner_table: str, owner_uuid: str, caption: str = "") -> Attachment:
    """Read ``path`` upright, downscale to MAX_PHOTO_SIDE, and wrap it as an attachment of the record."""
    from cosafe.io.image_import import downscale, encode_clean, open_upright  # Pillow loads with the first photo

    try:
        image = open_upright(path)
    except BasemapImportError as failure:
        raise PhotoError(str(failure)) from None
    image, _ = downscale(image, MAX_PHOTO_SIDE)
    # Always JPEG (phone photos are photographs, and one format keeps exports simple),
    # without the file's metadata, under a neutral name: a phone's file name is often
    # the moment the photo was taken.
    return Attachment(owner_table=owner_table, owner_uuid=owner_uuid, filename=neutral_name(owner_table, JPEG),
                      mime_type=JPEG, data=encode_clean(image, "JPEG", quality=88), width=image.width,
                      height=image.height, caption=caption)
