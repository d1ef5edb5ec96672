"""Schema version 7: what a recorded incident says of itself. Frozen once released, like v1–v6.

Police exports carry a description beside the category ("THEFT FROM MOTOR VEHICLE —
unlocked, at night"); the incident import lets the planner choose that column, so
``incidents`` gains ``description``: the text as the source gives it, empty when it
gives none (an older file's incidents keep ''). It may name a street, a business or a
person, so public exports empty it (``io.export.PUBLIC_EMPTIED``).
"""

from __future__ import annotations

import sqlite3

INCIDENT_DESCRIPTION_DDL = "ALTER TABLE incidents ADD COLUMN description TEXT NOT NULL DEFAULT ''"


def add_incident_description(connection: sqlite3.Connection) -> None:
    """Add ``incidents.description`` (run inside a migration's transaction)."""
    connection.execute(INCIDENT_DESCRIPTION_DDL)
