"""Merging carries a facilitator's labels in other languages, with the rules of any record.

A label is one record per (labelled record, field, language) whose UUID is the same in
every file: added and changed labels travel, a label taken back travels as an empty one,
one changed on both laptops is a conflict resolved like any other, and a label of a
criterion or tag matched by its key (projects created apart) follows it to the target's.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cosafe.core import i18n
from cosafe.core.criteria_sets import active_criteria, add_criterion_edit
from cosafe.core.label_translations import own_labels, translations_edit
from cosafe.core.reason_tags import reason_tag_labels
from cosafe.core.records import Criterion, LabelTranslation, ReasonTag
from cosafe.store.merge.field_copy import make_field_copy
from cosafe.store.merge.files import merge_files
from cosafe.store.merge.resolve import pending_conflicts, resolve_conflict
from cosafe.store.project_store import ProjectStore
from merge_support import new_project, snapshot


def criterion(store: ProjectStore, key: str) -> Criterion:
    return next(c for c in active_criteria(store)[1] if c.key == key)


def label(store: ProjectStore, table: str, uuid: str, texts: dict, name: str = "Translate") -> None:
    edit = translations_edit(store, table, uuid, texts, name)
    assert edit is not None
    edit.apply(store)


@pytest.fixture
def office(tmp_path: Path):
    store = new_project(tmp_path / "office.gpkg")
    add_criterion_edit(store, "Toilets", "Clean toilets open and visible",
                       translations={"label": {"es": "Baños"}}).apply(store)
    yield store
    store.close()


@pytest.fixture
def team_path(office: ProjectStore, tmp_path: Path) -> Path:
    path = tmp_path / "team.gpkg"
    make_field_copy(office, str(path), "Field team")
    return path


def test_labels_travel_both_ways_and_a_second_merge_changes_nothing(office, team_path):
    toilets = criterion(office, "toilets").uuid
    with ProjectStore.open(str(team_path)) as team:
        assert own_labels(team, "criteria", toilets) == {"label": {"es": "Baños"}}  # the copy has them
        label(team, "criteria", toilets, {"label": {"es": "Baños", "fr": "Toilettes"}})
        tag = ReasonTag(key="no_toilets", label="No toilets")
        team.insert(tag)
        label(team, "reason_tags", tag.uuid, {"label": {"sw": "Hakuna vyoo"}})
    (result,) = merge_files(office, [str(team_path)])
    assert result.plan.count("conflicts") == 0
    assert len(result.plan.added["label_translations"]) == 2  # French on the criterion, Swahili on the tag
    assert own_labels(office, "criteria", toilets) == {"label": {"es": "Baños", "fr": "Toilettes"}}
    with i18n.speaking("sw", i18n.english):
        assert reason_tag_labels(office)["no_toilets"] == "Hakuna vyoo"
    before = snapshot(office)
    (again,) = merge_files(office, [str(team_path)])
    assert again.plan.count("added") == again.plan.count("updated") == 0 and snapshot(office) == before


def test_a_label_taken_back_travels_as_an_empty_one(office, team_path):
    toilets = criterion(office, "toilets").uuid
    with ProjectStore.open(str(team_path)) as team:
        label(team, "criteria", toilets, {})
    (result,) = merge_files(office, [str(team_path)])
    assert result.plan.updated["label_translations"] and own_labels(office, "criteria", toilets) == {}


def test_a_label_changed_on_both_laptops_is_a_conflict_resolved_like_any_record(office, team_path):
    toilets = criterion(office, "toilets").uuid
    with ProjectStore.open(str(team_path)) as team:
        label(team, "criteria", toilets, {"label": {"es": "Sanitarios"}})
    label(office, "criteria", toilets, {"label": {"es": "Baños públicos"}})
    (result,) = merge_files(office, [str(team_path)])
    assert result.plan.count("conflicts") == 1 and list(result.plan.conflicts) == ["label_translations"]
    assert own_labels(office, "criteria", toilets) == {"label": {"es": "Baños públicos"}}  # mine kept meanwhile
    (conflict,) = pending_conflicts(office)
    assert isinstance(conflict.theirs, LabelTranslation) and conflict.theirs.text == "Sanitarios"
    with pytest.raises(ValueError, match="cannot share a key"):
        resolve_conflict(office, conflict.table, conflict.uuid, "both")
    edit = resolve_conflict(office, conflict.table, conflict.uuid, "theirs")
    edit.apply(office)
    assert own_labels(office, "criteria", toilets) == {"label": {"es": "Sanitarios"}}
    edit.revert(office)
    assert own_labels(office, "criteria", toilets) == {"label": {"es": "Baños públicos"}}


def test_labels_follow_criteria_and_tags_matched_by_key_in_projects_made_apart(tmp_path):
    a = new_project(tmp_path / "a.gpkg", "Group A")
    b = new_project(tmp_path / "b.gpkg", "Group B")
    try:
        assert criterion(a, "lighting").uuid != criterion(b, "lighting").uuid
        label(b, "criteria", criterion(b, "lighting").uuid, {"label": {"es": "Luz de noche"}})
        tag_b = next(t for t in b.list(ReasonTag) if t.key == "crowded")
        label(b, "reason_tags", tag_b.uuid, {"label": {"fr": "Trop de monde"}})
        label(b, "criteria_sets", active_criteria(b)[0].uuid, {"name": {"pt": "Auditoria"}})
        b.close()
        (result,) = merge_files(a, [str(tmp_path / "b.gpkg")])
        assert result.plan.count("conflicts") == 0
        lighting_a = criterion(a, "lighting").uuid
        assert own_labels(a, "criteria", lighting_a) == {"label": {"es": "Luz de noche"}}
        tag_a = next(t for t in a.list(ReasonTag) if t.key == "crowded")
        assert own_labels(a, "reason_tags", tag_a.uuid) == {"label": {"fr": "Trop de monde"}}
        assert own_labels(a, "criteria_sets", active_criteria(a)[0].uuid) == {"name": {"pt": "Auditoria"}}
        # A's own label of the same slot, given apart, is kept: the key matched, as for the criterion itself.
        a.close()
        b = ProjectStore.open(str(tmp_path / "b.gpkg"))
        a = ProjectStore.open(str(tmp_path / "a.gpkg"))
        label(b, "criteria", criterion(b, "lighting").uuid, {"label": {"es": "Alumbrado"}})
        a.close()
        merge_files(b, [str(tmp_path / "a.gpkg")])
        assert own_labels(b, "criteria", criterion(b, "lighting").uuid) == {"label": {"es": "Alumbrado"}}
        assert b.count(LabelTranslation) == 3
    finally:
        a.close()
        b.close()
