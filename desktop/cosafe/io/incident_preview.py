"""The first rows of an incident CSV and what importing them would do, for the import dialog.

Qt-free. Contract:
- ``previewable(path)``: a CSV by its name and content (else the import reads it as a GIS
  file, with no preview).
- ``read_head(path, rows=HEAD_ROWS)`` reads only the start of the file (at most
  ``HEAD_BYTES``, cut after the last whole line), so a 200,000-row export previews at
  once; it returns an ``IncidentHead`` (the header, the first ``rows`` rows with their
  line numbers, ``whole``: whether that was the whole file) or raises
  ``IncidentImportError`` with one line (no such file, empty, not a CSV by its content
  — a crafted VRT is refused as the import refuses it).
- ``preview(head, chosen, crs, date_format)`` runs the import's own CSV reader
  (``incident_import._read_csv``) on those rows with the same choices and returns a
  ``Preview``: the roles (guessed, or chosen), the date form, how many of the rows read
  would be imported, the line numbers of those skipped without a location, how many
  would be kept undated, how many have a time of day, and ``error``: the import's one-line refusal of them, if any.
  ``ambiguous`` is an example such as ``03/04`` when the date column could be day/month
  or month/day and no format was chosen. The counts are of the rows read, never guessed
  for the rest of the file: the import's summary gives the full count.
"""

from __future__ import annotations

import csv
import io
import itertools
import os
from dataclasses import dataclass, field

from cosafe.core.i18n import arg, translate
from cosafe.io.incident_columns import AmbiguousDates, ColumnRoles, DateFormat, MixedDates, detect_date_format, guess_roles, ROLES
from cosafe.io.incident_import import IncidentImportError, _csv_records, _plain_csv, _read_csv

HEAD_ROWS = 500  # the rows read for the preview's counts (the table shows the first PREVIEW_ROWS)
PREVIEW_ROWS = 20
HEAD_BYTES = 4 * 1024 * 1024  # enough for HEAD_ROWS of a wide export; never the whole of a large file


@dataclass
class IncidentHead:
    """The start of an incident CSV: its text, header and first rows (line number, cells)."""

    path: str
    name: str
    text: str
    columns: list[str]
    rows: list[tuple[int, list[str]]]
    whole: bool  # the rows are all the file holds


@dataclass
class Preview:
    """What importing the head's rows would do (see module contract)."""

    roles: ColumnRoles | None = None
    date_format: DateFormat | None = None
    rows: int = 0  # rows read
    importable: int = 0
    skipped_lines: list[int] = field(default_factory=list)
    undated: int = 0
    timed: int = 0  # of those imported, how many have a time of day (from the time column or the date's own)
    error: str | None = None
    ambiguous: str | None = None  # an example date when day/month against month/day needs a choice


def previewable(path: str) -> bool:
    """Whether the file is a CSV the preview reads: named .csv or .tsv and a CSV by its content (a
    GeoJSON named .csv is imported as the GIS file it is). Raises ``IncidentImportError`` for a
    file the import refuses by its content (a crafted VRT)."""
    return path.lower().endswith((".csv", ".tsv")) and _plain_csv(path)


def read_head(path: str, rows: int = HEAD_ROWS) -> IncidentHead:
    """The header and first ``rows`` rows of a CSV, reading only the start of the file."""
    name = os.path.basename(path) or path
    if not os.path.isfile(path):
        if os.path.exists(path):
            raise IncidentImportError(arg(translate("Import", "%1 is empty or a folder, not an incident file"), name))
        raise IncidentImportError(arg(translate("Import", "%1: no such file"), name))
    if not _plain_csv(path):
        raise IncidentImportError(arg(translate("Incidents", "%1 cannot be read as a table of incidents"), name))
    with open(path, "rb") as handle:
        raw = handle.read(HEAD_BYTES + 1)
    whole = len(raw) <= HEAD_BYTES
    if not whole:
        raw = raw[:raw.rfind(b"\n", 0, HEAD_BYTES) + 1]  # whole lines only: a cut character or row would misread
    if not raw.strip():
        raise IncidentImportError(arg(translate("Import", "%1 is empty or a folder, not an incident file"), name))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")  # as the import reads it
    records = _csv_records(text, name)
    try:
        header = [c.strip() for c in next(records, (1, []))[1]]
        first = list(itertools.islice(records, rows + 1))
    except csv.Error:
        raise IncidentImportError(arg(translate("Incidents", "%1 cannot be read as a table of incidents"),
                                      name)) from None
    if len(first) > rows:  # the text the import's reader is given: the header and exactly these rows
        text = _first_lines(text, first[rows][0] - 1)
        first, whole = first[:rows], False
    elif not whole and first:  # the bytes read ended inside the last row: leave it out
        text = _first_lines(text, first[-1][0] - 1)
        first = first[:-1]
    return IncidentHead(path=path, name=name, text=text, columns=header, rows=first, whole=whole)


def _first_lines(text: str, count: int) -> str:
    """The first ``count`` lines of ``text``, counted as the csv reader counts them (so line numbers stay the file's)."""
    lines = io.StringIO(text, newline="")
    return "".join(lines.readline() for _ in range(count))


def preview(head: IncidentHead, chosen: dict[str, str | None] | None = None, crs: str | None = None,
            date_format: str | None = None) -> Preview:
    """What importing the head's rows with these choices would do (see module contract)."""
    chosen = {role: column for role, column in (chosen or {}).items() if column is not None}  # "": none, chosen
    result = Preview(rows=len(head.rows))
    sample = [dict(zip(head.columns, cells)) for _, cells in head.rows[:200]]
    try:
        result.roles = guess_roles(head.columns, sample, chosen)
    except KeyError:
        result.roles = guess_roles(head.columns, sample)
    roles = result.roles
    if roles.date is not None and not date_format:
        position = head.columns.index(roles.date)
        values = [cells[position] if position < len(cells) else "" for _, cells in head.rows]
        try:
            result.date_format = detect_date_format(values)
        except AmbiguousDates as ambiguous:
            result.ambiguous = ambiguous.args[0]
        except MixedDates:
            pass  # the import's own line says so below
    elif roles.date is not None:
        result.date_format = detect_date_format([], date_format)
    if not head.rows:
        result.error = arg(translate("Incidents", "%1 holds no incidents"), head.name)
        return result
    asked = {role: roles.get(role) or "" for role in ROLES}  # exactly these columns: none stays none
    try:
        read = _read_csv(head.path, head.name, crs, asked, date_format, text=head.text)
    except IncidentImportError as error:
        result.error = str(error)
        return result
    result.importable = len(read.incidents)
    result.skipped_lines = list(read.skipped_lines)
    result.undated = read.undated
    result.timed = sum(time is not None for time in read.times)
    result.date_format = read.date_format or result.date_format
    return result
