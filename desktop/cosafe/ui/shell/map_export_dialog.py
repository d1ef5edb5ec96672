"""File › Export Map Image…: choose size, resolution and extent, then write a PNG.

Contract:
- ``MapExportDialog(store, canvas, parent=None)``; ``exec()`` as any dialog. The
  user sets width and height in pixels, the resolution (72–600 DPI: what the PNG
  records and what line widths and text are scaled for), the extent ("Current
  view" of ``canvas`` — offered only with a canvas — or "Whole project"), and the
  file. Export renders with ``map.export.render_map_image`` and writes the PNG with
  its DPI (pHYs), then accepts; ``written_path`` is the file written.
- Overlays: a tick box for each overlay the features registered
  (``map.overlay_registry``: proposals, audit points, pins, recorded incidents, walk
  routes, heat map), ticked as the canvas shows them; what the perception layers draw
  (the filtered content, heat source and radius) and the hidden proposal groups come
  from the window (``canvas_overlays``: its analysis and sketching features; the
  ``shown`` argument overrides). "Blur pin
  locations" (with its grid in metres), ticked by default, renders the public variant;
  exact places are a deliberate choice.
- The file is asked for through ``choose_path()`` (a non-native save dialog), which
  tests replace; Export asks for it if none was chosen yet. A ".png" suffix is added
  when missing.
- The legend is written in the project's report language, else the window's
  (``catalogues.speaking`` around the render; the window keeps its language).
- Failures (nothing to draw, a file that cannot be written) are told in a message
  box and leave the dialog open. The dialog never writes to the project.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QGridLayout,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cosafe.catalogues import speaking
from cosafe.core.formats import format_fixed
from cosafe.core.i18n import arg, language
from cosafe.core.report_language import report_language_for
from cosafe.store.project_store import ProjectStore
from cosafe.ui.kit.accessibility import describe, tab_order
from cosafe.ui.kit import dialogs
from cosafe.ui.map.canvas import MapCanvas
from cosafe.ui.map.export import render_map_image, write_png
from cosafe.core.projection import point_to_lonlat
from cosafe.ui.map.overlay_registry import overlay_labels
from cosafe.ui.features.analysis.api import DEFAULT_RADIUS_M, HEAT, MapContent
from cosafe.ui.features.proposals.api import PROPOSALS

MIN_DPI, MAX_DPI = 72, 600
MAX_SIDE = 12_000  # pixels: 1 m of paper at 300 DPI; larger images need gigabytes
DEFAULT_WIDTH = 2400
DEFAULT_DPI = 200
MIN_GRID_M, MAX_GRID_M, DEFAULT_GRID_M = 10, 5000, 100


@dataclass(frozen=True)
class CanvasOverlays:
    """What the canvas draws over its basemap, as an export should draw it."""

    visible: frozenset[str] = frozenset()
    content: MapContent | None = None  # the perception layers' (filtered) content; None: everything
    heat_source: str | None = None
    heat_radius_m: float = DEFAULT_RADIUS_M
    hidden_groups: frozenset[str] = frozenset()


def canvas_overlays(window: object) -> CanvasOverlays:
    """Read what the main window's map shows: its perception layers and proposals (nothing for another parent)."""
    from cosafe.ui.shell.main_window import MainWindow

    if not isinstance(window, MainWindow):
        return CanvasOverlays()
    sketching, analysis = window.features.sketching, window.features.analysis
    visible, hidden = {PROPOSALS}, frozenset(sketching.hidden_groups)
    if analysis.layers is None:
        return CanvasOverlays(frozenset(visible), hidden_groups=hidden)
    visible |= {key for key, action in analysis.layer_actions.items() if action.isChecked()}
    return CanvasOverlays(frozenset(visible), analysis.source.map_content(), analysis.heat_source,
                          float(analysis.map_panel.radius), hidden)


class MapExportDialog(QDialog):
    """Export the project's map as a PNG image."""

    def __init__(self, store: ProjectStore, canvas: MapCanvas | None, parent: QWidget | None = None, *,
                 shown: CanvasOverlays | None = None) -> None:
        super().__init__(parent)
        self.shown = shown if shown is not None else canvas_overlays(parent)
        self.setObjectName("mapExportDialog")
        self.setWindowTitle(self.tr("Export Map Image"))
        self._store = store
        self._canvas = canvas
        self.written_path: str | None = None

        self.width_spin = self._spin(1, MAX_SIDE, DEFAULT_WIDTH, self.tr(" px", "after a number of pixels"))
        aspect = 0.75
        if canvas is not None and canvas.graphics_view.viewport().width() > 0:
            viewport = canvas.graphics_view.viewport()
            aspect = viewport.height() / viewport.width()
        self.height_spin = self._spin(1, MAX_SIDE, max(1, round(DEFAULT_WIDTH * aspect)), self.tr(" px", "after a number of pixels"))
        self.dpi_spin = self._spin(MIN_DPI, MAX_DPI, DEFAULT_DPI, self.tr(" DPI", "after a number of dots per inch"))
        self.print_size_label = QLabel(self)
        self.print_size_label.setObjectName("fieldHelp")
        for spin in (self.width_spin, self.height_spin, self.dpi_spin):
            spin.valueChanged.connect(self._update_print_size)

        self.view_radio = QRadioButton(self.tr("&Current view"), self)
        self.project_radio = QRadioButton(self.tr("&Whole project"), self)
        self.extent_group = QButtonGroup(self)
        for radio in (self.view_radio, self.project_radio):
            self.extent_group.addButton(radio)
        self.view_radio.setEnabled(canvas is not None)
        (self.view_radio if canvas is not None else self.project_radio).setChecked(True)
        extent_row = QHBoxLayout()
        extent_row.addWidget(self.view_radio)
        extent_row.addWidget(self.project_radio)
        extent_row.addStretch(1)

        self.path_edit = QLineEdit(self)
        self.path_edit.setPlaceholderText(self.tr("Choose where to save the image"))
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)

        form = QFormLayout()
        form.addRow(self.tr("&Width:"), self.width_spin)
        form.addRow(self.tr("&Height:"), self.height_spin)
        form.addRow(self.tr("&Resolution:"), self.dpi_spin)
        form.addRow("", self.print_size_label)
        form.addRow(self.tr("Extent:"), extent_row)
        form.addRow(self.tr("Draw:"), self._overlay_boxes())
        form.addRow("", self._public_row())
        file_label = QLabel(self.tr("&File:"), self)  # a label of a row that is a layout needs its buddy set by hand
        file_label.setBuddy(self.path_edit)
        form.addRow(file_label, path_row)
        tab_order(self.grid_spin, self.path_edit, browse)  # made before the rows above it
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.export_button = buttons.addButton(self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self._update_print_size()

    def _overlay_boxes(self) -> QWidget:
        holder = QWidget(self)
        grid = QGridLayout(holder)
        grid.setContentsMargins(0, 0, 0, 0)
        self.overlay_boxes: dict[str, QCheckBox] = {}
        for index, (key, label) in enumerate(overlay_labels().items()):
            box = QCheckBox(label, holder)
            box.setChecked(key in self.shown.visible)
            self.overlay_boxes[key] = box
            grid.addWidget(box, index // 2, index % 2)
        self.overlay_boxes[HEAT].setToolTip(self.tr("The heat map as the Perception Map panel sets it: source and radius"))
        return holder

    def _public_row(self) -> QWidget:
        holder = QWidget(self)
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        self.public_box = QCheckBox(self.tr("Blur pin locations for &public sharing, to a grid of"), holder)
        self.public_box.setToolTip(self.tr("Each pin (and the heat made from pins) is drawn at the centre of its grid "
                                           "square, so no one's exact spot can be read from the map"))
        self.grid_spin = self._spin(MIN_GRID_M, MAX_GRID_M, DEFAULT_GRID_M, self.tr(" m", "after a number of metres"))
        self.grid_spin.setSingleStep(50)
        describe(self.grid_spin, self.tr("Blur grid size"), self.tr("The side of the grid squares pins are blurred to, in metres"))
        # What leaves the laptop is blurred unless someone chooses exact places.
        self.public_box.setChecked(True)
        self.public_box.toggled.connect(self.grid_spin.setEnabled)
        row.addWidget(self.public_box)
        row.addWidget(self.grid_spin)
        row.addStretch(1)
        return holder

    def overlays(self) -> frozenset[str]:
        return frozenset(key for key, box in self.overlay_boxes.items() if box.isChecked())

    def _spin(self, low: int, high: int, value: int, suffix: str) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setRange(low, high)
        spin.setValue(value)
        spin.setSuffix(suffix)
        spin.setAlignment(Qt.AlignmentFlag.AlignRight)
        return spin

    def _update_print_size(self) -> None:
        dpi = self.dpi_spin.value()
        width_cm = self.width_spin.value() / dpi * 2.54
        height_cm = self.height_spin.value() / dpi * 2.54
        self.print_size_label.setText(arg(self.tr("Prints %1 × %2 cm at this resolution"), format_fixed(width_cm),
                                          format_fixed(height_cm)))

    # -- choices -----------------------------------------------------------------

    def choose_path(self) -> str | None:
        """Ask where to save the PNG (tests replace this)."""
        name = self._store.name or self.tr("map", "a file name")
        return dialogs.ask_save_file(self, self.tr("Export Map Image"), self.path_edit.text() or os.path.expanduser("~"),
                                     arg(self.tr("PNG images (%1)"), "*.png"), "png", f"{name}.png")

    def _browse(self) -> None:
        path = self.choose_path()
        if path:
            self.path_edit.setText(path)

    def bbox(self) -> tuple[float, float, float, float] | None:
        """The lon/lat box to draw: the canvas's view, or None for the whole project."""
        if self._canvas is None or not self.view_radio.isChecked():
            return None
        min_x, min_y, max_x, max_y = self._canvas.mercator_view()
        return (*point_to_lonlat(min_x, min_y), *point_to_lonlat(max_x, max_y))

    # -- export ------------------------------------------------------------------

    def accept(self) -> None:
        path = self.path_edit.text().strip() or self.choose_path()
        if not path:
            return
        if not path.lower().endswith(".png"):
            path += ".png"
        self.path_edit.setText(path)
        if self.export_to(path):
            super().accept()

    def export_to(self, path: str) -> bool:
        """Render and write the PNG; tell the user and return False if that fails."""
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            with speaking(report_language_for(None, self._store.report_language, language())):
                image = render_map_image(self._store, self.width_spin.value(), self.height_spin.value(),
                                         bbox=self.bbox(), dpi=self.dpi_spin.value(),
                                         data=self._canvas.basemap if self._canvas is not None else None,
                                         overlays=self.overlays(), public=self.public_box.isChecked(),
                                         grid_m=self.grid_spin.value(), content=self.shown.content,
                                         heat_source=self.shown.heat_source, heat_radius_m=self.shown.heat_radius_m,
                                         hidden_groups=self.shown.hidden_groups)
            written = write_png(image, path)
        except ValueError as error:
            QGuiApplication.restoreOverrideCursor()
            dialogs.show_error(self, self.tr("Map not exported"), str(error))
            return False
        QGuiApplication.restoreOverrideCursor()
        if not written:
            dialogs.show_error(self, self.tr("Map not exported"),
                               arg(self.tr("%1 could not be written (check that the folder exists and that you may "
                                           "write to it)"), os.path.basename(path)))
            return False
        self.written_path = path
        return True
