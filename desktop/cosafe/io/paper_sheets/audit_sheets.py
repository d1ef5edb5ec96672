"""Which audit sheets to print for a walk, and what is on them (no Qt).

Contract:
- ``choose_audit_sheets(store, walk_title, paper, points=None) -> list[PlannedAuditSheet]``:
  the walk called ``walk_title`` (the first made, if several are), its points numbered
  1…N — N is ``points`` if given, else the walk's highest recorded sequence, else
  ``DEFAULT_POINTS`` — split into sheets of ``points_per_sheet(paper)``, numbered 1….
  Each sheet carries the walk's criteria (its own criteria set's, retired ones left out, in
  order, labelled in the language in force: a report's, inside ``speaking``) and every
  point's place: a recorded point's own, else where ``core.audits.place_along`` puts its
  sequence of N on the route. A walk that does not exist, has no route, or whose set has
  no criteria (or more than fit on the paper) raises ``SheetsError`` with one translated line.
- ``audit_sheets_json(sheets) -> dict``: for ``--json``: each sheet's page and every box
  (mm from the page's top-left) with its point's sequence, its criterion (key, and
  "time_of_day" for the time-of-day ticks) and the score (0–3, or "day"/"dusk"/"night") it
  stands for.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from cosafe.core.audits import place_along, points_of, walk_criteria
from cosafe.core.criteria import criterion_good_means, criterion_label
from cosafe.core.i18n import arg
from cosafe.core.label_translations import translations_of
from cosafe.core.records import AuditWalk
from cosafe.io.paper_sheets.audit_layout import (TIME_ROW, AuditIdentity, AuditLayout, audit_layout_for,
                                                 criterion_tag, max_criteria, points_per_sheet)
from cosafe.io.paper_sheets.choice import SheetsError
from cosafe.io.paper_sheets.words import Sheets
from cosafe.store.project_store import ProjectStore

DEFAULT_POINTS = 12  # a walk with no point recorded yet: four A4 sheets of three
TIME_CRITERION = "time_of_day"  # what --json and the reader call the time-of-day row


@dataclass(frozen=True)
class SheetCriterion:
    uuid: str
    key: str
    label: str  # in the language in force
    good_means: str


@dataclass(frozen=True)
class PlannedAuditSheet:
    identity: AuditIdentity
    layout: AuditLayout
    walk_title: str
    project_name: str
    criteria: tuple[SheetCriterion, ...]
    route: tuple[tuple[float, float], ...]  # lon/lat
    places: dict[int, tuple[float, float]]  # every point of the walk (sequence → lon/lat), for the route map


def find_walk(store: ProjectStore, walk_title: str) -> AuditWalk:
    """The walk called ``walk_title`` (the first made), or SheetsError."""
    walks = store.list(AuditWalk, "title = ?", (walk_title,), order_by="created_at, uuid")
    if not walks:
        raise SheetsError(arg(Sheets.tr("No audit walk is called %1"), walk_title))
    return walks[0]


def choose_audit_sheets(store: ProjectStore, walk_title: str, paper: str,
                        points: int | None = None) -> list[PlannedAuditSheet]:
    """The audit sheets of a walk (see the module contract)."""
    walk = find_walk(store, walk_title)
    if walk.geom is None or walk.geom.is_empty:
        raise SheetsError(arg(Sheets.tr("The audit walk %1 has no route: draw its route first"), walk.title))
    criteria = walk_criteria(store, walk)
    if not criteria:
        raise SheetsError(arg(Sheets.tr("The audit walk %1 has no criteria to score"), walk.title))
    if len(criteria) > max_criteria(paper):
        raise SheetsError(arg(Sheets.tr("The audit walk %1 has %2 criteria: at most %3 fit on a sheet of this "
                                        "paper"), walk.title, len(criteria), max_criteria(paper)))
    recorded = points_of(store, walk.uuid)
    total = points or max((p.sequence for p in recorded), default=0) or DEFAULT_POINTS
    places: dict[int, tuple[float, float]] = {}
    for sequence in range(1, total + 1):
        placed = place_along(walk.geom, sequence, total)
        places[sequence] = (placed.x, placed.y)
    for point in recorded:
        if point.geom is not None and not point.geom.is_empty and point.sequence in places:
            places[point.sequence] = (point.geom.x, point.geom.y)
    own = translations_of(store, "criteria")
    shown = tuple(SheetCriterion(c.uuid, c.key, criterion_label(c.key, c.label, own.get(c.uuid, {}).get("label")),
                                 criterion_good_means(c.key, c.good_means, own.get(c.uuid, {}).get("good_means")))
                  for c in criteria)
    per_sheet = points_per_sheet(paper)
    project = store.get_meta("project_uuid") or ""
    route = tuple((x, y) for x, y, *_ in walk.geom.coords)
    sheets = []
    for number, start in enumerate(range(1, total + 1, per_sheet), start=1):
        sequences = tuple(range(start, min(start + per_sheet, total + 1)))
        identity = AuditIdentity(project, walk.uuid, number, paper, total, sequences,
                                 tuple(criterion_tag(c.uuid) for c in criteria))
        sheets.append(PlannedAuditSheet(identity, audit_layout_for(paper, len(sequences), len(criteria)),
                                        walk.title, store.name, shown, route, places))
    return sheets


def audit_sheets_json(sheets: Sequence[PlannedAuditSheet]) -> dict[str, Any]:
    """The ``--json`` structure (see the module contract)."""
    result = []
    for sheet in sheets:
        boxes = []
        for box in sheet.layout.boxes:
            criterion = TIME_CRITERION if box.row == TIME_ROW else sheet.criteria[box.row].key
            boxes.append({"point": sheet.identity.sequences[box.point], "criterion": criterion, "score": box.value,
                          **dict(zip(("left", "top", "width", "height"), (round(v, 3) for v in box.box)))})
        result.append({"id": sheet.identity.number, "walk": sheet.walk_title, "page_number": sheet.identity.number,
                       "page": {"width_mm": sheet.layout.page[0], "height_mm": sheet.layout.page[1]},
                       "points": list(sheet.identity.sequences),
                       "criteria": [{"key": c.key, "label": c.label} for c in sheet.criteria],
                       "boxes": boxes})
    return {"sheets": result}
