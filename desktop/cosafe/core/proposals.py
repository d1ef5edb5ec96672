"""Deleting proposals with what hangs on them, as one undo step (no Qt here).

Contract: ``delete_proposals_edit(store, uuids, label)`` builds ONE edit deleting the
proposals, the dots placed on them (so voters get their dots back), their photos
(attachments) and the action links to them; undo restores every one of them.
"""

from __future__ import annotations

from collections.abc import Sequence

from cosafe.core.actions import unlink_places_edits
from cosafe.core.edits import DeleteRecord, Edit, EditGroup, RecordReader
from cosafe.core.records import Attachment, Proposal, Vote


def delete_proposals_edit(store: RecordReader, uuids: Sequence[str], label: str) -> Edit:
    """One edit deleting ``uuids`` with their votes, photos and action links (see the module contract)."""
    edits: list[Edit] = []
    for uuid in dict.fromkeys(uuids):
        edits += [DeleteRecord(store, Vote, vote.uuid, label) for vote in store.list(Vote, "proposal_uuid = ?", (uuid,))]
        edits += [DeleteRecord(store, Attachment, photo.uuid, label) for photo in
                  store.list(Attachment, "owner_table = ? AND owner_uuid = ?", (Proposal.TABLE, uuid))]
    edits += unlink_places_edits(store, Proposal.TABLE, uuids, label)
    edits += [DeleteRecord(store, Proposal, uuid, label) for uuid in dict.fromkeys(uuids)]
    return edits[0] if len(edits) == 1 else EditGroup(edits, label)
