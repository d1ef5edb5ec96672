"""Adding, editing and deleting perception pins: the pin dialog turned into single edits.

Contract:
- ``PinFlow(host, context)`` records for the host's project and the active workshop.
- ``clicked(lon, lat, units_per_pixel, coarse=False)`` (the map's pin tool): a click
  within ``HIT_PX`` pixels of a pin (half a 44 px touch target for a finger or pen,
  ``coarse``) edits the nearest one, otherwise it adds a pin there.
- ``fill_context_menu(menu, spot)`` (the map's context menu: right click, long press):
  Edit Pin… and Delete Pin for the pin at the spot.
- ``add_pin(lon, lat)``: the dialog, then ONE AddRecord ("Add unsafe pin"). The pin
  belongs to the active workshop, and to the group of the participant picked (or
  the active group when nobody is picked).
- ``edit_pin(uuid)``: the dialog with the pin's values, then ONE UpdateRecord, or
  ONE DeleteRecord when Delete Pin was pressed (no question: undo brings it back).
- ``delete_pin(uuid)`` is that delete on its own. Read-only projects: nothing is written.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMenu
from shapely.geometry import Point

from cosafe.core.actions import unlink_places_edits
from cosafe.core.edits import AddRecord, DeleteRecord, EditGroup, UpdateRecord
from cosafe.core.paper_provenance import unlink_read_records_edits
from cosafe.core.projection import ground_scale
from cosafe.core.reason_tags import tag_translations
from cosafe.core.records import Participant, PerceptionPin, ReasonTag
from cosafe.store.queries.identify import nearest_record
from cosafe.ui.features.audits.pin_dialog import PinDialog
from cosafe.ui.features.workshops.api import WorkshopContext
from cosafe.ui.host import Host
from cosafe.ui.map.contact import target_radius_px
from cosafe.ui.map.interaction import MapSpot
from cosafe.ui.session import editable

HIT_PX = 9.0  # a pin marker is 13 px across: a click on it, or just beside it, picks it


class PinFlow(QObject):
    """The pin commands of one window."""

    def __init__(self, host: Host, context: WorkshopContext) -> None:
        super().__init__(host)
        self.host = host
        self.window = host.window  # the dialogs' parent
        self.context = context

    @property
    def session(self) -> Any:
        return self.host.session

    def pin_near(self, lon: float, lat: float, units_per_pixel: float, coarse: bool = False) -> PerceptionPin | None:
        """The pin nearest to lon/lat within HIT_PX screen pixels, or half a touch target when
        ``coarse`` (``units_per_pixel`` in map metres)."""
        if self.session is None:
            return None
        # Map metres per pixel are Mercator metres: times the ground scale, true metres.
        reach_m = target_radius_px(HIT_PX, coarse) * units_per_pixel * ground_scale(lat)
        found = nearest_record(self.session.store, [PerceptionPin], lon, lat, reach_m)
        return found[1] if found is not None else None  # type: ignore[return-value]

    def clicked(self, lon: float, lat: float, units_per_pixel: float, coarse: bool = False) -> bool:
        near = self.pin_near(lon, lat, units_per_pixel, coarse)
        return self.edit_pin(near.uuid) if near is not None else self.add_pin(lon, lat)

    def fill_context_menu(self, menu: QMenu, spot: MapSpot) -> None:
        """Edit Pin… and Delete Pin for the pin at the map's context-menu spot."""
        pin = self.pin_near(spot.lon, spot.lat, spot.pixel, spot.coarse)
        if pin is None:
            return
        uuid = pin.uuid
        menu.addAction(self.tr("&Edit Pin…"), lambda: self.edit_pin(uuid))
        delete = menu.addAction(self.tr("Delete &Pin"), lambda: self.delete_pin(uuid))
        delete.setEnabled(editable(self.session))

    def _people(self, workshop_uuid: str | None) -> list[Participant]:
        if workshop_uuid is None:
            return []
        return self.session.store.list(Participant, "workshop_uuid = ?", (workshop_uuid,))

    def _group_of(self, people: list[Participant], participant_uuid: str | None, fallback: str | None) -> str | None:
        person = next((p for p in people if p.uuid == participant_uuid), None)
        return person.group_uuid if person is not None and person.group_uuid else fallback

    def _dialog(self, pin: PerceptionPin, people: list[Participant], deletable: bool) -> PinDialog:
        tags = self.session.store.list(ReasonTag)
        return PinDialog(people, pin, tags, deletable, self.window, own=tag_translations(self.session.store))

    def add_pin(self, lon: float, lat: float) -> bool:
        if not editable(self.session):
            return False
        workshop_uuid, group_uuid = self.context.workshop_uuid, self.context.group_uuid
        people = self._people(workshop_uuid)
        draft = PerceptionPin(geom=Point(lon, lat), workshop_uuid=workshop_uuid, group_uuid=group_uuid,
                              time_of_day=_default_time_of_day(self.session.store))
        dialog = self._dialog(draft, people, deletable=False)
        try:
            if dialog.exec() != PinDialog.DialogCode.Accepted:
                return False
            values = dialog.values()
        finally:
            dialog.deleteLater()
        values["group_uuid"] = self._group_of(people, values["participant_uuid"], group_uuid)  # type: ignore[arg-type]
        pin = PerceptionPin(geom=Point(lon, lat), workshop_uuid=workshop_uuid,
                            device_id=self.session.store.get_meta("device_id") or "", **values)  # type: ignore[arg-type]
        return self.session.perform(AddRecord(pin, self.tr("Add unsafe pin") if pin.feeling == "unsafe"
                                                   else self.tr("Add safe pin")))

    def edit_pin(self, uuid: str) -> bool:
        if self.session is None:
            return False
        pin = self.session.store.get(PerceptionPin, uuid)
        if pin is None:
            return False
        people = self._people(pin.workshop_uuid)
        dialog = self._dialog(pin, people, deletable=editable(self.session))
        if not editable(self.session):
            dialog.ok_button.setEnabled(False)
        try:
            if dialog.exec() != PinDialog.DialogCode.Accepted or not editable(self.session):
                return False
            if dialog.deleted:
                return self.delete_pin(uuid)
            values = dialog.values()
        finally:
            dialog.deleteLater()
        values["group_uuid"] = self._group_of(people, values["participant_uuid"], pin.group_uuid)  # type: ignore[arg-type]
        changed = {key: value for key, value in values.items() if getattr(pin, key) != value}
        if not changed:
            return False
        store = self.session.store
        return self.session.perform(UpdateRecord(store, PerceptionPin, uuid, changed,
                                                         self.tr("Edit unsafe pin") if pin.feeling == "unsafe"
                                                         else self.tr("Edit safe pin")))

    def delete_pin(self, uuid: str) -> bool:
        if not editable(self.session):
            return False
        pin = self.session.store.get(PerceptionPin, uuid)
        if pin is None:
            return False
        store = self.session.store
        label = self.tr("Delete unsafe pin") if pin.feeling == "unsafe" else self.tr("Delete safe pin")
        edits = [*unlink_places_edits(store, PerceptionPin.TABLE, [uuid], label),
                 *unlink_read_records_edits(store, {PerceptionPin.TABLE: [uuid]}, label),  # a dot from paper
                 DeleteRecord(store, PerceptionPin, uuid, label)]
        return self.session.perform(edits[0] if len(edits) == 1 else EditGroup(edits, label))


def _default_time_of_day(store: Any) -> str:
    """A new pin starts at the time of day of the last pin placed (a night session stays night)."""
    last = store.list(PerceptionPin, order_by="fid DESC LIMIT 1", with_geometry=False)
    return last[0].time_of_day if last else "day"
