"""Fields a field copy was handed out without, and how a merge reads their absence.

A field copy (``store.merge.field_copy``) leaves private fields empty (a contact, a
pin's story, …) and says so in its ``project_meta`` under ``WITHHELD_KEY``: a JSON
object ``{"fields": {table: [column, …]}, "records": [table, …],
"participant_groups": [group uuid, …] | "all"}``. ``fields`` are the columns emptied
(NULL or '') in every record it holds but its own team's writing; ``records`` the
tables some of whose records it does not hold (other groups' participants, photos);
``participant_groups`` whose participants it holds (``store.merge.copy_rule``; a copy
an older CoSafe made does not say).

Contract for a merge from such a copy (``withheld_in(source, name)``):
- A withheld field that is empty in a record the copy got from another file (one it
  holds a merge base for: handed out to it, or brought in by a merge into it, which
  cuts every row to what a copy may hold) means "not held": the merge compares the
  record without that field (``compared_row``) and, if it takes the copy's version,
  keeps the target's value there (``restored_row``). It is never read as the field
  being emptied, and never as an edit.
- A withheld field the team filled in, and every field of a record made in the field
  and not yet met elsewhere, is the team's own: it merges like any edit.
- A record the copy lacks is not a deletion; merges never delete (``store.merge.plan``).
Merging INTO a field copy: every row the merge would bring in is cut by the copy's
rule first (``store.merge.copy_rule``); where the cut leaves a field empty, the copy's
own value stays (``restored_row`` with the copy's row).
The marker only ever makes a merge keep more of the target; a marker that cannot be
read is refused in one line (``ProjectOpenError``); columns or tables it names that
this CoSafe does not merge are ignored.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from cosafe.core.i18n import arg
from cosafe.core.records import Record
from cosafe.store.errors import ProjectOpenError
from cosafe.store.merge import rows as merge_rows
from cosafe.store.merge.rows import MERGED_BY_TABLE, Row
from cosafe.store.words import Merge

WITHHELD_KEY = "field_copy_withheld"


def marker(fields: Mapping[str, Sequence[str]], records: Sequence[str],
           participant_groups: Sequence[str] | str = ()) -> str:
    """The ``project_meta`` value a field copy stores under ``WITHHELD_KEY``."""
    groups = participant_groups if isinstance(participant_groups, str) else sorted(participant_groups)
    return json.dumps({"fields": {t: sorted(c) for t, c in sorted(fields.items())}, "records": sorted(records),
                       "participant_groups": groups}, sort_keys=True)


def is_empty(value: object) -> bool:
    """The value a withheld field holds in a copy: NULL, or '' in a column that cannot be NULL."""
    return value is None or value == ""


@dataclass(frozen=True)
class Withheld:
    """What one source file was handed out without: column positions per table, and the
    records (UUIDs per table) it got from other files and so may lack those fields."""

    positions: Mapping[str, tuple[int, ...]]
    handed_out: Mapping[str, frozenset[str]]

    def lacking(self, record_type: type[Record], row: Row) -> list[int]:
        """Positions of the withheld fields this source row lacks (empty in a record it got from elsewhere)."""
        at = self.positions.get(record_type.TABLE)
        if not at or row[0] not in self.handed_out.get(record_type.TABLE, ()):
            return []
        return [i for i in at if is_empty(row[i])]


def compared_row(mine: Row, theirs: Row, lacking: Sequence[int]) -> Row:
    """Mine as the source could hold it: its values where the source lacks the field, emptied alike."""
    values = list(mine)
    for i in lacking:
        values[i] = theirs[i]
    return tuple(values)


def restored_row(theirs: Row, mine: Row, lacking: Sequence[int]) -> Row:
    """Theirs with the fields it lacks filled from mine: the version a merge may write."""
    values = list(theirs)
    for i in lacking:
        values[i] = mine[i]
    return tuple(values)


def withheld_positions(connection: sqlite3.Connection, name: str) -> dict[str, tuple[int, ...]]:
    """Table -> positions (in ``merge_rows.columns`` order) of the fields a file says it was handed out
    without; empty for a file that is no field copy."""
    row = connection.execute("SELECT value FROM project_meta WHERE key = ?", (WITHHELD_KEY,)).fetchone()
    if row is None or row[0] is None:
        return {}
    try:
        document = json.loads(row[0])
        declared = document["fields"]
        if not isinstance(declared, dict) or not all(
                isinstance(cols, list) and all(isinstance(c, str) for c in cols) for cols in declared.values()):
            raise TypeError
    except (ValueError, KeyError, TypeError):
        raise ProjectOpenError(arg(Merge.tr("%1 is damaged: the list of what its field copy left out cannot be read"),
                                   name)) from None
    positions: dict[str, tuple[int, ...]] = {}
    for table, names in declared.items():
        record_type = MERGED_BY_TABLE.get(table)
        if record_type is None:
            continue  # a table a later CoSafe merges
        columns = merge_rows.columns(record_type)
        # Never the uuid (position 0): it is how records are matched, not a field.
        at = tuple(sorted({columns.index(c) for c in names if c in columns[1:]}))
        if at:
            positions[table] = at
    return positions


def withheld_in(source: sqlite3.Connection, name: str) -> Withheld | None:
    """What the source file was handed out without, or None when it is no field copy (or lacks nothing)."""
    positions = withheld_positions(source, name)
    if not positions:
        return None
    # Every record it holds a base for came from another file: handed out to it, or
    # brought in by a merge into it (with the fields cut, ``copy_rule``). Bases with
    # any laptop, not only the office: a record another team's copy brought in lacks
    # the same fields.
    handed_out = {}
    for table in positions:
        handed_out[table] = frozenset(uuid for (uuid,) in source.execute(
            "SELECT DISTINCT record_uuid FROM merge_base WHERE table_name = ?", (table,)))
    return Withheld(positions, handed_out)
