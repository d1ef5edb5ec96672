"""What the proposal and voting panels share: the interfaces they code against and label helpers.

Contract: ``ProposalSelection`` and ``WorkshopContext`` are the shapes the panels
expect of ``window.proposal_selection`` and ``window.workshop_context`` (built
elsewhere); the panels accept any object with those members, or None. The
helpers here only read: ``proposal_name`` is how a proposal is named in undo
labels and lists, ``groups_by_uuid`` / ``swatch`` show a group's colour.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QObject, Signal

from cosafe.core.records import Group, Proposal
from cosafe.core.vocabulary import BENEFICIARIES, CPTED_PRINCIPLES, DAY_NIGHT, INTERVENTION_TYPES, label_of
from cosafe.store.project_store import ProjectStore

ALL = ""  # the key of an "All" entry in a filter combo
PROPOSALS = "proposals"  # the proposals' overlay of an exported map


class SignalLike(Protocol):
    def connect(self, slot: object) -> object: ...
    def disconnect(self, slot: object) -> object: ...


class ProposalSelection(Protocol):
    """The map's proposal selection: read, set, and told when it changes."""

    selected_uuids: list[str]
    selection_changed: SignalLike  # emits list[str]

    def select(self, uuids: list[str]) -> None: ...


class WorkshopContext(Protocol):
    """The active workshop and group chosen in the toolbar."""

    workshop_uuid: str | None
    group_uuid: str | None
    changed: SignalLike


def proposal_name(proposal: Proposal) -> str:
    """The title people gave the proposal, or a neutral stand-in when it has none."""
    return proposal.title.strip() or "Untitled proposal"


def principle_text(key: str | None) -> str:
    return label_of(CPTED_PRINCIPLES, key) if key else "—"


def intervention_text(key: str | None) -> str:
    # Project-specific types are stored as typed, so label_of returns them unchanged.
    return label_of(INTERVENTION_TYPES, key) if key else "—"


def beneficiaries_text(keys: list[str]) -> str:
    return ", ".join(label_of(BENEFICIARIES, key) for key in keys) or "—"


def day_night_text(key: str) -> str:
    return label_of(DAY_NIGHT, key)


def cost_text(cost: float | None) -> str:
    return "—" if cost is None else f"{cost:,.0f}"


def groups_by_uuid(store: ProjectStore) -> dict[str, Group]:
    return {group.uuid: group for group in store.list(Group)}


class LocalProposalSelection(QObject):
    """A plain ProposalSelection: used when the window has no map selection (and in tests)."""

    selection_changed = Signal(list)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.selected_uuids: list[str] = []

    def select(self, uuids: list[str]) -> None:
        uuids = list(dict.fromkeys(uuids))  # one entry per proposal, order kept
        if uuids != self.selected_uuids:
            self.selected_uuids = uuids
            self.selection_changed.emit(uuids)


def touches_workshop(store: ProjectStore, uuids: frozenset[str], shown: set[str], workshop_uuid: str) -> bool:
    """Whether any of these proposals is one of ``shown`` or now belongs to ``workshop_uuid``.

    A panel that shows one workshop skips re-reading after edits of other workshops' proposals.
    """
    for uuid in uuids:
        proposal = store.get(Proposal, uuid)
        if uuid in shown or (proposal is not None and proposal.workshop_uuid == workshop_uuid):
            return True
    return False
