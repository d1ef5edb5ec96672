"""Deleting a proposal, pin or audit point takes what hangs on it along, in one undo step."""

from __future__ import annotations

import shapely

from cosafe.core.actions import links_of, new_action_edit
from cosafe.core.audits import delete_point_edit
from cosafe.core.proposals import delete_proposals_edit
from cosafe.core.records import (Action, ActionLink, Attachment, AuditPoint, AuditWalk, Proposal, Vote,
                                 Workshop)
from cosafe.core.voting import dots_used


def _snapshot(store) -> dict:
    tables = ("proposals", "votes", "attachments", "action_links", "actions", "audit_points")
    # Without fid: a record put back by undo gets a new row id (AUTOINCREMENT never goes back).
    return {t: [row[1:] for row in store.connection.execute(f'SELECT * FROM "{t}" ORDER BY uuid')] for t in tables}


def test_a_deleted_proposal_gives_its_dots_back_and_drops_its_photo_and_links(store):
    workshop = Workshop(title="Market")
    store.insert(workshop)
    kept, gone = (Proposal(geom=shapely.Point(36.8, -1.28), title=t, workshop_uuid=workshop.uuid) for t in ("A", "B"))
    store.insert_many([kept, gone])
    votes = [Vote(workshop_uuid=workshop.uuid, proposal_uuid=p.uuid, participant_uuid="p1") for p in (kept, gone)]
    store.insert_many(votes)
    store.insert(Attachment(owner_table="proposals", owner_uuid=gone.uuid, filename="bench.jpg",
                            mime_type="image/jpeg", data=b"\xff\xd8"))
    action = Action(title="Benches")
    new_action_edit(action, links=[("proposals", gone.uuid), ("proposals", kept.uuid)]).apply(store)
    before = _snapshot(store)

    edit = delete_proposals_edit(store, [gone.uuid], "Delete proposal")
    edit.apply(store)
    assert [p.uuid for p in store.list(Proposal)] == [kept.uuid]
    assert dots_used(store.list(Vote), "participant:p1", workshop.uuid) == 1  # the dot came back
    assert store.count(Attachment) == 0
    assert [link.target_uuid for link in links_of(store, action.uuid)] == [kept.uuid]
    edit.revert(store)
    assert _snapshot(store) == before


def test_a_deleted_audit_point_leaves_no_action_link_behind(store):
    walk = AuditWalk(title="Loop", criteria_set_uuid="set")
    point = AuditPoint(geom=shapely.Point(36.8, -1.28), walk_uuid=walk.uuid, sequence=1)
    store.insert(walk)
    store.insert(point)
    new_action_edit(Action(title="Light the bridge"), links=[("audit_points", point.uuid)]).apply(store)
    edit = delete_point_edit(store, point.uuid)
    edit.apply(store)
    assert store.count(ActionLink) == 0 and store.count(AuditPoint) == 0
    edit.revert(store)
    assert store.count(ActionLink) == 1 and store.count(AuditPoint) == 1
