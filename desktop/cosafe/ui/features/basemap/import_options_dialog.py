"""Options for importing a (non-OSM) vector file: layer name, a style class per source layer, CRS.

Contract: the dialog only collects values; ``options()`` returns an ``ImportOptions``
(name, style class per source layer name, source CRS or None) for
``import_vector_basemap``. Each source layer's style class starts at
``suggest_style_class``. The CRS field is shown only when the source has a layer
without one (``source.needs_crs``): OK stays disabled while it is blank, and a
text pyproj does not understand is refused inline on OK (the dialog stays open).
"""

from __future__ import annotations

import html
import os
from dataclasses import dataclass, field

from pyproj import CRS
from pyproj.exceptions import CRSError
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cosafe.core.i18n import QT_TRANSLATE_NOOP, arg, translate
from cosafe.core.vocabulary import BASEMAP_STYLE_CLASSES, choices
from cosafe.io.basemap_import import default_layer_name, geometry_kind, suggest_style_class
from cosafe.io.vector_source import VectorSource
from cosafe.ui.kit.accessibility import describe
from cosafe.ui.kit.numbers import grouped

CRS_HELP = QT_TRANSLATE_NOOP("ImportOptionsDialog", "This file does not say which coordinate system it uses. Type "
                             "its EPSG code — it may be written in the file's documentation, or ask whoever made the "
                             "file (for example EPSG:32737 is UTM zone 37 South).")
_KIND_NAMES = {"point": QT_TRANSLATE_NOOP("ImportOptionsDialog", "Points"),
               "line": QT_TRANSLATE_NOOP("ImportOptionsDialog", "Lines"),
               "polygon": QT_TRANSLATE_NOOP("ImportOptionsDialog", "Areas")}
# GDAL's driver names, as people know the formats.
_FORMAT_NAMES = {"GPKG": "GeoPackage", "ESRI Shapefile": "Shapefile", "LIBKML": "KML", "OSM": "OpenStreetMap"}
ERROR_STYLE = "color: #B3261E;"
HELP_STYLE = "background: #FFF4CE; border: 1px solid #E0C35C; border-radius: 4px; padding: 6px; color: #4A3B00;"


@dataclass
class ImportOptions:
    name: str
    style_classes: dict[str, str] = field(default_factory=dict)
    source_crs: str | None = None


class ImportOptionsDialog(QDialog):
    """Asks how to import ``source``: what to call it, how to draw each layer, and its CRS if missing."""

    def __init__(self, source: VectorSource, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importOptionsDialog")
        self.setWindowTitle(self.tr("Import Basemap"))
        self.setMinimumWidth(560)
        self._source = source
        file_name = os.path.basename(source.path)
        count = len(source.layers)
        file_format = _FORMAT_NAMES.get(source.driver, source.driver) or self.tr("map file")
        heading = QLabel(arg(self.tr("<b>%1</b> — %2, %Ln layers", "%1: a file, %2: its format", count),
                             html.escape(file_name), html.escape(file_format)), self)
        heading.setObjectName("dialogHeading")
        heading.setWordWrap(True)

        self.name_edit = QLineEdit(default_layer_name(source.path), self)
        self.name_edit.setPlaceholderText(self.tr("What the layer is called in the Layers panel"))
        form = QFormLayout()
        form.addRow(self.tr("Layer &name:"), self.name_edit)
        if count > 1:
            hint = QLabel(self.tr("Each layer of the file becomes its own basemap layer, named after this and the "
                                  "source layer."), self)
            hint.setObjectName("fieldHelp")
            hint.setWordWrap(True)
            form.addRow("", hint)

        self.table = self._layer_table()
        self.style_combos: dict[str, QComboBox] = {}
        for row, layer in enumerate(source.layers):
            combo = QComboBox(self.table)
            for key, label in choices(BASEMAP_STYLE_CLASSES):
                combo.addItem(label, key)
            combo.setCurrentIndex(max(0, combo.findData(suggest_style_class(layer))))
            describe(combo, arg(self.tr("Draw %1 as"), layer.name),
                     arg(self.tr("How the map draws the source layer %1"), layer.name))
            self.style_combos[layer.name] = combo
            kind = translate("ImportOptionsDialog", _KIND_NAMES[geometry_kind(layer.geometry_type)])
            count_text = grouped(layer.feature_count) if layer.feature_count >= 0 else "—"
            for column, text in enumerate((layer.name, kind, count_text)):
                self.table.setItem(row, column, QTableWidgetItem(text))
            self.table.setCellWidget(row, 3, combo)
        self.table.resizeRowsToContents()
        # Tall enough for every row up to a handful, so a one-layer file is not a big empty box.
        rows_height = sum(self.table.rowHeight(r) for r in range(min(count, 6)))
        self.table.setFixedHeight(rows_height + self.table.horizontalHeader().sizeHint().height() + 6)

        self.crs_edit: QLineEdit | None = None
        self.crs_error = QLabel(self)
        self.crs_error.setObjectName("fieldError")
        self.crs_error.setStyleSheet(ERROR_STYLE)
        self.crs_error.setWordWrap(True)
        self.crs_error.hide()

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("How to draw each layer:"), self))
        layout.addWidget(self.table)
        if source.needs_crs:
            self.crs_edit = QLineEdit(self)
            self.crs_edit.setObjectName("crsEdit")
            self.crs_edit.setPlaceholderText(self.tr("e.g. EPSG:32737"))
            help_label = QLabel(translate("ImportOptionsDialog", CRS_HELP), self)
            help_label.setObjectName("crsHelp")
            help_label.setStyleSheet(HELP_STYLE)
            help_label.setWordWrap(True)
            crs_form = QFormLayout()
            crs_form.addRow(self.tr("&Coordinate system:"), self.crs_edit)
            layout.addWidget(help_label)
            layout.addLayout(crs_form)
            layout.addWidget(self.crs_error)
            self.crs_edit.textChanged.connect(self._update_ok)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        parent=self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Import"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.name_edit.textChanged.connect(self._update_ok)
        self._update_ok()

    def _layer_table(self) -> QTableWidget:
        table = QTableWidget(len(self._source.layers), 4, self)
        table.setObjectName("sourceLayerTable")
        describe(table, self.tr("Source layers"), self.tr("The file's layers, what they hold and how each will be "
                                                          "drawn"))
        table.setHorizontalHeaderLabels([self.tr("Source layer"), self.tr("Geometry"), self.tr("Features"),
                                         self.tr("Draw as")])
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(3, 190)
        return table

    def _update_ok(self) -> None:
        ready = bool(self.name_edit.text().strip())
        if self.crs_edit is not None:
            ready = ready and bool(self.crs_edit.text().strip())
            self.crs_error.hide()
        self.ok_button.setEnabled(ready)

    def accept(self) -> None:
        if self.crs_edit is not None:
            text = self.crs_edit.text().strip()
            try:
                CRS.from_user_input(text)
            except CRSError:
                self.crs_error.setText(arg(self.tr("“%1” is not a coordinate system CoSafe knows. Type an EPSG "
                                                   "code such as EPSG:32737."), text))
                self.crs_error.show()
                self.crs_edit.setFocus()
                self.crs_edit.selectAll()
                return
        super().accept()

    def options(self) -> ImportOptions:
        crs = self.crs_edit.text().strip() if self.crs_edit is not None else None
        return ImportOptions(
            name=self.name_edit.text().strip(),
            style_classes={name: str(combo.currentData()) for name, combo in self.style_combos.items()},
            source_crs=crs or None,
        )


def ask_import_options(parent: QWidget | None, source: VectorSource) -> ImportOptions | None:
    """Show the options dialog; None when the person cancels."""
    dialog = ImportOptionsDialog(source, parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.options()
    finally:
        dialog.deleteLater()
