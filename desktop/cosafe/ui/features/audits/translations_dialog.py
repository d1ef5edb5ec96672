"""Translations…: a facilitator's criterion, criteria set or reason tag in CoSafe's other languages.

Contract:
- ``TranslationsDialog(title, typed, fields, labels)`` shows what was typed (``typed``:
  field -> text) and a table with one row per language CoSafe speaks (named in itself)
  and one column per field (``fields``: (field, header) pairs, the headers already in
  the reader's language), filled from ``labels`` (field -> language -> text).
- ``wanted()`` is what the table holds (field -> language -> text, empty cells left out):
  the caller turns it into ONE undoable edit (``core.label_translations``). The dialog
  itself writes nothing. An empty cell means "no label in that language": readers of it
  see the text as typed.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cosafe.core.i18n import LANGUAGES, arg
from cosafe.ui.kit.accessibility import describe


class TranslationsDialog(QDialog):
    """One record's labels, language by language."""

    def __init__(self, title: str, typed: Mapping[str, str], fields: Sequence[tuple[str, str]],
                 labels: Mapping[str, Mapping[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("translationsDialog")
        self.setWindowTitle(arg(self.tr("Translations of “%1”"), title))
        self.resize(560, 360)
        self.fields = [field for field, _header in fields]
        self.codes = list(LANGUAGES)
        typed_text = "\n".join(arg(self.tr("%1: %2", "a field and what was typed in it"), header, typed.get(field, ""))
                               for field, header in fields if typed.get(field))
        self.typed_label = QLabel(arg(self.tr("As typed (shown in every language without a label below):\n%1"),
                                      typed_text), self)
        self.typed_label.setObjectName("typedText")
        self.typed_label.setWordWrap(True)
        self.table = QTableWidget(len(self.codes), len(fields), self)
        self.table.setObjectName("translationsTable")
        describe(self.table, self.tr("Labels by language"),
                 self.tr("One row per language; F2 or a double click types the label in it. "
                         "An empty cell shows the text as typed"))
        self.table.setHorizontalHeaderLabels([header for _field, header in fields])
        self.table.setVerticalHeaderLabels([LANGUAGES[code] for code in self.codes])  # each named in itself
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for row, code in enumerate(self.codes):
            for column, field in enumerate(self.fields):
                self.table.setItem(row, column, QTableWidgetItem(labels.get(field, {}).get(code, "")))
        help_text = QLabel(self.tr("Words of CoSafe itself are translated for you; what you typed is not. "
                                   "Give it here in the languages your readers speak."), self)
        help_text.setObjectName("fieldHelp")
        help_text.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                   parent=self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 12)
        layout.addWidget(self.typed_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(help_text)
        layout.addWidget(buttons)
        self.table.setFocus()

    def set_text(self, code: str, field: str, text: str) -> None:
        """Type ``text`` as the label of ``field`` in language ``code``."""
        self.table.item(self.codes.index(code), self.fields.index(field)).setText(text)

    def wanted(self) -> dict[str, dict[str, str]]:
        """Field -> language -> text, as the table holds them (empty cells left out)."""
        found: dict[str, dict[str, str]] = {}
        for row, code in enumerate(self.codes):
            for column, field in enumerate(self.fields):
                item = self.table.item(row, column)
                text = " ".join(item.text().split()) if item is not None else ""
                if text:
                    found.setdefault(field, {})[code] = text
        return found
