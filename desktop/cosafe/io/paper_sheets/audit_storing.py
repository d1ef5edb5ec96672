"""What a read audit sheet adds to the project: the ticked scores of its walk's points, one undoable edit (no Qt).

Contract:
- ``check_audit_sheet(store, identity) -> AuditWalk``: the sheet's walk; ``NotASheet`` (one
  translated line) for a sheet of another project or of a walk the project no longer has.
- ``criteria_by_tag(store) -> dict``: tag (``audit_layout.criterion_tag``) → Criterion, over
  every criterion of the project (a sheet printed before its set was versioned still names
  the criteria its boxes mean).
- ``audit_sheet_edit(store, reading, ticks=None) -> Edit | None``: the scores of ``ticks``
  (default: the reading's ticks that are sure, i.e. not flagged) that have a score, stored
  on the walk's points by ``core.audits.save_point_edit`` — an existing point with the tick's
  sequence number keeps its comment, checklist answers, photos and any other scores, the
  sheet's ticks replacing the scores of the same criteria; a point the walk lacks is made
  at its printed place (``core.audits.place_along`` of its sequence among the sheet's
  ``total``). All of it is ONE ``EditGroup`` labelled as read from audit sheet N; None when
  no tick has a score. Day/night ticks are not stored (an audit point has no time of its
  own; the walk's time of day stands for its points) and ticks naming a criterion the
  project does not have are left out.
"""

from __future__ import annotations

from collections.abc import Sequence

from cosafe.core.audits import ChecklistEntry, place_along, points_of, save_point_edit
from cosafe.core.edits import Edit, EditGroup
from cosafe.core.i18n import arg
from cosafe.core.records import AuditScore, AuditWalk, ChecklistAnswer, Criterion
from cosafe.io.paper_sheets.audit_layout import AuditIdentity, criterion_tag
from cosafe.io.paper_sheets.audit_reading import AuditReading, Tick
from cosafe.io.paper_sheets.audit_sheets import TIME_CRITERION
from cosafe.io.paper_sheets.reading import NotASheet
from cosafe.io.paper_sheets.words import Sheets
from cosafe.store.project_store import ProjectStore


def check_audit_sheet(store: ProjectStore, identity: AuditIdentity) -> AuditWalk:
    """The sheet's walk, if the sheet belongs to this project (see the module contract)."""
    if identity.project != store.get_meta("project_uuid"):
        raise NotASheet(arg(Sheets.tr("This is a sheet of another project, not of %1"), store.name))
    walk = store.get(AuditWalk, identity.walk)
    if walk is None:
        raise NotASheet(arg(Sheets.tr("Audit sheet %1 is for an audit walk this project no longer has"),
                            identity.number))
    return walk


def criteria_by_tag(store: ProjectStore) -> dict[str, Criterion]:
    """Every criterion of the project by its QR code tag."""
    return {criterion_tag(c.uuid): c for c in store.list(Criterion)}


def audit_sheet_edit(store: ProjectStore, reading: AuditReading, ticks: Sequence[Tick] | None = None) -> Edit | None:
    """The ticked scores of a read audit sheet as one edit (see the module contract)."""
    identity = reading.identity
    walk = check_audit_sheet(store, identity)
    chosen = [t for t in reading.ticks if not t.flags] if ticks is None else list(ticks)
    criteria = criteria_by_tag(store)
    by_point: dict[int, dict[str, int]] = {}
    for tick in chosen:
        if tick.criterion == TIME_CRITERION or not isinstance(tick.score, int) or tick.criterion not in criteria:
            continue
        by_point.setdefault(tick.point, {})[criteria[tick.criterion].uuid] = tick.score
    if not by_point:
        return None
    existing = {point.sequence: point for point in points_of(store, walk.uuid)}
    edits: list[Edit] = []
    for sequence, scores in sorted(by_point.items()):
        point = existing.get(sequence)
        if point is None:
            where = place_along(walk.geom, sequence, identity.total)
            edits.append(save_point_edit(store, walk, sequence, scores, "", [], where))
            continue
        kept: dict[str, int | None] = {s.criterion_uuid: s.score
                                       for s in store.list(AuditScore, "point_uuid = ?", (point.uuid,))}
        kept.update(scores)
        answers = [ChecklistEntry(a.question, a.answer, a.recommendation)
                   for a in store.list(ChecklistAnswer, "point_uuid = ?", (point.uuid,))]
        edits.append(save_point_edit(store, walk, sequence, kept, point.comment, answers, None,
                                     point_uuid=point.uuid))
    label = arg(Sheets.tr("Read audit sheet %1 (%2)", "%1: the sheet's number, %2: the audit walk"),
                identity.number, walk.title)
    return EditGroup(edits, label)
