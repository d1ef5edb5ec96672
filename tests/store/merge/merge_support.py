"""Shared helpers for the merge tests: projects with walks, scores and pins, and snapshots."""

from __future__ import annotations

import hashlib
from pathlib import Path

import shapely

from cosafe.core.criteria_sets import active_criteria
from cosafe.core.records import (Attachment, AuditPoint, AuditScore, AuditWalk, Criterion, PerceptionPin, Proposal,
                                 ReasonTag)
from cosafe.core.records import Participant
from cosafe.store.merge import copy_rule
from cosafe.store.merge import rows as merge_rows
from cosafe.store.merge.rows import MERGED_TYPES
from cosafe.store.merge.withheld import is_empty, restored_row
from cosafe.store.project_store import ProjectStore


def file_hash(path: Path | str) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def new_project(path: Path, name: str = "Office") -> ProjectStore:
    return ProjectStore.create(str(path), name=name, place="Riverside")


def add_walk(store: ProjectStore, title: str = "Market loop", x: float = 36.82) -> AuditWalk:
    """A walk on the active criteria set with one point scored on every criterion."""
    criteria_set, criteria = active_criteria(store)
    walk = AuditWalk(title=title, criteria_set_uuid=criteria_set.uuid,
                     geom=shapely.LineString([(x, -1.28), (x + 0.001, -1.281)]))
    point = AuditPoint(walk_uuid=walk.uuid, geom=shapely.Point(x, -1.28), comment=f"{title} corner")
    store.insert(walk)
    store.insert(point)
    store.insert_many([AuditScore(point_uuid=point.uuid, criterion_uuid=c.uuid, score=i % 4)
                       for i, c in enumerate(criteria)])
    return walk


def add_pin(store: ProjectStore, story: str, tags: list[str] | None = None, x: float = 36.83) -> PerceptionPin:
    pin = PerceptionPin(geom=shapely.Point(x, -1.29), story=story, reason_tags=tags or ["poor_lighting"])
    store.insert(pin)
    return pin


def add_proposal(store: ProjectStore, title: str, x: float = 36.84) -> Proposal:
    proposal = Proposal(title=title, geom=shapely.Polygon([(x, -1.28), (x + 0.001, -1.28), (x, -1.281)]))
    store.insert(proposal)
    return proposal


def add_photo(store: ProjectStore, owner: Proposal, data: bytes = bytes(range(256)) * 40) -> Attachment:
    photo = Attachment(owner_table="proposals", owner_uuid=owner.uuid, filename="corner.jpg",
                       mime_type="image/jpeg", data=data, width=640, height=480)
    store.insert(photo)
    return photo


def snapshot(store: ProjectStore) -> dict[str, dict[str, str]]:
    """Table -> uuid -> row hash, for every merged table."""
    return {t.TABLE: merge_rows.table_hashes(store.connection, t) for t in MERGED_TYPES}


def snapshot_as_held_by(store: ProjectStore, copy: ProjectStore) -> dict[str, dict[str, str]]:
    """``snapshot(store)`` with each record as the field copy would hold it: what a merge of the store
    into the copy writes (cut by the copy's rule, the copy's own value where the cut leaves a field
    empty; records it may not hold left out unless it holds them itself)."""
    rule = copy_rule.copy_rule_in(copy.connection)
    if rule is None:
        return snapshot(store)
    participants = {uuid for (uuid,) in copy.connection.execute("SELECT uuid FROM participants")}
    result = {}
    for record_type in MERGED_TYPES:
        table = record_type.TABLE
        if table not in copy_rule.TABLES:
            result[table] = merge_rows.table_hashes(store.connection, record_type)
            continue
        held = {row[0]: row for row in merge_rows.read_rows(copy.connection, record_type)}
        result[table] = {}
        for row in merge_rows.read_rows(store.connection, record_type):
            cut = rule.cut(record_type, row, participants)
            if cut is None:
                if row[0] in held:
                    result[table][row[0]] = merge_rows.row_hash(row)
                continue
            if record_type is Participant:
                participants.add(row[0])
            own = held.get(row[0])
            if own is not None:
                cut = restored_row(cut, own, [i for i in copy_rule.positions(table) if is_empty(cut[i])])
            result[table][row[0]] = merge_rows.row_hash(cut)
    return result


def meaning(store: ProjectStore) -> dict[str, object]:
    """What the records say, with criteria sets and criteria named by key instead of UUID."""
    sets = {s.uuid: (s.name, s.version) for s in store.list(merge_rows.MERGED_BY_TABLE["criteria_sets"])}
    criteria = {c.uuid: (sets[c.set_uuid], c.key) for c in store.list(Criterion)}
    return {
        "walks": sorted((w.uuid, w.title, sets[w.criteria_set_uuid]) for w in store.list(AuditWalk)),
        "points": sorted((p.uuid, p.walk_uuid, p.comment) for p in store.list(AuditPoint)),
        "scores": sorted((s.uuid, s.point_uuid, criteria[s.criterion_uuid], s.score) for s in store.list(AuditScore)),
        "pins": sorted((p.uuid, p.story, tuple(p.reason_tags)) for p in store.list(PerceptionPin)),
        "tags": sorted(t.key for t in store.list(ReasonTag)),
        "proposals": sorted((p.uuid, p.title) for p in store.list(Proposal)),
        "criteria": sorted(criteria.values()),
    }
