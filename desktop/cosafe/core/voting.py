"""Dot voting on proposals: budgets and tallies.

Each participant (or a group voting as one) has ``votes_per_participant`` dots per
workshop to place on proposals, several on one proposal if they like. The tally
ranks proposals by dots; proposals with equal dots share a rank (1, 2, 2, 4).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from cosafe.core.records import Vote
from cosafe.core.i18n import arg
from cosafe.core.words import Workshops


class VoteBudgetError(ValueError):
    """A voter tried to place more dots than they have."""


@dataclass(frozen=True)
class ProposalTally:
    proposal_uuid: str
    dots: int
    voters: int  # distinct participants or groups who put dots on it
    rank: int


def voter_key(vote: Vote) -> str:
    """Who placed a vote: the participant, else the group voting as one."""
    return f"participant:{vote.participant_uuid}" if vote.participant_uuid else f"group:{vote.group_uuid}"


def dots_used(votes: Iterable[Vote], voter: str, workshop_uuid: str | None) -> int:
    """Dots ``voter`` (a ``voter_key``) has placed in one workshop."""
    return sum(v.dots for v in votes if voter_key(v) == voter and v.workshop_uuid == workshop_uuid)


def check_budget(votes: Iterable[Vote], new: Vote, allowance: int) -> None:
    """Raise VoteBudgetError if ``new`` would take its voter past ``allowance`` dots."""
    if not new.participant_uuid and not new.group_uuid:
        raise VoteBudgetError(Workshops.tr("A vote must say which participant or group placed it"))
    used = dots_used(votes, voter_key(new), new.workshop_uuid)
    if used + new.dots > allowance:
        left = max(0, allowance - used)
        raise VoteBudgetError(arg(Workshops.tr("Only %1 of %Ln dots left for this voter", "", allowance), left))


def tally(votes: Iterable[Vote], proposal_uuids: Iterable[str]) -> list[ProposalTally]:
    """Rank every proposal in ``proposal_uuids`` by dots (those without votes last, with 0)."""
    dots: Counter[str] = Counter()
    voters: dict[str, set[str]] = defaultdict(set)
    for vote in votes:
        dots[vote.proposal_uuid] += vote.dots
        voters[vote.proposal_uuid].add(voter_key(vote))
    ordered = sorted(proposal_uuids, key=lambda uuid: -dots[uuid])
    result: list[ProposalTally] = []
    for position, uuid in enumerate(ordered, start=1):
        rank = result[-1].rank if result and result[-1].dots == dots[uuid] else position
        result.append(ProposalTally(uuid, dots[uuid], len(voters[uuid]), rank))
    return result
