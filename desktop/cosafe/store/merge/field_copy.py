"""Handing out a field copy: what a team needs to continue, and nothing others trusted the office with.

A field copy travels on a USB stick that may be lost, and a FAT stick has no
permission bits. So the rule is (``store.merge.copy_rule``, which a merge into a copy
applies too):

- **It holds** the basemap (layers, features, tiles, placed paper maps), the settings
  (``project_meta``), criteria sets and criteria, reason tags, workshops and groups,
  and the records a team continues from: walks with their points, scores and
  checklist answers, perception pins, proposals, votes, recorded incidents,
  stakeholders and the action plan.
- **It never holds**, in any record: a participant's contact, a stakeholder's contact
  person, a pin's story, an audit point's comment, a walk's or workshop's notes, the
  facilitator's name (a name, and text in which people wrote about themselves or
  others), and no photo (an attachment other than a placed paper map: a photo may
  show a face or a front door).
- **Participants**: only those of the team's group (``group_uuid``: their code,
  gender, age band, role, disability and consent, so the team can record who walks),
  or of every group when ``all_participants`` is asked for (the caller warns first);
  none when no group is given. Who walked a walk, and the person a pin or vote is
  linked to, are kept only for participants the copy holds.
- Kept on purpose: checklist recommendations and proposal and action descriptions
  say what should change at a place, not what happened to a person.

Contract: ``make_field_copy(store, path, device_name, group_uuid=None,
all_participants=False)`` writes such a copy to a new file ``path`` and returns a
``FieldCopy`` (the copy's new device id, and what was left out). The copy is built in
a private folder beside the project and only its withheld version is written to
``path`` (``VACUUM INTO``), so nothing withheld ever reaches the stick, not even in
free pages or a journal. The copy records what it lacks (``withheld.WITHHELD_KEY``),
so merging it back never reads an empty withheld field as an edit or a deletion
(``store.merge.withheld``), and so merging into it takes only what it may hold
(``store.merge.copy_rule``; the groups whose participants it holds are part of it).
It has a NEW device id; both laptops are named in
``devices`` (the copy by ``device_name``; this one, if unnamed, as "Main laptop");
this file's pending conflicts are dropped from the copy (they are this laptop's to
resolve, and hold whole rows). Merge bases are written on both sides: every record as
the copy holds it is what the two files agree on, so merging the team's file back
raises no false conflicts; this laptop's bases with other laptops stay in the copy
only for records it holds unchanged. Either both files end up so, or this project is
unchanged and nothing is left behind. Bad input (no name, an existing file, an
unknown group) is a one-line ``ProjectError``.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass, field

from cosafe.core.clock import new_uuid, utc_now
from cosafe.core.i18n import QT_TRANSLATE_NOOP, arg, translate
from cosafe.core.records import Device, Group, Participant, Workshop
from cosafe.core.file_errors import os_reason
from cosafe.store import mapping, schema_guard
from cosafe.store.errors import ProjectError, ProjectWriteError
from cosafe.store.merge import rows as merge_rows
from cosafe.store.merge.copy_rule import (KINDS, PERSON_LINKS, PRIVATE_FIELDS, TABLES, WITHHELD_FIELDS,
                                          WITHHELD_RECORDS, CopyRule, counted)
from cosafe.store.merge.rows import MERGED_TYPES
from cosafe.store.merge.withheld import WITHHELD_KEY
from cosafe.store.project_store import ProjectStore, connect_writable, write_copy
from cosafe.store.words import Merge

__all__ = ["FieldCopy", "WITHHELD_FIELDS", "WITHHELD_RECORDS", "find_group", "make_field_copy"]

MAIN_DEVICE_NAME = "Main laptop"
_CHANGED = [t for t in MERGED_TYPES if t.TABLE in TABLES]  # participants before those linking to them
_READ_BATCH = 500  # rows at a time: attachments hold photos, which need not all be in memory


@dataclass(frozen=True)
class FieldCopy:
    """A field copy written: its device id and, by kind, how many private things were left out."""

    device_id: str
    left_out: dict[str, int] = field(default_factory=dict)  # contacts, stories, notes, names, photos, participants
    group_name: str = ""  # the team's group, if one was given
    all_participants: bool = False

    def left_out_text(self) -> str:
        """One line: what the copy does not hold, counted ("Left out, kept only here: 2 contacts, …")."""
        listed = counted(self.left_out, not self.all_participants, self.group_name)
        if listed:
            return arg(Merge.tr("Left out, and kept only in this project: %1."), listed)
        if self.all_participants:
            return Merge.tr("Left out: nothing, since the project holds no contact, story, comment, note, name or photo.")
        if self.group_name:
            return arg(Merge.tr("Left out: nothing, since the project holds no contact, story, comment, note, name or "
                                "photo and no participant outside %1."), self.group_name)
        return Merge.tr("Left out: nothing, since the project holds no contact, story, comment, note, name or photo "
                        "and no participant.")

    def participants_warning(self) -> str:
        """The warning to repeat after a copy holding every group's participants ('' otherwise)."""
        return translate("Merge", PARTICIPANTS_WARNING) if self.all_participants else ""


PARTICIPANTS_WARNING = QT_TRANSLATE_NOOP("Merge", "The copy holds who took part in every group: each participant's "
                                                  "code, gender, age band and role (never a contact). Anyone who finds "
                                                  "the stick can read them.")


def find_group(store: ProjectStore, text: str) -> Group:
    """The group ``text`` names: its id, its name, or "WORKSHOP / GROUP" when several workshops share the name."""
    wanted = " ".join(text.split()).casefold()
    groups = store.list(Group)
    workshops = {w.uuid: w.title for w in store.list(Workshop)}

    def full(group: Group) -> str:
        return f"{workshops.get(group.workshop_uuid, '')} / {group.name}"

    for match in ([g for g in groups if g.uuid == text.strip()],
                  [g for g in groups if " ".join(g.name.split()).casefold() == wanted],
                  [g for g in groups if " ".join(full(g).split()).casefold() == wanted]):
        if len(match) == 1:
            return match[0]
        if len(match) > 1:
            raise ProjectError(arg(Merge.tr("Several workshops have a group called “%1”; name it with its workshop, "
                                            "such as “%2”"), match[0].name, full(match[0])))
    asked = " ".join(text.split())
    if not groups:
        raise ProjectError(arg(Merge.tr("No group is called “%1”; the project has no groups"), asked))
    names = Merge.tr(", ", "between the items of a list").join(
        sorted({arg(Merge.tr("“%1”", "a group's name quoted"), g.name) for g in groups}))
    raise ProjectError(arg(Merge.tr("No group is called “%1”; the groups are %2"), asked, names))


def make_field_copy(store: ProjectStore, path: str, device_name: str, *, group_uuid: str | None = None,
                    all_participants: bool = False) -> FieldCopy:
    """Write a field copy for a team named ``device_name`` (see the module's rule and contract)."""
    path = os.path.abspath(path)
    name = " ".join(device_name.split())
    if not name:
        raise ProjectError(Merge.tr("Give the field copy a name, such as “Field team 2”"))
    if path == store.path:
        raise ProjectError(Merge.tr("Choose a different file name for the field copy"))
    if os.path.exists(path):
        raise ProjectError(arg(Merge.tr("%1 already exists; choose another name for the field copy"),
                               os.path.basename(path)))
    if store.is_read_only:
        # The bases must be written here too, or the team's work would come back as conflicts.
        raise ProjectError(arg(Merge.tr("The project is read-only (%1); a field copy needs to write to it"),
                               store.read_only_reason))
    # Checked on opening; checked again because another program may have added SQL since, and both files get written.
    schema_guard.refuse_untrusted_schema(store.connection, os.path.basename(store.path))
    group = store.get(Group, group_uuid) if group_uuid else None
    if group_uuid and group is None:
        raise ProjectError(Merge.tr("The team's group is no longer in the project; choose another"))
    office, copy_id, now = store.device_id, new_uuid(), utc_now()
    devices = [Device(uuid=copy_id, name=name, device_id=office, created_at=now, updated_at=now)]
    if store.get(Device, office) is None:
        devices.append(Device(uuid=office, name=MAIN_DEVICE_NAME, device_id=office, created_at=now, updated_at=now))
    rows = [tuple(mapping.to_row(d).values()) for d in devices]
    # The whole project is copied first into a folder only this user can open, beside
    # the project (the same disk that holds it already); only what is left after
    # withholding is then written to the copy's path, which may be a stick.
    folder = os.path.dirname(store.path)
    try:
        staging = tempfile.mkdtemp(prefix=".cosafe-hand-out-", dir=folder)
    except OSError as error:
        raise ProjectWriteError(arg(Merge.tr("The field copy was not written: cannot write in %1: %2"), folder,
                                    os_reason(error))) from None
    try:
        whole = os.path.join(staging, "whole.gpkg")
        write_copy(store.connection, whole)
        rule = CopyRule(None if all_participants else frozenset([group_uuid] if group_uuid else []))
        left_out, bases = _prepare_copy(whole, rows, copy_id, office, now, rule)
        connection = sqlite3.connect(whole)
        try:
            write_copy(connection, path)
        finally:
            connection.close()
        try:
            with store.atomic() as connection:
                merge_rows.insert_rows(connection, Device, rows)
                merge_rows.after_write(connection, Device)
                merge_rows.upsert_bases(connection, copy_id, bases)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(path)
            raise
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return FieldCopy(copy_id, left_out, group.name if group else "", all_participants)


def _prepare_copy(path: str, device_rows: list[tuple], copy_id: str, office: str, now: str,
                  rule: CopyRule) -> tuple[dict[str, int], list[tuple[str, str, str]]]:
    """Withhold, give the copy its identity and bases; return what was left out and the (table, uuid, hash) both hold."""
    connection = connect_writable(path)
    try:
        connection.execute("BEGIN IMMEDIATE")
        before = {t.TABLE: merge_rows.table_hashes(connection, t) for t in _CHANGED}
        left_out = _withhold(connection, rule)
        _forget_other_bases(connection, before)
        merge_rows.insert_rows(connection, Device, device_rows)
        merge_rows.after_write(connection, Device)
        connection.executemany(
            "INSERT INTO project_meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            [("device_id", copy_id), ("handed_out_from", office), ("handed_out_at", now),
             (WITHHELD_KEY, rule.marker())])
        # Theirs of a pending conflict is a whole row, stories and contacts included.
        connection.execute("DELETE FROM merge_conflicts")
        bases = [(t.TABLE, uuid, digest) for t in MERGED_TYPES
                 for uuid, digest in merge_rows.table_hashes(connection, t).items()]
        merge_rows.upsert_bases(connection, office, bases)
        connection.execute("COMMIT")
        return left_out, bases
    except sqlite3.Error as error:
        with contextlib.suppress(sqlite3.Error):
            connection.execute("ROLLBACK")
        raise ProjectWriteError(arg(Merge.tr("The field copy was not written: %1"), error)) from None
    finally:
        connection.close()


def _withhold(connection: sqlite3.Connection, rule: CopyRule) -> dict[str, int]:
    """Cut every record by the copy's rule: empty the withheld fields, drop the withheld
    records; return how many of each kind were left out."""
    tally = dict.fromkeys(KINDS, 0)
    held: set[str] = set()  # the participants the copy keeps, for the links to them
    for record_type in _CHANGED:
        table = record_type.TABLE
        names = [*PRIVATE_FIELDS.get(table, {}), *([PERSON_LINKS[table]] if table in PERSON_LINKS else [])]
        at = [merge_rows.columns(record_type).index(n) for n in names]
        dropped, changed = [], []
        cursor = connection.execute(f'SELECT {", ".join(merge_rows.columns(record_type))} FROM "{table}"')
        while batch := cursor.fetchmany(_READ_BATCH):
            for row in batch:
                cut = rule.cut(record_type, row, held, tally)
                if cut is None:
                    dropped.append((row[0],))
                    continue
                if record_type is Participant:
                    held.add(row[0])
                if cut != row:
                    changed.append([cut[i] for i in at] + [row[0]])
        connection.executemany(f'DELETE FROM "{table}" WHERE uuid = ?', dropped)
        if changed:  # only the cut columns: a geometry rewritten would churn the R-tree
            connection.executemany(f'UPDATE "{table}" SET {", ".join(f"{n} = ?" for n in names)} WHERE uuid = ?',
                                   changed)
        merge_rows.after_write(connection, record_type)
    return tally


def _forget_other_bases(connection: sqlite3.Connection, before: dict[str, dict[str, str]]) -> None:
    """Drop this laptop's bases with other laptops for records the copy no longer holds as they were,
    unless the copy holds exactly the version agreed on.

    The copy holds what this laptop holds except what was withheld: for those records
    it never held the version agreed on, and claiming it would mislead a later merge.
    But a base this laptop agreed on with an earlier field copy is of the record as that
    copy holds it, withheld fields empty: where this copy holds the same, the two teams'
    copies know they agree on it (the office may have moved on since).
    """
    connection.execute("CREATE TEMP TABLE withheld_records (table_name TEXT, record_uuid TEXT, row_hash TEXT)")
    try:
        for table, hashes in before.items():
            now = merge_rows.table_hashes(connection, merge_rows.MERGED_BY_TABLE[table])
            connection.executemany("INSERT INTO withheld_records VALUES (?, ?, ?)",
                                   ((table, uuid, now.get(uuid)) for uuid, digest in hashes.items()
                                    if now.get(uuid) != digest))
        connection.execute("DELETE FROM merge_base WHERE EXISTS (SELECT 1 FROM withheld_records AS w WHERE "
                           "w.table_name = merge_base.table_name AND w.record_uuid = merge_base.record_uuid "
                           "AND w.row_hash IS NOT merge_base.row_hash)")
    finally:
        connection.execute("DROP TABLE temp.withheld_records")
