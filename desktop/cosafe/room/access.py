"""Who may use the room: its code, and the tokens participants are given when they join.

Contract:
- ``new_room_code()`` is six characters drawn with ``secrets`` from an alphabet without
  look-alikes (no 0/O, 1/I/L), so it can be read off a projector and typed on a phone.
  ``code_matches(given, code)`` compares without regard to case or surrounding spaces,
  in constant time.
- ``Tokens`` hands out random bearer tokens (``secrets.token_urlsafe``, 256 bits) and
  says who holds one. Tokens live in memory only: ``close()`` forgets every one, so
  they end when the room closes, and a room opened again has none of the old ones.
  ``forget(participant_uuid)`` ends the tokens of one participant (a participant
  removed by the facilitator). Safe to use from several threads.
"""

from __future__ import annotations

import secrets
import threading
from dataclasses import dataclass

CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
CODE_LENGTH = 6


def new_room_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def code_matches(given: object, code: str) -> bool:
    """Whether ``given`` (what a request sent, of any type) is the room's ``code``."""
    if not isinstance(given, str):
        return False
    return secrets.compare_digest(given.strip().upper().encode("utf-8"), code.encode("utf-8"))


@dataclass(frozen=True)
class Holder:
    """The participant a token was given to: their record, sign-in code and group."""

    participant_uuid: str
    code: str
    group_uuid: str | None


class Tokens:
    """Bearer tokens of the room's participants (see the module contract)."""

    def __init__(self) -> None:
        self._holders: dict[str, Holder] = {}
        self._lock = threading.Lock()
        self._closed = False

    def issue(self, holder: Holder) -> str:
        """A new token for ``holder``; RuntimeError once the room is closed."""
        token = secrets.token_urlsafe(32)
        with self._lock:
            if self._closed:
                raise RuntimeError("the room is closed")
            self._holders[token] = holder
        return token

    def holder(self, token: str) -> Holder | None:
        """Who holds ``token``, or None for a token never issued, forgotten, or of a closed room."""
        with self._lock:
            # A dict lookup by the token itself: its hash, not a comparison that stops at the
            # first differing character, decides; and tokens are 256 random bits.
            return self._holders.get(token)

    def holders(self) -> list[Holder]:
        """Everyone who holds a token now (the facilitator's "who is connected", by code only)."""
        with self._lock:
            return list(dict.fromkeys(self._holders.values()))

    def forget(self, participant_uuid: str) -> None:
        with self._lock:
            for token in [t for t, h in self._holders.items() if h.participant_uuid == participant_uuid]:
                del self._holders[token]

    def close(self) -> None:
        with self._lock:
            self._holders.clear()
            self._closed = True
