"""The names CoSafe stores images under: neutral ones, never the camera's.

Contract: ``neutral_name(owner_table, mime_type)`` is the file name an image attached
to a record of ``owner_table`` is stored under: "paper-map.jpg"/"paper-map.png" for a
placed paper map (an attachment of a basemap layer), "photo.jpg"/"photo.png" for every
other image. ``NEUTRAL_NAMES`` holds them all. Only JPEG and PNG are stored; any other
type of image is named as a PNG, since it is stored as one once encoded anew.
Why: a phone names a photo after the moment it was taken (IMG_20260312_101502.jpg),
which says who was where and when as surely as the photo's EXIF does.
"""

from __future__ import annotations

from cosafe.core.records import BasemapLayer

JPEG = "image/jpeg"
PNG = "image/png"
_STEMS = ("photo", "paper-map")
_EXTENSIONS = {JPEG: ".jpg", PNG: ".png"}
NEUTRAL_NAMES: frozenset[str] = frozenset(stem + extension for stem in _STEMS for extension in _EXTENSIONS.values())


def neutral_name(owner_table: str, mime_type: str) -> str:
    """The name an image of ``mime_type`` attached to a record of ``owner_table`` is stored under."""
    stem = "paper-map" if owner_table == BasemapLayer.TABLE else "photo"
    return stem + _EXTENSIONS.get(mime_type, ".png")
