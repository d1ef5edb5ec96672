"""The privacy threshold: how many people a figure must stand for before it is shown.

Contract: ``DEFAULT_THRESHOLD`` (5) is a new project's; ``MIN_THRESHOLD`` (3) is the
lowest any project may set — a figure for one or two people names them to anyone
who was in the room — and ``MAX_THRESHOLD`` (100) the highest. ``check_threshold``
raises ValueError with a one-line reason for a value outside that range;
``threshold_in_force(stored)`` is the threshold a project's stored value means:
the default when it is missing or not a number, and never below ``MIN_THRESHOLD``
(a file written elsewhere, or by an older CoSafe that accepted 1, is not trusted
to lower it).
"""

from __future__ import annotations

DEFAULT_THRESHOLD = 5
MIN_THRESHOLD = 3
MAX_THRESHOLD = 100


def check_threshold(value: int) -> int:
    if not MIN_THRESHOLD <= value <= MAX_THRESHOLD:
        raise ValueError(f"The suppression threshold must be between {MIN_THRESHOLD} and {MAX_THRESHOLD} people: "
                         f"a figure for fewer than {MIN_THRESHOLD} could name them")
    return value


def threshold_in_force(stored: str | None) -> int:
    if not stored or not stored.strip().isdigit():
        return DEFAULT_THRESHOLD
    return min(max(int(stored), MIN_THRESHOLD), MAX_THRESHOLD)
