"""Deleting proposals with what hangs on them, as one undo step (no Qt here).

Contract: ``delete_proposals_edit(store, uuids, label)`` builds ONE edit deleting the
proposals, the dots placed on them (so voters get their dots back), their photos
(attachments), the action links to them and their links to the paper sheet they were
read from (``paper_provenance``); undo restores every one of them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from cosafe.core.actions import unlink_places_edits
from cosafe.core.edits import DeleteRecord, Edit, EditGroup, RecordReader
from cosafe.core.paper_provenance import unlink_read_records_edits
from cosafe.core.records import Attachment, Proposal, Vote


def delete_proposals_edit(store: RecordReader, uuids: Sequence[str], label: str,
                          read_also: Mapping[str, Sequence[str]] | None = None) -> Edit:
    """One edit deleting ``uuids`` with their votes, photos and action links (see the module contract).

    ``read_also`` (table → UUIDs) names other records the caller deletes in the same step: their links
    to paper sheets go here too, so a sheet all of whose records go is seen to go."""
    edits: list[Edit] = []
    for uuid in dict.fromkeys(uuids):
        edits += [DeleteRecord(store, Vote, vote.uuid, label) for vote in store.list(Vote, "proposal_uuid = ?", (uuid,))]
        edits += [DeleteRecord(store, Attachment, photo.uuid, label) for photo in
                  store.list(Attachment, "owner_table = ? AND owner_uuid = ?", (Proposal.TABLE, uuid))]
    edits += unlink_places_edits(store, Proposal.TABLE, uuids, label)
    edits += unlink_read_records_edits(store, {**(read_also or {}), Proposal.TABLE: uuids}, label)  # from paper
    edits += [DeleteRecord(store, Proposal, uuid, label) for uuid in dict.fromkeys(uuids)]
    return edits[0] if len(edits) == 1 else EditGroup(edits, label)
