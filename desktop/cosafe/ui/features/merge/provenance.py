"""Which laptop and which group made a record: the "Made on" line of the Identify panel and Proposal Details.

Contract (no widgets): ``made_on_text(store, record, names=None)`` returns
"Made on: Field team 2 · Women's group" — the name people gave the laptop in the
record's ``device_id`` (``store.merge_log.device_names``; "this laptop" for the open
project's own device when it has no name, "an unnamed laptop" otherwise) and, when
the record belongs to a group (its own ``group_uuid``, a pin's participant's group,
an audit point's walk's group), that group's name. ``paper_text(store, table, uuid)`` is
"From paper sheet 3 (read on 7 December 2026)" for a record read from a photo of a printed
group map or audit sheet (``store.queries.paper_sheets``; for an audit point, the latest sheet
any of its scores was read from), else "". ``record_origin(store, table, uuid)``
gives both, on two lines, for a record named by table and UUID, or returns "" when there
is no such record. Only reads.
"""

from __future__ import annotations

from cosafe.core.formats import format_long_date
from cosafe.core.i18n import arg
from cosafe.core.records import AuditPoint, AuditWalk, Group, Participant, Record
from cosafe.store.merge.log import device_names
from cosafe.store.merge.rows import MERGED_BY_TABLE
from cosafe.store.queries.paper_sheets import sheet_of_audit_point, sheet_of_record
from cosafe.ui.features.merge.words import Provenance


def laptop_name(store, device_id: str, names: dict[str, str] | None = None) -> str:
    """The name of the laptop ``device_id``, in words a person can read."""
    names = device_names(store) if names is None else names
    if device_id in names and names[device_id].strip():
        return names[device_id]
    if device_id and device_id == store.device_id:
        return Provenance.tr("this laptop")
    return Provenance.tr("an unnamed laptop")


def group_name(store, record: Record) -> str:
    """The name of the group that made ``record``, or "" when it has none."""
    group_uuid = getattr(record, "group_uuid", None)
    if not group_uuid and isinstance(record, AuditPoint):
        walk = store.get(AuditWalk, record.walk_uuid)
        group_uuid = walk.group_uuid if walk is not None else None
    if not group_uuid and getattr(record, "participant_uuid", None):
        person = store.get(Participant, record.participant_uuid)
        group_uuid = person.group_uuid if person is not None else None
    group = store.get(Group, group_uuid) if group_uuid else None
    return group.name if group is not None and group.name else ""


def made_on_text(store, record: Record, names: dict[str, str] | None = None) -> str:
    """ "Made on: <laptop> · <group>" (the group only when the record has one)."""
    laptop = laptop_name(store, record.device_id, names)
    group = group_name(store, record)
    if group:
        return arg(Provenance.tr("Made on: %1 · %2", "%1: a laptop, %2: a group"), laptop, group)
    return arg(Provenance.tr("Made on: %1", "%1: a laptop"), laptop)


def record_origin(store, table: str, uuid: str) -> str:
    """``made_on_text`` of the record ``uuid`` of ``table``; "" if there is none."""
    record_type = MERGED_BY_TABLE.get(table)
    record = store.get(record_type, uuid) if record_type is not None and uuid else None
    if record is None:
        return ""
    return "\n".join(line for line in (made_on_text(store, record), paper_text(store, table, uuid)) if line)


def paper_text(store, table: str, uuid: str) -> str:
    """ "From paper sheet N (read on DATE)" for a record read from paper, else ""."""
    sheet = (sheet_of_audit_point(store, uuid) if table == AuditPoint.TABLE
             else sheet_of_record(store, table, uuid))
    if sheet is None:
        return ""
    return arg(Provenance.tr("From paper sheet %1 (read on %2)", "%1: the sheet's number, %2: a date"),
               sheet.sheet_number, format_long_date(sheet.read_at[:10]))
