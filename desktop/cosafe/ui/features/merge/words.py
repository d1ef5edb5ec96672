"""The merge feature's words outside its widgets, one context per topic (see docs/TRANSLATING.md).

- ``MergeConflicts``: the field-by-field comparison of a conflict and the names of its records.
- ``MergePreview``: what merging a file would do, counted record by record.
- ``Provenance``: which laptop and which group made a record.
- ``HandOut``: File › Hand Out Field Copy, outside its dialog.
"""

from __future__ import annotations

from cosafe.core.i18n import Context


class MergeConflicts(Context):
    """A record changed on two laptops: its fields, mine beside theirs."""


class MergePreview(Context):
    """The preview of File › Merge Projects: what merging each file would add, update or hold aside."""


class Provenance(Context):
    """Which laptop (by the name people gave it) and which group made a record."""


class HandOut(Context):
    """File › Hand Out Field Copy: a copy of the project for a field team's laptop."""
