"""What a read sheet adds to the project: one undoable edit (no Qt).

Contract:
- ``sheet_edit(store, reading, photo_sha256="", photo_uuid=None, notes=None) -> Edit | None``: the sheet's
  dots as records of its group and workshop — "unsafe" and "safe" dots as perception pins of
  that feeling, "idea" dots as point proposals, pen lines ("line") and closed pen shapes
  ("area") as line and area proposals — in one ``EditGroup`` labelled as coming from paper
  sheet N; None when the sheet shows no dot. The same edit writes the provenance (schema
  v8): a ``PaperSheet`` (number, workshop, group, the photo's SHA-256 and the attachment
  keeping it, when read) and a ``PaperSheetRecord`` per record, so undo takes them away
  together. The proposals also say in their description that they came from paper sheet N
  (their title is left for the group to give, as drawn proposals' is).
  ``notes`` (``notes.Notes``: texts by number) gives the numbered notes' texts: a dot with a
  number (``Detection.note``) stores its note as ``notes.py`` says (a pin's approved story, a
  proposal's description; "Note N on paper sheet S" when no text was given).
- ``photo_digest(path)``: the SHA-256 (hex) of a photo file as given, what tells a photo
  read twice; ``earlier_text(store, reading, digest)``: "" when neither this photo nor this
  sheet was read before, else one translated line saying when (``--again`` reads it once more).
- ``check_sheet(store, identity)`` raises ``NotASheet`` (one translated line) for a sheet
  of another project, or whose workshop or group is no longer in the project.
"""

from __future__ import annotations

import hashlib

from shapely.geometry import LineString, Point, Polygon

from cosafe.core.edits import AddRecord, AddRecords, Edit, EditGroup
from cosafe.core.formats import format_long_date
from cosafe.core.i18n import arg
from cosafe.core.records import Group, PaperSheet, PaperSheetRecord, PerceptionPin, Proposal, Record, Workshop
from cosafe.core.stories import APPROVED
from cosafe.io.paper_sheets.layout import SheetIdentity
from cosafe.io.paper_sheets.notes import Notes, note_text, pin_story, proposal_description
from cosafe.io.paper_sheets.reading import NotASheet, SheetReading
from cosafe.io.paper_sheets.words import Sheets
from cosafe.store.project_store import ProjectStore
from cosafe.store.queries.paper_sheets import earlier_reading


def check_sheet(store: ProjectStore, identity: SheetIdentity) -> Group:
    """The sheet's group, if the sheet belongs to this project (see the module contract)."""
    if identity.project != store.get_meta("project_uuid"):
        raise NotASheet(arg(Sheets.tr("This is a sheet of another project, not of %1"), store.name))
    group = store.get(Group, identity.group)
    if group is None or store.get(Workshop, identity.workshop) is None:
        raise NotASheet(arg(Sheets.tr("Sheet %1 is for a group this project no longer has"), identity.number))
    return group


def photo_digest(path: str) -> str:
    """The SHA-256 of the photo file ``path`` as given, in hex (see the module contract)."""
    digest = hashlib.sha256()
    with open(path, "rb") as photo:
        for block in iter(lambda: photo.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def earlier_text(store: ProjectStore, reading: SheetReading, digest: str) -> str:
    """Why reading this photo again may add its dots twice, or "" (see the module contract)."""
    identity = reading.identity
    return read_before_text(earlier_reading(store, digest, identity.group, identity.number), digest,
                            Sheets.tr("Sheet %1 of this group was read on %2", "%1: the sheet's number, %2: a date"))


def read_before_text(earlier: PaperSheet | None, digest: str, same_sheet: str) -> str:
    """What an earlier reading was, or "" for none: "This photo was read on DATE" when its photo had
    ``digest``, else ``same_sheet`` (a translated text: %1 the sheet's number, %2 the date)."""
    if earlier is None:
        return ""
    when = format_long_date(earlier.read_at[:10])
    if digest and earlier.photo_sha256 == digest:
        return arg(Sheets.tr("This photo was read on %1"), when)
    return arg(same_sheet, earlier.sheet_number, when)


def sheet_edit(store: ProjectStore, reading: SheetReading, photo_sha256: str = "",
               photo_uuid: str | None = None, notes: Notes | None = None) -> Edit | None:
    """The records of a read sheet's dots and where they came from, as one edit (see the module contract)."""
    identity = reading.identity
    group = check_sheet(store, identity)
    device = store.get_meta("device_id") or ""
    pins: list[Record] = []
    ideas: list[Record] = []
    for detection in reading.detections:
        if detection.kind == "line" and len(detection.coordinates) >= 2:
            where = LineString(detection.coordinates)
        elif detection.kind == "area" and len(detection.coordinates) >= 3:
            where = Polygon(detection.coordinates)
        else:
            where = Point(detection.lon, detection.lat)
        text = note_text(notes, identity.number, detection.note) if detection.note is not None else ""
        if detection.meaning in ("safe", "unsafe"):
            pin = PerceptionPin(geom=where, workshop_uuid=identity.workshop, group_uuid=identity.group,
                                feeling=detection.meaning, device_id=device)
            if detection.note is not None:
                pin.story, pin.story_review = pin_story(text, identity.number, detection.note), APPROVED
            pins.append(pin)
        elif detection.meaning == "idea":
            description = (proposal_description(text, identity.number, detection.note)
                           if detection.note is not None else
                           arg(Sheets.tr("From paper sheet %1", "a proposal read from a photo of a printed group "
                                         "map"), identity.number))
            ideas.append(Proposal(geom=where, workshop_uuid=identity.workshop, group_uuid=identity.group,
                                  description=description, device_id=device))
    label = arg(Sheets.tr("Read paper sheet %1 (%2)", "%1: the sheet's number, %2: the group"), identity.number,
                group.name)
    edits: list[Edit] = [AddRecords(records, label) for records in (pins, ideas) if records]
    if not edits:
        return None
    sheet = PaperSheet(workshop_uuid=identity.workshop, group_uuid=identity.group, sheet_number=identity.number,
                       photo_uuid=photo_uuid, photo_sha256=photo_sha256, device_id=device)
    links = [PaperSheetRecord(sheet_uuid=sheet.uuid, record_table=record.TABLE, record_uuid=record.uuid,
                              device_id=device) for record in (*pins, *ideas)]
    edits += [AddRecord(sheet, label), AddRecords(links, label)]
    return EditGroup(edits, label)
