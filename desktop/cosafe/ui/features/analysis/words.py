"""The words of the perception map and the analysis charts that reach a person (see docs/TRANSLATING.md).

Widgets mark their own words with ``self.tr`` (their class is the context); module
functions, constants and non-Qt code of this feature use these contexts:

- ``PerceptionMap``: the perception layers' names, their legend (in the window and on
  exported maps), the heat map's sources, and what a click on a marker tells.
- ``AnalysisCharts``: the charts' empty states, dimensions and sentences.
"""

from __future__ import annotations

from cosafe.core.i18n import Context


class PerceptionMap(Context):
    """The perception layers on the map: names, legend, heat map sources, identified markers."""


class AnalysisCharts(Context):
    """The Analysis dock's charts: what they compare, their empty states and sentences."""
