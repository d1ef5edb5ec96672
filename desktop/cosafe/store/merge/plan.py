"""Deciding what merging one source file into a target does, without writing anything.

Contract (three-way, per record matched by UUID; "base" = the row hash both files held
when they last met, kept per peer device in ``merge_base``):
- not in the target, no base -> **added**;
- equal in both -> **skipped** (and the base becomes that row);
- target still at the base -> **updated** to theirs; source still at the base -> skipped
  (mine is newer);
- both changed since the base, or never met and different -> **conflict**: the target
  keeps its version, theirs is kept in ``merge_conflicts``;
- deleted in the target since they met: stays deleted if unchanged in the source,
  otherwise a conflict (theirs kept);
- in the target but missing from the source: kept (a field copy never deletes the
  office's records; deletions do not travel);
- a conflict already pending with the same theirs is not stored again; one whose
  source no longer holds that version (it took ours, or undid its change) is settled.
"The base" is every version both files are known to have held (see ``Ancestors``):
their bases with each other, and versions both agreed on with a third laptop.
Criteria sets (name, version), criteria (set, key), reason tags (key) and walk
participants (walk, participant) with a different UUID but the same key are the same
record: the source's UUID is mapped to the target's in every reference (walks, scores,
sets, and the labels in other languages of sets, criteria and tags), so no score or label
breaks. A label (``label_translations``: one record, language and field) is merged as
any record, by its UUID, which is the same in every file for the same slot: two laptops
that labelled one criterion in one language differently are in conflict. ``TargetState`` follows the target as plans are applied, so
several sources plan in sequence inside one transaction (or a dry run).
Fields a field copy was handed out without (``store.merge.withheld``): from a copy,
one empty in a record it got from another file is compared as the target's own and,
when theirs is taken, filled from the target, so it is never a deletion, an edit or a
conflict; bases and conflicts keep the hash of the row as the copy holds it, so the
next merge of the same copy compares like with like.
Into a field copy (the target holds ``withheld.WITHHELD_KEY``): every source row is
first cut by the copy's rule (``copy_rule``), as the hand-out cut the copy: records it
may not hold (other groups' participants and who of them walked, photos) are left
out — not added, updated or kept as a conflict, and listed nowhere but in
``held_back`` — and the private fields of the rest are emptied, or keep the copy's
own value where it holds one. Bases and conflicts are of the cut row, as the copy
would hold it. Where a copy and another file hold one version differently (one cut,
one whole; two copies of different groups), either's hash of it counts as that
version when comparing with what they agreed on, so no false conflict comes of it.
A target lacking only private fields that the source holds, of a record the target
holds as a merge gave it and never met the source on (it came cut, through another
team's copy), takes the source's fuller version.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

from cosafe.core.i18n import arg
from cosafe.core.records import Participant, Record
from cosafe.store.merge import rows as merge_rows
from cosafe.store.merge import copy_rule
from cosafe.store.merge.copy_rule import CopyRule, copy_rule_in, counted, listed
from cosafe.store.merge.rows import MERGED_TYPES, NATURAL_KEYS, REFERENCES, TABLE_NAMED_REFERENCES, Row
from cosafe.store.merge.withheld import Withheld, compared_row, is_empty, restored_row, withheld_in, withheld_positions
from cosafe.store.words import Merge

KINDS = ("added", "updated", "skipped", "conflicts")
UNIQUE_KEYS = ("reason_tags", "walk_participants", "label_translations")  # natural keys the schema holds UNIQUE


@dataclass
class MergeWork:
    """The writes a plan needs (rows already remapped), by table."""

    inserts: dict[str, list[Row]] = field(default_factory=lambda: defaultdict(list))
    updates: dict[str, list[Row]] = field(default_factory=lambda: defaultdict(list))
    conflicts: list[tuple[str, str, Row, str]] = field(default_factory=list)  # table, uuid, row, hash
    bases: list[tuple[str, str, str]] = field(default_factory=list)  # table, uuid, hash
    settled: list[tuple[str, str]] = field(default_factory=list)  # table, uuid: pending conflicts now moot


@dataclass
class MergePlan:
    """What merging one source does: per table, the UUIDs added, updated, skipped, in conflict.

    UUIDs are the target's (a source record matched by key is listed under the
    target record it matched).
    """

    source_path: str
    source_name: str
    source_project_uuid: str
    source_device_id: str
    source_device_name: str = ""
    added: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    updated: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    skipped: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    conflicts: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    work: MergeWork = field(default_factory=MergeWork, repr=False)
    # Into a field copy: its rule, by kind what of the source it may not hold (``copy_rule.KINDS``), and
    # the groups whose participants it keeps ("Youth and Elders": it leaves out participants outside
    # them; "" for none: it leaves out every participant; None when it holds every group's).
    copy_rule: CopyRule | None = None
    held_back: dict[str, int] = field(default_factory=dict)
    held_back_outside: str | None = ""

    def count(self, kind: str) -> int:
        """Records of one kind ("added", "updated", "skipped" or "conflicts") over all tables."""
        return sum(len(uuids) for uuids in getattr(self, kind).values())

    def counts(self) -> dict[str, int]:
        return {kind: self.count(kind) for kind in KINDS}

    def table_counts(self) -> dict[str, dict[str, int]]:
        """Table -> kind -> count, for tables with anything in them."""
        tables = sorted({t for kind in KINDS for t, uuids in getattr(self, kind).items() if uuids})
        return {t: {kind: len(getattr(self, kind).get(t, ())) for kind in KINDS} for t in tables}

    @property
    def changes_anything(self) -> bool:
        work = self.work
        return bool(self.count("added") or self.count("updated") or work.conflicts or work.bases or work.settled)

    def summary(self) -> str:
        """One line: "field2.gpkg (Field team 2): 12 added, 3 updated, 40 skipped, 1 in conflict"."""
        source = (arg(Merge.tr("%1 (%2)", "a file and the laptop it came from: “field2.gpkg (Field team 2)”"),
                      self.source_name, self.source_device_name) if self.source_device_name else self.source_name)
        c = self.counts()
        return arg(Merge.tr("%1: %2 added, %3 updated, %4 skipped, %5 in conflict"), source, c["added"], c["updated"],
                   c["skipped"], c["conflicts"])

    def held_back_text(self, target: str | None = None) -> str:
        """One line when the target is a field copy: what of this source it does not take ('' otherwise)."""
        if self.copy_rule is None:
            return ""
        target = target or Merge.tr("This project")
        listed = counted(self.held_back, self.held_back_outside is not None, self.held_back_outside or "")
        if not listed:
            return arg(Merge.tr("%1 is a field copy, so it leaves out of %2 what a field copy may not hold: here, "
                                "nothing."), target, self.source_name)
        return arg(Merge.tr("%1 is a field copy, so it leaves out of %2 what a field copy may not hold: %3."),
                   target, self.source_name, listed)


class TargetState:
    """The target's row hashes, keys, bases and pending conflicts, read once and kept current."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._connection = connection
        self.hashes: dict[str, dict[str, str]] = {}
        self.keys: dict[str, dict[tuple, str]] = {}
        self.key_of: dict[str, dict[str, tuple]] = {}
        self._rows: dict[str, dict[str, Row]] = {}  # only tables a field copy lacks fields of
        self._planned: dict[str, dict[str, Row]] = defaultdict(dict)  # rows plans added or updated (a dry run)
        self._bases: dict[str, dict[tuple[str, str], str]] = {}
        self._all_bases: dict[tuple[str, str], dict[str, str]] | None = None
        row = connection.execute("SELECT value FROM project_meta WHERE key = 'device_id'").fetchone()
        self.device_id: str = row[0] if row and row[0] else ""
        self._conflicts: dict[tuple[str, str, str], str] | None = None
        # When the target is a field copy: the rule every row it takes is cut by.
        withheld_positions(connection, "This project")  # refuses a marker that cannot be read
        self.rule: CopyRule | None = copy_rule_in(connection)
        self.held_back_outside = _kept_groups(connection, self.rule)

    def table(self, record_type: type[Record]) -> dict[str, str]:
        if record_type.TABLE not in self.hashes:
            self._load(record_type, keep_rows=False)
        return self.hashes[record_type.TABLE]

    def rows(self, record_type: type[Record]) -> dict[str, Row]:
        """UUID -> the target's row (read when first needed, then kept current like the hashes)."""
        table = record_type.TABLE
        if table not in self._rows:
            if table in self.hashes:
                self._rows[table] = {row[0]: row for row in merge_rows.read_rows(self._connection, record_type)}
            else:
                self._load(record_type, keep_rows=True)
            # Rows an earlier plan took are not in the file in a dry run.
            self._rows[table].update(self._planned[table])
        return self._rows[table]

    def kept_rows(self, table: str) -> dict[str, Row] | None:
        """The rows ``rows`` keeps for a table, or None when none were asked for."""
        return self._rows.get(table)

    def planned_rows(self, table: str) -> dict[str, Row]:
        """The rows plans have added or updated in a table: callers adding rows note them here."""
        return self._planned[table]

    def _load(self, record_type: type[Record], keep_rows: bool) -> None:
        table = record_type.TABLE
        rows = merge_rows.read_rows(self._connection, record_type)
        self.hashes[table] = dict(zip((row[0] for row in rows), merge_rows.row_hashes(rows)))
        if keep_rows:
            self._rows[table] = {row[0]: row for row in rows}
        if table in NATURAL_KEYS:
            at = _positions(record_type, NATURAL_KEYS[table])
            self.key_of[table] = {row[0]: tuple(row[i] for i in at) for row in rows}
            self.keys[table] = {}
            for uuid, key in self.key_of[table].items():
                self.keys[table].setdefault(key, uuid)

    def bases(self, peer: str) -> dict[tuple[str, str], str]:
        if peer not in self._bases:
            self._bases[peer] = {key: peers[peer] for key, peers in self.all_bases().items() if peer in peers}
        return self._bases[peer]

    def all_bases(self) -> dict[tuple[str, str], dict[str, str]]:
        """(table, uuid) -> peer -> hash, for every peer (read when first needed)."""
        if self._all_bases is None:
            self._all_bases = {}
            for peer, table, uuid, digest in self._connection.execute(
                    "SELECT peer_device_id, table_name, record_uuid, row_hash FROM merge_base"):
                self._all_bases.setdefault((table, uuid), {})[peer] = digest
        return self._all_bases

    def set_base(self, peer: str, table: str, uuid: str, digest: str) -> None:
        self.bases(peer)[(table, uuid)] = digest
        self.all_bases().setdefault((table, uuid), {})[peer] = digest

    def conflicts(self) -> dict[tuple[str, str, str], str]:
        if self._conflicts is None:
            self._conflicts = {(p, t, u): h for p, t, u, h in self._connection.execute(
                "SELECT peer_device_id, table_name, record_uuid, theirs_hash FROM merge_conflicts")}
        return self._conflicts

    def store_row(self, record_type: type[Record], row: Row, digest: str) -> None:
        """Note that the target now holds ``row``."""
        table = record_type.TABLE
        self.table(record_type)[row[0]] = digest
        self._planned[table][row[0]] = row
        if table in self._rows:
            self._rows[table][row[0]] = row
        if table in NATURAL_KEYS:
            key = tuple(row[i] for i in _positions(record_type, NATURAL_KEYS[table]))
            old = self.key_of[table].get(row[0])
            if old is not None and self.keys[table].get(old) == row[0]:
                del self.keys[table][old]
            self.key_of[table][row[0]] = key
            self.keys[table].setdefault(key, row[0])


def _kept_groups(connection: sqlite3.Connection, rule: CopyRule | None) -> str | None:
    """The groups a field copy keeps participants of, listed ("Youth and Elders"); "" for none, None for all."""
    if rule is None or rule.groups is None:
        return None
    names = sorted({name for uuid, name in connection.execute("SELECT uuid, name FROM groups") if uuid in rule.groups})
    return listed(names)


def _positions(record_type: type[Record], names: tuple[str, ...]) -> list[int]:
    cols = merge_rows.columns(record_type)
    return [cols.index(n) for n in names]


def plan_source(state: TargetState, source: sqlite3.Connection, plan: MergePlan) -> MergePlan:
    """Fill ``plan`` (and its work) for one source; the state then shows the target as if it were written."""
    peer = plan.source_device_id
    bases = state.bases(peer)
    pending = state.conflicts()
    remap: dict[str, dict[str, str]] = defaultdict(dict)
    ancestors = Ancestors(state, source)
    withheld = withheld_in(source, plan.source_name)
    rule = plan.copy_rule = state.rule
    plan.held_back_outside = state.held_back_outside
    for record_type in MERGED_TYPES:
        table = record_type.TABLE
        mine = state.table(record_type)
        rows = merge_rows.read_rows(source, record_type)
        names = merge_rows.columns(record_type)
        refs: list[tuple[int, str | int]] = [(i, REFERENCES[table][name]) for i, name in enumerate(names)
                                             if name in REFERENCES.get(table, {})]
        refs += [(i, names.index(TABLE_NAMED_REFERENCES[table][name])) for i, name in enumerate(names)
                 if name in TABLE_NAMED_REFERENCES.get(table, {})]
        rows = [_remapped(row, refs, remap) for row in rows] if refs else rows
        whole: dict[str, Row] = {}  # the source's own row, where the cut changed it
        if rule is not None and table in copy_rule.TABLES:
            rows, whole = _cut(state, rule, record_type, rows, plan.held_back)
        if table in NATURAL_KEYS:
            at = _positions(record_type, NATURAL_KEYS[table])
            matched = []
            for row in rows:
                twin = None if row[0] in mine else state.keys[table].get(tuple(row[i] for i in at))
                if twin is not None:
                    remap[table][row[0]] = twin
                    plan.skipped[table].append(twin)
                else:
                    matched.append(row)
            rows = [_remapped(row, refs, remap) for row in matched] if refs else matched
        simple = table not in NATURAL_KEYS
        added, inserts, agreed = plan.added[table], plan.work.inserts[table], plan.work.bases
        known, with_us = state.all_bases(), ancestors.with_us
        lacks = withheld is not None and table in withheld.positions
        lacked_here = copy_rule.positions(table) if rule is not None else ()
        kept = state.rows(record_type) if lacks or lacked_here else state.kept_rows(table)  # kept current as written
        planned = state.planned_rows(table)
        for row, theirs in zip(rows, merge_rows.row_hashes(rows)):
            uuid = row[0]
            key = (table, uuid)
            if simple and uuid not in mine and key not in known and key not in with_us \
                    and (peer, table, uuid) not in pending:
                # The common case, inlined: a record neither file records ever agreeing on.
                added.append(uuid)
                inserts.append(row)
                agreed.append((table, uuid, theirs))
                bases[key] = theirs
                known[key] = {peer: theirs}
                mine[uuid] = theirs
                planned[uuid] = row
                if kept is not None:
                    kept[uuid] = row
            elif (lacks or lacked_here) and uuid in mine:
                row, theirs, here, held, aliases = _withheld_view(
                    record_type, row, theirs, mine[uuid], kept[uuid], withheld if lacks else None, lacked_here,
                    whole.get(uuid))
                _decide(state, record_type, row, theirs, here, held, bases, pending, plan, ancestors, aliases)
            else:
                source_row = whole.get(uuid)
                also = (lambda r=source_row: (frozenset(), frozenset([merge_rows.row_hash(r)]))) \
                    if source_row is not None else _NO_ALIASES
                _decide(state, record_type, row, theirs, mine.get(uuid), theirs, bases, pending, plan, ancestors, also)
    for lists in (plan.added, plan.updated, plan.skipped, plan.conflicts, plan.work.inserts):
        for table in [t for t, uuids in lists.items() if not uuids]:
            del lists[table]  # only tables with something in them
    return plan


def _cut(state: TargetState, rule: CopyRule, record_type: type[Record], rows: list[Row],
         tally: dict[str, int]) -> tuple[list[Row], dict[str, Row]]:
    """The source rows as the target, a field copy, may hold them (``copy_rule``; those it may not hold
    left out and counted in ``tally``), and the source's own row of each the cut changed."""
    participants = state.table(Participant)  # as held now: earlier tables of this plan included
    holds = state.table(record_type)
    # The copy's own rows, to count only values it does not hold already; where the table has no
    # private field only whether it holds the record counts, so its rows (photos) are not read.
    own = state.rows(record_type) if copy_rule.positions(record_type.TABLE) else None
    cut_rows, whole = [], {}
    for row in rows:
        uuid = row[0]
        mine = own.get(uuid) if own is not None else row if uuid in holds else None
        cut = rule.cut(record_type, row, participants, tally, mine)
        if cut is None:
            continue
        if cut != row:
            whole[uuid] = row
        cut_rows.append(cut)
    return cut_rows, whole


Aliases = Callable[[], tuple[frozenset[str], frozenset[str]]]
_NO_ALIASES: Aliases = lambda: (frozenset(), frozenset())  # noqa: E731


def _withheld_view(record_type: type[Record], row: Row, theirs: str, here: str, here_row: Row,
                   withheld: Withheld | None, lacked_here: tuple[int, ...],
                   whole: Row | None) -> tuple[Row, str, str, str, Aliases]:
    """(row to write, theirs, here, held, aliases) for a record the target holds, when a field copy on
    either side lacks fields of it (the arguments of ``_decide``).

    ``lacked_here`` are the fields the target, a field copy, may lack: where the cut
    source row holds one empty, the copy keeps its own value. ``whole`` is the
    source's row before the cut, if the cut changed it.
    """
    lacking = withheld.lacking(record_type, row) if withheld is not None else []
    if lacked_here:
        lacking = sorted({*lacking, *(i for i in lacked_here if is_empty(row[i]))})
    taken = [i for i in lacked_here if whole[i] != row[i]] if whole is not None else []  # what the cut took out

    def aliases() -> tuple[frozenset[str], frozenset[str]]:
        # Each version as another file may hold it, and may have recorded agreeing on it
        # with a third laptop: without some of the fields one side lacks (a copy of
        # another group), or — theirs before the cut, mine with what the cut took out
        # of theirs (a link to a person only the source holds).
        mine = _variants(here_row, row, lacking)
        yours: set[str] = set()
        if whole is not None:
            mine |= _variants(here_row, whole, taken)
            yours = _variants(whole, row, taken)
        return frozenset(mine), frozenset(yours)

    if not lacking:
        return row, theirs, here, theirs, aliases
    # Compare without the fields one side lacks; keep the target's value in them.
    written = restored_row(row, here_row, lacking)
    seen = merge_rows.row_hash(compared_row(here_row, row, lacking))
    return written, theirs, seen, merge_rows.row_hash(written), aliases


def _variants(row: Row, other: Row, at: list[int]) -> set[str]:
    """Hashes of ``row`` with ``other``'s values in each subset of the positions ``at`` (a few: the
    fields a copy may lack in one table)."""
    found = set()
    for mask in range(1 << len(at)):
        found.add(merge_rows.row_hash(restored_row(row, other, [i for bit, i in enumerate(at) if mask >> bit & 1])))
    return found


def _remapped(row: Row, refs: list[tuple[int, str | int]], remap: dict[str, dict[str, str]]) -> Row:
    """``row`` with each reference (position, the table it refers to, or the position of the column
    naming that table) mapped to the target's UUID of a record matched by its key."""
    values = list(row)
    for i, table in refs:
        if values[i] is not None:
            named = values[table] if isinstance(table, int) else table
            values[i] = remap[named].get(values[i], values[i]) if named in remap else values[i]
    return tuple(values)


def _decide(state: TargetState, record_type: type[Record], row: Row, theirs: str, here: str | None, held: str,
            bases: dict[tuple[str, str], str], pending: dict[tuple[str, str, str], str],
            plan: MergePlan, ancestors: Ancestors,
            aliases: Aliases = _NO_ALIASES) -> None:
    """Decide one source record that the target holds or both files have met on.

    ``theirs`` is the hash of the row as the source holds it, ``here`` the target's
    hash to compare it with, ``row`` the version to write if theirs is taken and
    ``held`` its hash (for a field copy lacking a field, ``here`` is the target's row
    without that field and ``row`` theirs with the target's value in it). ``aliases``
    gives other hashes of the same two versions (here's, theirs'), as a file that holds
    them otherwise (whole, or cut) may have recorded agreeing on them; it is called
    only for a record the two files hold apart.
    """
    table, uuid = record_type.TABLE, row[0]
    base = bases.get((table, uuid))
    agreed = ancestors.agreed(table, uuid, base, here, theirs, *aliases()) if here != theirs else set()
    work = plan.work
    if here == theirs:
        kind = "skipped"
    elif here is None:
        kind = "added" if not agreed else "skipped" if theirs in agreed else "conflicts"
        if kind == "added" and _key_taken(state, record_type, row):
            kind = "conflicts"
    elif here in agreed and theirs not in agreed and not _key_taken(state, record_type, row):
        kind = "updated"
    elif theirs in agreed and here not in agreed:
        kind = "skipped"  # mine is the newer one
    elif not agreed and _fills_in(state, record_type, row):
        kind = "updated"  # the target got it cut, through a field copy; this is the fuller version
    else:
        kind = "conflicts"
    getattr(plan, kind)[table].append(uuid)
    if kind != "conflicts" and (plan.source_device_id, table, uuid) in pending:
        # The source no longer holds the version in conflict (it took ours, or went back).
        work.settled.append((table, uuid))
        del pending[(plan.source_device_id, table, uuid)]
    if kind == "added":
        work.inserts[table].append(row)
    elif kind == "updated":
        work.updates[table].append(row)
    elif kind == "conflicts":
        if pending.get((plan.source_device_id, table, uuid)) != theirs:
            work.conflicts.append((table, uuid, row, theirs))
            pending[(plan.source_device_id, table, uuid)] = theirs
        return
    if (here == theirs or kind != "skipped") and base != theirs:
        work.bases.append((table, uuid, theirs))
        state.set_base(plan.source_device_id, table, uuid, theirs)
    if kind in ("added", "updated"):
        state.store_row(record_type, row, held)


def _fills_in(state: TargetState, record_type: type[Record], row: Row) -> bool:
    """Is ``row`` the target's version with private fields filled that the target holds empty, while the
    target holds it as another file gave it? Then it came through a field copy, cut, and this is whole.

    Never into a field copy. Only where the two files never met on the record (the
    caller's check): had they, their bases would say which is newer — a field the
    target emptied since stays empty.
    """
    at = copy_rule.positions(record_type.TABLE)
    if state.rule is not None or not at:
        return False
    table, uuid = record_type.TABLE, row[0]
    here_row = state.rows(record_type).get(uuid)
    if here_row is None or state.table(record_type).get(uuid) not in state.all_bases().get((table, uuid), {}).values():
        return False  # changed here since it came: a conflict to choose in
    filled = [i for i in at if is_empty(here_row[i]) and not is_empty(row[i])]
    return bool(filled) and restored_row(row, here_row, filled) == here_row


class Ancestors:
    """Versions of a record both files held at some point: what a merge compares with.

    Our base with the source, the source's base with us (merges write only into the
    target, so the latest meeting may be recorded on either side), and any version
    both agreed on with the same third laptop (two teams handed out from one office
    both agreed with it on every record at hand-out; a record one team passed to
    both). With linear history on each laptop, mine in this set and theirs not means
    theirs is newer; both in it is ambiguous, so a conflict.
    """

    def __init__(self, state: TargetState, source: sqlite3.Connection) -> None:
        self._state = state
        self._source = source
        self.with_us = {(t, u): h for t, u, h in source.execute(
            "SELECT table_name, record_uuid, row_hash FROM merge_base WHERE peer_device_id = ?", (state.device_id,))}

    def agreed(self, table: str, uuid: str, base: str | None, here: str | None, theirs: str,
               here_also: frozenset[str] = frozenset(), theirs_also: frozenset[str] = frozenset()) -> set[str]:
        """The versions both files held, as hashes; ``here`` or ``theirs`` is in it when it, or one
        of its aliases (the same version as a field copy, or the file it came from, holds it), is."""
        mine = {here, *here_also} if here is not None else set()
        yours = {theirs, *theirs_also}

        def named(found: set[str]) -> set[str]:
            if found & mine:
                found.add(here)
            if found & yours:
                found.add(theirs)
            return found

        found = named({digest for digest in (base, self.with_us.get((table, uuid))) if digest is not None})
        if (here in found) != (theirs in found):
            return found  # the two files' own meetings decide it
        # Read from the source only for records both know and hold apart, by its unique
        # (peer, table, uuid) index: one lookup per laptop we agreed with on this record.
        for peer, digest in self._state.all_bases().get((table, uuid), {}).items():
            row = self._source.execute("SELECT row_hash FROM merge_base WHERE peer_device_id = ? AND table_name = ? "
                                       "AND record_uuid = ?", (peer, table, uuid)).fetchone()
            if row is None:
                continue
            if row[0] == digest:
                found.add(digest)
            elif {row[0], digest} <= mine:
                found.add(here)  # one version, which each file holds its own way (whole, or cut)
            elif {row[0], digest} <= yours:
                found.add(theirs)
        return named(found)


def _key_taken(state: TargetState, record_type: type[Record], row: Row) -> bool:
    """Would this row's natural key collide with another target record (a UNIQUE key)?"""
    table = record_type.TABLE
    if table not in UNIQUE_KEYS:
        return False
    key = tuple(row[i] for i in _positions(record_type, NATURAL_KEYS[table]))
    owner = state.keys[table].get(key)
    return owner is not None and owner != row[0]
