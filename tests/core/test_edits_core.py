"""Edits against an in-memory stand-in for the store: no SQLite, no Qt."""

from __future__ import annotations

import contextlib
import copy

from cosafe.core.changes import Change, change_for_table
from cosafe.core.edits import AddRecord, SetProjectProperties, UpdateRecord
from cosafe.core.records import RECORD_TYPES, Criterion, Proposal


class MemoryStore:
    def __init__(self) -> None:
        self.meta = {"name": "A", "updated_at": "2026-01-01T00:00:00.000Z"}
        self.records = {}

    def get_meta(self, key):
        return self.meta.get(key)

    def set_meta_values(self, values):
        self.meta.update(values)

    def insert(self, record):
        self.records[record.uuid] = copy.deepcopy(record)

    def replace(self, record):
        self.records[record.uuid] = copy.deepcopy(record)

    def delete(self, record_type, uuid):
        del self.records[uuid]

    def get(self, record_type, uuid):
        return copy.deepcopy(self.records.get(uuid))

    def atomic(self):
        return contextlib.nullcontext()


def test_property_edit_keeps_what_it_needs_to_revert():
    store = MemoryStore()
    edit = SetProjectProperties(store, {"name": "B"})
    edit.apply(store)
    assert store.meta["name"] == "B" and store.meta["updated_at"] != "2026-01-01T00:00:00.000Z"
    edit.revert(store)
    assert store.meta == {"name": "A", "updated_at": "2026-01-01T00:00:00.000Z"}


def test_labels_name_the_record_kind():
    store = MemoryStore()
    add = AddRecord(Criterion(key="toilets", label="Toilets"))
    assert add.label == "Add criterion"
    add.apply(store)
    assert UpdateRecord(store, Criterion, add.record.uuid, {"label": "Public toilets"}).label == "Edit criterion"
    assert AddRecord(Proposal(title="Lights")).label == "Add proposal"


def test_every_record_table_has_a_change_flag():
    for record_type in RECORD_TYPES:
        assert change_for_table(record_type.TABLE) not in (Change.NONE, Change.ALL), record_type.TABLE
