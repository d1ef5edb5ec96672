"""Fields for money: choosing the project's currency, and cost spin boxes that show it.

Contract:
- ``currency_combo(current, parent)`` is an editable combo of "Not set" and every
  currency in use ("KES — Kenyan Shilling", ``core.currency.currency_choices``), with
  ``current`` chosen; typing completes on any part of a code or name ("shil" offers
  the shillings). A stored code no longer in use is listed too, so it is shown as it is.
- ``chosen_currency(combo)`` reads back the code: "" for "Not set" (or nothing typed);
  a typed code ("kes") or a currency's whole name ("Euro") counts; any other text
  raises ValueError with one line (``core.currency.check_currency``'s).
- ``cost_spin(parent)`` is a spin box of whole units with "Not estimated" at its
  minimum ``NO_COST``; ``show_currency(spin, code)`` puts the code after the number
  ("12,000 KES") and names the currency in its tooltip, or takes it away for "".

Why the code and not the symbol beside a cost: "$" or "Sh" stand for several currencies,
and the field is narrow; the plan prints the locale's own form (``core.currency``).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QDoubleSpinBox, QWidget

from cosafe.core.currency import check_currency, currency_choices, currency_label, currency_name
from cosafe.core.i18n import QT_TRANSLATE_NOOP, arg, translate
from cosafe.ui.kit.words import Fields

NOT_SET = QT_TRANSLATE_NOOP("Fields", "Not set")
NO_COST = -1.0  # a cost spin box's minimum stands for "not estimated"


def currency_combo(current: str, parent: QWidget | None = None) -> QComboBox:
    """An editable combo of the currencies, ``current`` (a code, or "" for none) chosen."""
    combo = QComboBox(parent)
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)  # typing never adds a currency to the list
    combo.addItem(translate("Fields", NOT_SET), "")
    for code, _name in currency_choices():
        combo.addItem(currency_label(code), code)
    if current and combo.findData(current) < 0:
        combo.addItem(currency_label(current), current)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    completer = QCompleter(combo.model(), combo)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)  # a name's middle: "shil", "franc"
    combo.setCompleter(completer)
    line = combo.lineEdit()
    assert line is not None
    line.setPlaceholderText(Fields.tr("A code or a name, e.g. KES"))
    return combo


def chosen_currency(combo: QComboBox) -> str:
    """The code the combo holds ("" for none); ValueError when its text names no currency."""
    text = combo.currentText().strip()
    if not text or text.casefold() in (NOT_SET.casefold(), translate("Fields", NOT_SET).casefold()):
        return ""
    for index in range(combo.count()):
        code = combo.itemData(index)
        if code and text.casefold() in (combo.itemText(index).casefold(), code.casefold(),
                                        currency_name(code).casefold()):
            return code
    return check_currency(text)  # a code not listed today (still valid), or the one-line refusal


def cost_spin(parent: QWidget | None = None) -> QDoubleSpinBox:
    """A cost in whole units, grouped ("12,000"); its minimum reads "Not estimated"."""
    spin = QDoubleSpinBox(parent)
    spin.setRange(NO_COST, 1e12)
    spin.setDecimals(0)
    spin.setSingleStep(100)
    spin.setGroupSeparatorShown(True)
    spin.setSpecialValueText(Fields.tr("Not estimated"))
    show_currency(spin, "")
    return spin


def show_currency(spin: QDoubleSpinBox, code: str) -> None:
    """Show ``code`` after the cost and name its currency in the tooltip ("" shows a plain number)."""
    spin.setSuffix(f" {code}" if code else "")
    if code:
        spin.setToolTip(arg(Fields.tr("A rough cost in %1 (%2); leave at “Not estimated” if unknown"),
                            code, currency_name(code)))
    else:
        spin.setToolTip(Fields.tr("A rough cost in the local currency; leave at “Not estimated” if unknown"))
