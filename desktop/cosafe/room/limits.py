"""How much one device may send: the body size limit and per-device rate limits.

Contract:
- ``RoomLimits`` holds the numbers: the largest request body in bytes, and for API
  requests, for joins and for tiles a burst (requests allowed at once) and a rate (requests per
  second refilled). The defaults let a person tap as fast as they like and a map load
  its tiles, and stop a script flooding the laptop.
- ``RateLimiter(burst, per_second, clock)`` is a token bucket per key: ``take(key)`` is 0
  when the request may go ahead, else the seconds to wait before the next one. Keys are
  a device's address (or its token once it has joined); buckets of keys unseen for long
  are dropped so a flood of addresses cannot grow memory without bound. Thread-safe.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class RoomLimits:
    body_bytes: int = 16 * 1024  # a pin's story of 1,000 characters in Arabic is under 4 KB
    api_burst: int = 30
    api_per_second: float = 3.0
    join_burst: int = 5  # one phone joins once; a few more for a phone passed to a neighbour
    join_per_second: float = 0.1
    tile_burst: int = 300  # a phone's first view of the map asks for a few dozen tiles at once
    tile_per_second: float = 50.0


class RateLimiter:
    """A token bucket per key (see the module contract)."""

    _MAX_KEYS = 10_000

    def __init__(self, burst: int, per_second: float, clock: Callable[[], float] = time.monotonic) -> None:
        if burst < 1 or per_second < 0:
            raise ValueError("a rate limit needs a burst of at least 1 and a rate of at least 0")
        self._burst = float(burst)
        self._rate = float(per_second)
        self._clock = clock
        self._buckets: dict[str, tuple[float, float]] = {}  # key -> (tokens left, when last filled)
        self._lock = threading.Lock()

    def take(self, key: str) -> float:
        """0 if ``key`` may make a request now (and count it), else how many seconds to wait."""
        now = self._clock()
        with self._lock:
            tokens, then = self._buckets.get(key, (self._burst, now))
            tokens = min(self._burst, tokens + (now - then) * self._rate)
            if tokens >= 1:
                self._buckets[key] = (tokens - 1, now)
                if len(self._buckets) > self._MAX_KEYS:
                    self._drop_full(now)
                return 0.0
            self._buckets[key] = (tokens, now)
            return math.inf if self._rate == 0 else (1 - tokens) / self._rate

    def _drop_full(self, now: float) -> None:
        """Forget buckets that have filled up again: they hold nothing a new bucket would not."""
        for key in [k for k, (tokens, then) in self._buckets.items()
                    if tokens + (now - then) * self._rate >= self._burst]:
            del self._buckets[key]
