"""A facilitator's own criteria, criteria sets and reason tags in several languages.

Built-in words (the default criteria, the default reason tags) are translated by the
catalogue. What a facilitator typed is not: it is kept as typed, and beside it the
facilitator may give its label in any language CoSafe speaks. Those labels are
``LabelTranslation`` records (table ``label_translations``, schema v4), one per
(labelled table, record, field, language).

Contract:
- ``Own`` is one field's labels of one record: language code → text (no empty texts).
- ``in_language(own)`` is the label in the reader's language (``i18n.language()``, which
  a report in another language sets too), or None when the record has none.
- ``translations_of(store, table)`` reads a table's labels once: record UUID → field →
  ``Own``. Reading a list of criteria or tags costs one query, not one per row.
- ``translations_edits(store, table, uuid, wanted)`` builds the edits that make a
  record's labels ``wanted`` (field → language → text; an empty or missing text takes
  a label back): an ``AddRecord`` for a new one, an ``UpdateRecord`` for a changed one.
  A label taken back is kept with an empty text rather than deleted, so that it travels
  in a merge (deletions do not). The caller groups them into one undo step, or
  ``translations_edit`` does (None when nothing changes).
- ``copied_translations`` / ``removed_translations``: the same labels for a copy of a
  record (a criteria set's new version), or deleted with the record itself.
- ``translation_uuid(table, uuid, field, language)`` is a label's UUID, the same in
  every file, so two laptops labelling one record in one language meet in a merge.
"""

from __future__ import annotations

import uuid as uuid_module
from collections.abc import Mapping

from cosafe.core.edits import AddRecord, DeleteRecord, Edit, EditGroup, UpdateRecord
from cosafe.core.i18n import LANGUAGES, language
from cosafe.core.records import LabelTranslation

Own = Mapping[str, str]  # language code -> the label in it
Wanted = Mapping[str, Mapping[str, str]]  # field -> language -> text

# What may be labelled: table -> its fields holding text a facilitator typed.
TRANSLATED_FIELDS: dict[str, tuple[str, ...]] = {
    "criteria_sets": ("name",),
    "criteria": ("label", "good_means"),
    "reason_tags": ("label",),
}
_NAMESPACE = uuid_module.UUID("5f0c2b8e-3a4d-4c55-9a51-6c0f5e0a7b19")  # CoSafe's, for label UUIDs


def translation_uuid(table: str, record_uuid: str, field: str, code: str) -> str:
    """The UUID of one label, derived from what it labels (the same in every file)."""
    return str(uuid_module.uuid5(_NAMESPACE, f"{table}/{record_uuid}/{field}/{code}"))


def in_language(own: Own | None) -> str | None:
    """The label in the reader's language, or None when there is none."""
    if not own:
        return None
    return own.get(language()) or None


def translations_of(store, table: str) -> dict[str, dict[str, dict[str, str]]]:
    """Record UUID -> field -> language -> text, for every label of ``table`` (empty ones left out)."""
    found: dict[str, dict[str, dict[str, str]]] = {}
    for label in store.list(LabelTranslation, "table_name = ? AND text != ''", (table,)):
        found.setdefault(label.record_uuid, {}).setdefault(label.field_name, {})[label.language] = label.text
    return found


def own_labels(store, table: str, record_uuid: str) -> dict[str, dict[str, str]]:
    """Field -> language -> text of one record."""
    found: dict[str, dict[str, str]] = {}
    for label in store.list(LabelTranslation, "table_name = ? AND record_uuid = ? AND text != ''",
                            (table, record_uuid)):
        found.setdefault(label.field_name, {})[label.language] = label.text
    return found


def cleaned(wanted: Wanted, table: str) -> dict[str, dict[str, str]]:
    """``wanted`` with texts trimmed to one line, empty ones, unknown fields and languages left out."""
    fields = TRANSLATED_FIELDS[table]
    result: dict[str, dict[str, str]] = {}
    for field, texts in wanted.items():
        if field not in fields:
            raise ValueError(f"{table} has no translated field {field!r}")
        kept = {code: " ".join(text.split()) for code, text in texts.items() if code in LANGUAGES}
        kept = {code: text for code, text in kept.items() if text}
        if kept:
            result[field] = kept
    return result


def translations_edits(store, table: str, record_uuid: str, wanted: Wanted, label: str) -> list[Edit]:
    """The edits making ``record_uuid``'s labels ``wanted`` (nothing when they already are)."""
    wanted = cleaned(wanted, table)
    stored = {(t.field_name, t.language): t
              for t in store.list(LabelTranslation, "table_name = ? AND record_uuid = ?", (table, record_uuid))}
    edits: list[Edit] = []
    for field in TRANSLATED_FIELDS[table]:
        for code in LANGUAGES:
            text = wanted.get(field, {}).get(code, "")
            old = stored.get((field, code))
            if old is None:
                if text:
                    edits.append(AddRecord(LabelTranslation(
                        uuid=translation_uuid(table, record_uuid, field, code), table_name=table,
                        record_uuid=record_uuid, field_name=field, language=code, text=text), label=label))
            elif old.text != text:
                edits.append(UpdateRecord(store, LabelTranslation, old.uuid, {"text": text}, label=label))
    return edits


def copied_translations(table: str, copies: Mapping[str, str], labels: Mapping[str, Wanted],
                        label: str) -> list[Edit]:
    """``AddRecord``s giving each copy (new UUID, from ``copies``: old UUID -> new) the labels of its
    original (``labels``: old UUID -> field -> language -> text, as ``translations_of`` reads them)."""
    edits: list[Edit] = []
    for old, new in copies.items():
        known = {field: texts for field, texts in labels.get(old, {}).items() if field in TRANSLATED_FIELDS[table]}
        for field, texts in cleaned(known, table).items():
            for code, text in texts.items():
                edits.append(AddRecord(LabelTranslation(
                    uuid=translation_uuid(table, new, field, code), table_name=table, record_uuid=new,
                    field_name=field, language=code, text=text), label=label))
    return edits


def translations_edit(store, table: str, record_uuid: str, wanted: Wanted, label: str) -> Edit | None:
    """One undo step making a record's labels ``wanted``, or None when they already are."""
    edits = translations_edits(store, table, record_uuid, wanted, label)
    if not edits:
        return None
    return edits[0] if len(edits) == 1 else EditGroup(edits, label)


def removed_translations(store, table: str, record_uuid: str, label: str) -> list[Edit]:
    """``DeleteRecord``s of every label of a record that is itself deleted."""
    return [DeleteRecord(store, LabelTranslation, t.uuid, label=label)
            for t in store.list(LabelTranslation, "table_name = ? AND record_uuid = ?", (table, record_uuid))]
