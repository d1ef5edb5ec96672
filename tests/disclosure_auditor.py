"""An attacker's arithmetic over published tables: how far can each hidden count be narrowed?

Written apart from ``cosafe.core.disclosure`` on purpose (scipy's integer programming,
its own model): it reads only what outputs publish — for every table over a subset
of some dimensions, each listed combination's figures (people, then counts that
add up, such as pins) or None where hidden — and knows what any reader knows:
counts are whole and ≥ 0; a category listed in a table over one dimension (or the
total) has at least one person, one not listed none; a table over more dimensions
lists every combination of its categories, so a hidden cell there may be empty;
and tables add up along a dimension (people only where no person is in two
categories of it; elsewhere a category has at most its margin's people and the
categories together at least as many).

``violations`` lists, in words, every hidden figure the published numbers narrow
more than the rules allow, judged by the truth the test knows (``Row.people``): a
cell with fewer than t people must still be possibly any of 1…t−1, one hidden to
protect it any of at least t consecutive values, and a hidden pin count more than
one value. It judges each table T together with the tables over T's subsets of
dimensions (what a reader can ask for beside it); a figure those narrow exactly as
much with T all hidden is not held against T (T adds nothing to them: e.g. a part
of a margin of 0 pins has 0). Tables over sets of dimensions neither of which holds
the other (gender × role beside age × role) are not judged together: the product
does not promise that (docs/PRIVACY.md). A shown people count below t is a violation too.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
from scipy.optimize import Bounds, LinearConstraint, milp

BIG = 10**7


@dataclass(frozen=True)
class Row:
    key: tuple[str, ...]
    figures: tuple[int | None, ...]  # as published: people first; None where hidden
    people: int  # the truth, which the reader does not see

    @property
    def hidden(self) -> bool:
        return self.figures[0] is None


Tables = Mapping[tuple[str, ...], Sequence[Row]]  # dimensions (in one fixed order) -> rows


def violations(tables: Tables, threshold: int, people_split: set[str]) -> list[str]:
    """For the table over the most dimensions and, in turn, each table over fewer: every hidden
    figure of it and of the tables over its subsets, judged on all those tables together."""
    found = [f"{level}{row.key}: {row.figures[0]} people shown" for level, rows in tables.items() for row in rows
             if not row.hidden and row.figures[0] < threshold]
    for top in tables:
        below = {level: rows for level, rows in tables.items() if all(d in top for d in level)}
        found += [f"with {top}: {line}" for line in _narrowed(below, top, threshold, people_split)]
    return found


def _narrowed(tables: Tables, top, threshold: int, people_split: set[str]) -> list[str]:
    items = [(level, row) for level, rows in tables.items() for row in rows]
    n_figures = len(items[0][1].figures)
    without_top = {level: rows if level != top else [Row(r.key, (None,) * n_figures, r.people) for r in rows]
                   for level, rows in tables.items()}
    baseline: dict[int, list[tuple[int, int]]] = {}
    found = []
    for figure in range(n_figures):
        ranges = _ranges(tables, figure, people_split)
        for i, (level, row) in enumerate(items):
            if not row.hidden or row.people == 0:  # an empty cell has no one to protect
                continue
            low, high = ranges[i]
            if figure == 0 and row.people < threshold:
                problem = (low > 1 or high < threshold - 1) and "small cell's people"
            elif figure == 0:
                problem = high - low < threshold - 1 and "withheld cell's people"
            else:
                problem = low == high and f"hidden figure {figure}"
            if problem:
                if figure not in baseline:
                    baseline[figure] = _ranges(without_top, figure, people_split)
                if (low, high) != baseline[figure][i]:
                    found.append(f"{level}{row.key}: {problem} narrowed to {low}…{high}")
    return found


def _ranges(tables: Tables, figure: int, people_split: set[str]) -> list[tuple[int, int]]:
    """Each row's least and greatest value of ``figure`` given ``tables`` (rows in ``tables`` order)."""
    items = [(level, row) for level, rows in tables.items() for row in rows]
    where = {(level, row.key): i for i, (level, row) in enumerate(items)}
    equal, at_least = _lines(tables, where, people=figure == 0, people_split=people_split)
    lower, upper = _bounds(items, figure)
    return [(_extreme(i, 1, equal, at_least, lower, upper), _extreme(i, -1, equal, at_least, lower, upper))
            if row.hidden else (row.figures[figure],) * 2 for i, (_level, row) in enumerate(items)]


def _lines(tables: Tables, where: Mapping, *, people: bool, people_split: set[str]
           ) -> tuple[list[dict[int, int]], list[dict[int, int]]]:
    """Margin − Σ parts = 0 rows (``equal``) and ≥ 0 rows (``at_least``) between every table and each finer one."""
    equal, at_least = [], []
    for coarse, fine in itertools.permutations(tables, 2):
        extra = [d for d in fine if d not in coarse]
        if len(extra) != 1 or any(d not in fine for d in coarse):
            continue
        keep = [fine.index(d) for d in coarse]
        for row in tables[coarse]:
            parts = [where[(fine, r.key)] for r in tables[fine] if tuple(r.key[i] for i in keep) == row.key]
            margin = where[(coarse, row.key)]
            line = {margin: -1, **{p: 1 for p in parts}}
            if not people or extra[0] in people_split:
                equal.append(line)
            else:
                at_least.append(line)
                at_least.extend({margin: 1, p: -1} for p in parts)
    return equal, at_least


def _bounds(items, figure: int) -> tuple[np.ndarray, np.ndarray]:
    lower, upper = np.zeros(len(items)), np.full(len(items), float(BIG))
    for i, (level, row) in enumerate(items):
        value = row.figures[figure]
        if value is not None:
            lower[i] = upper[i] = value
        elif figure == 0 and len(level) <= 1:
            lower[i] = 1
    return lower, upper


def _extreme(target: int, sense: int, equal, at_least, lower, upper) -> int:
    n = len(lower)
    constraints = []
    for rows, high in ((equal, 0), (at_least, np.inf)):
        if rows:
            matrix = np.zeros((len(rows), n))
            for r, row in enumerate(rows):
                for column, value in row.items():
                    matrix[r, column] = value
            constraints.append(LinearConstraint(matrix, 0, high))
    cost = np.zeros(n)
    cost[target] = sense
    result = milp(cost, constraints=constraints, integrality=np.ones(n), bounds=Bounds(lower, upper))
    assert result.success, f"published tables are inconsistent: {result.message}"
    return int(round(result.x[target]))
