"""Follow one object at a time: move a slot from the object a view showed to the next one.

Panels show one project (``session.changed``) or one workshop context
(``context.changed``) at a time; ``follow`` disconnects the slot from the old
object's signal, connects it to the new one's, and returns the new object.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

T = TypeVar("T")


def follow(old: Any, new: T, signal: str, slot: Callable[..., Any]) -> T:
    """Disconnect ``slot`` from ``old.<signal>`` (if old), connect it to ``new.<signal>`` (if new)."""
    if old is not None:
        getattr(old, signal).disconnect(slot)
    if new is not None:
        getattr(new, signal).connect(slot)
    return new
