"""A pen stroke's skeleton as a graph: is it one closed ring, and the path that draws all of it (no Qt, no OpenCV).

Contract:
- ``stroke_path(skeleton, merge_px, spur_px) -> StrokePath``: ``skeleton`` a one-pixel wide
  0/1 mask of one connected stroke (Zhang–Suen). Its pixels are a graph: ends (one
  neighbour) and junctions (three or more; touching junction pixels, and junctions joined
  by a piece shorter than ``merge_px`` — where two stroke pieces cross at a slant — are one
  node) joined by pieces. Spurs (a piece from an end to a junction shorter than
  ``spur_px``: thinning's whiskers, a pen's overshoot where a shape closes) are dropped.
- ``closed`` is True only when what is left is one ring: the pen came back to where it
  started and never crossed its own line. A figure eight or a route that crosses itself
  is not closed, even though it encloses holes.
- ``path`` (x, y pixels) draws every piece once, in the order a pen could have drawn them
  (an Euler path through the graph; a ring from its first pixel back to it), so a route's
  loop is kept; when no such path exists (a stroke that branches), it is the longest
  shortest path between two ends, as before.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass

import numpy as np

Pixel = tuple[int, int]
_STEPS = [(dx, dy) for dx in (-1, 0, 1) for dy in (-1, 0, 1) if dx or dy]


@dataclass
class StrokePath:
    closed: bool
    path: list[Pixel]


@dataclass
class _Piece:
    ends: list[int]  # node ids at its first and last pixel
    pixels: list[Pixel]


def stroke_path(skeleton: np.ndarray, merge_px: float, spur_px: float) -> StrokePath:
    """Whether the stroke is one ring, and a path drawing all of it (see the module contract)."""
    ys, xs = np.nonzero(skeleton)
    pixels = _without_corners(set(zip(xs.tolist(), ys.tolist())))
    if not pixels:
        return StrokePath(False, [])
    neighbours = {p: [(p[0] + dx, p[1] + dy) for dx, dy in _STEPS if (p[0] + dx, p[1] + dy) in pixels] for p in pixels}
    node_pixels = {p for p, near in neighbours.items() if len(near) != 2}
    node_of = _clusters(node_pixels, neighbours)
    pieces = _pieces(pixels, neighbours, node_of)
    parent: dict[int, int] = {}

    def root(node: int) -> int:
        while parent.get(node, node) != node:
            node = parent[node]
        return node

    # Junctions a short piece apart are one crossing (two lines crossing at a slant thin into two).
    kept = []
    for piece in pieces:
        a, b = piece.ends
        degree = _degrees(pieces, root)
        if a != b and len(piece.pixels) < merge_px and degree[root(a)] >= 3 and degree[root(b)] >= 3:
            parent[root(a)] = root(b)
        else:
            kept.append(piece)
    pieces = [p for p in kept if not (root(p.ends[0]) == root(p.ends[1]) and len(p.pixels) < merge_px)]
    for piece in pieces:
        piece.ends = [root(piece.ends[0]), root(piece.ends[1])]
    while True:  # spurs off, until none is left (a spur's junction may become a plain bend)
        degree = _degrees(pieces, lambda n: n)
        spurs = [p for p in pieces if len(p.pixels) < spur_px and p.ends[0] != p.ends[1]
                 and sorted((degree[p.ends[0]], degree[p.ends[1]]))[0] == 1 and max(degree[e] for e in p.ends) >= 3]
        if not spurs:
            break
        pieces = [p for p in pieces if p not in spurs[:1]]
    if not pieces:
        return StrokePath(False, _longest_path(pixels))
    degree = _degrees(pieces, lambda n: n)
    if all(d == 2 for d in degree.values()) and len(pieces) == max(len(degree), 1):
        return StrokePath(True, _euler(pieces) or _longest_path(pixels))
    path = _euler(pieces)
    return StrokePath(False, path if path else _longest_path(pixels))


# The eight neighbours in order round a pixel (N, NE, E, SE, S, SW, W, NW), x right, y down.
_RING = [(0, -1), (1, -1), (1, 0), (1, 1), (0, 1), (-1, 1), (-1, 0), (-1, -1)]


def _without_corners(pixels: set[Pixel]) -> set[Pixel]:
    """The skeleton without the pixels its shape does not need: thinning leaves staircases (a
    pixel with one neighbour beside it and one below, which touch each other), where every
    pixel would have three neighbours and look like a junction. A pixel goes when it has at
    least two neighbours and they stay connected without it (one 8-connected run round it)."""
    kept = set(pixels)
    for pixel in sorted(pixels, key=lambda p: (p[1], p[0])):
        ring = [(pixel[0] + dx, pixel[1] + dy) in kept for dx, dy in _RING]
        if sum(ring) < 2:
            continue
        # Runs of set neighbours round the ring; N, E, S and W also touch the next but one.
        joined = list(range(8))

        def root(i: int) -> int:
            while joined[i] != i:
                i = joined[i]
            return i

        for i in range(8):
            if ring[i] and ring[(i + 1) % 8]:
                joined[root(i)] = root((i + 1) % 8)
            if i % 2 == 0 and ring[i] and ring[(i + 2) % 8]:
                joined[root(i)] = root((i + 2) % 8)
        if len({root(i) for i in range(8) if ring[i]}) == 1 and not all(
                ring[i] for i in (0, 2, 4, 6)):
            kept.discard(pixel)
    return kept


def _clusters(node_pixels: set[Pixel], neighbours: dict[Pixel, list[Pixel]]) -> dict[Pixel, int]:
    """Node id of each node pixel: touching node pixels are one node."""
    node_of: dict[Pixel, int] = {}
    for start in node_pixels:
        if start in node_of:
            continue
        node = len(set(node_of.values()))
        node_of[start] = node
        queue = deque([start])
        while queue:
            for near in neighbours[queue.popleft()]:
                if near in node_pixels and near not in node_of:
                    node_of[near] = node
                    queue.append(near)
    return node_of


def _pieces(pixels: set[Pixel], neighbours: dict[Pixel, list[Pixel]], node_of: dict[Pixel, int]) -> list[_Piece]:
    """The chains of two-neighbour pixels between nodes; a ring without any node gets a node of its own."""
    pieces: list[_Piece] = []
    used: set[Pixel] = set()
    for start in node_of:
        for first in neighbours[start]:
            if first in node_of or first in used:
                continue
            chain, previous, current = [start, first], start, first
            used.add(first)
            while current not in node_of:
                following = [p for p in neighbours[current] if p != previous]  # one: it has two neighbours
                if not following or (following[0] not in node_of and following[0] in used):
                    break
                previous, current = current, following[0]
                chain.append(current)
                if current not in node_of:
                    used.add(current)
            if current in node_of:
                pieces.append(_Piece([node_of[start], node_of[current]], chain))
    for start in sorted(pixels - used - set(node_of)):  # rings with no end and no junction
        if start in used:
            continue
        node_of_ring = max(node_of.values(), default=-1) + 1 + len(pieces)
        chain, previous, current = [start], None, start
        used.add(start)
        while True:
            following = [p for p in neighbours[current] if p != previous and p not in used]
            if not following:
                break
            previous, current = current, following[0]
            used.add(current)
            chain.append(current)
        chain.append(start)
        pieces.append(_Piece([node_of_ring, node_of_ring], chain))
    return pieces


def _degrees(pieces: list[_Piece], root) -> dict[int, int]:
    degree: dict[int, int] = {}
    for piece in pieces:
        for end in piece.ends:
            degree[root(end)] = degree.get(root(end), 0) + 1
    return degree


def _euler(pieces: list[_Piece]) -> list[Pixel]:
    """A path through every piece once (Hierholzer), or [] when there is none."""
    degree = _degrees(pieces, lambda n: n)
    odd = [n for n, d in degree.items() if d % 2]
    if len(odd) not in (0, 2):
        return []
    at: dict[int, list[int]] = {}
    for index, piece in enumerate(pieces):
        for end in piece.ends:
            at.setdefault(end, []).append(index)
    used = [False] * len(pieces)
    start = odd[0] if odd else pieces[0].ends[0]
    stack: list[tuple[int, int | None, bool]] = [(start, None, False)]  # node, piece that led here, reversed
    trail: list[tuple[int | None, bool]] = []
    while stack:
        node, _came, _flip = stack[-1]
        while at[node] and used[at[node][-1]]:
            at[node].pop()
        if at[node]:
            index = at[node].pop()
            used[index] = True
            a, b = pieces[index].ends
            stack.append((b if a == node else a, index, a != node))
        else:
            _node, came, flip = stack.pop()
            trail.append((came, flip))
    if not all(used):
        return []  # more than one piece of stroke: not one path
    path: list[Pixel] = []
    for index, flip in reversed(trail):
        if index is None:
            continue
        chain = pieces[index].pixels[::-1] if flip else pieces[index].pixels
        path.extend(chain[1:] if path and path[-1] == chain[0] else chain)
    return path


def _longest_path(pixels: set[Pixel]) -> list[Pixel]:
    """The longest shortest path through the pixels (its ends the two farthest apart), as (x, y)."""

    def farthest(start: Pixel) -> tuple[Pixel, dict]:
        previous: dict[Pixel, Pixel | None] = {start: None}
        queue = deque([start])
        last = start
        while queue:
            last = queue.popleft()
            for dx, dy in _STEPS:
                near = (last[0] + dx, last[1] + dy)
                if near in pixels and near not in previous:
                    previous[near] = last
                    queue.append(near)
        return last, previous

    one, _ = farthest(min(pixels))
    other, previous = farthest(one)
    path = [other]
    while previous[path[-1]] is not None:
        path.append(previous[path[-1]])  # type: ignore[arg-type]
    return path
