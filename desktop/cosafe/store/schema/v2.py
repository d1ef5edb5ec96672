"""Schema version 2: who walked each audit walk. Frozen once released, like v1.

``walk_participants`` is an attribute table linking an audit walk to each anonymous
participant who walked it, so a walk's scores can be read by the walkers' gender,
age band and role. It has v1's common columns (fid, uuid, timestamps, device) and
refers by UUID, without foreign keys, like every CoSafe table. A person walks a
given walk at most once (UNIQUE pair).
"""

from __future__ import annotations

import sqlite3

from cosafe.store import geopackage
# v1's common columns are frozen, so v2 tables share them exactly.
from cosafe.store.schema.v1 import _COMMON as COMMON_COLUMNS

WALK_PARTICIPANTS_DDL = f"""CREATE TABLE "walk_participants" ({COMMON_COLUMNS},
  walk_uuid TEXT NOT NULL,
  participant_uuid TEXT NOT NULL,
  UNIQUE (walk_uuid, participant_uuid)
)"""

INDEX_STATEMENTS = (
    "CREATE INDEX idx_walk_participants_walk ON walk_participants (walk_uuid)",
)


def add_walk_participants(connection: sqlite3.Connection) -> None:
    """Create and register ``walk_participants`` (run inside a migration's transaction)."""
    connection.execute(WALK_PARTICIPANTS_DDL)
    geopackage.register_attributes(connection, "walk_participants", "Participants who walked each audit walk")
    for statement in INDEX_STATEMENTS:
        connection.execute(statement)
