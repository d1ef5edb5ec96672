"""The review of one read sheet: the rectified photo and the map side by side, the same dots drawn on both,
and the list of dots to accept, reject, re-kind and move.

Contract:
- ``ReviewPanel(store, reading, items)``: both views are scenes in millimetres of the page
  (the photo scaled by the reading's ``px_per_mm``; the map drawn by the map export for the
  sheet's bounds and placed on the sheet's frame), so a dot is at the same scene position in
  both. Dragging a dot in either view moves it in the other and in its ``ReviewItem``; the
  table's first column accepts it (a tick), the second changes its kind (safe, unsafe, idea),
  the third says why it was flagged (or that it looks sure), the fourth the numbered note
  the dot points to (the number written beside it, which the person may change or clear;
  shown beside the dot on both views). Beside the table, the sheet's numbered notes (one row
  per number a dot carries) take the text the facilitator types from the margin (``notes()``).
  Flagged items start unticked
  and are drawn dashed and orange-rimmed with a "?" after their number. ``changed`` is
  emitted after any decision or move.
- The map is drawn once, on the UI thread (the map export needs it), at ``MAP_PX_PER_MM``.
"""

from __future__ import annotations

from typing import Callable

import cv2
import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QImage, QPainter, QPainterPath, QPen, QPixmap, QResizeEvent
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QGraphicsEllipseItem, QGraphicsItem, QGraphicsPathItem,
                               QGraphicsPixmapItem, QGraphicsRectItem, QGraphicsScene, QGraphicsSimpleTextItem,
                               QGraphicsView, QHeaderView, QLabel, QSpinBox, QSplitter, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from cosafe.core.i18n import arg
from cosafe.core.formats import format_number
from cosafe.io.paper_sheets.layout import STICKERS
from cosafe.io.paper_sheets.reading import SheetReading
from cosafe.store.project_store import ProjectStore
from cosafe.ui.features.paper.review_items import ReviewItem
from cosafe.ui.kit.accessibility import describe

MAP_PX_PER_MM = 4.0  # the map beside the photo: sharp enough to read street names on a large screen
PHOTO_MAX_SIDE_PX = 2400  # the rectified page as shown (it is already about this size)
FLAG_COLOUR = "#E69F00"  # Okabe–Ito orange: apart from the three sticker colours
ACCEPT_COLUMN, KIND_COLUMN, CHECK_COLUMN, NOTE_COLUMN = 0, 1, 2, 3
LAST_NOTE = 99
PHOTO_MARGIN_MM = 12.0  # around the map frame in the photo's view
TABLE_ROWS = 9  # rows the table shows at least (fewer when there are fewer)


class SheetView(QGraphicsView):
    """A view that keeps its whole scene in sight as it is resized."""

    def __init__(self, scene: QGraphicsScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.SmoothPixmapTransform)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMinimumSize(200, 200)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()

    def fit(self) -> None:
        self.fitInView(self.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)


class DotItem(QGraphicsEllipseItem):
    """A detection drawn on one view: draggable; its moves go to ``moved(index, x_mm, y_mm)``."""

    def __init__(self, index: int, radius_mm: float, moved: Callable[[int, float, float], None]) -> None:
        super().__init__(QRectF(-radius_mm, -radius_mm, 2 * radius_mm, 2 * radius_mm))
        self.index = index
        self._moved = moved
        self._placing = False
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges)
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self.setZValue(2)
        self.label = QGraphicsSimpleTextItem(self)
        self.label.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        font = QFont()
        font.setBold(True)
        self.label.setFont(font)
        self.label.setBrush(QBrush(QColor("#000000")))
        self.label.setPos(radius_mm * 0.8, -radius_mm * 1.6)

    def place(self, x_mm: float, y_mm: float) -> None:
        """Move without reporting the move (it came from the other view or the model)."""
        self._placing = True
        try:
            self.setPos(x_mm, y_mm)
        finally:
            self._placing = False

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value):
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionHasChanged and not self._placing:
            self._moved(self.index, self.pos().x(), self.pos().y())
        return super().itemChange(change, value)


def _pen_path(handle: DotItem, item: ReviewItem) -> QGraphicsPathItem:
    """A pen line's or shape's path drawn as a child of ``handle`` (in mm from the handle's centre)."""
    points = [QPointF(x - item.detection.x_mm, y - item.detection.y_mm) for x, y in item.detection.points_mm]
    path = QPainterPath(points[0])
    for point in points[1:]:
        path.lineTo(point)
    if item.detection.kind == "area":
        path.closeSubpath()
    drawn = QGraphicsPathItem(path, handle)
    drawn.setFlag(QGraphicsItem.GraphicsItemFlag.ItemStacksBehindParent)
    return drawn


def photo_pixmap(rectified: np.ndarray) -> QPixmap:
    """The rectified page (BGR) as a pixmap, no larger than PHOTO_MAX_SIDE_PX."""
    height, width = rectified.shape[:2]
    scale = min(1.0, PHOTO_MAX_SIDE_PX / max(width, height))
    if scale < 1.0:
        rectified = cv2.resize(rectified, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    rgb = np.ascontiguousarray(cv2.cvtColor(rectified, cv2.COLOR_BGR2RGB))
    image = QImage(rgb.data, rgb.shape[1], rgb.shape[0], rgb.strides[0], QImage.Format.Format_RGB888)
    return QPixmap.fromImage(image.copy())


class ReviewPanel(QWidget):
    """The photo, the map and the list of dots of one read sheet (see the module contract)."""

    changed = Signal()

    def __init__(self, store: ProjectStore, reading: SheetReading, items: list[ReviewItem],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reading = reading
        self.items = items
        self.kinds = {"unsafe": self.tr("Unsafe place"), "safe": self.tr("Safe place"), "idea": self.tr("Idea")}
        self.photo_scene = QGraphicsScene(self)
        self.map_scene = QGraphicsScene(self)
        self._draw_photo()
        self._draw_map(store)
        self.photo_view = SheetView(self.photo_scene)
        self.map_view = SheetView(self.map_scene)
        self.photo_view.setToolTip(self.tr("The photo, straightened: drag a dot to where the sticker is"))
        self.map_view.setToolTip(self.tr("The map: drag a dot to where it belongs"))
        self.dots: list[tuple[DotItem, DotItem]] = []
        self.paths: list[tuple[QGraphicsPathItem, ...]] = []
        for index, item in enumerate(items):
            pen_drawn = bool(item.detection.points_mm)
            radius = 3.0 if pen_drawn else max(item.detection.diameter_mm / 2, 3.0)
            pair = (DotItem(index, radius, self.move), DotItem(index, radius, self.move))
            for scene, dot in zip((self.photo_scene, self.map_scene), pair):
                scene.addItem(dot)
                dot.place(item.x_mm, item.y_mm)
            # A pen line or shape hangs on its handle, so dragging the handle moves it whole.
            self.paths.append(tuple(_pen_path(dot, item) for dot in pair) if pen_drawn else ())
            self.dots.append(pair)

        self.table = QTableWidget(len(items), 4)
        self.table.setHorizontalHeaderLabels([self.tr("Accept"), self.tr("Kind"), self.tr("To check"),
                                              self.tr("Note")])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(ACCEPT_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(KIND_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CHECK_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(NOTE_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        self.kind_boxes: list[QComboBox] = []
        self.note_boxes: list[QSpinBox] = []
        for row, item in enumerate(items):
            tick = QTableWidgetItem(str(row + 1))
            tick.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
            tick.setCheckState(Qt.CheckState.Checked if item.accepted else Qt.CheckState.Unchecked)
            self.table.setItem(row, ACCEPT_COLUMN, tick)
            box = QComboBox()
            for key, text in self.kinds.items():
                box.addItem(text, key)
            box.setCurrentIndex(box.findData(item.meaning))
            box.setEnabled(not item.detection.points_mm)  # pen lines and shapes are ideas
            box.currentIndexChanged.connect(lambda _i, row=row, box=box: self.set_kind(row, box.currentData()))
            self.table.setCellWidget(row, KIND_COLUMN, box)
            self.kind_boxes.append(box)
            check = (arg(self.tr("Check: %1"), "; ".join(item.reasons)) if item.flagged else
                     arg(self.tr("Looks sure (%1 %)"), format_number(round(item.detection.confidence * 100))))
            if item.detection.kind == "line":
                check = arg(self.tr("Pen line: %1"), check)
            elif item.detection.kind == "area":
                check = arg(self.tr("Pen shape (an area): %1"), check)
            reason = QTableWidgetItem(check)
            reason.setToolTip(check)
            if item.flagged:
                reason.setForeground(QBrush(QColor("#8a4b00")))
            self.table.setItem(row, CHECK_COLUMN, reason)
            note = QSpinBox()
            note.setRange(0, LAST_NOTE)
            note.setSpecialValueText(self.tr("none", "no numbered note"))
            note.setValue(item.note or 0)
            note.setEnabled(not item.detection.points_mm)  # numbers are written beside dots
            describe(note, self.tr("Note number"),
                     self.tr("The number written beside the dot: it links the dot to that note of the margin"))
            note.valueChanged.connect(lambda value, row=row: self.set_note(row, value or None))
            self.table.setCellWidget(row, NOTE_COLUMN, note)
            self.note_boxes.append(note)
            self._style(row)
        self.table.itemChanged.connect(self._ticked)
        self.table.itemSelectionChanged.connect(self._selected)

        views = QSplitter(Qt.Orientation.Horizontal)
        views.addWidget(self._titled(arg(self.tr("Photo of sheet %1"), reading.identity.number),
                                     self.photo_view))
        views.addWidget(self._titled(self.tr("On the map"), self.map_view))
        views.setChildrenCollapsible(False)
        # The sheet's numbered notes: the facilitator types each note's text from the paper's margin.
        self.note_texts: dict[int, str] = {}
        self.notes_table = QTableWidget(0, 2)
        self.notes_table.setHorizontalHeaderLabels([self.tr("Note"), self.tr("Text of the note")])
        self.notes_table.verticalHeader().hide()
        self.notes_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.notes_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        describe(self.notes_table, self.tr("Numbered notes"),
                 self.tr("Type each numbered note's text as written in the sheet's margin: it is stored with the "
                         "dots that carry its number"))
        self.notes_table.itemChanged.connect(self._note_typed)
        self._list_notes()
        notes_box = QWidget()
        notes_layout = QVBoxLayout(notes_box)
        notes_layout.setContentsMargins(0, 0, 0, 0)
        notes_heading = QLabel(self.tr("Numbered notes on this sheet"))
        notes_heading.setStyleSheet("font-weight: bold")
        notes_layout.addWidget(notes_heading)
        notes_layout.addWidget(self.notes_table, 1)
        lists = QSplitter(Qt.Orientation.Horizontal)
        lists.addWidget(self.table)
        lists.addWidget(notes_box)
        lists.setStretchFactor(0, 3)
        lists.setStretchFactor(1, 2)
        lists.setChildrenCollapsible(False)
        body = QSplitter(Qt.Orientation.Vertical)
        body.addWidget(views)
        body.addWidget(lists)
        body.setStretchFactor(0, 2)
        body.setStretchFactor(1, 1)
        # Room for every row (up to TABLE_ROWS; more scroll), so no row shows cut in half on a small
        # screen; the views take the rest (a sheet is landscape: more height would be white above and below).
        rows = min(max(len(items), 3), TABLE_ROWS)
        self.table.setMinimumHeight(self.table.horizontalHeader().sizeHint().height() + 2 * self.table.frameWidth()
                                    + rows * self.table.verticalHeader().defaultSectionSize())
        body.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if not items:
            layout.addWidget(QLabel(self.tr("No sticker and no pen line was found on this sheet.")))
        layout.addWidget(body)

    @staticmethod
    def _titled(title: str, view: QWidget) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(title)
        heading.setStyleSheet("font-weight: bold")
        layout.addWidget(heading)
        layout.addWidget(view, 1)
        return box

    # -- drawing ---------------------------------------------------------------------------------

    def _draw_photo(self) -> None:
        reading = self.reading
        page_w, page_h = reading.layout.page
        if reading.rectified is not None:
            pixmap = photo_pixmap(reading.rectified)
            item = QGraphicsPixmapItem(pixmap)
            item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
            item.setScale(page_w / pixmap.width())
            self.photo_scene.addItem(item)
        frame = QGraphicsRectItem(QRectF(*reading.layout.frame))
        pen = QPen(QColor(FLAG_COLOUR), 0)
        pen.setCosmetic(True)
        frame.setPen(pen)
        self.photo_scene.addItem(frame)
        # The view frames the map and a margin (a sticker half over the edge shows whole), not the
        # legend and notes: the dots are what is checked, and they are larger this way.
        left, top, width, height = reading.layout.frame
        self.photo_scene.setSceneRect(QRectF(left, top, width, height).adjusted(-PHOTO_MARGIN_MM, -PHOTO_MARGIN_MM,
                                                                                 PHOTO_MARGIN_MM, PHOTO_MARGIN_MM))

    def _draw_map(self, store: ProjectStore) -> None:
        from cosafe.ui.map.export import render_map_image  # with the map: pyqtgraph loads late

        left, top, width, height = self.reading.layout.frame
        size = round(width * MAP_PX_PER_MM), round(height * MAP_PX_PER_MM)
        try:
            image = render_map_image(store, *size, bbox=self.reading.identity.bounds)
        except ValueError:
            image = None  # a map that cannot be drawn: the dots are still placed on the frame
        if image is not None:
            item = QGraphicsPixmapItem(QPixmap.fromImage(image))
            item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
            item.setScale(1 / MAP_PX_PER_MM)
            item.setPos(left, top)
            self.map_scene.addItem(item)
        border = QGraphicsRectItem(QRectF(left, top, width, height))
        border.setPen(QPen(QColor("#888888"), 0))
        self.map_scene.addItem(border)
        self.map_scene.setSceneRect(QRectF(left, top, width, height))

    def _style(self, row: int) -> None:
        item = self.items[row]
        colour = QColor(STICKERS[item.meaning][0])
        selected = bool(self.table.selectionModel()) and row in {index.row() for index in
                                                                 self.table.selectionModel().selectedRows()}
        for dot in self.dots[row] if row < len(self.dots) else ():
            pen = QPen(QColor(FLAG_COLOUR) if item.flagged else QColor("#000000"), 4 if selected else 2)
            pen.setCosmetic(True)
            if not item.accepted:
                pen.setStyle(Qt.PenStyle.DashLine)
            fill = QColor(colour)
            fill.setAlpha(170 if item.accepted else 60)
            dot.setPen(pen)
            dot.setBrush(QBrush(fill))
            name = str(row + 1) if item.note is None else arg(self.tr("%1: note %2", "a dot's row, then the "
                                                                          "number written beside it"),
                                                                  row + 1, item.note)
            dot.label.setText(arg(self.tr("%1?", "a dot to check"), name) if item.flagged else name)
            dot.label.setBrush(QBrush(QColor(FLAG_COLOUR).darker(150) if item.flagged else QColor("#000000")))
            dot.setToolTip(self.kinds[item.meaning])
        for path in self.paths[row] if row < len(self.paths) else ():
            line = QPen(QColor(FLAG_COLOUR) if item.flagged else colour, 2.5 if selected else 1.5)
            if not item.accepted:
                line.setStyle(Qt.PenStyle.DashLine)
            path.setPen(line)

    # -- decisions ---------------------------------------------------------------------------------

    def move(self, index: int, x_mm: float, y_mm: float) -> None:
        """A dot dragged on either view: move it on the other, and in its item."""
        item = self.items[index]
        item.x_mm, item.y_mm = x_mm, y_mm
        for dot in self.dots[index]:
            if (dot.pos().x(), dot.pos().y()) != (x_mm, y_mm):
                dot.place(x_mm, y_mm)
        self.changed.emit()

    def set_kind(self, row: int, meaning: str) -> None:
        self.items[row].meaning = meaning
        self._style(row)
        self.changed.emit()

    def set_note(self, row: int, note: int | None) -> None:
        """Give dot ``row`` the numbered note ``note`` (None: none), on both views and in the notes list."""
        self.items[row].note = note
        if self.note_boxes[row].value() != (note or 0):
            self.note_boxes[row].setValue(note or 0)
        self._style(row)
        self._list_notes()
        self.changed.emit()

    def notes(self) -> dict[int, str]:
        """The texts typed for the sheet's numbered notes, by number (what ``storing.sheet_edit`` is given)."""
        return {number: text for number, text in self.note_texts.items() if text.strip()}

    def _list_notes(self) -> None:
        """One row per number some dot carries, with the text typed for it (kept when numbers change)."""
        numbers = sorted({item.note for item in self.items if item.note is not None})
        self.notes_table.blockSignals(True)
        self.notes_table.setRowCount(len(numbers))
        for row, number in enumerate(numbers):
            label = QTableWidgetItem(format_number(number))
            label.setData(Qt.ItemDataRole.UserRole, number)
            label.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            self.notes_table.setItem(row, 0, label)
            text = QTableWidgetItem(self.note_texts.get(number, ""))
            text.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable)
            self.notes_table.setItem(row, 1, text)
        self.notes_table.blockSignals(False)

    def set_note_text(self, number: int, text: str) -> None:
        """Type ``text`` for note ``number`` (as the notes list does)."""
        for row in range(self.notes_table.rowCount()):
            if self.notes_table.item(row, 0).data(Qt.ItemDataRole.UserRole) == number:
                self.notes_table.item(row, 1).setText(text)
                return
        self.note_texts[number] = text

    def _note_typed(self, cell: QTableWidgetItem) -> None:
        if cell.column() != 1:
            return
        number = self.notes_table.item(cell.row(), 0).data(Qt.ItemDataRole.UserRole)
        self.note_texts[number] = cell.text()
        self.changed.emit()

    def set_accepted(self, row: int, accepted: bool) -> None:
        self.table.item(row, ACCEPT_COLUMN).setCheckState(Qt.CheckState.Checked if accepted else
                                                          Qt.CheckState.Unchecked)

    def _ticked(self, cell: QTableWidgetItem) -> None:
        if cell.column() != ACCEPT_COLUMN:
            return
        self.items[cell.row()].accepted = cell.checkState() == Qt.CheckState.Checked
        self._style(cell.row())
        self.changed.emit()

    def _selected(self) -> None:
        for row in range(len(self.items)):
            self._style(row)

    def accepted_count(self) -> int:
        return sum(item.accepted for item in self.items)

    def scene_point(self, view: QGraphicsView, index: int) -> QPointF:
        """Where dot ``index`` is in ``view``'s viewport (for tests that drag it)."""
        dots = self.dots[index]
        dot = dots[0] if view is self.photo_view else dots[1]
        return view.mapFromScene(dot.scenePos()).toPointF()
