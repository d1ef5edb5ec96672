"""The workshops feature's words outside its widgets, one context per topic (see docs/TRANSLATING.md).

- ``WorkshopBar``: the Workshop and Group choosers above the map.
- ``GroupColours``: the names of the group colours in the colour picker (``core.palette.GROUP_COLOUR_NAMES``).
- ``SignIn``: the sign-in sheet and its table (people, their codes and what they ticked).
"""

from __future__ import annotations

from cosafe.core.i18n import Context, translate
from cosafe.core.palette import GROUP_COLOUR_NAMES


class WorkshopBar(Context):
    """The "Workshop:" and "Group:" choosers in the bar above the map."""


class GroupColours(Context):
    """A group colour's name, as the colour picker of the group dialog says it."""


class SignIn(Context):
    """Signing people in to a workshop: the sheet, its table and what it counts."""


def colour_name(value: str) -> str:
    """The group colour ``value`` by its name in the reader's language (the value itself if it has none)."""
    name = GROUP_COLOUR_NAMES.get(value.upper()) or GROUP_COLOUR_NAMES.get(value)
    return translate("GroupColours", name) if name else value
