"""The two sides of the paper-map placement dialog: the photo view and the map's markers.

Contract:
- ``load_photo(path)`` reads an image through ``io.image_import.open_upright`` --
  as the import reads it, turned by its EXIF orientation, so pixel coordinates agree -- and
  returns a QImage for display (at most MAX_DISPLAY_SIDE pixels) and the factor
  from original to displayed pixels. Unreadable files raise BasemapImportError.
- ``PhotoView`` shows the photo: the wheel zooms about the cursor, a left drag
  pans, a left click (moved < CLICK_SLOP px) emits ``clicked(column, row)`` in
  *original* image pixels. ``set_markers`` draws numbered markers.
- ``MapMarkers`` draws numbered markers in a MapCanvas's ViewBox (Web Mercator
  metres); clicks on the map come from the canvas's own ``clicked`` signal.
- ``Marker`` is a numbered dot that keeps its screen size at every zoom.
"""

from __future__ import annotations


from PySide6.QtCore import QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QImage, QMouseEvent, QPainter, QPen, QPixmap, QWheelEvent
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPixmapItem, QGraphicsScene, QGraphicsView, QStyleOptionGraphicsItem, QWidget

from cosafe.core.projection import point_to_mercator as to_mercator
from cosafe.io.image_import import downscale, open_upright

MAX_DISPLAY_SIDE = 4096  # pixels; enough to read street names, light on memory
CLICK_SLOP = 5  # pixels a click may move and still be a click, not a drag
ZOOM_STEP = 1.25
PAIRED_COLOUR = QColor("#C62828")
PENDING_COLOUR = QColor("#F9A825")


def load_photo(path: str) -> tuple[QImage, float]:
    """(display image, displayed pixels per original pixel); BasemapImportError if unreadable."""
    source = open_upright(path)
    width = source.width
    picture, _ = downscale(source.convert("RGBA"), MAX_DISPLAY_SIDE)
    data = picture.tobytes("raw", "RGBA")
    image = QImage(data, picture.width, picture.height, picture.width * 4, QImage.Format.Format_RGBA8888).copy()
    return image, picture.width / width


class Marker(QGraphicsItem):
    """A numbered dot drawn at a fixed screen size, its centre on the point."""

    RADIUS = 11

    def __init__(self, number: int, colour: QColor) -> None:
        super().__init__()
        self.number = number
        self._colour = colour
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setZValue(1000)

    def boundingRect(self) -> QRectF:
        r = self.RADIUS + 2
        return QRectF(-r, -r, 2 * r, 2 * r)

    def paint(self, painter: QPainter, _option: QStyleOptionGraphicsItem, _widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor("white"), 2))
        painter.setBrush(QBrush(self._colour))
        painter.drawEllipse(QPointF(0, 0), self.RADIUS, self.RADIUS)
        font = QFont(painter.font())
        font.setBold(True)
        font.setPixelSize(12)
        painter.setFont(font)
        painter.setPen(QColor("white") if self._colour == PAIRED_COLOUR else QColor("#3E2723"))
        painter.drawText(self.boundingRect(), Qt.AlignmentFlag.AlignCenter, str(self.number))


class PhotoView(QGraphicsView):
    """The photo, zoomable and pannable; clicks come out in original image pixels."""

    clicked = Signal(float, float)  # column, row

    def __init__(self, image: QImage, display_scale: float, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("photoView")
        self._display_scale = display_scale
        self.setScene(QGraphicsScene(self))
        self._pixmap = QGraphicsPixmapItem(QPixmap.fromImage(image))
        self._pixmap.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self.scene().addItem(self._pixmap)
        # Fixed to the photo: markers near the edge must not grow the scrollable area.
        self.setSceneRect(self._pixmap.boundingRect())
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        self.setBackgroundBrush(QColor("#ECEFF1"))
        self.viewport().setCursor(Qt.CursorShape.CrossCursor)
        self._markers: list[Marker] = []
        self._press: QPoint | None = None
        self._last: QPoint | None = None
        self._dragging = False
        self._zoomed = False  # until the person zooms, the photo follows the view's size

    def image_to_view(self, column: float, row: float) -> QPoint:
        """Viewport position of an original image pixel (for tests and tools)."""
        return self.mapFromScene(QPointF(column * self._display_scale, row * self._display_scale))

    def set_markers(self, markers: list[tuple[int, float, float, bool]]) -> None:
        """Show (number, column, row, pending) markers, replacing the previous ones."""
        for marker in self._markers:
            self.scene().removeItem(marker)
        self._markers = []
        for number, column, row, pending in markers:
            marker = Marker(number, PENDING_COLOUR if pending else PAIRED_COLOUR)
            marker.setPos(column * self._display_scale, row * self._display_scale)
            self.scene().addItem(marker)
            self._markers.append(marker)

    def fit(self) -> None:
        self.fitInView(self._pixmap, Qt.AspectRatioMode.KeepAspectRatio)

    def resizeEvent(self, event) -> None:  # noqa: ANN001 - Qt event
        super().resizeEvent(event)
        if not self._zoomed:
            self.fit()

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120
        if not steps:
            return
        factor = ZOOM_STEP ** steps
        current = self.transform().m11()
        # Between a quarter of the fitted size and 8 screen pixels per photo pixel.
        fitted = min(self.viewport().width() / max(1.0, self._pixmap.pixmap().width()),
                     self.viewport().height() / max(1.0, self._pixmap.pixmap().height()))
        factor = max(fitted / 4 / current, min(8.0 / current, factor))
        self._zoomed = True
        self.scale(factor, factor)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = self._last = event.position().toPoint()
            self._dragging = False
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is not None and self._last is not None:
            position = event.position().toPoint()
            if (position - self._press).manhattanLength() >= CLICK_SLOP:
                self._dragging = True
            if self._dragging:
                delta = position - self._last
                self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - delta.x())
                self.verticalScrollBar().setValue(self.verticalScrollBar().value() - delta.y())
            self._last = position
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._press is not None:
            was_click = not self._dragging
            self._press = self._last = None
            self._dragging = False
            if was_click:
                scene = self.mapToScene(event.position().toPoint())
                if self._pixmap.contains(scene):
                    self.clicked.emit(scene.x() / self._display_scale, scene.y() / self._display_scale)
            event.accept()
            return
        super().mouseReleaseEvent(event)


class MapMarkers:
    """Numbered markers in a MapCanvas's ViewBox, placed by lon/lat."""

    def __init__(self, canvas: QWidget) -> None:
        self._view_box = canvas.view_box  # type: ignore[attr-defined]
        self._markers: list[Marker] = []

    def set_markers(self, markers: list[tuple[int, float, float]]) -> None:
        """Show (number, lon, lat) markers, replacing the previous ones."""
        for marker in self._markers:
            self._view_box.removeItem(marker)
        self._markers = []
        for number, lon, lat in markers:
            marker = Marker(number, PAIRED_COLOUR)
            marker.setPos(*to_mercator(lon, lat))
            self._view_box.addItem(marker, ignoreBounds=True)
            self._markers.append(marker)
