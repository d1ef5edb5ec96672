"""Property: random edits on two copies of a handed-out project, merged back both ways,
end with the same records (the field copy holding them without what it was handed out
without), and nothing either side made is lost."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cosafe.core.edits import DeleteRecord, UpdateRecord
from cosafe.core.records import PerceptionPin, Proposal
from cosafe.store.merge.field_copy import make_field_copy
from cosafe.store.merge.files import merge_files
from cosafe.store.project_store import ProjectStore
from merge_support import add_pin, add_proposal, new_project, snapshot, snapshot_as_held_by

SHARED = 5  # proposals handed out
EDIT = st.tuples(st.sampled_from(["add", "retitle", "delete", "add_pin", "rescale"]), st.integers(0, SHARED - 1),
                 st.sampled_from(["a", "b", "c"]))


def _apply(store: ProjectStore, edits, shared: list[str], pin: str, side: str) -> set[str]:
    """Apply edits; return the UUIDs this side deleted."""
    deleted: set[str] = set()
    for number, (kind, index, text) in enumerate(edits):
        uuid = shared[index]
        if kind == "rescale":  # a field of the shared pin, whose story the field copy lacks
            UpdateRecord(store, PerceptionPin, pin, {"scale": " abc".index(text)}).apply(store)
        elif kind == "add":
            add_proposal(store, f"{side} new {number}")
        elif kind == "add_pin":
            add_pin(store, f"{side} pin {number}")
        elif store.get(Proposal, uuid) is None:
            continue
        elif kind == "retitle":
            UpdateRecord(store, Proposal, uuid, {"title": f"{side} {text}"}).apply(store)
        else:
            DeleteRecord(store, Proposal, uuid).apply(store)
            deleted.add(uuid)
    return deleted


def _pending(store: ProjectStore) -> dict[tuple[str, str], str]:
    return {(t, u): h for t, u, h in store.connection.execute(
        "SELECT table_name, record_uuid, theirs_hash FROM merge_conflicts")}


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(EDIT, max_size=8), st.lists(EDIT, max_size=8))
def test_two_copies_merged_both_ways(edits_a, edits_b):
    with tempfile.TemporaryDirectory() as folder:
        a_path, b_path = Path(folder) / "a.gpkg", Path(folder) / "b.gpkg"
        with new_project(a_path) as a:
            shared = [add_proposal(a, f"shared {i}").uuid for i in range(SHARED)]
            pin = add_pin(a, "shared pin").uuid
            make_field_copy(a, str(b_path), "Team B")
            deleted = _apply(a, edits_a, shared, pin, "A")
        with ProjectStore.open(str(b_path)) as b:
            handed_out = snapshot(b)  # what both held at the hand-out, as the copy holds it
            deleted |= _apply(b, edits_b, shared, pin, "B")
            b_before = snapshot(b)
        with ProjectStore.open(str(a_path)) as a:
            with ProjectStore.open(str(b_path), read_only=True) as b:
                a_before = snapshot_as_held_by(a, b)
            merge_files(a, [str(b_path)])
        with ProjectStore.open(str(b_path)) as b:
            merge_files(b, [str(a_path)])
            b_after, b_pending = snapshot(b), _pending(b)
        with ProjectStore.open(str(a_path)) as a, ProjectStore.open(str(b_path), read_only=True) as b:
            a_after, a_pending = snapshot_as_held_by(a, b), _pending(a)
            # Merging again changes no record.
            merged_once = snapshot(a)
            assert all(r.plan.count("added") + r.plan.count("updated") == 0 for r in merge_files(a, [str(b_path)]))
            assert snapshot(a) == merged_once
        for table in a_after:
            mine_a, mine_b = a_after[table], b_after[table]
            # A merge never deletes.
            assert set(a_before[table]) <= set(mine_a) and set(b_before[table]) <= set(mine_b)
            # The same records on both sides, except those one side deleted (deletions do not travel).
            assert set(mine_a) ^ set(mine_b) <= deleted
            for uuid in set(mine_a) & set(mine_b):
                # Equal, or both sides hold the other's version as a pending conflict.
                assert mine_a[uuid] == mine_b[uuid] or (
                    a_pending.get((table, uuid)) == mine_b[uuid] and b_pending.get((table, uuid)) == mine_a[uuid])
            # Nothing lost: every version either side made is in the other's table or conflicts.
            for before, after, pending in ((b_before, a_after, a_pending), (a_before, b_after, b_pending)):
                for uuid, digest in before[table].items():
                    if handed_out[table].get(uuid) == digest:
                        continue  # unchanged since the hand-out
                    assert after[table].get(uuid) == digest or pending.get((table, uuid)) == digest, (table, uuid)
