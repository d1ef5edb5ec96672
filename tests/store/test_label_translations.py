"""A facilitator's criteria, criteria sets and reason tags in several languages (schema v4).

The labels are stored beside the typed text, read in the reader's language (``i18n.speaking``),
copied with a new criteria set version, taken back as one undo step, kept by an upgraded
older file, and the file stays one GDAL and QGIS open as it is.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from checks import ogrinfo_available, ogrinfo_summary, validate_gpkg
from cosafe.core import i18n
from cosafe.core.criteria import criteria_set_name, criterion_good_means, criterion_label
from cosafe.core.criteria_sets import (active_criteria, add_criterion_edit, remove_criterion_edit,
                                       rename_criterion_edit)
from cosafe.core.label_translations import own_labels, translation_uuid, translations_edit, translations_of
from cosafe.core.reason_tags import reason_tag_labels
from cosafe.core.records import AuditPoint, AuditScore, AuditWalk, LabelTranslation, ReasonTag
from cosafe.store.errors import ProjectWriteError
from cosafe.store.project_store import ProjectStore
from cosafe.store.queries.perception import load_perception_data
from cosafe.store import schema_guard
from cosafe.store.schema import migrations


def spanish_catalogue(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """A Spanish catalogue that knows one built-in word (and leaves every other as its source)."""
    return {"Lighting": "Iluminación", "Poor lighting": "Mala iluminación"}.get(source, source)


def add_toilets(store: ProjectStore, labels: dict | None = None) -> str:
    add_criterion_edit(store, "Toilets", "Clean toilets open and visible", translations=labels).apply(store)
    criteria_set, criteria = active_criteria(store)
    return next(c.uuid for c in criteria if c.key == "toilets")


def shown(store: ProjectStore, key: str) -> tuple[str, str]:
    """A criterion of the active set as its reader reads it: (label, what 3 means)."""
    own = translations_of(store, "criteria")
    criterion = next(c for c in active_criteria(store)[1] if c.key == key)
    mine = own.get(criterion.uuid, {})
    return (criterion_label(criterion.key, criterion.label, mine.get("label")),
            criterion_good_means(criterion.key, criterion.good_means, mine.get("good_means")))


def test_the_table_is_a_registered_attribute_table_of_schema_4(store: ProjectStore) -> None:
    assert store.schema_version == migrations.current_schema_version() >= 4
    registered = dict(store.connection.execute("SELECT table_name, data_type FROM gpkg_contents"))
    assert registered["label_translations"] == "attributes"
    applied = store.connection.execute("SELECT version, name FROM schema_migrations ORDER BY version").fetchall()
    assert applied[3] == (4, "add label translations")
    assert "label_translations" not in {t for (t,) in store.connection.execute(
        "SELECT table_name FROM gpkg_geometry_columns")}


def test_labels_are_stored_beside_the_typed_text_and_read_in_the_readers_language(store: ProjectStore) -> None:
    uuid = add_toilets(store, {"label": {"es": "Baños", "fr": "Toilettes"}, "good_means": {"es": "Baños limpios"}})
    stored = {(t.field_name, t.language): t.text for t in store.list(LabelTranslation)}
    assert stored == {("label", "es"): "Baños", ("label", "fr"): "Toilettes", ("good_means", "es"): "Baños limpios"}
    assert store.get(LabelTranslation, translation_uuid("criteria", uuid, "label", "es")).text == "Baños"
    assert shown(store, "toilets") == ("Toilets", "Clean toilets open and visible")  # English: as typed
    with i18n.speaking("es", spanish_catalogue):
        assert shown(store, "toilets") == ("Baños", "Baños limpios")
        assert shown(store, "lighting")[0] == "Iluminación"  # a built-in criterion: the catalogue's
        assert load_perception_data(store).label("criterion", "toilets") == "Baños"  # the charts' and plan's words
    with i18n.speaking("fr", i18n.english):
        assert shown(store, "toilets") == ("Toilettes", "Clean toilets open and visible")  # no French meaning
    with i18n.speaking("sw", i18n.english):
        assert shown(store, "toilets") == ("Toilets", "Clean toilets open and visible")


def test_a_set_name_and_a_reason_tag_carry_labels_too(store: ProjectStore) -> None:
    criteria_set = active_criteria(store)[0]
    tag = ReasonTag(key="no_toilets", label="No toilets")
    store.insert(tag)
    translations_edit(store, "criteria_sets", criteria_set.uuid, {"name": {"pt": "Auditoria do bairro"}},
                      "Translate").apply(store)
    translations_edit(store, "reason_tags", tag.uuid, {"label": {"es": "Sin baños"}}, "Translate").apply(store)
    name_labels = own_labels(store, "criteria_sets", criteria_set.uuid).get("name")
    with i18n.speaking("pt", i18n.english):
        assert criteria_set_name(criteria_set.name, name_labels) == "Auditoria do bairro"
    with i18n.speaking("es", spanish_catalogue):
        assert criteria_set_name(criteria_set.name, name_labels) == "Safety audit (default)"
        labels = reason_tag_labels(store)
        assert labels["no_toilets"] == "Sin baños" and labels["poor_lighting"] == "Mala iluminación"
    assert reason_tag_labels(store)["no_toilets"] == "No toilets"


def test_changing_and_taking_back_labels_is_one_undoable_step(store: ProjectStore) -> None:
    uuid = add_toilets(store, {"label": {"es": "Baños"}})
    criterion_label_es = translation_uuid("criteria", uuid, "label", "es")
    edit = rename_criterion_edit(store, uuid, "Toilets", "Clean toilets open and visible",
                                 {"label": {"fr": "Toilettes"}})  # Spanish taken back, French given
    edit.apply(store)
    assert store.get(LabelTranslation, criterion_label_es).text == ""  # kept empty, so a merge carries it
    assert own_labels(store, "criteria", uuid) == {"label": {"fr": "Toilettes"}}
    edit.revert(store)
    assert own_labels(store, "criteria", uuid) == {"label": {"es": "Baños"}}
    with pytest.raises(ValueError, match="already has that name"):
        rename_criterion_edit(store, uuid, "Toilets", "Clean toilets open and visible", {"label": {"es": "Baños"}})
    assert translations_edit(store, "criteria", uuid, {"label": {"es": "Baños"}}, "Same") is None


def test_a_new_version_copies_the_labels_and_removing_a_criterion_removes_them(store: ProjectStore) -> None:
    uuid = add_toilets(store, {"label": {"es": "Baños"}})
    criteria_set, criteria = active_criteria(store)
    translations_edit(store, "criteria_sets", criteria_set.uuid, {"name": {"es": "Auditoría"}}, "T").apply(store)
    walk = AuditWalk(criteria_set_uuid=criteria_set.uuid)
    point = AuditPoint(walk_uuid=walk.uuid)
    for record in (walk, point, AuditScore(point_uuid=point.uuid, criterion_uuid=criteria[0].uuid, score=2)):
        store.insert(record)
    rename_criterion_edit(store, uuid, "Public toilets", "Clean toilets open and visible",
                          {"label": {"es": "Baños públicos"}}).apply(store)
    version, current = active_criteria(store)
    assert version.version == 2
    copy = next(c for c in current if c.key == "toilets")
    assert own_labels(store, "criteria", copy.uuid) == {"label": {"es": "Baños públicos"}}
    assert own_labels(store, "criteria", uuid) == {"label": {"es": "Baños"}}  # version 1 keeps its words
    assert own_labels(store, "criteria_sets", version.uuid) == {"name": {"es": "Auditoría"}}
    edit = remove_criterion_edit(store, copy.uuid)
    edit.apply(store)
    assert store.count(LabelTranslation, "record_uuid = ?", (copy.uuid,)) == 0
    edit.revert(store)
    assert own_labels(store, "criteria", copy.uuid) == {"label": {"es": "Baños públicos"}}


def test_the_schema_refuses_a_label_of_something_not_labelled(store: ProjectStore) -> None:
    with pytest.raises(ProjectWriteError):
        store.insert(LabelTranslation(table_name="proposals", record_uuid="p", field_name="label", language="es",
                                      text="x"))
    label = LabelTranslation(table_name="reason_tags", record_uuid="t", field_name="label", language="es", text="x")
    store.insert(label)
    with pytest.raises(ProjectWriteError):  # one label per record, field and language
        store.insert(LabelTranslation(table_name="reason_tags", record_uuid="t", field_name="label", language="es",
                                      text="y"))
    assert store.check() == []


def test_a_v3_file_is_upgraded_and_gdal_opens_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "v3.gpkg"
    with monkeypatch.context() as patch:
        patch.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:3])
        with ProjectStore.create(str(path), name="Older") as old:
            assert old.schema_version == 3
            old.insert(ReasonTag(key="no_toilets", label="No toilets"))
    schema_guard._cosafe_schema.cache_clear()  # it may have been built from the older migrations
    with ProjectStore.open(str(path)) as store:
        assert store.schema_version == migrations.current_schema_version()
        tag = next(t for t in store.list(ReasonTag) if t.key == "no_toilets")
        translations_edit(store, "reason_tags", tag.uuid, {"label": {"sw": "Hakuna vyoo"}}, "T").apply(store)
        with i18n.speaking("sw", i18n.english):
            assert reason_tag_labels(store)["no_toilets"] == "Hakuna vyoo"
        assert store.check() == []
    assert path.with_name("v3.backup-v3.gpkg").exists()
    assert validate_gpkg(path) == []
    if ogrinfo_available():
        summary = ogrinfo_summary(path)
        assert "Layer name: label_translations" in summary and "Feature Count: 1" in summary.split(
            "Layer name: label_translations")[1].split("Layer name:")[0]

