"""Which attribute names a feature (its label on the map): a guess from a layer's columns and values.

Contract: ``guess_label_field(fields, rows)`` returns one of ``fields`` or None. It looks,
in this order, at the usual names (name, NAME, Name, title, label…), then at columns
whose name holds "name" (BoroName, STATE_NAME, NAME_EN, LOCALNAME…) or a word for it in
another language, then at text-like ones (TEXT, LABEL, TITLE, LIBELLE…), then at a column
named for the kind of place each feature is (barrio, ward, quartier, colonia, district…:
a city's neighbourhood file names each one so), taken only when nearly every value differs;
within the first group that has a usable column it takes the one whose values in ``rows``
(the first features' attributes as text) are most often distinct and short. A column whose values
are all numbers, all HTML, all longer than a label, or a numbered placeholder ("kml_1",
"kml_2"… as some KML writers fill Name) is not usable; neither is one without values.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

_USUAL = ("name", "title", "label", "nom", "nombre", "nome", "jina", "naam", "isim", "ism")
_NAME_WORDS = ("nom", "nombre", "nome", "naam", "bezeichnung")  # whole words only ("economy" holds "nom")
_TEXT_PARTS = ("text", "label", "title", "libelle", "libellé", "titel", "titulo", "designation", "caption")
# Kinds of place a column may be named after when it holds each feature's name (whole words).
_PLACE_WORDS = ("barrio", "bairro", "colonia", "quartier", "ward", "district", "neighbourhood", "neighborhood",
                "comuna", "commune", "sector", "localidad", "locality", "suburb", "zone", "mtaa", "kebele",
                "arrondissement", "municipio", "municipality", "village", "barangay", "kelurahan", "mahalle")
_PLACE_DISTINCT = 0.8  # a place column names features only when this share of its values differ
LONGEST_LABEL = 80  # characters: beyond this a value is a description, not a name
_NUMBER = re.compile(r"^[+-]?\d+([.,]\d+)?$")
_NUMBERED = re.compile(r"^([A-Za-z]+_)\d+$")  # kml_1, feature_2 — never "Lamp 12", a real name


def _score(values: list[str]) -> float:
    """How well a column's values serve as labels, 0 when not at all: the share of them that
    are distinct, less for long ones."""
    values = [value.strip() for value in values if value and value.strip()]
    if not values:
        return 0.0
    if all(_NUMBER.match(value) for value in values):
        return 0.0
    if all(value.lstrip().startswith("<") for value in values):
        return 0.0
    if len(values) > 1:
        matches = [_NUMBERED.match(value) for value in values]
        if all(matches) and len({match.group(1) for match in matches if match}) == 1:
            return 0.0  # kml_1, kml_2…: a placeholder, not a name
    mean_length = sum(len(value) for value in values) / len(values)
    if mean_length > LONGEST_LABEL:
        return 0.0
    distinct = len(set(values)) / len(values)
    return distinct / (1.0 + mean_length / LONGEST_LABEL)


def _distinct(values: list[str]) -> float:
    values = [value.strip() for value in values if value and value.strip()]
    return len(set(values)) / len(values) if values else 0.0


def _group(field: str) -> int | None:
    """0 for a usual name column, 1 for one whose name holds "name", 2 for a text-like one,
    3 for one named for a kind of place."""
    lower = field.lower()
    if lower in _USUAL:
        return 0
    spaced = re.sub(r"(?<=[a-z])(?=[A-Z])", "_", field).lower()
    words = [word for word in re.split(r"[\W_\d]+", spaced) if word]
    if ("name" in lower or any(word in _NAME_WORDS for word in words)) and "file" not in lower and "type" not in lower:
        return 1
    if any(part in lower for part in _TEXT_PARTS):
        return 2
    if any(word in _PLACE_WORDS or word.rstrip("s") in _PLACE_WORDS for word in words):
        return 3
    return None


def guess_label_field(fields: Sequence[str], rows: Sequence[Mapping[str, str]]) -> str | None:
    """The column most likely to name each feature, or None; see the module's contract."""
    best: tuple[int, float, str] | None = None
    for field in fields:
        group = _group(field)
        if group is None:
            continue
        values = [row.get(field, "") for row in rows]
        score = _score(values)
        if score <= 0 or (group == 3 and _distinct(values) < _PLACE_DISTINCT):
            continue
        key = (-group, score, field)
        if best is None or key[:2] > best[:2]:
            best = key
    return best[2] if best else None


def preview_values(rows: Sequence[Mapping[str, str]], field: str | None, count: int = 3) -> list[str]:
    """The first ``count`` distinct non-empty values of ``field`` in ``rows``, stripped."""
    if not field:
        return []
    seen: list[str] = []
    for row in rows:
        value = (row.get(field) or "").strip()
        if value and value not in seen:
            seen.append(value)
            if len(seen) == count:
                break
    return seen
