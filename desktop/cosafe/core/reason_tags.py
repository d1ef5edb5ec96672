"""What people read for a project's reason tags, in the reader's language.

Contract: ``shown_tag_label(tag, own)`` is one tag's label: the label its facilitator gave
in the reader's language (``own``, from ``core.label_translations``), else a built-in
tag's catalogue label, else the label as typed (``vocabulary.stored_label``).
``reason_tag_labels(store)`` reads every tag and its labels once: key -> label shown.
"""

from __future__ import annotations

from collections.abc import Mapping

from cosafe.core.label_translations import translations_of
from cosafe.core.records import ReasonTag
from cosafe.core.vocabulary import DEFAULT_REASON_TAGS, stored_label


def shown_tag_label(tag: ReasonTag, own: Mapping[str, Mapping[str, str]] | None = None) -> str:
    """``tag``'s label in the reader's language; ``own`` is its labels (field -> language -> text)."""
    return stored_label(DEFAULT_REASON_TAGS, tag.key, tag.label, (own or {}).get("label"))


def tag_translations(store) -> dict[str, dict[str, dict[str, str]]]:
    """Tag UUID -> field -> language -> text (``label_translations.translations_of``)."""
    return translations_of(store, ReasonTag.TABLE)


def reason_tag_labels(store, tags: list[ReasonTag] | None = None) -> dict[str, str]:
    """Tag key -> the label people read, for every tag of the project (or ``tags``)."""
    own = tag_translations(store)
    return {tag.key: shown_tag_label(tag, own.get(tag.uuid)) for tag in (store.list(ReasonTag) if tags is None
                                                                          else tags)}
