"""Record lists select a row whatever the layout direction; a vocabulary combo speaks the reader's language.

(That a name column keeps its title readable in a narrow panel is checked by the pseudo-translated
walk of tests/ui/shell/test_language_walk.py, on the window's own panels.)
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from translation_support import is_wrapped, wrapped_catalogue

from cosafe.core.vocabulary import TIMES_OF_DAY
from cosafe.ui.kit.fields import combo_key, vocabulary_combo
from cosafe.ui.kit.record_table import RecordTable

ROWS = [("a", ("First walk", "2"), ("", "")), ("b", ("Second walk", "3"), ("", ""))]


def test_a_row_is_selected_right_to_left_before_the_table_is_shown(qtbot):
    """Qt's selectRow() picks the column at the viewport's far edge right to left: none in an unsized table."""
    table = RecordTable(("Walk", "Points"), "walks")
    qtbot.addWidget(table)
    table.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    table.fill(ROWS)
    table.select_uuid("b")
    assert table.selected_uuid() == "b"
    table.select_uuid(None)
    assert table.selected_uuid() is None


def test_a_vocabulary_combo_shows_its_labels_translated(qtbot):
    with wrapped_catalogue(QApplication.instance()):
        combo = vocabulary_combo(TIMES_OF_DAY, "dusk")
    qtbot.addWidget(combo)
    assert all(is_wrapped(combo.itemText(index)) for index in range(combo.count()))
    assert combo_key(combo) == "dusk"
