"""What a field copy may hold: the one rule the hand-out applies, and every merge into a copy.

A field copy travels on a USB stick that may be lost. ``CopyRule.cut`` says, for one
row, what of it such a copy may hold:

- **Never**, in any record: a participant's contact, a stakeholder's contact person, a
  pin's story, an audit point's comment, a walk's or workshop's notes, the
  facilitator's name (``PRIVATE_FIELDS``: emptied — NULL where the column may be NULL,
  else ''), and no attachment but a placed paper map (a photo may show a face or a
  front door; a paper map is the basemap itself).
- **Participants** only of the copy's groups (``groups``), or of every group
  (``groups is None``); a copy an older CoSafe made, which does not say, takes none
  it does not already hold. Who walked a walk, and the person a pin or vote links to
  (``PERSON_LINKS``), only for participants the copy holds.

The hand-out (``field_copy``) cuts every row of the project by it; a merge into a
field copy (``plan``) cuts every row it would bring in — new records, updates, and
theirs of a conflict — so a copy never holds more than it was handed out with plus
what its own team wrote. The copy's ``project_meta`` records the rule
(``withheld.WITHHELD_KEY``: the fields, the tables some of whose records stay behind,
and the groups whose participants it holds); ``copy_rule_in`` reads it back.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Container, MutableMapping, Sequence
from dataclasses import dataclass

from cosafe.core.i18n import arg
from cosafe.core.records import Attachment, Participant, Record, WalkParticipant
from cosafe.store.merge import rows as merge_rows
from cosafe.store.merge.rows import Row
from cosafe.store.merge.withheld import WITHHELD_KEY, is_empty, marker
from cosafe.store.words import Merge

# Emptied in every record a copy holds, with the value that means "empty" there.
PRIVATE_FIELDS: dict[str, dict[str, str | None]] = {
    "participants": {"contact": None},
    "stakeholders": {"contact_person": None},
    "perception_pins": {"story": ""},
    "audit_points": {"comment": ""},
    "audit_walks": {"notes": ""},
    "workshops": {"facilitator": "", "notes": ""},
}
# The person a record is linked to: kept only when the copy holds that participant.
PERSON_LINKS: dict[str, str] = {"perception_pins": "participant_uuid", "votes": "participant_uuid",
                                "proposals": "participant_uuid"}
# Every field a copy may lack, as its marker lists them (a merge from the copy reads
# an empty one as "not held", ``store.merge.withheld``).
WITHHELD_FIELDS: dict[str, tuple[str, ...]] = {
    table: tuple(sorted({*PRIVATE_FIELDS.get(table, {}), *([PERSON_LINKS[table]] if table in PERSON_LINKS else [])}))
    for table in sorted({*PRIVATE_FIELDS, *PERSON_LINKS})}
# Tables some of whose records stay behind: other groups' participants (and who of them
# walked), photos.
WITHHELD_RECORDS: tuple[str, ...] = ("participants", "walk_participants", "attachments")
# Every table the rule changes: the hand-out rewrites these, a merge into a copy cuts their rows.
TABLES: frozenset[str] = frozenset({*WITHHELD_FIELDS, *WITHHELD_RECORDS})

# What a left-out value counts as, in the line that says what stayed behind.
KINDS = ("contacts", "stories", "notes", "names", "photos", "participants")
_KIND_OF_FIELD = {("participants", "contact"): "contacts", ("stakeholders", "contact_person"): "contacts",
                  ("perception_pins", "story"): "stories", ("audit_points", "comment"): "notes",
                  ("audit_walks", "notes"): "notes", ("workshops", "notes"): "notes",
                  ("workshops", "facilitator"): "names"}
_KIND_OF_RECORD = {"participants": "participants", "attachments": "photos"}


@dataclass(frozen=True)
class _TableRule:
    """The rule for one table, as positions in ``merge_rows.columns`` order."""

    private: tuple[tuple[int, str | None, str], ...]  # position, its empty value, the kind it counts as
    link: int | None  # the person-link position
    withheld: tuple[int, ...]  # every position a copy may lack (private fields and the person link)
    group: int | None = None  # participants: the group position
    participant: int | None = None  # walk participants: the participant position
    owner: int | None = None  # attachments: the owner-table position


def _table_rule(record_type: type[Record]) -> _TableRule:
    table, columns = record_type.TABLE, merge_rows.columns(record_type)
    private = tuple((columns.index(c), empty, _KIND_OF_FIELD[(table, c)])
                    for c, empty in PRIVATE_FIELDS.get(table, {}).items())
    link = columns.index(PERSON_LINKS[table]) if table in PERSON_LINKS else None
    return _TableRule(private, link, tuple(sorted(columns.index(c) for c in WITHHELD_FIELDS.get(table, ()))),
                      group=columns.index("group_uuid") if record_type is Participant else None,
                      participant=columns.index("participant_uuid") if record_type is WalkParticipant else None,
                      owner=columns.index("owner_table") if record_type is Attachment else None)


_RULES = {t.TABLE: _table_rule(t) for t in merge_rows.MERGED_TYPES if t.TABLE in TABLES}


def positions(table: str) -> tuple[int, ...]:
    """Positions (in ``merge_rows.columns`` order) of the fields a copy may lack in ``table``; () if none."""
    rule = _RULES.get(table)
    return rule.withheld if rule else ()


@dataclass(frozen=True)
class CopyRule:
    """What one field copy may hold; ``groups`` are the groups whose participants it holds
    (None: every group's); ``groups_known`` is False for a copy that does not say."""

    groups: frozenset[str] | None = frozenset()
    groups_known: bool = True

    def cut(self, record_type: type[Record], row: Row, participants: Container[str],
            tally: MutableMapping[str, int] | None = None, mine: Row | None = None) -> Row | None:
        """``row`` as the copy may hold it, or None when it may not hold the record at all.

        ``participants`` are the UUIDs of the participants the copy holds (for person
        links). What was left out is counted in ``tally`` by kind — a value only when
        it differs from ``mine`` (the copy's own row, if it holds the record), a record
        only when the copy does not hold it.
        """
        rule = _RULES.get(record_type.TABLE)
        if rule is None:
            return row
        values = list(row)
        for i, empty, kind in rule.private:
            if not is_empty(values[i]):
                if tally is not None and (mine is None or mine[i] != values[i]):
                    tally[kind] = tally.get(kind, 0) + 1
                values[i] = empty
        if rule.link is not None and values[rule.link] is not None and values[rule.link] not in participants:
            values[rule.link] = None
        if not self._holds(rule, values, participants):
            kind = _KIND_OF_RECORD.get(record_type.TABLE)
            if tally is not None and kind and mine is None:
                tally[kind] = tally.get(kind, 0) + 1
            return None
        return tuple(values)

    def _holds(self, rule: _TableRule, values: list, participants: Container[str]) -> bool:
        """May the copy hold this record at all?"""
        if rule.owner is not None:
            return values[rule.owner] == "basemap_layers"
        if rule.participant is not None:
            return values[rule.participant] in participants
        if rule.group is not None:
            if not self.groups_known:
                return values[0] in participants  # only those it already holds
            return self.groups is None or values[rule.group] in self.groups
        return True

    def marker(self) -> str:
        """The ``project_meta`` value a copy holding by this rule stores under ``WITHHELD_KEY``."""
        return marker(WITHHELD_FIELDS, WITHHELD_RECORDS,
                      participant_groups="all" if self.groups is None else sorted(self.groups))


def copy_rule_in(connection: sqlite3.Connection) -> CopyRule | None:
    """The rule a file holds by, or None when it is no field copy. Call after
    ``withheld.withheld_positions``, which refuses a marker that cannot be read."""
    row = connection.execute("SELECT value FROM project_meta WHERE key = ?", (WITHHELD_KEY,)).fetchone()
    if row is None or row[0] is None:
        return None
    groups = json.loads(row[0]).get("participant_groups")
    if groups == "all":
        return CopyRule(None)
    if isinstance(groups, list) and all(isinstance(g, str) for g in groups):
        return CopyRule(frozenset(groups))
    return CopyRule(frozenset(), groups_known=False)  # a copy an older CoSafe made


def counted(counts: MutableMapping[str, int], participants: bool = True, outside: str = "") -> str:
    """ "3 contacts, 2 pin stories and 4 participants outside Youth" (every kind counted but zero);
    ``participants`` False leaves participants out, ``outside`` names the groups whose participants
    are kept (already listed: "Youth and Elders")."""
    parts = []
    for kind in KINDS:
        number = counts.get(kind, 0)
        if not number or (kind == "participants" and not participants):
            continue
        parts.append(_count(kind, number, outside))
    return listed(parts)


def _count(kind: str, n: int, outside: str) -> str:
    if kind == "contacts":
        return Merge.tr("%Ln contacts", "", n)
    if kind == "stories":
        return Merge.tr("%Ln pin stories", "", n)
    if kind == "notes":
        return Merge.tr("%Ln comments and notes", "", n)
    if kind == "names":
        return Merge.tr("%Ln facilitators' names", "", n)
    if kind == "photos":
        return Merge.tr("%Ln photos", "", n)
    if outside:
        return arg(Merge.tr("%Ln participants outside %1", "", n), outside)
    return Merge.tr("%Ln participants", "", n)


def listed(parts: Sequence[str]) -> str:
    """ "a, b and c" in the reader's language ('' for none)."""
    if len(parts) <= 1:
        return "".join(parts)
    return arg(Merge.tr("%1 and %2", "the last two items of a list: “2 contacts, 1 photo and 3 participants”"),
               Merge.tr(", ", "between the items of a list").join(parts[:-1]), parts[-1])
