"""Every word of the merge feature goes through the catalogue: with a translator that wraps each text in «»,
the Merge Conflicts panel, Merge History and Hand Out Field Copy show only wrapped words."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QDialogButtonBox

from cosafe.core import i18n
from cosafe.ui.features.merge.conflicts_panel import ConflictsPanel
from cosafe.ui.features.merge.field_copy_dialog import FieldCopyDialog
from cosafe.ui.features.merge.history_dialog import MergeHistoryDialog


class Wrapping(QTranslator):
    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: N802 - Qt's name
        return f"«{i18n.fill_count(source, n)}»"

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False


@contextlib.contextmanager
def wrapped(app):
    translator = Wrapping(app)
    app.installTranslator(translator)
    i18n.install(lambda c, s, d, n: QCoreApplication.translate(c, s, d, n))
    try:
        yield
    finally:
        i18n.install(None)
        app.removeTranslator(translator)


def is_wrapped(text: str) -> bool:
    return text.startswith("«") and text.endswith("»")


def test_the_merge_windows_speak_through_the_catalogue(qapp, store, tmp_path):
    with wrapped(qapp):
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
