"""Counted nouns in messages: "1 pin", "2 pins", "1 person", "3 people".

Contract: ``counted(n, noun, plural=None)`` is ``n`` (with thousands separators) and
the noun, singular for exactly 1 and ``plural`` (default: noun + "s") otherwise,
zero included ("0 pins"). Why one function: the trial's screens read "1 pins" and
"1 stakeholders"; each message made its own plural, and most forgot the one.
"""

from __future__ import annotations


def counted(n: int, noun: str, plural: str | None = None) -> str:
    return f"{n:,} {noun if n == 1 else plural or noun + 's'}"
