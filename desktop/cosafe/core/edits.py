"""Undoable edits: each has a label and applies or reverts itself against a store.

An edit captures everything it needs to revert at construction time, so
``apply`` then ``revert`` leaves the project exactly as before (timestamps
included). Each ``apply``/``revert`` is one transaction in the store; on failure
the store rolls back and raises, and the edit has changed nothing.
The UI wraps edits in QUndoCommands; the core never sees Qt.
"""

from __future__ import annotations

import copy
import dataclasses
from abc import ABC, abstractmethod
from collections.abc import Mapping
from contextlib import AbstractContextManager
from typing import Any, Protocol

from cosafe.core.changes import Change, change_for_table
from cosafe.core.clock import utc_now
from cosafe.core.currency import CURRENCY_KEY, check_currency
from cosafe.core.report_language import REPORT_LANGUAGE_KEY, check_report_language
from cosafe.core.privacy import check_threshold
from cosafe.core.i18n import QT_TRANSLATE_NOOP, arg, translate
from cosafe.core.records import Record, kind_noun
from cosafe.core.words import Edits


class EditableStore(Protocol):
    """The part of the project store that edits use."""

    def get_meta(self, key: str) -> str | None: ...
    def set_meta_values(self, values: Mapping[str, str | None]) -> None: ...
    def insert(self, record: Record) -> None: ...
    def replace(self, record: Record) -> None: ...
    def delete(self, record_type: type[Record], uuid: str) -> None: ...
    def insert_many(self, records: list[Record]) -> None: ...
    def delete_many(self, record_type: type[Record], uuids: list[str]) -> None: ...
    def get(self, record_type: type[Record], uuid: str) -> Record | None: ...
    def atomic(self) -> AbstractContextManager[Any]: ...


class RecordReader(Protocol):
    """The reading part of the project store, for core helpers that build edits from what is stored."""

    def get(self, record_type: type[Record], uuid: str) -> Any: ...
    def list(self, record_type: type[Record], where: str = "", params: Any = (), order_by: str = "fid",
             *, with_geometry: bool = True) -> list[Any]: ...
    def count(self, record_type: type[Record], where: str = "", params: Any = ()) -> int: ...


class Edit(ABC):
    """One user-visible change, undoable."""

    label: str

    @abstractmethod
    def apply(self, store: EditableStore) -> Change:
        """Make the change; return what changed."""

    @abstractmethod
    def revert(self, store: EditableStore) -> Change:
        """Undo the change exactly; return what changed."""

    def touched_records(self) -> dict[str, frozenset[str]] | None:
        """Table -> UUIDs of the records ``apply``/``revert`` add, change or remove; None if unknown.

        Lets a view with thousands of rows update the few that changed instead of
        re-reading them all.
        """
        return None


# Project properties people edit (the Project Properties dialog; View › Set Project Area),
# and their meta keys. "project_area" is "min lon,min lat,max lon,max lat" or None;
# "currency" an ISO 4217 code or None (``core.currency``: costs are then plain numbers);
# "report_language" a language code or None (``core.report_language``: the exporter's language).
PROJECT_PROPERTY_KEYS = ("name", "place", "description", "suppression_threshold", "project_area", CURRENCY_KEY,
                         REPORT_LANGUAGE_KEY)
# How each property is named in "Change project %1" ("Change project area", not "project project area").
_PROPERTY_NAMES = {
    "name": QT_TRANSLATE_NOOP("Edits", "name"),
    "place": QT_TRANSLATE_NOOP("Edits", "place"),
    "description": QT_TRANSLATE_NOOP("Edits", "description"),
    "suppression_threshold": QT_TRANSLATE_NOOP("Edits", "suppression threshold"),
    "project_area": QT_TRANSLATE_NOOP("Edits", "area"),
    CURRENCY_KEY: QT_TRANSLATE_NOOP("Edits", "currency"),
    REPORT_LANGUAGE_KEY: QT_TRANSLATE_NOOP("Edits", "report language"),
}


class SetProjectProperties(Edit):
    """Change one or more project properties (name, place, description, threshold, area, currency,
    report language).

    A threshold out of range, a currency that is no ISO 4217 code or a report language
    CoSafe does not speak raises ValueError here, before anything is written; a blank
    currency or report language is stored as None (unset).
    """

    def __init__(self, store: EditableStore, new_values: Mapping[str, Any]) -> None:
        unknown = set(new_values) - set(PROJECT_PROPERTY_KEYS)
        if unknown:
            raise ValueError(f"Not a project property: {', '.join(sorted(unknown))}")
        if "suppression_threshold" in new_values:
            check_threshold(int(new_values["suppression_threshold"]))
        self._new = {key: None if value is None else str(value) for key, value in new_values.items()}
        if CURRENCY_KEY in self._new:
            self._new[CURRENCY_KEY] = check_currency(self._new[CURRENCY_KEY]) or None
        if REPORT_LANGUAGE_KEY in self._new:
            self._new[REPORT_LANGUAGE_KEY] = check_report_language(self._new[REPORT_LANGUAGE_KEY]) or None
        self._old = {key: store.get_meta(key) for key in self._new}
        self._new["updated_at"] = utc_now()
        self._old["updated_at"] = store.get_meta("updated_at")
        changed = [key for key in new_values if self._new[key] != self._old[key]]
        names = Edits.tr(", ", "between the names of project properties").join(
            translate("Edits", _PROPERTY_NAMES[key]) for key in changed) or Edits.tr("nothing", "no project property")
        self.label = arg(Edits.tr("Change project %1", "%1 lists the properties changed: “name, place”"), names)

    def apply(self, store: EditableStore) -> Change:
        store.set_meta_values(self._new)
        return Change.PROJECT

    def touched_records(self) -> dict[str, frozenset[str]] | None:
        return {}

    def revert(self, store: EditableStore) -> Change:
        store.set_meta_values(self._old)
        return Change.PROJECT


class AddRecord(Edit):
    """Add a new record."""

    def __init__(self, record: Record, label: str | None = None) -> None:
        self._record = record
        self.label = label or arg(Edits.tr("Add %1", "%1 is a kind of record: “audit point”"),
                                  kind_noun(type(record)))

    @property
    def record(self) -> Record:
        return self._record

    def apply(self, store: EditableStore) -> Change:
        store.insert(self._record)
        return change_for_table(self._record.TABLE)

    def revert(self, store: EditableStore) -> Change:
        store.delete(type(self._record), self._record.uuid)
        return change_for_table(self._record.TABLE)

    def touched_records(self) -> dict[str, frozenset[str]] | None:
        return {self._record.TABLE: frozenset({self._record.uuid})}


class AddRecords(Edit):
    """Add many records of one type at once (an import): one statement each way, not one per record."""

    def __init__(self, records: list[Record], label: str) -> None:
        if not records or len({type(r) for r in records}) != 1:
            raise ValueError("AddRecords needs at least one record, all of one type")
        self._records = list(records)
        self.label = label

    def apply(self, store: EditableStore) -> Change:
        store.insert_many(self._records)
        return change_for_table(self._records[0].TABLE)

    def revert(self, store: EditableStore) -> Change:
        store.delete_many(type(self._records[0]), [r.uuid for r in self._records])
        return change_for_table(self._records[0].TABLE)

    def touched_records(self) -> dict[str, frozenset[str]] | None:
        return {self._records[0].TABLE: frozenset(r.uuid for r in self._records)}


class UpdateRecord(Edit):
    """Change fields of an existing record; the old version is kept for undo."""

    def __init__(self, store: EditableStore, record_type: type[Record], uuid: str, changes: Mapping[str, Any], label: str | None = None) -> None:
        old = store.get(record_type, uuid)
        if old is None:
            raise KeyError(f"No {record_type.LABEL.lower()} with id {uuid}")
        names = {f.name for f in dataclasses.fields(record_type)}
        unknown = set(changes) - names
        if unknown:
            raise ValueError(f"Unknown field(s): {', '.join(sorted(unknown))}")
        self._old = copy.deepcopy(old)
        self._new = dataclasses.replace(copy.deepcopy(old), **changes, updated_at=utc_now())
        self.label = label or arg(Edits.tr("Edit %1", "%1 is a kind of record: “audit point”"),
                                  kind_noun(type(old)))

    def apply(self, store: EditableStore) -> Change:
        store.replace(self._new)
        return change_for_table(self._new.TABLE)

    def revert(self, store: EditableStore) -> Change:
        store.replace(self._old)
        return change_for_table(self._old.TABLE)

    def touched_records(self) -> dict[str, frozenset[str]] | None:
        return {self._old.TABLE: frozenset({self._old.uuid})}


class DeleteRecord(Edit):
    """Delete a record; undo puts it back with the same identity."""

    def __init__(self, store: EditableStore, record_type: type[Record], uuid: str, label: str | None = None) -> None:
        old = store.get(record_type, uuid)
        if old is None:
            raise KeyError(f"No {record_type.LABEL.lower()} with id {uuid}")
        self._old = old
        self.label = label or arg(Edits.tr("Delete %1", "%1 is a kind of record: “audit point”"),
                                  kind_noun(type(old)))

    def apply(self, store: EditableStore) -> Change:
        store.delete(type(self._old), self._old.uuid)
        return change_for_table(self._old.TABLE)

    def revert(self, store: EditableStore) -> Change:
        store.insert(self._old)
        return change_for_table(self._old.TABLE)

    def touched_records(self) -> dict[str, frozenset[str]] | None:
        return {self._old.TABLE: frozenset({self._old.uuid})}


class EditGroup(Edit):
    """Several edits made and undone as one step, in one transaction: all or nothing."""

    def __init__(self, edits: list[Edit], label: str) -> None:
        if not edits:
            raise ValueError("An edit group needs at least one edit")
        self._edits = list(edits)
        self.label = label

    def apply(self, store: EditableStore) -> Change:
        change = Change.NONE
        with store.atomic():
            for edit in self._edits:
                change |= edit.apply(store)
        return change

    def revert(self, store: EditableStore) -> Change:
        change = Change.NONE
        with store.atomic():
            for edit in reversed(self._edits):
                change |= edit.revert(store)
        return change

    def touched_records(self) -> dict[str, frozenset[str]] | None:
        touched: dict[str, frozenset[str]] = {}
        for edit in self._edits:
            records = edit.touched_records()
            if records is None:
                return None
            for table, uuids in records.items():
                touched[table] = touched.get(table, frozenset()) | uuids
        return touched

