"""The words of recording perceptions that reach a person, for code outside a widget (see docs/TRANSLATING.md).

Widgets and dialogs mark their own words with ``self.tr`` (their class is the context);
module functions and constants of this feature use:

- ``Audits``: recording audit walks, audit points and perception pins — how a participant
  is listed, the map tools' messages, the table headings kept in constants.
"""

from __future__ import annotations

from cosafe.core.i18n import Context


class Audits(Context):
    """Recording audit walks, their points and perception pins."""
