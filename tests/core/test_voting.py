"""Dot-vote budgets and tallies, against hand-counted examples."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cosafe.core.records import Vote
from cosafe.core.voting import VoteBudgetError, check_budget, tally


def vote(proposal: str, participant: str | None = None, group: str | None = None, dots: int = 1, workshop="w1") -> Vote:
    return Vote(proposal_uuid=proposal, participant_uuid=participant, group_uuid=group, dots=dots, workshop_uuid=workshop)


def test_tally_ranks_with_shared_places():
    votes = [vote("lights", "ana", dots=2), vote("lights", "ben"), vote("toilets", "ana"),
             vote("crossing", "cai", dots=2), vote("toilets", group="youth", dots=1)]
    result = tally(votes, ["toilets", "lights", "crossing", "benches"])
    assert [(t.proposal_uuid, t.dots, t.voters, t.rank) for t in result] == [
        ("lights", 3, 2, 1), ("toilets", 2, 2, 2), ("crossing", 2, 1, 2), ("benches", 0, 0, 4)]


def test_budget_is_per_voter_and_workshop():
    votes = [vote("lights", "ana", dots=2), vote("toilets", "ana", workshop="w2", dots=3)]
    check_budget(votes, vote("crossing", "ana"), allowance=3)
    with pytest.raises(VoteBudgetError, match="Only 1 of 3 dot"):
        check_budget(votes, vote("crossing", "ana", dots=2), allowance=3)
    check_budget(votes, vote("crossing", "ben", dots=3), allowance=3)
    with pytest.raises(VoteBudgetError, match="which participant or group"):
        check_budget(votes, vote("crossing"), allowance=3)


@given(st.lists(st.tuples(st.sampled_from("abcd"), st.sampled_from("xyz"), st.integers(1, 3)), max_size=30))
def test_tally_keeps_every_dot_and_ranks_never_rise(triples):
    votes = [vote(p, voter, dots=d) for p, voter, d in triples]
    result = tally(votes, list("abcd"))
    assert sum(t.dots for t in result) == sum(d for *_, d in triples)
    assert [t.rank for t in result] == sorted(t.rank for t in result)
    assert all(a.dots >= b.dots for a, b in zip(result, result[1:]))
