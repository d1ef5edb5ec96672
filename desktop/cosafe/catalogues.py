"""CoSafe's compiled catalogues as ``core.i18n`` translators, for words below the window.

Contract:
- ``translator_for(code)`` is a ``core.i18n.Translator`` answering in ``code`` from
  ``resources/translations/cosafe_<code>.qm`` (read with Qt's ``QTranslator``: QtCore only, no
  application needed); a string the catalogue does not translate falls back to the
  English text (``core.i18n.english``); English itself needs no catalogue. A count's
  ``%Ln`` is written as ``code`` writes numbers ("12.345" in Spanish). One
  translator per language is kept for the life of the process. An unknown code raises
  ValueError with one line (``core.i18n.check_language``).
- ``speaking(code)`` is ``core.i18n.speaking`` with that translator: the words of a
  report in its own language, whatever the window or the command speaks.
"""

from __future__ import annotations

import functools
from contextlib import AbstractContextManager

from cosafe.bundled import bundled_file
from cosafe.core import i18n


@functools.cache
def translator_for(code: str) -> i18n.Translator:
    i18n.check_language(code)
    if code == "en":
        return i18n.english
    from PySide6.QtCore import QTranslator

    catalogue = QTranslator()
    catalogue.load(f"cosafe_{code}", str(bundled_file("translations")))

    def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        # QTranslator alone leaves %n / %Ln to the caller (written as ``code`` writes numbers,
        # whatever language is installed), and says "" for what it does not know.
        found = catalogue.translate(context, source, disambiguation, n)
        return (i18n.fill_count(found, n, code) if found
                else i18n.english(context, source, disambiguation, n, code=code))

    return translate


def speaking(code: str) -> AbstractContextManager[None]:
    return i18n.speaking(code, translator_for(code))
