"""Conflicts a merge left, and resolving each one as an undoable edit.

Contract:
- ``pending_conflicts(store)`` lists every record changed on both sides: mine (None
  when I deleted it since we last met), theirs (the whole row as it came, geometry and
  attachment data included) and the peer laptop's id and name.
- ``resolve_conflict(store, table, uuid, choice)`` returns ONE Edit (one undo step, one
  transaction each way): "mine" keeps my version; "theirs" puts theirs in its place
  (or back, if I had deleted it); "both" keeps mine and adds theirs as a new record
  with a new UUID (as "theirs" when mine is gone). Each removes the conflict and
  records theirs as seen, so merging the same file again does not raise it again;
  revert restores the record, the conflict and that record exactly.
"""

from __future__ import annotations

from dataclasses import dataclass

from cosafe.core.changes import Change, change_for_table
from cosafe.core.clock import new_uuid
from cosafe.core.edits import Edit
from cosafe.core.i18n import arg
from cosafe.core.records import Device, Record, kind_label, kind_noun
from cosafe.store.merge import rows as merge_rows
from cosafe.store.merge.rows import MERGED_BY_TABLE, Row
from cosafe.store.words import Merge

CHOICES = ("mine", "theirs", "both")
_CONFLICT_COLUMNS = "fid, peer_device_id, table_name, record_uuid, theirs, theirs_hash, detected_at"


@dataclass(frozen=True)
class Conflict:
    table: str
    uuid: str
    mine: Record | None  # None: deleted here since the two files last met
    theirs: Record
    peer: str  # the device id of the laptop theirs came from
    peer_name: str
    detected_at: str


def pending_conflicts(store) -> list[Conflict]:
    """Every unresolved conflict, oldest first."""
    names = {d.uuid: d.name for d in store.list(Device)}
    found = []
    for _, peer, table, uuid, theirs, _, detected_at in store.connection.execute(
            f"SELECT {_CONFLICT_COLUMNS} FROM merge_conflicts ORDER BY detected_at, fid").fetchall():
        record_type = MERGED_BY_TABLE.get(table)
        if record_type is None:
            continue  # a table a later CoSafe merges; this one cannot show it
        found.append(Conflict(table, uuid, store.get(record_type, uuid),
                              merge_rows.row_to_record(record_type, merge_rows.row_from_json(record_type, theirs)),
                              peer, names.get(peer, ""), detected_at))
    return found


def resolve_conflict(store, table: str, uuid: str, choice: str, peer: str | None = None) -> Edit:
    """An undoable edit resolving the conflict on (table, uuid) (from ``peer``, if several)."""
    return ResolveConflict(store, table, uuid, choice, peer)


class ResolveConflict(Edit):
    def __init__(self, store, table: str, uuid: str, choice: str, peer: str | None = None) -> None:
        if choice not in CHOICES:
            raise ValueError(f"Resolve a conflict with mine, theirs or both, not {choice!r}")
        record_type = MERGED_BY_TABLE.get(table)
        if record_type is None:
            raise ValueError(f"No records are merged in table {table!r}")
        where = "table_name = ? AND record_uuid = ?" + (" AND peer_device_id = ?" if peer else "")
        params = (table, uuid, peer) if peer else (table, uuid)
        conflict = store.connection.execute(
            f"SELECT {_CONFLICT_COLUMNS} FROM merge_conflicts WHERE {where} ORDER BY fid", params).fetchone()
        if conflict is None:
            raise KeyError(arg(Merge.tr("No conflict on that %1 is waiting to be resolved", "%1 is a kind of record"),
                               kind_noun(record_type)))
        self._type = record_type
        self._conflict = conflict
        self._peer, self._theirs_hash = conflict[1], conflict[5]
        self._theirs: Row = merge_rows.row_from_json(record_type, conflict[4])
        self._mine: Row | None = merge_rows.read_row(store.connection, record_type, uuid)
        base = store.connection.execute(
            "SELECT row_hash FROM merge_base WHERE peer_device_id = ? AND table_name = ? AND record_uuid = ?",
            (self._peer, table, uuid)).fetchone()
        self._old_base: str | None = base[0] if base else None
        if choice == "both" and self._mine is None:
            choice = "theirs"  # nothing of mine to keep beside theirs
        if choice == "both" and table in ("reason_tags", "walk_participants", "label_translations"):
            raise ValueError(arg(Merge.tr("Two %1 cannot share a key; keep mine or theirs", "%1 is a kind of record, "
                                          "in lower case: “reason tags”"), kind_label(record_type).lower()))
        self._choice = choice
        self._copy: Row | None = (new_uuid(), *self._theirs[1:]) if choice == "both" else None
        self.label = _label(choice, record_type, self._mine or self._theirs)

    def apply(self, store) -> Change:
        connection = store.connection
        with store.atomic():
            if self._choice == "theirs":
                self._put(connection, self._theirs)
            elif self._choice == "both":
                merge_rows.insert_rows(connection, self._type, [self._copy])
            connection.execute("DELETE FROM merge_conflicts WHERE fid = ?", (self._conflict[0],))
            # Theirs has been seen and answered: the same file merged again raises nothing.
            merge_rows.upsert_bases(connection, self._peer, [(self._type.TABLE, self._conflict[3], self._theirs_hash)])
            merge_rows.after_write(connection, self._type)
        return change_for_table(self._type.TABLE) | Change.PROJECT

    def revert(self, store) -> Change:
        connection = store.connection
        with store.atomic():
            if self._choice == "theirs":
                if self._mine is None:
                    merge_rows.delete_row(connection, self._type, self._conflict[3])
                else:
                    merge_rows.update_rows(connection, self._type, [self._mine])
            elif self._choice == "both":
                merge_rows.delete_row(connection, self._type, self._copy[0])
            connection.execute(f"INSERT INTO merge_conflicts ({_CONFLICT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)",
                               self._conflict)
            if self._old_base is None:
                connection.execute("DELETE FROM merge_base WHERE peer_device_id = ? AND table_name = ? AND record_uuid = ?",
                                   (self._peer, self._type.TABLE, self._conflict[3]))
            else:
                merge_rows.upsert_bases(connection, self._peer, [(self._type.TABLE, self._conflict[3], self._old_base)])
            merge_rows.after_write(connection, self._type)
        return change_for_table(self._type.TABLE) | Change.PROJECT

    def _put(self, connection, row: Row) -> None:
        if self._mine is None:
            merge_rows.insert_rows(connection, self._type, [row])
        else:
            merge_rows.update_rows(connection, self._type, [row])

    def touched_records(self) -> dict[str, frozenset[str]] | None:
        uuids = {self._conflict[3]} | ({self._copy[0]} if self._copy else set())
        return {self._type.TABLE: frozenset(uuids), "merge_conflicts": frozenset({self._conflict[3]})}

    @property
    def choice(self) -> str:
        return self._choice


def _label(choice: str, record_type: type[Record], row: Row) -> str:
    """The undo name: 'Keep my proposal “Light the underpass”' when the record has a title or name, else
    'Keep my proposal' (%1 the kind of record, %2 its title)."""
    record = merge_rows.row_to_record(record_type, row)
    text = next((getattr(record, f) for f in ("title", "name", "label") if getattr(record, f, "")), "")
    if text:
        label = {"mine": Merge.tr("Keep my %1 “%2”"), "theirs": Merge.tr("Keep their %1 “%2”"),
                 "both": Merge.tr("Keep both versions of %1 “%2”")}[choice]
    else:
        label = {"mine": Merge.tr("Keep my %1"), "theirs": Merge.tr("Keep their %1"),
                 "both": Merge.tr("Keep both versions of %1")}[choice]
    return arg(label, kind_noun(record_type), text)
