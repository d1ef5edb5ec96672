"""Store a photo or scan of a paper map, placed by control points, as a basemap layer.

Contract: an image over ``MAX_FILE_MB`` or ``MAX_MEGAPIXELS`` is refused in one line
before it is decoded (photos are read here too). The image (downscaled when larger
than MAX_SIDE pixels, control points scaled with it) is stored inside the project as an attachment of its
``BasemapLayer`` (kind 'image'), whose ``placement`` holds the control points,
the fitted affine transform and the residuals. Layer and image are written in
one transaction. Unreadable images and unusable control points raise one-line
errors; the project is then unchanged.
"""

from __future__ import annotations

import io
import math
import os
import warnings
from collections.abc import Sequence
from typing import Any

from PIL import Image, ImageOps, JpegImagePlugin, UnidentifiedImageError

from cosafe.core.i18n import arg, format_count
from cosafe.core.georef import AffineFit, ControlPoint, PlacementError, fit_affine
from cosafe.core.images import neutral_name
from cosafe.core.projection import ground_scale, point_to_lonlat
from cosafe.core.records import Attachment, BasemapLayer
from cosafe.io.import_errors import BasemapImportError
from cosafe.io.words import Import
from cosafe.store.project_store import ProjectStore

MAX_SIDE = 4096  # pixels; a phone photo keeps enough detail to read street names
ORIENTATION_TAG = 0x0112  # EXIF Orientation
# Limits every image read (photos, paper maps) meets before it is decoded: a few hundred
# KB of PNG can decode to gigabytes. A phone photo is 3–12 MB and 12–50 megapixels; an A0
# paper map scanned at 200 dpi, 62 megapixels.
MAX_FILE_MB = 64
MAX_MEGAPIXELS = 80


def open_upright(path: str) -> Image.Image:
    """Load an image turned the way its camera says (EXIF orientation); one-line error if unreadable.

    Phones store portrait photos sideways with an orientation tag; the photo must be
    placed as people see it.
    """
    return _open(path)[0]


def _open(path: str) -> tuple[Image.Image, bool]:
    """(the upright image, whether its EXIF orientation turned it); errors as in ``open_upright``."""
    name = os.path.basename(path)
    try:
        size_mb = os.path.getsize(path) / 1e6
        if size_mb > MAX_FILE_MB:
            raise BasemapImportError(arg(Import.tr("%1 is %2 MB; CoSafe takes images of up to %3 MB"), name,
                                         format_count(round(size_mb)), MAX_FILE_MB))
        with warnings.catch_warnings():
            # Pillow warns past 89 megapixels as it opens; the stricter limit below refuses those anyway.
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            image = Image.open(path)
        with image:
            megapixels = image.width * image.height / 1e6  # read from the header: nothing decoded yet
            if megapixels > MAX_MEGAPIXELS:
                raise BasemapImportError(arg(Import.tr("%1 is %2 × %3 pixels (%4 megapixels); CoSafe takes images of "
                                                       "up to %5 megapixels"), name, format_count(image.width),
                                             format_count(image.height), format_count(round(megapixels)), MAX_MEGAPIXELS))
            image.load()
            rotated = image.getexif().get(ORIENTATION_TAG, 1) != 1
            upright = ImageOps.exif_transpose(image)
            upright.format = image.format  # exif_transpose returns a copy without it
            return upright, rotated
    except FileNotFoundError:
        raise BasemapImportError(arg(Import.tr("%1: no such file"), name)) from None
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError):
        raise BasemapImportError(arg(Import.tr("%1 is not an image CoSafe can read (PNG, JPEG, TIFF, BMP or WebP)"),
                                     name)) from None


def downscale(image: Image.Image, max_side: int) -> tuple[Image.Image, float]:
    """The image shrunk (Lanczos) so its long side is at most ``max_side``, and the scale used (≤ 1)."""
    scale = min(1.0, max_side / max(image.size))
    if scale < 1.0:
        image = image.resize((max(1, round(image.width * scale)), max(1, round(image.height * scale))),
                             Image.Resampling.LANCZOS)
    return image, scale


def encode_clean(image: Image.Image, fmt: str, quality: int = 90, *, like: Image.Image | None = None) -> bytes:
    """``image``'s pixels encoded as ``fmt`` (JPEG or PNG) and nothing else.

    No EXIF (a phone writes the GPS position, the camera's serial number and the
    time there), XMP, IPTC, ICC profile, comment or text chunk survives: Pillow writes
    what the image's ``info`` carries, so that is emptied first. A JPEG holds its JFIF
    header, tables and scans; a PNG its header, palette, transparency and pixels.
    ``like``, a JPEG ``image`` was decoded from, encodes it with that JPEG's quantisation
    tables and chroma subsampling instead of ``quality`` (a grey one stays grey), so that
    encoding a stored photo anew loses no more than a second encoding must.
    """
    options: dict[str, Any] = {"quality": quality}
    keep_grey = False
    if fmt == "JPEG" and isinstance(like, JpegImagePlugin.JpegImageFile):
        options = {"qtables": like.quantization}
        if (sampling := JpegImagePlugin.get_sampling(like)) != -1:
            options["subsampling"] = sampling
        keep_grey = image.mode == "L"
    clean = image.convert("RGB") if fmt == "JPEG" and not keep_grey else image.copy()
    # Which palette entry is transparent is part of the picture, not of its history.
    clean.info = {key: clean.info[key] for key in ("transparency",) if key in clean.info}
    out = io.BytesIO()
    clean.save(out, format=fmt, **options)
    return out.getvalue()


def read_image(path: str) -> tuple[bytes, str, int, int, float]:
    """Return (image bytes to store, MIME type, width, height, scale applied to pixel coordinates).

    Pixel coordinates are those of the upright image (see ``open_upright``). The image
    is always encoded anew (``encode_clean``): the file's own bytes may carry where
    and when it was taken.
    """
    image, _rotated = _open(path)
    fmt = image.format or "PNG"
    image, scale = downscale(image, MAX_SIDE)
    save_as = "JPEG" if fmt == "JPEG" else "PNG"
    return encode_clean(image, save_as, quality=92), Image.MIME[save_as], image.width, image.height, scale


def place_image(
    store: ProjectStore,
    path: str,
    control_points: Sequence[ControlPoint],
    *,
    name: str | None = None,
    opacity: float = 0.7,
) -> BasemapLayer:
    """Store an image placed by ``control_points`` (pixels of the original file); return the layer."""
    data, mime, width, height, scale = read_image(path)
    scaled = [ControlPoint(p.column * scale, p.row * scale, p.x, p.y) for p in control_points]
    try:
        fit = fit_affine(scaled)
    except PlacementError as error:
        raise BasemapImportError(str(error)) from None
    layer = BasemapLayer(
        name=name or os.path.splitext(os.path.basename(path))[0],
        kind="image",
        source_name=os.path.basename(path),
        source_format=mime,
        opacity=opacity,
        sort_order=store.connection.execute("SELECT coalesce(max(sort_order), 0) + 1 FROM basemap_layers").fetchone()[0],
        placement=placement_record(scaled, fit, width, height),
    )
    # A neutral name: a phone's file name is often the moment the photo was taken.
    attachment = Attachment(owner_table=BasemapLayer.TABLE, owner_uuid=layer.uuid,
                            filename=neutral_name(BasemapLayer.TABLE, mime),
                            mime_type=mime, data=data, width=width, height=height, caption="Placed paper map")
    with store.atomic():
        store.insert(layer)
        store.insert(attachment)
    return layer


def ground_residuals(points: Sequence[ControlPoint], fit: AffineFit) -> list[float]:
    """Each point's residual in metres on the ground.

    Web Mercator stretches distances by 1/cos(latitude), so a Mercator residual is
    scaled back by the cosine of the point's latitude.
    """
    return [r * ground_scale(point_to_lonlat(p.x, p.y)[1]) for p, r in zip(points, fit.residuals)]


def placement_record(points: Sequence[ControlPoint], fit: AffineFit, width: int, height: int) -> dict:
    """The JSON-able placement kept on the layer record (residuals in ground metres)."""
    residuals = ground_residuals(points, fit)
    return {
        "width": width,
        "height": height,
        "control_points": [[p.column, p.row, p.x, p.y] for p in points],
        "affine": list(fit.coefficients),
        "residuals_m": residuals,
        "rms_m": math.sqrt(sum(r * r for r in residuals) / len(residuals)) if residuals else 0.0,
    }
