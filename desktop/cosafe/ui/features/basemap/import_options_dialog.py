"""Options for importing a (non-OSM) vector file: layer name, which source layers, a style class
and a label field per layer, the text encoding, CRS.

Contract: the dialog only collects values; ``options()`` returns an ``ImportOptions``
(name, the ticked source layers, style class and label field per source layer name,
text encoding, source CRS or None) for ``import_vector_basemap``. Every source layer is
listed with its shapes and feature count and a checkbox, all ticked at first ("Select
all"/"Select none" for a file of several); OK stays disabled while none is ticked. Each
layer's style class starts at ``suggest_style_class``, its label field at
``guess_label_field`` over ``SourceLayer.sample`` (filled by ``inspect_layers``), with a
few of the chosen field's values beside it. For a Shapefile the text encoding is a
choice, starting at the one ``open_vector_source`` set (UTF-8 when the file declares a
one-byte code page but its text is UTF-8, which a note says); choosing another reads the
first features again and updates the values shown. The CRS field is shown only when the
source has a layer without one (``source.needs_crs``): OK stays disabled while it is
blank, and a text pyproj does not understand is refused inline on OK (the dialog stays open).
``in_degrees`` (``vector_source.without_crs_extent`` said "degrees") adds that the shapes lie
within longitude/latitude's range and suggests EPSG:4326 — suggested, not filled in.
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
    QHBoxLayout,
    QPushButton,
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
from cosafe.io.basemap_import import default_layer_name, geometry_kind, label_field_for, suggest_style_class
from cosafe.io.label_field import preview_values
from cosafe.io.text_encoding import ENCODINGS
from cosafe.io.vector_source import SourceLayer, VectorSource, sample_attributes
from cosafe.ui.kit.accessibility import describe
from cosafe.ui.kit.direction import in_reading_direction
from cosafe.ui.kit.numbers import grouped

CRS_HELP = QT_TRANSLATE_NOOP("ImportOptionsDialog", "This file does not say which coordinate system it uses. Type "
                             "its EPSG code — it may be written in the file's documentation, or ask whoever made the "
                             "file (for example EPSG:32737 is UTM zone 37 South).")
CRS_HELP_DEGREES = QT_TRANSLATE_NOOP("ImportOptionsDialog", "This file does not say which coordinate system it uses. "
                                     "Its coordinates all lie within longitude −180…180 and latitude −90…90: if they "
                                     "are longitude and latitude, type EPSG:4326; if not, type the EPSG code of the "
                                     "system they use.")
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
    layers: list[str] = field(default_factory=list)  # the ticked source layers, in the file's order
    label_fields: dict[str, str | None] = field(default_factory=dict)  # None: no label
    encoding: str | None = None  # None: as the file declares


# The columns of the source layer table.
NAME_COLUMN, KIND_COLUMN, COUNT_COLUMN, STYLE_COLUMN, LABEL_COLUMN, EXAMPLES_COLUMN = range(6)


class ImportOptionsDialog(QDialog):
    """Asks how to import ``source``: what to call it, how to draw each layer, and its CRS if missing."""

    def __init__(self, source: VectorSource, parent: QWidget | None = None, *, in_degrees: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("importOptionsDialog")
        self.setWindowTitle(self.tr("Import Basemap"))
        self.setMinimumWidth(900)  # the layer table whole; fits a 1024×768 screen
        self._source = source
        file_name = os.path.basename(source.path)
        count = len(source.layers)
        file_format = _FORMAT_NAMES.get(source.driver, source.driver) or self.tr("map file")
        heading = QLabel(in_reading_direction(self, arg(self.tr("<b>%1</b> — %2, %Ln layers", "%1: a file, %2: its format",
                                                                count), html.escape(file_name),
                                                        html.escape(file_format))), self)
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
        self.label_combos: dict[str, QComboBox] = {}
        for row, layer in enumerate(source.layers):
            self._add_row(row, layer)
        self.table.resizeRowsToContents()
        # Tall enough for every row up to a handful, so a one-layer file is not a big empty box.
        rows_height = sum(self.table.rowHeight(r) for r in range(min(count, 6)))
        self.table.setFixedHeight(rows_height + self.table.horizontalHeader().sizeHint().height() + 6)
        self.table.itemChanged.connect(self._ticked)
        for row in range(count):  # rows that start unticked (empty layers) start greyed too
            self._grey_unticked(row)

        self.select_all = QPushButton(self.tr("Select &all"), self)
        self.select_none = QPushButton(self.tr("Select n&one"), self)
        self.select_all.clicked.connect(lambda: self._tick_all(True))
        self.select_none.clicked.connect(lambda: self._tick_all(False))
        self.chosen_label = QLabel(self)
        self.chosen_label.setObjectName("chosenLayers")
        choose_row = QHBoxLayout()
        choose_label = QLabel(self.tr("Tick the layers to import, how to draw them and which field names their "
                                      "features:"), self)
        choose_label.setWordWrap(True)  # long in some languages: the buttons beside it stay on screen
        choose_row.addWidget(choose_label, 1)
        if count > 1:
            choose_row.addWidget(self.chosen_label)
            choose_row.addWidget(self.select_all)
            choose_row.addWidget(self.select_none)
        else:
            self.select_all.hide()
            self.select_none.hide()
            self.chosen_label.hide()

        self.encoding_combo: QComboBox | None = None
        self.encoding_note = QLabel(self)
        self.encoding_note.setObjectName("encodingNote")
        self.encoding_note.setWordWrap(True)
        self.encoding_note.hide()

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
        layout.addLayout(choose_row)
        layout.addWidget(self.table)
        if source.takes_encoding:
            self._add_encoding_choice(layout)
        if source.needs_crs:
            self.crs_edit = QLineEdit(self)
            self.crs_edit.setObjectName("crsEdit")
            self.crs_edit.setPlaceholderText(self.tr("e.g. EPSG:4326") if in_degrees else self.tr("e.g. EPSG:32737"))
            help_label = QLabel(translate("ImportOptionsDialog", CRS_HELP_DEGREES if in_degrees else CRS_HELP), self)
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
        table = QTableWidget(len(self._source.layers), 6, self)
        table.setObjectName("sourceLayerTable")
        describe(table, self.tr("Source layers"), self.tr("The file's layers: tick those to import; what they hold, "
                                                          "how each will be drawn and which field names its "
                                                          "features"))
        table.setHorizontalHeaderLabels([self.tr("Source layer"), self.tr("Geometry"), self.tr("Features"),
                                         self.tr("Draw as"), self.tr("Label field"), self.tr("Examples")])
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)  # Space ticks the current row
        table.setWordWrap(False)  # one line a layer; the examples in full in their tooltip
        header = table.horizontalHeader()
        header.setSectionResizeMode(NAME_COLUMN, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(NAME_COLUMN, 170)
        for column in (KIND_COLUMN, COUNT_COLUMN):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for column, width in ((STYLE_COLUMN, 150), (LABEL_COLUMN, 140)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, width)
        header.setSectionResizeMode(EXAMPLES_COLUMN, QHeaderView.ResizeMode.Stretch)
        return table

    def _add_row(self, row: int, layer: SourceLayer) -> None:
        """One source layer: ticked name, shapes, count, style class, label field, examples."""
        combo = QComboBox(self.table)
        for key, label in choices(BASEMAP_STYLE_CLASSES):
            combo.addItem(label, key)
        combo.setCurrentIndex(max(0, combo.findData(suggest_style_class(layer))))
        describe(combo, arg(self.tr("Draw %1 as"), layer.name),
                 arg(self.tr("How the map draws the source layer %1"), layer.name))
        self.style_combos[layer.name] = combo
        labels = QComboBox(self.table)
        labels.addItem(self.tr("(none)"), "")
        for name in layer.fields:
            labels.addItem(name, name)
        labels.setCurrentIndex(max(0, labels.findData(label_field_for(layer, layer.sample) or "")))
        describe(labels, arg(self.tr("Label field of %1"), layer.name),
                 arg(self.tr("The field whose value names each feature of %1 on the map"), layer.name))
        labels.currentIndexChanged.connect(lambda _index, name=layer.name: self._show_examples(name))
        self.label_combos[layer.name] = labels
        kind = translate("ImportOptionsDialog", _KIND_NAMES[geometry_kind(layer.geometry_type)])
        count_text = grouped(layer.feature_count) if layer.feature_count >= 0 else "—"
        for column, text in ((NAME_COLUMN, layer.name), (KIND_COLUMN, kind), (COUNT_COLUMN, count_text),
                             (EXAMPLES_COLUMN, "")):
            item = QTableWidgetItem(text)
            if column == NAME_COLUMN:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                # A layer known to be empty starts unticked, as the command line leaves it out.
                item.setCheckState(Qt.CheckState.Unchecked if layer.feature_count == 0 else Qt.CheckState.Checked)
                item.setToolTip(layer.name)
            self.table.setItem(row, column, item)
        self.table.setCellWidget(row, STYLE_COLUMN, combo)
        self.table.setCellWidget(row, LABEL_COLUMN, labels)
        self._show_examples(layer.name)

    def _row_of(self, name: str) -> int:
        return next(row for row, layer in enumerate(self._source.layers) if layer.name == name)

    def _show_examples(self, name: str) -> None:
        """A few values of the chosen label field of layer ``name``, as they will read."""
        layer = self._source.layers[self._row_of(name)]
        values = preview_values(layer.sample, self.label_combos[name].currentData())
        item = self.table.item(self._row_of(name), EXAMPLES_COLUMN)
        text = ", ".join(values) if values else "—"
        item.setText(text)
        item.setToolTip("\n".join(values))

    def _add_encoding_choice(self, layout: QVBoxLayout) -> None:
        """The text encoding of a Shapefile's attributes, with a note when UTF-8 was chosen for it."""
        source = self._source
        combo = QComboBox(self)
        combo.setObjectName("encodingCombo")
        declared = source.declared_encoding
        combo.addItem(arg(self.tr("As the file declares (%1)"), declared) if declared
                      else self.tr("As the file declares"), "")
        for code, label in ENCODINGS:
            combo.addItem(translate("Import", label), code)
        combo.setCurrentIndex(max(0, combo.findData(source.encoding or "")))
        describe(combo, self.tr("Text encoding"), self.tr("How the letters of the file's attributes are stored; "
                                                          "the examples show the names as they will read"))
        combo.currentIndexChanged.connect(self._encoding_changed)
        self.encoding_combo = combo
        if source.suggested_encoding and source.encoding == source.suggested_encoding:
            if declared:
                note = arg(self.tr("The file says its text is %1, but it reads as %2, so %2 is chosen. Look at the "
                                   "examples; choose another encoding if the names look wrong."), declared,
                           source.suggested_encoding)
            else:
                note = arg(self.tr("The file does not say how its text is stored; it reads as %1, so %1 is chosen. "
                                   "Look at the examples; choose another encoding if the names look wrong."),
                           source.suggested_encoding)
            self.encoding_note.setText(note)
            self.encoding_note.setStyleSheet(HELP_STYLE)
            self.encoding_note.show()
        encoding_form = QFormLayout()
        encoding_form.addRow(self.tr("Text &encoding:"), combo)
        layout.addLayout(encoding_form)
        layout.addWidget(self.encoding_note)

    def _encoding_changed(self) -> None:
        """Read the first features again in the chosen encoding: the examples show what it gives."""
        assert self.encoding_combo is not None
        self._source.use_encoding(self.encoding_combo.currentData() or None)
        for layer in self._source.layers:
            layer.sample = sample_attributes(self._source, layer)
            self._show_examples(layer.name)

    def chosen_layers(self) -> list[str]:
        """The names of the ticked source layers, in the file's order."""
        return [layer.name for row, layer in enumerate(self._source.layers)
                if self.table.item(row, NAME_COLUMN).checkState() == Qt.CheckState.Checked]

    def _tick_all(self, ticked: bool) -> None:
        state = Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        for row in range(self.table.rowCount()):
            self.table.item(row, NAME_COLUMN).setCheckState(state)

    def _ticked(self, item: QTableWidgetItem) -> None:
        if item.column() != NAME_COLUMN:
            return
        self._grey_unticked(item.row())
        self._update_ok()

    def _grey_unticked(self, row: int) -> None:
        ticked = self.table.item(row, NAME_COLUMN).checkState() == Qt.CheckState.Checked
        for column in (STYLE_COLUMN, LABEL_COLUMN):
            self.table.cellWidget(row, column).setEnabled(ticked)

    def _update_ok(self) -> None:
        chosen = len(self.chosen_layers())
        self.chosen_label.setText(arg(self.tr("%1 of %2 chosen", "layers"), chosen, len(self._source.layers)))
        ready = bool(self.name_edit.text().strip()) and chosen > 0
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
        chosen = self.chosen_layers()
        return ImportOptions(
            name=self.name_edit.text().strip(),
            style_classes={name: str(combo.currentData()) for name, combo in self.style_combos.items()
                           if name in chosen},
            source_crs=crs or None,
            layers=chosen,
            label_fields={name: combo.currentData() or None for name, combo in self.label_combos.items()
                          if name in chosen},
            encoding=(self.encoding_combo.currentData() or None) if self.encoding_combo is not None else None,
        )


def ask_import_options(parent: QWidget | None, source: VectorSource, *, in_degrees: bool = False) -> ImportOptions | None:
    """Show the options dialog (``in_degrees`` as for the dialog); None when the person cancels."""
    dialog = ImportOptionsDialog(source, parent, in_degrees=in_degrees)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.options()
    finally:
        dialog.deleteLater()
