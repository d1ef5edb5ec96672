"""Import recorded incidents (police, NGO or hospital data) from a CSV or GIS file.

Contract:
- ``read_incident_file(path, crs=None, category_field=None, date_field=None, layer=None,
  x_field=None, y_field=None, time_field=None, date_format=None, description_field=None)``
  reads the rows into ``Incident``s (not yet stored) and returns an ``IncidentRead`` with
  what was left out, or raises ``IncidentImportError`` with one line when the file cannot
  be used at all. ``read_incidents`` (same options) gives only the incidents.
- A CSV (or TSV, ``;``- or ``|``-separated; UTF-8, else Windows-1252) is read row by row
  here; its column roles are chosen or guessed by ``incident_columns.guess_roles``
  (Chicago "Primary Type", UK "Crime type", Denver "OFFENSE_CATEGORY_ID" with
  GEO_LON/GEO_LAT, Sacramento "crimedescr", X/Y…). Longitude/latitude are degrees;
  projected x/y need ``crs`` (e.g. EPSG:2272), and ``crs`` always wins. Any other file is
  read as the basemap import reads it (``vector_source``) with its own CRS; one without
  a CRS needs ``crs``. Points are kept; any other geometry becomes its centroid.
- A row without a usable location — blank or unreadable coordinates, outside the globe,
  or a placeholder: (0, 0) "null island" or one coordinate exactly 0 — is skipped and its
  line number (header = line 1; the feature number for GIS files) reported; a file
  where no row has one is refused.
- Dates come from ``date_field`` or a column named like a date; their form is detected
  per column (``incident_columns.detect_date_format``: ISO with or without a time,
  month-only 2022-12 stored as the month's first day, 14.03.2024, d/m/y or m/d/y with
  two- or four-digit years settled by the column's values, "Thu Apr 01 15:30:00 UTC 2010",
  14 March 2024) or given as a strptime ``date_format``. A blank date is unknown; a
  value that cannot be read leaves that row undated (counted in ``undated``), never
  refuses the file; a date column where no value can be read is refused (its format must be
  chosen). A file with no date column (none named, none found) imports every incident
  undated, and says so (``IncidentRead.without_date_column``, ``left_out_notes``); so does
  one whose date column, found by its name, is blank in every row (``empty_date_column``;
  named by the person, it is refused). Where no row has a location and the x/y values are
  numbers off the globe, the refusal shows them and asks for their CRS.
- ``rows_read(share) -> bool``, when given, hears how far a CSV's rows are read, every few
  thousand rows; False stops the read with ``ImportCancelled`` (the window's Cancel).
- The time of day (``Incident.occurred_at``, "HH:MM", schema v5) comes from ``time_field``
  or the date's own time; a time zone written beside it is not converted.
- The category comes from ``category_field`` or a column named like one; without one
  every incident is "unspecified".
- ``import_incidents`` stores them all in one transaction (all or nothing) with
  ``source`` set to the given label, and returns how many it stored;
  ``import_incident_file`` does the same and returns the ``IncidentRead``.
"""

from __future__ import annotations

import codecs
import csv
import io
import itertools
import math
import os
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime

import shapely

from cosafe.core.i18n import arg, translate
from cosafe.core.records import Incident
from cosafe.io.import_errors import ImportCancelled, incident_wording
from cosafe.io.incident_columns import (AmbiguousDates, ColumnRoles, DateFormat, MixedDates, detect_date_format,
                                        guess_roles,
                                        parse_time)
from cosafe.io.local_files import local_path
from cosafe.io.safe_proj import proj
from cosafe.io.vector_kind import headerless_error, headerless_example, vector_kind
from cosafe.io.vector_source import BasemapImportError, open_vector_source, read_layer
from cosafe.io.words import Incidents
from cosafe.store.errors import ProjectError

DATE_FIELD_NAMES = ("occurred_on", "date", "incident_date", "event_date", "datetime", "occurred", "reported_on",
                    "report_date", "day", "when")
CATEGORY_FIELD_NAMES = ("category", "type", "incident_type", "offence", "offense", "crime", "crime_type",
                        "class", "kind", "incident")
UNSPECIFIED = "unspecified"
_ROLE_ROWS = 200  # the first rows that column roles are guessed from
_ISO = re.compile(r"^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ].*)?$")
_DOTTED = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")
_SLASHED = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})(?:[T ].*)?$")
_WORDY_FORMATS = ("%d %B %Y", "%d %b %Y", "%B %d, %Y", "%b %d, %Y", "%B %d %Y", "%b %d %Y")


class IncidentImportError(ProjectError, ValueError):
    """An incident file that cannot be imported; the project was not changed."""


@dataclass
class IncidentRead:
    """What reading an incident file gave: the incidents and what was left out, for the summary.

    ``times`` runs beside ``incidents`` ("HH:MM" or None), as each incident's ``occurred_at``.
    ``skipped_lines`` are the file's line numbers (the header is line 1) of rows without a usable location
    (blank, unreadable, outside the globe, or a placeholder such as 0,0); ``undated`` counts
    rows kept without a date because theirs could not be read. ``roles`` and ``date_format``
    are the columns and the date form used (guessed or chosen), for a preview or report.
    """

    incidents: list[Incident]
    times: list[str | None] = field(default_factory=list)
    count: int = 0  # incidents read: len(incidents), or how many were stored as read (``import_incident_file``)
    skipped_lines: list[int] = field(default_factory=list)
    undated: int = 0
    without_date_column: bool = False  # no column holds dates: every incident was kept undated
    empty_date_column: str | None = None  # the date column found, blank in every row: every incident undated
    roles: ColumnRoles | None = None
    date_format: DateFormat | None = None


def left_out_notes(result: IncidentRead) -> list[str]:
    """The clauses saying what an import left out: rows skipped without a location (the first
    line numbers), rows kept without a date, or all of them when the file has no date column.
    Empty when nothing was left out."""
    notes = []
    if result.empty_date_column:
        notes.append(arg(Incidents.tr("its date column %1 is blank in every row, so all %Ln incidents were kept "
                                      "without a date", "", result.count), repr(result.empty_date_column)))
    elif result.without_date_column:
        notes.append(Incidents.tr("the file has no date column, so all %Ln incidents were kept without a date", "",
                                  result.count))
    if result.skipped_lines:
        lines = result.skipped_lines
        shown = ", ".join(str(n) for n in lines[:5]) + (", …" if len(lines) > 5 else "")
        notes.append(arg(Incidents.tr("skipped %Ln rows without a location (lines %1)", "", len(lines)), shown))
    if result.undated:
        notes.append(Incidents.tr("kept %Ln rows without a date because theirs could not be read", "",
                                  result.undated))
    return notes


def with_notes(summary: str, notes: list[str]) -> str:
    """A summary followed by what was left out, as the language joins them."""
    for note in notes:
        summary = arg(Incidents.tr("%1; %2", "a summary and what was left out of it"), summary, note)
    return summary


def read_incidents(path: str, crs: str | None = None, category_field: str | None = None,
                   date_field: str | None = None, layer: str | None = None, **choices: str | None) -> list[Incident]:
    """Read the incidents of a file (see module contract); nothing is stored."""
    return read_incident_file(path, crs=crs, category_field=category_field, date_field=date_field, layer=layer,
                              **choices).incidents


def read_incident_file(path: str, crs: str | None = None, category_field: str | None = None,
                       date_field: str | None = None, layer: str | None = None, x_field: str | None = None,
                       y_field: str | None = None, time_field: str | None = None, date_format: str | None = None,
                       description_field: str | None = None, rows_read: RowsRead | None = None) -> IncidentRead:
    """Read a file's incidents with what was skipped (see module contract); nothing is stored."""
    name = os.path.basename(path) or path
    if _is_csv(path) and _plain_csv(path):
        return _read_csv(path, name, crs, {"x": x_field, "y": y_field, "date": date_field, "time": time_field,
                                           "category": category_field, "description": description_field},
                         date_format, rows_read=rows_read)
    result = _read_gis(path, name, crs, category_field, date_field, layer, date_format, description_field)
    result.count = len(result.incidents)
    return result


def _read_gis(path: str, name: str, crs: str | None, category_field: str | None, date_field: str | None,
              layer: str | None, date_format: str | None, description_field: str | None = None) -> IncidentRead:
    """A GIS file's incidents (``vector_source`` reads it whole)."""
    try:
        with incident_wording():  # the reader's messages speak of an incident file, not a map file
            source = open_vector_source(path)
            source_layer = _choose_layer(source.layers, layer, name)
            data = read_layer(source, source_layer, crs)
    except BasemapImportError as error:
        raise IncidentImportError(str(error)) from None
    if not data.attributes:
        raise IncidentImportError(arg(Incidents.tr("%1 holds no incidents"), name))
    # The layer's own columns first: a row's attributes leave out its empty values, so a column
    # empty in every row (a date never filled in) would look absent.
    columns = list(dict.fromkeys([*source_layer.fields, *(key for row in data.attributes for key in row)]))
    date_column = _pick_column(columns, date_field, DATE_FIELD_NAMES, "date", name)
    category_column = _pick_column(columns, category_field, CATEGORY_FIELD_NAMES, None, name)
    description_column = _pick_column(columns, description_field, (), None, name) if description_field else None
    values = [str(row.get(date_column) or "") if date_column else "" for row in data.attributes]
    empty_date_column = date_column if date_column and not any(value.strip() for value in values) else None
    form, readings = _dates(values, date_format, None if empty_date_column else date_column, name)
    result = IncidentRead(incidents=[], date_format=form, without_date_column=date_column is None,
                          empty_date_column=empty_date_column)
    for index, (geometry, attributes, reading) in enumerate(zip(data.geometries, data.attributes, readings)):
        if geometry is None or shapely.is_empty(geometry):
            result.skipped_lines.append(index + 1)
            continue
        point = geometry if geometry.geom_type == "Point" else shapely.centroid(geometry)
        if _placeholder(point.x, point.y):
            result.skipped_lines.append(index + 1)
            continue
        category = str(attributes.get(category_column) or "").strip() if category_column else ""
        result.undated += bool(values[index].strip()) and reading is None
        time = reading[1] if reading else None
        description = str(attributes.get(description_column) or "").strip() if description_column else ""
        result.incidents.append(Incident(geom=point, category=category or UNSPECIFIED, description=description,
                                         occurred_on=reading[0] if reading else None, occurred_at=time))
        result.times.append(time)
    if not result.incidents:
        raise IncidentImportError(arg(Incidents.tr("%1: no row has a usable location"), name))
    return result


def _read_csv(path: str, name: str, crs: str | None, chosen: dict[str, str | None],
              date_format: str | None, text: str | None = None, rows_read: RowsRead | None = None) -> IncidentRead:
    """A CSV read row by row, so a row without a location is skipped by its line number.

    ``text``: the file's first lines instead of the file (the import dialog's preview reads
    them as the import will)."""
    plan = _csv_plan(path, name, crs, chosen, date_format, text)
    result = IncidentRead(incidents=[], roles=plan.roles, date_format=plan.form,
                          without_date_column=plan.roles.date is None, empty_date_column=plan.empty_date)
    for incident in _csv_incidents(plan, result, rows_read):
        result.incidents.append(incident)
        result.times.append(incident.occurred_at)
    return result


@dataclass
class _CsvPlan:
    """What the first pass over a CSV settled: how to open it, its columns' roles and positions,
    its date form, and how many rows it has (for the progress of the second pass)."""

    open_text: Callable[[], io.TextIOBase]
    name: str
    roles: ColumnRoles
    positions: list[int | None]  # x, y, date, time, category, description
    form: DateFormat | None  # None: no date column, every incident undated
    transform: object | None
    rows: int
    empty_date: str | None = None  # the date column found, blank in every row (``form`` is then None)


def _csv_plan(path: str, name: str, crs: str | None, chosen: dict[str, str | None], date_format: str | None,
              text: str | None = None) -> _CsvPlan:
    """The first pass over a CSV: roles from the header and first rows, the date form from the
    distinct values of the date column (all ``detect_date_format`` looks at), the rows counted.
    Nothing else of the file is kept, so a large export is never in memory whole."""
    open_text = _csv_opener(path, name) if text is None else (lambda: io.StringIO(text, newline=""))
    with open_text() as stream:
        records = _csv_records(stream, name)
        header = [c.strip() for c in next(records, (1, []))[1]]
        first = list(itertools.islice(records, _ROLE_ROWS))
        if not first:
            raise IncidentImportError(arg(Incidents.tr("%1 holds no incidents"), name))
        try:
            roles = guess_roles(header, [dict(zip(header, cells)) for _, cells in first], chosen)
        except KeyError as missing:
            raise IncidentImportError(arg(Incidents.tr("%1 has no column %2 (its columns: %3)"), name,
                                          repr(missing.args[0]), ", ".join(header[:12]))) from None
        if (roles.x is None or roles.y is None) and (example := headerless_example(header)) is not None:
            raise IncidentImportError(str(headerless_error(path, example)))
        if roles.x is None or roles.y is None:
            raise IncidentImportError(arg(Incidents.tr("%1 has no coordinates: no longitude/latitude or x/y columns "
                                                       "found; name the columns that hold them"), name))
        transform = None
        if crs:
            transform = _transformer(crs, name)
        elif not roles.in_degrees:
            raise IncidentImportError(arg(Incidents.tr("%1 has x/y columns but no coordinate reference system; "
                                                       "say which one it uses (e.g. EPSG:32737)"), name))
        positions = [header.index(column) if column else None
                     for column in (roles.x, roles.y, roles.date, roles.time, roles.category, roles.description)]
        date_position = positions[2]
        dates: dict[str, None] = {}  # distinct non-blank values, stripped, in the order they come
        rows = 0
        for _, cells in itertools.chain(first, records):
            rows += 1
            if date_position is not None and date_position < len(cells) and (value := cells[date_position].strip()):
                dates[value] = None
    # A date column found by its name but blank in every row (a form's date never filled in):
    # every incident undated, and said so, rather than the file refused. Named by the person, it is refused.
    empty = roles.date if roles.date and not dates and not chosen.get("date") else None
    form = None if empty else _date_form_of(list(dates), date_format, roles.date, name)
    return _CsvPlan(open_text, name, roles, positions, form, transform, rows, empty)


def _csv_incidents(plan: _CsvPlan, result: IncidentRead, rows_read: RowsRead | None = None,
                   source: str = "") -> Iterator[Incident]:
    """The second pass: the CSV's incidents one at a time, as they are read; rows left out are
    noted in ``result`` (``skipped_lines``, ``undated``) and ``result.count`` counts the incidents.
    Raises IncidentImportError at the end when no row had a usable location."""
    roles, form, transform = plan.roles, plan.form, plan.transform

    def pick(cells: list[str], position: int | None) -> str:
        return cells[position] if position is not None and position < len(cells) else ""

    with plan.open_text() as stream:
        records = _csv_records(stream, plan.name)
        next(records, None)  # the header
        rows = ((line, *(pick(cells, position) for position in plan.positions)) for line, cells in records)
        outside: tuple[str, str] | None = None  # the first x/y that are numbers but no place in degrees
        for line, x, y, value, time_text, category, description in _told(rows, rows_read, plan.rows):
            point = _location(x, y, transform)
            if point is None:
                result.skipped_lines.append(line)
                if outside is None and transform is None and _numbers_off_the_globe(x, y):
                    outside = (x.strip(), y.strip())
                continue
            reading = form.read(value) if form is not None and value.strip() else None
            time = reading[1] if reading else None
            if roles.time:
                time = parse_time(time_text) or time
            result.undated += bool(value.strip()) and reading is None
            result.count += 1
            yield Incident(geom=point, category=category.strip() or UNSPECIFIED, description=description.strip(),
                           occurred_on=reading[0] if reading else None, occurred_at=time, source=source)
    if not result.count:
        if outside is not None:
            # Projected x/y under longitude/latitude names, or degrees written as whole numbers
            # (France's accident file: latitude × 100,000): say what the values are, not only that none fit.
            raise IncidentImportError(arg(Incidents.tr("%1: no row has a usable location: the values of %2 and %3 "
                                                       "(such as %4, %5) lie outside longitude/latitude's range; if "
                                                       "they are projected x/y, say which coordinate reference "
                                                       "system they use (e.g. EPSG:32737)"),
                                          plan.name, repr(roles.x), repr(roles.y), outside[0], outside[1]))
        raise IncidentImportError(arg(Incidents.tr("%1: no row has a usable location"), plan.name))


def _numbers_off_the_globe(x_text: str, y_text: str) -> bool:
    """True when both values are numbers, not a placeholder, and not longitude/latitude."""
    try:
        x, y = float(x_text.strip().replace(",", ".")), float(y_text.strip().replace(",", "."))
    except ValueError:
        return False
    return math.isfinite(x) and math.isfinite(y) and not _placeholder(x, y) and not (-180 <= x <= 180 and -90 <= y <= 90)


def _plain_csv(path: str) -> bool:
    """Whether the file is a CSV by its content; a VRT or other crafted file is refused before anything reads it."""
    if not os.path.isfile(path) or os.path.getsize(path) == 0:
        return True  # _csv_text says why
    try:
        with incident_wording():
            return vector_kind(local_path(path, BasemapImportError)).is_csv
    except BasemapImportError as error:
        raise IncidentImportError(str(error)) from None


# Bytes read at a time when a CSV is checked or its first line looked for.
_CHUNK = 1 << 20


def _csv_opener(path: str, name: str) -> Callable[[], io.TextIOBase]:
    """How to open the file's text, as often as it is read: UTF-8 (with or without a BOM) when
    the whole file is UTF-8, else Windows-1252. Checked a chunk at a time, nothing kept."""
    if not os.path.isfile(path):
        if os.path.exists(path):
            raise IncidentImportError(arg(translate("Import", "%1 is empty or a folder, not an incident file"), name))
        raise IncidentImportError(arg(translate("Import", "%1: no such file"), name))
    decoder = codecs.getincrementaldecoder("utf-8-sig")()
    utf8, blank = True, True
    with open(path, "rb") as handle:
        while chunk := handle.read(_CHUNK):
            blank = blank and not chunk.strip()
            if utf8:
                try:
                    decoder.decode(chunk)
                except UnicodeDecodeError:
                    utf8 = False
        if utf8:
            try:
                decoder.decode(b"", final=True)
            except UnicodeDecodeError:
                utf8 = False
    if blank:
        raise IncidentImportError(arg(translate("Import", "%1 is empty or a folder, not an incident file"), name))
    if utf8:
        return lambda: open(path, encoding="utf-8-sig", newline="")
    return lambda: open(path, encoding="cp1252", errors="replace", newline="")  # spreadsheets outside UTF-8


def _csv_records(stream: io.TextIOBase | str, name: str) -> Iterator[tuple[int, list[str]]]:
    """(first line number, cells) of the header (line 1) and of every row that is not blank, of
    an open text (read from its start) or a text. The delimiter is the one of ``,;\t|`` the first
    line holds most of."""
    if isinstance(stream, str):
        stream = io.StringIO(stream, newline="")
    head = ""
    while "\n" not in head and (chunk := stream.read(_CHUNK)):
        head += chunk
    end = head.find("\n")
    first = head if end < 0 else head[:end]
    delimiter = max(",;\t|", key=first.count) if any(c in first for c in ",;\t|") else ","
    stream.seek(0)
    reader = csv.reader(stream, delimiter=delimiter)
    start = 1
    try:
        for cells in reader:
            if start == 1 or any(c.strip() for c in cells):
                yield start, cells
            start = reader.line_num + 1
    except csv.Error:
        raise IncidentImportError(arg(Incidents.tr("%1 cannot be read as a table of incidents"), name)) from None


def _transformer(crs: str, name: str):
    pyproj = proj()
    try:
        return pyproj.Transformer.from_crs(pyproj.CRS.from_user_input(crs.strip()), "EPSG:4326", always_xy=True)
    except pyproj.exceptions.CRSError:
        raise IncidentImportError(arg(Incidents.tr("%1: unknown coordinate reference system %2 (write it as "
                                                   "EPSG:32737, for example)"), name, repr(crs))) from None


def _location(x_text: str, y_text: str, transform) -> shapely.Point | None:
    """The point in degrees, or None when blank, unreadable, a placeholder or off the globe."""
    try:
        x, y = float(x_text.strip().replace(",", ".")), float(y_text.strip().replace(",", "."))
    except ValueError:
        return None
    if not (math.isfinite(x) and math.isfinite(y)) or _placeholder(x, y):
        return None
    if transform is not None:
        x, y = transform.transform(x, y)
        if not (math.isfinite(x) and math.isfinite(y)):
            return None
    if not (-180 <= x <= 180 and -90 <= y <= 90) or _placeholder(x, y):
        return None
    return shapely.Point(x, y)


def _placeholder(x: float, y: float) -> bool:
    """(0, 0) "null island" or one coordinate exactly 0: what exports write for an unknown place."""
    return x == 0 or y == 0


def _dates(values: list[str], asked: str | None, column: str | None,
           name: str) -> tuple[DateFormat | None, list[tuple | None]]:
    """The date form of ``column`` and each value read by it (None where blank or unreadable);
    no form and no readings without a date column. A column where no value can be read refuses
    the file: its format must be chosen."""
    if column is None:
        return None, [None] * len(values)
    form = _date_form(values, asked, column, name)
    readings = [form.read(value) if value.strip() else None for value in values]
    _require_some_dates(values, readings, column, name)
    return form, readings


def _date_form_of(distinct: list[str], asked: str | None, column: str | None, name: str) -> DateFormat | None:
    """``_dates``' form from a column's distinct non-blank values only (all ``detect_date_format``
    looks at, so the same form), for a CSV read as a stream; None without a date column."""
    if column is None:
        return None
    form = _date_form(distinct, asked, column, name)
    _require_some_dates(distinct, (form.read(value) for value in distinct), column, name)
    return form


def _date_form(values: list[str], asked: str | None, column: str, name: str) -> DateFormat:
    try:
        form = detect_date_format(values, asked)
    except MixedDates:
        raise IncidentImportError(arg(Incidents.tr("%1: column %2 mixes day/month and month/day dates; write them "
                                                   "as 2024-03-14"), name, repr(column))) from None
    except AmbiguousDates as ambiguous:
        raise IncidentImportError(arg(Incidents.tr("%1: dates such as %2 in column %3 could be day/month or "
                                                   "month/day; choose the date format (e.g. %4)"), name,
                                      ambiguous.args[0], repr(column), "%d/%m/%Y")) from None
    if form is None:
        if any(v.strip() for v in values):
            example = next(v.strip() for v in values if v.strip())
            raise IncidentImportError(arg(Incidents.tr("%1: column %2 holds no date CoSafe can read (such as %3); "
                                                       "choose the date format"), name, repr(column), repr(example)))
        raise IncidentImportError(arg(Incidents.tr("%1 has no dates: column %2 is empty"), name, repr(column)))
    return form


def _require_some_dates(values: list[str], readings: Iterable, column: str, name: str) -> None:
    if not any(readings):
        example = next((v.strip() for v in values if v.strip()), "")
        raise IncidentImportError(arg(Incidents.tr("%1: column %2 holds no date CoSafe can read (such as %3); "
                                                   "choose the date format"), name, repr(column), repr(example)))


def import_incidents(store, path: str, source_label: str, **options: str | None) -> int:
    """Read a file's incidents and store them in one transaction, labelled with their source."""
    return import_incident_file(store, path, source_label, **options).count


def import_incident_file(store, path: str, source_label: str, **options: str | None) -> IncidentRead:
    """``import_incidents`` returning what was read and what was skipped.

    A CSV is stored as it is read, ``_STORED_AT_ONCE`` incidents at a time in the one
    transaction (so its incidents are never all in memory: ``result.incidents`` is then empty
    and ``result.count`` says how many were stored); any other file is read whole first."""
    name = os.path.basename(path) or path
    if not (_is_csv(path) and _plain_csv(path)):
        result = read_labelled_file(path, source_label, **options)
        store.insert_many(result.incidents)
        return result
    rows_read = options.pop("rows_read", None)
    chosen = {"x": options.get("x_field"), "y": options.get("y_field"), "date": options.get("date_field"),
              "time": options.get("time_field"), "category": options.get("category_field"),
              "description": options.get("description_field")}
    plan = _csv_plan(path, name, options.get("crs"), chosen, options.get("date_format"))
    result = IncidentRead(incidents=[], roles=plan.roles, date_format=plan.form,
                          without_date_column=plan.roles.date is None, empty_date_column=plan.empty_date)
    label = " ".join(source_label.split()) or os.path.basename(path)
    incidents = _csv_incidents(plan, result, rows_read, source=label)
    with store.atomic():  # all or nothing, however many parts
        while part := list(itertools.islice(incidents, _STORED_AT_ONCE)):
            store.insert_many(part)
    return result


_STORED_AT_ONCE = 2000  # incidents written at a time by ``import_incident_file``


def read_labelled_incidents(path: str, source_label: str, **options: str | None) -> list[Incident]:
    """``read_incidents`` with every incident's ``source`` set to the label (the file name when blank)."""
    return read_labelled_file(path, source_label, **options).incidents


def read_labelled_file(path: str, source_label: str, **options: str | None) -> IncidentRead:
    """``read_incident_file`` with every incident's ``source`` set to the label (the file name when blank)."""
    result = read_incident_file(path, **options)
    label = " ".join(source_label.split()) or os.path.basename(path)
    for incident in result.incidents:
        incident.source = label
    return result


def parse_date(text: str, day_first: bool | None = None) -> str | None:
    """An ISO date for one value, or None if it is not one of the accepted forms.

    ``day_first`` settles 03/04/2024; None means such a value is not accepted.
    """
    text = text.strip()
    try:
        if match := _ISO.match(text):
            year, month, day = (int(g) for g in match.groups()[:3])
        elif match := _DOTTED.match(text):
            day, month, year = (int(g) for g in match.groups())
        elif match := _SLASHED.match(text):
            first, second, year = (int(g) for g in match.groups()[:3])
            if day_first is None:
                return None
            day, month = (first, second) if day_first else (second, first)
        else:
            return _wordy(text)
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _wordy(text: str) -> str | None:
    for pattern in _WORDY_FORMATS:
        try:
            return datetime.strptime(text, pattern).date().isoformat()
        except ValueError:
            continue
    return None


def _pick_column(columns: list[str], asked: str | None, names: tuple[str, ...], contains: str | None,
                 file_name: str) -> str | None:
    """The column asked for (which must exist), else the first one named like ``names``."""
    if asked:
        found = next((c for c in columns if c.lower() == asked.strip().lower()), None)
        if found is None:
            if columns:
                text = arg(Incidents.tr("%1 has no column %2 (its columns: %3)"), file_name, repr(asked),
                           ", ".join(columns[:12]))
            else:
                text = arg(Incidents.tr("%1 has no column %2 (it has no columns)"), file_name, repr(asked))
            raise IncidentImportError(text)
        return found
    by_lower = {c.lower(): c for c in columns}
    for wanted in names:
        if wanted in by_lower:
            return by_lower[wanted]
    if contains:
        return next((c for c in columns if contains in c.lower()), None)
    return None


def _choose_layer(layers, asked: str | None, name: str):
    if asked is not None:
        found = next((layer for layer in layers if layer.name == asked), None)
        if found is None:
            listed = ", ".join(layer.name for layer in layers)
            raise IncidentImportError(arg(Incidents.tr("%1 has no layer %2 (its layers: %3)"), name, repr(asked),
                                          listed))
        return found
    if len(layers) > 1:
        raise IncidentImportError(arg(Incidents.tr("%1 has %Ln layers (%2); say which one holds the incidents", "",
                                                   len(layers)), name, ", ".join(layer.name for layer in layers[:6])))
    return layers[0]


def _is_csv(path: str) -> bool:
    return path.lower().endswith((".csv", ".tsv"))


RowsRead = Callable[[float], bool]  # the share of a CSV's rows read so far -> False to stop (Cancel)
_TELL_EVERY = 5000  # rows between two reports: often enough for a progress bar, rare enough to cost nothing


def _told(rows: Iterable, rows_read: RowsRead | None, total: int) -> Iterator:
    """``rows`` (``total`` of them), saying every few thousand how far they are read; stops
    with ImportCancelled when told to."""
    if rows_read is None:
        yield from rows
        return
    for index, row in enumerate(rows):
        if index % _TELL_EVERY == 0 and not rows_read(index / total):
            raise ImportCancelled()
        yield row
