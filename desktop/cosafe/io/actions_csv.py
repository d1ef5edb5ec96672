"""The action plan as one spreadsheet: one row per action, in priority order.

Contract: ``write_actions_csv(store, path, public=True)`` writes UTF-8 CSV with the
columns of ``COLUMNS``, headed in the reader's language (``HEADINGS``: "Priority",
"Prioridad"; a report written in the project's report language) — names of the responsible and supporting partners (never a
contact), linked places as readable labels with their lat/lon in ``locations`` (same
order, "; "-separated), vocabulary labels rather than keys, the priority the plan
shows (``core.actions.effective_priorities``) and who set it, the baseline as typed
and the one computed from audit scores (``store.plan_queries``). Rows go by priority
(unranked last), then in the order the actions were made. ``public=True`` (the
default: the spreadsheet is for partners) snaps linked perception pins' and incidents'
locations to the ``grid_m`` grid (as the public GIS export does); ``public=False``
gives their exact places. Costs are plain numbers a spreadsheet can add up; when the
project has a currency, their column's header names it: "Cost estimate (KES)"
(``header(store)``); ``priority_set_by`` says "votes" or "hand" in the reader's language. Written to a temporary file and renamed: a failure leaves no half
file, and raises ExportError with a one-line reason. Returns the number of rows.
"""

from __future__ import annotations

import contextlib
import csv
import os

from cosafe.core.i18n import QT_TRANSLATE_NOOP, arg, translate
from cosafe.core.actions import effective_priorities, link_label, links_of, partners_of
from cosafe.core.records import RECORD_TYPES_BY_TABLE, Action, Stakeholder
from cosafe.core.vocabulary import ACTION_STATUSES, CPTED_PRINCIPLES, PREVENTION_APPROACHES, TIMEFRAMES, label_of
from cosafe.core.privacy import snap_to_grid
from cosafe.core.file_errors import os_reason
from cosafe.io.export import DEFAULT_GRID_M, SNAPPED_TABLES, ExportError
from cosafe.io.words import ActionsSheet, Export
from cosafe.store.private_files import keep_private
from cosafe.store.queries.plan import baseline_safety_scores

COLUMNS = (
    "priority", "priority_set_by", "title", "description", "responsible_partner", "supporting_partners",
    "linked_places", "locations", "cpted_principle", "prevention_approach", "timeframe", "starts_on", "ends_on",
    "cost_estimate", "indicator", "baseline", "computed_baseline", "target", "status",
)
# The header people read in their spreadsheet, one per column of COLUMNS.
HEADINGS = {
    "priority": QT_TRANSLATE_NOOP("ActionsSheet", "Priority"),
    "priority_set_by": QT_TRANSLATE_NOOP("ActionsSheet", "Priority set by"),
    "title": QT_TRANSLATE_NOOP("ActionsSheet", "Action"),
    "description": QT_TRANSLATE_NOOP("ActionsSheet", "Description"),
    "responsible_partner": QT_TRANSLATE_NOOP("ActionsSheet", "Responsible partner"),
    "supporting_partners": QT_TRANSLATE_NOOP("ActionsSheet", "Supporting partners"),
    "linked_places": QT_TRANSLATE_NOOP("ActionsSheet", "Linked places"),
    "locations": QT_TRANSLATE_NOOP("ActionsSheet", "Locations (lat,lon)"),
    "cpted_principle": QT_TRANSLATE_NOOP("ActionsSheet", "CPTED principle"),
    "prevention_approach": QT_TRANSLATE_NOOP("ActionsSheet", "Prevention approach"),
    "timeframe": QT_TRANSLATE_NOOP("ActionsSheet", "Timeframe"),
    "starts_on": QT_TRANSLATE_NOOP("ActionsSheet", "Starts on"),
    "ends_on": QT_TRANSLATE_NOOP("ActionsSheet", "Ends on"),
    "cost_estimate": QT_TRANSLATE_NOOP("ActionsSheet", "Cost estimate"),
    "indicator": QT_TRANSLATE_NOOP("ActionsSheet", "Indicator"),
    "baseline": QT_TRANSLATE_NOOP("ActionsSheet", "Baseline"),
    "computed_baseline": QT_TRANSLATE_NOOP("ActionsSheet", "Baseline from the audit scores"),
    "target": QT_TRANSLATE_NOOP("ActionsSheet", "Target"),
    "status": QT_TRANSLATE_NOOP("ActionsSheet", "Status"),
}
SET_BY = {True: QT_TRANSLATE_NOOP("ActionsSheet", "votes"), False: QT_TRANSLATE_NOOP("ActionsSheet", "hand")}


def _location(store, table: str, uuid: str, public: bool, grid_m: float) -> str:
    record_type = RECORD_TYPES_BY_TABLE.get(table)
    record = store.get(record_type, uuid) if record_type is not None and record_type.GEOMETRY_TYPE else None
    geometry = getattr(record, "geom", None)
    if geometry is None or geometry.is_empty:
        return ""
    point = geometry if geometry.geom_type == "Point" else geometry.representative_point()
    lon, lat = point.x, point.y
    if public and table in SNAPPED_TABLES:
        lons, lats = snap_to_grid([lon], [lat], grid_m)
        lon, lat = float(lons[0]), float(lats[0])
    return f"{lat:.5f},{lon:.5f}"


def header(store) -> list[str]:
    """The header row: ``HEADINGS`` in the reader's language, the cost's with the project's currency if it has one."""
    currency = store.currency
    names = [translate("ActionsSheet", HEADINGS[column]) for column in COLUMNS]
    return [arg(ActionsSheet.tr("%1 (%2)", "a column's name and its currency: “Cost estimate (KES)”"), name, currency) if column == "cost_estimate" and currency else name
            for column, name in zip(COLUMNS, names)]


def _cost(value: float | None) -> str:
    if value is None:
        return ""
    return f"{value:.0f}" if float(value).is_integer() else f"{value:.2f}"


def action_rows(store, public: bool = False, grid_m: float = DEFAULT_GRID_M) -> list[dict[str, str]]:
    """The rows ``write_actions_csv`` writes, as dicts keyed by ``COLUMNS``."""
    actions = store.list(Action)
    priorities = effective_priorities(store)
    baselines = baseline_safety_scores(store)
    order = sorted(range(len(actions)), key=lambda i: (priorities[actions[i].uuid] is None,
                                                        priorities[actions[i].uuid] or 0, i))
    rows = []
    for action in (actions[i] for i in order):
        responsible = store.get(Stakeholder, action.responsible_uuid) if action.responsible_uuid else None
        links = links_of(store, action.uuid)
        priority = priorities[action.uuid]
        rows.append({
            "priority": "" if priority is None else str(priority),
            "priority_set_by": translate("ActionsSheet", SET_BY[bool(action.priority_from_votes)]),
            "title": action.title, "description": action.description,
            "responsible_partner": responsible.name if responsible else "",
            "supporting_partners": "; ".join(s.name for s in partners_of(store, action.uuid)),
            "linked_places": "; ".join(link_label(store, link) for link in links),
            "locations": "; ".join(_location(store, l.target_table, l.target_uuid, public, grid_m) for l in links),
            "cpted_principle": label_of(CPTED_PRINCIPLES, action.cpted_principle),
            "prevention_approach": label_of(PREVENTION_APPROACHES, action.prevention_approach),
            "timeframe": label_of(TIMEFRAMES, action.timeframe),
            "starts_on": action.starts_on or "", "ends_on": action.ends_on or "",
            "cost_estimate": _cost(action.cost_estimate), "indicator": action.indicator,
            "baseline": action.baseline, "computed_baseline": baselines[action.uuid].text,
            "target": action.target, "status": label_of(ACTION_STATUSES, action.status),
        })
    return rows


def write_actions_csv(store, path: str, public: bool = True, grid_m: float = DEFAULT_GRID_M) -> int:
    """Write the action plan CSV to ``path``; return how many actions it lists."""
    if public and not grid_m > 0:
        raise ExportError(arg(Export.tr("The blur grid must be more than 0 m, not %1"), grid_m))
    rows = action_rows(store, public, grid_m)
    temporary = f"{path}.part"
    try:
        with open(temporary, "w", newline="", encoding="utf-8") as handle:
            csv.writer(handle).writerow(header(store))
            csv.DictWriter(handle, fieldnames=COLUMNS).writerows(rows)
        keep_private(temporary)
        os.replace(temporary, path)
    except OSError as error:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise ExportError(arg(Export.tr("The action plan was not written: %1"), os_reason(error))) from None
    return len(rows)
