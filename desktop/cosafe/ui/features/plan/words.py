"""The plan's words outside any widget, one context per topic (see docs/TRANSLATING.md).

- ``Plan``: how the plan names linked places, an action's timing and priority, and
  the action table's tooltips and timeline cards (module functions and row objects).
- ``PlanMaps``: the titles and captions of the maps in the exported action plan.
"""

from __future__ import annotations

from cosafe.core.i18n import Context


class Plan(Context):
    """The action plan's shared words: linked places, when, priority, an action's partners."""


class PlanMaps(Context):
    """The maps of the exported action plan (PDF): their titles and captions."""
