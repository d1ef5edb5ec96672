"""The room code, the tokens and the per-device rate limiter, without a server."""

from __future__ import annotations

import pytest

from cosafe.room.access import CODE_ALPHABET, CODE_LENGTH, Holder, Tokens, code_matches, new_room_code
from cosafe.room.limits import RateLimiter


def test_room_codes_are_six_readable_characters_and_differ():
    codes = {new_room_code() for _ in range(200)}
    assert len(codes) == 200
    for code in codes:
        assert len(code) == CODE_LENGTH and set(code) <= set(CODE_ALPHABET)
        assert not set(code) & set("0O1IL")


@pytest.mark.parametrize("given, expected", [("K7P2Q9", True), (" k7p2q9 ", True), ("K7P2Q8", False), ("", False),
                                             (None, False), (123456, False), ("K7P2Q9X", False)])
def test_a_code_matches_whatever_its_case(given, expected):
    assert code_matches(given, "K7P2Q9") is expected


def test_tokens_name_their_holder_until_forgotten_or_closed():
    tokens = Tokens()
    amina, baraka = Holder("uuid-1", "P01", "group-a"), Holder("uuid-2", "P02", None)
    first, second, again = tokens.issue(amina), tokens.issue(baraka), tokens.issue(amina)
    assert len({first, second, again}) == 3
    assert tokens.holder(first) == amina and tokens.holder(second) == baraka
    assert tokens.holders() == [amina, baraka]
    tokens.forget("uuid-1")
    assert tokens.holder(first) is None and tokens.holder(again) is None and tokens.holder(second) == baraka
    tokens.close()
    assert tokens.holder(second) is None and tokens.holders() == []
    with pytest.raises(RuntimeError):
        tokens.issue(amina)


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_the_rate_limiter_allows_a_burst_then_refills_per_key():
    clock = Clock()
    limiter = RateLimiter(burst=3, per_second=2, clock=clock)
    assert [limiter.take("a") for _ in range(3)] == [0, 0, 0]
    assert limiter.take("a") == pytest.approx(0.5)
    assert limiter.take("b") == 0  # another device has its own bucket
    clock.now += 0.5
    assert limiter.take("a") == 0
    assert limiter.take("a") == pytest.approx(0.5)
    clock.now += 60
    assert [limiter.take("a") for _ in range(4)][:3] == [0, 0, 0]  # refilled to the burst, no more


def test_the_rate_limiter_forgets_full_buckets_when_it_holds_many(monkeypatch):
    clock = Clock()
    limiter = RateLimiter(burst=2, per_second=1, clock=clock)
    monkeypatch.setattr(RateLimiter, "_MAX_KEYS", 10)
    for key in range(10):
        limiter.take(f"old-{key}")
    clock.now += 10  # every old bucket has filled up again
    limiter.take("new-0")
    limiter.take("new-1")
    assert len(limiter._buckets) <= 2
