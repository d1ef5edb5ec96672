"""Editing a project's audit criteria set without changing the meaning of scores already made.

Contract:
- ``active_criteria(store)`` is the set new walks use, with its criteria by position and
  retired ones left out. With several active sets (files merged from two laptops) the
  highest version wins; with none active, the highest version of any set.
- Each ``*_edit`` builder returns ONE Edit (one undo step, one transaction) or raises
  ``CriteriaSetError`` with a one-line reason, having changed nothing.
- Versioning: when scores were already made with the active set, adding, renaming or
  retiring a criterion makes a new version instead (version + 1, ``based_on_uuid`` = the
  old set, the old set no longer active, every criterion copied with the same key and
  the change applied to the copy). Old scores keep pointing at the old set's criteria.
  Reordering never alters meaning, so it never makes a version.
- ``remove_criterion_edit`` deletes a criterion only when no score uses it; otherwise it
  is refused ("… would orphan N scores; retire it instead").
- Labels in other languages (``core.label_translations``): ``add_criterion_edit`` and
  ``rename_criterion_edit`` take them (field -> language -> text) and change them in the
  same undo step; a new version copies every label of the set and its criteria to the
  copies; removing a criterion removes its labels with it.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping, Sequence

from cosafe.core.criteria import criterion_label
from cosafe.core.edits import AddRecord, DeleteRecord, Edit, EditGroup, UpdateRecord
from cosafe.core.i18n import arg
from cosafe.core.label_translations import (Wanted, cleaned, copied_translations, own_labels, removed_translations,
                                            translations_edits, translations_of)
from cosafe.core.records import AuditScore, Criterion, CriteriaSet
from cosafe.core.words import Criteria, Edits


class CriteriaSetError(ValueError):
    """A criteria set change was refused; the message is one line a person can act on."""


def active_criteria(store) -> tuple[CriteriaSet, list[Criterion]]:
    """The active criteria set and its criteria in position order, without retired ones."""
    sets = store.list(CriteriaSet)
    if not sets:
        raise CriteriaSetError(Criteria.tr("The project has no criteria set"))
    active = [s for s in sets if s.is_active] or sets
    chosen = max(active, key=lambda s: (s.version, s.created_at))
    return chosen, criteria_of_set(store, chosen.uuid, include_retired=False)


def criteria_of_set(store, set_uuid: str, include_retired: bool = True) -> list[Criterion]:
    """The criteria of one set by position (retired ones too unless asked otherwise)."""
    where = "set_uuid = ?" + ("" if include_retired else " AND retired = 0")
    return store.list(Criterion, where, (set_uuid,), order_by="position, fid")


def scores_using(store, criterion_uuids: Sequence[str]) -> int:
    """How many audit scores were made on any of ``criterion_uuids``."""
    uuids = list(criterion_uuids)
    total = 0
    for start in range(0, len(uuids), 500):  # stay well under SQLite's parameter limit
        chunk = uuids[start:start + 500]
        total += store.count(AuditScore, f"criterion_uuid IN ({', '.join('?' * len(chunk))})", chunk)
    return total


def make_key(label: str, taken: set[str]) -> str:
    """A criterion key from its label ("CCTV / cameras" -> "cctv_cameras"), unique among ``taken``."""
    base = re.sub(r"[^a-z0-9]+", "_", label.lower()).strip("_") or "criterion"
    key, counter = base, 1
    while key in taken:
        counter += 1
        key = f"{base}_{counter}"
    return key


def add_criterion_edit(store, label: str, good_means: str = "", is_outcome: bool = False,
                       translations: Wanted | None = None) -> Edit:
    """Add a criterion at the end of the active set (in a new version if the set has scores), with its
    label and meaning in other languages (``translations``: field -> language -> text)."""
    criteria_set, current = active_criteria(store)
    label = _checked_label(label, current)
    if is_outcome and any(c.is_outcome for c in current):
        outcome = next(c for c in current if c.is_outcome)
        raise CriteriaSetError(arg(Criteria.tr("The set already has an outcome criterion (“%1”)"), _shown(outcome)))
    every = criteria_of_set(store, criteria_set.uuid)
    new = Criterion(set_uuid=criteria_set.uuid, key=make_key(label, {c.key for c in every}), label=label,
                    good_means=good_means.strip(), position=max((c.position for c in every), default=-1) + 1,
                    is_outcome=is_outcome)
    title = arg(Edits.tr("Add criterion “%1”"), label)
    labels = cleaned(translations or {}, "criteria")
    if not _has_scores(store, every):
        edits: list[Edit] = [AddRecord(new, label=title)]
        edits += copied_translations("criteria", {new.uuid: new.uuid}, {new.uuid: labels}, title)
        return edits[0] if len(edits) == 1 else EditGroup(edits, title)
    return _new_version(store, criteria_set, every, {}, [new], title, {new.uuid: labels})


def rename_criterion_edit(store, criterion_uuid: str, label: str, good_means: str,
                          translations: Wanted | None = None) -> Edit:
    """Change a criterion's label and what 3 means, and with ``translations`` (field -> language ->
    text, all of them: a language left out loses its label) its labels in other languages; a new
    version if the set has scores."""
    criteria_set, current, criterion = _find_active(store, criterion_uuid)
    label = _checked_label(label, [c for c in current if c.uuid != criterion_uuid])
    changes = {"label": label, "good_means": good_means.strip()}
    old_labels = own_labels(store, "criteria", criterion_uuid)
    labels = old_labels if translations is None else cleaned(translations, "criteria")
    same_text = all(getattr(criterion, name) == value for name, value in changes.items())
    if same_text and labels == old_labels:
        raise CriteriaSetError(arg(Criteria.tr("“%1” already has that name and meaning"), _shown(criterion)))
    title = (arg(Edits.tr("Rename criterion “%1” to “%2”"), _shown(criterion), label) if label != criterion.label
             else arg(Edits.tr("Edit criterion “%1”"), _shown(criterion)))
    every = criteria_of_set(store, criteria_set.uuid)
    if not _has_scores(store, every):
        edits: list[Edit] = [] if same_text else [UpdateRecord(store, Criterion, criterion_uuid, changes, label=title)]
        edits += translations_edits(store, "criteria", criterion_uuid, labels, title)
        return edits[0] if len(edits) == 1 else EditGroup(edits, title)
    return _new_version(store, criteria_set, every, {criterion_uuid: changes}, [], title, {criterion_uuid: labels})


def retire_criterion_edit(store, criterion_uuid: str) -> Edit:
    """Stop scoring a criterion; old scores on it stay (a new version if the set has scores)."""
    criteria_set, current, criterion = _find_active(store, criterion_uuid)
    if not any(not c.is_outcome for c in current if c.uuid != criterion_uuid) and not criterion.is_outcome:
        raise CriteriaSetError(arg(Criteria.tr("“%1” is the last scored criterion; add another before retiring it"),
                                   _shown(criterion)))
    title = arg(Edits.tr("Retire criterion “%1”"), _shown(criterion))
    every = criteria_of_set(store, criteria_set.uuid)
    if not _has_scores(store, every):
        return UpdateRecord(store, Criterion, criterion_uuid, {"retired": True}, label=title)
    return _new_version(store, criteria_set, every, {criterion_uuid: {"retired": True}}, [], title)


def remove_criterion_edit(store, criterion_uuid: str) -> Edit:
    """Delete a criterion no score uses; refused (suggesting retire) when scores use it."""
    criterion = store.get(Criterion, criterion_uuid)
    if criterion is None:
        raise CriteriaSetError(Criteria.tr("That criterion is no longer in the project"))
    used = scores_using(store, [criterion_uuid])
    if used:
        raise CriteriaSetError(arg(Criteria.tr("Removing “%1” would orphan %Ln scores; retire it instead", "", used),
                                   _shown(criterion)))
    remaining = criteria_of_set(store, criterion.set_uuid, include_retired=False)
    if not criterion.retired and not criterion.is_outcome and not any(
            not c.is_outcome for c in remaining if c.uuid != criterion_uuid):
        raise CriteriaSetError(arg(Criteria.tr("“%1” is the last scored criterion; add another before removing it"),
                                   _shown(criterion)))
    title = arg(Edits.tr("Remove criterion “%1”"), _shown(criterion))
    edits: list[Edit] = [DeleteRecord(store, Criterion, criterion_uuid, label=title)]
    edits += removed_translations(store, "criteria", criterion_uuid, title)
    return edits[0] if len(edits) == 1 else EditGroup(edits, title)


def reorder_criteria_edit(store, ordered_uuids: Sequence[str]) -> Edit:
    """Put the active set's criteria in the given order (retired ones, if not given, go last).

    ``ordered_uuids`` lists every unretired criterion of the active set once, or every
    criterion of it. Never makes a new version: order does not change what a score means.
    """
    criteria_set, current = active_criteria(store)
    every = criteria_of_set(store, criteria_set.uuid)
    given = list(ordered_uuids)
    if len(set(given)) != len(given) or set(given) not in ({c.uuid for c in current}, {c.uuid for c in every}):
        raise CriteriaSetError(Criteria.tr("The new order must list each criterion of the active set once"))
    by_uuid = {c.uuid: c for c in every}
    order = given + [c.uuid for c in every if c.uuid not in set(given)]
    label = Edits.tr("Reorder criteria")
    edits: list[Edit] = [UpdateRecord(store, Criterion, uuid, {"position": position}, label=label)
                         for position, uuid in enumerate(order) if by_uuid[uuid].position != position]
    if not edits:
        raise CriteriaSetError(Criteria.tr("The criteria are already in that order"))
    return EditGroup(edits, label)


def _find_active(store, criterion_uuid: str) -> tuple[CriteriaSet, list[Criterion], Criterion]:
    """The active set, its unretired criteria, and the one asked for (which must be among them)."""
    criteria_set, current = active_criteria(store)
    criterion = next((c for c in current if c.uuid == criterion_uuid), None)
    if criterion is None:
        raise CriteriaSetError(Criteria.tr("Only criteria of the active set that are not retired can be changed"))
    return criteria_set, current, criterion


def _checked_label(label: str, others: Sequence[Criterion]) -> str:
    label = " ".join(label.split())
    if not label:
        raise CriteriaSetError(Criteria.tr("A criterion needs a name"))
    if any(c.label.casefold() == label.casefold() for c in others):
        raise CriteriaSetError(arg(Criteria.tr("There is already a criterion “%1”"), label))
    return label


def _has_scores(store, criteria: Sequence[Criterion]) -> bool:
    return scores_using(store, [c.uuid for c in criteria]) > 0


def _new_version(store, old: CriteriaSet, criteria: Sequence[Criterion], changes: dict[str, dict[str, object]],
                 added: Sequence[Criterion], label: str, labels: Mapping[str, Wanted] | None = None) -> Edit:
    """One EditGroup: retire ``old`` as active, add its next version with the criteria copied
    (``changes`` applied by criterion uuid) and ``added`` appended. Every label in other languages
    of the set and its criteria is copied; ``labels`` (criterion uuid -> field -> language -> text)
    replaces those of the criteria it names."""
    version = CriteriaSet(name=old.name, version=old.version + 1, based_on_uuid=old.uuid, is_active=True)
    copies = [Criterion(set_uuid=version.uuid, key=c.key, label=c.label, good_means=c.good_means,
                        position=c.position, is_outcome=c.is_outcome, retired=c.retired) for c in criteria]
    copies = [dataclasses.replace(copy, **changes.get(c.uuid, {})) for copy, c in zip(copies, criteria)]
    copies += [dataclasses.replace(c, set_uuid=version.uuid) for c in added]
    edits: list[Edit] = [UpdateRecord(store, CriteriaSet, old.uuid, {"is_active": False}, label=label),
                         AddRecord(version, label=label)]
    edits += [AddRecord(copy, label=label) for copy in copies]
    own = translations_of(store, "criteria")
    own.update(labels or {})
    edits += copied_translations("criteria_sets", {old.uuid: version.uuid},
                                 {old.uuid: own_labels(store, "criteria_sets", old.uuid)}, label)
    edits += copied_translations("criteria", {c.uuid: copy.uuid for c, copy in zip(
        [*criteria, *added], copies)}, own, label)
    return EditGroup(edits, arg(Edits.tr("%1 (criteria set version %2)", "%1 is the change, e.g. Add criterion “CCTV”"),
                                label, version.version))


def _shown(criterion: Criterion) -> str:
    """The criterion's name as people read it (a built-in one in their language)."""
    return criterion_label(criterion.key, criterion.label)
