"""The paper feature's words outside its widgets (see docs/TRANSLATING.md).

- ``PaperReview``: why a detection on a photographed sheet is flagged for a person to check.
"""

from __future__ import annotations

from cosafe.core.i18n import Context


class PaperReview(Context):
    """The review of a photographed group map: the dots found on it, and why one needs checking."""
