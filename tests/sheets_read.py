"""A project with a group map and an audit sheet read into it as the window stores them (issue 18).

``read_sheets(store)`` makes a workshop, a group, an audit walk of that group with a route, and
stores through ``io.paper_sheets`` a read group map (a safe dot, an unsafe dot and an idea) and a
read audit sheet (two points scored) of that walk, each with its photo kept as an attachment of
the group / walk in the same step, as ``ReadSheetsDialog`` does.
"""

from __future__ import annotations

from dataclasses import dataclass

import shapely

from cosafe.core.audits import active_set
from cosafe.core.criteria_sets import criteria_of_set
from cosafe.core.edits import AddRecord, EditGroup
from cosafe.core.records import (Attachment, AuditPoint, AuditScore, AuditWalk, Group, PaperSheet, PaperSheetRecord,
                                 PerceptionPin, Proposal, Workshop)
from cosafe.io.paper_sheets.audit_layout import AuditIdentity, audit_layout_for, criterion_tag
from cosafe.io.paper_sheets.audit_reading import AuditReading, Tick
from cosafe.io.paper_sheets.audit_storing import audit_sheet_edit
from cosafe.io.paper_sheets.layout import SheetIdentity, layout_for
from cosafe.io.paper_sheets.reading import Detection, SheetReading
from cosafe.io.paper_sheets.storing import sheet_edit
from cosafe.store.project_store import ProjectStore

SHEET_TABLES = ("attachments", "paper_sheets", "paper_sheet_records", "perception_pins", "proposals",
                "audit_walks", "audit_points", "audit_scores", "groups", "workshops")


@dataclass
class Read:
    workshop: Workshop
    group: Group
    walk: AuditWalk
    map_sheet: PaperSheet  # the group map's provenance row
    map_photo: Attachment  # kept as an attachment of the group
    audit_sheet: PaperSheet
    audit_photo: Attachment  # kept as an attachment of the walk


def photo(owner_table: str, owner_uuid: str, text: bytes) -> Attachment:
    return Attachment(owner_table=owner_table, owner_uuid=owner_uuid, filename="photo.jpg", mime_type="image/jpeg",
                      data=b"\xff\xd8" + text * 200, width=800, height=600)


def store_with_photo(store: ProjectStore, edit, kept: Attachment) -> None:
    """The sheet's edit and its photo as one step, as the window performs them."""
    EditGroup([edit, AddRecord(kept, edit.label)], edit.label).apply(store)


def dot(meaning: str, lon: float, lat: float) -> Detection:
    return Detection("dot", meaning, "#000000", 100.0, 100.0, lon, lat, 12.0, 0.95)


def read_group_map(store: ProjectStore, workshop: Workshop, group: Group, number: int = 1,
                   digest: str = "ab" * 32) -> PaperSheet:
    identity = SheetIdentity(store.get_meta("project_uuid"), workshop.uuid, group.uuid, number, "a4",
                             (36.81, -1.29, 36.83, -1.27))
    reading = SheetReading(identity, layout_for("a4"), [dot("safe", 36.82, -1.28), dot("unsafe", 36.821, -1.281),
                                                         dot("idea", 36.822, -1.282)])
    kept = photo(Group.TABLE, group.uuid, b"map %d" % number)
    store_with_photo(store, sheet_edit(store, reading, photo_sha256=digest, photo_uuid=kept.uuid), kept)
    return store.list(PaperSheet, "photo_uuid = ?", (kept.uuid,))[0]


def read_audit_sheet(store: ProjectStore, walk: AuditWalk, number: int = 1, scores: dict[int, int] | None = None,
                     digest: str = "cd" * 32) -> PaperSheet:
    """Audit sheet ``number`` of ``walk``: points 1 and 2 scored on the set's first two criteria."""
    criteria = [criterion_tag(c.uuid) for c in criteria_of_set(store, walk.criteria_set_uuid)][:2]
    identity = AuditIdentity(store.get_meta("project_uuid"), walk.uuid, number, "a4", 2, (1, 2), tuple(criteria))
    values = scores or {1: 1, 2: 3}
    ticks = [Tick(number, point, tag, row, values[point], 0.99) for point in (1, 2)
             for row, tag in enumerate(criteria)]
    reading = AuditReading(identity, audit_layout_for("a4", 2, len(criteria)), ticks)
    kept = photo(AuditWalk.TABLE, walk.uuid, b"audit %d" % number)
    store_with_photo(store, audit_sheet_edit(store, reading, photo_sha256=digest, photo_uuid=kept.uuid), kept)
    return store.list(PaperSheet, "photo_uuid = ?", (kept.uuid,))[0]


def read_sheets(store: ProjectStore) -> Read:
    workshop = Workshop(title="Market workshop")
    group = Group(workshop_uuid=workshop.uuid, name="Youth")
    walk = AuditWalk(title="Market loop", criteria_set_uuid=active_set(store).uuid, workshop_uuid=workshop.uuid,
                     group_uuid=group.uuid, geom=shapely.LineString([(36.82, -1.28), (36.823, -1.283)]))
    for record in (workshop, group, walk):
        store.insert(record)
    map_sheet = read_group_map(store, workshop, group)
    audit_sheet = read_audit_sheet(store, walk)
    return Read(workshop, group, walk, map_sheet, store.get(Attachment, map_sheet.photo_uuid),
                audit_sheet, store.get(Attachment, audit_sheet.photo_uuid))


def rows(store: ProjectStore, tables: tuple[str, ...] = SHEET_TABLES) -> dict[str, list[tuple]]:
    """Every row of ``tables`` (without fid: a record put back by undo gets a new row id), by uuid."""
    return {table: [row[1:] for row in store.connection.execute(f'SELECT * FROM "{table}" ORDER BY uuid')]
            for table in tables}


def counts(store: ProjectStore) -> dict[str, int]:
    return {t.TABLE: store.count(t) for t in (Attachment, PaperSheet, PaperSheetRecord, PerceptionPin, Proposal,
                                              AuditPoint, AuditScore)}
