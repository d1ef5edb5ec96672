"""The action plan without Qt: stakeholder and action edits, vote priorities, partners and links.

Contract:
- Every function named ``*_edit`` returns ONE core Edit (an EditGroup when several rows
  change), so the UI makes it one undo step in one transaction; apply then revert
  leaves the project exactly as before. Nothing is written until the edit is applied.
- Bad values raise ValueError with a one-line message before any edit is built:
  influence/interest outside 1–5, a key not in its vocabulary (sector, CPTED principle,
  prevention approach, timeframe, status), a date that is not YYYY-MM-DD, an end date
  before the start date, a negative cost, a priority below 1, an empty title or name,
  a link to a table that is not a place. An unknown action/stakeholder/proposal uuid
  raises KeyError.
- An action's *supporting* partners are ActionPartner rows; its responsible partner is
  ``Action.responsible_uuid`` and is never also listed as supporting.
- ``vote_priorities`` ranks actions that link at least one proposal by the dots on
  their linked proposals (summed; each proposal's dots from ``core.voting.tally``):
  1 = most dots, equal dots share a rank (1, 2, 2, 4). Actions without a linked
  proposal are absent. ``effective_priorities`` gives what the plan shows: the vote
  rank when ``priority_from_votes``, else the priority set by hand.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

from cosafe.core.edits import AddRecord, DeleteRecord, Edit, EditGroup, UpdateRecord
from cosafe.core.i18n import QT_TRANSLATE_NOOP, arg, translate
from cosafe.core.records import (
    Action, ActionLink, ActionPartner, AuditPoint, AuditWalk, Incident, PerceptionPin, Proposal, Stakeholder, Vote,
)
from cosafe.core.vocabulary import (
    ACTION_STATUSES, CPTED_PRINCIPLES, FEELINGS, PREVENTION_APPROACHES, STAKEHOLDER_SECTORS, TIMEFRAMES,
    TIMES_OF_DAY, Vocabulary, keys_of, label_of,
)
from cosafe.core.voting import tally
from cosafe.core.words import Edits, Plan

# Tables an action can be linked to: places on the map.
LINKABLE_TABLES: tuple[str, ...] = ("proposals", "audit_points", "perception_pins", "incidents")

# The usual UN 2002 approach of a proposal's intervention type (a starting point people can change).
_APPROACH_OF_INTERVENTION = {"youth_programme": "social_development", "community_watch": "locally_based",
                             "clean_up": "locally_based", "gun_free_zone": "locally_based"}


def _check_key(vocabulary: Vocabulary, key: str | None, problem: str, optional: bool = True) -> None:
    """``problem`` (marked, in context Plan) has %1 for the key and %2 for the keys expected."""
    if key is None and optional:
        return
    if key not in keys_of(vocabulary):
        raise ValueError(arg(translate("Plan", problem), repr(key), ", ".join(keys_of(vocabulary))))


def _parse_date(text: str | None, problem: str) -> date | None:
    """``problem`` (marked, in context Plan) has %1 for the text that is no date."""
    if text in (None, ""):
        return None
    try:
        return date.fromisoformat(str(text))
    except ValueError:
        raise ValueError(arg(translate("Plan", problem), repr(text))) from None


def validate_stakeholder(stakeholder: Stakeholder) -> None:
    """Raise ValueError (one line) if the stakeholder cannot be saved as it is."""
    if not stakeholder.name.strip():
        raise ValueError(Plan.tr("A stakeholder needs a name"))
    _check_key(STAKEHOLDER_SECTORS, stakeholder.sector,
               QT_TRANSLATE_NOOP("Plan", "Unknown sector: %1 (expected one of %2)"), optional=False)
    for what, problem in (("influence", QT_TRANSLATE_NOOP("Plan", "The influence must be a whole number from 1 to 5, "
                                                                  "not %1")),
                          ("interest", QT_TRANSLATE_NOOP("Plan", "The interest must be a whole number from 1 to 5, "
                                                                 "not %1"))):
        value = getattr(stakeholder, what)
        if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= 5:
            raise ValueError(arg(translate("Plan", problem), repr(value)))


def validate_action(action: Action) -> None:
    """Raise ValueError (one line) if the action cannot be saved as it is."""
    if not action.title.strip():
        raise ValueError(Plan.tr("An action needs a title"))
    _check_key(CPTED_PRINCIPLES, action.cpted_principle,
               QT_TRANSLATE_NOOP("Plan", "Unknown CPTED principle: %1 (expected one of %2)"))
    _check_key(PREVENTION_APPROACHES, action.prevention_approach,
               QT_TRANSLATE_NOOP("Plan", "Unknown prevention approach: %1 (expected one of %2)"))
    _check_key(TIMEFRAMES, action.timeframe,
               QT_TRANSLATE_NOOP("Plan", "Unknown timeframe: %1 (expected one of %2)"))
    _check_key(ACTION_STATUSES, action.status,
               QT_TRANSLATE_NOOP("Plan", "Unknown action status: %1 (expected one of %2)"), optional=False)
    starts = _parse_date(action.starts_on, QT_TRANSLATE_NOOP("Plan", "The start date must be a date like 2026-03-17, "
                                                                     "not %1"))
    ends = _parse_date(action.ends_on, QT_TRANSLATE_NOOP("Plan", "The end date must be a date like 2026-03-17, "
                                                                 "not %1"))
    if starts and ends and ends < starts:
        raise ValueError(arg(Plan.tr("The end date %1 is before the start date %2"), action.ends_on, action.starts_on))
    if action.cost_estimate is not None and not action.cost_estimate >= 0:  # NaN fails too
        raise ValueError(arg(Plan.tr("The estimated cost cannot be negative (%1)"), action.cost_estimate))
    if action.priority is not None and action.priority < 1:
        raise ValueError(arg(Plan.tr("A priority is 1 (highest) or more, not %1"), action.priority))


def _check_links(links: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    result = list(dict.fromkeys((str(table), str(uuid)) for table, uuid in links))
    for table, _uuid in result:
        if table not in LINKABLE_TABLES:
            raise ValueError(f"An action can be linked to {', '.join(LINKABLE_TABLES)}, not {table!r}")
    return result


def _check_fields(record_type, changes: Mapping[str, Any]) -> None:
    editable = {f.name for f in dataclasses.fields(record_type)} - {"uuid", "created_at", "updated_at", "device_id"}
    unknown = set(changes) - editable
    if unknown:
        raise ValueError(f"Not an editable {record_type.LABEL.lower().rstrip('s')} field: {', '.join(sorted(unknown))}")


def _supporting(partner_uuids: Iterable[str], responsible_uuid: str | None) -> list[str]:
    return [uuid for uuid in dict.fromkeys(partner_uuids) if uuid != responsible_uuid]


# ---- stakeholders -------------------------------------------------------------------------------

def new_stakeholder_edit(stakeholder: Stakeholder) -> Edit:
    validate_stakeholder(stakeholder)
    return AddRecord(stakeholder, label=arg(Edits.tr("Add stakeholder “%1”"), stakeholder.name))


def update_stakeholder_edit(store, stakeholder_uuid: str, changes: Mapping[str, Any]) -> Edit | None:
    """An edit of the fields that really change, or None if none does."""
    old = _require(store, Stakeholder, stakeholder_uuid)
    _check_fields(Stakeholder, changes)
    changed = {k: v for k, v in changes.items() if getattr(old, k) != v}
    if not changed:
        return None
    validate_stakeholder(dataclasses.replace(old, **changed))
    return UpdateRecord(store, Stakeholder, stakeholder_uuid, changed, label=arg(Edits.tr("Edit stakeholder “%1”"), old.name))


def delete_stakeholder_edit(store, stakeholder_uuid: str) -> Edit:
    """Remove a stakeholder; actions it was responsible for keep going without one, its partner rows go."""
    old = _require(store, Stakeholder, stakeholder_uuid)
    label = arg(Edits.tr("Delete stakeholder “%1”"), old.name)
    edits: list[Edit] = [UpdateRecord(store, Action, action.uuid, {"responsible_uuid": None}, label=label)
                         for action in store.list(Action, "responsible_uuid = ?", (stakeholder_uuid,))]
    edits += [DeleteRecord(store, ActionPartner, row.uuid, label=label)
              for row in store.list(ActionPartner, "stakeholder_uuid = ?", (stakeholder_uuid,))]
    edits.append(DeleteRecord(store, Stakeholder, stakeholder_uuid, label=label))
    return EditGroup(edits, label)


# ---- actions ------------------------------------------------------------------------------------

def new_action_edit(action: Action, partner_uuids: Iterable[str] = (), links: Iterable[tuple[str, str]] = ()) -> Edit:
    """Add ``action`` with its supporting partners and linked places (target_table, target_uuid)."""
    validate_action(action)
    label = arg(Edits.tr("Add action “%1”"), action.title)
    edits: list[Edit] = [AddRecord(action, label=label)]
    edits += [AddRecord(ActionPartner(action_uuid=action.uuid, stakeholder_uuid=uuid), label=label)
              for uuid in _supporting(partner_uuids, action.responsible_uuid)]
    edits += [AddRecord(ActionLink(action_uuid=action.uuid, target_table=table, target_uuid=uuid), label=label)
              for table, uuid in _check_links(links)]
    return EditGroup(edits, label)


def update_action_edit(store, action_uuid: str, changes: Mapping[str, Any],
                       partner_uuids: Iterable[str] | None = None,
                       links: Iterable[tuple[str, str]] | None = None) -> Edit | None:
    """An edit of what really changes (fields, supporting partners, links), or None if nothing does.

    ``partner_uuids`` / ``links`` replace the current lists when given (None keeps them).
    Setting ``priority`` without ``priority_from_votes`` means a priority set by hand.
    """
    old = _require(store, Action, action_uuid)
    changes = dict(changes)
    _check_fields(Action, changes)
    if "priority" in changes and "priority_from_votes" not in changes and changes["priority"] != old.priority:
        changes["priority_from_votes"] = changes["priority"] is None
    changed = {k: v for k, v in changes.items() if getattr(old, k) != v}
    new = dataclasses.replace(old, **changed)
    validate_action(new)
    label = arg(Edits.tr("Edit action “%1”"), old.title)
    edits: list[Edit] = []
    if changed:
        edits.append(UpdateRecord(store, Action, action_uuid, changed, label=label))
    current_partners = store.list(ActionPartner, "action_uuid = ?", (action_uuid,))
    wanted = _supporting([p.stakeholder_uuid for p in current_partners] if partner_uuids is None else partner_uuids,
                         new.responsible_uuid)
    named = ([new.responsible_uuid] if changed.get("responsible_uuid") else []) + ([] if partner_uuids is None else wanted)
    for uuid in named:
        if store.get(Stakeholder, uuid) is None:
            raise ValueError(arg(Plan.tr("No stakeholder with id %1 in the register"), uuid))
    edits += [DeleteRecord(store, ActionPartner, row.uuid, label=label)
              for row in current_partners if row.stakeholder_uuid not in wanted]
    have = {row.stakeholder_uuid for row in current_partners}
    edits += [AddRecord(ActionPartner(action_uuid=action_uuid, stakeholder_uuid=uuid), label=label)
              for uuid in wanted if uuid not in have]
    if links is not None:
        wanted_links = _check_links(links)
        current_links = store.list(ActionLink, "action_uuid = ?", (action_uuid,))
        edits += [DeleteRecord(store, ActionLink, row.uuid, label=label) for row in current_links
                  if (row.target_table, row.target_uuid) not in wanted_links]
        have_links = {(row.target_table, row.target_uuid) for row in current_links}
        edits += [AddRecord(ActionLink(action_uuid=action_uuid, target_table=t, target_uuid=u), label=label)
                  for t, u in wanted_links if (t, u) not in have_links]
    return EditGroup(edits, label) if edits else None


def delete_action_edit(store, action_uuid: str) -> Edit:
    """Remove an action with its partner rows and links (the places themselves stay)."""
    old = _require(store, Action, action_uuid)
    label = arg(Edits.tr("Delete action “%1”"), old.title)
    edits: list[Edit] = [DeleteRecord(store, record_type, row.uuid, label=label)
                         for record_type in (ActionPartner, ActionLink)
                         for row in store.list(record_type, "action_uuid = ?", (action_uuid,))]
    edits.append(DeleteRecord(store, Action, action_uuid, label=label))
    return EditGroup(edits, label)


def unlink_places_edits(store, table: str, uuids: Iterable[str], label: str) -> list[Edit]:
    """Edits removing the action links to places about to be deleted; put them in the delete's EditGroup."""
    wanted, edits = list(dict.fromkeys(uuids)), []
    for start in range(0, len(wanted), 500):  # well under SQLite's parameter limit
        chunk = wanted[start:start + 500]
        where = f"target_table = ? AND target_uuid IN ({', '.join('?' * len(chunk))})"
        edits += [DeleteRecord(store, ActionLink, link.uuid, label=label)
                  for link in store.list(ActionLink, where, (table, *chunk))]
    return edits


def action_from_proposal_edit(store, proposal_uuid: str) -> Edit:
    """A new action from a proposal in one step: its title, description, principle and cost, a link
    to it, a prevention approach suggested by its intervention type, and its priority from votes."""
    proposal = _require(store, Proposal, proposal_uuid)
    action = Action(title=proposal.title.strip() or Plan.tr("Untitled proposal"), description=proposal.description,
                    cpted_principle=proposal.cpted_principle,
                    prevention_approach=_APPROACH_OF_INTERVENTION.get(proposal.intervention_type or "", "situational"),
                    cost_estimate=proposal.cost_estimate, priority_from_votes=True)
    # Its rank among the existing actions once it is there (all ranks are recomputed on reading).
    dots = _action_dots(store, extra={action.uuid: [proposal_uuid]})
    action.priority = _ranks(dots).get(action.uuid)
    edit = new_action_edit(action, links=[("proposals", proposal_uuid)])
    edit.label = arg(Edits.tr("Create action from proposal “%1”"), proposal.title)
    return edit


# ---- reading ------------------------------------------------------------------------------------

def partners_of(store, action_uuid: str) -> list[Stakeholder]:
    """The action's supporting partners (not the responsible one), in the order they were added."""
    rows = store.list(ActionPartner, "action_uuid = ?", (action_uuid,), order_by="created_at, fid")
    found = [store.get(Stakeholder, row.stakeholder_uuid) for row in rows]
    return [s for s in found if s is not None]


def links_of(store, action_uuid: str) -> list[ActionLink]:
    """The action's linked places in the order they were linked (undoing a delete keeps that order)."""
    return store.list(ActionLink, "action_uuid = ?", (action_uuid,), order_by="created_at, fid")


def link_label(store, link: ActionLink) -> str:
    """How a linked place reads in a table: 'Proposal “Lights”', 'Audit point 3 of “Night walk”',
    'Unsafe pin (night)', 'Recorded incident: robbery'; '… (deleted)' when the record is gone."""
    table, uuid = link.target_table, link.target_uuid
    if table == "proposals":
        proposal = store.get(Proposal, uuid)
        return arg(Plan.tr("Proposal “%1”"), proposal.title) if proposal else Plan.tr("Proposal (deleted)")
    if table == "audit_points":
        point = store.get(AuditPoint, uuid)
        if point is None:
            return Plan.tr("Audit point (deleted)")
        walk = store.get(AuditWalk, point.walk_uuid)
        return (arg(Plan.tr("Audit point %1 of “%2”"), point.sequence, walk.title) if walk and walk.title
                else arg(Plan.tr("Audit point %1"), point.sequence))
    if table == "perception_pins":
        pin = store.get(PerceptionPin, uuid)
        if pin is None:
            return Plan.tr("Perception pin (deleted)")
        return arg(Plan.tr("%1 pin (%2)", "a feeling and a time of day: “Unsafe pin (night)”"),
                   label_of(FEELINGS, pin.feeling), label_of(TIMES_OF_DAY, pin.time_of_day).lower())
    if table == "incidents":
        incident = store.get(Incident, uuid)
        if incident is None:
            return Plan.tr("Recorded incident (deleted)")
        return arg(Plan.tr("Recorded incident: %1"), incident.category or Plan.tr("uncategorised"))
    return f"{table} {uuid}"


def _action_dots(store, extra: Mapping[str, list[str]] | None = None) -> dict[str, int]:
    """Action uuid -> dots on its linked proposals, for actions linking at least one proposal."""
    linked: dict[str, list[str]] = {}
    for link in store.list(ActionLink, "target_table = 'proposals'"):
        linked.setdefault(link.action_uuid, []).append(link.target_uuid)
    linked.update(extra or {})
    proposals = {uuid for uuids in linked.values() for uuid in uuids}
    votes: list[Vote] = store.list(Vote)
    dots = {t.proposal_uuid: t.dots for t in tally((v for v in votes if v.proposal_uuid in proposals), proposals)}
    return {action: sum(dots.get(p, 0) for p in dict.fromkeys(uuids)) for action, uuids in linked.items()}


def _ranks(dots: Mapping[str, int]) -> dict[str, int]:
    """Rank by dots, most first; equal dots share a rank (as core.voting.tally does)."""
    ranks: dict[str, int] = {}
    previous: tuple[int, int] | None = None
    for position, uuid in enumerate(sorted(dots, key=lambda u: -dots[u]), start=1):
        rank = previous[1] if previous and previous[0] == dots[uuid] else position
        ranks[uuid] = rank
        previous = (dots[uuid], rank)
    return ranks


def vote_priorities(store) -> dict[str, int]:
    """Action uuid -> rank by the dots of its linked proposals (1 = most); see the module contract."""
    return _ranks(_action_dots(store))


def effective_priorities(store) -> dict[str, int | None]:
    """Action uuid -> the priority the plan shows: from votes when ``priority_from_votes``, else by hand."""
    from_votes = vote_priorities(store)
    return {a.uuid: from_votes.get(a.uuid) if a.priority_from_votes else a.priority for a in store.list(Action)}


def _require(store, record_type, uuid: str):
    record = store.get(record_type, uuid)
    if record is None:
        raise KeyError(f"No {record_type.LABEL.lower().rstrip('s')} with id {uuid}")
    return record
