"""The edits the recording UI makes for audit walks and their points (no Qt here).

Contract:
- ``new_walk_edit`` / ``update_walk_edit`` / ``delete_walk_edit`` build ONE edit each:
  a walk with its walkers (``WalkParticipant`` records); a delete takes the walk's
  points, their scores and checklist answers and its walkers with it, and the paper
  sheets read for it (their kept photos, ``PaperSheet`` rows and links:
  ``paper_provenance.walk_sheets_edits``), so undo puts back everything.
- ``route_edit`` stores a drawn route (lon/lat LineString) on a walk.
- ``save_point_edit`` builds ONE EditGroup for a sheet: the AuditPoint (new, or an
  update of an existing one), one AuditScore per scored criterion, the checklist
  answers and new photos (Attachments, owner_table 'audit_points'). Scores outside 0–3
  raise ``AuditEntryError`` before anything is built. A point's photos go with it
  when it (or its walk) is deleted. A deleted or replaced score read from a paper sheet
  takes its link along (a sheet left with no link goes too); a score saved again with
  the same value keeps its sheet (``paper_provenance``).
- ``place_along(route, sequence, sheets)`` is where sheet ``sequence`` of ``sheets``
  goes on the route when nobody clicked a spot: evenly spaced by sequence.
- ``CHECKLIST_QUESTIONS`` are DOMAIN.md's women's safety audit questions, phrased
  so that "yes" is the safe answer. An answer stores the English question (context
  "Criteria" in the catalogue); ``question_label`` gives it in the reader's language.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from shapely.geometry import LineString, Point

from cosafe.core.criteria import SCORE_MAX, SCORE_MIN
from cosafe.core.criteria_sets import CriteriaSetError, active_criteria, criteria_of_set
from cosafe.core.actions import unlink_places_edits
from cosafe.core.edits import AddRecord, DeleteRecord, Edit, EditGroup, RecordReader, UpdateRecord
from cosafe.core.i18n import QT_TRANSLATE_NOOP, arg, translate
from cosafe.core.paper_provenance import relink_edits, unlink_read_records_edits, walk_sheets_edits
from cosafe.core.records import (
    Attachment,
    AuditPoint,
    AuditScore,
    AuditWalk,
    ChecklistAnswer,
    Criterion,
    CriteriaSet,
    WalkParticipant,
)
from cosafe.core.words import Criteria, Edits

CHECKLIST_QUESTIONS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Criteria", "Women and girls use this space"),
    QT_TRANSLATE_NOOP("Criteria", "Clear sightlines (no blind corners or blank walls)"),
    QT_TRANSLATE_NOOP("Criteria", "No dark or scary places, long empty stretches or high fences"),
    QT_TRANSLATE_NOOP("Criteria", "Lighting bright enough to see faces"),
    QT_TRANSLATE_NOOP("Criteria", "Toilets available and visible"),
    QT_TRANSLATE_NOOP("Criteria", "Transport stop visible and active"),
    QT_TRANSLATE_NOOP("Criteria", "Escape routes (no entrapment spots)"),
    QT_TRANSLATE_NOOP("Criteria", "Signage readable"),
)


def question_label(question: str) -> str:
    """A stored checklist question as people read it: a built-in one in their language, others as typed."""
    return translate("Criteria", question) if question in CHECKLIST_QUESTIONS else question


class AuditEntryError(ValueError):
    """A sheet that cannot be saved; the message is one line for the person typing it."""


@dataclass(frozen=True)
class ChecklistEntry:
    question: str
    answer: bool | None
    recommendation: str = ""


def active_set(store: RecordReader) -> CriteriaSet | None:
    """The criteria set new walks are scored on (``criteria_sets.active_criteria``), or None."""
    try:
        return active_criteria(store)[0]
    except CriteriaSetError:
        return None


def walk_criteria(store: RecordReader, walk: AuditWalk) -> list[Criterion]:
    """The criteria a walk's sheets are scored on: its own set's, in order, retired ones left out."""
    set_uuid = walk.criteria_set_uuid or getattr(active_set(store), "uuid", "")
    return criteria_of_set(store, set_uuid, include_retired=False)


def walkers_of(store: RecordReader, walk_uuid: str) -> list[WalkParticipant]:
    return store.list(WalkParticipant, "walk_uuid = ?", (walk_uuid,))


def points_of(store: RecordReader, walk_uuid: str, with_geometry: bool = True) -> list[AuditPoint]:
    return store.list(AuditPoint, "walk_uuid = ?", (walk_uuid,), "sequence, fid",
                      with_geometry=with_geometry)


def next_sequence(store: RecordReader, walk_uuid: str) -> int:
    return max((point.sequence for point in points_of(store, walk_uuid, False)), default=0) + 1


def new_walk_edit(walk: AuditWalk, participant_uuids: Iterable[str]) -> Edit:
    label = arg(Edits.tr("Add audit walk “%1”"), walk.title)
    edits: list[Edit] = [AddRecord(walk, label)]
    edits += [AddRecord(WalkParticipant(walk_uuid=walk.uuid, participant_uuid=uuid, device_id=walk.device_id), label)
              for uuid in dict.fromkeys(participant_uuids)]
    return EditGroup(edits, label)


def update_walk_edit(store: RecordReader, walk_uuid: str, changes: Mapping[str, object],
                     participant_uuids: Iterable[str]) -> Edit | None:
    """The walk's changed fields and walkers as one edit, or None when nothing changed."""
    walk = store.get(AuditWalk, walk_uuid)
    if walk is None:
        raise KeyError(f"No audit walk with id {walk_uuid}")
    changed = {key: value for key, value in changes.items() if getattr(walk, key) != value}
    title = changes.get("title", walk.title)
    label = arg(Edits.tr("Edit audit walk “%1”"), title)
    edits: list[Edit] = [UpdateRecord(store, AuditWalk, walk_uuid, changed, label)] if changed else []
    wanted = list(dict.fromkeys(participant_uuids))
    current = {walker.participant_uuid: walker for walker in walkers_of(store, walk_uuid)}
    edits += [DeleteRecord(store, WalkParticipant, walker.uuid, label)
              for uuid, walker in current.items() if uuid not in wanted]
    edits += [AddRecord(WalkParticipant(walk_uuid=walk_uuid, participant_uuid=uuid), label)
              for uuid in wanted if uuid not in current]
    return EditGroup(edits, label) if edits else None


def delete_walk_edit(store: RecordReader, walk_uuid: str) -> Edit:
    walk = store.get(AuditWalk, walk_uuid)
    if walk is None:
        raise KeyError(f"No audit walk with id {walk_uuid}")
    label = arg(Edits.tr("Delete audit walk “%1”"), walk.title)
    edits: list[Edit] = []
    points = points_of(store, walk_uuid, False)
    scores: list[str] = []
    for point in points:
        contents = _point_contents(store, point.uuid)
        scores += [score.uuid for score in contents[0]]
        edits += _contents_deletes(store, *contents, label) + _photo_deletes(store, point.uuid, label)
        edits.append(DeleteRecord(store, AuditPoint, point.uuid, label))
    edits += unlink_places_edits(store, AuditPoint.TABLE, [point.uuid for point in points], label)
    # The sheets read for it go too: their photos (people's handwriting), rows and links.
    edits += walk_sheets_edits(store, walk_uuid, scores, label)
    edits += [DeleteRecord(store, WalkParticipant, walker.uuid, label) for walker in walkers_of(store, walk_uuid)]
    edits.append(DeleteRecord(store, AuditWalk, walk_uuid, label))
    return EditGroup(edits, label)


def delete_point_edit(store: RecordReader, point_uuid: str) -> Edit:
    point = store.get(AuditPoint, point_uuid)
    if point is None:
        raise KeyError(f"No audit point with id {point_uuid}")
    label = arg(Edits.tr("Delete audit point %1"), point.sequence)
    scores, answers = _point_contents(store, point_uuid)
    return EditGroup([*_contents_deletes(store, scores, answers, label), *_photo_deletes(store, point_uuid, label),
                      *unlink_read_records_edits(store, {AuditScore.TABLE: [score.uuid for score in scores]}, label),
                      *unlink_places_edits(store, AuditPoint.TABLE, [point_uuid], label),
                      DeleteRecord(store, AuditPoint, point_uuid, label)], label)


def photos_of(store: RecordReader, point_uuid: str) -> list[Attachment]:
    return store.list(Attachment, "owner_table = ? AND owner_uuid = ?",
                      (AuditPoint.TABLE, point_uuid))


def _photo_deletes(store: RecordReader, point_uuid: str, label: str) -> list[Edit]:
    return [DeleteRecord(store, Attachment, photo.uuid, label) for photo in photos_of(store, point_uuid)]


def _point_contents(store: RecordReader, point_uuid: str) -> tuple[list[AuditScore], list[ChecklistAnswer]]:
    """The point's scores and checklist answers."""
    return (store.list(AuditScore, "point_uuid = ?", (point_uuid,)),
            store.list(ChecklistAnswer, "point_uuid = ?", (point_uuid,)))


def _contents_deletes(store: RecordReader, scores: Sequence[AuditScore], answers: Sequence[ChecklistAnswer],
                      label: str) -> list[Edit]:
    return ([DeleteRecord(store, AuditScore, score.uuid, label) for score in scores]
            + [DeleteRecord(store, ChecklistAnswer, answer.uuid, label) for answer in answers])


def route_edit(store: RecordReader, walk_uuid: str, route: LineString) -> Edit:
    walk = store.get(AuditWalk, walk_uuid)
    if walk is None:
        raise KeyError(f"No audit walk with id {walk_uuid}")
    label = Edits.tr("Redraw route of “%1”") if walk.geom is not None else Edits.tr("Draw route of “%1”")
    return UpdateRecord(store, AuditWalk, walk_uuid, {"geom": route}, arg(label, walk.title))


def place_along(route: LineString | None, sequence: int, sheets: int) -> Point | None:
    """Sheet ``sequence`` (1-based) of ``sheets`` spaced evenly from the route's start to its end."""
    if route is None or route.is_empty:
        return None
    span = max(sheets - 1, 1)
    fraction = min(max(sequence - 1, 0), span) / span
    return route.interpolate(fraction, normalized=True)


def check_scores(scores: Mapping[str, int | None], labels: Mapping[str, str]) -> dict[str, int]:
    """The entered scores (criterion uuid → 0–3); a score outside 0–3 is refused with its criterion."""
    kept = {}
    for uuid, value in scores.items():
        if value is None:
            continue
        if not isinstance(value, int) or not SCORE_MIN <= value <= SCORE_MAX:
            raise AuditEntryError(arg(Criteria.tr("%1: a score is %2 to %3, not %4; nothing was saved"),
                                      labels.get(uuid) or Criteria.tr("A criterion"), SCORE_MIN, SCORE_MAX, value))
        kept[uuid] = value
    return kept


def save_point_edit(store: RecordReader, walk: AuditWalk, sequence: int, scores: Mapping[str, int | None],
                    comment: str, answers: Sequence[ChecklistEntry], geom: Point | None,
                    labels: Mapping[str, str] | None = None, point_uuid: str | None = None,
                    photos: Sequence[Attachment] = ()) -> Edit:
    """One sheet as ONE EditGroup: the point, its scores and its checklist answers.

    With ``point_uuid`` the existing point is updated and its old scores and answers are
    replaced (its photos kept); otherwise a new point is added. ``geom`` None keeps an
    existing location. ``photos`` are added to the point.
    """
    kept = check_scores(scores, labels or {})
    if not kept and not comment.strip() and not photos and not any(
            a.answer is not None or a.recommendation for a in answers):
        raise AuditEntryError(Criteria.tr("The sheet is empty: type at least one score; nothing was saved"))
    label = arg(Edits.tr("Enter audit point %1 of “%2”"), sequence, walk.title)
    edits: list[Edit] = []
    if point_uuid is None:
        point = AuditPoint(walk_uuid=walk.uuid, sequence=sequence, comment=comment.strip(), geom=geom)
        edits.append(AddRecord(point, label))
    else:
        label = arg(Edits.tr("Edit audit point %1 of “%2”"), sequence, walk.title)
        point = store.get(AuditPoint, point_uuid)
        if point is None:
            raise KeyError(f"No audit point with id {point_uuid}")
        changes: dict[str, object] = {"comment": comment.strip(), "sequence": sequence}
        if geom is not None:
            changes["geom"] = geom
        edits.append(UpdateRecord(store, AuditPoint, point_uuid, changes, label))
        old_scores, old_answers = _point_contents(store, point_uuid)
        edits += _contents_deletes(store, old_scores, old_answers, label)
    new_scores = [AuditScore(point_uuid=point.uuid, criterion_uuid=uuid, score=value) for uuid, value in kept.items()]
    edits += [AddRecord(score, label) for score in new_scores]
    if point_uuid is not None:
        # A score read from a paper sheet and saved again unchanged keeps saying which sheet it came
        # from (its link follows it); a changed or cleared one was typed, so its link goes.
        same = {(score.criterion_uuid, score.score): score.uuid for score in new_scores}
        moved: dict[str, str] = {}
        for score in old_scores:  # each new score takes one link (a merge may have left two alike)
            replacement = same.pop((score.criterion_uuid, score.score), None)
            if replacement is not None:
                moved[score.uuid] = replacement
        edits += relink_edits(store, moved, label)
        edits += unlink_read_records_edits(
            store, {AuditScore.TABLE: [score.uuid for score in old_scores if score.uuid not in moved]}, label)
    edits += [AddRecord(ChecklistAnswer(point_uuid=point.uuid, question=a.question, answer=a.answer,
                                        recommendation=a.recommendation.strip()), label)
              for a in answers if a.answer is not None or a.recommendation.strip()]
    edits += [AddRecord(dataclasses.replace(photo, owner_table=AuditPoint.TABLE, owner_uuid=point.uuid), label)
              for photo in photos]
    return EditGroup(edits, label)
