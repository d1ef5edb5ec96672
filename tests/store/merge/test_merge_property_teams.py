"""Property: an office and two field teams edit the same records and merge in any order and
direction. Every merge only ever moves a record to a version that descends from the one it
replaces, and every version a source brings is kept: in the table, in the target's pending
conflicts, or already superseded there."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cosafe.core.edits import UpdateRecord
from cosafe.core.records import Proposal
from cosafe.store.merge import rows as merge_rows
from cosafe.store.merge.field_copy import make_field_copy
from cosafe.store.merge.files import merge_files
from cosafe.store.project_store import ProjectStore
from merge_support import add_proposal, new_project

LAPTOPS, RECORDS = 3, 3
STEP = st.one_of(
    st.tuples(st.just("edit"), st.integers(0, LAPTOPS - 1), st.integers(0, RECORDS - 1)),
    st.tuples(st.just("merge"), st.integers(0, LAPTOPS - 1), st.integers(0, LAPTOPS - 1)).filter(lambda s: s[1] != s[2]),
)


def _versions(path: Path) -> dict[str, str]:
    with ProjectStore.open(str(path), read_only=True) as store:
        return merge_rows.table_hashes(store.connection, Proposal)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(STEP, min_size=4, max_size=14))
def test_office_and_two_teams_merge_in_any_order(steps):
    with tempfile.TemporaryDirectory() as folder:
        paths = [Path(folder) / f"laptop{i}.gpkg" for i in range(LAPTOPS)]
        with new_project(paths[0]) as office:
            records = [add_proposal(office, f"record {i}").uuid for i in range(RECORDS)]
            for i in range(1, LAPTOPS):
                make_field_copy(office, str(paths[i]), f"Team {i}")
        # Each laptop's history of every record: the versions its current one descends from.
        lineage = {i: {uuid: [digest] for uuid, digest in _versions(paths[i]).items()} for i in range(LAPTOPS)}
        for number, (kind, a, b) in enumerate(steps):
            if kind == "edit":
                with ProjectStore.open(str(paths[a])) as store:
                    UpdateRecord(store, Proposal, records[b], {"title": f"edit {number} on {a}"}).apply(store)
                lineage[a][records[b]].append(_versions(paths[a])[records[b]])
                continue
            target, source = a, b
            before, theirs = _versions(paths[target]), _versions(paths[source])
            with ProjectStore.open(str(paths[target])) as store:
                merge_files(store, [str(paths[source])])
                peer = ProjectStore.open(str(paths[source]), read_only=True)
                with peer:
                    pending = {u: h for u, h in store.connection.execute(
                        "SELECT record_uuid, theirs_hash FROM merge_conflicts WHERE peer_device_id = ?",
                        (peer.device_id,))}
            after = _versions(paths[target])
            for uuid in records:
                if after[uuid] != before[uuid]:
                    # Moved only to theirs, and only when theirs descends from what it replaced.
                    assert after[uuid] == theirs[uuid]
                    assert before[uuid] in lineage[source][uuid], (steps, uuid)
                    lineage[target][uuid] = list(lineage[source][uuid])
                # Nothing the source brought is lost.
                assert (after[uuid] == theirs[uuid] or theirs[uuid] in lineage[target][uuid]
                        or pending.get(uuid) == theirs[uuid]), (steps, uuid)
