"""How the plan names the places an action is linked to, and text helpers the plan views share.

Contract: ``place_label(store, table, uuid)`` names one linked place for a list
("Proposal: Lights on Soko St", "Audit point 3 · Night walk", "Unsafe pin",
"Incident: theft, 2026-02-03"); a place removed since it was linked reads
"Removed proposal" (the link stays until someone removes it). ``PLACE_KINDS``
gives each linkable table its singular name. ``when_text(action)`` and
``priority_text(priority, from_votes)`` are the plan's short forms of an action's
timeframe and priority. Only reads.
"""

from __future__ import annotations

from cosafe.core.records import Action, AuditPoint, AuditWalk, Incident, PerceptionPin, Proposal
from cosafe.core.vocabulary import TIMEFRAMES, label_of
from cosafe.store.project_store import ProjectStore
from cosafe.ui.features.proposals.api import proposal_name

PLACE_KINDS = {"proposals": "proposal", "audit_points": "audit point", "perception_pins": "perception pin",
               "incidents": "recorded incident"}


def place_label(store: ProjectStore, table: str, uuid: str) -> str:
    kind = PLACE_KINDS.get(table, table)
    if table == "proposals":
        proposal = store.get(Proposal, uuid)
        return f"Proposal: {proposal_name(proposal)}" if proposal else f"Removed {kind}"
    if table == "audit_points":
        point = store.get(AuditPoint, uuid)
        if point is None:
            return f"Removed {kind}"
        walk = store.get(AuditWalk, point.walk_uuid)
        return f"Audit point {point.sequence} · {walk.title if walk and walk.title else 'untitled walk'}"
    if table == "perception_pins":
        pin = store.get(PerceptionPin, uuid)
        if pin is None:
            return f"Removed {kind}"
        return f"{pin.feeling.capitalize()} pin ({pin.time_of_day})"
    if table == "incidents":
        incident = store.get(Incident, uuid)
        if incident is None:
            return f"Removed {kind}"
        return "Incident: " + ", ".join(part for part in (incident.category, incident.occurred_on or "") if part)
    return f"{kind} {uuid[:8]}"


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
        return "— (no votes yet)" if from_votes else "—"
    return f"{priority} (votes)" if from_votes else str(priority)
