"""The words of the room (see docs/TRANSLATING.md).

- ``Room``: what a phone is told — the form's questions, the API's refusals — and the
  room's lines on the command line (``Room open: …``). The phone hears them in the
  project's language (its report language, else the language the room was opened in).
"""

from __future__ import annotations

from cosafe.core.i18n import Context


class Room(Context):
    """The room: participants' phones on the laptop's local network — its API's messages and the room's lines."""
