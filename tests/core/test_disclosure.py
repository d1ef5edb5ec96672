"""No hidden count can be worked out from what an output shows: audited by integer programming.

The auditor (tests/disclosure_auditor.py) is written apart from the product's
protection and reads only published numbers: ``cosafe stats --json`` runs for every
breakdown of the same dimensions (what a reader can ask for), or the cells any
output gets from ``protected_cells``.
"""

from __future__ import annotations

import itertools
import json

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from disclosure_auditor import Row, violations
from cosafe.cli.main import main
from cosafe.core.disclosure import CountCube, Disclosure, protect
from cosafe.core.perception_data import PerceptionData, PinRows
from cosafe.core.perception_stats import disaggregate, pool_small_categories, protected_cells
from cosafe.store.project_store import ProjectStore
from cosafe.store.queries.perception import load_perception_data

PERSON_DIMENSIONS = {"gender", "age_band", "role"}


def _subsets(by):
    return [combo for size in range(len(by) + 1) for combo in itertools.combinations(by, size)]


def _stats_tables(capsys, path, by, truth: PerceptionData) -> dict:
    """What ``cosafe stats --json`` publishes for every breakdown of ``by``, with the true people counts."""
    tables = {}
    for level in _subsets(by):
        assert main(["stats", str(path), "--json", "--by", ",".join(level)]) == 0
        published = json.loads(capsys.readouterr().out)
        people = {c.keys: c.people for c in disaggregate(pool_small_categories(truth, 5), level, 5)}
        tables[level] = [Row(key := tuple(cell[d] for d in level),
                             (cell["people"], cell["unsafe_pins"], cell["safe_pins"]), people.get(key, 0))
                         for cell in published["cells"]]
    return tables


def _rows(cells) -> list[Row]:
    return [Row(c.keys, (None,) * 3 if c.suppressed else (c.people, c.unsafe_pins, c.safe_pins), c.people)
            for c in cells]


def _splits(data: PerceptionData, by) -> set[str]:
    split = set()
    for d in by:
        codes = np.concatenate([getattr(data.scores, d), getattr(data.pins, d)])
        people = np.concatenate([data.scores.person, data.pins.person])
        if all(len(set(codes[people == p])) == 1 for p in set(people.tolist())):
            split.add(d)
    return split


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    path = tmp_path_factory.mktemp("disclosure") / "sample.gpkg"
    assert main(["sample", str(path)]) == 0
    return path


@pytest.mark.parametrize("by", [("role", "gender"), ("role", "gender", "age_band"),
                                ("gender", "age_band", "time_of_day"), ("role", "workshop", "group")])
def test_no_stats_run_can_be_subtracted_from_another(sample, capsys, by):
    capsys.readouterr()
    with ProjectStore.open(sample, read_only=True) as store:
        data = load_perception_data(store)
    tables = _stats_tables(capsys, sample, by, data)
    assert violations(tables, 5, _splits(data, by)) == []
    assert any(row.hidden for rows in tables.values() for row in rows)  # the sample has small groups


def test_the_auditor_breaks_suppression_of_small_cells_alone(sample):
    """What cosafe stats published before: each small cell hidden on its own. Trader × Non-binary
    (1 person, 2 unsafe and 1 safe pin) followed from Trader and Trader × Woman."""
    with ProjectStore.open(sample, read_only=True) as store:
        data = load_perception_data(store)
    tables = {level: _rows(disaggregate(data, level, 5)) for level in _subsets(("role", "gender"))}
    found = violations(tables, 5, {"role", "gender"})
    assert any("('trader', 'non_binary')" in line for line in found), found


def test_small_categories_are_pooled_before_any_table(sample, capsys):
    capsys.readouterr()
    assert main(["stats", str(sample), "--json", "--by", "role"]) == 0
    cells = json.loads(capsys.readouterr().out)["cells"]
    assert all(cell["people"] is not None and cell["people"] >= 5 for cell in cells)
    assert "pooled" in [cell["role"] for cell in cells]
    assert {cell["labels"]["role"] for cell in cells} >= {"Other or not stated"}


def test_a_lone_small_cell_on_a_line_is_protected_by_a_withheld_one():
    """Total 26 shown; four categories of 7, 7, 8 and 4 people: the 4 alone would be 26 − 22."""
    counts = {(): {(): (26, 11)}, ("role",): {("a",): (7, 3), ("b",): (7, 2), ("c",): (8, 5), ("d",): (4, 1)}}
    shown = protect(CountCube(("role",), counts, {"role": True}), 5)[("role",)]
    assert shown[("d",)] is Disclosure.SMALL
    assert list(shown.values()).count(Disclosure.WITHHELD) >= 1
    rows = {("role",): [Row(k, v if shown[k] is Disclosure.SHOWN else (None, None), v[0])
                        for k, v in counts[("role",)].items()],
            (): [Row((), (26, 11), 26)]}
    assert violations(rows, 5, {"role"}) == []


def _pins_data(people: list[tuple[int, int, int]], pins: list[tuple[int, int, bool]]) -> PerceptionData:
    """People as (gender, age band, role) codes; pins as (person, time of day code, unsafe)."""
    empty = PerceptionData.empty()
    n = len(pins)
    person = np.array([p for p, _t, _u in pins], dtype=np.int32)
    column = {d: np.array([people[p][i] for p in person], dtype=np.int32)
              for i, d in enumerate(("gender", "age_band", "role"))}
    rows = PinRows(tuple(f"pin{i}" for i in range(n)), np.zeros(n), np.zeros(n),
                   np.array([u for _p, _t, u in pins], dtype=bool), np.zeros(n, dtype=np.int8), ((),) * n,
                   np.array([t for _p, t, _u in pins], dtype=np.int32), np.full(n, "2026-03-01"),
                   np.zeros(n, dtype=np.int32), np.zeros(n, dtype=np.int32), column["gender"], column["age_band"],
                   column["role"], person)
    keys = {**empty.keys, "gender": ("woman", "man", "non_binary"), "age_band": ("15_24", "25_39", "40_59"),
            "role": ("resident", "trader", "student"), "time_of_day": ("day", "night"), "workshop": ("w",),
            "group": ("none",), "person": tuple(f"p{i}" for i in range(len(people)))}
    return PerceptionData(empty.points, empty.scores, rows, keys)


workshop = st.integers(1, 24).flatmap(lambda n: st.tuples(
    st.lists(st.tuples(st.integers(0, 2), st.integers(0, 2), st.integers(0, 2)), min_size=n, max_size=n),
    st.lists(st.tuples(st.integers(0, n - 1), st.integers(0, 1), st.booleans()), min_size=n, max_size=3 * n)))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(workshop=workshop, by=st.sampled_from([("gender",), ("gender", "role"), ("role", "time_of_day"),
                                              ("gender", "age_band", "role")]),
       threshold=st.sampled_from([3, 5]))
def test_random_small_workshops_hold_against_the_auditor(workshop, by, threshold):
    people, pins = workshop
    data = _pins_data(people, sorted(set(pins)) or [(0, 0, True)])
    tables = {level: _rows(protected_cells(data, level, threshold)) for level in _subsets(by)}
    assert violations(tables, threshold, _splits(data, by)) == []
