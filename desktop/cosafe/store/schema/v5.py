"""Schema version 5: the time of day of a recorded incident. Frozen once released, like v1–v4.

Police exports give the hour of an incident, and the day/night analysis compares recorded
incidents with what people feel at night, so ``incidents`` gains ``occurred_at``: the
local time of day as ``HH:MM`` (24-hour), or NULL when the record does not say. It is a
plain nullable column (an older file's incidents keep NULL), checked by shape like
``occurred_on``; a whole timestamp is not stored, the date stays in ``occurred_on``.
"""

from __future__ import annotations

import sqlite3

INCIDENT_TIME_DDL = ("ALTER TABLE incidents ADD COLUMN occurred_at TEXT "
                     "CHECK (occurred_at IS NULL OR (length(occurred_at) = 5 AND "
                     "occurred_at GLOB '[0-2][0-9]:[0-5][0-9]' AND occurred_at < '24:00'))")


def add_incident_time(connection: sqlite3.Connection) -> None:
    """Add ``incidents.occurred_at`` (run inside a migration's transaction)."""
    connection.execute(INCIDENT_TIME_DDL)
