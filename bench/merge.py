"""Merging 10 field copies of 5,000 new records each into one project (budget < 2 s).

Builds an office project with 2,000 pins (``--office-pins``), hands out N field copies
(``make_field_copy``), and in each copy adds R records (perception pins, proposals,
audit points with scores; one audit walk) and changes 50 of the office's pins (10 of
them changed by the previous team too: conflicts). Then
prints the median time to plan all copies (dry run), to merge all of them in one
transaction (the budget), and to merge them again (all skipped), each from a fresh
copy of the office file.
Every copy then holds the office's pins as well as its own records; ``--office-pins 0``
gives files of just their 5,000 records (and the default criteria and tags).
Records made in one go share their timestamps to the millisecond (a few dozen to each);
``--distinct-times`` gives each team's record a time of its own, as records entered one
by one have (the row checks try one row per distinct value of what a CHECK reads).
Usage: python bench/merge.py [--files 10] [--records 5000] [--office-pins 2000] [--distinct-times]
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import tempfile
import time
from pathlib import Path

import shapely

from cosafe.core.criteria_sets import active_criteria
from cosafe.core.records import AuditPoint, AuditScore, AuditWalk, PerceptionPin, Proposal, Record
from cosafe.store.merge.field_copy import make_field_copy
from cosafe.store.merge.files import merge_files
from cosafe.store.project_store import ProjectStore


def _pins(chooser: random.Random, count: int, label: str) -> list[PerceptionPin]:
    return [PerceptionPin(geom=shapely.Point(36.8 + chooser.random() / 20, -1.3 + chooser.random() / 20),
                          feeling=chooser.choice(("safe", "unsafe")), reason_tags=["poor_lighting", "isolated"],
                          story=f"{label} story {i}", time_of_day=chooser.choice(("day", "dusk", "night")))
            for i in range(count)]


def fill_copy(store: ProjectStore, records: int, chooser: random.Random, label: str, team: int) -> None:
    """Add ``records`` records (40% pins, 20% proposals, 40% audit points and scores) and
    change 50 of the office's pins, and 10 the team before changed too."""
    criteria_set, criteria = active_criteria(store)
    walk = AuditWalk(title=f"{label} walk", criteria_set_uuid=criteria_set.uuid)
    n_points = records * 4 // 10 // (1 + len(criteria))
    points = [AuditPoint(walk_uuid=walk.uuid, sequence=i,
                         geom=shapely.Point(36.8 + chooser.random() / 20, -1.3 + chooser.random() / 20))
              for i in range(n_points)]
    scores = [AuditScore(point_uuid=p.uuid, criterion_uuid=c.uuid, score=chooser.randint(0, 3))
              for p in points for c in criteria]
    proposals = [Proposal(title=f"{label} proposal {i}", geom=shapely.Point(36.8 + chooser.random() / 20, -1.3))
                 for i in range(records * 2 // 10)]
    batches: list[list[Record]] = [[walk], points, scores, proposals]
    batches.append(_pins(chooser, records - sum(map(len, batches)), label))
    with store.atomic():
        for batch in batches:
            store.insert_many(batch)
    office_pins = store.list(PerceptionPin, "device_id = (SELECT value FROM project_meta WHERE key = 'handed_out_from')",
                             with_geometry=False)
    office_pins = office_pins[max(0, team * 50 - 10):team * 50 + 50]
    # A field the copy holds (the scale): a story the copy was handed out without would be
    # written over the office's unseen one, a conflict every time.
    with store.atomic() as connection:
        connection.executemany("UPDATE perception_pins SET scale = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') "
                               "WHERE uuid = ?", [(1 + team % 5, p.uuid) for p in office_pins])


def spread_times(store: ProjectStore) -> None:
    """Give every record the team made a created and updated time of its own (a millisecond apart)."""
    with store.atomic() as connection:
        for table in ("audit_walks", "audit_points", "audit_scores", "proposals", "perception_pins"):
            connection.execute(
                f"UPDATE {table} SET created_at = strftime('%Y-%m-%dT%H:%M:%fZ', created_at, (fid / 1000.0) || ' seconds'), "
                f"updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', updated_at, (fid / 1000.0) || ' seconds') "
                "WHERE device_id = ?", (store.device_id,))


def timed(office: Path, work: Path, sources: list[str], dry_run: bool, repeats: int,
          again: bool = False) -> tuple[str, list]:
    """Median and best wall-clock time, and the best CPU time of this process, as text."""
    walls, cpus, results = [], [], []
    for _ in range(repeats):
        shutil.copy(office, work)
        with ProjectStore.open(str(work)) as store:
            if again:
                merge_files(store, sources)
            start, cpu = time.perf_counter(), time.process_time()
            results = merge_files(store, sources, dry_run=dry_run)
            walls.append(time.perf_counter() - start)
            cpus.append(time.process_time() - cpu)
    text = (f"{statistics.median(walls) * 1000:6.0f} ms median, {min(walls) * 1000:6.0f} ms best "
            f"({min(cpus) * 1000:.0f} ms CPU)")
    return text, results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=10)
    parser.add_argument("--records", type=int, default=5000)
    parser.add_argument("--office-pins", type=int, default=2000)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--distinct-times", action="store_true")
    args = parser.parse_args()
    chooser = random.Random(7)
    with tempfile.TemporaryDirectory() as folder:
        office_path = Path(folder) / "office.gpkg"
        with ProjectStore.create(str(office_path), name="Office") as office:
            if args.office_pins:
                office.insert_many(_pins(chooser, args.office_pins, "office"))
            sources = []
            for n in range(args.files):
                path = Path(folder) / f"team{n + 1}.gpkg"
                make_field_copy(office, str(path), f"Field team {n + 1}")
                sources.append(str(path))
        for n, path in enumerate(sources):
            with ProjectStore.open(path) as team:
                fill_copy(team, args.records, chooser, f"team{n + 1}", n)
                if args.distinct_times:
                    spread_times(team)
        work = Path(folder) / "work.gpkg"
        total = args.files * args.records
        plan_t, planned = timed(office_path, work, sources, True, args.repeats)
        merge_t, merged = timed(office_path, work, sources, False, args.repeats)
        again_t, _ = timed(office_path, work, sources, False, args.repeats, again=True)
        counts = {k: sum(r.plan.count(k) for r in merged) for k in ("added", "updated", "skipped", "conflicts")}
        assert counts == {k: sum(r.plan.count(k) for r in planned) for k in counts}
        print(f"{args.files} field copies x {args.records:,} new records ({total:,}) "
              f"into a project of {args.office_pins:,} pins" + (", each record's time its own" if args.distinct_times else ""))
        print(f"  merged: {counts}")
        print(f"  dry run (plan all)      {plan_t}")
        print(f"  merge, one transaction  {merge_t}   (budget 2000 ms)")
        print(f"  same files again        {again_t}   (no record changes)")


if __name__ == "__main__":
    main()
