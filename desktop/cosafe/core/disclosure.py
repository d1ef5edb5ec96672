"""Which counts of a table may be shown so that no hidden one can be worked out from the rest.

The method (global recoding, then primary and complementary suppression, audited by
linear and integer programming — as statistical offices protect tables; reasons in
docs/PRIVACY.md):

1. ``pool_small`` (callers apply it first): categories of a dimension with fewer
   people than the threshold are merged into one "other" category before any
   table is made, so no table of any breakdown has them on their own.
2. ``protect`` decides, for a table over dimensions ``D`` and for every table over a
   subset of ``D`` (its margins: what other breakdowns of the same records publish),
   which cells are shown. Tables are protected from the fewest dimensions up, each
   taking the lower ones as published; the result for a subset never depends on
   ``D``, so every output that shows the table over ``S`` shows the same cells.
   - A cell with fewer people than ``threshold`` is ``SMALL``.
   - Then an attacker's view is audited: every shown figure of every table over a
     subset of ``S`` is known; a hidden cell (SMALL or WITHHELD: a reader cannot tell
     which) has at least one person if its table is over one dimension or none (it
     is listed because someone is in it), else possibly none (an empty one is hidden,
     but needs no protection of its own); counts are whole and
     ≥ 0; and figures add up along
     every dimension (people only along a dimension that splits people — no person
     in two of its categories; otherwise a category has at most the people of its
     margin, and together at least as many). For each hidden figure the auditor
     finds the least and the greatest value it can take.
   - A SMALL cell must still be possibly any of 1…t−1 people; a WITHHELD cell's
     people any of at least t consecutive values; any other hidden figure (pins)
     must not be pinned to a single value — except where the tables over fewer
     dimensions alone narrow it as much (a part of a margin of 0 pins has 0):
     hiding cells of this table cannot undo what those publish, and it adds
     nothing to it. Where a figure fails, the smallest shown cell of the table over
     ``S`` that is part of it or on a line with it is WITHHELD too, and the audit
     repeats until nothing fails.

Counts are tuples whose first figure is people; the others (e.g. unsafe and safe
pins) add up along every dimension. Qt-free; HiGHS (highspy) solves the programmes.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import Enum

import numpy as np
import highspy

Key = tuple[str, ...]
Dims = tuple[str, ...]

POOLED = "pooled"  # the category ``pool_small`` merges small ones into ("Other or not stated")
_UNBOUNDED = 10**9


class Disclosure(str, Enum):
    """How a cell is published. SMALL and WITHHELD cells look the same to a reader ("hidden"):
    a label that told them apart would say that a withheld cell has at least t people,
    and on a line whose total is below 2t−1 that pins down the small cells beside it."""

    SHOWN = "shown"
    SMALL = "small"  # fewer people than the threshold
    WITHHELD = "withheld"  # hidden so that a SMALL cell cannot be worked out


@dataclass(frozen=True)
class CountCube:
    """A table's counts and every margin of it.

    ``counts[S][key]`` for every subset ``S`` of ``dims`` (a tuple in ``dims`` order,
    ``()`` for the grand total) holds ``(people, *other_counts)`` for each category
    present in a table over one dimension, and for every combination of those
    categories in a table over more — empty ones too, so that listing a hidden cell
    does not tell that someone is in it. ``people_split[d]`` is True when no person is in
    two categories of dimension ``d`` (people then add up along it).
    """

    dims: Dims
    counts: Mapping[Dims, Mapping[Key, tuple[int, ...]]]
    people_split: Mapping[str, bool]


def subsets(dims: Sequence[str]) -> list[Dims]:
    """Every subset of ``dims`` as a tuple in ``dims`` order, fewest dimensions first."""
    return [combo for size in range(len(dims) + 1) for combo in itertools.combinations(dims, size)]


def pool_small(people_by_category: Mapping[str, int], threshold: int) -> dict[str, str]:
    """Category -> the category it is published as: itself, or ``POOLED`` when fewer than
    ``threshold`` people are in it. A lone small category is pooled too (the pool is
    then small itself and shown "<t"), so its name is never published with a count."""
    return {key: (POOLED if 0 < n < threshold else key) for key, n in people_by_category.items()}


def protected_counts(people: Mapping[str, int], threshold: int) -> dict[str, int | None]:
    """People per category as a table beside its total may show them: categories with
    fewer than ``threshold`` people pooled into ``POOLED`` (last), then None wherever a
    count is hidden (``protect``). Categories with no one are left out."""
    pooled: dict[str, int] = {}
    for key, into in pool_small({k: n for k, n in people.items() if n > 0}, threshold).items():
        pooled[into] = pooled.get(into, 0) + people[key]
    if POOLED in pooled:
        pooled[POOLED] = pooled.pop(POOLED)
    counts = {(): {(): (sum(pooled.values()),)} if pooled else {}, ("category",): {(k,): (n,) for k, n in pooled.items()}}
    shown = protect(CountCube(("category",), counts, {"category": True}), threshold)[("category",)]
    return {key: n if shown[(key,)] is Disclosure.SHOWN else None for key, n in pooled.items()}


def protect(cube: CountCube, threshold: int) -> dict[Dims, dict[Key, Disclosure]]:
    """How every cell of every table over a subset of ``cube.dims`` is published (see module docstring)."""
    decided: dict[Dims, dict[Key, Disclosure]] = {}
    for level in subsets(cube.dims):
        decided[level] = _protect_level(cube, level, decided, threshold)
    return decided


def _protect_level(cube: CountCube, level: Dims, decided: Mapping[Dims, Mapping[Key, Disclosure]],
                   threshold: int) -> dict[Key, Disclosure]:
    status = {key: Disclosure.SMALL if counts[0] < threshold else Disclosure.SHOWN
              for key, counts in cube.counts[level].items()}
    model = _Model(cube, level, threshold)
    statuses = {**{lower: decided[lower] for lower in subsets(level) if lower != level}, level: status}
    to_check = model.hidden_items(statuses)
    while True:
        failing = model.failing(to_check, statuses)
        if not failing:
            return status
        added = set()
        for item in failing:
            choice = model.complement_for(item, statuses)
            if choice is not None:
                added.add(choice)
                status[choice] = Disclosure.WITHHELD
        if not added:
            return status  # everything on the failing lines is hidden already
        # Hiding only widens what a hidden figure can be, so cells that passed still pass.
        to_check = failing + [(level, key) for key in sorted(added) if cube.counts[level][key][0] > 0]


class _Model:
    """The attacker's linear system over every cell of every table over a subset of ``level``."""

    def __init__(self, cube: CountCube, level: Dims, threshold: int) -> None:
        self.cube, self.level, self.threshold = cube, level, threshold
        self.items: list[tuple[Dims, Key]] = [(s, key) for s in subsets(level) for key in sorted(cube.counts[s])]
        self.index = {item: i for i, item in enumerate(self.items)}
        self.n_measures = len(next(iter(cube.counts[()].values()), (0,)))
        equal: list[dict[int, float]] = []  # margin = Σ parts, for every figure
        pins_only: list[dict[int, float]] = []  # margin = Σ parts for every figure but people
        people_ge: list[dict[int, float]] = []  # row · people ≥ 0, where people do not add up
        for s in subsets(level):
            for d in level:
                if d in s:
                    continue
                for row, parts in self._lines(s, d):
                    if cube.people_split.get(d, False):
                        equal.append(row)
                    else:
                        pins_only.append(row)
                        people_ge.append(row)  # together the parts have at least the margin's people
                        people_ge.extend({row_key: 1.0, part: -1.0}  # and each at most the margin's
                                         for row_key in row if row[row_key] < 0 for part in parts)
        n = len(self.items)
        self.people_eq, self.people_ge = _matrix(equal, n), _matrix(people_ge, n)
        self.pins_eq = _matrix(equal + pins_only, n)

    def _lines(self, s: Dims, d: str) -> list[tuple[dict[int, float], list[int]]]:
        """For each cell of the table over ``s``: (−cell + Σ its parts along ``d``, the parts)."""
        finer = tuple(x for x in self.level if x in s or x == d)
        keep = [finer.index(x) for x in s]
        parts: dict[Key, list[int]] = {}
        for key in self.cube.counts[finer]:
            parts.setdefault(tuple(key[i] for i in keep), []).append(self.index[(finer, key)])
        lines = []
        for key in self.cube.counts[s]:
            mine = parts.get(key, [])
            lines.append(({self.index[(s, key)]: -1.0, **{p: 1.0 for p in mine}}, mine))
        return lines

    def hidden_items(self, statuses: Mapping[Dims, Mapping[Key, Disclosure]]) -> list[tuple[Dims, Key]]:
        """The hidden cells with someone in them (an empty cell is hidden only so that the
        others are not known to hold someone; that it is empty may follow from the rest)."""
        return [item for item in self.items if statuses[item[0]][item[1]] is not Disclosure.SHOWN
                and self.cube.counts[item[0]][item[1]][0] > 0]

    def failing(self, items: Sequence[tuple[Dims, Key]],
                statuses: Mapping[Dims, Mapping[Key, Disclosure]]) -> list[tuple[Dims, Key]]:
        """The hidden ``items`` whose figures the shown ones narrow more than the rules allow and
        more than the tables over fewer dimensions alone do (hiding cells here cannot undo those)."""
        if not items:
            return []
        systems = [_Solver(*self._system(measure, statuses)) for measure in range(self.n_measures)]
        all_hidden = {**statuses, self.level: dict.fromkeys(statuses[self.level], Disclosure.WITHHELD)}
        baseline: list[_Solver] = []
        result = []
        for item in items:
            hidden_as = statuses[item[0]][item[1]]
            for measure, system in enumerate(systems):
                low, high = _range(self.index[item], system)
                if measure == 0 and hidden_as is Disclosure.SMALL:
                    fails = low > 1 or high < self.threshold - 1
                elif measure == 0:
                    fails = high - low < self.threshold - 1
                else:
                    fails = high == low
                if fails:
                    if not baseline:
                        baseline = [_Solver(*self._system(m, all_hidden)) for m in range(self.n_measures)]
                    fails = (low, high) != _range(self.index[item], baseline[measure])
                if fails:
                    result.append(item)
                    break
        return result

    def _system(self, measure: int, statuses: Mapping[Dims, Mapping[Key, Disclosure]]
                ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """(A_eq, A_ge, lower, upper): A_eq · x = 0, A_ge · x ≥ 0 and the bounds of one figure's values."""
        n = len(self.items)
        lower, upper = np.zeros(n), np.full(n, float(_UNBOUNDED))
        for i, (s, key) in enumerate(self.items):
            shown_as = statuses[s][key]
            if shown_as is Disclosure.SHOWN:
                lower[i] = upper[i] = self.cube.counts[s][key][measure]
            elif measure == 0 and len(s) <= 1:
                lower[i] = 1
        if measure == 0:
            return self.people_eq, self.people_ge, lower, upper
        return self.pins_eq, np.zeros((0, n)), lower, upper

    def complement_for(self, item: tuple[Dims, Key],
                       statuses: Mapping[Dims, Mapping[Key, Disclosure]]) -> Key | None:
        """The shown cell of the table over ``level`` whose hiding best protects ``item``: its smallest
        shown part, else the smallest shown cell on a line through a hidden part, else the smallest
        shown cell, else None."""
        s, key = item
        mine = statuses[self.level]
        keep = [self.level.index(x) for x in s]
        parts = [k for k in mine if tuple(k[i] for i in keep) == key]
        candidates = [k for k in parts if mine[k] is Disclosure.SHOWN]
        if not candidates:
            hidden_parts = {k for k in parts if mine[k] is not Disclosure.SHOWN}
            candidates = [k for k in mine if mine[k] is Disclosure.SHOWN
                          and any(_differ_in_one(k, h) for h in hidden_parts)]
        if not candidates:  # narrowed through a longer chain of cells
            candidates = [k for k in mine if mine[k] is Disclosure.SHOWN]
        if not candidates:
            return None
        counts = self.cube.counts[self.level]
        return min(candidates, key=lambda k: (counts[k][0], sum(counts[k][1:]), k))


def _range(target: int, solver: _Solver) -> tuple[int, int]:
    """The least and greatest whole value of ``x[target]`` in ``solver``'s system."""
    return solver.optimum(target, 1.0), solver.optimum(target, -1.0)


class _Solver:
    """One system A_eq · x = 0, A_ge · x ≥ 0, lower ≤ x ≤ upper, optimised for one variable at a time.

    HiGHS keeps the last basis between objectives, so each optimum costs a few
    pivots. ``highspy._Highs`` is the solver without the Python callback layer of
    ``highspy.Highs``, whose constructor prints a banner to stdout (it would corrupt
    ``cosafe stats --json``) before any option can turn it off.
    """

    def __init__(self, a_eq: np.ndarray, a_ge: np.ndarray, lower: np.ndarray, upper: np.ndarray) -> None:
        self.n = len(lower)
        self.lower, self.upper = lower, upper
        self.highs = highspy._Highs()
        self.highs.setOptionValue("output_flag", False)
        matrix = np.vstack([a_eq, a_ge]) if len(a_ge) else a_eq
        lp = highspy.HighsLp()
        lp.num_col_, lp.num_row_ = self.n, len(matrix)
        lp.col_cost_ = np.zeros(self.n)
        lp.col_lower_, lp.col_upper_ = lower, upper
        lp.row_lower_ = np.zeros(len(matrix))
        lp.row_upper_ = np.concatenate([np.zeros(len(a_eq)), np.full(len(a_ge), highspy.kHighsInf)])
        lp.a_matrix_.format_ = highspy.MatrixFormat.kRowwise
        nonzero = matrix != 0
        lp.a_matrix_.start_ = np.concatenate([[0], np.cumsum(nonzero.sum(axis=1))]).astype(np.int32)
        lp.a_matrix_.index_ = np.nonzero(nonzero)[1].astype(np.int32)
        lp.a_matrix_.value_ = matrix[nonzero]
        self.highs.passModel(lp)

    def optimum(self, target: int, sense: float) -> int:
        """The least (``sense`` 1) or greatest (−1) whole value of ``x[target]``."""
        if self.lower[target] == self.upper[target]:
            return int(self.lower[target])
        self.highs.changeColCost(target, sense)
        try:
            x = self._solve()
            if not np.allclose(x, np.round(x), atol=1e-6):
                # A fractional corner: the whole-number optimum may lie further in; solve for it exactly.
                every = np.arange(self.n, dtype=np.int32)
                self.highs.changeColsIntegrality(self.n, every, np.full(self.n, highspy.HighsVarType.kInteger))
                try:
                    x = self._solve()
                finally:
                    self.highs.changeColsIntegrality(self.n, every, np.full(self.n, highspy.HighsVarType.kContinuous))
        finally:
            self.highs.changeColCost(target, 0.0)
        return int(round(x[target]))

    def _solve(self) -> np.ndarray:
        self.highs.run()
        status = self.highs.getModelStatus()
        if status == highspy.HighsModelStatus.kUnbounded:
            return np.full(self.n, float(_UNBOUNDED))  # no limit on this figure: any value will do
        if status != highspy.HighsModelStatus.kOptimal:
            raise ValueError(f"the counts do not add up ({self.highs.modelStatusToString(status)})")
        return np.asarray(self.highs.getSolution().col_value)


def _differ_in_one(a: Key, b: Key) -> bool:
    return sum(x != y for x, y in zip(a, b)) == 1


def _matrix(rows: Sequence[Mapping[int, float]], n: int) -> np.ndarray:
    matrix = np.zeros((len(rows), n))
    for r, row in enumerate(rows):
        for column, value in row.items():
            matrix[r, column] = value
    return matrix
