"""The safety audit walks of the Riverside sample: one by day, one at night, on the same route.

Contract: ``add_audits(store, features, make_uuid, timestamp)`` adds, in one transaction,
two audit walks of the sample workshop on 2026-03-17 along one route that follows the
sample basemap's streets and paths (Soko Street past the market, Riverside Road south,
Riverside Walk east, over the Mto Footbridge and back west on the dirt path of the south
bank), with 20 audit points each at the same places, every criterion of the active set
scored, a few checklist answers, and six sample participants recorded as each walk's
walkers. Scores follow from what the basemap has at each point (lamps, stalls, bus
stops, the police post, the kind of path), with a little fixed-seed noise, so night
brings dark spots (lighting 0) where no lamp is within 30 m. Deterministic. Titles,
notes, comments and recommendations are in the language in force
(``io.samples.said``); a checklist answer stores its question as the entry form does,
the English question as a key (``core.audits.CHECKLIST_QUESTIONS``).
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import shapely
from shapely.geometry import LineString, Point
from shapely.geometry.base import BaseGeometry
from shapely.ops import substring

from cosafe.core.criteria_sets import active_criteria
from cosafe.core.i18n import QT_TRANSLATE_NOOP
from cosafe.core.records import AuditPoint, AuditScore, AuditWalk, ChecklistAnswer, Participant, Record, WalkParticipant
from cosafe.io.samples import said
from cosafe.store.basemap import BasemapFeature
from cosafe.store.project_store import ProjectStore

METRE = 1 / 111_000  # degrees, near the equator
POINTS_PER_WALK = 20
WALKED_ON = "2026-03-17"
SEED = 317
# Sign-in codes of the sample workshop's people who walked (women, youth, an official,
# a community leader and, at night, the police post's officer, as the method advises).
WALKERS = {"day": ("P01", "P05", "P09", "P13", "P19", "P22"), "night": ("P03", "P07", "P10", "P14", "P19", "P21")}
WALKS = {
    "day": (QT_TRANSLATE_NOOP("Sample", "Market to river loop (day)"),
            QT_TRANSLATE_NOOP("Sample", "Walked 10:00–11:30 on a market day.")),
    "night": (QT_TRANSLATE_NOOP("Sample", "Market to river loop (night)"),
              QT_TRANSLATE_NOOP("Sample", "Walked 19:30–21:00, after the market closed.")),
}


@dataclass(frozen=True)
class Place:
    """What the basemap has around one audit point (distances in metres)."""

    leg: str  # soko | road | walk | bridge | bank
    lamp: float
    market: float
    bar: float
    stop: float
    police: float
    buildings: int


def _named(features: Sequence[BasemapFeature], name: str, style_class: str) -> list[BaseGeometry]:
    found = [f.geometry for f in features if f.name == name and f.style_class == style_class]
    if not found:
        raise KeyError(f"the sample basemap has no {style_class} named {name!r}")
    return found


def _meeting(a: BaseGeometry, b: BaseGeometry) -> Point:
    """Where two ways meet (they may share a short overlap after snapping)."""
    return a.intersection(b).centroid


def route(features: Sequence[BasemapFeature]) -> tuple[LineString, list[tuple[str, float]]]:
    """The walk's route in lon/lat, and where each leg ends along it (fraction 0..1)."""
    soko = _named(features, "Soko Street", "major_road")[0]
    road = shapely.line_merge(shapely.union_all(_named(features, "Riverside Road", "major_road")))
    walk = _named(features, "Riverside Walk", "path")[0]
    bridge = _named(features, "Mto Footbridge", "path")[0]
    market = _named(features, "Riverside Market", "landuse")[0]
    south_end, north_end = Point(bridge.coords[0]), Point(bridge.coords[-1])
    bank = next(f.geometry for f in features if f.style_class == "path" and f.name is None
                and f.geometry.distance(south_end) < 0.5 * METRE)
    start = soko.interpolate(soko.project(market.centroid) - 60 * METRE)
    at_soko, at_walk, at_bank = _meeting(soko, road), _meeting(walk, road), _meeting(bank, road)
    legs = [("soko", substring(soko, soko.project(start), soko.project(at_soko))),
            ("road", substring(road, road.project(at_soko), road.project(at_walk))),
            ("walk", substring(walk, walk.project(at_walk), walk.project(north_end))),
            ("bridge", LineString([north_end, south_end])),
            ("bank", substring(bank, bank.project(south_end), bank.project(at_bank)))]
    coords = np.concatenate([np.asarray(line.coords) for _, line in legs])
    keep = np.r_[True, np.any(np.abs(np.diff(coords, axis=0)) > 1e-9, axis=1)]  # drop repeats at the joints
    line = shapely.set_precision(LineString(coords[keep]), 1e-7)
    ends, walked = [], 0.0
    for name, leg in legs:
        walked += leg.length
        ends.append((name, walked / sum(leg.length for _, leg in legs)))
    return line, ends


def _places(features: Sequence[BasemapFeature], points: list[Point], legs: list[str]) -> list[Place]:
    def points_of(predicate: Callable[[BasemapFeature], bool]) -> BaseGeometry:
        return shapely.union_all([f.geometry for f in features if predicate(f)])

    lamps = points_of(lambda f: f.style_class == "lamp")
    bars = points_of(lambda f: f.tags.get("amenity") == "bar")
    stops = points_of(lambda f: f.tags.get("highway") == "bus_stop")
    market = _named(features, "Riverside Market", "landuse")[0]
    police = _named(features, "Riverside Police Post", "landuse")[0]
    buildings = shapely.STRtree([f.geometry for f in features if f.style_class == "building"])
    return [Place(leg, p.distance(lamps) / METRE, p.distance(market) / METRE, p.distance(bars) / METRE,
                  p.distance(stops) / METRE, p.distance(police) / METRE, len(buildings.query(p.buffer(30 * METRE))))
            for p, leg in zip(points, legs)]


def _band(value: float, limits: tuple[float, float, float]) -> int:
    """3 below the first limit, 2 below the second, 1 below the third, else 0."""
    return 3 - sum(value >= limit for limit in limits)


def place_scores(place: Place, time_of_day: str) -> dict[str, int]:
    """The scores (before noise) a careful audit team would give at ``place``."""
    night = time_of_day == "night"
    busy = place.market < 40
    lighting = _band(place.lamp, (12, 20, 30)) if night else (2 if place.leg in ("walk", "bank") else 3)
    openness = {"soko": 3, "road": 3, "walk": 2, "bridge": 2, "bank": 1}[place.leg]
    visibility = 3 - sum(place.buildings < n for n in (30, 10, 4))
    if night:
        people = 2 if place.bar < 60 else 1 if busy or place.leg in ("soko", "road") else 0
        gender_usage = 1 if busy or place.leg in ("soko", "road") else 0
        visibility = max(visibility - 1, 0)  # shutters down after dark
    else:
        people = 3 if busy else 2 if place.leg in ("soko", "road", "walk") else 1
        gender_usage = 3 if busy else 2 if place.leg in ("soko", "road", "walk") else 1
    security = max(_band(place.police, (60, 200, 10_000)) - night, 0)
    walkpath = {"soko": 2, "road": 3, "walk": 3, "bridge": 2, "bank": 1 - night}[place.leg]
    transport = _band(place.stop, (60, 150, 300))
    if night and place.stop >= 60:
        transport = max(transport - 1, 0)  # fewer matatus after dark
    return {"lighting": lighting, "openness": openness, "visibility": visibility, "people": people,
            "security": security, "walkpath": walkpath, "transport": transport, "gender_usage": gender_usage}


def _with_feeling(scores: dict[str, int], chooser: random.Random) -> dict[str, int]:
    """Noise on a few scores, then the feeling, which goes mostly with lighting and people."""
    noisy = {key: min(3, max(0, value + chooser.choice((-1, 1)))) if chooser.random() < 0.2 else value
             for key, value in scores.items()}
    feeling = (0.35 * noisy["lighting"] + 0.3 * noisy["people"] + 0.15 * noisy["visibility"]
               + 0.2 * noisy["openness"] + chooser.uniform(-0.4, 0.4))
    return {**noisy, "feeling": min(3, max(0, round(feeling)))}


# What the audit team wrote at a point (see ``_comment``).
DARK = {"bank": QT_TRANSLATE_NOOP("Sample", "Dark dirt path between bushes and the river; nowhere to run."),
        "bridge": QT_TRANSLATE_NOOP("Sample", "No light on the footbridge; you cannot see who waits at the far end."),
        "": QT_TRANSLATE_NOOP("Sample", "No working lamp: could not see faces at 10 m.")}
MARKET = {"day": QT_TRANSLATE_NOOP("Sample", "Market frontage, crowded with stalls and buyers."),
          "night": QT_TRANSLATE_NOOP("Sample", "Market shut; stalls make blind corners.")}
BAR_AT_NIGHT = QT_TRANSLATE_NOOP("Sample", "Men drinking outside the bar; groups of women cross the road to avoid it.")
BUS_STOP = QT_TRANSLATE_NOOP("Sample", "Bus stop close by.")


def _comment(place: Place, scores: dict[str, int], time_of_day: str) -> str:
    if time_of_day == "night" and scores["lighting"] == 0:
        return said(DARK.get(place.leg, DARK[""]))
    if place.market < 40:
        return said(MARKET[time_of_day])
    if place.bar < 60 and time_of_day == "night":
        return said(BAR_AT_NIGHT)
    if place.stop < 60:
        return said(BUS_STOP)
    return ""


# (walk, point index, question, answer, recommendation): the women's safety audit checklist,
# answered at a few points (questions as the recording form stores them: English keys,
# shown in the reader's language; recommendations in the language in force).
CHECKLIST = (
    ("day", 1, "Toilets available and visible", True,
     #: “Soko Street” is a name on the sample's map: keep it as written.
     QT_TRANSLATE_NOOP("Sample", "Sign the market toilets from Soko Street.")),
    ("day", 1, "Women and girls use this space", True, ""),
    ("day", 15, "Clear sightlines (no blind corners or blank walls)", False,
     QT_TRANSLATE_NOOP("Sample", "Trim the bushes along the bank path.")),
    ("night", 14, "Lighting bright enough to see faces", False,
     QT_TRANSLATE_NOOP("Sample", "Solar lamps at both ends of the footbridge.")),
    ("night", 14, "Escape routes (no entrapment spots)", False,
     QT_TRANSLATE_NOOP("Sample", "Open a lit path from the footbridge to the park.")),
    ("night", 16, "No dark or scary places, long empty stretches or high fences", False,
     QT_TRANSLATE_NOOP("Sample", "Light the bank path or close it after dark with a signed, lit detour.")),
    ("night", 7, "Transport stop visible and active", True,
     QT_TRANSLATE_NOOP("Sample", "Keep the stop's lamp working; add a shelter.")),
)


def add_audits(store: ProjectStore, features: Sequence[BasemapFeature], make_uuid: Callable[[str], str],
               timestamp: str) -> None:
    """Add the two sample walks (see module contract) in one transaction."""
    stamp: dict[str, Any] = {"created_at": timestamp, "updated_at": timestamp, "device_id": store.device_id}
    criteria_set, criteria = active_criteria(store)
    people = {p.code: p for p in store.list(Participant)}
    line, ends = route(features)
    fractions = np.linspace(0.0, 1.0, POINTS_PER_WALK)
    legs = [next(name for name, end in ends if f <= end + 1e-9) for f in fractions]
    points = [shapely.set_precision(line.interpolate(f, normalized=True), 1e-7) for f in fractions]
    places = _places(features, points, legs)
    chooser = random.Random(SEED)
    batches: dict[type[Record], list[Record]] = {t: [] for t in
                                                 (AuditWalk, WalkParticipant, AuditPoint, AuditScore, ChecklistAnswer)}
    for time_of_day, (title, notes) in WALKS.items():
        walk = AuditWalk(uuid=make_uuid(f"audit_walks/{time_of_day}"), geom=line,
                         workshop_uuid=people["P01"].workshop_uuid,
                         title=said(title), walked_on=WALKED_ON, time_of_day=time_of_day,
                         criteria_set_uuid=criteria_set.uuid, notes=said(notes), **stamp)
        batches[AuditWalk].append(walk)
        batches[WalkParticipant] += [
            WalkParticipant(uuid=make_uuid(f"walk_participants/{time_of_day}/{code}"), walk_uuid=walk.uuid,
                            participant_uuid=people[code].uuid, **stamp) for code in WALKERS[time_of_day]]
        for index, (point, place) in enumerate(zip(points, places)):
            scores = _with_feeling(place_scores(place, time_of_day), chooser)
            audit_point = AuditPoint(uuid=make_uuid(f"audit_points/{time_of_day}/{index}"), geom=point,
                                     walk_uuid=walk.uuid, sequence=index + 1,
                                     comment=_comment(place, scores, time_of_day), **stamp)
            batches[AuditPoint].append(audit_point)
            batches[AuditScore] += [
                AuditScore(uuid=make_uuid(f"audit_scores/{time_of_day}/{index}/{c.key}"), point_uuid=audit_point.uuid,
                           criterion_uuid=c.uuid, score=scores[c.key], **stamp) for c in criteria]
    for n, (time_of_day, index, question, answer, recommendation) in enumerate(CHECKLIST):
        point_uuid = make_uuid(f"audit_points/{time_of_day}/{index}")
        batches[ChecklistAnswer].append(ChecklistAnswer(uuid=make_uuid(f"checklist_answers/{n}"), point_uuid=point_uuid,
                                                        question=question, answer=answer,
                                                        recommendation=said(recommendation), **stamp))
    with store.atomic():
        for batch in batches.values():
            store.insert_many(batch)
