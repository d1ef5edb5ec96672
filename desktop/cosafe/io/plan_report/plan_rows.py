"""Rows of the plan's tables: proposals by votes, actions, stakeholders and the criteria.

Contract: labels are resolved here (vocabulary labels, partner names, place names),
so the writer needs no store. A proposal carries its number (``store.queries.map.
proposal_numbers``: the number on the maps' badges and in the Proposals list), and an
action's linked proposal reads "Proposal 12: Pocket park". A stakeholder's contact person is never read into a
row. Actions come in priority order (1 first, those without a priority last, then
by title); the baseline is the one typed in, else the computed mean safety score
at the linked places (``store.plan_queries.baseline_safety_score``) when there is one.
"""

from __future__ import annotations

import re

from cosafe.core.actions import effective_priorities, links_of, partners_of
from cosafe.core.criteria import criteria_set_name, criterion_good_means, criterion_label
from cosafe.core.formats import format_short_date
from cosafe.core.i18n import arg
from cosafe.core.label_translations import translations_of
from cosafe.core.records import (
    Action, AuditPoint, AuditWalk, Criterion, CriteriaSet, Incident, PerceptionPin, Proposal, Stakeholder, Vote,
)
from cosafe.core.vocabulary import (
    ACTION_STATUSES, CPTED_PRINCIPLES, FEELINGS, INTERVENTION_TYPES, PREVENTION_APPROACHES, PROPOSAL_STATUSES,
    STAKEHOLDER_SECTORS, TIMEFRAMES, TIMES_OF_DAY, keys_of, label_of,
)
from cosafe.core.perception_data import PerceptionData
from cosafe.core.voting import tally
from cosafe.io.plan_report.content import ActionRow, CriterionRow, ProposalRow, StakeholderRow
from cosafe.io.words import PlanReport
from cosafe.store.queries.map import proposal_numbers
from cosafe.store.queries.plan import baseline_safety_score


def proposal_rows(store) -> tuple[ProposalRow, ...]:
    """Every proposal, most voted first, with the number its badge shows on the maps."""
    proposals = {p.uuid: p for p in store.list(Proposal, with_geometry=False)}
    numbers = proposal_numbers(store)
    votes: list[Vote] = store.list(Vote)
    rows = []
    for t in tally((v for v in votes if v.proposal_uuid in proposals), proposals):
        p = proposals[t.proposal_uuid]
        rows.append(ProposalRow(p.title or PlanReport.tr("Untitled proposal"), label_of(CPTED_PRINCIPLES, p.cpted_principle),
                                label_of(INTERVENTION_TYPES, p.intervention_type), t.dots, t.rank,
                                label_of(PROPOSAL_STATUSES, p.status), numbers.get(p.uuid, 0)))
    return tuple(rows)


def _day(iso: str) -> str:
    """"2026-07-01" -> "1 Jul 2026", "1 juil. 2026": short enough for a narrow column, and unambiguous."""
    return format_short_date(iso)


def _timeframe(action: Action) -> str:
    parts = [label_of(TIMEFRAMES, action.timeframe)] if action.timeframe else []
    if action.starts_on and action.ends_on:
        parts.append(arg(PlanReport.tr("%1 to %2", "an action's first and last day"), _day(action.starts_on),
                         _day(action.ends_on)))
    elif action.starts_on:
        parts.append(arg(PlanReport.tr("from %1", "an action's first day"), _day(action.starts_on)))
    elif action.ends_on:
        parts.append(arg(PlanReport.tr("until %1", "an action's last day"), _day(action.ends_on)))
    return "; ".join(parts)


class _PlaceNames:
    """Readable names of linked places, looked up once per table; audit points grouped by walk."""

    def __init__(self, store) -> None:
        self.store = store
        self._proposals = {p.uuid: p.title for p in store.list(Proposal, with_geometry=False)}
        self._numbers = proposal_numbers(store)
        self._walks = {w.uuid: w for w in store.list(AuditWalk, with_geometry=False)}
        self._points: dict[str, AuditPoint] | None = None

    def names(self, links) -> list[str]:
        """Proposals first, then "Audit points 1, 2, 5: walk (time)" per walk, then pins and incidents."""
        first: list[str] = []
        walks: dict[str, list[int]] = {}
        last: list[str] = []
        for link in links:
            if link.target_table == "audit_points":
                point = self._point(link.target_uuid)
                if point is not None:
                    walks.setdefault(point.walk_uuid, []).append(point.sequence)
                continue
            name = self._name(link.target_table, link.target_uuid)
            if name:
                (first if link.target_table == "proposals" else last).append(name)
        for walk_uuid, numbers in walks.items():
            numbers = sorted(set(numbers))
            walk = self._walks.get(walk_uuid)
            listed = ", ".join(map(str, numbers))
            if walk:
                text = (PlanReport.tr("Audit point %1: %2", "%2: the walk") if len(numbers) == 1
                        else PlanReport.tr("Audit points %1: %2", "%1: their numbers, %2: the walk"))
                first.append(arg(text, listed, _walk_name(walk)))
            else:
                first.append(arg(PlanReport.tr("Audit point %1") if len(numbers) == 1
                                 else PlanReport.tr("Audit points %1", "%1: their numbers"), listed))
        return first + last

    def _point(self, uuid: str) -> AuditPoint | None:
        if self._points is None:
            self._points = {p.uuid: p for p in self.store.list(AuditPoint, with_geometry=False)}
        return self._points.get(uuid)

    def _name(self, table: str, uuid: str) -> str | None:
        if table == "proposals":
            title = self._proposals.get(uuid)
            if title is None:
                return None
            number = self._numbers.get(uuid, "")
            return (arg(PlanReport.tr("Proposal %1: %2", "%1: its number, %2: its title"), number, title) if title
                    else arg(PlanReport.tr("Proposal %1: untitled"), number))
        if table == "perception_pins":
            pin = self.store.get(PerceptionPin, uuid)
            return None if pin is None else arg(PlanReport.tr("Perception pin: %1, %2", "%1: how it felt, %2: time of day"),
                                                label_of(FEELINGS, pin.feeling).lower(),
                                                label_of(TIMES_OF_DAY, pin.time_of_day).lower())
        if table == "incidents":
            incident = self.store.get(Incident, uuid)
            if incident is None:
                return None
            return (arg(PlanReport.tr("Recorded incident: %1", "%1: its category, as imported"), incident.category)
                    if incident.category else PlanReport.tr("Recorded incident: uncategorised"))
        return None


def _walk_name(walk: AuditWalk) -> str:
    """The walk's title with its time of day, unless the title says it already."""
    when = label_of(TIMES_OF_DAY, walk.time_of_day).lower()
    title = walk.title or PlanReport.tr("untitled walk")
    return title if when in title.lower() else arg(PlanReport.tr("%1 (%2)", "a walk's title (its time of day)"), title, when)


def _natural(text: str) -> list:
    """Sort key putting "stretch 2" before "stretch 10"."""
    return [int(part) if part.isdigit() else part for part in re.split(r"(\d+)", text.casefold())]


def action_rows(store, data: PerceptionData) -> tuple[ActionRow, ...]:
    """Every action with its partners, places and indicator, in priority order (``data``: the project's
    perception data, read once for all baselines)."""
    stakeholders = {s.uuid: s.name for s in store.list(Stakeholder)}
    priorities = effective_priorities(store)
    places = _PlaceNames(store)
    rows = []
    for action in store.list(Action):
        baseline = action.baseline.strip()
        if not baseline:
            computed = baseline_safety_score(store, action.uuid, data=data)
            baseline = computed.text if computed.points else ""
        rows.append(ActionRow(
            title=action.title, description=action.description,
            principle=label_of(CPTED_PRINCIPLES, action.cpted_principle) if action.cpted_principle else "",
            approach=label_of(PREVENTION_APPROACHES, action.prevention_approach) if action.prevention_approach else "",
            responsible=stakeholders.get(action.responsible_uuid or "", ""),
            supporting=tuple(s.name for s in partners_of(store, action.uuid)),
            places=tuple(places.names(links_of(store, action.uuid))), timeframe=_timeframe(action), cost=action.cost_estimate,
            priority=priorities.get(action.uuid), indicator=action.indicator, baseline=baseline, target=action.target,
            status=label_of(ACTION_STATUSES, action.status)))
    rows.sort(key=lambda r: (r.priority is None, r.priority or 0, _natural(r.title)))
    return tuple(rows)


def stakeholder_rows(store) -> tuple[StakeholderRow, ...]:
    """The register by sector, then name, numbered for the grid; never a contact."""
    order = {key: i for i, key in enumerate(keys_of(STAKEHOLDER_SECTORS))}
    people: list[Stakeholder] = sorted(store.list(Stakeholder),
                                       key=lambda s: (order.get(s.sector, len(order)), s.name.casefold()))
    return tuple(StakeholderRow(i, s.name, s.sector, label_of(STAKEHOLDER_SECTORS, s.sector), s.role,
                                s.influence, s.interest) for i, s in enumerate(people, start=1))


def criteria_rows(store) -> tuple[str, tuple[CriterionRow, ...]]:
    """The active criteria set's name and version, and its criteria in order (retired ones left out)."""
    sets: list[CriteriaSet] = store.list(CriteriaSet)
    if not sets:
        return "", ()
    active = max(sets, key=lambda s: (s.is_active, s.version))
    criteria = [c for c in store.list(Criterion, order_by="position, fid") if c.set_uuid == active.uuid and not c.retired]
    # In the plan's language: a facilitator's own label in it, a built-in criterion's catalogue words, or as typed.
    own = translations_of(store, Criterion.TABLE)
    name = criteria_set_name(active.name, translations_of(store, CriteriaSet.TABLE).get(active.uuid, {}).get("name"))
    return (arg(PlanReport.tr("%1, version %2", "a criteria set's name and version"), name, active.version),
            tuple(CriterionRow(criterion_label(c.key, c.label, own.get(c.uuid, {}).get("label")),
                               criterion_good_means(c.key, c.good_means, own.get(c.uuid, {}).get("good_means")),
                               c.is_outcome) for c in criteria))
