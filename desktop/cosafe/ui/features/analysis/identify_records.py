"""Which audit point, perception pin or recorded incident is at a point of the map.

Contract (no Qt): ``identify_record(store, lon, lat, radius_m, tables, show_date)``
looks, with one indexed query per table, at the records of ``tables`` ("audit_points",
"perception_pins", "incidents") near the click and returns the nearest within
``radius_m`` ground metres as an ``IdentifiedFeature`` (the Identify panel's shape:
a readable name, a kind label and the record's facts as tags — an incident's time of
day as recorded, with its day/dusk/night band, or "unknown"), or None. Dates in the
facts go through ``show_date(iso, empty)`` (the window passes its one date format;
by default they stay ISO). It only reads.
"""

from __future__ import annotations

from collections.abc import Callable, Collection

from cosafe.core.criteria import criterion_label, safety_score
from cosafe.core.formats import format_fixed
from cosafe.core.i18n import arg
from cosafe.core.incident_times import time_band
from cosafe.core.records import AuditPoint, AuditScore, AuditWalk, Criterion, Incident, Participant, PerceptionPin, Record
from cosafe.core.label_translations import translations_of
from cosafe.core.reason_tags import reason_tag_labels
from cosafe.core.vocabulary import TIMES_OF_DAY, label_of
from cosafe.core.stories import PENDING, story_shown
from cosafe.store.project_store import ProjectStore
from cosafe.store.queries.identify import IdentifiedFeature, nearest_record
from cosafe.ui.features.analysis.words import PerceptionMap

DateShower = Callable[[str | None, str], str]


def _iso(iso: str | None, empty: str) -> str:
    return iso or empty


_TYPES: dict[str, type[Record]] = {"audit_points": AuditPoint, "perception_pins": PerceptionPin, "incidents": Incident}


def identify_record(store: ProjectStore, lon: float, lat: float, radius_m: float, tables: Collection[str],
                    show_date: DateShower = _iso) -> IdentifiedFeature | None:
    """The nearest audit point, pin or incident of ``tables`` within ``radius_m`` of (lon, lat)."""
    best = nearest_record(store, [_TYPES[table] for table in tables], lon, lat, radius_m)
    if best is None:
        return None
    distance, record = best
    name, kind_label, tags = _describe(store, record, show_date)
    return IdentifiedFeature(name=name, style_class=kind_label, layer_name=PerceptionMap.tr("Perceptions") if
                             not isinstance(record, Incident) else PerceptionMap.tr("Recorded incidents (imported data)"),
                             layer_uuid="", tags=tags, kind="point", table=record.TABLE, fid=0,
                             distance_m=distance, geometry=record.geom,  # type: ignore[attr-defined]
                             record_uuid=record.uuid)


def _describe(store: ProjectStore, record: Record, show_date: DateShower) -> tuple[str, str, dict[str, str]]:
    if isinstance(record, AuditPoint):
        return _audit_point(store, record, show_date)
    if isinstance(record, PerceptionPin):
        return _pin(store, record)
    assert isinstance(record, Incident)
    name = (arg(PerceptionMap.tr("Recorded incident: %1"), record.category) if record.category
            else PerceptionMap.tr("Recorded incident: unspecified"))
    band = time_band(record.occurred_at)
    time = (arg(PerceptionMap.tr("%1 (%2)", "a recorded time of day (its band: day, dusk or night)"),
                record.occurred_at, label_of(TIMES_OF_DAY, band).lower()) if band is not None and record.occurred_at
            else PerceptionMap.tr("unknown", "a time of day"))
    details = {PerceptionMap.tr("Date"): show_date(record.occurred_on, PerceptionMap.tr("unknown", "a date")),
               PerceptionMap.tr("Time"): time,
               PerceptionMap.tr("Source"): record.source or "—"}
    if record.description:
        details[PerceptionMap.tr("Description")] = record.description
    return name, PerceptionMap.tr("Recorded incident"), details


def _audit_point(store: ProjectStore, point: AuditPoint, show_date: DateShower) -> tuple[str, str, dict[str, str]]:
    walk = store.get(AuditWalk, point.walk_uuid)
    scores = store.list(AuditScore, "point_uuid = ?", (point.uuid,))
    criteria = {c.uuid: c for c in store.list(Criterion, "uuid IN (SELECT criterion_uuid FROM audit_scores "
                                                         "WHERE point_uuid = ?)", (point.uuid,))}
    by_key = {criteria[s.criterion_uuid].key: s.score for s in scores if s.criterion_uuid in criteria}
    outcome = frozenset(c.key for c in criteria.values() if c.is_outcome)
    own = translations_of(store, Criterion.TABLE)
    score = safety_score(by_key, outcome) if by_key else None
    tags = {PerceptionMap.tr("Safety score"): PerceptionMap.tr("not scored") if score is None
            else arg(PerceptionMap.tr("%1 of 5"), format_fixed(score))}
    if walk is not None:
        tags[PerceptionMap.tr("Walk")] = arg(PerceptionMap.tr("%1 (%2, %3)", "a walk's title (time of day, date)"),
                                             walk.title or PerceptionMap.tr("Untitled walk"),
                                             label_of(TIMES_OF_DAY, walk.time_of_day).lower(),
                                             show_date(walk.walked_on, PerceptionMap.tr("no date")))
    for s in sorted(scores, key=lambda s: criteria[s.criterion_uuid].position if s.criterion_uuid in criteria else 0):
        if s.criterion_uuid in criteria:
            criterion = criteria[s.criterion_uuid]
            tags[criterion_label(criterion.key, criterion.label, own.get(criterion.uuid, {}).get("label"))] = arg(PerceptionMap.tr("%1 of 3"), s.score)
    if point.comment:
        tags[PerceptionMap.tr("Comment")] = point.comment
    dark = by_key.get("lighting") == 0
    name = (arg(PerceptionMap.tr("Audit point %1 — dark spot"), point.sequence) if dark
            else arg(PerceptionMap.tr("Audit point %1"), point.sequence))
    return name, PerceptionMap.tr("Audit point"), tags


def _pin(store: ProjectStore, pin: PerceptionPin) -> tuple[str, str, dict[str, str]]:
    tags = {PerceptionMap.tr("Time of day"): label_of(TIMES_OF_DAY, pin.time_of_day)}
    if pin.scale is not None:
        tags[PerceptionMap.tr("Scale")] = arg(PerceptionMap.tr("%1 of 5 (1 very unsafe, 5 very safe)"), pin.scale)
    if pin.reason_tags:
        labels = reason_tag_labels(store)
        tags[PerceptionMap.tr("Reasons")] = PerceptionMap.tr(", ", "between the items of a list").join(
            labels.get(key, key) for key in pin.reason_tags)
    person = store.get(Participant, pin.participant_uuid) if pin.participant_uuid else None
    tags[PerceptionMap.tr("Placed by")] = (person.code if person is not None and person.code
                                           else PerceptionMap.tr("anonymous"))
    if story_shown(pin):
        tags[PerceptionMap.tr("Story")] = pin.story
    elif pin.story.strip() and pin.story_review == PENDING:  # its words only in the Room panel, until approved
        tags[PerceptionMap.tr("Story")] = PerceptionMap.tr("Sent from a phone: awaiting approval in the Room panel")
    return (PerceptionMap.tr("Feels safe") if pin.feeling == "safe" else PerceptionMap.tr("Feels unsafe"),
            PerceptionMap.tr("Perception pin"), tags)
