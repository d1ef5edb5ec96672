"""Schema v6: who made a proposal, and whether a pin's story was approved; kept by an upgraded older file."""

from __future__ import annotations

from pathlib import Path

import pytest
import shapely

from checks import validate_gpkg
from cosafe.core.records import Participant, PerceptionPin, Proposal
from cosafe.core.stories import APPROVED, PENDING, REJECTED, review_story_edit, shown_story, story_shown
from cosafe.core.workshops import delete_participants_edit
from cosafe.io.export import make_public, table_data
from cosafe.io.plan_report.gather import _voices
from cosafe.store import schema_guard
from cosafe.store.errors import ProjectWriteError
from cosafe.store.project_store import ProjectStore
from cosafe.store.schema import migrations

POINT = shapely.Point(36.85, -1.28)


def test_a_v5_file_is_upgraded_and_its_stories_need_no_review(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "v5.gpkg"
    with monkeypatch.context() as patch:
        patch.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:5])
        with ProjectStore.create(str(path), name="Older") as old:
            assert old.schema_version == 5
            # An older CoSafe's records have neither field, so the rows are written as it wrote them.
            old.connection.execute("INSERT INTO perception_pins (uuid, created_at, updated_at, device_id, feeling, "
                                   "story, time_of_day) VALUES ('p-1', '2024-01-01T00:00:00.000Z', "
                                   "'2024-01-01T00:00:00.000Z', 'laptop', 'unsafe', 'Dark lane', 'night')")
            old.connection.execute("INSERT INTO proposals (uuid, created_at, updated_at, device_id, title) VALUES "
                                   "('q-1', '2024-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z', 'laptop', 'Lamp')")
    schema_guard._cosafe_schema.cache_clear()  # it may have been built above from the first five migrations only
    with ProjectStore.open(str(path)) as store:
        assert store.schema_version == migrations.current_schema_version() >= 6
        pin = store.get(PerceptionPin, "p-1")
        assert pin.story_review is None and story_shown(pin) and shown_story(pin) == "Dark lane"
        assert store.get(Proposal, "q-1").participant_uuid is None
        store.insert(PerceptionPin(geom=POINT, story="From a phone", story_review=PENDING))
        assert store.check() == []
    assert path.with_name("v5.backup-v5.gpkg").exists()
    assert validate_gpkg(path) == []


@pytest.mark.parametrize("bad", ["", "waiting", "APPROVED"])
def test_only_the_three_reviews_are_stored(store, bad):
    with pytest.raises(ProjectWriteError):
        store.insert(PerceptionPin(geom=POINT, story="x", story_review=bad))
    for review in (PENDING, APPROVED, REJECTED, None):
        store.insert(PerceptionPin(geom=POINT, story="x", story_review=review))


def test_a_held_story_is_shown_nowhere_until_approved_and_the_plan_quotes_it_only_then(store):
    pin = PerceptionPin(geom=POINT, story="Men wait at the corner", story_review=PENDING)
    store.insert(pin)
    assert not story_shown(pin) and shown_story(pin) == ""
    assert not any("Men wait" in voice for voice in _voices(store))
    review_story_edit(store, pin, APPROVED, "Approve").apply(store)
    assert any("Men wait" in voice for voice in _voices(store))
    review_story_edit(store, store.get(PerceptionPin, pin.uuid), REJECTED, "Reject").apply(store)
    assert not any("Men wait" in voice for voice in _voices(store))
    with pytest.raises(ValueError):
        review_story_edit(store, pin, "maybe", "?")


def test_a_public_export_names_no_proposer_and_no_review(store):
    person = Participant(code="P01")
    store.insert(person)
    store.insert(Proposal(geom=POINT, title="Lamp", participant_uuid=person.uuid))
    store.insert(PerceptionPin(geom=POINT, story="Men wait", story_review=PENDING, participant_uuid=person.uuid))
    proposals = make_public(table_data(store, Proposal), 100.0)
    assert proposals.columns["participant_uuid"] == [None] and proposals.columns["title"] == ["Lamp"]
    pins = make_public(table_data(store, PerceptionPin), 100.0)
    assert pins.columns["story"] == [""] and pins.columns["story_review"] == [None]


def test_removing_a_participant_detaches_their_ideas_and_undo_brings_the_link_back(store):
    person = Participant(code="P01")
    store.insert(person)
    idea = Proposal(geom=POINT, title="Lamp", participant_uuid=person.uuid)
    store.insert(idea)
    edit = delete_participants_edit(store, [person], "Delete P01")
    edit.apply(store)
    assert store.get(Proposal, idea.uuid).participant_uuid is None
    edit.revert(store)
    assert store.get(Proposal, idea.uuid).participant_uuid == person.uuid
