"""Read audit scores and perception pins into ``core.perception_data.PerceptionData``
(and recorded incidents into ``IncidentPoints``, for their own layer and heat map).

Contract: read-only; a few plain queries (no per-score Python objects), then numpy
builds the per-walker score rows, so 100,000 scores load in a fraction of a second.
Works on files without ``walk_participants`` (schema v1): every walk is then
walked by one unknown person. References to records that are gone (no foreign
keys) read as "unknown" / "none" instead of failing.
"""

from __future__ import annotations

import json
import sqlite3
import struct
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from cosafe.core.criteria import criterion_label
from cosafe.core.perception_data import (
    NONE, UNKNOWN, PerceptionData, PinRows, PointTable, ScoreRows, ordered_keys,
)
from cosafe.store.geometry import GeometryBlobError, bounds

_ENVELOPE_SIZES = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}
_XY = {1: struct.Struct("<2d"), 0: struct.Struct(">2d")}
_TYPE = {1: struct.Struct("<I"), 0: struct.Struct(">I")}


def point_lonlat(blob: bytes | None) -> tuple[float, float]:
    """Lon/lat of a GeoPackage point blob without building a shapely object (NaN for none)."""
    if blob is None or len(blob) < 8 or blob[:2] != b"GP" or blob[3] & 0x10:
        return float("nan"), float("nan")
    offset = 8 + _ENVELOPE_SIZES.get((blob[3] >> 1) & 0x07, 0)
    order = blob[offset] if len(blob) >= offset + 21 else -1
    if order in (0, 1) and _TYPE[order].unpack_from(blob, offset + 1)[0] % 1000 == 1:
        x, y = _XY[order].unpack_from(blob, offset + 5)
        return x, y
    try:  # anything unusual (written by another program): its bounding box
        box = bounds(blob)
    except (GeometryBlobError, ValueError):
        box = None
    return (float("nan"), float("nan")) if box is None else (box[0], box[1])


def _has_table(connection: sqlite3.Connection, table: str) -> bool:
    return connection.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)).fetchone() \
        is not None


class _Codes:
    """Assigns int codes to the keys of each categorical column, in a fixed order at the end."""

    def __init__(self) -> None:
        self.found: dict[str, set[str]] = {}

    def see(self, column: str, key: str) -> str:
        self.found.setdefault(column, set()).add(key)
        return key


def load_perception_data(store) -> PerceptionData:
    """Every audit score (× walker) and perception pin of the project, with what they are read by."""
    connection: sqlite3.Connection = store.connection
    codes = _Codes()
    participants = {uuid: (gender, age_band, role) for uuid, gender, age_band, role in connection.execute(
        "SELECT uuid, gender, age_band, role FROM participants")}
    workshops = dict(connection.execute("SELECT uuid, title FROM workshops ORDER BY held_on, fid"))
    groups = dict(connection.execute("SELECT uuid, name FROM groups ORDER BY fid"))
    criteria_rows = connection.execute(
        "SELECT c.fid, c.key, c.label, c.is_outcome, coalesce(s.is_active, 0), coalesce(s.version, 0), c.uuid "
        "FROM criteria c LEFT JOIN criteria_sets s ON s.uuid = c.set_uuid ORDER BY c.position, c.fid").fetchall()
    own = _own_labels(connection)

    # Criterion labels: the active set's wording wins, else the newest version's; in the reader's language.
    criterion_labels: dict[str, str] = {}
    for _fid, key, label, _outcome, active, version, uuid in sorted(criteria_rows, key=lambda r: (not r[4], -r[5])):
        criterion_labels.setdefault(key, criterion_label(key, label, own.get(uuid)))
    criterion_order = list(dict.fromkeys(row[1] for row in sorted(criteria_rows, key=lambda r: (not r[4], -r[5]))))
    outcome_keys = frozenset(key for _f, key, _l, outcome, *_ in criteria_rows if outcome)

    walks = connection.execute(
        "SELECT fid, uuid, workshop_uuid, group_uuid, time_of_day, coalesce(walked_on, substr(created_at, 1, 10)) "
        "FROM audit_walks ORDER BY fid").fetchall()
    walkers: dict[str, list[str]] = {}
    if _has_table(connection, "walk_participants"):
        for walk_uuid, participant_uuid in connection.execute(
                "SELECT walk_uuid, participant_uuid FROM walk_participants ORDER BY fid"):
            walkers.setdefault(walk_uuid, []).append(participant_uuid)

    # One entry per (walk, walker): the demographics each of a walk's scores is repeated with.
    walk_index = {fid: i for i, (fid, *_rest) in enumerate(walks)}
    walk_tod = []
    walker_rows: list[list[tuple]] = []
    for _fid, uuid, workshop, group, tod, date in walks:
        workshop_key = codes.see("workshop", workshop if workshop in workshops else NONE)
        group_key = codes.see("group", group if group in groups else NONE)
        codes.see("time_of_day", tod)
        walk_tod.append(tod)
        people = walkers.get(uuid) or [None]
        rows = []
        for person in people:
            gender, age_band, role = participants.get(person, (UNKNOWN, UNKNOWN, UNKNOWN))
            rows.append((tod, date, workshop_key, group_key, codes.see("gender", gender),
                         codes.see("age_band", age_band), codes.see("role", role),
                         codes.see("person", person if person else f"walk:{uuid}")))
        walker_rows.append(rows)

    point_rows = connection.execute("SELECT p.fid, p.uuid, p.geom, w.fid FROM audit_points p "
                                    "LEFT JOIN audit_walks w ON w.uuid = p.walk_uuid ORDER BY p.fid").fetchall()
    point_uuids = tuple(r[1] for r in point_rows)
    lonlat = np.array([point_lonlat(r[2]) for r in point_rows], dtype=np.float64).reshape(-1, 2)
    point_walk = np.array([walk_index.get(r[3], -1) for r in point_rows], dtype=np.int64)

    pins = connection.execute(
        "SELECT uuid, geom, workshop_uuid, group_uuid, participant_uuid, feeling, coalesce(scale, 0), reason_tags, "
        "time_of_day, substr(created_at, 1, 10) FROM perception_pins ORDER BY fid").fetchall()
    pin_columns = []
    for uuid, _geom, workshop, group, participant, _feeling, _scale, _tags, tod, date in pins:
        workshop_key = codes.see("workshop", workshop if workshop in workshops else NONE)
        group_key = codes.see("group", group if group in groups else NONE)
        gender, age_band, role = participants.get(participant, (UNKNOWN, UNKNOWN, UNKNOWN))
        person = participant if participant else f"anon:{workshop_key}/{group_key}"
        pin_columns.append((codes.see("time_of_day", tod), date, workshop_key, group_key, codes.see("gender", gender),
                            codes.see("age_band", age_band), codes.see("role", role), codes.see("person", person)))

    score_rows = np.array(connection.execute(
        "SELECT p.fid, c.fid, s.score FROM audit_scores s "
        "JOIN audit_points p ON p.uuid = s.point_uuid JOIN criteria c ON c.uuid = s.criterion_uuid "
        "ORDER BY s.fid").fetchall(), dtype=np.int64).reshape(-1, 3)

    for key in criterion_order:
        codes.see("criterion", key)
    keys = _keys(codes, workshops, groups, criterion_order)
    lookup = {column: {key: i for i, key in enumerate(values)} for column, values in keys.items()}

    points = PointTable(point_uuids, lonlat[:, 0].copy(), lonlat[:, 1].copy(), np.array(
        [lookup["time_of_day"][walk_tod[w]] if w >= 0 else -1 for w in point_walk], dtype=np.int32))
    scores = _score_rows(score_rows, point_rows, point_walk, criteria_rows, walker_rows, lookup)
    pin_rows = _pin_rows(pins, pin_columns, lookup)
    return PerceptionData(points, scores, pin_rows, keys,
                          {"workshop": workshops, "group": groups, "criterion": criterion_labels}, outcome_keys)


def _own_labels(connection: sqlite3.Connection) -> dict[str, dict[str, str]]:
    """Criterion UUID -> language -> the label a facilitator gave it in that language (schema v4)."""
    if not _has_table(connection, "label_translations"):
        return {}
    own: dict[str, dict[str, str]] = {}
    for uuid, code, text in connection.execute(
            "SELECT record_uuid, language, text FROM label_translations "
            "WHERE table_name = 'criteria' AND field_name = 'label' AND text != ''"):
        own.setdefault(uuid, {})[code] = text
    return own


def _keys(codes: _Codes, workshops: dict, groups: dict, criterion_order: list[str]) -> dict[str, tuple[str, ...]]:
    found = codes.found
    keys = {column: ordered_keys(column, found.get(column, set()))
            for column in ("gender", "age_band", "role", "time_of_day")}
    for column, known in (("workshop", workshops), ("group", groups)):
        present = found.get(column, set())
        keys[column] = tuple(k for k in known if k in present) + ((NONE,) if NONE in present else ())
    keys["criterion"] = tuple(criterion_order)
    keys["person"] = tuple(sorted(found.get("person", set())))
    return keys


def _score_rows(score_rows, point_rows, point_walk, criteria_rows, walker_rows, lookup) -> ScoreRows:
    """Repeat each score once per walker of its walk, with that walker's codes."""
    point_of_fid = _fid_map([row[0] for row in point_rows])
    criterion_of_fid = _fid_map([fid for fid, *_ in criteria_rows])
    criterion_code = np.array([lookup["criterion"][key] for _f, key, *_ in criteria_rows], dtype=np.int32)
    criterion_outcome = np.array([bool(outcome) for _f, _k, _l, outcome, *_ in criteria_rows], dtype=bool)

    point = point_of_fid(score_rows[:, 0])
    criterion_row = criterion_of_fid(score_rows[:, 1])
    walk = point_walk[point] if len(point) else np.empty(0, dtype=np.int64)
    keep = walk >= 0  # a point whose walk is gone belongs to nobody's walk: left out
    point, criterion_row, walk, values = point[keep], criterion_row[keep], walk[keep], score_rows[keep, 2]
    score_id = np.flatnonzero(keep).astype(np.int32)

    # Per walk: how many walkers, and a flat table of walker codes indexed by walk offset.
    counts = np.array([len(rows) for rows in walker_rows], dtype=np.int64)
    offsets = np.concatenate([[0], np.cumsum(counts)[:-1]]) if len(counts) else np.zeros(0, dtype=np.int64)
    table = [(lookup["time_of_day"][tod], date, lookup["workshop"][w], lookup["group"][g], lookup["gender"][ge],
              lookup["age_band"][a], lookup["role"][r], lookup["person"][p])
             for rows in walker_rows for tod, date, w, g, ge, a, r, p in rows]
    repeat = counts[walk]
    # Row j of the output is walker k of its score's walk: walker index = offset + k.
    starts = np.repeat(np.cumsum(repeat) - repeat, repeat)
    walker = np.repeat(offsets[walk], repeat) + (np.arange(int(repeat.sum())) - starts)
    columns = list(zip(*table)) if table else [()] * 8
    ints = [np.asarray(c, dtype=np.int32)[walker] if table else np.empty(0, dtype=np.int32)
            for c in (columns[0], *columns[2:])]
    date = np.asarray(columns[1], dtype="U10")[walker] if table else np.empty(0, dtype="U10")
    return ScoreRows(
        point=np.repeat(point, repeat).astype(np.int32), score_id=np.repeat(score_id, repeat),
        criterion=np.repeat(criterion_code[criterion_row], repeat), is_outcome=np.repeat(criterion_outcome[criterion_row], repeat),
        score=np.repeat(values, repeat).astype(np.int8), time_of_day=ints[0], date=date, workshop=ints[1],
        group=ints[2], gender=ints[3], age_band=ints[4], role=ints[5], person=ints[6])


def _fid_map(fids: list[int]):
    """A vectorised fid -> row lookup (fids are positive and roughly dense)."""
    table = np.full((max(fids) + 1) if fids else 1, -1, dtype=np.int64)
    table[np.asarray(fids, dtype=np.int64)] = np.arange(len(fids))
    return lambda values: table[values] if len(values) else np.empty(0, dtype=np.int64)


def _pin_rows(pins: list[tuple], pin_columns: list[tuple], lookup) -> PinRows:
    lonlat = np.array([point_lonlat(row[1]) for row in pins], dtype=np.float64).reshape(-1, 2)
    columns = list(zip(*pin_columns)) if pin_columns else [()] * 8

    def codes(index: int, column: str) -> np.ndarray:
        return np.array([lookup[column][key] for key in columns[index]], dtype=np.int32)

    return PinRows(
        uuid=tuple(row[0] for row in pins), lon=lonlat[:, 0].copy(), lat=lonlat[:, 1].copy(),
        unsafe=np.array([row[5] == "unsafe" for row in pins], dtype=bool),
        scale=np.array([row[6] for row in pins], dtype=np.int8), tags=tuple(_tags(row[7]) for row in pins),
        time_of_day=codes(0, "time_of_day"), date=np.asarray(columns[1], dtype="U10"), workshop=codes(2, "workshop"),
        group=codes(3, "group"), gender=codes(4, "gender"), age_band=codes(5, "age_band"), role=codes(6, "role"),
        person=codes(7, "person"))


def _tags(text: str) -> tuple[str, ...]:
    try:
        value = json.loads(text or "[]")
    except ValueError:
        return ()
    return tuple(str(tag) for tag in value) if isinstance(value, list) else ()


@dataclass(frozen=True)
class IncidentPoints:
    """Recorded incidents (official data, never mixed with perceptions) for a heat map or layer."""

    uuid: tuple[str, ...]
    lon: NDArray[np.float64]
    lat: NDArray[np.float64]
    category: tuple[str, ...]
    date: NDArray[np.str_]  # ISO date, "" when unknown


def load_incident_points(store, date_from: str | None = None, date_to: str | None = None) -> IncidentPoints:
    """Incidents with a position; a date range (inclusive) leaves out those without a date."""
    where, params = [], []
    if date_from:
        where.append("occurred_on >= ?")
        params.append(date_from)
    if date_to:
        where.append("occurred_on <= ?")
        params.append(date_to)
    sql = "SELECT uuid, geom, category, coalesce(occurred_on, '') FROM incidents"
    rows = store.connection.execute(sql + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY fid",
                                    params).fetchall()
    lonlat = np.array([point_lonlat(row[1]) for row in rows], dtype=np.float64).reshape(-1, 2)
    placed = ~np.isnan(lonlat).any(axis=1)
    kept = [row for row, keep in zip(rows, placed) if keep]
    return IncidentPoints(tuple(r[0] for r in kept), lonlat[placed, 0].copy(), lonlat[placed, 1].copy(),
                          tuple(r[2] for r in kept), np.array([r[3] for r in kept], dtype="U10"))
