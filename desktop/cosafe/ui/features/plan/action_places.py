"""How the plan names the places an action is linked to, and text helpers the plan views share.

Contract: ``place_label(store, table, uuid)`` names one linked place for a list
("Proposal: Lights on Soko St", "Audit point 3 · Night walk", "Unsafe pin",
"Incident: theft, 2026-02-03"); a place removed since it was linked reads
"Removed proposal" (the link stays until someone removes it). ``REMOVED`` and
``LINKED_ALREADY`` hold each linkable table's sentences (marked; ``translate("Plan", …)``
where shown). ``when_text(action)`` and
``priority_text(priority, from_votes)`` are the plan's short forms of an action's
timeframe and priority. Only reads.
"""

from __future__ import annotations

from cosafe.core.i18n import QT_TRANSLATE_NOOP, arg, translate
from cosafe.core.records import Action, AuditPoint, AuditWalk, Incident, PerceptionPin, Proposal
from cosafe.core.vocabulary import FEELINGS, TIMEFRAMES, TIMES_OF_DAY, label_of
from cosafe.store.project_store import ProjectStore
from cosafe.ui.features.plan.words import Plan
from cosafe.ui.features.proposals.api import proposal_name

REMOVED = {"proposals": QT_TRANSLATE_NOOP("Plan", "Removed proposal"),
           "audit_points": QT_TRANSLATE_NOOP("Plan", "Removed audit point"),
           "perception_pins": QT_TRANSLATE_NOOP("Plan", "Removed perception pin"),
           "incidents": QT_TRANSLATE_NOOP("Plan", "Removed recorded incident")}
LINKED_ALREADY = {"proposals": QT_TRANSLATE_NOOP("Plan", "That proposal is linked already"),
                  "audit_points": QT_TRANSLATE_NOOP("Plan", "That audit point is linked already"),
                  "perception_pins": QT_TRANSLATE_NOOP("Plan", "That perception pin is linked already"),
                  "incidents": QT_TRANSLATE_NOOP("Plan", "That recorded incident is linked already")}
PIN_LABELS = {"safe": QT_TRANSLATE_NOOP("Plan", "Safe pin (%1)"), "unsafe": QT_TRANSLATE_NOOP("Plan", "Unsafe pin (%1)")}


def place_label(store: ProjectStore, table: str, uuid: str) -> str:
    removed = translate("Plan", REMOVED[table]) if table in REMOVED else ""
    if table == "proposals":
        proposal = store.get(Proposal, uuid)
        return arg(Plan.tr("Proposal: %1"), proposal_name(proposal)) if proposal else removed
    if table == "audit_points":
        point = store.get(AuditPoint, uuid)
        if point is None:
            return removed
        walk = store.get(AuditWalk, point.walk_uuid)
        return arg(Plan.tr("Audit point %1 · %2", "%1: its number; %2: its walk's title"), point.sequence,
                   walk.title if walk and walk.title else Plan.tr("untitled walk"))
    if table == "perception_pins":
        pin = store.get(PerceptionPin, uuid)
        if pin is None:
            return removed
        time = label_of(TIMES_OF_DAY, pin.time_of_day).lower()
        if pin.feeling in PIN_LABELS:
            return arg(translate("Plan", PIN_LABELS[pin.feeling]), time)
        return arg(Plan.tr("%1 pin (%2)", "%1: how people feel there; %2: the time of day"),
                   label_of(FEELINGS, pin.feeling), time)
    if table == "incidents":
        incident = store.get(Incident, uuid)
        if incident is None:
            return removed
        return arg(Plan.tr("Incident: %1", "%1: its category and date"),
                   ", ".join(part for part in (incident.category, incident.occurred_on or "") if part))
    return f"{table} {uuid[:8]}"  # a table this version does not link: its name as stored


def when_text(action: Action) -> str:
    """"Short term", "2026-03-01 → 2026-06-30", both, or "—"."""
    parts = []
    if action.timeframe:
        parts.append(label_of(TIMEFRAMES, action.timeframe))
    if action.starts_on or action.ends_on:
        parts.append(f"{action.starts_on or '…'} → {action.ends_on or '…'}")
    return ", ".join(parts) or "—"


def priority_text(priority: int | None, from_votes: bool) -> str:
    if priority is None:
        return Plan.tr("— (no votes yet)") if from_votes else "—"
    return arg(Plan.tr("%1 (votes)", "a priority taken from the votes"), priority) if from_votes else str(priority)
