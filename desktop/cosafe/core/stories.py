"""Stories held for the facilitator's approval (no Qt here).

A pin's story sent from a phone is held (``story_review`` "pending") until the facilitator
approves it; a story written at the desktop needs no review (``None``). Contract:
- ``story_shown(pin)``: whether the pin's story may be shown to the room (the projector,
  the map, the panels) and quoted (the plan): it has words and is not held back
  (pending or rejected). Every place that shows a story to people other than the
  facilitator reviewing it asks this.
- ``shown_story(pin)``: the story when it may be shown, else "".
- ``review_story_edit(store, pin, review, label)``: ONE undoable edit setting the pin's
  review to ``APPROVED`` or ``REJECTED`` (or back to ``PENDING``).
"""

from __future__ import annotations

from cosafe.core.edits import EditableStore, UpdateRecord
from cosafe.core.records import PerceptionPin

PENDING, APPROVED, REJECTED = "pending", "approved", "rejected"
REVIEWS = (PENDING, APPROVED, REJECTED)


def story_shown(pin: PerceptionPin) -> bool:
    return bool(pin.story.strip()) and pin.story_review in (None, APPROVED)


def shown_story(pin: PerceptionPin) -> str:
    return pin.story if story_shown(pin) else ""


def review_story_edit(store: EditableStore, pin: PerceptionPin, review: str, label: str) -> UpdateRecord:
    if review not in REVIEWS:
        raise ValueError(f"not a story review: {review}")
    return UpdateRecord(store, PerceptionPin, pin.uuid, {"story_review": review}, label=label)
