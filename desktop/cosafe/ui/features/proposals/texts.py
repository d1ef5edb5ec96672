"""How proposals and their fields read in lists, tables, labels and legends.

Contract (only reads): ``proposal_name`` is how a proposal is named in undo labels
and lists; ``principle_text``, ``intervention_text``, ``beneficiaries_text``,
``day_night_text`` and ``cost_text`` are a field's words ("—" when empty);
``touches_workshop`` tells a panel showing one workshop whether an edit concerns it.
``PROPOSALS`` is the proposals' overlay key of an exported map.
"""

from __future__ import annotations

from cosafe.core.records import Proposal
from cosafe.core.vocabulary import BENEFICIARIES, CPTED_PRINCIPLES, DAY_NIGHT, INTERVENTION_TYPES, label_of
from cosafe.store.project_store import ProjectStore
from cosafe.ui.features.proposals.words import Proposals
from cosafe.ui.kit.numbers import grouped

PROPOSALS = "proposals"


def proposal_name(proposal: Proposal) -> str:
    """The title people gave the proposal, or a neutral stand-in when it has none."""
    return proposal.title.strip() or Proposals.tr("Untitled proposal")


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
    return "—" if cost is None else grouped(cost)


def touches_workshop(store: ProjectStore, uuids: frozenset[str], shown: set[str], workshop_uuid: str) -> bool:
    """Whether any of these proposals is one of ``shown`` or now belongs to ``workshop_uuid``.

    A panel that shows one workshop skips re-reading after edits of other workshops' proposals.
    """
    for uuid in uuids:
        proposal = store.get(Proposal, uuid)
        if uuid in shown or (proposal is not None and proposal.workshop_uuid == workshop_uuid):
            return True
    return False
