"""The words of paper sheets that reach a person (see docs/TRANSLATING.md).

- ``Sheets``: the printed group maps (title, legend, notes) and what reading a photo of
  one back says (why a photo is refused, what was found).
"""

from __future__ import annotations

from cosafe.core.i18n import Context


class Sheets(Context):
    """Printed group maps and reading them back from a photo."""
