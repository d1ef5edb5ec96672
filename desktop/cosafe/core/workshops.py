"""Workshop bookkeeping without Qt: ordering, participant codes, summaries, cascading deletes.

Contract:
- ``most_recent_workshop`` / ``first_group`` choose what a freshly opened project makes
  active: the workshop held last (undated ones count as oldest, ties go to the one made
  last) and its first group in the order groups were added.
- ``next_code(existing)`` continues a workshop's sign-in numbers: "P01", "P02" … after the
  highest ``P<number>`` already used; codes are compared without regard to case or spaces.
- ``next_group_colour(used)`` is the first ``GROUP_COLOURS`` entry no group of the
  workshop uses yet (the palette wraps round once all are taken).
- ``people_summaries`` are the "8 people · 5 women" lines the Workshops panel shows, small
  counts hidden so that none can be worked out from the others.
- ``update_workshop_edit`` / ``update_group_edit`` turn a dialog's values into one labelled
  UpdateRecord ("Rename group “A” to “B”", "Recolour group “A”"), or None if nothing changed.
- ``delete_workshop_edit`` / ``delete_group_edit`` build ONE EditGroup (one undo step, one
  transaction) that removes the workshop's groups and participants and the workshop's
  votes; proposals, pins and audit walks made in it are kept but detached (their
  workshop/group set to None), because they are the community's work, not bookkeeping.
  The groups' kept photos of paper sheets go in the same step; the sheets' provenance
  rows stay for the detached drawings, pointing at nothing deleted
  (``paper_provenance.groups_sheets_edits``).
- Whenever participants go (``delete_participants_edit``, ``delete_workshop_edit``), the
  same step deletes their votes and their ``walk_participants`` rows and detaches the
  pins and ideas they placed (participant set to None): nothing is left pointing at a
  removed person, and undo brings every row back as it was.
- ``participant_contributions`` counts a participant's pins, ideas and dots (the room's
  "who is connected"); ``remove_contributions_edit`` deletes them all as ONE edit
  ("Remove this device's contributions"), the participant kept.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from cosafe.core.disclosure import CountCube, Disclosure, protect
from cosafe.core.edits import DeleteRecord, Edit, EditableStore, EditGroup, UpdateRecord
from cosafe.core.i18n import arg
from cosafe.core.palette import GROUP_COLOURS
from cosafe.core.paper_provenance import groups_sheets_edits, sheet_photo_count, unlink_read_records_edits
from cosafe.core.proposals import delete_proposals_edit
from cosafe.core.records import (
    AuditWalk,
    Group,
    Participant,
    PerceptionPin,
    Proposal,
    Record,
    Vote,
    WalkParticipant,
    Workshop,
)
from cosafe.core.words import Edits, Workshops

CODE_PREFIX = "P"
_CODE_PATTERN = re.compile(r"^\s*P\s*0*(\d+)\s*$", re.IGNORECASE)
# Records drawn or walked during a workshop: kept when it goes, only detached.
DETACHED_TYPES: tuple[type[Record], ...] = (Proposal, PerceptionPin, AuditWalk)


def workshop_sort_key(workshop: Workshop) -> tuple[str, str]:
    return (workshop.held_on or "", workshop.created_at)


def most_recent_workshop(workshops: Iterable[Workshop]) -> Workshop | None:
    return max(workshops, key=workshop_sort_key, default=None)


def first_group(groups: Sequence[Group], workshop_uuid: str | None) -> Group | None:
    return next((group for group in groups if group.workshop_uuid == workshop_uuid), None)


def normalise_code(code: str) -> str:
    """The form codes are compared in: "p 7" and "P07" are the same person."""
    match = _CODE_PATTERN.match(code)
    if match:
        return f"{CODE_PREFIX}{int(match.group(1))}"
    return code.strip().upper()


def code_order(person: Participant) -> tuple[int, str]:
    """Sort key of participants by code: P2 before P10; codes that are not P-numbers after them, alphabetically."""
    normal = normalise_code(person.code)
    number = normal[1:]
    return (int(number), "") if normal.startswith("P") and number.isdigit() else (1 << 30, normal)


def format_code(number: int) -> str:
    return f"{CODE_PREFIX}{number:02d}"


def next_code(existing: Iterable[str]) -> str:
    """The code after the highest P-number in ``existing`` ("P01" when there is none)."""
    highest = 0
    for code in existing:
        match = _CODE_PATTERN.match(code or "")
        if match:
            highest = max(highest, int(match.group(1)))
    return format_code(highest + 1)


def next_group_colour(used: Iterable[str]) -> str:
    taken = {colour.upper() for colour in used}
    for colour in GROUP_COLOURS:
        if colour.upper() not in taken:
            return colour
    return GROUP_COLOURS[len(taken) % len(GROUP_COLOURS)]


WOMEN, OTHERS = "woman", "not_woman"


def people_summaries(participants: Sequence[Participant], threshold: int) -> tuple[str, dict[str | None, str]]:
    """The workshop's "26 people · 16 women" and each group's "8 people · 5 women" (keyed by
    group uuid, None for people without a group), as ``core.disclosure`` lets them be shown
    together: a count of fewer than ``threshold`` people, and any count from which one could
    be worked out, reads "people hidden" / "women hidden". (Women are what the Safer Cities
    method watches.)"""
    counts: dict[tuple[str | None, str], int] = {}
    for person in participants:
        cell = (person.group_uuid, WOMEN if person.gender == "woman" else OTHERS)
        counts[cell] = counts.get(cell, 0) + 1
    groups = {group for group, _ in counts}
    cube_counts: dict[tuple[str, ...], dict[tuple[str, ...], tuple[int]]] = {
        (): {(): (len(participants),)} if participants else {},
        ("group",): {(str(g),): (sum(n for (h, _), n in counts.items() if h == g),) for g in groups},
        ("gender",): {(w,): (sum(n for (_, v), n in counts.items() if v == w),) for w in (WOMEN, OTHERS)
                      if any(v == w for _, v in counts)},
        ("group", "gender"): {(str(g), w): (counts.get((g, w), 0),) for g in groups for w in (WOMEN, OTHERS)},
    }
    shown = protect(CountCube(("group", "gender"), cube_counts, {"group": True, "gender": True}), threshold)

    def women(key: tuple[str, ...], level: tuple[str, ...]) -> str:
        if shown[level].get(key, Disclosure.SHOWN) is not Disclosure.SHOWN:
            return Workshops.tr("women hidden")
        n = cube_counts[level].get(key, (0,))[0]
        return Workshops.tr("%Ln women", "", n)

    def summary(people: int, people_shown: bool, women_text: str) -> str:
        if people == 0:
            return Workshops.tr("no one yet")
        people_text = Workshops.tr("%Ln people", "", people) if people_shown else Workshops.tr("people hidden")
        return arg(Workshops.tr("%1 · %2", "a summary: “26 people · 16 women”"), people_text, women_text)

    workshop = summary(len(participants), bool(participants) and shown[()][()] is Disclosure.SHOWN,
                       women((WOMEN,), ("gender",)) if participants else "")
    per_group = {g: summary(cube_counts[("group",)][(str(g),)][0], shown[("group",)][(str(g),)] is Disclosure.SHOWN,
                            women((str(g), WOMEN), ("group", "gender"))) for g in groups}
    return workshop, per_group


def _detach(store: EditableStore, records: Iterable[Record], fields: dict[str, None], label: str) -> list[Edit]:
    return [UpdateRecord(store, type(record), record.uuid, fields, label=label) for record in records]


def delete_group_edit(store, group: Group, label: str | None = None) -> EditGroup:
    """Remove ``group``: its participants and drawings stay, without a group; its group votes go."""
    label = label or arg(Edits.tr("Delete group “%1”"), group.name)
    edits: list[Edit] = []
    participants = store.list(Participant, "group_uuid = ?", (group.uuid,))
    edits += _detach(store, participants, {"group_uuid": None}, label)
    for record_type in DETACHED_TYPES:
        edits += _detach(store, store.list(record_type, "group_uuid = ?", (group.uuid,)), {"group_uuid": None}, label)
    for vote in store.list(Vote, "group_uuid = ?", (group.uuid,)):
        if vote.participant_uuid:
            edits.append(UpdateRecord(store, Vote, vote.uuid, {"group_uuid": None}, label=label))
        else:  # a whole group's dots mean nothing once the group is gone
            edits.append(DeleteRecord(store, Vote, vote.uuid, label=label))
    edits += groups_sheets_edits(store, [group.uuid], label)
    edits.append(DeleteRecord(store, Group, group.uuid, label=label))
    return EditGroup(edits, label)


def participant_votes(store, people: Sequence[Participant]) -> list[Vote]:
    """The dots the given participants placed."""
    return [vote for person in people for vote in store.list(Vote, "participant_uuid = ?", (person.uuid,))]


def _records_of_people(store, record_type: type[Record], people_uuids: Sequence[str]) -> list[Record]:
    """Records of ``record_type`` whose participant_uuid is one of ``people_uuids``."""
    found: list[Record] = []
    for start in range(0, len(people_uuids), 500):  # stay well under SQLite's parameter limit
        chunk = people_uuids[start:start + 500]
        found += store.list(record_type, f"participant_uuid IN ({', '.join('?' * len(chunk))})", chunk,
                            with_geometry=False)
    return found


def _forget_people(store, people: Sequence[Participant], label: str,
                   detach: dict[tuple[type[Record], str], dict[str, None]]) -> list[Edit]:
    """Edits that remove what points at ``people``: votes, walk_participants rows, pins' participant.

    ``detach`` holds field changes already planned for records (keyed by type and uuid);
    the pins' change is merged into it, because two UpdateRecords of one record would undo
    each other (each keeps the record as it was when built). The caller turns ``detach``
    into edits.
    """
    uuids = [person.uuid for person in people]
    edits: list[Edit] = [DeleteRecord(store, Vote, vote.uuid, label=label) for vote in participant_votes(store, people)]
    edits += [DeleteRecord(store, WalkParticipant, row.uuid, label=label)
              for row in _records_of_people(store, WalkParticipant, uuids)]
    for pin in _records_of_people(store, PerceptionPin, uuids):
        detach.setdefault((PerceptionPin, pin.uuid), {})["participant_uuid"] = None
    for proposal in _records_of_people(store, Proposal, uuids):  # an idea from a phone (schema v6)
        detach.setdefault((Proposal, proposal.uuid), {})["participant_uuid"] = None
    return edits


def _detach_all(store, detach: dict[tuple[type[Record], str], dict[str, None]], label: str) -> list[Edit]:
    return [UpdateRecord(store, record_type, uuid, fields, label=label)
            for (record_type, uuid), fields in detach.items()]


def delete_participants_edit(store, people: Sequence[Participant], label: str) -> EditGroup:
    """Remove participants with their votes and walk rows, detaching their pins, as one undo step."""
    detach: dict[tuple[type[Record], str], dict[str, None]] = {}
    edits = _forget_people(store, people, label, detach)
    edits += _detach_all(store, detach, label)
    edits += [DeleteRecord(store, Participant, person.uuid, label=label) for person in people]
    return EditGroup(edits, label)


def participant_contributions(store, participant_uuid: str) -> dict[str, int]:
    """How many pins, ideas (proposals) and dots the participant added: the room's "who is connected"."""
    where, args = "participant_uuid = ?", (participant_uuid,)
    return {"pins": store.count(PerceptionPin, where, args), "ideas": store.count(Proposal, where, args),
            "dots": sum(vote.dots for vote in store.list(Vote, where, args))}


def remove_contributions_edit(store, participant_uuid: str, label: str) -> Edit | None:
    """ONE edit deleting the participant's pins, dots and ideas (with every dot, photo and action link on
    those ideas); the participant stays. None when there is nothing to remove."""
    where, args = "participant_uuid = ?", (participant_uuid,)
    ideas = [proposal.uuid for proposal in store.list(Proposal, where, args, with_geometry=False)]
    pins = [pin.uuid for pin in store.list(PerceptionPin, where, args, with_geometry=False)]
    edits: list[Edit] = [DeleteRecord(store, PerceptionPin, uuid, label) for uuid in pins]
    # Their dots on other proposals; dots on their own ideas go with the ideas.
    edits += [DeleteRecord(store, Vote, vote.uuid, label) for vote in store.list(Vote, where, args)
              if vote.proposal_uuid not in ideas]
    if ideas:  # the pins' and ideas' links to paper sheets weighed together: a sheet losing all goes
        edits.append(delete_proposals_edit(store, ideas, label, read_also={PerceptionPin.TABLE: pins}))
    else:
        edits += unlink_read_records_edits(store, {PerceptionPin.TABLE: pins}, label)
    return EditGroup(edits, label) if edits else None


def workshop_contents(store, workshop_uuid: str) -> dict[str, int]:
    """How much a delete would touch, for the confirmation message."""
    contents = {
        "groups": len(store.list(Group, "workshop_uuid = ?", (workshop_uuid,))),
        "participants": len(store.list(Participant, "workshop_uuid = ?", (workshop_uuid,))),
        "votes": len(store.list(Vote, "workshop_uuid = ?", (workshop_uuid,))),
    }
    contents["drawings"] = sum(len(store.list(t, "workshop_uuid = ?", (workshop_uuid,))) for t in DETACHED_TYPES)
    groups = [group.uuid for group in store.list(Group, "workshop_uuid = ?", (workshop_uuid,))]
    contents["sheet_photos"] = sheet_photo_count(store, Group.TABLE, groups)
    return contents


def delete_workshop_edit(store, workshop: Workshop, label: str | None = None) -> EditGroup:
    """Remove ``workshop`` with its groups, participants and votes, as one undo step."""
    label = label or arg(Edits.tr("Delete workshop “%1”"), workshop.title)
    key = (workshop.uuid,)
    detach: dict[tuple[type[Record], str], dict[str, None]] = {}
    for record_type in DETACHED_TYPES:
        for record in store.list(record_type, "workshop_uuid = ?", key, with_geometry=False):
            detach[(record_type, record.uuid)] = {"workshop_uuid": None, "group_uuid": None}
    people = store.list(Participant, "workshop_uuid = ?", key)
    # What points at the people first, then the people, then groups: nothing is left
    # pointing at a removed row (the workshop's votes without a person go too).
    edits = _forget_people(store, people, label, detach)
    forgotten = {vote.uuid for vote in participant_votes(store, people)}
    edits += [DeleteRecord(store, Vote, vote.uuid, label=label)
              for vote in store.list(Vote, "workshop_uuid = ?", key) if vote.uuid not in forgotten]
    edits = _detach_all(store, detach, label) + edits
    groups = [group.uuid for group in store.list(Group, "workshop_uuid = ?", key)]
    edits += groups_sheets_edits(store, groups, label, workshop.uuid)
    for record_type in (Participant, Group):
        edits += [DeleteRecord(store, record_type, record.uuid, label=label)
                  for record in store.list(record_type, "workshop_uuid = ?", key)]
    edits.append(DeleteRecord(store, Workshop, workshop.uuid, label=label))
    return EditGroup(edits, label)


def update_workshop_edit(store: EditableStore, workshop: Workshop, values: dict[str, object]) -> Edit | None:
    changes = {key: value for key, value in values.items() if getattr(workshop, key) != value}
    if not changes:
        return None
    return UpdateRecord(store, Workshop, workshop.uuid, changes, label=arg(Edits.tr("Edit workshop “%1”"), workshop.title))


def update_group_edit(store: EditableStore, group: Group, values: dict[str, object]) -> Edit | None:
    changes = {key: value for key, value in values.items() if getattr(group, key) != value}
    if not changes:
        return None
    if set(changes) == {"name"}:
        label = arg(Edits.tr("Rename group “%1” to “%2”"), group.name, changes["name"])
    elif set(changes) == {"colour"}:
        label = arg(Edits.tr("Recolour group “%1”"), group.name)
    else:
        label = arg(Edits.tr("Edit group “%1”"), group.name)
    return UpdateRecord(store, Group, group.uuid, changes, label=label)


def delete_workshop_message(title: str, contents: dict[str, int]) -> str:
    """The question asked before deleting a workshop, naming what goes and what stays."""
    sentences = [arg(Workshops.tr("Delete the workshop “%1” with its %2, %3 and %4?",
                                  "%2, %3 and %4 are counts: “2 groups”, “26 participants”, “40 votes”"),
                     title, Workshops.tr("%Ln groups", "", contents["groups"]),
                     Workshops.tr("%Ln participants", "", contents["participants"]),
                     Workshops.tr("%Ln votes", "", contents["votes"]))]
    if contents["drawings"]:
        sentences.append(Workshops.tr("Its %Ln proposals, pins and walks stay in the project, in no workshop.", "",
                                      contents["drawings"]))
    if contents.get("sheet_photos"):
        sentences.append(Workshops.tr("The %Ln photos of its groups' paper sheets are deleted with it.", "",
                                      contents["sheet_photos"]))
    sentences.append(Workshops.tr("Undo (Ctrl+Z) brings it all back."))
    return " ".join(sentences)
