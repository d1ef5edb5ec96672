"""Every word of the merge feature goes through the catalogue: with a translator that wraps each text in «»,
the Merge Conflicts panel, Merge History and Hand Out Field Copy show only wrapped words."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox
from translation_support import is_wrapped, wrapped_catalogue

from cosafe.ui.features.merge.conflicts_panel import ConflictsPanel
from cosafe.ui.features.merge.field_copy_dialog import FieldCopyDialog
from cosafe.ui.features.merge.history_dialog import MergeHistoryDialog


def test_the_merge_windows_speak_through_the_catalogue(qapp, store, tmp_path):
    with wrapped_catalogue(qapp):
        panel = ConflictsPanel()
        history = MergeHistoryDialog(store)
        dialog = FieldCopyDialog(str(tmp_path / "project.gpkg"), [])
        try:
            assert is_wrapped(panel.empty_label.text())
            assert is_wrapped(panel.keep_both.text()) and is_wrapped(panel.keep_mine.toolTip())
            assert is_wrapped(panel.table.horizontalHeaderItem(1).text())
            assert is_wrapped(history.windowTitle()) and is_wrapped(history.empty_label.text())
            assert is_wrapped(history.table.horizontalHeaderItem(0).text())
            assert is_wrapped(dialog.windowTitle()) and is_wrapped(dialog.holds_label.text())
            assert is_wrapped(dialog.group_combo.toolTip()) and is_wrapped(dialog.group_combo.itemText(0))
            ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
            assert is_wrapped(ok.text())
        finally:
            for widget in (panel, history, dialog):
                widget.deleteLater()
