"""Schema version 6: what the room needs of its records. Frozen once released, like v1–v5.

- ``proposals.participant_uuid``: the participant who made a proposal (an idea sent from
  a phone), as pins and votes already carry theirs, so "remove this device's
  contributions" finds the ideas too. NULL for a proposal drawn at the desktop.
- ``perception_pins.story_review``: whether the facilitator has looked at a pin's story.
  NULL: no review is needed (written at the desktop by the facilitator, or an older
  file's); ``pending``: sent from a phone, held until the facilitator approves it;
  ``approved`` or ``rejected``. A story that is pending or rejected is never shown on the
  projector nor quoted (``core.stories``).
"""

from __future__ import annotations

import sqlite3

PROPOSAL_PARTICIPANT_DDL = "ALTER TABLE proposals ADD COLUMN participant_uuid TEXT"
STORY_REVIEW_DDL = ("ALTER TABLE perception_pins ADD COLUMN story_review TEXT "
                    "CHECK (story_review IS NULL OR story_review IN ('pending', 'approved', 'rejected'))")


def add_room_contributions(connection: sqlite3.Connection) -> None:
    """Add ``proposals.participant_uuid`` and ``perception_pins.story_review`` (inside a migration's transaction)."""
    connection.execute(PROPOSAL_PARTICIPANT_DDL)
    connection.execute(STORY_REVIEW_DDL)
