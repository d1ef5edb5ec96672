"""The active workshop and group: everything drawn on the map belongs to them.

Contract:
- ``WorkshopContext`` is made by the workshops feature (``WorkshopsFeature.context``); the
  toolbar selector, the Workshops panel, the sketch tools and the proposal panels all
  read it, and any of them may call ``select_workshop`` / ``select_group``.
- ``set_session(session | None)``: with a project, the most recent workshop (by date held)
  and its first group become active (None when there are none); without one, both None.
- On Change.WORKSHOPS the selection is kept valid: a deleted workshop is replaced by the
  most recent remaining one, a deleted group by the first group of the active workshop,
  and a workshop without an active group gets its first group once it has one.
- ``changed()`` is emitted only when ``workshop_uuid`` or ``group_uuid`` really changed;
  ``reloaded()`` after the records were re-read (names, colours or the lists may differ),
  so views that list workshops or groups listen to that, after the selection is settled.
- ``workshops`` / ``groups`` are the project's records as last read (cached so the
  selector and the panel do not query the store on every repaint).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from cosafe.core.changes import Change
from cosafe.core.records import Group, Workshop
from cosafe.core.workshops import first_group, most_recent_workshop, workshop_sort_key
from cosafe.ui.kit.connections import follow
from cosafe.ui.session import ProjectSession


class WorkshopContext(QObject):
    """Which workshop and group new work is recorded for."""

    changed = Signal()
    reloaded = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workshopContext")
        self._session: ProjectSession | None = None
        self._workshop_uuid: str | None = None
        self._group_uuid: str | None = None
        self.workshops: list[Workshop] = []  # most recent first
        self.groups: list[Group] = []  # every workshop's, in the order they were added

    @property
    def session(self) -> ProjectSession | None:
        return self._session

    @property
    def workshop_uuid(self) -> str | None:
        return self._workshop_uuid

    @property
    def group_uuid(self) -> str | None:
        return self._group_uuid

    @property
    def workshop(self) -> Workshop | None:
        return next((w for w in self.workshops if w.uuid == self._workshop_uuid), None)

    @property
    def group(self) -> Group | None:
        return next((g for g in self.groups if g.uuid == self._group_uuid), None)

    def groups_of(self, workshop_uuid: str | None) -> list[Group]:
        return [group for group in self.groups if group.workshop_uuid == workshop_uuid]

    def set_session(self, session: ProjectSession | None) -> None:
        self._session = follow(self._session, session, "changed", self._on_changed)
        self._reload()
        recent = most_recent_workshop(self.workshops)
        self._set(recent.uuid if recent else None, None)
        self.reloaded.emit()

    def select_workshop(self, uuid: str | None) -> None:
        """Make ``uuid`` active, keeping the group if it belongs to it, else its first group."""
        if uuid is not None and all(w.uuid != uuid for w in self.workshops):
            return
        keep = self.group if self.group is not None and self.group.workshop_uuid == uuid else None
        self._set(uuid, keep.uuid if keep else None)

    def select_group(self, uuid: str | None) -> None:
        """Make ``uuid`` active (and its workshop); None means no group of the active workshop."""
        if uuid is None:
            self._set(self._workshop_uuid, None, fill_group=False)
            return
        group = next((g for g in self.groups if g.uuid == uuid), None)
        if group is not None:
            self._set(group.workshop_uuid, group.uuid)

    def _on_changed(self, change: Change) -> None:
        if change & Change.WORKSHOPS:
            self._reload()
            workshop = self._workshop_uuid
            if self.workshop is None:
                recent = most_recent_workshop(self.workshops)
                workshop = recent.uuid if recent else None
            self._set(workshop, self._group_uuid)
            self.reloaded.emit()

    def _reload(self) -> None:
        session = self._session
        if session is None:
            self.workshops, self.groups = [], []
            return
        self.workshops = sorted(session.store.list(Workshop), key=workshop_sort_key, reverse=True)
        self.groups = session.store.list(Group)

    def _set(self, workshop_uuid: str | None, group_uuid: str | None, *, fill_group: bool = True) -> None:
        group = next((g for g in self.groups if g.uuid == group_uuid), None)
        if group is None or group.workshop_uuid != workshop_uuid:
            # A group outside the active workshop cannot be active; fall back to the first.
            first = first_group(self.groups, workshop_uuid) if fill_group else None
            group_uuid = first.uuid if first else None
        moved = (workshop_uuid, group_uuid) != (self._workshop_uuid, self._group_uuid)
        self._workshop_uuid, self._group_uuid = workshop_uuid, group_uuid
        if moved:
            self.changed.emit()
