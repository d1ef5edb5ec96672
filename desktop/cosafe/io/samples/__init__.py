"""The sample project's generators (see ``project``).

The invented words of the sample — titles, stories, comments, organisations — are
marked where they are defined, ``QT_TRANSLATE_NOOP("Sample", "…")`` (context
``io.words.Sample``), and translated when the sample is written (``said``), so the
sample is written in the language in force (``core.i18n``). Stored keys (criteria,
reason tags, statuses, vocabularies), geometry, counts, seeds and the map's names
are the same in every language.
"""

from __future__ import annotations

from cosafe.core.i18n import translate
from cosafe.io.words import Sample


def said(text: str) -> str:
    """``text``, marked in context ``Sample``, in the language in force; "" stays ""."""
    return translate(Sample.__name__, text) if text else ""
