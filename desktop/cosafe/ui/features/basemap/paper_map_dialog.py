"""Place a photo or scan of a paper map on the project's map by matching points.

Contract:
- ``PaperMapDialog(store, path, image, display_scale, parent)``: the person clicks a
  place on the photo (left), then the same place on the reference map (right, a
  MapCanvas of the project). Each pair is a numbered marker on both sides and a
  row of the table: photo pixel, lon/lat, and -- from 3 pairs on -- its residual
  in ground metres from ``core.georef.fit_affine`` (refitted on every change).
- ``add_photo_point(column, row)`` / ``add_map_point(lon, lat)`` are the click
  handlers (tests call them directly); a second photo click before the map click
  moves the waiting point. Remove Point drops the selected pair; Undo Last
  (Backspace) drops the waiting point, else the last pair.
- OK ("Place Map") is enabled with >= 3 pairs that fit (not on one line) and a name;
  it calls ``io.image_import.place_image`` (fast, on the UI thread) with the
  opacity slider's value and keeps the new record in ``placed_layer``. Problems
  (too few or collinear points, an import error) are shown inline in plain words.
"""

from __future__ import annotations

import math
import os

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSlider,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cosafe.core.georef import MIN_CONTROL_POINTS, AffineFit, ControlPoint, PlacementError, fit_affine
from cosafe.core.formats import format_fixed
from cosafe.core.i18n import arg
from cosafe.core.records import BasemapLayer
from cosafe.io.image_import import place_image
from cosafe.store.errors import ProjectError
from cosafe.store.project_store import ProjectStore
from cosafe.ui.features.basemap.paper_map_views import MapMarkers, PhotoView, to_mercator
from cosafe.ui.features.basemap.words import PaperMap
from cosafe.ui.kit import dialogs

DEFAULT_OPACITY = 70
ERROR_STYLE = "color: #B3261E;"


def fit_summary(ground_residuals: list[float]) -> str:
    """What the fit says, for people: three points always fit exactly, so ask for a fourth."""
    if not ground_residuals:
        return ""
    rms = math.sqrt(sum(r * r for r in ground_residuals) / len(ground_residuals))
    count, error = len(ground_residuals), format_fixed(rms)
    if count == MIN_CONTROL_POINTS:
        return arg(PaperMap.tr("<b>Fit: RMS error %1 m</b> over %Ln points. Three points always fit exactly: add a "
                               "fourth to check them.", "", count), error)
    return arg(PaperMap.tr("<b>Fit: RMS error %1 m</b> over %Ln points. A point far off the others was probably "
                           "clicked in the wrong place.", "", count), error)


class PaperMapDialog(QDialog):
    """Match points on a photographed paper map with the project's map, then place it."""

    def __init__(self, store: ProjectStore, path: str, image: QImage, display_scale: float,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from cosafe.ui.map.canvas import MapCanvas  # pyqtgraph: loaded when first needed

        self.setObjectName("paperMapDialog")
        self.setWindowTitle(self.tr("Place Paper Map"))
        dialogs.resize_within_screen(self, 1200, 820)  # two views side by side, as large as the screen allows
        self._store = store
        self._path = path
        self.pairs: list[tuple[float, float, float, float]] = []  # column, row, lon, lat
        self.pending: tuple[float, float] | None = None
        self.fit: AffineFit | None = None
        self.placed_layer: BasemapLayer | None = None

        self.instruction = QLabel(self)
        self.instruction.setObjectName("dialogHeading")
        font = self.instruction.font()
        font.setBold(True)
        self.instruction.setFont(font)
        self.photo_view = PhotoView(image, display_scale, self)
        self.photo_view.clicked.connect(self.add_photo_point)
        self.map_canvas = MapCanvas(self)
        self.map_canvas.set_project(store)
        self.map_canvas.identify_enabled = False  # a click here places a control point
        self.map_canvas.clicked.connect(self.add_map_point)
        self._map_markers = MapMarkers(self.map_canvas)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self._framed(arg(self.tr("Photo: %1"), os.path.basename(path)), self.photo_view))
        splitter.addWidget(self._framed(self.tr("Map"), self.map_canvas))
        splitter.setChildrenCollapsible(False)

        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("controlPointTable")
        self.table.setHorizontalHeaderLabels([self.tr("Point"), self.tr("On the photo (pixels)"),
                                              self.tr("On the map (lon, lat)"), self.tr("Error")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(3, 110)
        # Enough for five rows; the photo and the map get the rest of the height.
        self.table.setFixedHeight(self.table.horizontalHeader().sizeHint().height()
                                  + 5 * self.table.verticalHeader().defaultSectionSize() + 4)
        self.remove_button = QPushButton(self.tr("&Remove Point"), self)
        self.remove_button.clicked.connect(self.remove_selected)
        self.undo_button = QPushButton(self.tr("&Undo Last"), self)
        self.undo_button.setToolTip(self.tr("Backspace", "the key"))
        self.undo_button.clicked.connect(self.undo_last)
        QShortcut(QKeySequence(Qt.Key.Key_Backspace), self).activated.connect(self.undo_last)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        point_buttons = QVBoxLayout()
        point_buttons.addWidget(self.remove_button)
        point_buttons.addWidget(self.undo_button)
        point_buttons.addStretch(1)
        points_row = QHBoxLayout()
        points_row.addWidget(self.table, 1)
        points_row.addLayout(point_buttons)

        self.rms_label = QLabel(self)
        self.rms_label.setObjectName("fitSummary")
        self.rms_label.setWordWrap(True)
        self.message_label = QLabel(self)
        self.message_label.setObjectName("fieldError")
        self.message_label.setStyleSheet(ERROR_STYLE)
        self.message_label.setWordWrap(True)
        self.name_edit = QLineEdit(os.path.splitext(os.path.basename(path))[0].replace("_", " "), self)
        self.opacity_slider = QSlider(Qt.Orientation.Horizontal, self)
        self.opacity_slider.setRange(10, 100)
        self.opacity_slider.setValue(DEFAULT_OPACITY)
        self.opacity_label = QLabel(self)
        self.opacity_label.setMinimumWidth(40)
        self.opacity_slider.valueChanged.connect(
            lambda value: self.opacity_label.setText(arg(self.tr("%1%", "opacity"), value)))
        self.opacity_label.setText(arg(self.tr("%1%", "opacity"), DEFAULT_OPACITY))
        opacity_box = QWidget(self)  # a widget, so the form label's "&O" becomes a shortcut
        opacity_row = QHBoxLayout(opacity_box)
        opacity_row.setContentsMargins(0, 0, 0, 0)
        opacity_row.addWidget(self.opacity_slider, 1)
        opacity_row.addWidget(self.opacity_label)
        form = QFormLayout()
        form.addRow(self.tr("Layer &name:"), self.name_edit)
        form.addRow(self.tr("&Opacity:"), opacity_box)
        form.labelForField(opacity_box).setBuddy(self.opacity_slider)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        parent=self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Place Map"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name_edit.textChanged.connect(self._update_buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(self.instruction)
        layout.addWidget(splitter, 1)
        layout.addLayout(points_row)
        layout.addWidget(self.rms_label)
        layout.addWidget(self.message_label)
        bottom = QHBoxLayout()
        bottom.addLayout(form, 2)
        bottom.addStretch(1)
        layout.addLayout(bottom)
        layout.addWidget(self.buttons)
        self._refresh()

    def _framed(self, title: str, widget: QWidget) -> QGroupBox:
        box = QGroupBox(title, self)
        inner = QVBoxLayout(box)
        inner.setContentsMargins(4, 4, 4, 4)
        inner.addWidget(widget)
        return box

    # -- the points --------------------------------------------------------------

    def add_photo_point(self, column: float, row: float) -> None:
        self.pending = (column, row)
        self._refresh()

    def add_map_point(self, lon: float, lat: float) -> None:
        if self.pending is None:
            self._say(self.tr("Click the place on the photo first, then the same place on the map."))
            return
        self.pairs.append((*self.pending, lon, lat))
        self.pending = None
        self._refresh()

    def remove_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows and rows[0].row() < len(self.pairs):
            del self.pairs[rows[0].row()]
            self._refresh()

    def undo_last(self) -> None:
        if self.pending is not None:
            self.pending = None
        elif self.pairs:
            self.pairs.pop()
        self._refresh()

    def control_points(self) -> list[ControlPoint]:
        """The pairs as control points: original image pixels and Web Mercator metres."""
        return [ControlPoint(column, row, *to_mercator(lon, lat)) for column, row, lon, lat in self.pairs]

    # -- showing them --------------------------------------------------------------

    def _refresh(self) -> None:
        self.fit, problem = None, ""
        if len(self.pairs) >= MIN_CONTROL_POINTS:
            try:
                self.fit = fit_affine(self.control_points())
            except PlacementError as error:
                problem = arg(self.tr("%1.", "a sentence without its full stop"), error)
        elif self.pairs:
            missing = MIN_CONTROL_POINTS - len(self.pairs)
            problem = self.tr("Add %Ln more points to place the map.", "", missing)
        ground = self._ground_residuals()
        self.table.setRowCount(len(self.pairs))
        for index, (column, row, lon, lat) in enumerate(self.pairs):
            error = arg(self.tr("%1 m", "metres"), format_fixed(ground[index])) if ground else "—"
            for position, text in enumerate((str(index + 1), f"{column:.0f}, {row:.0f}", f"{lon:.6f}, {lat:.6f}", error)):
                item = QTableWidgetItem(text)
                if position in (0, 3):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(index, position, item)
        self.rms_label.setText(fit_summary(ground))
        self._say(problem)
        number = len(self.pairs) + 1
        if self.pending:
            self.instruction.setText(arg(self.tr("Now click the same place on the map (point %1). Drag to move the "
                                                 "map, scroll to zoom."), number))
        else:
            self.instruction.setText(self.tr("Click a place you can recognise on the photo — a corner, a bridge, a "
                                             "junction."))
        markers = [(i + 1, c, r, False) for i, (c, r, _lon, _lat) in enumerate(self.pairs)]
        if self.pending is not None:
            markers.append((number, *self.pending, True))
        self.photo_view.set_markers(markers)
        self._map_markers.set_markers([(i + 1, lon, lat) for i, (_c, _r, lon, lat) in enumerate(self.pairs)])
        self._update_buttons()

    def _say(self, problem: str) -> None:
        self.message_label.setText(problem)
        self.message_label.setVisible(bool(problem))

    def _ground_residuals(self) -> list[float]:
        """Residuals in metres on the ground: Web Mercator metres shrink by cos(latitude)."""
        if self.fit is None:
            return []
        return [r * math.cos(math.radians(lat)) for r, (_c, _row, _lon, lat) in zip(self.fit.residuals, self.pairs)]

    def _update_buttons(self) -> None:
        self.ok_button.setEnabled(self.fit is not None and bool(self.name_edit.text().strip()))
        self.remove_button.setEnabled(bool(self.table.selectionModel().selectedRows()))
        self.undo_button.setEnabled(self.pending is not None or bool(self.pairs))

    # -- placing -------------------------------------------------------------------

    def accept(self) -> None:
        if self.fit is None:
            return
        try:
            self.placed_layer = place_image(self._store, self._path, self.control_points(),
                                            name=self.name_edit.text().strip(),
                                            opacity=self.opacity_slider.value() / 100)
        except ProjectError as error:  # BasemapImportError, or the file could not be written
            self._say(arg(self.tr("The map was not placed: %1."), error))
            return
        super().accept()
