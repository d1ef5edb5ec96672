"""The finished workshop of the Riverside sample: three groups, their people, proposals and votes.

Contract: ``add_workshop(store, features, make_uuid, timestamp)`` adds, in one
transaction, one workshop with three groups, 26 anonymous participants (a realistic
mix of gender, age and role, consent given, no names or contacts), 24 proposals
across the CPTED principles placed on named places of the sample basemap, and every
participant's three dots. Deterministic: identities come from ``make_uuid`` and
votes from a fixed seed. Its words (names, titles) are in the language in force
(``io.samples.said``); the participants have sign-in codes, no names.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from typing import Any

import shapely
from shapely.geometry.base import BaseGeometry
from shapely.ops import substring

from cosafe.core.i18n import QT_TRANSLATE_NOOP
from cosafe.core.records import Group, Participant, Proposal, Record, Vote, Workshop
from cosafe.io.samples import said
from cosafe.store.basemap import BasemapFeature
from cosafe.store.project_store import ProjectStore

METRE = 1 / 111_000  # degrees of latitude, near enough for placing sketches

# (key, name, what each of its proposals says of it, colour)
GROUPS = (("women", QT_TRANSLATE_NOOP("Sample", "Women traders"),
           #: The description of every proposal of the group “Women traders”.
           QT_TRANSLATE_NOOP("Sample", "Proposed by the women traders group."), "#E69F00"),
          ("youth", QT_TRANSLATE_NOOP("Sample", "Youth"),
           #: The description of every proposal of the group “Youth”.
           QT_TRANSLATE_NOOP("Sample", "Proposed by the youth group."), "#0072B2"),
          ("residents", QT_TRANSLATE_NOOP("Sample", "Residents and elders"),
           #: The description of every proposal of the group “Residents and elders”.
           QT_TRANSLATE_NOOP("Sample", "Proposed by the residents and elders group."), "#009E73"))
WORKSHOP_TITLE = QT_TRANSLATE_NOOP("Sample", "Riverside safety mapping workshop")
WORKSHOP_PLACE = QT_TRANSLATE_NOOP("Sample", "Riverside Community Hall")
WORKSHOP_FACILITATOR = QT_TRANSLATE_NOOP("Sample", "Municipal safety officer and a community leader")
WORKSHOP_NOTES = QT_TRANSLATE_NOOP(
    "Sample", "Three groups mapped where they feel unsafe and what would help; each person had 3 dots.")

# (group, gender, age band, role, disability) per participant, in sign-in order.
PEOPLE: tuple[tuple[str, str, str, str, str | None], ...] = (
    ("women", "woman", "25_39", "trader", None), ("women", "woman", "40_59", "trader", None),
    ("women", "woman", "25_39", "trader", None), ("women", "woman", "60_plus", "trader", "mobility"),
    ("women", "woman", "40_59", "business", None), ("women", "woman", "25_39", "trader", None),
    ("women", "woman", "15_24", "trader", None), ("women", "non_binary", "25_39", "trader", None),
    ("youth", "woman", "15_24", "student", None), ("youth", "woman", "15_24", "student", None),
    ("youth", "woman", "15_24", "resident", None), ("youth", "woman", "under_15", "student", None),
    ("youth", "man", "15_24", "student", None), ("youth", "man", "15_24", "resident", None),
    ("youth", "man", "15_24", "student", None), ("youth", "man", "under_15", "student", None),
    ("youth", "undisclosed", "15_24", "resident", None),
    ("residents", "woman", "60_plus", "resident", "vision"), ("residents", "woman", "40_59", "community_leader", None),
    ("residents", "man", "60_plus", "resident", None), ("residents", "man", "40_59", "police", None),
    ("residents", "woman", "25_39", "official", None), ("residents", "man", "25_39", "resident", None),
    ("residents", "woman", "40_59", "ngo", None), ("residents", "man", "60_plus", "resident", "mobility"),
    ("residents", "woman", "25_39", "resident", None),
)


def _place(features: Sequence[BasemapFeature], name: str, kind: str | None = None) -> BaseGeometry:
    for feature in features:
        if feature.name == name and (kind is None or feature.geometry.geom_type.endswith(kind)):
            return feature.geometry
    raise KeyError(f"the sample basemap has no {kind or 'feature'} named {name!r}")


def _proposals(features: Sequence[BasemapFeature]) -> list[tuple[str, str, str, str, list[str], str, float, BaseGeometry]]:
    """(group, title, principle, intervention, for whom, day/night, cost, geometry) of each proposal.

    The titles are the English sources; ``add_workshop`` stores them in the language in force.
    """
    market = _place(features, "Riverside Market", "Polygon")
    park = _place(features, "Mto Park", "Polygon")
    grounds = _place(features, "Riverside Grounds", "Polygon")
    interchange = _place(features, "Riverside Interchange", "Polygon")
    school = _place(features, "Riverside Primary School", "Polygon")
    clinic = _place(features, "Mto Health Centre", "Polygon")
    police = _place(features, "Riverside Police Post", "Polygon")
    soko = _place(features, "Soko Street", "LineString")
    river = _place(features, "Mvua River", "LineString")
    walk = _place(features, "Riverside Walk", "LineString")
    footbridge = _place(features, "Mto Footbridge", "LineString")
    rail = _place(features, "Riverside Branch Line", "LineString")
    tumaini = _place(features, "Tumaini Lane", "LineString")
    halt = _place(features, "Riverside Halt", "Point")
    bus_south = _place(features, "Riverside Road South", "Point")
    junction = _place(features, "Riverside Road Soko Junction", "Point")

    def part(line: BaseGeometry, start: float, end: float) -> BaseGeometry:
        return substring(line, start, end, normalized=True)

    def near(shape: BaseGeometry, east_m: float = 0, north_m: float = 0) -> BaseGeometry:
        centre = shape.centroid
        return shapely.Point(centre.x + east_m * METRE, centre.y + north_m * METRE)

    market_to_interchange = shapely.LineString([market.centroid, interchange.centroid])
    return [
        ("women", QT_TRANSLATE_NOOP("Sample", "Light the market's back lanes"),
         "natural_surveillance", "street_lighting", ["women"], "night", 18000,
         market.buffer(12 * METRE).exterior.buffer(4 * METRE).simplify(2 * METRE)),
        ("women", QT_TRANSLATE_NOOP("Sample", "Public toilets inside the market"),
         "activity_support", "public_toilets", ["women", "girls"], "both",
         24000, near(market, 20, -15)),
        #: “Soko Street” is a name on the sample's map: keep it as written.
        ("women", QT_TRANSLATE_NOOP("Sample", "Vending bays along Soko Street"),
         "activity_support", "vending_space", ["women", "everyone"], "day",
         6000, part(soko, 0.35, 0.5)),
        ("women", QT_TRANSLATE_NOOP("Sample", "Lit walkway from the market to the interchange"),
         "natural_surveillance", "interchange_lighting",
         ["women", "everyone"], "night", 15000, market_to_interchange),
        ("women", QT_TRANSLATE_NOOP("Sample", "Clear the blind corner at the market gate"),
         "natural_surveillance", "sightlines", ["women"], "both",
         800, near(market, -35, 30)),
        ("women", QT_TRANSLATE_NOOP("Sample", "Market traders' evening watch"),
         "social_cohesion", "community_watch", ["women"], "night", 500,
         market.buffer(2 * METRE)),
        ("women", QT_TRANSLATE_NOOP("Sample", "Safe crossing at Soko junction"),
         "connectivity", "safe_crossing", ["everyone"], "both", 9000, junction),
        ("women", QT_TRANSLATE_NOOP("Sample", "Repave the market's muddy walkways"),
         "maintenance", "paths_paving", ["women", "elderly"], "both", 12000,
         part(soko, 0.42, 0.46).buffer(6 * METRE)),
        #: “Riverside Grounds” is a name on the sample's map: keep it as written.
        ("youth", QT_TRANSLATE_NOOP("Sample", "Floodlit pitch at Riverside Grounds"),
         "activity_support", "youth_programme", ["youth"], "night", 30000,
         grounds),
        #: “Mto Park” is a name on the sample's map: keep it as written.
        ("youth", QT_TRANSLATE_NOOP("Sample", "Evening youth programme in Mto Park"),
         "activity_support", "youth_programme", ["youth", "girls"],
         "night", 4000, park.buffer(-10 * METRE)),
        ("youth", QT_TRANSLATE_NOOP("Sample", "Lights on the Mto footbridge"),
         "natural_surveillance", "street_lighting", ["youth", "women"], "night",
         5000, footbridge),
        #: “Riverside Walk” is a name on the sample's map: keep it as written.
        ("youth", QT_TRANSLATE_NOOP("Sample", "Trim the bushes along Riverside Walk"),
         "natural_surveillance", "sightlines", ["everyone"], "both", 1500,
         part(walk, 0.2, 0.6)),
        #: “Mto Park” is a name on the sample's map: keep it as written.
        ("youth", QT_TRANSLATE_NOOP("Sample", "Seating and shade in Mto Park"),
         "territorial_reinforcement", "seating_shade", ["elderly", "youth"],
         "day", 3500, near(park, 15, 10)),
        ("youth", QT_TRANSLATE_NOOP("Sample", "Mural on the railway wall"),
         "community_culture", "clean_up", ["youth"], "day", 2500,
         part(rail, 0.55, 0.7)),
        #: “Riverside Halt” is a name on the sample's map: keep it as written.
        ("youth", QT_TRANSLATE_NOOP("Sample", "Shelter and lights at Riverside Halt"),
         "natural_surveillance", "transport_stop", ["youth", "women"],
         "night", 11000, halt),
        ("youth", QT_TRANSLATE_NOOP("Sample", "Signs from the river to the interchange"),
         "connectivity", "wayfinding", ["everyone"], "both", 1200,
         shapely.LineString([footbridge.centroid, interchange.centroid])),
        #: “Riverside Road South” is a name on the sample's map: keep it as written.
        ("residents", QT_TRANSLATE_NOOP("Sample", "Upgrade the bus stop at Riverside Road South"),
         "natural_surveillance", "transport_stop",
         ["elderly", "women"], "both", 9000, bus_south),
        #: “Tumaini Lane” is a name on the sample's map: keep it as written.
        ("residents", QT_TRANSLATE_NOOP("Sample", "Street lights on Tumaini Lane"),
         "natural_surveillance", "street_lighting", ["everyone"], "night",
         7000, tumaini),
        ("residents", QT_TRANSLATE_NOOP("Sample", "Riverbank clean-up days"),
         "maintenance", "clean_up", ["everyone"], "day", 700,
         part(river, 0.3, 0.55).buffer(15 * METRE)),
        ("residents", QT_TRANSLATE_NOOP("Sample", "Neighbourhood watch by the health centre"),
         "social_cohesion", "community_watch", ["elderly"],
         "night", 300, clinic.buffer(25 * METRE)),
        ("residents", QT_TRANSLATE_NOOP("Sample", "Safe crossing by the primary school"),
         "connectivity", "safe_crossing", ["children"], "day", 8000,
         near(school, 0, 45)),
        ("residents", QT_TRANSLATE_NOOP("Sample", "Ramp and handrail at the footbridge"),
         "access_control", "paths_paving", ["disabled", "elderly"],
         "both", 6500, shapely.Point(footbridge.coords[0])),
        ("residents", QT_TRANSLATE_NOOP("Sample", "Greening in front of the police post"),
         "territorial_reinforcement", "greening", ["everyone"], "day",
         2000, police.buffer(6 * METRE).difference(police)),
        ("residents", QT_TRANSLATE_NOOP("Sample", "Gun-free zone around the school"),
         "threshold_capacity", "gun_free_zone", ["children", "youth"],
         "both", 1000, school.buffer(60 * METRE)),
    ]


def add_workshop(store: ProjectStore, features: Sequence[BasemapFeature], make_uuid: Callable[[str], str],
                 timestamp: str) -> None:
    """Add the sample workshop (see module contract) in one transaction."""
    stamp: dict[str, Any] = {"created_at": timestamp, "updated_at": timestamp, "device_id": store.device_id}
    workshop = Workshop(uuid=make_uuid("workshops/1"), title=said(WORKSHOP_TITLE), held_on="2026-03-14",
                        place=said(WORKSHOP_PLACE), facilitator=said(WORKSHOP_FACILITATOR),
                        notes=said(WORKSHOP_NOTES), votes_per_participant=3, **stamp)
    groups = {key: Group(uuid=make_uuid(f"groups/{key}"), workshop_uuid=workshop.uuid, name=said(name), colour=colour,
                         **stamp)
              for key, name, _proposed_by, colour in GROUPS}
    proposed_by = {key: said(sentence) for key, _name, sentence, _colour in GROUPS}
    people = [Participant(uuid=make_uuid(f"participants/{n}"), workshop_uuid=workshop.uuid, group_uuid=groups[g].uuid,
                          code=f"P{n:02d}", gender=gender, age_band=age, role=role, disability=disability,
                          consent_given=True, **stamp)
              for n, (g, gender, age, role, disability) in enumerate(PEOPLE, start=1)]
    proposals = [Proposal(uuid=make_uuid(f"proposals/{n}"), workshop_uuid=workshop.uuid, group_uuid=groups[g].uuid,
                          title=said(title), description=proposed_by[g],
                          cpted_principle=principle, intervention_type=intervention, beneficiaries=whom,
                          day_night=day_night, cost_estimate=cost, geom=shapely.set_precision(shape, 1e-7), **stamp)
                 for n, (g, title, principle, intervention, whom, day_night, cost, shape)
                 in enumerate(_proposals(features), start=1)]
    votes = _votes(people, proposals, workshop, make_uuid, stamp)
    with store.atomic():
        for batch in ([workshop], list(groups.values()), people, proposals, votes):
            store.insert_many(batch)  # type: ignore[arg-type]


def _votes(people: list[Participant], proposals: list[Proposal], workshop: Workshop,
           make_uuid: Callable[[str], str], stamp: dict[str, Any]) -> list[Record]:
    """Three dots per person: mostly on their own group's ideas, lighting and toilets popular."""
    chooser = random.Random(2026)
    popular = {"street_lighting": 3.0, "public_toilets": 3.0, "interchange_lighting": 2.5, "transport_stop": 2.0}
    votes: list[Record] = []
    for person in people:
        weights = [popular.get(p.intervention_type or "", 1.0) * (2.0 if p.group_uuid == person.group_uuid else 1.0)
                   for p in proposals]
        for dot, proposal in enumerate(chooser.choices(proposals, weights=weights, k=3)):
            votes.append(Vote(uuid=make_uuid(f"votes/{person.code}/{dot}"), workshop_uuid=workshop.uuid,
                              proposal_uuid=proposal.uuid, participant_uuid=person.uuid, dots=1, **stamp))
    return votes
