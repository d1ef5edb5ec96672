"""Cleaning an image a project already holds, as CoSafe stores images today.

Contract: ``clean_stored_image(image)`` (a ``store.stored_images.ImageCleaner``) returns
the image under its neutral name (``core.images.neutral_name``) holding nothing but
its pixels — what ``image_import.encode_clean`` writes — or None when its bytes cannot
be decoded within the limits every image meets (``image_import.MAX_FILE_MB``,
``MAX_MEGAPIXELS``); the caller then leaves them exactly as they are.
- Bytes that already hold nothing but pixels (``holds_only_pixels``: read by walking
  the JPEG's segments or the PNG's chunks, without decoding) are kept as they are, and
  only the name changes if it must: each JPEG encoding loses a little, so an image is
  never encoded again for nothing.
- Otherwise it is decoded and encoded anew: a JPEG as a JPEG with its own quantisation
  tables and subsampling (as close to the stored pixels as a second encoding comes),
  anything else as a PNG (lossless). Width and height are those of the new bytes.
- Pixels are kept as they are stored, never turned by an EXIF orientation: CoSafe draws
  a stored image as its pixels lie (Qt ignores the tag there), CoSafe itself always
  stored them upright, and a paper map's control points are pixels of it.
- The result depends on the stored bytes alone (and Pillow's encoder), so two copies of
  a project cleaned apart hold the same bytes.
``describe(cleaning)`` says in one line what a cleaning did, as the window and the
``cosafe`` command report it. Pillow loads with the first image that must be decoded,
not when this module is imported.
"""

from __future__ import annotations

import io
import warnings
from dataclasses import replace

from cosafe.core.i18n import arg
from cosafe.core.images import JPEG, PNG, neutral_name
from cosafe.io.words import Images
from cosafe.store.stored_images import ImageCleaning, StoredImage

_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
# Chunks of the picture itself; tEXt, zTXt, iTXt, eXIf, tIME, iCCP, … are what it carries besides.
_PNG_PIXEL_CHUNKS = frozenset({b"IHDR", b"PLTE", b"tRNS", b"IDAT", b"IEND"})
# JPEG segments of the picture itself: frames (SOFn), Huffman and arithmetic tables,
# quantisation tables, restart interval, number of lines, scans. APP1–APP15 (EXIF, XMP,
# ICC, IPTC, MPF, makers' notes) and COM (comments) are what it carries besides.
_JPEG_PIXEL_SEGMENTS = frozenset({*range(0xC0, 0xC4), *range(0xC5, 0xC8), *range(0xC9, 0xCC), *range(0xCD, 0xD0),
                                  0xC4, 0xCC, 0xDB, 0xDC, 0xDD, 0xDA})
_PNG_MODES = frozenset({"1", "L", "LA", "I", "I;16", "P", "RGB", "RGBA"})
_JFIF_LENGTH = 16  # an APP0 JFIF header without a thumbnail, as Pillow writes it


def clean_stored_image(image: StoredImage) -> StoredImage | None:
    """``image`` as CoSafe stores one today, or None when its bytes cannot be decoded; see the module."""
    if holds_only_pixels(image.data):
        mime_type = JPEG if image.data.startswith(b"\xff\xd8") else PNG
        return replace(image, mime_type=mime_type, filename=neutral_name(image.owner_table, mime_type))
    encoded = _encoded_anew(image.data)
    if encoded is None:
        return None
    data, mime_type, width, height = encoded
    return StoredImage(image.owner_table, neutral_name(image.owner_table, mime_type), mime_type, data, width, height)


def describe(cleaning: ImageCleaning) -> str:
    """What a cleaning did, in one line: how many images were cleaned, and how many left as they were."""
    if cleaning.cleaned:
        text = Images.tr("Cleaned %Ln images that held camera data or a camera's file name (now without metadata, "
                         "under a neutral name)", "", cleaning.cleaned)
    elif cleaning.unreadable:
        text = Images.tr("No readable stored image held camera data or a camera's file name")
    else:
        text = Images.tr("No stored image held camera data or a camera's file name")
    if cleaning.unreadable:
        text = arg(Images.tr("%1; %Ln images could not be read and were left as they are",
                             "%1 is what was cleaned, said just before", cleaning.unreadable), text)
    return text


def holds_only_pixels(data: bytes) -> bool:
    """True when ``data`` is a JPEG or PNG holding nothing but its picture (and nothing after its end)."""
    if data.startswith(_PNG_SIGNATURE):
        return _png_holds_only_pixels(data)
    if data.startswith(b"\xff\xd8"):
        return _jpeg_holds_only_pixels(data)
    return False


def _png_holds_only_pixels(data: bytes) -> bool:
    position = len(_PNG_SIGNATURE)
    while position + 8 <= len(data):
        length = int.from_bytes(data[position:position + 4], "big")
        kind = data[position + 4:position + 8]
        if kind not in _PNG_PIXEL_CHUNKS:
            return False
        position += 12 + length  # length, type, data, CRC
        if kind == b"IEND":
            return position == len(data)
    return False


def _jpeg_holds_only_pixels(data: bytes) -> bool:
    position, end = 2, len(data)
    while position + 2 <= end:
        if data[position] != 0xFF:
            return False
        marker = data[position + 1]
        if marker == 0xFF:  # a fill byte before a marker
            position += 1
            continue
        if marker == 0xD9:  # end of image: anything after it (a second picture, a maker's trailer) is not pixels
            return position + 2 == end
        if position + 4 > end:
            return False
        length = int.from_bytes(data[position + 2:position + 4], "big")
        if marker == 0xE0:
            if length != _JFIF_LENGTH or data[position + 4:position + 9] != b"JFIF\x00":
                return False
        elif marker not in _JPEG_PIXEL_SEGMENTS:
            return False
        position += 2 + length
        if marker == 0xDA:
            position = _after_entropy_coded_data(data, position)
    return False


def _after_entropy_coded_data(data: bytes, position: int) -> int:
    """Where the next marker starts after a scan's data (stuffed 0xFF00 and restart markers belong to it)."""
    while (position := data.find(b"\xff", position)) != -1 and position + 1 < len(data):
        following = data[position + 1]
        if following == 0x00 or 0xD0 <= following <= 0xD7:
            position += 2
        elif following == 0xFF:
            position += 1
        else:
            return position
    return len(data)


def _encoded_anew(data: bytes) -> tuple[bytes, str, int, int] | None:
    """(bytes, MIME type, width, height) of the decoded picture encoded anew, or None if undecodable."""
    from PIL import Image, JpegImagePlugin  # Pillow loads with the first image that needs it

    from cosafe.io.image_import import MAX_FILE_MB, MAX_MEGAPIXELS, encode_clean

    if len(data) > MAX_FILE_MB * 1e6:
        return None
    try:
        with warnings.catch_warnings():
            # Pillow warns past 89 megapixels as it opens; the stricter limit below refuses those anyway.
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            picture = Image.open(io.BytesIO(data))
        with picture:
            if picture.width * picture.height > MAX_MEGAPIXELS * 1e6:  # from the header: nothing decoded yet
                return None
            picture.load()
            if isinstance(picture, JpegImagePlugin.JpegImageFile):  # a phone's MPO (JPEG with a second picture) too
                return encode_clean(picture, "JPEG", like=picture), JPEG, picture.width, picture.height
            if picture.mode not in _PNG_MODES:  # CMYK, floating point, …: as a PNG can hold them
                picture = picture.convert("RGBA" if "A" in picture.mode else "RGB")
            return encode_clean(picture, "PNG"), PNG, picture.width, picture.height
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError):
        # Pillow says "cannot decode" with any of these (UnidentifiedImageError is an OSError).
        return None
