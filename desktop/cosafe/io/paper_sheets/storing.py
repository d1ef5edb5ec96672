"""What a read sheet adds to the project: one undoable edit (no Qt).

Contract:
- ``sheet_edit(store, reading) -> Edit | None``: the sheet's dots as records of its group
  and workshop — "unsafe" and "safe" dots as perception pins of that feeling, "idea" dots
  as point proposals, pen lines ("line") and closed pen shapes ("area") as line and area
  proposals — in one ``EditGroup`` labelled as coming from paper sheet N; None
  when the sheet shows no dot. The proposals say in their description that they came from
  paper sheet N (their title is left for the group to give, as drawn proposals' is).
- ``check_sheet(store, identity)`` raises ``NotASheet`` (one translated line) for a sheet
  of another project, or whose workshop or group is no longer in the project.
"""

from __future__ import annotations

from shapely.geometry import LineString, Point, Polygon

from cosafe.core.edits import AddRecords, Edit, EditGroup
from cosafe.core.i18n import arg
from cosafe.core.records import Group, PerceptionPin, Proposal, Record, Workshop
from cosafe.io.paper_sheets.layout import SheetIdentity
from cosafe.io.paper_sheets.reading import NotASheet, SheetReading
from cosafe.io.paper_sheets.words import Sheets
from cosafe.store.project_store import ProjectStore


def check_sheet(store: ProjectStore, identity: SheetIdentity) -> Group:
    """The sheet's group, if the sheet belongs to this project (see the module contract)."""
    if identity.project != store.get_meta("project_uuid"):
        raise NotASheet(arg(Sheets.tr("This is a sheet of another project, not of %1"), store.name))
    group = store.get(Group, identity.group)
    if group is None or store.get(Workshop, identity.workshop) is None:
        raise NotASheet(arg(Sheets.tr("Sheet %1 is for a group this project no longer has"), identity.number))
    return group


def sheet_edit(store: ProjectStore, reading: SheetReading) -> Edit | None:
    """The records of a read sheet's dots, as one edit (see the module contract)."""
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
        if detection.meaning in ("safe", "unsafe"):
            pins.append(PerceptionPin(geom=where, workshop_uuid=identity.workshop, group_uuid=identity.group,
                                      feeling=detection.meaning, device_id=device))
        elif detection.meaning == "idea":
            ideas.append(Proposal(geom=where, workshop_uuid=identity.workshop, group_uuid=identity.group,
                                  description=arg(Sheets.tr("From paper sheet %1", "a proposal read from a "
                                                            "photo of a printed group map"), identity.number),
                                  device_id=device))
    label = arg(Sheets.tr("Read paper sheet %1 (%2)", "%1: the sheet's number, %2: the group"), identity.number,
                group.name)
    edits: list[Edit] = [AddRecords(records, label) for records in (pins, ideas) if records]
    return EditGroup(edits, label) if edits else None
