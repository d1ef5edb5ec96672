"""Every word of the basemap feature goes through the catalogue: with a translator that wraps each text in «»,
the Layers dock and the import options dialog show only wrapped words."""

from __future__ import annotations

from translation_support import is_wrapped, wrapped_catalogue

from cosafe.core.records import BasemapLayer
from cosafe.io.vector_source import SourceLayer, VectorSource
from cosafe.ui.features.basemap.import_flow import imported_message
from cosafe.ui.features.basemap.import_options_dialog import ImportOptionsDialog
from cosafe.ui.features.basemap.layers_panel import LayersPanel


def test_the_basemap_windows_speak_through_the_catalogue(qapp):
    layers = [SourceLayer("roads", "LineString", 12, None, fields=["name"], sample=[{"name": "Soko Street"}]),
              SourceLayer("lamps", "Point", 3, None, fields=["id"])]
    source = VectorSource(path="/tmp/roads.shp", driver="ESRI Shapefile", layers=layers, declared_encoding="CP1252",
                          suggested_encoding="UTF-8", encoding="UTF-8")
    with wrapped_catalogue(qapp):
        panel = LayersPanel()
        dialog = ImportOptionsDialog(source)
        try:
            assert is_wrapped(panel.tree.headerItem().text(0)) and is_wrapped(panel.empty_label.text())
            assert is_wrapped(panel.import_button.text()) and is_wrapped(panel.remove_button.toolTip())
            assert is_wrapped(dialog.windowTitle()) and is_wrapped(dialog.ok_button.text())
            assert is_wrapped(dialog.table.horizontalHeaderItem(3).text())
            assert is_wrapped(dialog.table.item(0, 1).text()) and is_wrapped(dialog.crs_edit.placeholderText())
            assert is_wrapped(dialog.table.horizontalHeaderItem(5).text()) and is_wrapped(dialog.chosen_label.text())
            assert is_wrapped(dialog.select_all.text()) and is_wrapped(dialog.select_none.text())
            assert is_wrapped(dialog.label_combos["lamps"].currentText())  # (none)
            assert is_wrapped(dialog.encoding_note.text()) and is_wrapped(dialog.encoding_combo.itemText(0))
            assert all(is_wrapped(dialog.encoding_combo.itemText(index)) for index in range(1, 9))
            tiles = BasemapLayer(name="Aerial", kind="tiles", feature_count=1)
            assert is_wrapped(imported_message([tiles], "a.mbtiles"))
        finally:
            panel.deleteLater()
            dialog.deleteLater()
