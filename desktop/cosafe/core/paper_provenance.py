"""What a deletion takes along of what was read from paper sheets: links, sheets, kept photos (no Qt).

Reading a paper sheet (issue 18, schema v8) keeps its photo as an ``Attachment`` of the group
(a group map) or of the audit walk (an audit sheet), a ``PaperSheet`` row (number, workshop,
group, the kept photo, the photo's SHA-256, when it was read) and a ``PaperSheetRecord`` link
per record read from it. The photo shows people's handwriting and notes: when what it belongs
to is deleted, it goes in the same undo step, and nothing is left pointing at what is gone.
Every function returns edits for the caller's ``EditGroup`` (built before any of it runs, from
the store as it is), so undo brings everything back and redo takes it again.

Contract:
- ``sheet_photo_count(store, owner_table, owner_uuids)``: how many kept sheet photos those groups
  or walks hold (for the question asked before deleting them).
- ``unlink_read_records_edits(store, deleted, label, photos=())``: ``deleted`` maps a record
  table (``perception_pins``, ``proposals``, ``audit_scores``) to the UUIDs the caller's edit
  deletes; ``photos`` the UUIDs of sheet photos it deletes. The edits delete those records'
  links, and every sheet then left with no link to a record that still exists, or whose kept
  photo goes, with all its links — as ``audit_storing`` deletes an earlier reading left with
  no link. A sheet left so keeps no photo of its own: its photo stays an attachment of its
  group or walk, which takes it when it goes.
- ``relink_edits(store, moved, label)``: ``moved`` maps an audit score's UUID to the UUID of
  the score that replaces it with the same value (an audit point saved again by hand); its
  link follows it, so the point still says which sheet its value came from.
- ``walk_sheets_edits(store, walk_uuid, score_uuids, label)``: deleting an audit walk whose
  points' scores ``score_uuids`` the caller deletes: the walk's kept sheet photos, its sheets
  and their links.
- ``groups_sheets_edits(store, group_uuids, label, workshop_uuid=None)``: deleting groups (and,
  with ``workshop_uuid``, their workshop): the groups' kept sheet photos are deleted. Their
  sheets stay, so the drawings the deletion detaches still say "From paper sheet N (read on
  DATE)", but they point at nothing that is gone: a group map of a deleted group keeps its
  number and date only (group ''; no photo; SHA-256 '', since nothing in the file should
  still tell that photo); an audit sheet (one with audit scores linked, its photo the walk's,
  which stays) only loses the group (''), and the workshop ('') when that goes. '' is what an
  audit sheet of a walk without a group already holds (the columns are NOT NULL).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from cosafe.core.edits import DeleteRecord, Edit, RecordReader, UpdateRecord
from cosafe.core.records import (Attachment, AuditScore, AuditWalk, Group, PaperSheet, PaperSheetRecord,
                                 PerceptionPin, Proposal)

_CHUNK = 500  # well under SQLite's limit of bound values
# The tables a link may name (the schema's CHECK), whose rows a link is alive while they exist.
LINKED_TABLES: tuple[str, ...] = (PerceptionPin.TABLE, Proposal.TABLE, AuditScore.TABLE)
_LIVE = " OR ".join(f"(record_table = '{table}' AND record_uuid IN (SELECT uuid FROM \"{table}\"))"
                    for table in LINKED_TABLES)


def _chunks(values: Sequence[str]) -> Iterable[tuple[str, tuple[str, ...]]]:
    """("?, ?, …", values) in pieces SQLite takes."""
    for start in range(0, len(values), _CHUNK):
        chunk = tuple(values[start:start + _CHUNK])
        yield ", ".join("?" * len(chunk)), chunk


def _listed(store: RecordReader, record_type, where: str, values: Iterable[str], before: tuple = ()) -> list:
    """Records of ``record_type`` matching ``where`` (with ``{}`` for the placeholders) for any of ``values``."""
    found: dict[str, object] = {}
    for marks, chunk in _chunks(list(dict.fromkeys(values))):
        for record in store.list(record_type, where.format(marks), (*before, *chunk)):
            found[record.uuid] = record
    return list(found.values())


def sheet_photo_count(store: RecordReader, owner_table: str, owner_uuids: Sequence[str]) -> int:
    """How many kept sheet photos the records ``owner_uuids`` of ``owner_table`` (groups, audit walks) hold:
    what a confirmation says their deletion takes along."""
    return sum(store.count(Attachment, f"owner_table = ? AND owner_uuid IN ({marks})", (owner_table, *chunk))
               for marks, chunk in _chunks(list(owner_uuids)))


def unlink_read_records_edits(store: RecordReader, deleted: Mapping[str, Iterable[str]], label: str,
                              photos: Iterable[str] = ()) -> list[Edit]:
    """The links of deleted records, and sheets left without a live link (see the module contract)."""
    links: dict[str, PaperSheetRecord] = {}
    for table, uuids in deleted.items():
        for link in _listed(store, PaperSheetRecord, "record_table = ? AND record_uuid IN ({})", uuids, (table,)):
            links[link.uuid] = link
    leaving: dict[str, set[str]] = {}
    for link in links.values():
        leaving.setdefault(link.sheet_uuid, set()).add(link.uuid)
    sheets: dict[str, PaperSheet] = {}
    for sheet_uuid, going in leaving.items():
        marks = ", ".join("?" * len(going))
        if store.count(PaperSheetRecord, f"sheet_uuid = ? AND uuid NOT IN ({marks}) AND ({_LIVE})",
                       (sheet_uuid, *going)) == 0:
            sheet = store.get(PaperSheet, sheet_uuid)
            if sheet is not None:
                sheets[sheet.uuid] = sheet
    for sheet in _listed(store, PaperSheet, "photo_uuid IN ({})", photos):
        sheets[sheet.uuid] = sheet
    for link in _listed(store, PaperSheetRecord, "sheet_uuid IN ({})", sheets):
        links[link.uuid] = link
    return ([DeleteRecord(store, PaperSheetRecord, uuid, label) for uuid in links]
            + [DeleteRecord(store, PaperSheet, uuid, label) for uuid in sheets])


def relink_edits(store: RecordReader, moved: Mapping[str, str], label: str) -> list[Edit]:
    """Links of replaced audit scores moved to their replacements (see the module contract)."""
    return [UpdateRecord(store, PaperSheetRecord, link.uuid, {"record_uuid": moved[link.record_uuid]}, label)
            for link in _listed(store, PaperSheetRecord, "record_table = ? AND record_uuid IN ({})", moved,
                                (AuditScore.TABLE,))]


def walk_sheets_edits(store: RecordReader, walk_uuid: str, score_uuids: Iterable[str], label: str) -> list[Edit]:
    """The walk's sheet photos, sheets and links, for the walk's deletion (see the module contract)."""
    photos = [photo.uuid for photo in store.list(Attachment, "owner_table = ? AND owner_uuid = ?",
                                                 (AuditWalk.TABLE, walk_uuid), with_geometry=False)]
    return (unlink_read_records_edits(store, {AuditScore.TABLE: score_uuids}, label, photos)
            + [DeleteRecord(store, Attachment, uuid, label) for uuid in photos])


def groups_sheets_edits(store: RecordReader, group_uuids: Sequence[str], label: str,
                        workshop_uuid: str | None = None) -> list[Edit]:
    """The groups' sheet photos deleted, their sheets left pointing at nothing gone (see the module contract)."""
    groups = set(group_uuids)
    photos = [photo.uuid for photo in _listed(store, Attachment, f"owner_table = '{Group.TABLE}' AND owner_uuid IN ({{}})",
                                               groups)]
    sheets = {sheet.uuid: sheet for sheet in _listed(store, PaperSheet, "group_uuid IN ({})", groups)}
    if workshop_uuid is not None:
        sheets.update((sheet.uuid, sheet) for sheet in store.list(PaperSheet, "workshop_uuid = ?", (workshop_uuid,)))
    sheets.update((sheet.uuid, sheet) for sheet in _listed(store, PaperSheet, "photo_uuid IN ({})", photos))
    audit = {link.sheet_uuid for link in _listed(store, PaperSheetRecord,
                                                 f"record_table = '{AuditScore.TABLE}' AND sheet_uuid IN ({{}})",
                                                 sheets)}
    edits: list[Edit] = []
    for sheet in sheets.values():
        changes: dict[str, object] = {}
        if sheet.group_uuid in groups:
            changes["group_uuid"] = ""
        if workshop_uuid is not None and sheet.workshop_uuid == workshop_uuid:
            changes["workshop_uuid"] = ""
        if sheet.photo_uuid in photos or (sheet.group_uuid in groups and sheet.uuid not in audit):
            changes.update(photo_uuid=None, photo_sha256="")
        if changes:
            edits.append(UpdateRecord(store, PaperSheet, sheet.uuid, changes, label))
    return edits + [DeleteRecord(store, Attachment, uuid, label) for uuid in photos]
