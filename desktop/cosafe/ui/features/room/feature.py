"""The room feature: Workshop › Open the Room…, the Room dock, and the room beside the window.

Contract: ``RoomFeature(host, workshops)`` adds
- Workshop › Open the Room… (``open_action``): for an editable project with a workshop
  and a map area, the ``OpenRoomDialog`` (``dialog`` while it is shown) chooses the
  network and port; the room then serves the active workshop (the Workshop bar's),
  phones hear the project's report language (else the window's), and the Room dock
  (``panel``) shows the QR code, the address and the room code.
- Every phone's pin, idea, dot and join is one undo step made on the UI thread through
  the session (``WindowRoomStore``), so it shows on the map and the panels at once.
- Pause / Resume / Close the Room in the panel; the room closes with the project (and
  so with the window). Show on the Projector shows the ``RoomPoster`` full screen on the
  projector's screen.
- Remove This Device's Contributions: the phone's pins, dots and ideas in ONE undo step
  ("Remove the contributions of phone P14"); its participant stays, and may add more.
- Approve / Reject a story from a phone: one undo step each.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget

from cosafe.core.changes import Change
from cosafe.core.i18n import arg, language
from cosafe.core.records import PerceptionPin
from cosafe.core.report_language import report_language_in_force
from cosafe.core.stories import APPROVED, review_story_edit
from cosafe.core.workshops import remove_contributions_edit
from cosafe.ui.features.room.panel import RoomPanel
from cosafe.ui.features.workshops.api import WorkshopsFeature
from cosafe.ui.host import Host, MenuId
from cosafe.ui.kit import dialogs
from cosafe.ui.session import ProjectSession, editable

if TYPE_CHECKING:  # the room's server (Starlette, uvicorn) and its QR code load when a room first opens
    from cosafe.room.contributions import RoomScope
    from cosafe.ui.features.room.open_dialog import OpenRoomDialog
    from cosafe.ui.features.room.poster import RoomPoster
    from cosafe.ui.features.room.running import OpenRoom

WHO_EVERY_MS = 1000  # a phone that joins is listed within a second (its token comes after its edit)


class RoomFeature(QObject):
    def __init__(self, host: Host, workshops: WorkshopsFeature) -> None:
        super().__init__(host)
        self.host = host
        self.workshops = workshops
        self.room: OpenRoom | None = None
        self.dialog: OpenRoomDialog | None = None
        self.poster: RoomPoster | None = None
        self._session: ProjectSession | None = None
        self._last_holders: list = []
        self.panel = RoomPanel()
        # Tabbed with the proposal's details (and the Undo History): the room needs the height for its QR code.
        self.dock = host.add_dock(self.tr("Room"), "roomDock", self.panel, "room", Qt.DockWidgetArea.RightDockWidgetArea,
                                  scroll=False, shown=False, tab_with=host.dock("proposalDock"))  # it scrolls itself
        self.open_action = QAction(self.tr("Open the &Room…"), self)
        self.open_action.setStatusTip(self.tr("Let participants add pins, ideas and dots from their own phones"))
        self.open_action.triggered.connect(self.open_dialog)
        menu = host.menu(MenuId.WORKSHOP)
        menu.addSeparator()
        menu.addAction(self.open_action)
        menu.addAction(self.dock.toggleViewAction())
        self.panel.open_requested.connect(self.open_dialog)
        self.panel.close_requested.connect(self.close_room)
        self.panel.pause_toggled.connect(self._pause)
        self.panel.poster_requested.connect(self.show_poster)
        self.panel.remove_requested.connect(self.remove_contributions)
        self.panel.review_requested.connect(self.review_story)
        self._who = QTimer(self)
        self._who.setInterval(WHO_EVERY_MS)
        self._who.timeout.connect(self._check_who)
        host.project_opened.connect(self._on_opened)
        host.project_closed.connect(self._on_closed)
        self._enable()

    # -- the project ------------------------------------------------------------------------------

    def _on_opened(self, session: ProjectSession) -> None:
        self._session = session
        session.changed.connect(self._on_changed)
        self._enable()

    def _on_closed(self) -> None:
        self.close_room()  # before the session lets the project go
        self._session = None
        self._enable()

    def _on_changed(self, change: Change) -> None:
        if self.room is not None and self._session is not None:
            if change & Change.BASEMAP:
                self.room.basemap_changed()  # phones see the new basemap from their next tile on
            self.panel.refresh(self._session.store)

    def _enable(self) -> None:
        self.open_action.setEnabled(editable(self._session) and self.room is None)

    # -- opening and closing ---------------------------------------------------------------------------

    def open_dialog(self) -> None:
        from cosafe.room.contributions import RoomScope, room_bounds, room_workshop
        from cosafe.ui.features.room.networks import network_choices
        from cosafe.ui.features.room.open_dialog import OpenRoomDialog

        session = self._session
        if self.room is not None or session is None:
            return
        if not editable(session):
            dialogs.show_error(self.host.window, self.tr("The room cannot open"),
                               self.tr("The project is open read-only: phones could add nothing."))
            return
        workshop = self.workshops.context.workshop or room_workshop(session.store)
        if workshop is None:
            dialogs.show_error(self.host.window, self.tr("The room cannot open"),
                               self.tr("The project has no workshop: add one first (Workshop › New Workshop…)."))
            return
        bounds = room_bounds(session.store)
        if bounds is None:
            dialogs.show_error(self.host.window, self.tr("The room cannot open"),
                               self.tr("The project has no map area: import a basemap or set the project area "
                                       "first."))
            return
        scope = RoomScope(workshop.uuid, bounds)
        spoken = report_language_in_force(session.store.report_language) or language()
        self.dialog = OpenRoomDialog(network_choices(), lambda host, port: self._start(session, scope, host, port,
                                                                                      spoken), self.host.window)
        self.dialog.finished.connect(self._dialog_done)
        self.dialog.open()

    def _dialog_done(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None

    def _start(self, session: ProjectSession, scope: RoomScope, host: str, port: int, spoken: str) -> str | None:
        from cosafe.room.server import ListenError
        from cosafe.ui.features.room.running import OpenRoom

        if session is not self._session:
            return self.tr("The project was closed.")
        try:
            self.room = OpenRoom.start(session, scope, host, port, spoken)
        except ListenError as error:
            return str(error)
        self.panel.show_room(self.room)
        self.panel.refresh(session.store)
        self.dock.show()
        self.dock.raise_()
        QTimer.singleShot(0, self._give_height)
        self._who.start()
        self._enable()
        self.host.show_status(arg(self.tr("Room open: %1"), self.room.url))
        return None

    def _give_height(self) -> None:
        """The QR code and the lists need most of the side's height (once the dock is laid out)."""
        window = self.host.window
        area = window.dockWidgetArea(self.dock)
        others = [dock for dock in window.findChildren(QDockWidget) if dock is not self.dock and dock.isVisible()
                  and not dock.isFloating() and window.dockWidgetArea(dock) == area
                  and not window.tabifiedDockWidgets(dock).count(self.dock)]
        share = int(window.height() * 0.3 / max(1, len(others)))
        window.resizeDocks([self.dock, *others], [int(window.height() * 0.7), *[share] * len(others)],
                           Qt.Orientation.Vertical)
        QTimer.singleShot(0, lambda: self._share_a_stack(others))

    def _share_a_stack(self, others: list[QDockWidget]) -> None:
        """When the other stacks of the side, at their least, leave the room too short for its
        whole QR code (the compact layout of a 1024×768 window), the room takes its place in
        front of one of them: the tallest (squeezed to its least), so the rest need the least."""
        window = self.host.window
        in_view = [dock for dock in others if not dock.visibleRegion().isEmpty()]  # not a tab behind another
        if self.room is None or self.panel.qr_whole() or not in_view or window.tabifiedDockWidgets(self.dock):
            return
        tallest = max(in_view, key=lambda dock: dock.height())
        window.tabifyDockWidget(tallest, self.dock)
        self.dock.show()
        self.dock.raise_()
        QTimer.singleShot(0, self._give_height)  # tabbed now: it does not come back here

    def close_room(self) -> None:
        room, self.room = self.room, None
        if room is None:
            return
        self._who.stop()
        room.close()
        if self.poster is not None:
            self.poster.close()
            self.poster = None
        self.panel.show_room(None)
        self._enable()
        self.host.show_status(self.tr("Room closed."))

    def _pause(self, paused: bool) -> None:
        if self.room is not None:
            (self.room.pause if paused else self.room.resume)()

    def _check_who(self) -> None:
        """List a phone that just joined: its token is given after the edit that made its participant."""
        if self.room is None or self._session is None:
            return
        holders = self.room.holders()
        if holders != self._last_holders:
            self._last_holders = holders
            self.panel.refresh(self._session.store)

    def show_poster(self) -> None:
        from cosafe.ui.features.room.poster import RoomPoster, poster_screen, screens

        if self.room is None:
            return
        if self.poster is not None:
            self.poster.close()
        host, port = self.room.address
        self.poster = RoomPoster(self.room.url, f"http://{host}:{port}", self.room.code)
        self.poster.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.poster.destroyed.connect(self._poster_gone)
        self.poster.show_on(poster_screen(self.host.window.screen(), screens()))

    def _poster_gone(self) -> None:
        self.poster = None

    # -- the facilitator's edits -----------------------------------------------------------------------

    def remove_contributions(self, participant_uuid: str, code: str) -> None:
        session = self._session
        if session is None:
            return
        edit = remove_contributions_edit(session.store, participant_uuid,
                                         arg(self.tr("Remove the contributions of phone %1"), code))
        if edit is None:
            self.host.show_status(arg(self.tr("Phone %1 has added nothing to remove."), code))
            return
        session.perform(edit)

    def review_story(self, pin_uuid: str, review: str, code: str) -> None:
        session = self._session
        pin = session.store.get(PerceptionPin, pin_uuid) if session is not None else None
        if pin is None:
            return
        label = (arg(self.tr("Approve the story from phone %1"), code) if review == APPROVED
                 else arg(self.tr("Reject the story from phone %1"), code))
        session.perform(review_story_edit(session.store, pin, review, label))
