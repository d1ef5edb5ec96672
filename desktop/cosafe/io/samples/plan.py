"""The action plan of the Riverside sample: a stakeholder register and twelve actions.

Contract: ``add_plan(store, make_uuid, timestamp)`` adds, in one transaction, after the
workshop, audits and pins: 11 stakeholders across the four sectors (two with an
invented contact person, so exports can be checked for leaks), and 12 actions drawn
from the workshop's proposals and the audit walks' dark spots, each with a responsible
partner, supporting partners, linked places, a prevention approach, a timeframe (some
with dates), a cost, an indicator with its target and a status. Priorities follow the
votes (``core.actions.vote_priorities``) except one set by hand; baselines of
score-based indicators are computed from the audit scores (``store.plan_queries``),
as the app's Compute button does; the proposals taken into the plan are marked
"agreed". Every record passes ``core.actions`` validation. Deterministic: identities
from ``make_uuid``, one fixed timestamp. Names, roles, titles, indicators, baselines
and targets are in the language in force (``io.samples.said``; a computed baseline
is the app's own sentence); sectors, approaches, timeframes and statuses are keys.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from cosafe.core.actions import validate_action, validate_stakeholder, vote_priorities
from cosafe.core.i18n import QT_TRANSLATE_NOOP
from cosafe.core.records import Action, ActionLink, ActionPartner, Proposal, Record, Stakeholder
from cosafe.io.samples import said
from cosafe.store.queries.plan import baseline_safety_score
from cosafe.store.project_store import ProjectStore

# key: (name, sector, role, influence, interest, contact person or None). Invented organisations
# and people; a contact keeps its invented name and number in every language.
STAKEHOLDERS: dict[str, tuple[str, str, str, int, int, str | None]] = {
    "lighting": (QT_TRANSLATE_NOOP("Sample", "County Public Lighting Department"), "government",
                 QT_TRANSLATE_NOOP("Sample", "Installs and repairs street and public lighting; holds the lighting budget"),
                 #: An invented contact person: keep the name and the phone number as they are.
                 5, 3, QT_TRANSLATE_NOOP("Sample", "Eng. A. Otieno, lighting works office, 0700 100 200 (invented)")),
    "transport": (QT_TRANSLATE_NOOP("Sample", "County Roads and Transport Department"), "government",
                  #: A matatu is a shared minibus taxi (East Africa); a stage is where they wait for passengers.
                  QT_TRANSLATE_NOOP("Sample", "Builds stops, crossings and footpaths; licenses matatu stages"), 5, 2,
                  None),
    "police": (QT_TRANSLATE_NOOP("Sample", "Riverside Police Post"), "government",
               QT_TRANSLATE_NOOP("Sample", "Patrols and the community policing desk"), 4, 4, None),
    "ward": (QT_TRANSLATE_NOOP("Sample", "Riverside Ward Administrator's Office"), "government",
             QT_TRANSLATE_NOOP("Sample", "Convenes ward meetings, allocates public land and market space"), 4, 3, None),
    "traders": (QT_TRANSLATE_NOOP("Sample", "Riverside Market Traders' Association"), "business",
                QT_TRANSLATE_NOOP("Sample", "Represents about 300 stallholders; runs market cleaning and the night guard"),
                3, 5,
                #: An invented contact person: keep the name and the e-mail address as they are.
                QT_TRANSLATE_NOOP("Sample", "Chairperson M. Njeri, stall 114, traders@riverside.invalid (invented)")),
    #: A matatu is a shared minibus taxi (East Africa): say the local word for one.
    "matatu": (QT_TRANSLATE_NOOP("Sample", "Riverside Matatu Owners' and Drivers' Association"), "business",
               #: “Riverside Halt” and “Riverside Interchange” are names on the sample's map: keep them as written.
               QT_TRANSLATE_NOOP("Sample", "Runs the routes through Riverside Interchange and Riverside Halt"), 3, 3, None),
    "residents": (QT_TRANSLATE_NOOP("Sample", "Riverside Residents' Association"), "community",
                  QT_TRANSLATE_NOOP("Sample", "Elected street representatives; organises clean-ups"), 2, 5, None),
    "women": (QT_TRANSLATE_NOOP("Sample", "Mto Women's Group"), "community",
              QT_TRANSLATE_NOOP("Sample", "Savings group of women traders; runs the evening watch rota"), 2, 5, None),
    "football": (QT_TRANSLATE_NOOP("Sample", "Riverside Youth Football Club"), "community",
                 #: “Riverside Grounds” is a name on the sample's map: keep it as written.
                 QT_TRANSLATE_NOOP("Sample", "Coaches about 120 girls and boys at Riverside Grounds"), 1, 4, None),
    "ngo": (QT_TRANSLATE_NOOP("Sample", "Riverside Safer Neighbourhoods Trust"), "civil_society",
            QT_TRANSLATE_NOOP("Sample", "NGO that facilitated the safety audit; raises funds for small works"), 3, 5, None),
    "faith": (QT_TRANSLATE_NOOP("Sample", "Riverside Interfaith Forum"), "civil_society",
              QT_TRANSLATE_NOOP("Sample", "Mosques and churches of the ward; hosts youth and parents' meetings"), 2, 3, None),
}

# Audit points by (walk, sequence number): the walks' uuids are "audit_points/<walk>/<index>", index from 0.
_FOOTBRIDGE = [("night", 15), ("day", 15)]
_RIVERBANK_DARK = [("night", 16), ("night", 17), ("night", 19)]
_MARKET_NIGHT = [("night", n) for n in range(1, 8)]

_SCORE_INDICATOR = QT_TRANSLATE_NOOP("Sample",
                                     "Mean safety score of the audit points at these places (re-audit walks, day and night)")

#: The description of an action that comes from the audit walks rather than from a proposal.
FROM_DARK_SPOTS = QT_TRANSLATE_NOOP("Sample", "From the audit walks' dark spots.")

# (key, title, proposal numbers, audit points, responsible, supporting, CPTED, approach, timeframe,
#  start, end, cost, indicator, baseline ("" = computed), target, status, priority by hand or None)
ACTIONS: tuple[tuple[Any, ...], ...] = (
    #: “Riverside Halt” is a name on the sample's map: keep it as written.
    ("halt", QT_TRANSLATE_NOOP("Sample", "Shelter and lights at Riverside Halt"),
     [15], [], "transport", ["lighting", "matatu"],
     "natural_surveillance", "situational", "medium", "2026-07-01", "2027-01-31", 11000.0,
     QT_TRANSLATE_NOOP("Sample", "Women waiting at the halt after 19:00 (evening count, 2 weekdays)"),
     QT_TRANSLATE_NOOP("Sample", "3 women on average (count of 20–21 March 2026)"),
     QT_TRANSLATE_NOOP("Sample", "At least 10 by March 2027"), "agreed", None),
    ("toilets", QT_TRANSLATE_NOOP("Sample", "Public toilets inside the market"),
     [2], [], "ward", ["traders", "women", "ngo"],
     "activity_support", "situational", "long", None, None, 24000.0,
     QT_TRANSLATE_NOOP("Sample", "Market toilet block open and staffed 06:00–21:00"),
     QT_TRANSLATE_NOOP("Sample", "No public toilet inside the market"),
     QT_TRANSLATE_NOOP("Sample", "Open every market day by December 2027"), "agreed", None),
    ("footbridge", QT_TRANSLATE_NOOP("Sample", "Solar lights on the Mto footbridge"),
     [11], _FOOTBRIDGE, "lighting", ["residents"],
     "natural_surveillance", "situational", "short", "2026-04-01", "2026-06-30", 5000.0, _SCORE_INDICATOR, "",
     QT_TRANSLATE_NOOP("Sample", "2.5 / 5 at the re-audit in July 2026"), "in_progress", None),
    ("market_lanes", QT_TRANSLATE_NOOP("Sample", "Light the market's back lanes"),
     [1], _MARKET_NIGHT, "lighting", ["traders", "ward"],
     "natural_surveillance", "situational", "medium", None, None, 18000.0, _SCORE_INDICATOR, "",
     QT_TRANSLATE_NOOP("Sample", "3.5 / 5 by the 2027 audit"), "agreed", None),
    #: “Tumaini Lane” is a name on the sample's map: keep it as written.
    ("tumaini", QT_TRANSLATE_NOOP("Sample", "Street lights on Tumaini Lane"), [18], [], "lighting", ["residents"],
     "natural_surveillance", "situational", "medium", None, None, 7000.0,
     #: “Tumaini Lane” is a name on the sample's map: keep it as written.
     QT_TRANSLATE_NOOP("Sample", "Working street lamps on Tumaini Lane"),
     QT_TRANSLATE_NOOP("Sample", "0 of 9 lamp posts working"),
     QT_TRANSLATE_NOOP("Sample", "9 of 9 working, checked monthly"),
     "proposed", None),
    #: “Mto Park” is a name on the sample's map: keep it as written.
    ("park_seating", QT_TRANSLATE_NOOP("Sample", "Seating and shade in Mto Park"),
     [13], [], "ward", ["residents", "faith"],
     "territorial_reinforcement", "situational", "short", None, None, 3500.0,
     QT_TRANSLATE_NOOP("Sample", "Older people and carers using the park on weekday afternoons"),
     QT_TRANSLATE_NOOP("Sample", "About 5 (count of 18 March 2026)"),
     QT_TRANSLATE_NOOP("Sample", "15 or more"), "proposed", None),
    #: “Riverside Road South” is a name on the sample's map: keep it as written.
    ("bus_south", QT_TRANSLATE_NOOP("Sample", "Upgrade the bus stop at Riverside Road South"),
     [17], [], "transport", ["matatu", "lighting"],
     "natural_surveillance", "situational", "medium", None, None, 9000.0,
     QT_TRANSLATE_NOOP("Sample", "Stop has a lit shelter and a timetable board"),
     QT_TRANSLATE_NOOP("Sample", "Pole only, no light"),
     QT_TRANSLATE_NOOP("Sample", "Shelter, lamp and board installed"),
     "proposed", None),
    ("football", QT_TRANSLATE_NOOP("Sample", "Evening football league with a floodlit pitch"), [9, 10], [], "football",
     ["ngo", "police", "lighting", "faith"], "activity_support", "social_development", "long", "2026-09-01",
     "2028-06-30", 34000.0, QT_TRANSLATE_NOOP("Sample", "Young people (girls counted apart) playing in the evening league"),
     QT_TRANSLATE_NOOP("Sample", "No evening activity at the grounds"),
     QT_TRANSLATE_NOOP("Sample", "120 players, at least 40 girls"), "agreed", None),
    ("riverbank", QT_TRANSLATE_NOOP("Sample", "Light the riverbank path, or close it after dark with a lit detour"),
     [], _RIVERBANK_DARK,
     "lighting", ["residents", "ward"], "natural_surveillance", "situational", "medium", None, None, 8000.0,
     _SCORE_INDICATOR, "", QT_TRANSLATE_NOOP("Sample", "No point below 1.5 / 5, by day or at night"), "proposed", 3),
    ("evening_watch", QT_TRANSLATE_NOOP("Sample", "Market traders' evening watch"),
     [6], [], "women", ["traders", "police"],
     "social_cohesion", "locally_based", "short", "2026-04-01", None, 500.0,
     QT_TRANSLATE_NOOP("Sample", "Evenings a week the watch rota is covered"),
     QT_TRANSLATE_NOOP("Sample", "Not started"),
     QT_TRANSLATE_NOOP("Sample", "6 evenings a week"), "in_progress", None),
    ("gun_free", QT_TRANSLATE_NOOP("Sample", "Gun-free zone around the school"),
     [24], [], "police", ["faith", "residents"],
     "threshold_capacity", "locally_based", "short", "2026-03-20", "2026-05-15", 1000.0,
     QT_TRANSLATE_NOOP("Sample", "Signs up and a parents' pledge signed"),
     QT_TRANSLATE_NOOP("Sample", "No signs"),
     QT_TRANSLATE_NOOP("Sample", "Signs at all 4 gates; 200 pledges"), "done", None),
    ("soko_crossing", QT_TRANSLATE_NOOP("Sample", "Safe crossing at Soko junction"),
     [7], [], "transport", ["ward", "traders"],
     "connectivity", "situational", "medium", None, None, 9000.0,
     QT_TRANSLATE_NOOP("Sample", "Marked crossing with a refuge island and a lamp"),
     QT_TRANSLATE_NOOP("Sample", "Unmarked, unlit junction"),
     QT_TRANSLATE_NOOP("Sample", "Crossing built before the 2027 rains"), "proposed", None),
)


def add_plan(store: ProjectStore, make_uuid: Callable[[str], str], timestamp: str) -> None:
    """Add the sample's stakeholders and action plan (see module contract) in one transaction."""
    stamp: dict[str, Any] = {"created_at": timestamp, "updated_at": timestamp, "device_id": store.device_id}
    people = {key: Stakeholder(uuid=make_uuid(f"stakeholders/{key}"), name=said(name), sector=sector, role=said(role),
                               influence=influence, interest=interest,
                               contact_person=said(contact) if contact else None, **stamp)
              for key, (name, sector, role, influence, interest, contact) in STAKEHOLDERS.items()}
    actions: list[Action] = []
    partners: list[Record] = []
    links: list[Record] = []
    agreed: list[Proposal] = []
    for (key, title, proposal_numbers, points, responsible, supporting, principle, approach, timeframe, starts, ends,
         cost, indicator, baseline, target, status, by_hand) in ACTIONS:
        proposals = [store.get(Proposal, make_uuid(f"proposals/{n}")) for n in proposal_numbers]
        if any(p is None for p in proposals):
            raise KeyError(f"the sample action {key!r} needs proposals {proposal_numbers} of the sample workshop")
        # A description lists the proposals' titles (already in the language in force) as sentences.
        action = Action(uuid=make_uuid(f"actions/{key}"), title=said(title),
                        description=" ".join(p.title + "." for p in proposals) or said(FROM_DARK_SPOTS),
                        cpted_principle=principle, prevention_approach=approach,
                        responsible_uuid=people[responsible].uuid, timeframe=timeframe, starts_on=starts, ends_on=ends,
                        cost_estimate=cost, priority=by_hand, priority_from_votes=by_hand is None,
                        indicator=said(indicator), baseline=said(baseline), target=said(target), status=status,
                        **stamp)
        actions.append(action)
        partners += [ActionPartner(uuid=make_uuid(f"action_partners/{key}/{other}"), action_uuid=action.uuid,
                                   stakeholder_uuid=people[other].uuid, **stamp) for other in supporting]
        targets = [("proposals", p.uuid) for p in proposals]
        targets += [("audit_points", make_uuid(f"audit_points/{walk}/{sequence - 1}")) for walk, sequence in points]
        links += [ActionLink(uuid=make_uuid(f"action_links/{key}/{n}"), action_uuid=action.uuid, target_table=table,
                             target_uuid=uuid, **stamp) for n, (table, uuid) in enumerate(targets)]
        agreed += [dataclasses.replace(p, status="agreed") for p in proposals if status != "proposed"]
    for person in people.values():
        validate_stakeholder(person)
    for action in actions:
        validate_action(action)
    with store.atomic():
        for batch in (list(people.values()), actions, partners, links):
            store.insert_many(batch)  # type: ignore[arg-type]
        for proposal in agreed:
            store.replace(proposal)
        # What the Compute buttons would write: vote ranks, and baselines from the audit scores.
        ranks = vote_priorities(store)
        for action in actions:
            changes: dict[str, Any] = {}
            if action.priority_from_votes:
                changes["priority"] = ranks.get(action.uuid)
            if not action.baseline:
                changes["baseline"] = baseline_safety_score(store, action.uuid).text
            if changes:
                store.replace(dataclasses.replace(action, **changes))
