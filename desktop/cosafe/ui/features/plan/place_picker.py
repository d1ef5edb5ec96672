"""Pick places on the map for an action: click a proposal, an audit point, a pin or an incident.

Contract:
- ``PlacePicker(sources)`` works on the map of ``sources.host`` (``PickSources``). ``start()`` turns picking
  on: the other map tools are put down (the sketch tool goes back to Select, the
  recording tools off), the cursor becomes a pointing hand and each left click on the
  map emits ``picked(table, uuid)`` for the place under it, or ``message`` saying
  nothing is there. ``stop()`` (or Escape on the map) turns it off and emits
  ``stopped``. While on, the left button belongs to the picker: no pan, no selection.
- What is under a click, within ``HIT_PX`` screen pixels, nearest first: an audit
  point, a perception pin or a recorded incident (``store.queries.identify.nearest_record``);
  failing those a proposal (``sources.sketching.controller.layer.hit``, so only
  proposals drawn on the map). ``place_at(lon, lat, units_per_pixel)`` answers it.
The picker never writes; the action editor keeps what was picked.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal

from cosafe.core.projection import ground_scale, point_to_lonlat, point_to_mercator
from cosafe.core.records import AuditPoint, Incident, PerceptionPin
from cosafe.store.queries.identify import nearest_record
from cosafe.ui.features.audits.api import AuditsFeature
from cosafe.ui.features.proposals.api import Sketching
from cosafe.ui.host import Host

HIT_PX = 9.0
_MOUSE = {QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease, QEvent.Type.MouseButtonDblClick}


@dataclass(frozen=True)
class PickSources:
    """Where places are picked: the host's map, and the features that know what is on it."""

    host: Host
    sketching: Sketching
    audits: AuditsFeature


class PlacePicker(QObject):
    picked = Signal(str, str)  # table, uuid
    message = Signal(str)
    stopped = Signal()

    def __init__(self, sources: PickSources, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.sources = sources
        self.active = False
        self._pressed = False

    @property
    def canvas(self) -> Any:
        return self.sources.host.map_canvas

    def start(self) -> bool:
        canvas = self.canvas
        if canvas is None or self.sources.host.session is None:
            return False
        self.sources.sketching.set_tool("select")
        self.sources.audits.set_tool(None)
        viewport = canvas.graphics_view.viewport()
        for watched in (viewport, canvas.graphics_view):
            watched.removeEventFilter(self)
            watched.installEventFilter(self)  # installed last = asked first, before the sketch tools
        viewport.setCursor(Qt.CursorShape.PointingHandCursor)
        self.active = True
        self.message.emit(self.tr("Click proposals, audit points or pins on the map to link them; Escape when done"))
        return True

    def stop(self) -> None:
        if not self.active:
            return
        self.active = False
        canvas = self.canvas
        if canvas is not None:
            viewport = canvas.graphics_view.viewport()
            viewport.removeEventFilter(self)
            canvas.graphics_view.removeEventFilter(self)
            viewport.unsetCursor()
        self.stopped.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.active or self.canvas is None:
            return False
        kind = event.type()
        if watched is self.canvas.graphics_view:
            if kind == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape:  # type: ignore[attr-defined]
                self.stop()
                return True
            return False
        if kind == QEvent.Type.MouseMove:
            return self._pressed  # a drag that started as a pick must not pan the map
        if kind not in _MOUSE or event.button() != Qt.MouseButton.LeftButton:  # type: ignore[attr-defined]
            return False
        if kind == QEvent.Type.MouseButtonPress:
            self._pressed = True
            self.canvas.graphics_view.setFocus(Qt.FocusReason.MouseFocusReason)  # Escape comes here
            return True
        if kind == QEvent.Type.MouseButtonRelease and self._pressed:
            self._pressed = False
            view = self.canvas.graphics_view
            point = self.canvas.view_box.mapSceneToView(view.mapToScene(event.position().toPoint()))  # type: ignore[attr-defined]
            lon, lat = point_to_lonlat(point.x(), point.y())
            found = self.place_at(lon, lat, float(self.canvas.view_box.viewPixelSize()[0]))
            if found is None:
                self.message.emit(self.tr("Nothing to link there: click on a proposal, an audit point or a pin"))
            else:
                self.picked.emit(*found)
        return True

    def place_at(self, lon: float, lat: float, units_per_pixel: float) -> tuple[str, str] | None:
        """(table, uuid) of the place under lon/lat, or None (see the module contract)."""
        session = self.sources.host.session
        if session is None:
            return None
        # Map metres per pixel are Mercator metres: on the ground they shrink with cos(latitude).
        found = nearest_record(session.store, (AuditPoint, PerceptionPin, Incident), lon, lat,
                               HIT_PX * units_per_pixel * ground_scale(lat))
        if found is not None:
            return found[1].TABLE, found[1].uuid
        x, y = point_to_mercator(lon, lat)
        controller = self.sources.sketching.controller
        proposal = controller.layer.hit(x, y, HIT_PX * units_per_pixel) if controller is not None else None
        return ("proposals", proposal) if proposal is not None else None
