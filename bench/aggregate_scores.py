"""Perception analysis over 100,000 audit scores: load from the project file and disaggregate.

Builds a new project with N scores (points of 9 criteria on walks of 20 points, each
walk by 1–6 of 200 participants of mixed gender, age band and role, day/dusk/night)
and 2,000 pins, then prints the median time to load every score × walker and pin
(``load_perception_data``), to disaggregate by gender × age band × time of day,
both together (budget < 0.5 s), the protected table every output shows
(``protected_cells``: pooling and the disclosure audit) beside the raw one it starts from,
and the other aggregates the analysis panel draws.
Usage: python bench/aggregate_scores.py [--scores 100000]
"""

from __future__ import annotations

import argparse
import random
import tempfile
from pathlib import Path

import shapely

from cosafe.core.perception_stats import (
    criterion_distribution, day_night_comparison, disaggregate, feeling_drivers, point_safety_scores, protected_cells,
)
from cosafe.core.records import (
    AuditPoint, AuditScore, AuditWalk, Criterion, CriteriaSet, Participant, PerceptionPin, WalkParticipant, Workshop,
)
from cosafe.core.vocabulary import AGE_BANDS, GENDERS, PARTICIPANT_ROLES, keys_of
from cosafe.io.samples.project import SAMPLE_BBOX
from cosafe.store.queries.perception import load_perception_data
from cosafe.store.project_store import ProjectStore
from timing import median_ms  # noqa: E402  (bench/ is on sys.path when run as a script)

BY = ("gender", "age_band", "time_of_day")


def build(store: ProjectStore, n_scores: int, chooser: random.Random) -> None:
    west, south, east, north = SAMPLE_BBOX
    criteria = store.list(Criterion, "set_uuid = ?", (store.list(CriteriaSet)[0].uuid,))
    workshop = Workshop(title="Bench")
    store.insert(workshop)
    people = [Participant(workshop_uuid=workshop.uuid, gender=chooser.choice(keys_of(GENDERS)),
                          age_band=chooser.choice(keys_of(AGE_BANDS)), role=chooser.choice(keys_of(PARTICIPANT_ROLES)))
              for _ in range(200)]
    store.insert_many(people)
    n_points = -(-n_scores // len(criteria))
    walks, links, points, scores = [], [], [], []
    for start in range(0, n_points, 20):
        walk = AuditWalk(workshop_uuid=workshop.uuid, time_of_day=chooser.choice(("day", "dusk", "night")),
                         walked_on=f"2026-0{chooser.randint(1, 9)}-1{chooser.randint(0, 9)}",
                         criteria_set_uuid=criteria[0].set_uuid)
        walks.append(walk)
        links += [WalkParticipant(walk_uuid=walk.uuid, participant_uuid=p.uuid)
                  for p in chooser.sample(people, chooser.randint(1, 6))]
        for _ in range(min(20, n_points - start)):
            point = AuditPoint(walk_uuid=walk.uuid, geom=shapely.Point(chooser.uniform(west, east),
                                                                       chooser.uniform(south, north)))
            points.append(point)
            scores += [AuditScore(point_uuid=point.uuid, criterion_uuid=c.uuid, score=chooser.randint(0, 3))
                       for c in criteria]
    store.insert_many(walks)
    store.insert_many(links)
    store.insert_many(points)
    store.insert_many(scores[:n_scores])
    store.insert_many([PerceptionPin(geom=shapely.Point(chooser.uniform(west, east), chooser.uniform(south, north)),
                                     workshop_uuid=workshop.uuid, participant_uuid=chooser.choice(people).uuid,
                                     feeling=chooser.choice(("safe", "unsafe")),
                                     time_of_day=chooser.choice(("day", "night")))
                       for _ in range(2000)])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scores", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "scores.gpkg"
        with ProjectStore.create(str(path), name="Bench") as store:
            build(store, args.scores, random.Random(5))
        with ProjectStore.open(str(path), read_only=True) as store:
            data = load_perception_data(store)
            load = median_ms(lambda: load_perception_data(store))
            split = median_ms(lambda: disaggregate(data, BY, store.suppression_threshold))
            both = median_ms(lambda: disaggregate(load_perception_data(store), BY, store.suppression_threshold))
            points = median_ms(lambda: point_safety_scores(data))
            distribution = median_ms(lambda: criterion_distribution(data))
            pairs = median_ms(lambda: day_night_comparison(data, 40), repeats=3)
            drivers = median_ms(lambda: feeling_drivers(data))
            cells = disaggregate(data, BY, store.suppression_threshold)
            threshold = store.suppression_threshold
            protected = {by: (median_ms(lambda by=by: disaggregate(data, by, threshold)),
                              median_ms(lambda by=by: protected_cells(data, by, threshold), repeats=3),
                              sum(c.suppressed for c in protected_cells(data, by, threshold)))
                         for by in (BY[:1], BY[:2], BY)}
    stored = len(set(data.scores.score_id.tolist()))
    print(f"{stored} audit scores ({len(data.scores.score)} score × walker rows, {len(data.points.uuid)} points), "
          f"{len(data.pins.uuid)} pins; {len(cells)} cells by {' × '.join(BY)}")
    print(f"load scores and pins:                 {load:7.1f} ms")
    print(f"disaggregate (gender × age × time):   {split:7.1f} ms")
    print(f"load + disaggregate:                  {both:7.1f} ms  (budget < 500 ms)")
    print(f"point safety scores:                  {points:7.1f} ms")
    print(f"criterion distribution:               {distribution:7.1f} ms")
    print(f"day/night pairs within 40 m:          {pairs:7.1f} ms")
    print(f"feeling drivers:                      {drivers:7.1f} ms")
    for by, (raw, safe, hidden) in protected.items():
        print(f"protected by {' × '.join(by):32} {safe:7.1f} ms  (raw table, the code before: {raw:.1f} ms; "
              f"{hidden} cells hidden)")


if __name__ == "__main__":
    main()
