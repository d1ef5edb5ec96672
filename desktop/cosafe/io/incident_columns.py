"""The columns of an incident table: which one holds x, y, the date, the time, the category.

Qt-free, so the import dialog's preview and ``cosafe import-incidents`` share one guess.

Contract:
- ``guess_roles(columns, rows, chosen=None)`` returns a ``ColumnRoles``: for each role
  (x, y, date, time, category, description) the column chosen by the user (``chosen``,
  names matched case-insensitively; a name the table lacks raises ``KeyError`` with
  that name; an empty name: no column, chosen so, not guessed; None: guessed) or guessed from the header and the first rows, each with the reason shown
  to a person. ``in_degrees`` says whether x/y are longitude/latitude (by their names,
  or because every value of columns named x/y fits −180…180 / −90…90).
- ``detect_date_format(values, asked=None)`` returns the ``DateFormat`` that reads the
  most values of a column, judged on a spread of about 2,000 of its distinct values
  (``asked``: a strptime format such as ``%m/%d/%y %H:%M``, or the name of one of the
  ``FORMS`` such as ``day_first``, that wins over the guess); a value in another
  unambiguous form is still read.
  Dates with a slash settle month/day against day/month from the column's values (a
  first part above 12 is a day); a column where nothing tells
  raises ``AmbiguousDates``, one that shows both raises ``MixedDates``. Two-digit years
  are 2000–2069 below 70, else 1900s. A month-only value (``2022-12``, the UK police
  form) is stored as the month's first day; ``DateFormat.precision`` is then ``"month"``
  so a report can say the day is not known.
- ``DateFormat.read(value)`` gives ``(iso_date, "HH:MM" or None)`` or None when the
  value is not in that form; ``parse_time(value)`` reads a time column (``15:30``,
  ``15:30:00``, ``1530``, ``3:30 PM``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime

from cosafe.core.i18n import QT_TRANSLATE_NOOP, translate

ROLES = ("x", "y", "date", "time", "category", "description")

# Names compared after lower-casing and dropping spaces, dashes and underscores, best first.
_LON_NAMES = ("longitude", "lon", "lng", "long", "geolon", "geolong", "geolongitude", "xlong", "longitud")
_LAT_NAMES = ("latitude", "lat", "geolat", "geolatitude", "ylat", "latitud")
_X_NAMES = ("x", "xcoordinate", "xcoord", "pointx", "easting", "geox", "coordx", "east", "xcoor")
_Y_NAMES = ("y", "ycoordinate", "ycoord", "pointy", "northing", "geoy", "coordy", "north", "ycoor")
_DATE_NAMES = ("date", "occurredon", "occurred", "incidentdate", "eventdate", "datetime", "dateoccurred",
               "firstoccurrencedate", "occurrencedate", "dateocc", "reportedon", "reportdate", "reporteddate",
               "month", "day", "when", "cdatetime", "offensedate", "crimedate", "fecha", "daterptd",
               # Spanish, Portuguese, French, Swahili, Arabic exports (SSP-SP's DATAOCORRENCIA, fecha_hecho…)
               "fechahecho", "fechadelito", "fechaocurrencia", "fechadelhecho", "data", "dataocorrencia",
               "datadaocorrencia", "datafato", "datadofato", "datefait", "datedesfaits", "dateinfraction",
               "tarehe", "التاريخ", "تاريخ")
_TIME_NAMES = ("time", "timeocc", "occurredtime", "incidenttime", "timeoccurred", "eventtime", "offensetime",
               "hour", "hora", "heure", "horaocorrencia", "horafato", "horario", "horariofato", "horahecho",
               "horadelhecho", "heurefait", "saa", "الوقت", "الساعة")
_CATEGORY_NAMES = ("category", "primarytype", "crimetype", "offensecategoryid", "offensecategory",
                   "crimedescr", "offense", "offence", "offensetype", "incidenttype", "type", "crime",
                   "crimecategory", "class", "kind", "incident", "offensetypeid", "crmcddesc",
                   "tipodelito", "delito", "tipodedelito", "rubrica", "natureza", "naturezaapurada", "tipocrime",
                   "crimen", "tipocrimen", "infraccion", "infracción", "infraction", "typeinfraction", "categoria",
                   "categorie", "catégorie", "uhalifu", "ainayauhalifu", "نوعالجريمة", "الجريمة", "التصنيف")
_DESCRIPTION_NAMES = ("description", "desc", "details", "offensedescription", "crimedescription",
                      "narrative", "summary", "lastoutcomecategory", "notes", "descricao", "descrição",
                      "descripcion", "descripción", "observacao", "observaciones", "maelezo", "الوصف")
# Parts of a date or time column's name in the languages above, for names no list holds
# (DATA_COMUNICACAO, fecha_denuncia, dispatch_date); a name that also says the event happened
# (ocorrência, hecho, fato, occurred…) is preferred over the report's or the record's date.
_DATE_PARTS = ("date", "fecha", "data", "tarehe", "تاريخ")
_TIME_PARTS = ("time", "hora", "heure", "saa", "وقت", "ساعة")
_EVENT_PARTS = ("occ", "ocorr", "ocurr", "hecho", "fato", "fait", "incid", "crime", "offen", "event")

REASON_CHOSEN = QT_TRANSLATE_NOOP("Incidents", "chosen")
REASON_NAME = QT_TRANSLATE_NOOP("Incidents", "named like one")
REASON_VALUES = QT_TRANSLATE_NOOP("Incidents", "its values are degrees")
REASON_NONE = QT_TRANSLATE_NOOP("Incidents", "none chosen")


def _key(name: str) -> str:
    return re.sub(r"[\s_\-.]+", "", name.strip().lower())


@dataclass
class ColumnRoles:
    """Which column holds each role (None: none), why, and whether x/y are degrees."""

    x: str | None = None
    y: str | None = None
    date: str | None = None
    time: str | None = None
    category: str | None = None
    description: str | None = None
    in_degrees: bool = False
    reasons: dict[str, str] = field(default_factory=dict)  # role -> translated reason

    def get(self, role: str) -> str | None:
        return getattr(self, role)


def _find(columns: Sequence[str], names: Sequence[str]) -> str | None:
    by_key = {}
    for column in columns:
        by_key.setdefault(_key(column), column)
    for wanted in names:
        if wanted in by_key:
            return by_key[wanted]
    return None


def _numbers(rows: Sequence[dict[str, str]], column: str) -> list[float]:
    values = []
    for row in rows:
        try:
            values.append(float((row.get(column) or "").strip()))
        except ValueError:
            continue
    return values


def _degree_values(rows: Sequence[dict[str, str]], x: str, y: str) -> bool:
    """Whether every number of the two columns fits longitude/latitude (and one is not a whole number)."""
    xs, ys = _numbers(rows, x), _numbers(rows, y)
    return (bool(xs) and bool(ys) and all(abs(v) <= 180 for v in xs) and all(abs(v) <= 90 for v in ys)
            and not all(v.is_integer() for v in xs + ys))


def guess_roles(columns: Sequence[str], rows: Sequence[dict[str, str]],
                chosen: dict[str, str | None] | None = None) -> ColumnRoles:
    """Each role's column, chosen or guessed (see module contract)."""
    roles = ColumnRoles()
    left_out = {role for role, value in (chosen or {}).items() if value is not None and not value.strip()}
    for role in left_out:
        roles.reasons[role] = translate("Incidents", REASON_NONE)
    chosen = {role: value for role, value in (chosen or {}).items() if value and value.strip()}
    for role, asked in chosen.items():
        found = next((c for c in columns if c.strip().lower() == asked.strip().lower()), None)
        if found is None:
            raise KeyError(asked)
        setattr(roles, role, found)
        roles.reasons[role] = translate("Incidents", REASON_CHOSEN)
    name_reason = translate("Incidents", REASON_NAME)
    if not {"x", "y"} & (set(chosen) | left_out):
        lon, lat = _find(columns, _LON_NAMES), _find(columns, _LAT_NAMES)
        if lon and lat:
            roles.x, roles.y, roles.in_degrees = lon, lat, True
            roles.reasons["x"] = roles.reasons["y"] = name_reason
        else:
            x, y = _find(columns, _X_NAMES), _find(columns, _Y_NAMES)
            if x and y:
                roles.x, roles.y = x, y
                roles.reasons["x"] = roles.reasons["y"] = name_reason
                if _degree_values(rows, x, y):
                    roles.in_degrees = True
                    roles.reasons["x"] = roles.reasons["y"] = translate("Incidents", REASON_VALUES)
    elif roles.x and roles.y:
        keys = (_key(roles.x), _key(roles.y))
        roles.in_degrees = (keys[0] in _LON_NAMES and keys[1] in _LAT_NAMES) or _degree_values(rows, roles.x, roles.y)
    taken = {roles.x, roles.y} | {roles.get(role) for role in chosen}
    for role, names in (("date", _DATE_NAMES), ("time", _TIME_NAMES), ("category", _CATEGORY_NAMES),
                        ("description", _DESCRIPTION_NAMES)):
        if role in chosen or role in left_out:
            continue
        found = _find([c for c in columns if c not in taken], names)
        if found is None and role in ("date", "time"):  # dispatch_date, TIME_OCC_HHMM, DATAOCORRENCIA…
            parts = _DATE_PARTS if role == "date" else _TIME_PARTS
            named = [c for c in columns if c not in taken and any(part in c.lower() for part in parts)]
            found = next((c for c in named if any(part in c.lower() for part in _EVENT_PARTS)),
                         named[0] if named else None)
        if found is not None:
            setattr(roles, role, found)
            roles.reasons[role] = name_reason
            taken.add(found)
    return roles


# --- dates -------------------------------------------------------------------------------------------------------

class AmbiguousDates(ValueError):
    """Slashed dates whose order (day/month or month/day) nothing in the column tells; args[0]: an example."""


class MixedDates(ValueError):
    """A column with both day/month and month/day dates."""


_TIME = r"(?:[T ]+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*([AaPp][Mm])?)?"
_ZONE = r"\s*(?:Z|[+-]\d{2}:?\d{2}|UTC|GMT)?"
_ISO = re.compile(r"^(\d{4})[-/](\d{1,2})[-/](\d{1,2})" + _TIME + _ZONE + "$")
_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")
_DOTTED = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})" + _TIME + "$")
_SLASHED = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})" + _TIME + "$")
_UNIX = re.compile(r"^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,? +([A-Za-z]{3})[a-z]* +(\d{1,2}) +(\d{1,2}):(\d{2})"
                   r"(?::(\d{2}))? +(?:[A-Z]{2,5} +)?(\d{4})$")
_SAMPLE = 2000  # distinct values read with every form when ranking them
_WORDY_FORMATS = ("%d %B %Y", "%d %b %Y", "%B %d, %Y", "%b %d, %Y", "%B %d %Y", "%b %d %Y")
_MONTHS = {name: number for number, name in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), start=1)}

# What a person sees as the guess, per form.
FORM_LABELS = {
    "iso": QT_TRANSLATE_NOOP("Incidents", "year-month-day (2024-03-14)"),
    "month": QT_TRANSLATE_NOOP("Incidents", "month only (2022-12), stored as the month's first day"),
    "dotted": QT_TRANSLATE_NOOP("Incidents", "day.month.year (14.03.2024)"),
    "day_first": QT_TRANSLATE_NOOP("Incidents", "day/month/year (14/03/2024)"),
    "month_first": QT_TRANSLATE_NOOP("Incidents", "month/day/year (03/14/2024)"),
    "unix": QT_TRANSLATE_NOOP("Incidents", "weekday month day time year (Thu Apr 01 15:30:00 UTC 2010)"),
    "wordy": QT_TRANSLATE_NOOP("Incidents", "written month (14 March 2024)"),
    "asked": QT_TRANSLATE_NOOP("Incidents", "the chosen format %1"),
}

Reading = tuple[str, str | None]  # ISO date, "HH:MM" or None


def _year(text: str) -> int:
    value = int(text)
    if len(text) == 2:
        return 2000 + value if value < 70 else 1900 + value
    return value


def _clock(hour: str | None, minute: str | None, half: str | None) -> str | None:
    if hour is None or minute is None:
        return None
    h, m = int(hour), int(minute)
    if half:
        if not 1 <= h <= 12:
            raise ValueError(hour)
        h = h % 12 + (12 if half.lower() == "pm" else 0)
    if not (0 <= h <= 23 and 0 <= m <= 59):
        raise ValueError(hour)
    return f"{h:02d}:{m:02d}"


def _read_iso(text: str) -> Reading | None:
    if match := _ISO.match(text):
        y, mo, d, hh, mm, _ss, half = match.groups()
        return date(int(y), int(mo), int(d)).isoformat(), _clock(hh, mm, half)
    return None


def _read_month(text: str) -> Reading | None:
    if match := _MONTH.match(text):
        return date(int(match.group(1)), int(match.group(2)), 1).isoformat(), None
    return None


def _read_dotted(text: str) -> Reading | None:
    if match := _DOTTED.match(text):
        d, mo, y, hh, mm, _ss, half = match.groups()
        return date(int(y), int(mo), int(d)).isoformat(), _clock(hh, mm, half)
    return None


def _slashed(day_first: bool) -> Callable[[str], Reading | None]:
    def read(text: str) -> Reading | None:
        if match := _SLASHED.match(text):
            first, second, y, hh, mm, _ss, half = match.groups()
            d, mo = (first, second) if day_first else (second, first)
            return date(_year(y), int(mo), int(d)).isoformat(), _clock(hh, mm, half)
        return None
    return read


def _read_unix(text: str) -> Reading | None:
    if match := _UNIX.match(text):
        month_name, d, hh, mm, _ss, y = match.groups()
        month = _MONTHS.get(month_name.lower())
        if month is None:
            return None
        return date(int(y), month, int(d)).isoformat(), _clock(hh, mm, None)
    return None


_WORD = re.compile(r"[A-Za-z]{3}")


def _read_wordy(text: str) -> Reading | None:
    if not _WORD.search(text):  # strptime is slow: try it only on text with a month name in it
        return None
    for pattern in _WORDY_FORMATS:
        try:
            return datetime.strptime(text, pattern).date().isoformat(), None
        except ValueError:
            continue
    return None


@dataclass(frozen=True)
class DateFormat:
    """One way of writing dates; ``read`` gives (ISO date, time or None) or None."""

    form: str
    reader: Callable[[str], Reading | None]
    precision: str = "day"  # "month" when only the month is known
    pattern: str = ""  # the strptime format when chosen by the user

    def read(self, value: str) -> Reading | None:
        text = value.strip()
        if not text:
            return None
        try:
            return self.reader(text)
        except ValueError:
            return None

    def label(self) -> str:
        """The guess in words, for the preview and reports."""
        return translate("Incidents", FORM_LABELS[self.form]).replace("%1", self.pattern)


def _asked(pattern: str) -> DateFormat:
    def read(text: str) -> Reading | None:
        parsed = datetime.strptime(text, pattern)
        has_time = any(code in pattern for code in ("%H", "%I", "%M"))
        return parsed.date().isoformat(), parsed.strftime("%H:%M") if has_time else None
    return DateFormat("asked", read, pattern=pattern)


FORMS = (DateFormat("iso", _read_iso), DateFormat("month", _read_month, precision="month"),
         DateFormat("dotted", _read_dotted), DateFormat("day_first", _slashed(True)),
         DateFormat("month_first", _slashed(False)), DateFormat("unix", _read_unix),
         DateFormat("wordy", _read_wordy))
FORM_NAMES = {form.form: form for form in FORMS}  # a form chosen by name ("day_first") instead of a pattern


def detect_date_format(values: Sequence[str], asked: str | None = None) -> DateFormat | None:
    """The form that reads most of a column's values; None when none reads any (see module contract)."""
    if asked and asked.strip() in FORM_NAMES:
        return _with_strays(FORM_NAMES[asked.strip()], asked.strip() == "day_first", asked.strip() == "month_first")
    if asked:
        return _asked(asked)
    texts = [v.strip() for v in values if v and v.strip()]
    slashed = [(int(m.group(1)), int(m.group(2))) for v in texts if (m := _SLASHED.match(v))]
    day_tells = any(first > 12 for first, _ in slashed)
    month_tells = any(second > 12 for _, second in slashed)
    if day_tells and month_tells:
        raise MixedDates()
    # Every value tells the slash order (a cheap match); a spread of distinct ones is enough to rank the forms.
    distinct = list(dict.fromkeys(texts))
    sample = distinct[::max(1, len(distinct) // _SAMPLE)]
    best, best_count = None, 0
    for form in FORMS:
        if form.form == "day_first" and month_tells or form.form == "month_first" and day_tells:
            continue
        count = sum(1 for v in sample if form.read(v) is not None)
        if count > best_count:
            best, best_count = form, count
    if best is not None and best.form in ("day_first", "month_first") and not (day_tells or month_tells):
        if not all(first == second for first, second in slashed):
            example = next(f"{a:02d}/{b:02d}" for a, b in slashed if a != b)
            raise AmbiguousDates(example)
    if best is None:
        return None
    return _with_strays(best, day_tells, month_tells)


def _with_strays(best: DateFormat, day_tells: bool, month_tells: bool) -> DateFormat:
    """``best``, still reading a stray value in another unambiguous form (14 March 2024 among ISO dates)."""
    others = [f for f in FORMS if f is not best and f.form not in ("day_first", "month_first")]
    if day_tells or month_tells:  # the column settled the order of slashed dates
        others += [f for f in FORMS if f.form == ("month_first" if month_tells else "day_first") and f is not best]

    def read(text: str) -> Reading | None:
        for form in (best, *others):
            if (reading := form.read(text)) is not None:
                return reading
        return None
    return replace(best, reader=read)


_CLOCK = re.compile(r"^(\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?\s*([AaPp][Mm])?$")
_DIGITS = re.compile(r"^(\d{1,2})(\d{2})$")


def parse_time(value: str) -> str | None:
    """``HH:MM`` for a time-of-day value (15:30, 15:30:00, 1530, 3:30 PM), else None."""
    text = value.strip()
    try:
        if match := _CLOCK.match(text):
            return _clock(match.group(1), match.group(2), match.group(3))
        if match := _DIGITS.match(text):
            return _clock(match.group(1), match.group(2), None)
    except ValueError:
        return None
    return None
