"""The one timing rule every benchmark here uses: the median of repeated runs, in milliseconds."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def median_ms(action: Callable[[], object], repeats: int = 9, warm_up: bool = False) -> float:
    """Median wall time of ``repeats`` calls of ``action`` in ms; ``warm_up`` first runs it once untimed."""
    if warm_up:
        action()  # e.g. a first paint builds glyph caches and the like
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)
