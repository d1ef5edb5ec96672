"""Import recorded incidents (police, NGO or hospital data) from a CSV or GIS file.

Contract:
- ``read_incidents(path, crs=None, category_field=None, date_field=None, layer=None)``
  reads every row into an ``Incident`` (not yet stored) or raises ``IncidentImportError``
  with one line. Files are read as the basemap import reads them (``vector_source``): a
  CSV needs longitude/latitude columns (EPSG:4326 by definition) or x/y (easting/northing)
  columns with an explicit ``crs``; any other file uses its own CRS, and one without a
  CRS needs ``crs`` — it is never guessed. Points are kept; any other geometry becomes
  its centroid.
- Dates are read from ``date_field`` or the first column named like a date (date,
  occurred_on, datetime, …) and stored as ISO dates. Accepted: ISO (2024-03-14, with or
  without a time), 2024/03/14, 14.03.2024, 14 March 2024, March 14, 2024, and
  14/03/2024 or 03/14/2024 when the column shows which part is the day. A blank date is
  kept as unknown; a file with no date column, no readable date, or a value that is not
  a date is refused. So is a file with a row without coordinates: nothing is dropped silently.
- The category comes from ``category_field`` or a column named like one (category, type,
  offence, crime, …); without one every incident is "unspecified".
- ``import_incidents`` stores them all in one transaction (all or nothing) with
  ``source`` set to the given label, and returns how many it stored.
"""

from __future__ import annotations

import os
import re
from dataclasses import replace
from datetime import date, datetime

import shapely

from cosafe.core.i18n import arg
from cosafe.core.records import Incident
from cosafe.io.import_errors import incident_wording
from cosafe.io.vector_source import BasemapImportError, open_vector_source, read_layer
from cosafe.io.words import Incidents
from cosafe.store.errors import ProjectError

DATE_FIELD_NAMES = ("occurred_on", "date", "incident_date", "event_date", "datetime", "occurred", "reported_on",
                    "report_date", "day", "when")
CATEGORY_FIELD_NAMES = ("category", "type", "incident_type", "offence", "offense", "crime", "crime_type",
                        "class", "kind", "incident")
UNSPECIFIED = "unspecified"
_X_DEGREES = re.compile(r"^(lon|lng|long)", re.IGNORECASE)  # CSV columns GDAL reads as longitude
_ISO = re.compile(r"^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ].*)?$")
_DOTTED = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")
_SLASHED = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})(?:[T ].*)?$")
_WORDY_FORMATS = ("%d %B %Y", "%d %b %Y", "%B %d, %Y", "%b %d, %Y", "%B %d %Y", "%b %d %Y")


class IncidentImportError(ProjectError, ValueError):
    """An incident file that cannot be imported; the project was not changed."""


def read_incidents(path: str, crs: str | None = None, category_field: str | None = None,
                   date_field: str | None = None, layer: str | None = None) -> list[Incident]:
    """Read the incidents of a file (see module contract); nothing is stored."""
    name = os.path.basename(path) or path
    try:
        with incident_wording():  # the reader's messages speak of an incident file, not a map file
            source = open_vector_source(path)
            source_layer = _choose_layer(source.layers, layer, name)
            if _is_csv(path) and crs is None and not _csv_has_degrees(path):
                raise IncidentImportError(arg(Incidents.tr("%1 has x/y columns but no coordinate reference system; "
                                                           "say which one it uses (e.g. EPSG:32737)"), name))
            if _is_csv(path) and not _csv_has_degrees(path):
                source_layer = replace(source_layer, crs=None)  # x/y are not degrees: use the given CRS
            data = read_layer(source, source_layer, crs)
    except BasemapImportError as error:
        raise IncidentImportError(str(error)) from None
    if not data.attributes:
        raise IncidentImportError(arg(Incidents.tr("%1 holds no incidents"), name))
    columns = list(dict.fromkeys(key for row in data.attributes for key in row))
    date_column = _pick_column(columns, date_field, DATE_FIELD_NAMES, "date", name)
    if date_column is None:
        raise IncidentImportError(arg(Incidents.tr("%1 has no date column; name the column that holds the dates"),
                                      name))
    category_column = _pick_column(columns, category_field, CATEGORY_FIELD_NAMES, None, name)
    dates = _parse_dates([row.get(date_column, "") for row in data.attributes], date_column, name)
    missing = [index + 1 for index, geometry in enumerate(data.geometries)
               if geometry is None or shapely.is_empty(geometry)]
    if missing:
        raise IncidentImportError(arg(Incidents.tr("%1: %Ln rows have no coordinates (first: row %2); add them or "
                                                   "remove those rows", "", len(missing)), name, missing[0]))
    incidents = []
    for geometry, attributes, occurred_on in zip(data.geometries, data.attributes, dates):
        point = geometry if geometry.geom_type == "Point" else shapely.centroid(geometry)
        category = (attributes.get(category_column, "") if category_column else "").strip() or UNSPECIFIED
        incidents.append(Incident(geom=point, category=category, occurred_on=occurred_on))
    return incidents


def import_incidents(store, path: str, source_label: str, crs: str | None = None,
                     category_field: str | None = None, date_field: str | None = None,
                     layer: str | None = None) -> int:
    """Read a file's incidents and store them in one transaction, labelled with their source."""
    incidents = read_labelled_incidents(path, source_label, crs=crs, category_field=category_field,
                                        date_field=date_field, layer=layer)
    store.insert_many(incidents)
    return len(incidents)


def read_labelled_incidents(path: str, source_label: str, **options: str | None) -> list[Incident]:
    """``read_incidents`` with every incident's ``source`` set to the label (the file name when blank)."""
    incidents = read_incidents(path, **options)
    label = " ".join(source_label.split()) or os.path.basename(path)
    for incident in incidents:
        incident.source = label
    return incidents


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


def _parse_dates(values: list[str], column: str, name: str) -> list[str | None]:
    """ISO dates (None for blanks); refuse the file if any value is not a date, or none is given."""
    day_first = _slash_order([v.strip() for v in values], column, name)
    dates: list[str | None] = []
    for row, value in enumerate(values, start=1):
        if not value.strip():
            dates.append(None)
            continue
        parsed = parse_date(value, day_first)
        if parsed is None:
            raise IncidentImportError(arg(Incidents.tr("%1: row %2 has %3 in column %4, which is not a date (write "
                                                       "dates as 2024-03-14)"), name, row, repr(value.strip()),
                                          repr(column)))
        dates.append(parsed)
    if not any(dates):
        raise IncidentImportError(arg(Incidents.tr("%1 has no dates: column %2 is empty"), name, repr(column)))
    return dates


def _slash_order(values: list[str], column: str, name: str) -> bool | None:
    """Whether a column's d/m/y dates put the day first, judged from the values that tell."""
    pairs = [(int(m.group(1)), int(m.group(2))) for v in values if (m := _SLASHED.match(v))]
    if not pairs:
        return None
    day_first = any(first > 12 for first, _ in pairs)
    month_first = any(second > 12 for _, second in pairs)
    if day_first and month_first:
        raise IncidentImportError(arg(Incidents.tr("%1: column %2 mixes day/month and month/day dates; write them "
                                                   "as 2024-03-14"), name, repr(column)))
    if not (day_first or month_first):
        if all(first == second for first, second in pairs):
            return True  # 05/05/2024 reads the same either way
        example = next(f"{a:02d}/{b:02d}" for a, b in pairs if a != b)
        raise IncidentImportError(arg(Incidents.tr("%1: dates such as %2 in column %3 could be day/month or "
                                                   "month/day; write them as 2024-03-14"), name, example,
                                      repr(column)))
    return day_first


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


def _csv_has_degrees(path: str) -> bool:
    """True when the CSV's x column is a longitude column (degrees), not x/easting."""
    with open(path, encoding="utf-8-sig", errors="replace") as handle:
        header = handle.readline()
    columns = [c.strip().strip('"') for c in re.split(r"[,;\t]", header)]
    return any(_X_DEGREES.match(c) for c in columns)
