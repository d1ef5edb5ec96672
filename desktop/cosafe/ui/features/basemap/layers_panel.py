"""The Layers dock: the project's basemap layers, top of the list drawn on top.

Contract: ``set_session(session | None)`` shows that project's ``BasemapLayer``
records ordered by ``sort_order`` (highest first) and re-reads them on
Change.BASEMAP. Each row: a visibility checkbox, the name (double-click or F2
renames), the kind, the feature count. For the selected layer: an opacity slider
(one undo step per release, not per tick), Move Up / Move Down and Remove
(asks first). Every change goes through ``layer_edits`` (ProjectSession.perform),
so Ctrl+Z undoes it; the panel itself never writes. ``import_requested`` asks the
window to run File › Import Basemap. A read-only project disables every control.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QSlider,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cosafe.core.changes import Change
from cosafe.core.i18n import QT_TRANSLATE_NOOP, arg, translate
from cosafe.core.records import BasemapLayer
from cosafe.ui.features.basemap.words import Layers
from cosafe.ui.kit import dialogs
from cosafe.ui.features.basemap import layer_edits
from cosafe.ui.kit.connections import follow
from cosafe.ui.kit.icons import icon
from cosafe.ui.session import ProjectSession, editable
from cosafe.ui.kit.accessibility import describe, tab_order
from cosafe.ui.kit.numbers import grouped
from cosafe.ui.kit.record_table import keep_title_readable

KIND_TEXT = {"vector": QT_TRANSLATE_NOOP("Layers", "Vector"), "tiles": QT_TRANSLATE_NOOP("Layers", "Tiles"),
             "image": QT_TRANSLATE_NOOP("Layers", "Image")}
UUID_ROLE = Qt.ItemDataRole.UserRole


def count_text(layer: BasemapLayer) -> str:
    if layer.kind == "image":
        return "—"
    if layer.kind == "tiles":
        return Layers.tr("%Ln tiles", "", layer.feature_count)
    return grouped(layer.feature_count)


class LayersPanel(QWidget):
    """List and edit the basemap layers of one project."""

    import_requested = Signal()
    zoom_requested = Signal(str)  # layer uuid

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("layersPanel")
        self._session: ProjectSession | None = None
        self.layers: list[BasemapLayer] = []  # top to bottom, as shown

        self.tree = QTreeWidget(self)
        self.tree.setObjectName("layersTree")
        describe(self.tree, self.tr("Basemap layers"),
                 self.tr("The map's layers, top to bottom; tick to show, drag to reorder"))
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("Layer"), self.tr("Kind"), self.tr("Features")])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        keep_title_readable(header, 0)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._show_context_menu)
        self.tree.itemChanged.connect(self._on_item_changed)
        self.tree.itemSelectionChanged.connect(self._update_controls)
        self.empty_label = QLabel(self.tr("No basemap yet. Import a street map (OpenStreetMap, GeoJSON, "
                                          "Shapefile…), MBTiles, or a photo of a paper map."), self)
        self.empty_label.setObjectName("panelHint")
        self.empty_label.setWordWrap(True)

        self.opacity_slider = QSlider(Qt.Orientation.Horizontal, self)
        self.opacity_slider.setObjectName("layerOpacity")
        self.opacity_slider.setRange(0, 100)
        self.opacity_slider.setPageStep(10)
        self.opacity_value = QLabel("", self)
        self.opacity_value.setMinimumWidth(36)
        self.opacity_value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.opacity_slider.valueChanged.connect(self._on_opacity_moved)
        self.opacity_slider.sliderReleased.connect(self._commit_opacity)
        opacity_row = QHBoxLayout()
        opacity_row.addWidget(QLabel(self.tr("Opacity"), self))
        opacity_row.addWidget(self.opacity_slider, 1)
        opacity_row.addWidget(self.opacity_value)

        self.up_button = self._button(self.tr("Move Up"), "move-up",
                                        self.tr("Move Up: draw the selected layer above the one over it"),
                                      lambda: self._move(up=True), icon_only=True)
        self.down_button = self._button(self.tr("Move Down"), "move-down",
                                        self.tr("Move Down: draw the selected layer below the one under it"),
                                        lambda: self._move(up=False), icon_only=True)
        self.remove_button = self._button(self.tr("Remove"), "remove",
                                            self.tr("Remove the selected layer (Undo brings it back)"),
                                          self.remove_selected)
        self.import_button = self._button(self.tr("Import…"), "import-basemap",
                                          self.tr("Import a map file, MBTiles or a photo of a paper map (Ctrl+I)"),
                                          self.import_requested.emit)
        top = QHBoxLayout()
        top.addWidget(self.import_button)
        top.addStretch(1)
        buttons = QHBoxLayout()
        for button in (self.up_button, self.down_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty_label)
        layout.addStretch(0)
        layout.addLayout(opacity_row)
        layout.addLayout(buttons)
        tab_order(self.import_button, self.tree, self.opacity_slider, self.up_button, self.down_button,
                  self.remove_button)  # Import, made last, is at the top
        self.set_session(None)

    def _button(self, text: str, icon_name: str, tip: str, slot: Callable[[], object],
                icon_only: bool = False) -> QToolButton:
        # Tool buttons: push buttons have a minimum width that would make the dock wide.
        button = QToolButton(self)
        button.setIcon(icon(icon_name))
        button.setText(text)
        button.setAccessibleName(text)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly if icon_only
                                  else Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setToolTip(tip)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    # -- the session ---------------------------------------------------------------

    def set_session(self, session: ProjectSession | None) -> None:
        self._session = follow(self._session, session, "changed", self._on_changed)
        self.refresh()

    def _on_changed(self, change: Change) -> None:
        if change & Change.BASEMAP:
            self.refresh()


    def refresh(self) -> None:
        """Re-read the layers, keeping the selection."""
        selected = self.selected_layer()
        keep = selected.uuid if selected else None
        session = self._session
        self.layers = (session.store.list(BasemapLayer, order_by="sort_order DESC, fid DESC")
                       if session is not None else [])
        with QSignalBlocker(self.tree):
            self.tree.clear()
            for layer in self.layers:
                kind = translate("Layers", KIND_TEXT[layer.kind]) if layer.kind in KIND_TEXT else layer.kind
                item = QTreeWidgetItem([layer.name, kind, count_text(layer)])
                item.setData(0, UUID_ROLE, layer.uuid)
                # Read-only rows still show their checkbox, but it cannot be toggled.
                changeable = Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEditable
                item.setFlags(item.flags() | changeable if editable(self._session) else item.flags() & ~changeable)
                item.setCheckState(0, Qt.CheckState.Checked if layer.visible else Qt.CheckState.Unchecked)
                item.setIcon(1, icon(f"layer-{layer.kind}"))
                item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                item.setToolTip(0, arg(self.tr("%1\nfrom %2", "a layer's name and the file it came from"), layer.name,
                                          layer.source_name) if layer.source_name else layer.name)
                self.tree.addTopLevelItem(item)
                if layer.uuid == keep:
                    item.setSelected(True)
                    self.tree.setCurrentItem(item)
        has_session = session is not None
        self.tree.setVisible(bool(self.layers))
        self.empty_label.setVisible(has_session and not self.layers)
        self._update_controls()

    # -- selection and controls ------------------------------------------------------

    def _show_context_menu(self, position: QPoint) -> None:
        layer = self.selected_layer()
        if layer is None:
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Zoom to Layer"), lambda: self.zoom_requested.emit(layer.uuid))
        menu.exec(self.tree.viewport().mapToGlobal(position))

    def selected_index(self) -> int | None:
        items = self.tree.selectedItems()
        return self.tree.indexOfTopLevelItem(items[0]) if items else None

    def selected_layer(self) -> BasemapLayer | None:
        index = self.selected_index()
        return self.layers[index] if index is not None and index < len(self.layers) else None

    def select(self, uuid: str) -> None:
        for index, layer in enumerate(self.layers):
            if layer.uuid == uuid:
                self.tree.setCurrentItem(self.tree.topLevelItem(index))

    def _update_controls(self) -> None:
        index, layer, can_edit = self.selected_index(), self.selected_layer(), editable(self._session)
        with QSignalBlocker(self.opacity_slider):
            self.opacity_slider.setValue(round(layer.opacity * 100) if layer else 100)
        self.opacity_value.setText(arg(self.tr("%1%", "opacity"), self.opacity_slider.value()) if layer else "")
        self.opacity_slider.setEnabled(can_edit and layer is not None)
        self.up_button.setEnabled(can_edit and index is not None and index > 0)
        self.down_button.setEnabled(can_edit and index is not None and index < len(self.layers) - 1)
        self.remove_button.setEnabled(can_edit and layer is not None)
        self.import_button.setEnabled(can_edit)

    # -- changes ------------------------------------------------------------------------

    def _on_item_changed(self, item: QTreeWidgetItem, _column: int) -> None:
        uuid = item.data(0, UUID_ROLE)
        visible = item.checkState(0) == Qt.CheckState.Checked
        name = item.text(0)
        # Edit after Qt has finished with the item: the refresh that follows the
        # edit rebuilds the list, which must not happen inside the item's own signal.
        QTimer.singleShot(0, self, lambda: self._apply_item_change(uuid, visible, name))

    def _apply_item_change(self, uuid: str, visible: bool, name: str) -> None:
        layer = next((layer for layer in self.layers if layer.uuid == uuid), None)
        if layer is None or self._session is None:
            return
        if visible != layer.visible:
            layer_edits.set_visible(self._session, layer, visible)
        elif name.strip() != layer.name:
            if not layer_edits.rename(self._session, layer, name):
                self.refresh()  # a blank name: put the old one back

    def _on_opacity_moved(self, value: int) -> None:
        self.opacity_value.setText(arg(self.tr("%1%", "opacity"), value))
        # Keys, the wheel and clicks beside the handle are single steps; a drag is
        # committed once, on release.
        if not self.opacity_slider.isSliderDown():
            self._commit_opacity()

    def _commit_opacity(self) -> None:
        layer = self.selected_layer()
        if layer is not None and self._session is not None:
            layer_edits.set_opacity(self._session, layer, self.opacity_slider.value())

    def _move(self, up: bool) -> None:
        index = self.selected_index()
        if index is not None and self._session is not None:
            layer_edits.move(self._session, self.layers, index, up)

    def remove_selected(self) -> None:
        layer = self.selected_layer()
        if layer is None or self._session is None:
            return
        if dialogs.ask_confirm(self, self.tr("Remove layer"),
                               arg(self.tr("Remove “%1” from the project? Undo (Ctrl+Z) brings it back until the "
                                           "project is closed."), layer.name), self.tr("Remove")):
            layer_edits.remove(self._session, layer)
