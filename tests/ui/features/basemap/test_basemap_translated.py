"""Every word of the basemap feature goes through the catalogue: with a translator that wraps each text in «»,
the Layers dock and the import options dialog show only wrapped words."""

from __future__ import annotations

import contextlib
from types import SimpleNamespace

from PySide6.QtCore import QCoreApplication, QTranslator

from cosafe.core import i18n
from cosafe.core.records import BasemapLayer
from cosafe.ui.features.basemap.import_flow import imported_message
from cosafe.ui.features.basemap.import_options_dialog import ImportOptionsDialog
from cosafe.ui.features.basemap.layers_panel import LayersPanel


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


def test_the_basemap_windows_speak_through_the_catalogue(qapp):
    layer = SimpleNamespace(name="roads", geometry_type="LineString", feature_count=12)
    source = SimpleNamespace(path="/tmp/roads.geojson", driver="GeoJSON", layers=[layer], needs_crs=True, is_osm=False)
    with wrapped(qapp):
        panel = LayersPanel()
        dialog = ImportOptionsDialog(source)
        try:
            assert is_wrapped(panel.tree.headerItem().text(0)) and is_wrapped(panel.empty_label.text())
            assert is_wrapped(panel.import_button.text()) and is_wrapped(panel.remove_button.toolTip())
            assert is_wrapped(dialog.windowTitle()) and is_wrapped(dialog.ok_button.text())
            assert is_wrapped(dialog.table.horizontalHeaderItem(3).text())
            assert is_wrapped(dialog.table.item(0, 1).text()) and is_wrapped(dialog.crs_edit.placeholderText())
            tiles = BasemapLayer(name="Aerial", kind="tiles", feature_count=1)
            assert is_wrapped(imported_message([tiles], "a.mbtiles"))
        finally:
            panel.deleteLater()
            dialog.deleteLater()
