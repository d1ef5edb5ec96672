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


def title_fits(table: RecordTable, column: int) -> bool:
    header = table.horizontalHeader()
    return all(table.fontMetrics().horizontalAdvance(table.item(row, column).text()) < header.sectionSize(column)
               for row in range(table.rowCount()))


def test_in_a_narrow_view_the_give_way_columns_narrow_for_the_title_and_an_empty_one_hides(qtbot):
    """At 1024 pixels the walks' titles were cut ("Market to rive…") beside an empty Group column."""
    table = RecordTable(("Walk", "Date", "Time of day", "Group", "Points"), "walks", stretch=0, give_way=(3, 2, 4))
    qtbot.addWidget(table)
    rows = [("a", ("Market to river loop (day)", "17/03/2026", "Day", "", "20"), ("",) * 5),
            ("b", ("Market to river loop (night)", "17/03/2026", "Night", "", "20"), ("",) * 5)]
    table.resize(900, 200)
    table.fill(rows)
    header = table.horizontalHeader()
    wide = max(table.sizeHintForColumn(2), header.sectionSizeHint(2))  # as its contents and title have it
    table.show()
    qtbot.waitExposed(table)
    title_and_date = (table.sizeHintForColumn(0) + header.sectionSize(1) + table.sizeHintForColumn(2)
                      + table.sizeHintForColumn(4))
    table.resize(title_and_date + table.width() - table.viewport().width() + 4, 200)
    qtbot.waitUntil(lambda: table.viewport().width() >= title_and_date)
    assert table.isColumnHidden(3)  # no walk has a group
    assert title_fits(table, 0) and table.horizontalScrollBar().maximum() == 0
    assert header.sectionSize(2) < wide and title_fits(table, 2) and title_fits(table, 4)
    shortened = table.horizontalHeaderItem(2)
    assert shortened.text().endswith("…") and shortened.toolTip() == "Time of day"
    # Room again: the titles whole again; a walk with a group shows the column again.
    table.resize(900, 200)
    qtbot.waitUntil(lambda: table.horizontalHeaderItem(2).text() == "Time of day")
    table.fill([rows[0], ("c", ("Short", "17/03/2026", "Day", "Youth", "3"), ("",) * 5)])
    assert not table.isColumnHidden(3)
