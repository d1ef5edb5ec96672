"""The field-by-field comparison of a merge conflict, in words (no widgets).

Contract: ``compare(store, mine, theirs, names) -> list[FieldRow]`` gives one row per
stored field a person can read (not the UUID; its title or name first, its location after
what it says, who made it and when last): a human label ("Location",
"CPTED principle", "Workshop", "Made on", "Last changed"), the text of each side
(vocabulary labels instead of keys, referenced records by their title, a geometry as
its kind and size, a photo as its size) and whether the two differ. ``mine`` may be
None (deleted on this laptop since the two last met): its column then says so. Only
reads the store (to name referenced records and laptops).
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from typing import Any

import shapely

from cosafe.core import vocabulary as vocab
from cosafe.core.records import (AuditPoint, AuditWalk, CriteriaSet, Criterion, Group, Participant, ReasonTag,
                                 Record, Workshop)
from cosafe.ui.features.merge.provenance import laptop_name

DELETED = "(deleted on this laptop)"
EMPTY = "—"
LABELS = {
    "geom": "Location and shape", "cpted_principle": "CPTED principle", "day_night": "Day or night",
    "cost_estimate": "Cost estimate", "device_id": "Made on", "created_at": "Created", "updated_at": "Last changed",
    "time_of_day": "Time of day", "reason_tags": "Reasons", "age_band": "Age band", "is_outcome": "Outcome criterion",
    "good_means": "What good means", "walked_on": "Walked on", "held_on": "Held on", "occurred_on": "Occurred on",
    "mime_type": "File type", "data": "Photo or file", "owner_table": "Belongs to (kind)",
    "owner_uuid": "Belongs to", "votes_per_participant": "Votes per participant", "sort_order": "Order",
}
VOCABULARIES = {
    "cpted_principle": vocab.CPTED_PRINCIPLES, "intervention_type": vocab.INTERVENTION_TYPES,
    "beneficiaries": vocab.BENEFICIARIES, "day_night": vocab.DAY_NIGHT,
    "time_of_day": vocab.TIMES_OF_DAY, "gender": vocab.GENDERS, "age_band": vocab.AGE_BANDS,
    "role": vocab.PARTICIPANT_ROLES, "feeling": vocab.FEELINGS, "sector": vocab.STAKEHOLDER_SECTORS,
    "approach": vocab.PREVENTION_APPROACHES, "timeframe": vocab.TIMEFRAMES,
}
# Fields holding another record's UUID: the record type and the field that names it.
REFERENCES: dict[str, tuple[type[Record], str]] = {
    "workshop_uuid": (Workshop, "title"), "group_uuid": (Group, "name"), "participant_uuid": (Participant, "code"),
    "walk_uuid": (AuditWalk, "title"), "point_uuid": (AuditPoint, "sequence"), "criterion_uuid": (Criterion, "label"),
    "set_uuid": (CriteriaSet, "name"), "criteria_set_uuid": (CriteriaSet, "name"),
    "based_on_uuid": (CriteriaSet, "name"),
}
STATUSES = {"proposals": vocab.PROPOSAL_STATUSES, "actions": vocab.ACTION_STATUSES}
HIDDEN = {"uuid"}
FIRST = ("title", "name", "label", "key", "story", "filename", "code")
LAST = ("device_id", "created_at", "updated_at")


@dataclass(frozen=True)
class FieldRow:
    name: str
    label: str
    mine: str
    theirs: str
    differs: bool


def field_label(name: str) -> str:
    if name in LABELS:
        return LABELS[name]
    if name.endswith("_uuid"):
        name = name[:-5]
    return name.replace("_", " ").capitalize()


def compare(store, mine: Record | None, theirs: Record, names: dict[str, str]) -> list[FieldRow]:
    """One row per readable field of the conflicting record, mine beside theirs."""
    rows = []
    # The record's name first, who made it and when last (Record's own fields come first in the dataclass).
    specs = [s for s in dataclasses.fields(theirs) if s.name not in HIDDEN]
    specs.sort(key=lambda s: 0 if s.name in FIRST else 3 + LAST.index(s.name) if s.name in LAST
               else 2 if s.name == "geom" else 1)
    for spec in specs:
        theirs_value = getattr(theirs, spec.name)
        theirs_text = describe(store, spec.name, theirs_value, names, theirs.TABLE)
        if mine is None:
            rows.append(FieldRow(spec.name, field_label(spec.name), DELETED, theirs_text, True))
            continue
        mine_value = getattr(mine, spec.name)
        mine_text = describe(store, spec.name, mine_value, names, theirs.TABLE)
        rows.append(FieldRow(spec.name, field_label(spec.name), mine_text, theirs_text,
                             not same(mine_value, theirs_value)))
    return rows


def same(a: Any, b: Any) -> bool:
    if hasattr(a, "geom_type") or hasattr(b, "geom_type"):
        return a is not None and b is not None and bool(shapely.equals_exact(a, b, 1e-12))
    return a == b


def describe(store, name: str, value: Any, names: dict[str, str], table: str = "") -> str:
    """A field's value as a person reads it."""
    if value is None or value == "" or value == []:
        return EMPTY
    if name == "device_id":
        return laptop_name(store, value, names)
    if name in ("created_at", "updated_at") and isinstance(value, str):
        return value.replace("T", " ").rstrip("Z")[:19] + " UTC"
    if hasattr(value, "geom_type"):
        return describe_geometry(value)
    if isinstance(value, bytes):
        return f"{len(value) / 1024:,.0f} KB" if len(value) >= 1024 else f"{len(value)} bytes"
    if isinstance(value, bool):
        return "Yes" if value else "No"
    vocabulary = VOCABULARIES.get(name) or (STATUSES.get(table) if name == "status" else None)
    if vocabulary:
        labels = [vocab.label_of(vocabulary, k) for k in (value if isinstance(value, list) else [value])]
        return ", ".join(labels)
    if name == "reason_tags" and isinstance(value, list):
        labels = {tag.key: tag.label for tag in store.list(ReasonTag)}
        return ", ".join(labels.get(key, key) for key in value)
    if name in REFERENCES and isinstance(value, str):
        record_type, title = REFERENCES[name]
        record = store.get(record_type, value)
        if record is None:
            return "(not in this project)"
        text = getattr(record, title)
        return f"Point {text}" if record_type is AuditPoint else str(text) or f"Untitled {record_type.LABEL.lower()}"
    if isinstance(value, float):
        return f"{value:,.2f}"
    if isinstance(value, (list, dict)):
        return ", ".join(map(str, value)) if isinstance(value, list) else json.dumps(value, ensure_ascii=False)
    return str(value)


def describe_geometry(geometry) -> str:
    """ "Point at 36.82000, -1.28000" or "Polygon of 4 corners around 36.82000, -1.28000"."""
    centre = geometry.centroid if not geometry.is_empty else None
    where = f"{centre.x:.5f}, {centre.y:.5f}" if centre is not None and not centre.is_empty else "nowhere"
    kind = geometry.geom_type
    if kind == "Point":
        return f"Point at {where}"
    count = shapely.get_num_coordinates(geometry)
    nouns = {"LineString": "Line", "Polygon": "Area", "MultiPolygon": "Areas", "MultiLineString": "Lines"}
    noun = nouns.get(kind, kind)
    return f"{noun} of {count} points around {where}"
