"""core.criteria_sets: editing the criteria set, versioned once scores exist, undone exactly."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cosafe.core.criteria_sets import (
    CriteriaSetError,
    active_criteria,
    add_criterion_edit,
    criteria_of_set,
    make_key,
    remove_criterion_edit,
    rename_criterion_edit,
    reorder_criteria_edit,
    retire_criterion_edit,
)
from cosafe.core.edits import AddRecord, EditGroup, UpdateRecord
from cosafe.core.records import AuditPoint, AuditScore, AuditWalk, Criterion, CriteriaSet

DEFAULT_KEYS = ["lighting", "openness", "visibility", "people", "security", "walkpath", "transport",
                "gender_usage", "feeling"]


def snapshot(store) -> dict[str, list[dict]]:
    """Every field of every set, criterion and score (timestamps included)."""
    return {t.TABLE: sorted((dataclasses.asdict(r) for r in store.list(t)), key=lambda row: row["uuid"])
            for t in (CriteriaSet, Criterion, AuditScore)}


def by_key(criteria: list[Criterion]) -> dict[str, Criterion]:
    return {c.key: c for c in criteria}


def score_point(store, keys: tuple[str, ...] = ("lighting", "feeling"), value: int = 2) -> list[AuditScore]:
    """A walk with one point scored on ``keys`` with the active set."""
    criteria_set, criteria = active_criteria(store)
    walk = AuditWalk(criteria_set_uuid=criteria_set.uuid, time_of_day="night")
    point = AuditPoint(walk_uuid=walk.uuid)
    scores = [AuditScore(point_uuid=point.uuid, criterion_uuid=by_key(criteria)[k].uuid, score=value) for k in keys]
    store.insert(walk)
    store.insert(point)
    store.insert_many(scores)
    return scores


def apply_and_check_undo(store, edit):
    """Apply ``edit``; return the state after it, having checked revert and re-apply are exact."""
    before = snapshot(store)
    edit.apply(store)
    after = snapshot(store)
    edit.revert(store)
    assert snapshot(store) == before
    edit.apply(store)
    assert snapshot(store) == after
    return after


def test_active_criteria_of_a_new_project(store):
    criteria_set, criteria = active_criteria(store)
    assert criteria_set.is_active and criteria_set.version == 1
    assert [c.key for c in criteria] == DEFAULT_KEYS
    assert [c.key for c in criteria if c.is_outcome] == ["feeling"]
    assert criteria_of_set(store, criteria_set.uuid) == criteria


def test_without_scores_changes_are_made_in_place(store):
    criteria_set, criteria = active_criteria(store)
    add = add_criterion_edit(store, "  Public   toilets ", "Clean toilets open and visible")
    assert isinstance(add, AddRecord) and add.label == "Add criterion “Public toilets”"
    apply_and_check_undo(store, add)
    _, criteria = active_criteria(store)
    assert criteria[-1].key == "public_toilets" and criteria[-1].position == 9
    assert criteria[-1].set_uuid == criteria_set.uuid and store.count(CriteriaSet) == 1

    rename = rename_criterion_edit(store, by_key(criteria)["security"].uuid, "Police booth", "Booth staffed")
    assert isinstance(rename, UpdateRecord) and rename.label == "Rename criterion “Security” to “Police booth”"
    apply_and_check_undo(store, rename)
    retire = retire_criterion_edit(store, by_key(criteria)["transport"].uuid)
    apply_and_check_undo(store, retire)
    _, criteria = active_criteria(store)
    assert "transport" not in by_key(criteria) and by_key(criteria)["security"].label == "Police booth"
    assert store.count(CriteriaSet) == 1
    assert by_key(criteria_of_set(store, criteria_set.uuid))["transport"].retired


def test_add_with_scores_makes_a_new_version_and_old_scores_keep_their_set(store):
    old_set, old_criteria = active_criteria(store)
    scores = score_point(store)
    edit = add_criterion_edit(store, "CCTV", "Cameras visible and working")
    assert isinstance(edit, EditGroup) and edit.label == "Add criterion “CCTV” (criteria set version 2)"
    after = apply_and_check_undo(store, edit)
    new_set, new_criteria = active_criteria(store)
    assert (new_set.version, new_set.based_on_uuid, new_set.name) == (2, old_set.uuid, old_set.name)
    assert not store.get(CriteriaSet, old_set.uuid).is_active
    assert [c.key for c in new_criteria] == [*DEFAULT_KEYS, "cctv"]
    assert {c.uuid for c in new_criteria}.isdisjoint({c.uuid for c in old_criteria})
    assert criteria_of_set(store, old_set.uuid) == old_criteria  # the old set is untouched
    assert [s.criterion_uuid for s in store.list(AuditScore)] == [s.criterion_uuid for s in scores]
    assert len(after["audit_scores"]) == 2


def test_rename_and_retire_with_scores_version_the_set(store):
    old_set, old_criteria = active_criteria(store)
    score_point(store)
    apply_and_check_undo(store, rename_criterion_edit(store, by_key(old_criteria)["people"].uuid, "People around",
                                                      "Others walking nearby"))
    v2, v2_criteria = active_criteria(store)
    assert v2.version == 2 and by_key(v2_criteria)["people"].label == "People around"
    assert by_key(criteria_of_set(store, old_set.uuid))["people"].label == "People"

    # v2 has no scores of its own yet, so retiring in it is done in place.
    retire = retire_criterion_edit(store, by_key(v2_criteria)["transport"].uuid)
    assert isinstance(retire, UpdateRecord)
    score_point(store, ("openness",))  # now v2 has a score
    retire = retire_criterion_edit(store, by_key(v2_criteria)["transport"].uuid)
    assert retire.label == "Retire criterion “Public transport” (criteria set version 3)"
    apply_and_check_undo(store, retire)
    v3, v3_criteria = active_criteria(store)
    assert (v3.version, v3.based_on_uuid) == (3, v2.uuid) and "transport" not in by_key(v3_criteria)
    assert by_key(criteria_of_set(store, v3.uuid))["transport"].retired
    assert [s.is_active for s in store.list(CriteriaSet, order_by="version")] == [False, False, True]


def test_reorder_never_versions_and_undoes_exactly(store):
    criteria_set, criteria = active_criteria(store)
    score_point(store)
    order = [c.uuid for c in reversed(criteria)]
    edit = reorder_criteria_edit(store, order)
    assert edit.label == "Reorder criteria"
    apply_and_check_undo(store, edit)
    again_set, again = active_criteria(store)
    assert again_set.uuid == criteria_set.uuid and [c.key for c in again] == DEFAULT_KEYS[::-1]
    with pytest.raises(CriteriaSetError, match="already in that order"):
        reorder_criteria_edit(store, order)
    with pytest.raises(CriteriaSetError, match="each criterion of the active set once"):
        reorder_criteria_edit(store, order[:-1])
    with pytest.raises(CriteriaSetError, match="each criterion of the active set once"):
        reorder_criteria_edit(store, [*order[:-1], order[0]])


def test_reorder_puts_retired_criteria_last(store):
    _, criteria = active_criteria(store)
    retire_criterion_edit(store, criteria[0].uuid).apply(store)
    _, current = active_criteria(store)
    reorder_criteria_edit(store, [c.uuid for c in reversed(current)]).apply(store)
    every = criteria_of_set(store, current[0].set_uuid)
    assert [c.key for c in every] == [*DEFAULT_KEYS[:0:-1], "lighting"] and every[-1].retired


def test_remove_is_refused_when_it_would_orphan_scores(store):
    _, criteria = active_criteria(store)
    score_point(store, ("lighting",), 0)
    score_point(store, ("lighting",), 3)
    before = snapshot(store)
    with pytest.raises(CriteriaSetError) as refused:
        remove_criterion_edit(store, by_key(criteria)["lighting"].uuid)
    assert str(refused.value) == "Removing “Lighting” would orphan 2 scores; retire it instead"
    assert snapshot(store) == before
    unused = remove_criterion_edit(store, by_key(criteria)["security"].uuid)
    assert unused.label == "Remove criterion “Security”"
    apply_and_check_undo(store, unused)
    assert "security" not in by_key(criteria_of_set(store, criteria[0].set_uuid))


def test_refusals_are_one_line_and_change_nothing(store):
    _, criteria = active_criteria(store)
    before = snapshot(store)
    refusals = [
        (lambda: add_criterion_edit(store, "   "), "needs a name"),
        (lambda: add_criterion_edit(store, "lighting"), "already a criterion “lighting”"),
        (lambda: add_criterion_edit(store, "Mood", is_outcome=True),
         r"already has an outcome criterion \(“Feeling”\)"),
        (lambda: rename_criterion_edit(store, criteria[0].uuid, "Openness", ""), "already a criterion"),
        (lambda: rename_criterion_edit(store, criteria[0].uuid, "Lighting", criteria[0].good_means),
         "already has that name"),
        (lambda: rename_criterion_edit(store, "no-such-uuid", "X", ""), "Only criteria of the active set"),
        (lambda: remove_criterion_edit(store, "no-such-uuid"), "no longer in the project"),
    ]
    for build, message in refusals:
        with pytest.raises(CriteriaSetError, match=message) as refused:
            build()
        assert "\n" not in str(refused.value)
    for criterion in criteria[:-2]:  # keep one scored criterion and the outcome
        retire_criterion_edit(store, criterion.uuid).apply(store)
    last = criteria[-2]
    with pytest.raises(CriteriaSetError, match="last scored criterion"):
        retire_criterion_edit(store, last.uuid)
    with pytest.raises(CriteriaSetError, match="last scored criterion"):
        remove_criterion_edit(store, last.uuid)
    with pytest.raises(CriteriaSetError, match="Only criteria of the active set that are not retired"):
        retire_criterion_edit(store, criteria[0].uuid)
    assert snapshot(store)["criteria_sets"] == before["criteria_sets"]


def test_with_two_active_sets_the_highest_version_wins(store):
    first, _ = active_criteria(store)
    merged = CriteriaSet(name=first.name, version=2, based_on_uuid=first.uuid)
    store.insert(merged)
    store.insert(Criterion(set_uuid=merged.uuid, key="lighting", label="Lighting"))
    chosen, criteria = active_criteria(store)
    assert chosen.uuid == merged.uuid and [c.key for c in criteria] == ["lighting"]
    store.replace(dataclasses.replace(merged, is_active=False))
    store.replace(dataclasses.replace(first, is_active=False))
    assert active_criteria(store)[0].uuid == merged.uuid  # none active: still the newest


def test_make_key():
    assert make_key("CCTV / cameras", set()) == "cctv_cameras"
    assert make_key("Lighting", {"lighting", "lighting_2"}) == "lighting_3"
    assert make_key("!!!", set()) == "criterion"


OPERATIONS = st.lists(st.tuples(st.sampled_from(["add", "rename", "retire", "reorder", "remove", "score"]),
                                st.integers(0, 2), st.text("abcxyz ", min_size=1, max_size=6)), max_size=12)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(operations=OPERATIONS)
def test_any_sequence_keeps_scores_meaning_and_undoes_to_the_start(store, operations):
    """Whatever is done, a score's criterion keeps the meaning it had when scored; undoing all restores all."""
    start = snapshot(store)
    done, meaning_when_scored = [], {}

    def meaning(criterion_uuid: str) -> tuple:
        c = store.get(Criterion, criterion_uuid)
        return (c.set_uuid, c.key, c.label, c.good_means, c.retired, c.is_outcome)

    for operation, pick, text in operations:
        _, current = active_criteria(store)
        chosen = current[pick % len(current)]
        builders = {
            "add": lambda: add_criterion_edit(store, f"New {text}", text),
            "rename": lambda: rename_criterion_edit(store, chosen.uuid, f"{chosen.label} {text}", text),
            "retire": lambda: retire_criterion_edit(store, chosen.uuid),
            "reorder": lambda: reorder_criteria_edit(store, [c.uuid for c in current[pick % len(current):]]
                                                     + [c.uuid for c in current[:pick % len(current)]]),
            "remove": lambda: remove_criterion_edit(store, chosen.uuid),
            "score": lambda: AddRecord(AuditScore(point_uuid="p", criterion_uuid=chosen.uuid, score=pick % 4)),
        }
        try:
            edit = builders[operation]()
        except CriteriaSetError:
            continue
        edit.apply(store)
        done.append(edit)
        if operation == "score":
            meaning_when_scored[edit.record.uuid] = (edit.record.criterion_uuid, meaning(chosen.uuid))
        for criterion_uuid, then in meaning_when_scored.values():
            assert meaning(criterion_uuid) == then
        assert sum(s.is_active for s in store.list(CriteriaSet)) == 1
    for edit in reversed(done):
        edit.revert(store)
    assert snapshot(store) == start
