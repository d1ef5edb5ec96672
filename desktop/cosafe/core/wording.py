"""Counted nouns in messages: "1 pin", "2 pins", "1 person", "3 people" — ENGLISH ONLY, to be replaced.

Contract: ``counted(n, noun, plural=None)`` is ``n`` (with thousands separators) and
the noun, singular for exactly 1 and ``plural`` (default: noun + "s") otherwise,
zero included ("0 pins"). Why one function: the trial's screens read "1 pins" and
"1 stakeholders"; each message made its own plural, and most forgot the one.

It builds an English plural from an English noun, so what it makes cannot be
translated (Arabic has six plural forms, and no language but English adds "s").
The core and the store no longer use it: a count there is a plural of the catalogue,
``Topic.tr("%n pins", "", n)`` (docs/TRANSLATING.md). It stays only for the callers
still outside the catalogue (``ui/``, ``io/``), each to become such a call (issue 15).
"""

from __future__ import annotations


def counted(n: int, noun: str, plural: str | None = None) -> str:
    """English only (see the module docstring): use ``Topic.tr("%n nouns", "", n)`` instead."""
    return f"{n:,} {noun if n == 1 else plural or noun + 's'}"
