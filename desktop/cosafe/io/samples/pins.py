"""Perception pins and recorded incidents of the Riverside sample.

Contract: ``add_pins_and_incidents(store, features, make_uuid, timestamp)`` adds, in one
transaction, 60 perception pins placed by the sample workshop's participants (two or
three each, all of them taking part) at places of the sample basemap, and 30 recorded
incidents labelled as invented police records, most with a time of day (``INCIDENT_HOURS``). A pin's feeling is drawn from how unsafe
its place is at that time of day, raised for women and girls and lowered for men, so the
sample shows what the method expects: more unsafe pins at night, and from women and
girls. Deterministic (fixed seed, identities from ``make_uuid``); nothing lands in the
river except pins on the footbridge. Stories, incident categories and the incidents'
source are in the language in force (``io.samples.said``); reason tags are keys.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import shapely
from shapely.geometry import Point
from shapely.geometry.base import BaseGeometry
from shapely.ops import substring

from cosafe.core.i18n import QT_TRANSLATE_NOOP
from cosafe.core.records import Incident, Participant, PerceptionPin
from cosafe.io.samples import said
from cosafe.io.samples.audits import METRE, route
from cosafe.store.basemap import BasemapFeature
from cosafe.store.project_store import ProjectStore

PIN_COUNT = 60
INCIDENT_COUNT = 30
SEED = 1403
FIRST_INCIDENT_DAY = date(2025, 3, 1)  # a year of records before the workshop
INCIDENT_SOURCE = QT_TRANSLATE_NOOP("Sample",
                                    "Riverside Police Post occurrence book 2025–26 (invented sample data)")


@dataclass(frozen=True)
class PinPlace:
    """A place people pin: how unsafe it feels by day and at night, and what they say."""

    key: str
    weight: float
    radius_m: float
    unsafe_day: float
    unsafe_night: float
    unsafe_tags: tuple[str, ...]
    safe_tags: tuple[str, ...]
    unsafe_story: str
    safe_story: str


PLACES = (
    PinPlace("market", 3, 40, 0.3, 0.7, ("crowded", "harassment", "poor_lighting"), ("friendly_shops", "well_used"),
             #: Stories are what residents wrote on their pins: keep them short and spoken.
             QT_TRANSLATE_NOOP("Sample", "Men touch and call out at girls in the crowded aisles."),
             QT_TRANSLATE_NOOP("Sample", "The traders know us and look out for us.")),
    PinPlace("market_toilets", 1.5, 6, 0.45, 0.9, ("poor_lighting", "isolated", "blind_corner"), ("well_used",),
             QT_TRANSLATE_NOOP("Sample", "The toilets are at the dark back of the market; I wait until I get home."),
             QT_TRANSLATE_NOOP("Sample", "Clean and busy in the morning.")),
    PinPlace("interchange", 2, 35, 0.35, 0.65, ("crowded", "harassment", "no_transport"),
             ("well_used", "good_lighting"),
             #: A matatu is a shared minibus taxi (East Africa): say the local word for one.
             QT_TRANSLATE_NOOP("Sample", "Pickpockets work the queue for the last matatu."),
             QT_TRANSLATE_NOOP("Sample", "Always people and lights at the bays.")),
    PinPlace("bar", 2, 10, 0.3, 0.85, ("drugs_alcohol", "harassment"), ("well_used",),
             QT_TRANSLATE_NOOP("Sample", "Drinkers outside the bar block the pavement and shout at women."),
             QT_TRANSLATE_NOOP("Sample", "Lively, people about.")),
    PinPlace("river_walk", 2, 5, 0.3, 0.9, ("isolated", "poor_lighting"), ("well_used",),
             QT_TRANSLATE_NOOP("Sample", "Nobody walks by the river after dark; there is not one lamp."),
             QT_TRANSLATE_NOOP("Sample", "Nice walk in the morning with others.")),
    PinPlace("footbridge", 2, 3, 0.45, 0.95, ("isolated", "poor_lighting", "blind_corner"), ("well_used",),
             QT_TRANSLATE_NOOP("Sample", "You cannot see who waits at the other end of the footbridge."),
             QT_TRANSLATE_NOOP("Sample", "Quick way to school in daylight.")),
    PinPlace("bank_path", 1.5, 4, 0.5, 0.95, ("isolated", "poor_lighting", "blind_corner"), (),
             QT_TRANSLATE_NOOP("Sample", "Bushes on both sides and the river behind: nowhere to run."), ""),
    PinPlace("park", 2, 40, 0.15, 0.55, ("isolated", "drugs_alcohol"), ("well_used", "good_lighting"),
             QT_TRANSLATE_NOOP("Sample", "Young men sit in the dark corners smoking."),
             QT_TRANSLATE_NOOP("Sample", "Families and football in the afternoon.")),
    PinPlace("police", 1, 15, 0.05, 0.2, ("isolated",), ("well_used", "good_lighting"),
             QT_TRANSLATE_NOOP("Sample", "The post is closed at night."),
             QT_TRANSLATE_NOOP("Sample", "Police at the post; I feel safe here.")),
    PinPlace("school", 1, 25, 0.1, 0.5, ("isolated",), ("well_used",),
             QT_TRANSLATE_NOOP("Sample", "Empty and dark around the school at night."),
             QT_TRANSLATE_NOOP("Sample", "Teachers and parents at the gate.")),
    PinPlace("bus_south", 1.5, 8, 0.25, 0.65, ("no_transport", "poor_lighting"), ("well_used",),
             QT_TRANSLATE_NOOP("Sample", "The stop is dark and buses stop coming after eight."),
             QT_TRANSLATE_NOOP("Sample", "Busy stop in the morning.")),
    PinPlace("tumaini", 1.5, 4, 0.3, 0.85, ("poor_lighting", "isolated"), ("friendly_shops",),
             #: “Tumaini Lane” is a name on the sample's map: keep it as written.
             QT_TRANSLATE_NOOP("Sample", "Tumaini Lane has no street lights at all."),
             QT_TRANSLATE_NOOP("Sample", "Neighbours sit outside in the day.")),
    PinPlace("soko_shops", 2, 8, 0.1, 0.4, ("crowded",), ("friendly_shops", "good_lighting", "well_used"),
             #: Boda bodas are motorcycle taxis (East Africa): say the local word for them.
             QT_TRANSLATE_NOOP("Sample", "Boda boda riders stop and harass girls at night."),
             QT_TRANSLATE_NOOP("Sample", "Shops open late and well lit.")),
)

# (category, where it happens, weight)
INCIDENTS = (
    #: An incident category in the police records (invented).
    (QT_TRANSLATE_NOOP("Sample", "Theft"), ("interchange", "market"), 8),
    (QT_TRANSLATE_NOOP("Sample", "Robbery"), ("bank_path", "footbridge", "tumaini", "interchange"), 6),
    (QT_TRANSLATE_NOOP("Sample", "Assault"), ("bar",), 5),
    (QT_TRANSLATE_NOOP("Sample", "Sexual harassment"), ("bar", "river_walk", "market"), 5),
    (QT_TRANSLATE_NOOP("Sample", "Drug offence"), ("park", "bar"), 3),
    (QT_TRANSLATE_NOOP("Sample", "Vandalism"), ("school", "bus_south"), 3),
)
# The hours an incident of each category is recorded at: thefts in market hours, the rest mostly
# after dark, as police records of such a neighbourhood read; about one in six records has no time.
INCIDENT_HOURS = {
    "Theft": tuple(range(8, 19)),
    "Robbery": (6, 18, 19, 20, 21, 21, 22, 22, 23, 0, 1),
    "Assault": (19, 21, 22, 23, 23, 0, 0, 1, 2),
    "Sexual harassment": (7, 17, 18, 19, 20, 21, 22, 23),
    "Drug offence": (15, 20, 22, 23, 1),
    "Vandalism": (18, 21, 22, 23, 2, 3),
}
UNTIMED_SHARE = 1 / 6


def _anchors(features: Sequence[BasemapFeature]) -> dict[str, Callable[[random.Random], Point]]:
    """For each place key, a function picking a point there (before the jitter)."""
    def named(name: str, style_class: str) -> BaseGeometry:
        return next(f.geometry for f in features if f.name == name and f.style_class == style_class)

    def along(line: BaseGeometry) -> Callable[[random.Random], Point]:
        return lambda chooser: line.interpolate(chooser.uniform(0.05, 0.95), normalized=True)

    def one_of(points: list[Point]) -> Callable[[random.Random], Point]:
        return lambda chooser: chooser.choice(points)

    market = named("Riverside Market", "landuse")
    toilets = [f.geometry.centroid for f in features if f.tags.get("amenity") == "toilets"]
    line, ends = route(features)
    legs = dict(ends)
    river_walk = substring(line, legs["road"], legs["road"] + 0.6 * (legs["walk"] - legs["road"]),
                                       normalized=True)  # the unlit stretch before the park
    bank = substring(line, legs["bridge"], 1.0, normalized=True)
    soko = named("Soko Street", "major_road")
    return {
        "market": one_of([market.centroid]),
        "market_toilets": one_of([min(toilets, key=market.distance)]),
        "interchange": one_of([named("Riverside Interchange", "landuse").centroid]),
        "bar": one_of([f.geometry for f in features if f.tags.get("amenity") == "bar"]),
        "river_walk": along(river_walk),
        "footbridge": along(named("Mto Footbridge", "path")),
        "bank_path": along(bank),
        "park": one_of([named("Mto Park", "green").centroid]),
        "police": one_of([named("Riverside Police Post", "landuse").centroid]),
        "school": one_of([named("Riverside Primary School", "landuse").centroid]),
        "bus_south": one_of([f.geometry for f in features if f.name == "Riverside Road South"]),
        "tumaini": along(named("Tumaini Lane", "minor_road")),
        "soko_shops": along(substring(soko, 0.55, 0.9, normalized=True)),
    }


def _jittered(point: Point, radius_m: float, chooser: random.Random) -> Point:
    east, north = (chooser.uniform(-radius_m, radius_m) * METRE for _ in range(2))
    return shapely.set_precision(Point(point.x + east, point.y + north), 1e-7)


def unsafe_chance(place: PinPlace, time_of_day: str, person: Participant) -> float:
    """How likely ``person`` is to pin ``place`` as unsafe at ``time_of_day``."""
    base = {"day": place.unsafe_day, "night": place.unsafe_night,
            "dusk": (place.unsafe_day + place.unsafe_night) / 2}[time_of_day]
    if person.gender in ("woman", "non_binary"):
        base += 0.2 if person.age_band in ("under_15", "15_24") else 0.15
    elif person.gender == "man":
        base -= 0.15
    return min(0.97, max(0.03, base))


def _recorded_time(category: str, clock: random.Random) -> str | None:
    """An "HH:MM" time of day an incident of ``category`` was recorded at, or None (not recorded)."""
    if clock.random() < UNTIMED_SHARE:
        return None
    return f"{clock.choice(INCIDENT_HOURS[category]):02d}:{clock.randrange(0, 60, 5):02d}"


def add_pins_and_incidents(store: ProjectStore, features: Sequence[BasemapFeature],
                           make_uuid: Callable[[str], str], timestamp: str) -> None:
    """Add the sample pins and incidents (see module contract) in one transaction."""
    stamp: dict[str, Any] = {"created_at": timestamp, "updated_at": timestamp, "device_id": store.device_id}
    people = sorted(store.list(Participant), key=lambda p: p.code)
    anchors = _anchors(features)
    chooser = random.Random(SEED)
    by_key = {place.key: place for place in PLACES}
    pins = []
    for n in range(PIN_COUNT):
        person = people[n % len(people)]
        place = chooser.choices(PLACES, weights=[p.weight for p in PLACES])[0]
        time_of_day = chooser.choices(("day", "dusk", "night"), weights=(0.45, 0.15, 0.4))[0]
        unsafe = chooser.random() < unsafe_chance(place, time_of_day, person)
        tags = place.unsafe_tags if unsafe else place.safe_tags
        if time_of_day == "day":  # nobody blames the lamps at noon
            tags = tuple(t for t in tags if not t.endswith("lighting")) or tags
        chosen = sorted(chooser.sample(tags, min(len(tags), chooser.randint(1, 2)))) if tags else []
        scale = None if chooser.random() < 0.2 else chooser.choice((1, 2, 2) if unsafe else (4, 4, 5))
        story = said(place.unsafe_story if unsafe else place.safe_story) if chooser.random() < 0.35 else ""
        pins.append(PerceptionPin(
            uuid=make_uuid(f"perception_pins/{n}"),
            geom=_jittered(anchors[place.key](chooser), place.radius_m, chooser),
            workshop_uuid=person.workshop_uuid, group_uuid=person.group_uuid, participant_uuid=person.uuid,
            feeling="unsafe" if unsafe else "safe", scale=scale, reason_tags=chosen, story=story,
            time_of_day=time_of_day, **stamp))
    incidents = []
    clock = random.Random(SEED + 1)  # apart from ``chooser``, so the times leave every other draw as it was
    for n in range(INCIDENT_COUNT):
        category, where, _ = chooser.choices(INCIDENTS, weights=[i[2] for i in INCIDENTS])[0]
        place = by_key[chooser.choice(where)]
        occurred_on = (FIRST_INCIDENT_DAY + timedelta(days=chooser.randrange(365))).isoformat()
        incidents.append(Incident(uuid=make_uuid(f"incidents/{n}"), category=said(category),
                                  occurred_on=occurred_on, occurred_at=_recorded_time(category, clock),
                                  geom=_jittered(anchors[place.key](chooser), place.radius_m, chooser),
                                  source=said(INCIDENT_SOURCE), **stamp))
    with store.atomic():
        store.insert_many(pins)
        store.insert_many(incidents)
