"""GeoPackage geometry blobs: encode/decode shapely geometries, and the SQL functions
(ST_IsEmpty, ST_MinX, …) that the R-tree triggers call.

Blob layout (GeoPackage 1.2, §2.1.3): b"GP", version 0, flags, int32 srs_id, an
optional envelope, then standard little-endian WKB. We never write EMPTY
geometries: an empty shape is stored as NULL (GDAL's validator misreads the flag).
"""

from __future__ import annotations

import sqlite3
import struct
from typing import Any

import numpy as np
import shapely
from shapely.geometry.base import BaseGeometry

WGS84_SRS_ID = 4326

_HEADER = struct.Struct("<2sBBi")  # magic, version, flags, srs_id (little endian)
_ENVELOPE_XY = struct.Struct("<4d")  # minx, maxx, miny, maxy
_ENVELOPE_SIZES = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}
_FLAG_LITTLE_ENDIAN = 0x01
_FLAG_ENVELOPE_XY = 0x02  # envelope indicator 1, shifted left by one
_FLAG_EMPTY = 0x10


class GeometryBlobError(ValueError):
    """A blob that is not a GeoPackage geometry."""


def encode(geometry: BaseGeometry | None, srs_id: int = WGS84_SRS_ID) -> bytes | None:
    """Return the GeoPackage blob for a 2D shapely geometry, or None for None/empty."""
    if geometry is None or geometry.is_empty:
        return None
    wkb = shapely.to_wkb(geometry, output_dimension=2, byte_order=1, flavor="iso")
    if geometry.geom_type == "Point":
        # Points carry no envelope: it would only repeat the coordinates.
        return _HEADER.pack(b"GP", 0, _FLAG_LITTLE_ENDIAN, srs_id) + wkb
    minx, miny, maxx, maxy = geometry.bounds
    flags = _FLAG_LITTLE_ENDIAN | _FLAG_ENVELOPE_XY
    return _HEADER.pack(b"GP", 0, flags, srs_id) + _ENVELOPE_XY.pack(minx, maxx, miny, maxy) + wkb


def encode_many(geometries: "np.ndarray", srs_id: int = WGS84_SRS_ID) -> tuple[list[bytes], "np.ndarray"]:
    """Encode an array of non-empty, non-point 2D geometries at once (bulk imports).

    Returns the blobs (each with an XY envelope, as ``encode`` writes them) and the
    (n, 4) array of min x, min y, max x, max y the envelopes hold.
    """
    bounds = shapely.bounds(geometries)
    wkbs = shapely.to_wkb(geometries, output_dimension=2, byte_order=1, flavor="iso")
    return encode_wkb_many(wkbs, bounds, srs_id), bounds


def encode_wkb_many(wkbs, bounds: "np.ndarray", srs_id: int = WGS84_SRS_ID) -> list[bytes]:
    """The blobs of shapes given as their WKB (2D, little-endian, ISO; non-empty) and bounds
    ((n, 4): min x, min y, max x, max y), each with an XY envelope as ``encode_many`` writes
    them: the WKB follows the header as it is."""
    header = np.zeros(len(wkbs), dtype=[("magic", "S2"), ("version", "u1"), ("flags", "u1"),
                                        ("srs_id", "<i4"), ("envelope", "<f8", (4,))])
    header["magic"] = b"GP"
    header["flags"] = _FLAG_LITTLE_ENDIAN | _FLAG_ENVELOPE_XY
    header["srs_id"] = srs_id
    header["envelope"] = np.asarray(bounds, dtype=float).reshape(-1, 4)[:, [0, 2, 1, 3]]  # GeoPackage order
    headers = header.view(f"S{header.itemsize}")
    # numpy's bytes view drops trailing zero bytes; pad back to the fixed header size.
    size = header.itemsize
    return [bytes(h).ljust(size, b"\0") + w for h, w in zip(headers, wkbs)]


# The first bytes (byte order, type) of the 2D little-endian ISO WKB of each shape, and what
# makes the shape its Multi form: a single shape gets the header of a Multi of one part before
# it (byte order, type, count 1); a Multi stays as it is.
_MULTI_PREFIX = {
    b"\x01\x01\x00\x00\x00": b"\x01\x04\x00\x00\x00\x01\x00\x00\x00",  # Point -> MultiPoint
    b"\x01\x02\x00\x00\x00": b"\x01\x05\x00\x00\x00\x01\x00\x00\x00",  # LineString -> MultiLineString
    b"\x01\x03\x00\x00\x00": b"\x01\x06\x00\x00\x00\x01\x00\x00\x00",  # Polygon -> MultiPolygon
    b"\x01\x04\x00\x00\x00": b"",
    b"\x01\x05\x00\x00\x00": b"",
    b"\x01\x06\x00\x00\x00": b"",
}


def multi_wkb(wkb: bytes) -> bytes | None:
    """The WKB of a shape's Multi form (what ``shapely.to_wkb`` writes for it, 2D little-endian
    ISO) from the shape's own 2D little-endian ISO WKB, without decoding it; None for any other
    WKB (big-endian, Z or M, extended, a collection), which the caller must encode itself."""
    prefix = _MULTI_PREFIX.get(wkb[:5])
    return None if prefix is None else prefix + wkb


def decode(blob: bytes | None) -> BaseGeometry | None:
    """Return the shapely geometry of a GeoPackage blob (None for NULL or EMPTY)."""
    if blob is None:
        return None
    offset, flags = _parse_header(blob)
    if flags & _FLAG_EMPTY:
        return None
    geometry = shapely.from_wkb(bytes(blob[offset:]))
    return None if geometry.is_empty else geometry


def decode_many(blobs: "list[bytes]") -> "np.ndarray":
    """Decode many non-NULL blobs at once into an array of shapely geometries (bulk reads)."""
    wkbs = []
    for blob in blobs:
        offset, _ = _parse_header(blob)
        wkbs.append(blob[offset:])
    return shapely.from_wkb(np.array(wkbs, dtype=object)) if wkbs else np.empty(0, dtype=object)


def bounds(blob: bytes) -> tuple[float, float, float, float] | None:
    """Return (minx, miny, maxx, maxy) of a blob, from its envelope when it has one."""
    offset, flags = _parse_header(blob)
    if flags & _FLAG_EMPTY:
        return None
    envelope_kind = (flags >> 1) & 0x07
    if envelope_kind:
        minx, maxx, miny, maxy = _ENVELOPE_XY.unpack_from(blob, _HEADER.size)
        return minx, miny, maxx, maxy
    geometry = shapely.from_wkb(bytes(blob[offset:]))
    if geometry.is_empty:
        return None
    return tuple(geometry.bounds)  # type: ignore[return-value]


def _parse_header(blob: bytes) -> tuple[int, int]:
    """Return (offset of the WKB, flags) or raise GeometryBlobError."""
    if len(blob) < _HEADER.size or blob[:2] != b"GP":
        raise GeometryBlobError("not a GeoPackage geometry blob")
    flags = blob[3]
    envelope_kind = (flags >> 1) & 0x07
    if envelope_kind not in _ENVELOPE_SIZES:
        raise GeometryBlobError("invalid envelope indicator in geometry blob")
    return _HEADER.size + _ENVELOPE_SIZES[envelope_kind], flags


# The R-tree triggers ask ST_IsEmpty, ST_MinX, ST_MaxX, ST_MinY and ST_MaxY of the same
# blob one after another: keep the last blob's answer so a point (which has no envelope
# to read) is decoded once per row, not five times. One tuple, swapped whole, so a
# connection in another thread never sees half of it.
_UNREADABLE = "unreadable"
_last_bounds: tuple[Any, Any] = (None, None)


def _trigger_bounds(blob: bytes) -> tuple[float, float, float, float] | None | str:
    """``bounds(blob)``, or ``_UNREADABLE`` for a blob that is not a readable geometry."""
    global _last_bounds
    seen, box = _last_bounds
    if seen != blob:
        try:
            box = bounds(blob)
        except (GeometryBlobError, shapely.errors.ShapelyError):
            box = _UNREADABLE
        _last_bounds = (blob, box)
    return box


def _sql_is_empty(blob: Any) -> int | None:
    if blob is None:
        return None
    box = _trigger_bounds(blob)
    return None if box is _UNREADABLE else 1 if box is None else 0


def _sql_bound(index: int):
    def bound(blob: Any) -> float | None:
        if blob is None:
            return None
        box = _trigger_bounds(blob)
        return None if box is None or box is _UNREADABLE else box[index]

    return bound


def register_sql_functions(connection: sqlite3.Connection) -> None:
    """Register the spatial SQL functions the GeoPackage R-tree triggers call.

    Every connection that writes to a spatial table needs them, or inserts fail
    with "no such function: ST_IsEmpty".
    """
    connection.create_function("ST_IsEmpty", 1, _sql_is_empty, deterministic=True)
    for name, index in (("ST_MinX", 0), ("ST_MinY", 1), ("ST_MaxX", 2), ("ST_MaxY", 3)):
        connection.create_function(name, 1, _sql_bound(index), deterministic=True)
