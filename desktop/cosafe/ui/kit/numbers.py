"""Numbers as the window's language writes them, thousands grouped: "12,345" in English, "12.345" in Spanish.

Contract: ``grouped(value, decimals=0)`` is ``value`` in the application's locale
(``QLocale()``, set by ``ui.language``) with its group separator always shown, rounded
to ``decimals`` places. Python's ``f"{n:,}"`` writes English's comma in every language
(and in Spanish or French the comma is the decimal mark: "1,234" reads as one and a bit);
``QLocale().toString`` leaves numbers ungrouped on a computer with no language set up
(the C locale), where the cost spin boxes still group them.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale


def grouped(value: float, decimals: int = 0) -> str:
    locale = QLocale()
    locale.setNumberOptions(locale.numberOptions() & ~QLocale.NumberOption.OmitGroupSeparator)
    if decimals == 0:
        return locale.toString(round(value))
    return locale.toString(float(value), "f", decimals)
