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
from cosafe.core.records import (RECORD_TYPES_BY_TABLE, AuditPoint, AuditWalk, CriteriaSet, Criterion, Group,
                                 LabelTranslation, Participant, ReasonTag, Record, Workshop)
from cosafe.core.i18n import LANGUAGES, QT_TRANSLATE_NOOP, arg, translate
from cosafe.core.records import kind_noun
from cosafe.core.reason_tags import reason_tag_labels
from cosafe.ui.features.merge.provenance import laptop_name
from cosafe.ui.features.merge.words import MergeConflicts
from cosafe.ui.kit.numbers import grouped

EMPTY = "—"
LABELS = {  # each stored field a person can read, by its name: translated where shown (field_label)
    "action_uuid": QT_TRANSLATE_NOOP("MergeConflicts", "Action"),
    "age_band": QT_TRANSLATE_NOOP("MergeConflicts", "Age band"),
    "answer": QT_TRANSLATE_NOOP("MergeConflicts", "Answer"),
    "attribution": QT_TRANSLATE_NOOP("MergeConflicts", "Attribution"),
    "based_on_uuid": QT_TRANSLATE_NOOP("MergeConflicts", "Based on"),
    "baseline": QT_TRANSLATE_NOOP("MergeConflicts", "Baseline"),
    "beneficiaries": QT_TRANSLATE_NOOP("MergeConflicts", "Beneficiaries"),
    "caption": QT_TRANSLATE_NOOP("MergeConflicts", "Caption"),
    "category": QT_TRANSLATE_NOOP("MergeConflicts", "Category"),
    "code": QT_TRANSLATE_NOOP("MergeConflicts", "Code"),
    "colour": QT_TRANSLATE_NOOP("MergeConflicts", "Colour"),
    "comment": QT_TRANSLATE_NOOP("MergeConflicts", "Comment"),
    "consent_given": QT_TRANSLATE_NOOP("MergeConflicts", "Consent given"),
    "contact": QT_TRANSLATE_NOOP("MergeConflicts", "Contact"),
    "contact_person": QT_TRANSLATE_NOOP("MergeConflicts", "Contact person"),
    "cost_estimate": QT_TRANSLATE_NOOP("MergeConflicts", "Cost estimate"),
    "cpted_principle": QT_TRANSLATE_NOOP("MergeConflicts", "CPTED principle"),
    "created_at": QT_TRANSLATE_NOOP("MergeConflicts", "Created"),
    "criteria_set_uuid": QT_TRANSLATE_NOOP("MergeConflicts", "Criteria set"),
    "criterion_uuid": QT_TRANSLATE_NOOP("MergeConflicts", "Criterion"),
    "data": QT_TRANSLATE_NOOP("MergeConflicts", "Photo or file"),
    "data_table": QT_TRANSLATE_NOOP("MergeConflicts", "Data table"),
    "day_night": QT_TRANSLATE_NOOP("MergeConflicts", "Day or night"),
    "description": QT_TRANSLATE_NOOP("MergeConflicts", "Description"),
    "device_id": QT_TRANSLATE_NOOP("MergeConflicts", "Made on"),
    "disability": QT_TRANSLATE_NOOP("MergeConflicts", "Disability"),
    "dots": QT_TRANSLATE_NOOP("MergeConflicts", "Dots"),
    "ends_on": QT_TRANSLATE_NOOP("MergeConflicts", "Ends on"),
    "facilitator": QT_TRANSLATE_NOOP("MergeConflicts", "Facilitator"),
    "feature_count": QT_TRANSLATE_NOOP("MergeConflicts", "Feature count"),
    "feeling": QT_TRANSLATE_NOOP("MergeConflicts", "Feeling"),
    "field_name": QT_TRANSLATE_NOOP("MergeConflicts", "Translated field"),
    "filename": QT_TRANSLATE_NOOP("MergeConflicts", "Filename"),
    "gender": QT_TRANSLATE_NOOP("MergeConflicts", "Gender"),
    "geom": QT_TRANSLATE_NOOP("MergeConflicts", "Location and shape"),
    "good_means": QT_TRANSLATE_NOOP("MergeConflicts", "What good means"),
    "group_uuid": QT_TRANSLATE_NOOP("MergeConflicts", "Group"),
    "height": QT_TRANSLATE_NOOP("MergeConflicts", "Height"),
    "held_on": QT_TRANSLATE_NOOP("MergeConflicts", "Held on"),
    "indicator": QT_TRANSLATE_NOOP("MergeConflicts", "Indicator"),
    "influence": QT_TRANSLATE_NOOP("MergeConflicts", "Influence"),
    "interest": QT_TRANSLATE_NOOP("MergeConflicts", "Interest"),
    "intervention_type": QT_TRANSLATE_NOOP("MergeConflicts", "Intervention type"),
    "is_active": QT_TRANSLATE_NOOP("MergeConflicts", "Is active"),
    "is_outcome": QT_TRANSLATE_NOOP("MergeConflicts", "Outcome criterion"),
    "key": QT_TRANSLATE_NOOP("MergeConflicts", "Key"),
    "language": QT_TRANSLATE_NOOP("MergeConflicts", "Language"),
    "kind": QT_TRANSLATE_NOOP("MergeConflicts", "Kind"),
    "label": QT_TRANSLATE_NOOP("MergeConflicts", "Label"),
    "mime_type": QT_TRANSLATE_NOOP("MergeConflicts", "File type"),
    "name": QT_TRANSLATE_NOOP("MergeConflicts", "Name"),
    "notes": QT_TRANSLATE_NOOP("MergeConflicts", "Notes"),
    "occurred_at": QT_TRANSLATE_NOOP("MergeConflicts", "Time it occurred"),
    "occurred_on": QT_TRANSLATE_NOOP("MergeConflicts", "Occurred on"),
    "opacity": QT_TRANSLATE_NOOP("MergeConflicts", "Opacity"),
    "owner_table": QT_TRANSLATE_NOOP("MergeConflicts", "Belongs to (kind)"),
    "owner_uuid": QT_TRANSLATE_NOOP("MergeConflicts", "Belongs to"),
    "participant_uuid": QT_TRANSLATE_NOOP("MergeConflicts", "Participant"),
    "place": QT_TRANSLATE_NOOP("MergeConflicts", "Place"),
    "placement": QT_TRANSLATE_NOOP("MergeConflicts", "Placement"),
    "point_uuid": QT_TRANSLATE_NOOP("MergeConflicts", "Point"),
    "position": QT_TRANSLATE_NOOP("MergeConflicts", "Position"),
    "prevention_approach": QT_TRANSLATE_NOOP("MergeConflicts", "Prevention approach"),
    "priority": QT_TRANSLATE_NOOP("MergeConflicts", "Priority"),
    "priority_from_votes": QT_TRANSLATE_NOOP("MergeConflicts", "Priority from votes"),
    "proposal_uuid": QT_TRANSLATE_NOOP("MergeConflicts", "Proposal"),
    "question": QT_TRANSLATE_NOOP("MergeConflicts", "Question"),
    "record_uuid": QT_TRANSLATE_NOOP("MergeConflicts", "Translation of"),
    "reason_tags": QT_TRANSLATE_NOOP("MergeConflicts", "Reasons"),
    "recommendation": QT_TRANSLATE_NOOP("MergeConflicts", "Recommendation"),
    "responsible_uuid": QT_TRANSLATE_NOOP("MergeConflicts", "Responsible"),
    "retired": QT_TRANSLATE_NOOP("MergeConflicts", "Retired"),
    "role": QT_TRANSLATE_NOOP("MergeConflicts", "Role"),
    "scale": QT_TRANSLATE_NOOP("MergeConflicts", "Scale"),
    "score": QT_TRANSLATE_NOOP("MergeConflicts", "Score"),
    "sector": QT_TRANSLATE_NOOP("MergeConflicts", "Sector"),
    "sequence": QT_TRANSLATE_NOOP("MergeConflicts", "Sequence"),
    "set_uuid": QT_TRANSLATE_NOOP("MergeConflicts", "Set"),
    "sort_order": QT_TRANSLATE_NOOP("MergeConflicts", "Order"),
    "source": QT_TRANSLATE_NOOP("MergeConflicts", "Source"),
    "source_format": QT_TRANSLATE_NOOP("MergeConflicts", "Source format"),
    "source_name": QT_TRANSLATE_NOOP("MergeConflicts", "Source name"),
    "stakeholder_uuid": QT_TRANSLATE_NOOP("MergeConflicts", "Stakeholder"),
    "starts_on": QT_TRANSLATE_NOOP("MergeConflicts", "Starts on"),
    "status": QT_TRANSLATE_NOOP("MergeConflicts", "Status"),
    "story": QT_TRANSLATE_NOOP("MergeConflicts", "Story"),
    "story_review": QT_TRANSLATE_NOOP("MergeConflicts", "Story approval"),
    "style_class": QT_TRANSLATE_NOOP("MergeConflicts", "Style class"),
    "target": QT_TRANSLATE_NOOP("MergeConflicts", "Target"),
    "target_table": QT_TRANSLATE_NOOP("MergeConflicts", "Target table"),
    "table_name": QT_TRANSLATE_NOOP("MergeConflicts", "Kind of record"),
    "target_uuid": QT_TRANSLATE_NOOP("MergeConflicts", "Target"),
    "text": QT_TRANSLATE_NOOP("MergeConflicts", "Text"),
    "time_of_day": QT_TRANSLATE_NOOP("MergeConflicts", "Time of day"),
    "timeframe": QT_TRANSLATE_NOOP("MergeConflicts", "Timeframe"),
    "title": QT_TRANSLATE_NOOP("MergeConflicts", "Title"),
    "updated_at": QT_TRANSLATE_NOOP("MergeConflicts", "Last changed"),
    "version": QT_TRANSLATE_NOOP("MergeConflicts", "Version"),
    "visible": QT_TRANSLATE_NOOP("MergeConflicts", "Visible"),
    "votes_per_participant": QT_TRANSLATE_NOOP("MergeConflicts", "Votes per participant"),
    "walk_uuid": QT_TRANSLATE_NOOP("MergeConflicts", "Walk"),
    "walked_on": QT_TRANSLATE_NOOP("MergeConflicts", "Walked on"),
    "width": QT_TRANSLATE_NOOP("MergeConflicts", "Width"),
    "workshop_uuid": QT_TRANSLATE_NOOP("MergeConflicts", "Workshop"),
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
FIRST = ("title", "name", "label", "text", "key", "story", "filename", "code")
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
        return translate("MergeConflicts", LABELS[name])
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
            rows.append(FieldRow(spec.name, field_label(spec.name), MergeConflicts.tr("(deleted on this laptop)"),
                                 theirs_text, True))
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
        return arg(MergeConflicts.tr("%1 UTC", "a date and time"), value.replace("T", " ").rstrip("Z")[:19])
    if hasattr(value, "geom_type"):
        return describe_geometry(value)
    if isinstance(value, bytes):
        if len(value) >= 1024:
            return arg(MergeConflicts.tr("%1 KB"), grouped(len(value) / 1024))
        return MergeConflicts.tr("%Ln bytes", "", len(value))
    if isinstance(value, bool):
        return MergeConflicts.tr("Yes") if value else MergeConflicts.tr("No")
    vocabulary = VOCABULARIES.get(name) or (STATUSES.get(table) if name == "status" else None)
    if vocabulary:
        labels = [vocab.label_of(vocabulary, k) for k in (value if isinstance(value, list) else [value])]
        return MergeConflicts.tr(", ", "between the labels of a list").join(labels)
    if name == "reason_tags" and isinstance(value, list):
        labels = reason_tag_labels(store)
        return MergeConflicts.tr(", ", "between the labels of a list").join(labels.get(key, key) for key in value)
    if name == "language" and table == LabelTranslation.TABLE:
        return LANGUAGES.get(value, value)
    if name == "field_name" and table == LabelTranslation.TABLE:
        return field_label(value)
    if name == "table_name" and table == LabelTranslation.TABLE:
        labelled = RECORD_TYPES_BY_TABLE.get(value)
        return kind_noun(labelled) if labelled is not None else value
    if name == "record_uuid" and table == LabelTranslation.TABLE:
        return _labelled(store, value)
    if name in REFERENCES and isinstance(value, str):
        record_type, title = REFERENCES[name]
        record = store.get(record_type, value)
        if record is None:
            return MergeConflicts.tr("(not in this project)")
        text = getattr(record, title)
        if record_type is AuditPoint:
            return arg(MergeConflicts.tr("Point %1", "an audit point by its number"), text)
        return str(text) or arg(MergeConflicts.tr("Untitled %1", "%1: a kind of record"), kind_noun(record_type))
    if isinstance(value, float):
        return grouped(value, 2)
    if isinstance(value, (list, dict)):
        return ", ".join(map(str, value)) if isinstance(value, list) else json.dumps(value, ensure_ascii=False)
    return str(value)


def _labelled(store, uuid: str) -> str:
    """The name of the criteria set, criterion or reason tag a label in another language belongs to."""
    for record_type, title in ((Criterion, "label"), (CriteriaSet, "name"), (ReasonTag, "label")):
        record = store.get(record_type, uuid)
        if record is not None:
            return getattr(record, title)
    return MergeConflicts.tr("(not in this project)")


def describe_geometry(geometry) -> str:
    """ "Point at 36.82000, -1.28000" or "Polygon of 4 corners around 36.82000, -1.28000"."""
    centre = geometry.centroid if not geometry.is_empty else None
    if centre is None or centre.is_empty:
        return MergeConflicts.tr("A shape with no points")
    x, y = f"{centre.x:.5f}", f"{centre.y:.5f}"
    kind = geometry.geom_type
    if kind == "Point":
        return arg(MergeConflicts.tr("Point at %1, %2", "longitude, latitude"), x, y)
    count = int(shapely.get_num_coordinates(geometry))
    if kind == "LineString":
        return arg(MergeConflicts.tr("Line of %Ln points around %1, %2", "", count), x, y)
    if kind == "Polygon":
        return arg(MergeConflicts.tr("Area of %Ln points around %1, %2", "", count), x, y)
    if kind == "MultiPolygon":
        return arg(MergeConflicts.tr("Areas of %Ln points around %1, %2", "", count), x, y)
    if kind == "MultiLineString":
        return arg(MergeConflicts.tr("Lines of %Ln points around %1, %2", "", count), x, y)
    return arg(MergeConflicts.tr("%1 of %Ln points around %2, %3", "%1: a kind of shape", count), kind, x, y)
