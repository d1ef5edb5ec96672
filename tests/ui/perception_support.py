"""Perception data written straight into a new project, for the map, filter and analysis tests.

Holds no tests. ``seed_perceptions(store)`` adds one workshop with two groups, a day
walk and a night walk over the same six places, pins and recorded incidents, with
known figures:
- the day walk is walked by the six young women (15–24) of group A, the night walk
  by two men aged 40–59 (group B): so the cell (woman, 15–24, day) has 6 people
  and the cell (man, 40–59, night) 2 — under the default threshold of 5;
- every day criterion scores 3 except people = 2 (safety score 5 × 20/24 ≈ 4.58 …),
  night scores are lower, and night places 0 and 1 have lighting 0 (dark spots);
- 12 pins: 8 by the young women by day (2 unsafe), 4 by the men at night (all unsafe);
- 4 incidents, two in 2026-10 and two in 2026-11.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from PySide6.QtWidgets import QApplication
from shapely.geometry import LineString, Point

from cosafe.core.records import (AuditPoint, AuditScore, AuditWalk, Criterion, Group, Incident, Participant,
                                 PerceptionPin, WalkParticipant, Workshop)
from cosafe.store.project_store import ProjectStore

LON, LAT = 36.8200, -1.2800
STEP = 0.0006  # about 65 m between audit places
PLACES = [(LON + i * STEP, LAT) for i in range(6)]
DAY_DATE, NIGHT_DATE = "2026-11-10", "2026-11-12"


@dataclass
class Seeded:
    workshop: Workshop
    groups: list[Group]
    women: list[Participant]
    men: list[Participant]
    day_walk: AuditWalk
    night_walk: AuditWalk


def night_scores(place: int) -> dict[str, int]:
    lighting = 0 if place < 2 else 2
    return {"lighting": lighting, "openness": 1, "visibility": 1, "people": 0, "security": 1, "walkpath": 2,
            "transport": 1, "gender_usage": 0, "feeling": 0 if place < 2 else 1}


def day_scores(place: int) -> dict[str, int]:
    return {"lighting": 3, "openness": 3, "visibility": 3, "people": 2, "security": 3, "walkpath": 3,
            "transport": 3, "gender_usage": 3, "feeling": 3 if place % 2 else 2}


def seed_perceptions(store: ProjectStore) -> Seeded:
    workshop = Workshop(title="Riverside audit", held_on=DAY_DATE)
    groups = [Group(workshop_uuid=workshop.uuid, name="Young women", colour="#E69F00"),
              Group(workshop_uuid=workshop.uuid, name="Night shift", colour="#0072B2")]
    women = [Participant(workshop_uuid=workshop.uuid, group_uuid=groups[0].uuid, code=f"W{i}", gender="woman",
                         age_band="15_24", role="student", consent_given=True) for i in range(6)]
    men = [Participant(workshop_uuid=workshop.uuid, group_uuid=groups[1].uuid, code=f"M{i}", gender="man",
                       age_band="40_59", role="trader", consent_given=True) for i in range(2)]
    criteria = {c.key: c for c in store.list(Criterion)}
    set_uuid = next(iter(criteria.values())).set_uuid
    route = LineString(PLACES)
    day = AuditWalk(geom=route, workshop_uuid=workshop.uuid, group_uuid=groups[0].uuid, title="Market street by day",
                    walked_on=DAY_DATE, time_of_day="day", criteria_set_uuid=set_uuid)
    night = AuditWalk(geom=route, workshop_uuid=workshop.uuid, group_uuid=groups[1].uuid,
                      title="Market street at night", walked_on=NIGHT_DATE, time_of_day="night",
                      criteria_set_uuid=set_uuid)
    records: list = [workshop, *groups, *women, *men, day, night]
    records += [WalkParticipant(walk_uuid=day.uuid, participant_uuid=p.uuid) for p in women]
    records += [WalkParticipant(walk_uuid=night.uuid, participant_uuid=p.uuid) for p in men]
    for walk, scores_of in ((day, day_scores), (night, night_scores)):
        for i, (lon, lat) in enumerate(PLACES):
            # Night points a few metres off the day ones: the same places, not the same clicks.
            point = AuditPoint(geom=Point(lon, lat + (0.00003 if walk is night else 0.0)), walk_uuid=walk.uuid,
                               sequence=i)
            records.append(point)
            records += [AuditScore(point_uuid=point.uuid, criterion_uuid=criteria[key].uuid, score=value)
                        for key, value in scores_of(i).items()]
    for i in range(8):
        records.append(PerceptionPin(geom=Point(LON + i * 0.0004, LAT + 0.0008), workshop_uuid=workshop.uuid,
                                     group_uuid=groups[0].uuid, participant_uuid=women[i % 6].uuid,
                                     feeling="unsafe" if i < 2 else "safe", time_of_day="day",
                                     created_at=f"{DAY_DATE}T10:00:00.000Z"))
    for i in range(4):
        records.append(PerceptionPin(geom=Point(LON + i * 0.0004, LAT - 0.0008), workshop_uuid=workshop.uuid,
                                     group_uuid=groups[1].uuid, participant_uuid=men[i % 2].uuid,
                                     feeling="unsafe", time_of_day="night", created_at=f"{NIGHT_DATE}T21:00:00.000Z"))
    # Recorded at night, by day, at no known time, at dusk (issue 16: the time of day an incident keeps).
    for i, (date, time) in enumerate((("2026-10-02", "22:15"), ("2026-10-20", "10:05"), ("2026-11-05", None),
                                      ("2026-11-15", "19:00"))):
        records.append(Incident(geom=Point(LON + i * 0.0005, LAT + 0.0012), category="robbery", occurred_on=date,
                                occurred_at=time, source="Police records"))
    for record in records:
        store.insert(record)
    return Seeded(workshop, groups, women, men, day, night)


def add_night_walkers(store: ProjectStore, seeded: Seeded, count: int = 5) -> None:
    """``count`` more men aged 40–59 on the night walk: seven in all, enough to show their figures."""
    for i in range(count):
        man = Participant(workshop_uuid=seeded.workshop.uuid, group_uuid=seeded.groups[1].uuid, code=f"N{i}",
                          gender="man", age_band="40_59", role="trader", consent_given=True)
        store.insert(man)
        store.insert(WalkParticipant(walk_uuid=seeded.night_walk.uuid, participant_uuid=man.uuid))


def new_project(path) -> tuple[ProjectStore, Seeded]:
    store = ProjectStore.create(str(path), name="perceptions")
    return store, seed_perceptions(store)


def on_tab(panel, name: str):
    """The chart ``name`` of an AnalysisPanel, its tab picked first as a person would (charts draw when shown)."""
    chart = getattr(panel, name)
    for index in range(panel.tabs.count()):
        page = panel.tabs.widget(index).widget()
        if page is chart or chart.parentWidget() is page:  # the Day and Night tab holds the incidents' table too
            panel.tabs.setCurrentIndex(index)
    return settled(chart)


def settled(chart, timeout: float = 20.0):
    """``chart`` once what it is working out off the UI thread has been drawn (the People tab's cells)."""
    deadline = time.monotonic() + timeout
    while getattr(chart, "working", False):
        assert time.monotonic() < deadline, "the chart never finished working"
        QApplication.processEvents()
        time.sleep(0.005)
    return chart
