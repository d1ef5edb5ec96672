"""The character encoding of a Shapefile's attributes: what the file declares, what its bytes show.

Contract: ``dbf_encodings(path)`` takes a .shp (or a zipped shapefile) and returns
``(declared, suggested)``: ``declared`` is the encoding its .cpg file or its DBF's
language byte names (GDAL's names, e.g. "UTF-8", "CP1252"), None when it names none;
``suggested`` is "UTF-8" when the file declares a one-byte code page (or nothing) but its
text is UTF-8 — non-ASCII bytes that all decode as UTF-8, which text in a one-byte code
page practically never does ("RÃ©gion de BokÃ©" is what such a file shows otherwise) —
and None when there is nothing to correct. Reading stops after ``SCAN_BYTES`` of records.
A file that cannot be read gives ``(None, None)``: the import proper says what is wrong.

``ENCODINGS`` are the choices offered to a person, by the names GDAL and Python both know.
"""

from __future__ import annotations

import codecs
import os
import zipfile

from cosafe.core.i18n import QT_TRANSLATE_NOOP

# (name given to pyogrio/GDAL, what a person reads), in the order they are offered.
ENCODINGS = (
    ("UTF-8", QT_TRANSLATE_NOOP("Import", "UTF-8 (Unicode)")),
    ("CP1252", QT_TRANSLATE_NOOP("Import", "Windows-1252 (Western Europe)")),
    ("ISO-8859-1", QT_TRANSLATE_NOOP("Import", "ISO-8859-1 (Latin-1)")),
    ("CP437", QT_TRANSLATE_NOOP("Import", "CP437 (DOS, United States)")),
    ("CP850", QT_TRANSLATE_NOOP("Import", "CP850 (DOS, Western Europe)")),
    ("CP1250", QT_TRANSLATE_NOOP("Import", "Windows-1250 (Central Europe)")),
    ("CP1251", QT_TRANSLATE_NOOP("Import", "Windows-1251 (Cyrillic)")),
    ("CP1256", QT_TRANSLATE_NOOP("Import", "Windows-1256 (Arabic)")),
)

SCAN_BYTES = 4 * 1024 * 1024

# The DBF language driver byte (offset 29) of the code pages met in practice (ESRI's table).
_LANGUAGE_BYTES = {
    0x01: "CP437", 0x02: "CP850", 0x03: "CP1252", 0x57: "CP1252", 0x58: "CP1252", 0x59: "CP1252",
    0x64: "CP852", 0x65: "CP866", 0x66: "CP865", 0x7D: "CP1255", 0x7E: "CP1256", 0xC8: "CP1250",
    0xC9: "CP1251", 0xCA: "CP1254", 0xCB: "CP1253", 0x4D: "CP936", 0x4E: "CP949", 0x4F: "CP950",
    0x50: "CP874", 0x13: "CP932",
}


def encoding_name(text: str) -> str | None:
    """The canonical choice name (one of ``ENCODINGS``, else GDAL's spelling) for ``text``
    ("utf8", "1252", "windows-1256", "latin1"…); None when Python knows no such encoding."""
    cleaned = text.strip()
    if cleaned.isdigit():  # a .cpg of "1252", "65001" (UTF-8), "28591" (ISO-8859-1)
        cleaned = {"65001": "UTF-8", "28591": "ISO-8859-1"}.get(cleaned, "CP" + cleaned)
    try:
        python_name = codecs.lookup(cleaned).name
    except LookupError:
        return None
    for name, _ in ENCODINGS:
        if codecs.lookup(name).name == python_name:
            return name
    return cleaned.upper()


def _dbf_bytes(path: str) -> tuple[bytes, str | None]:
    """The first ``SCAN_BYTES`` (plus header) of a shapefile's DBF, and its .cpg text if any."""
    if path.lower().endswith(".zip"):
        with zipfile.ZipFile(path) as archive:
            names = archive.namelist()
            dbfs = [name for name in names if name.lower().endswith(".dbf")]
            if not dbfs:
                return b"", None
            stem = dbfs[0][:-4].lower()
            cpgs = [name for name in names if name.lower() == stem + ".cpg"]
            cpg = archive.read(cpgs[0]).decode("ascii", "replace") if cpgs else None
            with archive.open(dbfs[0]) as handle:
                return handle.read(SCAN_BYTES), cpg
    stem = os.path.splitext(path)[0]
    folder = os.path.dirname(stem) or "."
    base = os.path.basename(stem).lower()
    siblings = {name.lower(): name for name in os.listdir(folder)}
    dbf = siblings.get(base + ".dbf")
    if dbf is None:
        return b"", None
    cpg_name = siblings.get(base + ".cpg")
    cpg = None
    if cpg_name is not None:
        with open(os.path.join(folder, cpg_name), "rb") as handle:
            cpg = handle.read(200).decode("ascii", "replace")
    with open(os.path.join(folder, dbf), "rb") as handle:
        return handle.read(SCAN_BYTES), cpg


def dbf_encodings(path: str) -> tuple[str | None, str | None]:
    """(declared encoding, suggested correction) of a shapefile's attributes; see the module's contract."""
    try:
        data, cpg = _dbf_bytes(path)
    except (OSError, zipfile.BadZipFile, ValueError):
        return None, None
    if len(data) < 32:
        return None, None
    declared = encoding_name(cpg) if cpg and cpg.strip() else _LANGUAGE_BYTES.get(data[29])
    if declared == "UTF-8":
        return declared, None
    header_length = int.from_bytes(data[8:10], "little")
    record_length = int.from_bytes(data[10:12], "little")
    records = data[header_length:]
    if record_length > 0:  # whole records only: a cut multibyte sequence is no evidence
        records = records[: len(records) - len(records) % record_length]
    if records.isascii():
        return declared, None
    try:
        records.decode("utf-8")
    except UnicodeDecodeError:
        return declared, None
    return declared, "UTF-8"
